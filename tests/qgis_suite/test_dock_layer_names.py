"""Every layer a drill-down adds is named in the user's language in the Layers panel (the operations name them in
English; the stored layer names and the GeoPackage's tables stay as they are)."""

from qgis.core import QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from .dock_driver import click, log_in, wait_until
from .helpers import PseudoTranslator as Pseudo


def _drill_down_one(dock, assessment_type):
    """Load the assessments, drill down the first producer of ``assessment_type``: its name, and the names of the
    project's layers after it."""
    log_in(dock)
    tab = dock.assessments
    click(tab.load_button)
    wait_until(lambda: tab.ready() and tab.model.rowCount() > 0 and not tab.model.pending(), timeout=60)
    rows = [tab.model.row_at(r) for r in range(tab.model.rowCount())]
    tab.table.selectRow(next(r for r, values in enumerate(rows) if values.get("assessment_type") == assessment_type))
    name = tab.selected_row()["company_name"]
    click(tab.drill_button)
    wait_until(lambda: tab.ready() and tab.plot_cards.isVisibleTo(tab), timeout=60)
    return name, {layer.name() for layer in QgsProject.instance().mapLayers().values()}



def test_plots_outline_and_facility_layers_are_named_in_french(dock):
    translator = Pseudo({("ResultLayers", "Plots: {producer}"): "Parcelles : {producer}",
                         ("ResultLayers", "Supply shed: {producer}"): "Bassin d'approvisionnement : {producer}",
                         ("ResultLayers", "Facility: {producer}"): "Installation : {producer}"})
    QCoreApplication.installTranslator(translator)
    try:
        name, names = _drill_down_one(dock, "Supply Shed")
        assert f"Parcelles : {name}" in names, names
        assert f"Bassin d'approvisionnement : {name}" in names, names
        assert f"Installation : {name}" in names, names
        assert not [n for n in names if n.startswith(("Plots: ", "Supply shed: ", "Facility: "))], names
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_screening_layer_is_named_in_whole_words_in_the_users_language(dock):
    from .helpers import facilities_layer

    translator = Pseudo({("ResultLayers", "Screening: {layer} (facilities)"): "Analyse : {layer} (installations)"})
    QCoreApplication.installTranslator(translator)
    try:
        log_in(dock)
        layer = facilities_layer()
        QgsProject.instance().addMapLayer(layer)
        screening = dock.screening
        screening.layer_combo.setLayer(layer)
        assert screening.location_combo.currentData() == "facility"
        click(screening.run_button)
        wait_until(lambda: screening.model.rowCount() == 3)
        names = {found.name() for found in QgsProject.instance().mapLayers().values()}
        assert f"Analyse : {layer.name()} (installations)" in names, names
        assert not any("facilitys" in name for name in names)
    finally:
        QCoreApplication.removeTranslator(translator)


def test_a_direct_plots_producer_has_an_assessed_area_not_a_supply_shed(dock):
    """A Direct Plots assessment has no supply shed: its outline layer is named for what it is."""
    translator = Pseudo({("ResultLayers", "Assessed area: {producer}"): "Zone évaluée : {producer}"})
    QCoreApplication.installTranslator(translator)
    try:
        name, names = _drill_down_one(dock, "Direct Plots")
        assert f"Zone évaluée : {name}" in names, names
        assert not [n for n in names if "Supply shed" in n or "Bassin" in n], names
    finally:
        QCoreApplication.removeTranslator(translator)
