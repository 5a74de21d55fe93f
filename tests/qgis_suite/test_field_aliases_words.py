"""A result layer's column aliases are the user's words (QGIS's attribute table, identify panel and forms show
them); the stored field names stay as they are, and English stays the catalogue's."""

from epoch_eudr.layers.writer.gpkg_writer import write_layer
from epoch_eudr.layers.writer.results import open_result_layer

from .helpers import speaking

FRENCH = {("FieldAliases", "NC area fraction"): "Part de surface NC", ("FieldAliases", "Plot"): "Parcelle"}


def _plots_layer(tmp_path, name):
    feature = {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-85.6, 13.5]},
               "properties": {"plotid": "P-1", "area": 2.256, "noncompliance_area": 1.275,
                              "noncompliance_area_perc": 0.5652, "status": "Non-Compliant"}}
    gpkg = tmp_path / f"{name}.gpkg"
    write_layer(iter([feature]), "plots", gpkg, name)
    return open_result_layer(gpkg, name, "plots")


def test_a_plots_layer_shows_its_columns_in_french_and_stores_the_same_fields(qgis_app, tmp_path):
    english = _plots_layer(tmp_path, "english")
    with speaking("fr_FR", FRENCH):
        french = _plots_layer(tmp_path, "french")
    alias = {layer: {f.name(): layer.attributeAlias(i) for i, f in enumerate(layer.fields())}
             for layer in (english, french)}
    assert alias[english]["noncompliance_area_perc"] == "NC area fraction" and alias[english]["plotid"] == "Plot"
    assert alias[french]["noncompliance_area_perc"] == "Part de surface NC" and alias[french]["plotid"] == "Parcelle"
    assert english.fields().names() == french.fields().names()  # what is stored does not change

