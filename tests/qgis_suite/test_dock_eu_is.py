"""The dock's EU Information System tab driven like a user against the fake service: the login saved in the
authentication database only, Test connection, a statement from the bundled sample (fixed by the preflight)
previewed, refused before sending when incomplete, submitted, checked to AVAILABLE, withdrawn; the watcher alone
settling a statement with one notice; the verify register."""

import sqlite3
from pathlib import Path

import pytest
from epoch_eudr.sandbox.eu_is import DEMO_AUTH_KEY, DEMO_USERNAME
from qgis.core import NULL, QgsProject, QgsSettings, QgsVectorLayer
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtTest import QTest
from qgis.PyQt.QtWidgets import QLineEdit, QPushButton

from .dock_driver import click, wait_until
from .helpers import SAMPLE_PLOTS

SAMPLE = SAMPLE_PLOTS
JOINED_NAMES = ("eu_reference_number", "eu_verification_number")


@pytest.fixture
def tab(eu_tab):
    return eu_tab


def logged_in(tab, fake):
    box = tab.connection
    box.server.setText(fake.url)
    box.server.editingFinished.emit()
    QTest.keyClicks(box.findChild(QLineEdit, "eu_username"), DEMO_USERNAME)
    QTest.keyClicks(box.findChild(QLineEdit, "eu_auth_key"), DEMO_AUTH_KEY)
    click(box.findChild(QPushButton, "eu_save_login"))
    assert box.settings.authcfg and box.key.text() == "" and box.key.echoMode() == QLineEdit.EchoMode.Password
    return box


def idle(tab):
    wait_until(lambda: not tab.task_bar.busy(), timeout=60)


def sample_layer(fixed):
    layer = QgsVectorLayer(f"{fixed}|layername=fixed_plots", "Fixed plots", "ogr")
    assert layer.isValid()
    QgsProject.instance().addMapLayer(layer)
    return layer


def fill(tab, layer, **values):
    form = tab.new_statement.form
    form.layer_combo.setLayer(layer)
    form.activity.setCurrentIndex(form.activity.findData(values.get("activity", "IMPORT")))
    form.eori.setText(values.get("eori", "FR1234567890123"))
    form.country_of_activity.setCurrentIndex(form.country_of_activity.findData("FR"))
    form.hs_heading.setCurrentIndex(form.hs_heading.findData("0901"))
    form.description.setText("Green coffee, not roasted")
    form.net_mass.setText(values.get("net_mass", "12000.5"))
    form.internal_reference.setText(values.get("reference", ""))
    return form


def row_of(tab, reference):
    table = tab.statements.table
    for row in range(table.rowCount()):
        if table.item(row, 1).text() == reference:
            return row
    return None


def status_of(tab, reference):
    row = row_of(tab, reference)
    return None if row is None else tab.statements.table.item(row, 0).data(Qt.ItemDataRole.UserRole)


def submitted(tab, fake, layer, reference):
    fill(tab, layer, reference=reference)
    asked = []
    tab.new_statement.confirm = lambda text: asked.append(text) or True
    before = fake.service.count()
    click(tab.new_statement.submit_button)
    wait_until(lambda: status_of(tab, reference) == "SUBMITTED", timeout=60)
    idle(tab)
    assert fake.service.count() == before + 1
    return asked


def test_login_connection_statement_to_available_and_withdrawn(tab, dock, eu_fake, fixed_sample, tmp_path):
    dock.statement_watcher.stop()  # Check now, not the watcher, settles this one
    box = logged_in(tab, eu_fake)
    settings = QgsSettings()
    settings.sync()
    stored = " ".join(str(settings.value(k)) for k in settings.allKeys())
    assert box.settings.authcfg in stored and DEMO_AUTH_KEY not in stored and DEMO_USERNAME not in stored
    assert DEMO_AUTH_KEY not in Path(settings.fileName()).read_text(encoding="utf-8", errors="replace")
    click(box.test_button)
    idle(tab)
    assert "the service answered OK" in box.status.text()
    assert eu_fake.received[-1][0] == "testEcho"

    layer = sample_layer(fixed_sample)
    form = fill(tab, layer, net_mass="", reference="PO-DOCK-1")
    assert (form.producer_field.currentField(), form.country_field.currentField()) == ("Productor", "ProducerCountry")
    received = len(eu_fake.received)
    tab.new_statement.confirm = lambda text: pytest.fail("asked to confirm a statement that is refused")
    click(tab.new_statement.submit_button)
    idle(tab)
    assert "Refused before sending: Commodity 1: activity Import needs the net mass (kg)." in \
        tab.new_statement.status.text()
    assert len(eu_fake.received) == received and status_of(tab, "PO-DOCK-1") is None  # nothing sent, nothing kept

    form.net_mass.setText("12000.5")
    click(tab.new_statement.preview_button)
    idle(tab)
    shown = tab.new_statement.status.text()
    places = layer.featureCount()
    assert f"{places} places" in shown and "MB of geolocation" in shown and "ready to submit to Acceptance" in shown
    assert len(eu_fake.received) == received

    asked = submitted(tab, eu_fake, layer, "PO-DOCK-1")
    assert len(asked) == 1 and "Acceptance (test system)" in asked[0] and "127.0.0.1" in asked[0]
    record = eu_fake.service.records[next(u for u, r in eu_fake.service.records.items()
                                          if r.statement.internal_reference == "PO-DOCK-1")]
    assert record.statement.commodities[0].net_mass_kg in ("12000.5", 12000.5)

    tab.statements.table.selectRow(row_of(tab, "PO-DOCK-1"))
    QTest.qWait(700)  # the fake settles after 0.5 s
    click(tab.statements.check_button)
    idle(tab)
    assert status_of(tab, "PO-DOCK-1") == "AVAILABLE"
    row = row_of(tab, "PO-DOCK-1")
    assert tab.statements.table.item(row, 0).text() == "Available"  # shown words, stored status
    reference = tab.statements.table.item(row, 2).text()
    detail = tab.statements.detail
    assert len(reference) == 14 and f"Reference number: {reference}" in detail.text()
    assert "Verification number: " in detail.text() and "Verification number: -" not in detail.text()
    assert detail.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
    with sqlite3.connect(fixed_sample) as db:
        beside = set(db.execute("SELECT DISTINCT reference_number, status FROM eu_statement_plots WHERE "
                                "internal_reference = 'PO-DOCK-1'"))
    assert beside == {(reference, "AVAILABLE")}

    tab.statements.confirm = lambda text: "PO-DOCK-1" in text
    click(tab.statements.withdraw_button)
    idle(tab)
    assert status_of(tab, "PO-DOCK-1") == "WITHDRAWN" and eu_fake.received[-1][0] == "withdrawDds"
    assert not tab.statements.withdraw_button.isEnabled()

    project = tmp_path / "project.qgs"
    QgsProject.instance().write(str(project))
    assert DEMO_AUTH_KEY not in project.read_text(encoding="utf-8") and DEMO_USERNAME not in \
        project.read_text(encoding="utf-8")


def test_the_plots_layer_gets_the_reference_number_of_the_statement_that_declared_each_plot(
        tab, dock, eu_fake, fixed_sample):
    """A virtual join (the plots table never changed): eu_reference_number on each declared plot once AVAILABLE,
    none once withdrawn, and again on the plots layer added to a new project (as after a restart). The form keeps
    the fields chosen while the join changes the layer's fields."""
    dock.statement_watcher.stop()
    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    stored_fields = layer.dataProvider().fields().names()
    submitted(tab, eu_fake, layer, "PO-DOCK-JOIN")
    assert layer.fields().indexOf("eu_reference_number") >= 0  # joined from the submission on, empty until settled
    assert {f["eu_reference_number"] for f in layer.getFeatures()} <= {None, NULL}
    form = tab.new_statement.form
    assert (form.producer_field.currentField(), form.country_field.currentField()) == ("Productor", "ProducerCountry")
    tab.statements.table.selectRow(row_of(tab, "PO-DOCK-JOIN"))
    QTest.qWait(700)
    click(tab.statements.check_button)
    idle(tab)
    assert status_of(tab, "PO-DOCK-JOIN") == "AVAILABLE"
    reference = tab.statements.table.item(row_of(tab, "PO-DOCK-JOIN"), 2).text()
    verification = tab.statements.selected().verification_number
    numbers = {(f["eu_reference_number"], f["eu_verification_number"]) for f in layer.getFeatures()}
    assert numbers == {(reference, verification)}, numbers
    shown = [layer.attributeDisplayName(layer.fields().indexOf(n)) for n in JOINED_NAMES]
    assert shown == ["EU reference number", "EU verification number"], shown
    tree = QgsProject.instance().layerTreeRoot()
    assert tree.children()[-1].layer().name() == "Statement numbers of fixed_plots"  # below the plots, a table
    numbers_table = tree.children()[-1].layer()
    named = [numbers_table.attributeDisplayName(i) for i in range(numbers_table.fields().count())]
    assert not [n for n in named if "_" in n], named  # every column in words, none by its stored name
    assert layer.dataProvider().fields().names() == stored_fields  # the plots table itself is not changed

    ids = sorted(layer.allFeatureIds())  # two plots declared again, in a later shipment's statement
    layer.selectByIds(ids[:2])
    form.selected_only.setChecked(True)
    submitted(tab, eu_fake, layer, "PO-DOCK-JOIN-2")
    form.selected_only.setChecked(False)
    tab.statements.table.selectRow(row_of(tab, "PO-DOCK-JOIN-2"))
    QTest.qWait(700)
    click(tab.statements.check_button)
    idle(tab)
    later = tab.statements.table.item(row_of(tab, "PO-DOCK-JOIN-2"), 2).text()
    assert later and later != reference

    def shown_by_plot(plots):
        return {f.id(): f["eu_reference_number"] for f in plots.getFeatures()}

    expected = {fid: later if fid in ids[:2] else reference for fid in ids}
    assert shown_by_plot(layer) == expected  # each plot: the latest statement that declared it

    QgsProject.instance().clear()  # a new session: the plots layer added again gets the numbers
    again = sample_layer(fixed_sample)
    assert shown_by_plot(again) == expected

    tab.statements.confirm = lambda text: True
    click(tab.statements.withdraw_button)  # the later statement: its two plots show the earlier one again
    idle(tab)
    assert status_of(tab, "PO-DOCK-JOIN-2") == "WITHDRAWN"
    assert shown_by_plot(again) == {fid: reference for fid in ids}
    tab.statements.table.selectRow(row_of(tab, "PO-DOCK-JOIN"))
    click(tab.statements.withdraw_button)
    idle(tab)
    assert status_of(tab, "PO-DOCK-JOIN") == "WITHDRAWN"
    assert set(shown_by_plot(again).values()) <= {None, NULL}


def test_the_watcher_alone_settles_a_statement_and_says_so_once(tab, dock, eu_fake, fixed_sample, tmp_path):
    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    bar = dock.iface.messageBar()
    bar.clearWidgets()
    submitted(tab, eu_fake, layer, "PO-WATCH-1")
    # no click: the watcher checks on the statement's own schedule (a loopback server: seconds)
    wait_until(lambda: status_of(tab, "PO-WATCH-1") == "AVAILABLE", timeout=30)  # the list follows the watcher
    def notices():  # the watcher's, with their button (the submission's own message is the tab's)
        return [item for item in bar.items() if "PO-WATCH-1" in item.text()
                and item.findChild(QPushButton, "show_statement") is not None]

    wait_until(lambda: notices(), timeout=10)
    assert len(notices()) == 1 and "available, reference number" in notices()[0].text()
    QTest.qWait(1500)  # and no second notice for the same statement
    assert len(notices()) == 1
    dock.tabs.setCurrentIndex(0)
    click(notices()[0].findChild(QPushButton, "show_statement"))
    assert dock.tabs.currentWidget() is tab

    # the register: the numbers received from a supplier, then verified
    row = row_of(tab, "PO-WATCH-1")
    reference = tab.statements.table.item(row, 2).text()
    tab.statements.table.selectRow(row)
    verification = next(line.split(": ", 1)[1] for line in tab.statements.detail.text().splitlines()
                        if line.startswith("Verification number: "))
    register = tab.register
    register.gpkg.setFilePath(str(tmp_path / "register.gpkg"))
    idle(tab)
    register.reference.setText(reference)
    register.verification.setText(verification)
    register.supplier.setText("Cooperativa El Cafetal")
    register.product.setText("Green coffee")
    click(register.add_button)
    idle(tab)
    assert register.table.rowCount() == 1 and register.table.item(0, 2).text() == "Not verified yet"
    before = len(eu_fake.received)
    click(register.verify_button)
    idle(tab)
    assert eu_fake.received[-1][0] == "verifyDeclaration" and len(eu_fake.received) == before + 1
    assert register.table.rowCount() == 1 and register.table.item(0, 2).text() == "Exists, usable"
    with sqlite3.connect(tmp_path / "register.gpkg") as db:
        rows = db.execute("SELECT supplier, result, checked_at FROM eu_register ORDER BY rowid").fetchall()
    assert [r[:2] for r in rows] == [("Cooperativa El Cafetal", ""), ("Cooperativa El Cafetal", "EXISTING_USABLE")]


def test_on_the_eu_servers_nothing_is_checked_before_30_minutes(tab, dock, eu_fake):
    """The Commission asks for 30 minutes before the first status check: neither Check now nor the watcher asks
    sooner (no request could leave this machine anyway: the acceptance address is not reachable here)."""
    from epoch_eudr.core.eu_is.environments import ACCEPTANCE_URL
    from epoch_eudr.core.eu_is.records import StatementRecord, iso, now_utc, server_key
    from epoch_eudr.layers.operations.eu_statements import save_statements

    dock.statement_watcher.stop()
    box = logged_in(tab, eu_fake)
    assert not box.production_warning.isVisibleTo(box)
    box.environment.setCurrentIndex(box.environment.findData("production"))
    assert box.production_warning.isVisibleTo(box) and box.settings.environment == "production"
    box.environment.setCurrentIndex(box.environment.findData("acceptance"))
    box.server.setText("")
    box.server.editingFinished.emit()  # the environment's own address: the EU's acceptance server
    save_statements([StatementRecord("PO-EU-1", local_id="l1", uuid="6a3a1f9e-0000-4000-8000-000000000001",
                                     environment="acceptance", server=server_key(ACCEPTANCE_URL), status="SUBMITTED",
                                     submitted_at=iso(now_utc()))])
    tab.statements.refresh()
    tab.statements.table.selectRow(row_of(tab, "PO-EU-1"))
    click(tab.statements.check_button)
    assert not tab.task_bar.busy()
    assert "30 minutes before the first status check: PO-EU-1 can be checked from" in tab.statements.status.text()
    watcher = dock.statement_watcher
    watcher.start()
    watcher.check_now()
    assert watcher.checking is None and watcher._timer.remainingTime() > 290 * 1000  # the next look, not a check
    watcher.stop()


def test_a_rejected_statement_shows_the_reasons_and_a_large_one_is_sent_in_parts(tab, dock, eu_fake, fixed_sample,
                                                                                 monkeypatch):
    from epoch_eudr.core.eu_is import build, checks

    dock.statement_watcher.stop()
    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    eu_fake.service.reject_next = 1
    submitted(tab, eu_fake, layer, "PO-DOCK-REJ")
    tab.statements.table.selectRow(row_of(tab, "PO-DOCK-REJ"))
    QTest.qWait(700)
    click(tab.statements.check_button)
    idle(tab)
    assert status_of(tab, "PO-DOCK-REJ") == "REJECTED"
    detail = tab.statements.detail.text()
    assert "Reasons given by the EU Information System:" in detail and "EUDR-COMMODITIES-PRODUCER-GEO-INVALID" in detail
    row = row_of(tab, "PO-DOCK-REJ")
    assert "rejected by the EU Information System" in tab.statements.table.item(row, 0).toolTip()
    assert not tab.statements.withdraw_button.isEnabled()

    monkeypatch.setattr(checks, "MAX_PRODUCERS_PER_COMMODITY", 5)  # the sample's 8 producers: two statements
    monkeypatch.setattr(build, "MAX_PRODUCERS_PER_COMMODITY", 5)
    fill(tab, layer, reference="PO-DOCK-SPLIT")
    click(tab.new_statement.preview_button)
    idle(tab)
    assert "it will be sent as 2 statements" in tab.new_statement.status.text()
    asked = []
    tab.new_statement.confirm = lambda text: asked.append(text) or True
    click(tab.new_statement.submit_button)
    wait_until(lambda: status_of(tab, "PO-DOCK-SPLIT-2of2") == "SUBMITTED", timeout=60)
    idle(tab)
    assert status_of(tab, "PO-DOCK-SPLIT-1of2") == "SUBMITTED" and "Submit 2 due diligence statements (" in asked[0]
    masses = [r.statement.commodities[0].net_mass_kg for r in eu_fake.service.records.values()
              if r.statement.internal_reference.startswith("PO-DOCK-SPLIT")]
    assert len(masses) == 2 and abs(sum(float(m) for m in masses) - 12000.5) < 1e-6


def test_the_plugin_owns_the_statement_watcher_like_the_job_watcher(qgis_app, monkeypatch, eu_settings):
    import time

    from epoch_eudr import classFactory
    from qgis.core import QgsApplication

    from .fake_iface import RecordingIface

    monkeypatch.setattr("epoch_eudr.plugin.WATCHER_START_MS", 50)
    plugin = classFactory(RecordingIface())
    monkeypatch.setattr(plugin, "initProcessing", lambda: None)  # this module's fixture registered the provider
    plugin.initGui()
    try:
        assert plugin.statement_watcher is None  # nothing read while QGIS starts
        deadline = time.monotonic() + 5
        while plugin.statement_watcher is None and time.monotonic() < deadline:
            QgsApplication.processEvents()
        watcher = plugin.statement_watcher
        assert watcher is not None and watcher._running
        plugin.action.trigger()  # the panel shows what the plugin's watcher finds
        assert plugin.dock.statement_watcher is watcher and not plugin.dock.own_statement_watcher
        plugin.dock.tabs.setCurrentIndex(0)
        watcher.show_requested.emit()  # a notice's button
        assert plugin.dock.tabs.currentWidget() is plugin.dock.eu_is
    finally:
        plugin.unload()
    assert plugin.statement_watcher is None and not watcher._running


def test_a_statement_submitted_before_a_restart_is_settled_by_the_next_sessions_watcher(
        tab, dock, eu_fake, fixed_sample, monkeypatch):
    """Submitted from the dock, QGIS closed while it is SUBMITTED: the next session's plugin (its watcher, the
    panel closed) finds it in the profile and settles it, once, with the numbers beside the plots."""
    import time

    from epoch_eudr import classFactory
    from epoch_eudr.layers.operations.eu_statements import read_statements
    from qgis.core import QgsApplication

    from .fake_iface import RecordingIface

    dock.statement_watcher.stop()
    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    submitted(tab, eu_fake, layer, "PO-RESTART-1")
    QgsProject.instance().clear()  # QGIS closed: nothing of this session is left but the profile and the files
    count = eu_fake.service.count()

    def recorded():
        return next(r for r in read_statements() if r.internal_reference == "PO-RESTART-1")

    def beside():  # the numbers beside the plots (written after the profile's record)
        with sqlite3.connect(fixed_sample) as db:
            return set(db.execute("SELECT DISTINCT reference_number, status FROM eu_statement_plots WHERE "
                                  "internal_reference = 'PO-RESTART-1'"))

    assert recorded().status == "SUBMITTED"
    monkeypatch.setattr("epoch_eudr.plugin.WATCHER_START_MS", 50)
    plugin = classFactory(RecordingIface())
    monkeypatch.setattr(plugin, "initProcessing", lambda: None)
    plugin.initGui()
    try:
        deadline = time.monotonic() + 5
        while plugin.statement_watcher is None and time.monotonic() < deadline:
            QgsApplication.processEvents()
        plugin.statement_watcher.startup_delay = 0.2
        plugin.statement_watcher.start()
        wait_until(lambda: recorded().status == "AVAILABLE" and beside() == {(recorded().reference_number,
                                                                              "AVAILABLE")}, timeout=30)
    finally:
        plugin.unload()
    record = recorded()
    assert len(record.reference_number) == 14 and record.verification_number
    assert eu_fake.service.count() == count  # looked up, never sent again


def test_a_503_on_submit_is_said_and_nothing_is_kept(tab, dock, eu_fake, fixed_sample):
    from epoch_eudr.layers.operations.eu_statements import read_statements

    dock.statement_watcher.stop()
    logged_in(tab, eu_fake)
    layer = sample_layer(fixed_sample)
    fill(tab, layer, reference="PO-DOCK-503")
    tab.new_statement.confirm = lambda text: True
    eu_fake.faults.unavailable = 1
    before = eu_fake.service.count()
    click(tab.new_statement.submit_button)
    wait_until(lambda: "unavailable" in tab.new_statement.status.text(), timeout=60)
    idle(tab)
    assert "The EU Information System is unavailable (HTTP 503" in tab.new_statement.status.text()
    assert DEMO_AUTH_KEY not in tab.new_statement.status.text()
    assert eu_fake.service.count() == before and read_statements() == [] and tab.statements.table.rowCount() == 0
