"""The dock driven like a user would: login, screen, submit, assessments, drill-down, DDS (sandbox)."""

import time
import zipfile

from epoch_eudr.connection.session import Session
from epoch_eudr.connection.settings import ConnectionSettings
from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD
from epoch_eudr.ui.wdg_dock import TAB_TITLES, EudrDockWidget
from qgis.core import QgsProject
from qgis.gui import QgsMapCanvas, QgsMessageBar
from qgis.PyQt.QtCore import Qt
from qgis.PyQt.QtWidgets import QComboBox

from .dock_driver import click, log_in, wait_until
from .fake_iface import RecordingIface
from .helpers import facilities_layer, plots_layer


def test_tabs_and_login_shows_who_is_connected(dock):
    assert [dock.tabs.tabText(i) for i in range(dock.tabs.count())] == list(TAB_TITLES)
    assert log_in(dock).endswith(f"as {DEMO_EMAIL}.")
    from qgis.core import QgsSettings

    stored = {k: QgsSettings().value(k) for k in QgsSettings().allKeys() if k.startswith("epoch_eudr")}
    assert DEMO_PASSWORD not in str(stored) and stored["epoch_eudr/server"] == "sandbox"


def test_wrong_password_says_why(dock):
    text = log_in(dock, password="not-the-password")
    assert "refused the email or password" in text


def test_screen_submit_assess_drill_and_download(dock, tmp_path):
    log_in(dock)
    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    assert screening.location_combo.currentData() == "facility"
    assert not screening.option_boxes["include_deforestation"].isVisibleTo(screening)
    assert screening.option_boxes["check_road_access"].isVisibleTo(screening)
    screening.commodity.setCurrentIndex(screening.commodity.findData("cocoa"))
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == 3)
    assert "3 facilities screened" in screening.status.text()
    assert sum(int(v.text()) for v in screening.cards.values.values()) == 3
    headers = [screening.model.headerData(i, Qt.Orientation.Horizontal) for i in range(screening.model.columnCount())]
    assert headers[:6] == ["Facility ID", "Address", "Commodity", "Country", "Score", "Level"]
    assert headers[-1] == "Warning" and len(headers) == 16
    # table row -> map selection, and back
    screening.table.selectRow(0)
    assert len(screening.result_layer.selectedFeatureIds()) == 1
    other = [f.id() for f in screening.result_layer.getFeatures()][-1]
    screening.result_layer.selectByIds([other])
    rows = screening.table.selectionModel().selectedRows()
    assert len(rows) == 1 and screening.model.index(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole + 2) == other

    submit = dock.submit
    assert submit.name.text().startswith("cocoa_")
    submit.name.setText(f"cocoa_dock_{time.time_ns()}")
    screening.model.setData(screening.model.index(0, 0), Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    click(submit.submit_button)
    wait_until(lambda: submit.table.rowCount() == 1)
    cid = submit.table.item(0, 1).text()
    time.sleep(0.3)  # the sandbox's ready delay
    submit.poll()
    wait_until(lambda: submit.table.item(0, 2).text() == "ready")

    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.model.rowCount() > 0)
    total = int(tab.cards.values["total"].text())
    assert total == tab.model.rowCount() >= 14
    assert int(tab.cards.values["High Risk"].text()) >= 1
    assert tab.model.row_at(0)["status"] == "High Risk"  # riskiest first
    tab.status_filter.setCurrentIndex(tab.status_filter.findData("Not Assessable"))
    assert 0 < tab.model.rowCount() < total
    tab.table.selectRow(0)
    assert not tab.dds_button.isEnabled()  # no DDS for Not Assessable rows
    tab.status_filter.setCurrentIndex(0)
    tab.findChild(QComboBox, "view").setCurrentIndex(1)
    wait_until(lambda: not tab.groups.pending())
    assert 0 < tab.groups.rowCount() <= total
    tab.findChild(QComboBox, "view").setCurrentIndex(0)
    tab.search.setText(cid[:12])
    assert tab.model.rowCount() == 1
    tab.table.selectRow(0)
    click(tab.drill_button)
    wait_until(lambda: tab.plot_cards.isVisibleTo(tab))
    group = QgsProject.instance().layerTreeRoot().findGroup("Drill-down: Coop Soubre")
    assert group is not None and len(group.findLayers()) == 3
    assert int(tab.plot_cards.values["total"].text()) > 0
    target = tmp_path / "dds.zip"
    tab.download(str(target))
    wait_until(lambda: tab.dds_path is not None)
    assert zipfile.ZipFile(target).testzip() is None and tab.load_dds_button.isEnabled()
    before = len(QgsProject.instance().mapLayers())
    click(tab.load_dds_button)
    assert len(QgsProject.instance().mapLayers()) > before


def test_screening_without_login_or_with_an_empty_selection_says_what_to_do(dock):
    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    dock.screening.layer_combo.setLayer(layer)
    dock.session.settings.server = "sandbox"
    dock.session.settings.authcfg = ""
    click(dock.screening.run_button)
    assert "No Epoch login" in dock.screening.status.text()
    log_in(dock)
    dock.screening.selected_only.setChecked(True)
    click(dock.screening.run_button)
    assert "has no selected features" in dock.screening.status.text()


def test_a_memory_layer_is_joined_on_its_feature_ids_and_copy_adds_a_new_layer(dock):
    log_in(dock)
    layer = facilities_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    click(screening.run_button)
    wait_until(lambda: screening.model.rowCount() == 3)
    click(screening.join_button)
    assert "Results joined to 'mills'" in screening.status.text() and len(layer.vectorJoins()) == 1
    before = set(QgsProject.instance().mapLayers())
    click(screening.copy_button)
    wait_until(lambda: len(QgsProject.instance().mapLayers()) == len(before) + 1)
    (copied,) = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    assert copied.featureCount() == 4 and copied.fields().indexOf("epoch_confidence_level") >= 0
    assert "4 features copied" in screening.status.text()
    # the source's data is untouched (the join and its key field live in the project)
    assert layer.dataProvider().fields().names() == ["facility_id", "name", "Productor"]


def test_active_layer_is_the_default_input(qgis_app, sandbox_server, tmp_path):
    layer = facilities_layer("active one")
    QgsProject.instance().addMapLayers([facilities_layer("other"), layer])
    iface = RecordingIface(canvas=QgsMapCanvas(), message_bar=QgsMessageBar())
    iface.activeLayer = lambda: layer
    widget = EudrDockWidget(iface, iface.mainWindow(), session=Session(ConnectionSettings()))
    assert widget.screening.layer_combo.currentLayer() is layer
    widget.shutdown()
    QgsProject.instance().clear()


def test_server_down_and_wrong_geometry_type_are_explained(dock, monkeypatch):

    from .helpers import memory_layer

    log_in(dock)
    lines = memory_layer("LineString?crs=EPSG:4326&field=id:integer", [("LINESTRING(0 0, 1 1)", [1])], "roads")
    QgsProject.instance().addMapLayer(lines)
    dock.screening.layer_combo.setLayer(lines)
    dock.screening.location_combo.setCurrentIndex(dock.screening.location_combo.findData("plot"))
    click(dock.screening.run_button)
    assert "'roads' holds lines: only points (facilities) or polygons (plots)" in dock.screening.status.text()
    polygons = plots_layer()
    QgsProject.instance().addMapLayer(polygons)
    dock.screening.layer_combo.setLayer(polygons)
    dock.screening.location_combo.setCurrentIndex(dock.screening.location_combo.findData("facility"))
    click(dock.screening.run_button)
    assert "holds polygons, which are plots, but the location type is facility" in dock.screening.status.text()
    dock.session.settings.server = "custom"
    dock.session.settings.custom_url = "http://127.0.0.1:9"  # nothing listens on the discard port
    dock.session.reset()
    from epoch_eudr.core.api.transport import RetryPolicy

    real = dock.session.client

    def fast_client():
        client = real()
        client.transport.retry = RetryPolicy(max_attempts=1)
        return client

    monkeypatch.setattr(dock.session, "client", fast_client)
    click(dock.assessments.load_button)
    wait_until(lambda: "Loading assessments:" in dock.assessments.status.text(), timeout=60)
    assert "127.0.0.1:9" in dock.assessments.status.text() or "connect" in dock.assessments.status.text().lower()


def test_qgis_proxy_is_passed_to_the_client(qgis_app):
    from epoch_eudr.connection.client_factory import make_client
    from epoch_eudr.core.api.auth import ApiKeyCredentials
    from qgis.core import QgsNetworkAccessManager
    from qgis.PyQt.QtNetwork import QNetworkProxy

    manager = QgsNetworkAccessManager.instance()
    old = manager.fallbackProxy()
    try:
        manager.setFallbackProxyAndExcludes(QNetworkProxy(QNetworkProxy.ProxyType.HttpProxy, "proxy.agency.eu", 3128,
                                                          "me",
                                                          "p@ss"), [], [])
        client = make_client("https://epoch-sco2-api.com", ApiKeyCredentials("k", "u"))
        assert client.transport.session.proxies["https"] == "http://me:p%40ss@proxy.agency.eu:3128"
        sandbox = make_client("http://127.0.0.1:8765", ApiKeyCredentials("k", "u"))
        assert "https" not in sandbox.transport.session.proxies  # loopback never goes through the proxy
    finally:
        manager.setFallbackProxyAndExcludes(old, [], [])


def test_check_before_upload_counts_zooms_warns_and_fixes(dock):
    from .test_preflight_qgis import messy_layer

    log_in(dock)
    layer = messy_layer()
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    click(screening.check.check_button)
    wait_until(lambda: screening.check.issues.count() > 0)
    texts = [screening.check.issues.item(i).text() for i in range(screening.check.issues.count())]
    # sentences, not codes (the code is in the item's tooltip, for experts)
    assert any(t.startswith("1 feature with holes") for t in texts)
    assert any("an outline that crosses itself" in t for t in texts)
    assert not any("self_intersection" in t for t in texts)
    hole = next(screening.check.issues.item(i) for i, t in enumerate(texts) if "holes" in t)
    screening.check.zoom_to(hole)
    assert screening.check.layer.selectedFeatureCount() == 1
    asked = []
    screening.confirm = lambda text: asked.append(text) or False
    click(screening.run_button)
    assert asked and "3 features with errors" in asked[0] and "(s)" not in asked[0]
    assert screening.model.rowCount() == 0  # refused: nothing was sent
    before = len(QgsProject.instance().mapLayers())
    click(screening.check.fix_button)
    wait_until(lambda: len(QgsProject.instance().mapLayers()) == before + 1)
    assert "5 features written fixed" in screening.status.text()
    assert layer.featureCount() == 3  # the input is untouched


def test_a_failed_poll_says_so_and_keeps_polling(dock, monkeypatch):
    from epoch_eudr.core.api.errors import NetworkError
    from epoch_eudr.core.jobs import new_job

    log_in(dock)
    submit, watcher = dock.submit, dock.watcher
    client = dock.session.client()
    watcher.add(new_job("cocoa_test", "0xfeed", commodity="cocoa", location_type="plot", features=3,
                        server_url=client.base_url, source="dock"))

    def down(*args, **kwargs):
        raise NetworkError("Could not reach the server")

    monkeypatch.setattr(client, "fetch_supply_shed", down)
    submit.poll()
    wait_until(lambda: "Could not reach the server" in submit.jobs_label.text())
    assert submit.table.item(0, 2).text() == "submitted" and "last check failed" in submit.table.item(0, 0).toolTip()
    assert watcher._timer.isActive()  # the panel keeps checking
