"""Python's cycle collector while a layer is written: off QGIS's objects and paused, then as it was.

A collection holds Python's lock, so the main thread waits for it (``layers/writer/gpkg_writer.py``,
``_CollectorPaused``; measured by ``tests/bench/ingest.py``).
"""

import gc

import pytest
from epoch_eudr.core.api.errors import CancelledError
from epoch_eudr.layers.writer.gpkg_writer import write_layer


def _features(count, seen):
    """Screened plots; ``seen`` records the collector's state as the writer reads each one."""
    for i in range(count):
        seen.append((gc.isenabled(), gc.get_freeze_count()))
        yield {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-1.0 + i * 0.001, 6.0]},
               "properties": {"status": "Compliant", "area_ha": 1.0, "country": "Ghana", "epoch_source_fid": i + 1}}


def test_the_collector_is_paused_and_off_qgis_objects_while_rows_are_written_then_as_before(tmp_path, qgis_app):
    assert gc.isenabled()
    seen = []
    written = write_layer(_features(300, seen), "screened_plots", tmp_path / "out.gpkg", "screened")
    assert written.count == 300
    assert seen and all(not enabled for enabled, _frozen in seen)  # paused for every row
    assert all(frozen > 0 for _enabled, frozen in seen)  # the objects that were there before set aside
    assert gc.isenabled() and gc.get_freeze_count() == 0


def test_a_cancelled_write_gives_the_collector_back(tmp_path, qgis_app):
    seen = []
    with pytest.raises(CancelledError):
        write_layer(_features(300, seen), "screened_plots", tmp_path / "out.gpkg", "screened", cancel=lambda: True)
    assert seen and not seen[0][0]
    assert gc.isenabled() and gc.get_freeze_count() == 0
    assert not (tmp_path / "out.gpkg").exists()  # nothing partial either


def test_a_collector_turned_off_by_someone_else_stays_off(tmp_path, qgis_app):
    gc.disable()
    try:
        write_layer(_features(10, []), "screened_plots", tmp_path / "out.gpkg", "screened")
        assert not gc.isenabled()
    finally:
        gc.enable()
