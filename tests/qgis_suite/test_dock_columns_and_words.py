"""The dock's tables show every value whole and in the user's language: columns sized to their header and the
rows already read (ids elided in the middle, the whole id in the tooltip, the user's own plot id shown when the
plots carry it), stored words translated at display (the stored values unchanged), decimals with the locale's
separator, country names in the user's language from the plugin's CLDR tables (no system catalogue)."""

import pytest
from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, QLocale, Qt

from .dock_driver import click, log_in, wait_until
from .helpers import PseudoTranslator as Pseudo
from .helpers import speaking


@pytest.fixture
def french_locale():
    with speaking("fr_FR", {("ShownValues", "Supply Shed"): "Bassin d'approvisionnement",
                            ("ShownValues", "Direct Plots"): "Parcelles directes",
                            ("ShownValues", "standard"): "standard (fr)"}):
        QLocale.setDefault(QLocale("fr_FR"))
        yield
        QLocale.setDefault(QLocale("en_US"))


def _column(model, key):
    return [k for k, _ in model.columns].index(key)


def _loaded(dock):
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0, timeout=60)
    return tab


def test_values_are_shown_in_the_users_language_and_stored_in_english(dock, french_locale):
    tab = _loaded(dock)
    shown = {}
    for row in range(tab.model.rowCount()):
        stored = tab.model.row_at(row)
        for key in ("assessment_type", "country", "eu_country_risk", "nc_percent"):
            shown.setdefault(key, []).append((stored.get(key), tab.model.index(row, _column(tab.model, key)).data()))
    assert ("Supply Shed", "Bassin d'approvisionnement") in shown["assessment_type"]
    assert ("Direct Plots", "Parcelles directes") in shown["assessment_type"]
    # the plugin's own CLDR table (resources/country_names/fr.json): the same on every system
    assert ("Ivory Coast", "Côte d’Ivoire") in shown["country"] or ("Indonesia", "Indonésie") in shown["country"]
    assert ("standard", "standard (fr)") in shown["eu_country_risk"]
    decimals = [(value, text) for value, text in shown["nc_percent"] if isinstance(value, float) and value % 1]
    # a French decimal comma, never a point (a value such as 13.0005 shows as "13": its decimals round away)
    assert any("," in text for _v, text in decimals) and not any("." in text for _v, text in decimals), decimals
    assert {f["assessment_type"] for f in tab.layer.getFeatures()} <= {"Supply Shed", "Direct Plots"}  # stored


def test_columns_fit_their_values_and_ids_are_elided_in_the_middle(dock):
    tab = _loaded(dock)
    tab.table.selectRow(0)
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plot_cards.isVisibleTo(tab), timeout=60)
    tab.view.setCurrentIndex(2)
    wait_until(lambda: tab.plots_model.rowCount() > 0 and not tab.plots_model.pending())
    view, model = tab.plots_table, tab.plots_model
    for row in range(min(20, model.rowCount())):  # what painting the first rows reads
        model.row_at(row)
    status = _column(model, "status")
    wait_until(lambda: view.columnWidth(status) >= max(view.fontMetrics().horizontalAdvance(t)
                                                       for t in model.delivered_texts(status)), timeout=10)
    metrics = view.fontMetrics()
    for key in ("status", "second_opinion"):
        column = _column(model, key)
        texts = model.delivered_texts(column)
        assert texts and view.columnWidth(column) >= max(metrics.horizontalAdvance(t) for t in texts), key
    plot = _column(model, "plotid")
    assert view.textElideMode() == Qt.TextElideMode.ElideMiddle
    full = model.row_at(0)["plotid"]
    assert model.index(0, plot).data(Qt.ItemDataRole.ToolTipRole) == full


def test_the_users_own_plot_id_is_a_column_when_the_plots_carry_it(dock):
    from epoch_eudr.core.result_kinds import RESULT_KINDS

    fields = "&".join(f"field={key}:string" for key, _ in RESULT_KINDS["plots"].columns()) + "&field=Plot ID:string"
    layer = QgsVectorLayer(f"Polygon?crs=EPSG:4326&{fields}", "Plots: test", "memory")
    from qgis.core import QgsFeature

    feature = QgsFeature(layer.fields())
    feature["plotid"], feature["Plot ID"], feature["status"] = "0x298d29be0000-00017", "N_AR_101_01", "Compliant"
    layer.dataProvider().addFeatures([feature])
    tab = dock.assessments
    tab.show_plots(layer)
    wait_until(lambda: tab.plots_model.rowCount() == 1)
    headers = [title for _key, title in tab.plots_model.columns]
    assert headers[0] == "Your plot id"
    assert tab.plots_model.index(0, 0).data() == "N_AR_101_01"


def test_result_layer_names_are_said_in_the_users_language(dock):
    from qgis.core import QgsProject

    translator = Pseudo({("ResultLayers", "Epoch assessments"): "Évaluations Epoch",
                         ("ResultLayers", "Plots: {producer}"): "Parcelles : {producer}"})
    QCoreApplication.installTranslator(translator)
    try:
        tab = _loaded(dock)
        assert tab.layer.name() == "Évaluations Epoch"
        tab.table.selectRow(0)
        name = tab.selected_row()["company_name"]
        click(tab.drill_button)
        wait_until(lambda: tab.ready() and tab.plot_cards.isVisibleTo(tab), timeout=60)
        names = {layer.name() for layer in QgsProject.instance().mapLayers().values()}
        assert f"Parcelles : {name}" in names
    finally:
        QCoreApplication.removeTranslator(translator)
