"""Amend... in the dock's statement list, driven like a user against the fake EU service: the form opens filled
in with what was sent and the plots' layer, the changed content is what the service holds afterwards, the
reference number stays; after 72 hours (the fake's clock and the record's) it is refused before any request."""

from dataclasses import replace
from datetime import timedelta

import pytest
from qgis.PyQt.QtTest import QTest

from .dock_driver import click, wait_until
from .test_dock_eu_is import idle, logged_in, row_of, sample_layer, status_of, submitted

EU_READY_DELAY = 0.3  # the fake's statements settle after 0.3 s (the tests wait 0.4 s)


@pytest.fixture
def tab(eu_tab, dock):
    dock.statement_watcher.stop()
    return eu_tab


def settled(tab, reference):
    tab.statements.table.selectRow(row_of(tab, reference))
    QTest.qWait(400)  # the fake settles after 0.3 s
    click(tab.statements.check_button)
    idle(tab)
    assert status_of(tab, reference) == "AVAILABLE"
    tab.statements.table.selectRow(row_of(tab, reference))


def held(fake, reference):
    return next(r for r in fake.service.records.values() if r.statement.internal_reference == reference)


def test_amend_opens_the_form_as_sent_and_the_service_holds_the_new_content(tab, eu_fake, fixed_sample):
    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    submitted(tab, eu_fake, layer, "PO-DOCK-AMEND")
    settled(tab, "PO-DOCK-AMEND")
    before = held(eu_fake, "PO-DOCK-AMEND")
    reference = before.reference_number
    assert tab.statements.amend_button.isEnabled()
    seen = {}

    def edit(dialog):  # the user's part: look at the form, change the description and the net mass, Amend
        form = dialog.form
        seen.update(layer=form.layer(), activity=form.activity.currentData(), enabled=form.activity.isEnabled(),
                    eori=form.eori.text(), heading=form.heading(), description=form.description.text(),
                    mass=form.net_mass.text(), reference=form.internal_reference.text(),
                    country=form.country_of_activity.currentData(), producer=form.producer_field.currentField())
        form.description.setText("Green coffee, washed")
        form.net_mass.setText("9000")
        return True

    tab.statements.edit_amendment = edit
    click(tab.statements.amend_button)
    idle(tab)
    assert seen == {"layer": layer, "activity": "IMPORT", "enabled": False, "eori": "FR1234567890123",
                    "heading": "0901", "description": "Green coffee, not roasted", "mass": "12,000.5",
                    "reference": "PO-DOCK-AMEND", "country": "FR", "producer": "Productor"}
    assert eu_fake.received[-1][0] == "amendDds", tab.statements.status.text()
    now = held(eu_fake, "PO-DOCK-AMEND")
    line = now.statement.commodities[0]
    assert (line.description, float(line.net_mass_kg), now.version) == ("Green coffee, washed", 9000.0, 2)
    assert now.reference_number == reference and now.status == "AVAILABLE"
    assert f"PO-DOCK-AMEND amended: the EU Information System holds the new content; reference number {reference}." \
        in tab.statements.status.text()
    row = row_of(tab, "PO-DOCK-AMEND")
    assert tab.statements.table.item(row, 2).text() == reference and status_of(tab, "PO-DOCK-AMEND") == "AVAILABLE"
    tab.statements.table.selectRow(row)
    assert "Amended once, on " in tab.statements.detail.text()
    assert "HS 0901, net mass 9,000 kg" in tab.statements.detail.text()


def test_after_72_hours_amend_is_refused_before_any_request(tab, eu_fake, fixed_sample):
    from epoch_eudr.core.eu_is.records import StatementFile, iso, now_utc
    from epoch_eudr.layers.operations.eu_statements import statements_path

    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    submitted(tab, eu_fake, layer, "PO-DOCK-OLD")
    settled(tab, "PO-DOCK-OLD")
    record = held(eu_fake, "PO-DOCK-OLD")
    assert tab.statements.amend_button.isEnabled()  # as the list was read: within the 72 hours
    eu_fake.service.age(record.uuid, hours=73)  # the fake's clock, and the record's: three days later
    StatementFile(statements_path()).update(lambda records: [
        replace(r, submitted_at=iso(now_utc() - timedelta(hours=73))) if r.uuid == record.uuid else r
        for r in records])
    tab.statements.edit_amendment = lambda dialog: pytest.fail("the form opened for a statement too old to amend")
    received = len(eu_fake.received)
    click(tab.statements.amend_button)  # the list not refreshed yet: the click reads the record as it is now
    assert "a statement can be amended only within 72 hours of its submission" in tab.statements.status.text()
    assert len(eu_fake.received) == received and not tab.task_bar.busy()
    tab.statements.refresh()
    tab.statements.table.selectRow(row_of(tab, "PO-DOCK-OLD"))
    assert not tab.statements.amend_button.isEnabled()
    assert "only within 72 hours" in tab.statements.amend_button.toolTip()
    assert held(eu_fake, "PO-DOCK-OLD").version == 1


def unrelated_points():
    """A layer the user happens to have open: points with a producer name (as the assessments layer has)."""
    from qgis.core import QgsFeature, QgsGeometry, QgsPointXY, QgsProject, QgsVectorLayer

    layer = QgsVectorLayer("Point?crs=EPSG:4326&field=producer_name:string&field=country:string",
                           "Epoch assessments", "memory")
    feature = QgsFeature(layer.fields())
    feature.setAttributes(["Someone else", "PE"])
    feature.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(-75.0, -10.0)))
    layer.dataProvider().addFeatures([feature])
    QgsProject.instance().addMapLayer(layer)
    return layer


def places_text(dialog):
    """The dialog's sentence on which production places it starts from."""
    from qgis.PyQt.QtWidgets import QLabel

    label = dialog.findChild(QLabel, "eu_amend_places")
    return label.text() if label is not None else None


def new_session(tab):
    """As after restarting QGIS: a fresh project, the statements read again from the profile."""
    from qgis.core import QgsProject

    QgsProject.instance().clear()
    tab.statements.refresh()


def test_amend_in_a_new_session_loads_the_recorded_plots_never_another_layer(tab, eu_fake, fixed_sample):
    from epoch_eudr.layers.operations.eu_statements import plots_geopackage, read_statements
    from qgis.core import QgsProject

    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    declared = layer.featureCount()
    submitted(tab, eu_fake, layer, "PO-DOCK-SESSION")
    new_session(tab)
    unrelated = unrelated_points()
    settled(tab, "PO-DOCK-SESSION")
    seen = {}

    def edit(dialog):
        form = dialog.form
        seen.update(layer=form.layer(), said=places_text(dialog), producer=form.producer_field.currentField(),
                    selected=form.selected_only.isChecked())
        return True

    tab.statements.edit_amendment = edit
    click(tab.statements.amend_button)
    idle(tab)
    loaded = seen["layer"]
    assert loaded is not None and loaded is not unrelated
    assert plots_geopackage(loaded) == (str(fixed_sample), "fixed_plots")
    assert loaded.id() in QgsProject.instance().mapLayers()  # added to the project, where the user sees it
    assert seen["said"] == f"Production places: fixed_plots of {fixed_sample}, as declared (added to the project)."
    assert (seen["producer"], seen["selected"]) == ("Productor", False)
    assert eu_fake.received[-1][0] == "amendDds", tab.statements.status.text()
    assert held(eu_fake, "PO-DOCK-SESSION").version == 2
    amended = next(r for r in read_statements() if r.internal_reference == "PO-DOCK-SESSION")
    assert (amended.amendments, amended.places) == (1, declared)  # the declared places, not the other layer's


def test_amend_when_the_recorded_plots_are_gone_leaves_the_places_empty_and_says_where_they_were(
        tab, eu_fake, fixed_sample, tmp_path):
    import shutil

    copy = tmp_path / "declared.gpkg"
    shutil.copy(fixed_sample, copy)
    logged_in(tab, eu_fake)
    submitted(tab, eu_fake, sample_layer(copy), "PO-DOCK-GONE")
    new_session(tab)
    copy.rename(tmp_path / "moved.gpkg")
    unrelated_points()
    settled(tab, "PO-DOCK-GONE")
    seen = {}

    def edit(dialog):
        seen.update(layer=dialog.form.layer(), said=places_text(dialog))
        return True  # the user presses Amend without choosing a layer

    tab.statements.edit_amendment = edit
    received = len(eu_fake.received)
    click(tab.statements.amend_button)
    idle(tab)
    assert seen["layer"] is None
    assert seen["said"] == (f"The statement declared the production places of the layer fixed_plots in {copy}, "
                            "which cannot be opened (moved, renamed or deleted?): load that layer, or choose the "
                            "layer of production places.")
    assert "Choose the layer of production places." in tab.statements.status.text()
    assert len(eu_fake.received) == received and held(eu_fake, "PO-DOCK-GONE").version == 1


def test_amend_of_a_statement_of_selected_plots_starts_from_those_plots(tab, eu_fake, fixed_sample):
    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    chosen = sorted(layer.allFeatureIds())[:2]
    layer.selectByIds(chosen)
    tab.new_statement.form.selected_only.setChecked(True)
    submitted(tab, eu_fake, layer, "PO-DOCK-SOME")
    tab.new_statement.form.selected_only.setChecked(False)
    new_session(tab)
    settled(tab, "PO-DOCK-SOME")
    seen = {}

    def edit(dialog):
        form = dialog.form
        layer = form.layer()
        seen.update(ids=sorted(layer.selectedFeatureIds()) if layer is not None else None,
                    only=form.selected_only.isChecked())
        return False

    tab.statements.edit_amendment = edit
    click(tab.statements.amend_button)
    assert seen == {"ids": chosen, "only": True}


def test_the_new_statement_box_follows_its_statement_to_available_and_amended(tab, eu_fake, fixed_sample):
    logged_in(tab, eu_fake)
    submitted(tab, eu_fake, sample_layer(fixed_sample), "PO-DOCK-FOLLOW")
    box = tab.new_statement.status
    assert "Submitted PO-DOCK-FOLLOW as " in box.text() and "waiting for the EU Information System's answer" \
        in box.text()
    settled(tab, "PO-DOCK-FOLLOW")
    record = held(eu_fake, "PO-DOCK-FOLLOW")
    assert box.text() == (f"PO-DOCK-FOLLOW: available, reference number {record.reference_number}, verification "
                          f"number {record.verification_number}.")
    tab.statements.edit_amendment = lambda dialog: dialog.form.description.setText("Green coffee, washed") or True
    click(tab.statements.amend_button)
    idle(tab)
    assert held(eu_fake, "PO-DOCK-FOLLOW").version == 2
    assert "waiting" not in box.text() and "PO-DOCK-FOLLOW: available, reference number" in box.text()
    assert "Amended since it was submitted (last on " in box.text()


def test_reference_numbers_are_whole_in_the_docks_width_and_long_references_elided_in_the_middle(
        tab, dock, eu_fake, fixed_sample):
    from qgis.PyQt.QtCore import Qt

    long_reference = "PO-DOCK-COLUMNS-2026-SHIPMENT-000123-ROTTERDAM"
    logged_in(tab, eu_fake)
    submitted(tab, eu_fake, sample_layer(fixed_sample), long_reference)
    settled(tab, long_reference)
    dock.window().show()  # the dock in QGIS's window, as the user sees it
    dock.tabs.setCurrentWidget(dock.eu_is)
    table = tab.statements.table
    wait_until(table.isVisible)
    QTest.qWait(50)
    assert dock.width() <= 470
    header = table.horizontalHeader()
    row = row_of(tab, long_reference)
    number = table.item(row, 2).text()
    assert len(number) == 14
    metrics, bold = table.fontMetrics(), header.fontMetrics()
    for column in (0, 2):  # the status and the reference number: whole, header and text
        title = table.horizontalHeaderItem(column).text()
        widest = max(metrics.horizontalAdvance(table.item(r, column).text()) for r in range(table.rowCount()))
        assert table.columnWidth(column) >= max(widest, bold.horizontalAdvance(title)) + 6, title
    right = header.sectionViewportPosition(2) + table.columnWidth(2)
    assert right <= table.viewport().width()  # in view, no scrolling sideways
    assert table.columnWidth(1) < metrics.horizontalAdvance(long_reference)  # this one is elided...
    assert table.textElideMode() == Qt.TextElideMode.ElideMiddle  # ...in the middle
    assert table.item(row, 1).toolTip().startswith(long_reference + "\n")  # whole in the tooltip


def test_after_an_amendment_the_plots_layer_shows_the_number_on_the_plots_it_now_declares(tab, eu_fake,
                                                                                           fixed_sample):
    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    ids = sorted(layer.allFeatureIds())
    layer.selectByIds(ids[:2])
    tab.new_statement.form.selected_only.setChecked(True)
    submitted(tab, eu_fake, layer, "PO-DOCK-MORE")
    tab.new_statement.form.selected_only.setChecked(False)
    settled(tab, "PO-DOCK-MORE")
    reference = held(eu_fake, "PO-DOCK-MORE").reference_number

    def declared():
        return sorted(f.id() for f in layer.getFeatures() if f["eu_reference_number"] == reference)

    assert declared() == ids[:2]

    def edit(dialog):  # the user's part: one more plot selected, Amend
        dialog.form.layer().selectByIds(ids[:3])
        return True

    tab.statements.edit_amendment = edit
    click(tab.statements.amend_button)
    idle(tab)
    assert eu_fake.received[-1][0] == "amendDds", tab.statements.status.text()
    assert declared() == ids[:3]


def test_a_form_hint_cut_at_the_docks_width_is_whole_in_its_tooltip(tab, dock):
    """The statement form's grey hints (placeholders) at 470 px: one that does not fit is read whole by hovering."""
    from qgis.PyQt.QtWidgets import QLineEdit

    dock.window().show()
    dock.tabs.setCurrentWidget(dock.eu_is)
    form = tab.new_statement.form
    wait_until(form.isVisible)
    QTest.qWait(50)
    assert dock.width() <= 470
    edits = [e for e in form.findChildren(QLineEdit) if e.placeholderText() and e.isVisibleTo(form)]
    cut = [e for e in edits if e.fontMetrics().horizontalAdvance(e.placeholderText()) > e.width() - 8]
    assert cut, "no hint is cut at 470 px: this test shows nothing"
    assert [e.objectName() for e in cut if e.placeholderText() not in e.toolTip()] == []
