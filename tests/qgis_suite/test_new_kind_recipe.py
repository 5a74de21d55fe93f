"""ARCHITECTURE.md's recipe for a result kind holds: a catalogue entry and a renderer are all a new kind needs to be
written, opened styled, labelled and counted in the user's language (the recipe's third file is a test like this)."""

from epoch_eudr.core.result_kinds import RESULT_KINDS, ResultKind
from epoch_eudr.layers.styles import renderers
from epoch_eudr.layers.words.language import count_text
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from epoch_eudr.layers.writer.results import open_result_layer


def test_a_kind_made_of_its_entry_and_a_renderer_is_written_styled_and_counted(qgis_app, tmp_path, monkeypatch):
    fields = (("warehouse_id", "string", "Warehouse"), ("capacity_t", "real", "Capacity (t)"))
    monkeypatch.setitem(RESULT_KINDS, "warehouses", ResultKind("warehouses", fields, "POINT",
                                                               label_field="warehouse_id"))
    monkeypatch.setitem(renderers.RENDERERS, "warehouses",
                        lambda layer: renderers._single(renderers.facility_point_symbol()))
    features = [{"type": "Feature", "geometry": {"type": "Point", "coordinates": [10.0 + i, 5.0]},
                 "properties": {"warehouse_id": f"W{i}", "capacity_t": 12.5 * i}} for i in range(3)]
    gpkg = tmp_path / "w.gpkg"
    assert write_layer(iter(features), "warehouses", gpkg, "warehouses", derive=False).count == 3
    layer = open_result_layer(gpkg, "warehouses", "warehouses")
    assert layer.isValid() and layer.featureCount() == 3
    assert layer.attributeAlias(layer.fields().indexOf("capacity_t")) == "Capacity (t)"
    assert layer.labelsEnabled() and layer.displayExpression() == '"warehouse_id"'
    assert [f["capacity_t"] for f in layer.getFeatures()] == [0.0, 12.5, 25.0]
    assert layer.renderer().type() == "singleSymbol"
    assert count_text(3, "warehouses") == "3 features"
