"""One way to do each thing, through the entry points that use it: the task's progress steps, one way to name a
GeoPackage layer's source (Processing's OUTPUT too), one way to store a style, one compatibility module."""

import pytest
from epoch_eudr.core.operation import Progress
from epoch_eudr.layers.operations.task import OperationTask
from epoch_eudr.layers.qgis_compat import FIELDS_TAKE_QMETATYPE, field_type, is_integer, is_type, make_field
from epoch_eudr.layers.writer import results
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from epoch_eudr.processing_provider.algorithm_base import cancel_of, gpkg_destination, progress_of
from qgis.core import QgsProcessingFeedback
from qgis.PyQt.QtCore import QMetaType

from .kill_helpers import tiny_plots


def test_an_operation_reports_its_sub_steps_as_shares_of_the_task(qgis_app):
    seen = []

    def operation(progress, cancel):
        assert isinstance(progress, Progress) and not cancel()
        progress(10)
        progress.step(50, 100)(50)  # half of the second half
        return "done"

    task = OperationTask("Steps", operation, notify=lambda level, text: seen.append(text), add_to_project=False)
    task.progressChanged.connect(seen.append)
    assert task.run()
    assert task.progress() == 75.0
    task.finished(True)
    assert seen[-1] == "Steps: done"


def test_processing_gives_operations_the_same_progress_and_cancel(qgis_app):
    feedback = QgsProcessingFeedback()
    progress, cancel = progress_of(feedback), cancel_of(feedback)
    progress.step(0, 50).items(200)(100)
    assert isinstance(progress, Progress) and feedback.progress() == 25.0 and not cancel()
    feedback.cancel()
    assert cancel()
    assert progress_of(None) is None and cancel_of(None)() is False


@pytest.mark.parametrize("destination, name", [
    ("{gpkg}|layername=plots", "plots"),
    ("{gpkg}|layername=plots|subset=\"status\" = 'x'", "plots"),  # options after the name are not part of it
    ("{gpkg}", "out"),
])
def test_an_output_layer_source_is_built_and_read_in_one_place(qgis_app, tmp_path, destination, name):
    gpkg = tmp_path / "out.gpkg"
    path, layer_name, final = gpkg_destination(destination.format(gpkg=gpkg), "default")
    assert (path, layer_name, final) == (gpkg, name, results.layer_uri(gpkg, name))
    assert results.layer_uri_parts(final) == (gpkg, name)


def test_every_style_goes_into_the_geopackage_one_way(qgis_app, tmp_path, monkeypatch):
    from epoch_eudr.layers.styles.changes import store_change_style

    stored = []
    monkeypatch.setattr(results, "store_default_style", lambda *args: stored.append(args))
    gpkg = tmp_path / "r.gpkg"
    assert write_layer(tiny_plots(3, "x"), "plots", gpkg, "plots", derive=False).count == 3
    results.store_style(gpkg, "plots", "plots")
    store_change_style(gpkg, "plots")  # the changes style, through the same function
    assert [(args[1], args[4]) for args in stored] == [("plots", "Epoch EUDR plots style"),
                                                       ("plots", "Epoch EUDR changes style")]
    assert "<qgis" in stored[1][2] and "change" in stored[1][2]


def test_field_types_on_this_qgis(qgis_app):
    for name in ("Int", "LongLong", "Double", "QString", "QDateTime", "Bool"):
        field = make_field("f", name)
        assert is_type(field, name), name
    assert is_integer(make_field("n", "LongLong")) and not is_integer(make_field("t", "QString"))
    value = field_type("Int")
    if FIELDS_TAKE_QMETATYPE:
        assert value == QMetaType.Type.Int
    else:  # QGIS < 3.38: the type's number, no QVariant type name (QGIS's Qt6 check rewrites those)
        assert type(value) is int and value == int(QMetaType.Type.Int)
