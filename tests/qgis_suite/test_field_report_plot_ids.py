"""The field report's table of plots to visit prints the user's own plot id (kept by the drill-down from the file
sent), not only Epoch's id, whose prefix is the same on every row."""

from epoch_eudr.layers.report.field_report import build_field_report
from osgeo import ogr, osr
from qgis.core import QgsVectorLayer

from .test_field_report import needs_poppler, pdf_text


def _saved_drilldown(path, own_ids):
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("plots_0xmine", srs, ogr.wkbMultiPoint)
    for name, kind in (("collection_id", ogr.OFTString), ("plotid", ogr.OFTString), ("uuid", ogr.OFTString),
                       ("Plot ID", ogr.OFTString), ("area", ogr.OFTReal), ("noncompliance_area", ogr.OFTReal),
                       ("deforestation_alert", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for i, own in enumerate(own_ids):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in (("collection_id", "0xmine"), ("plotid", f"0x298d29be-{i:05d}"), ("uuid", f"u-{i}"),
                            ("Plot ID", own), ("area", 3.0), ("noncompliance_area", 0.5),
                            ("deforestation_alert", "critical")):
            if value is not None:
                feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTIPOINT (({-1.6 + i * 0.01} {6.7 + i * 0.005}))"))
        layer.CreateFeature(feature)
    dataset = layer = None
    return path


@needs_poppler
def test_the_users_plot_id_is_printed_where_known(qgis_app, tmp_path):
    saved = _saved_drilldown(tmp_path / "mine.gpkg", ["FAZ-001", "FAZ-002", None])
    row = {"company_name": "Mine Coop", "commodity": "cocoa", "country_code": "GH", "collection_id": "0xmine",
           "legality_risk": "Low", "noncompliance_plot_count": 3, "locations_confidence": "high"}
    report = build_field_report([row], tmp_path / "mine.pdf", drilldowns=saved, qfield_folder=tmp_path / "q",
                                server_url="https://epoch-sco2-api.com")
    text = pdf_text(report.pdf)
    # each count takes its own noun form: "1 producer section", not "1 producer section(s)"
    assert report.summary().startswith("1 producer section, 1 page, 3 plots to visit: ")
    assert "FAZ-001" in text and "FAZ-002" in text
    assert "0x298d29be-00002" in text  # no own id: Epoch's
    assert "0x298d29be-00000" not in text and "0x298d29be-00001" not in text
    plots = QgsVectorLayer(f"{report.gpkg}|layername=report_plots", "plots", "ogr")
    stored = {f["uuid"]: (f["plotid"], f["own_plot_id"]) for f in plots.getFeatures()}
    assert stored["u-0"] == ("0x298d29be-00000", "FAZ-001")  # Epoch's id stays stored beside the user's

    # the QField copy names each plot as the PDF does (the user's id where known), Epoch's id beside it
    from epoch_eudr.layers.report.field_package import FIELD_CHECKS

    checks = QgsVectorLayer(f"{report.gpkg}|layername={FIELD_CHECKS}", "checks", "ogr")
    named = {f["plot_uuid"]: (f["plot_id"], f["epoch_plot_id"]) for f in checks.getFeatures()}
    assert named == {"u-0": ("FAZ-001", "0x298d29be-00000"), "u-1": ("FAZ-002", "0x298d29be-00001"),
                     "u-2": ("0x298d29be-00002", "0x298d29be-00002")}
    from epoch_eudr.layers.report.field_package import configure_field_checks
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    configure_field_checks(checks)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(checks))
    shown = set()
    for feature in checks.getFeatures():
        context.setFeature(feature)
        shown.add(QgsExpression(checks.displayExpression()).evaluate(context))
    assert {text.rsplit(" ", 1)[1] for text in shown} == {"FAZ-001", "FAZ-002", "0x298d29be-00002"}
    assert all(text.startswith("No. ") for text in shown)  # the visit number first, with the language's sign
