"""*Changes since...* in the dock: after a second load the card says what changed since the first; *Show changes*
adds the styled layer, twice into the same file without a second layer; the loads kept are the user's setting."""

import sqlite3

from qgis.core import QgsProject

from .dock_driver import click, log_in, wait_until
from .test_snapshots import _rows, _update


def _load(tab):
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0)


def _change_layers():
    return [layer for layer in QgsProject.instance().mapLayers().values() if layer.name().startswith("Changes since")]


def test_the_card_says_what_changed_since_the_previous_load(dock, own_server, tmp_path):
    log_in(dock)
    tab = dock.assessments
    _load(tab)
    assert not tab.changes.isVisibleTo(tab)  # one load: nothing to compare with
    compliant = next(row for row in _rows(own_server).values() if row.get("locations_confidence") == "high"
                     and not row.get("noncompliance_plot_count"))
    _update(own_server, compliant["company_name"], compliant["commodity"], noncompliance_plot_count=140,
            noncompliance_area_perc=0.2, noncompliance_area_ha=180.0)
    _load(tab)
    assert tab.changes.isVisibleTo(tab) and tab.changes.since.count() == 1
    wait_until(lambda: tab.changes.card.isVisibleTo(tab), timeout=60)
    assert tab.changes.card.text().startswith("1 producer worse since 20")
    assert "1 worse" in tab.changes.card.toolTip()
    assert _change_layers() == []  # the card alone adds no layer and writes none (nothing locks the file)
    with sqlite3.connect(tmp_path / "results.gpkg") as db:
        written = db.execute("SELECT COUNT(*) FROM gpkg_contents WHERE table_name = 'assessment_changes'").fetchone()
    assert written == (0,)
    for _ in range(2):  # twice: the layer in the project is replaced, not duplicated
        click(tab.changes.show_button)
        wait_until(lambda: tab.ready() and len(_change_layers()) == 1)
    (layer,) = _change_layers()
    changes = {f["company_name"]: f["change"] for f in layer.getFeatures()}
    assert changes.get(compliant["company_name"]) == "worse"
    assert layer.renderer() is not None and layer.renderer().type() in ("categorizedSymbol", "RuleRenderer")


def test_the_loads_kept_are_set_in_the_changes_box_and_hold_at_the_next_load(dock, own_server, monkeypatch):
    from epoch_eudr.layers.tables.snapshot_store import SETTINGS_PREFIX, Retention
    from qgis.core import QgsSettings

    settings = QgsSettings()
    before = {key: settings.value(SETTINGS_PREFIX + key) for key in ("keep_loads", "keep_days")}
    try:
        Retention(7, 30).save()
        from epoch_eudr.ui.wdg_changes import ChangesBox

        box = ChangesBox(lambda task: None, lambda level, text: None)
        assert (box.keep_loads.value(), box.keep_days.value()) == (7, 30)  # read from the settings
        from qgis.PyQt.QtWidgets import QLabel
        labels = {label.buddy(): label.text() for label in box.findChildren(QLabel) if label.buddy() is not None}
        assert labels == {box.keep_loads: "Loads kept:", box.keep_days: "Days kept:"}  # each number its own label
        assert box.keep_loads.suffix() == "" and box.keep_days.suffix() == ""  # no "1 loads"
        log_in(dock)
        tab = dock.assessments
        for _ in range(3):
            _load(tab)
        assert tab.changes.since.count() == 2  # three loads kept: two earlier ones
        tab.changes.keep_loads.setValue(2)
        tab.changes.keep_days.setValue(0)
        assert Retention.from_settings() == Retention(2, 0)
        assert tab.changes.keep_days.text() == "no limit"
        _load(tab)
        assert tab.changes.since.count() == 1  # the last two loads only: this one and the one before
    finally:
        for key, value in before.items():
            if value is None:
                settings.remove(SETTINGS_PREFIX + key)
            else:
                settings.setValue(SETTINGS_PREFIX + key, value)
