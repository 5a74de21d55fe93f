"""The field report (issue 16 part 3): epoch_eudr:field_report against the sandbox, its PDF read back with
poppler (``pdftotext``, ``pdftoppm``), its QField copy opened, and the same report built in a worker thread."""

import re
import shutil
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from epoch_eudr.core.api.errors import ConfigurationError
from epoch_eudr.core.field_report import ROWS_FIRST_PAGE, ROWS_PER_PAGE
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.report.field_package import DEFORESTATION_SEEN, FIELD_CHECKS, LAND_USES, field_check_widgets
from epoch_eudr.layers.report.field_report import build_field_report, rows_of_layer
from qgis.core import QgsApplication, QgsProject, QgsTask, QgsVectorLayer, QgsWkbTypes

from .helpers import speaking

POPPLER = bool(shutil.which("pdftotext") and shutil.which("pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdftoppm) is not installed: "
                                                       "scripts/setup.sh installs it")

BOA_VISTA, SAWIT, ESPERANZA = "Agropecuária Boa Vista", "PT Sawit Lestari Makmur", "Cooperativa Cafetalera La Esperanza"
PRODUCERS = (BOA_VISTA, SAWIT, ESPERANZA)
FILTER = "\"company_name\" IN ({})".format(", ".join(f"'{name}'" for name in PRODUCERS))


@pytest.fixture(scope="module")
def assessments(sandbox_server, tmp_path_factory):
    """The sandbox's assessments in a GeoPackage (fetched once for the module)."""
    from epoch_eudr.core.api import EpochClient, PasswordCredentials
    from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

    client = EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    gpkg = tmp_path_factory.mktemp("report") / "assessments.gpkg"
    ops.assessments_to_gpkg(client, gpkg)
    return f"{gpkg}|layername=assessments"


def rows_of(uri, expression=FILTER):
    layer = QgsVectorLayer(uri, "assessments", "ogr")
    assert layer.isValid()
    return rows_of_layer(layer, expression=expression)


def pdf_text(pdf: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(pdf), "-"], check=True, capture_output=True,
                          text=True).stdout


def page_pixels(pdf: Path, page: int, dpi: int = 50):
    """(width, height, RGB bytes) of one page, rendered by pdftoppm as a binary PPM."""
    data = subprocess.run(["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), str(pdf)],
                          check=True, capture_output=True).stdout
    header = re.match(rb"P6\s+(\d+)\s+(\d+)\s+(\d+)\s", data)
    return int(header.group(1)), int(header.group(2)), data[header.end():]


def count_pixels(pdf: Path, page: int, box_mm, test, dpi: int = 50) -> int:
    width, _, pixels = page_pixels(pdf, page, dpi)
    scale = dpi / 25.4
    x0, y0, x1, y1 = (int(v * scale) for v in box_mm)
    found = 0
    for y in range(y0, y1):
        row = pixels[(y * width) * 3:(y * width + width) * 3]
        found += sum(1 for x in range(x0, x1) if test(row[x * 3], row[x * 3 + 1], row[x * 3 + 2]))
    return found


def test_algorithm_is_registered(processing):
    algorithm = QgsApplication.processingRegistry().algorithmById("epoch_eudr:field_report")
    assert algorithm is not None
    assert {p.name() for p in algorithm.parameterDefinitions()} >= {
        "ASSESSMENTS", "SELECTED_ONLY", "FILTER", "DRILLDOWNS", "SERVER", "AUTHCFG", "OUTPUT_PDF", "OUTPUT_FOLDER"}


@needs_poppler
def test_report_twice_into_the_same_outputs(processing, assessments, env_login, tmp_path):
    expected = {row["company_name"] + "/" + row["commodity"]: row for row in rows_of(assessments)}
    assert len(expected) == 4  # PT Sawit has two assessments (palm, rubber): a section each
    pdf, folder = tmp_path / "field report.pdf", tmp_path / "qfield"
    params = {"ASSESSMENTS": assessments, "FILTER": FILTER, "OUTPUT_PDF": str(pdf), "OUTPUT_FOLDER": str(folder)}
    first = processing.run("epoch_eudr:field_report", params)
    assert first["OUTPUT_PDF"] == str(pdf) and first["SECTIONS"] == 4
    text = pdf_text(pdf)

    pages = first["PAGES"]
    assert [int(n) for n in re.findall(r"Page (\d+) of (?:\d+)", text)] == list(range(1, pages + 1))
    assert set(re.findall(r"Page \d+ of (\d+)", text)) == {str(pages)}
    for name in PRODUCERS:
        assert name in text
    assert "SANDBOX DATA: synthetic results" in text and "(synthetic results) · plots fetched from the server" in text
    for row in expected.values():  # the legend's counts are the producer's own (the sandbox aggregates its plots)
        nc, total = row["noncompliance_plot_count"], row["plot_count"]
        assert f"Non-Compliant plots ({nc:,})" in text and f"Compliant plots ({total - nc:,})" in text
        assert f"{row['status']}: {nc:,} of {total:,} plots Non-Compliant" in text
        assert f"collection {row['collection_id']}" in text
    assert "Article 10 risk" in text and "EU country risk" in text and "Standard: Brazil (BR)" in text
    assert "Plots to visit: none" in text  # La Esperanza: all Compliant, for both opinions

    # the plots to visit of each section run over continuation pages (Boa Vista's 144 over three), once each
    gpkg = folder / "field report.gpkg"
    checks = QgsVectorLayer(f"{gpkg}|layername={FIELD_CHECKS}", "checks", "ogr")
    assert checks.featureCount() == first["VISITS"]
    visits = {}
    for feature in checks.getFeatures():
        visits[feature["collection_id"]] = visits.get(feature["collection_id"], 0) + 1
    assert visits[expected[f"{BOA_VISTA}/cattle"]["collection_id"]] == 144
    extra = sum(-(-max(0, n - ROWS_FIRST_PAGE) // ROWS_PER_PAGE) for n in visits.values())
    assert text.count("Plots to visit, continued") == extra and pages == 4 + extra
    coordinates = re.findall(r"(-?\d{1,2}\.\d{6})\s+(-?\d{1,3}\.\d{6})\s*$", text, re.MULTILINE)
    assert len(coordinates) == first["VISITS"]  # every plot to visit with its latitude, longitude (6 decimals)
    assert all(-10 < float(lat) < 14 and -90 < float(lon) < 111 for lat, lon in coordinates)

    # the team fills in a visit, then the report is made again into the same files
    visited = next(f for f in checks.getFeatures() if f["visit_no"] == 1)
    checks.startEditing()
    checks.changeAttributeValue(visited.id(), checks.fields().indexOf("deforestation_seen"), "yes")
    checks.changeAttributeValue(visited.id(), checks.fields().indexOf("notes"), "stumps, fresh burn")
    assert checks.commitChanges()
    del checks

    second = processing.run("epoch_eudr:field_report", params)
    assert (second["PAGES"], second["SECTIONS"], second["VISITS"]) == (pages, 4, first["VISITS"])
    again = pdf_text(pdf)
    assert again.count("Page ") == text.count("Page ") and BOA_VISTA in again
    checks = QgsVectorLayer(f"{gpkg}|layername={FIELD_CHECKS}", "checks", "ogr")
    kept = [f for f in checks.getFeatures() if f["notes"]]
    assert [(f["plot_uuid"], f["deforestation_seen"], f["notes"]) for f in kept] == [
        (visited["plot_uuid"], "yes", "stumps, fresh burn")]
    assert sorted(p.name for p in folder.iterdir()) == ["field report.gpkg", "field report.qgz"]
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no work folder or partial PDF left


@needs_poppler
def test_maps_are_drawn_with_plots_and_a_country(processing, assessments, env_login, tmp_path):
    pdf = tmp_path / "boa.pdf"
    processing.run("epoch_eudr:field_report", {"ASSESSMENTS": assessments, "OUTPUT_PDF": str(pdf),
                                               "FILTER": f"\"company_name\" = '{BOA_VISTA}'"})
    from epoch_eudr.layers.report.layout import LOC_H, LOC_W, LOC_X, LOC_Y, MAP_H, MAP_W, MAP_X, MAP_Y

    def red(r, g, b):
        return r > 170 and g < 120 and b < 130

    def country_grey(r, g, b):  # the producer's country on the locator (#94a3b8)
        return abs(r - 0x94) < 12 and abs(g - 0xA3) < 12 and abs(b - 0xB8) < 12

    area = (MAP_W * MAP_H) * (50 / 25.4) ** 2
    assert count_pixels(pdf, 1, (MAP_X, MAP_Y, MAP_X + MAP_W, MAP_Y + MAP_H), red) > 0.2 * area  # 144 red plots
    assert count_pixels(pdf, 1, (LOC_X, LOC_Y, LOC_X + LOC_W, LOC_Y + LOC_H), country_grey) > 50  # Brazil


def test_qfield_project_opens_with_its_widgets(processing, assessments, env_login, tmp_path):
    folder = tmp_path / "qfield"
    result = processing.run("epoch_eudr:field_report", {"ASSESSMENTS": assessments, "FILTER": FILTER,
                                                        "OUTPUT_PDF": str(tmp_path / "r.pdf"),
                                                        "OUTPUT_FOLDER": str(folder)})
    moved = tmp_path / "elsewhere"
    shutil.copytree(folder, moved)  # relative paths: the folder opens wherever it is copied
    shutil.rmtree(folder)
    qgz = moved / "r.qgz"
    with zipfile.ZipFile(qgz) as archive:
        qgs = archive.read(next(n for n in archive.namelist() if n.endswith(".qgs"))).decode()
    assert "./r.gpkg|layername=field_checks" in qgs and str(tmp_path) not in qgs

    project = QgsProject()
    assert project.read(str(qgz))
    layers = {layer.name(): layer for layer in project.mapLayers().values()}
    assert all(layer.isValid() for layer in layers.values()) and len(layers) == 4
    checks = layers["Field checks (plots to visit)"]
    assert checks.featureCount() == result["VISITS"] > 0
    assert checks.customProperty("QFieldSync/action") == "offline"
    assert layers["All plots"].customProperty("QFieldSync/action") == "copy"
    assert layers["Assessment outlines"].customProperty("QFieldSync/action") == "copy"  # a shed, or plots' hull
    widgets = field_check_widgets(checks)
    assert widgets["deforestation_seen"][0] == "ValueMap"
    assert [list(v.values())[0] for v in widgets["deforestation_seen"][1]["map"]] == ["yes", "no", "unsure"]
    assert [list(v.values())[0] for v in widgets["observed_land_use"][1]["map"]] == [v for v, _ in LAND_USES]
    assert widgets["visit_date"][0] == "DateTime" and widgets["visit_date"][1]["field_format"] == "yyyy-MM-dd"
    assert widgets["photo"][0] == "ExternalResource" and widgets["notes"][0] == "TextEdit"
    form = checks.editFormConfig()
    fields = checks.fields()
    assert form.readOnly(fields.indexOf("plot_id")) and form.readOnly(fields.indexOf("latitude"))
    assert not form.readOnly(fields.indexOf("deforestation_seen")) and not form.readOnly(fields.indexOf("photo"))
    assert {f.name() for f in fields} >= {"visit_date", "observed_land_use", "deforestation_seen", "photo", "notes"}
    assert fields.field("visit_date").typeName().lower() == "date"
    # the same widgets travel in the GeoPackage's default style, for a layer opened without the project
    bare = QgsVectorLayer(f"{moved / 'r.gpkg'}|layername={FIELD_CHECKS}", "bare", "ogr")
    assert field_check_widgets(bare)["deforestation_seen"][0] == "ValueMap"
    assert len(DEFORESTATION_SEEN) == 3


@needs_poppler
def test_offline_from_saved_drilldowns(qgis_app, assessments, client, tmp_path):
    rows = rows_of(assessments, f"\"company_name\" = '{SAWIT}' AND \"commodity\" = 'palm'")
    saved = tmp_path / "results.gpkg"
    ops.drilldown_to_gpkg(client, rows[0]["collection_id"], saved)  # what the dock's Drill down writes
    pdf = tmp_path / "offline.pdf"
    report = build_field_report(rows, pdf, client=None, drilldowns=saved)  # no login: nothing fetched
    assert report.pages == 2 and report.project is None
    text = pdf_text(pdf)
    assert SAWIT in text and "plots from results.gpkg (saved drill-down)" in text
    assert "Supply-shed outline" in text

    others = rows_of(assessments, f"\"company_name\" = '{ESPERANZA}'")
    with pytest.raises(ConfigurationError, match="no server login"):
        build_field_report(others, tmp_path / "x.pdf", client=None, drilldowns=saved)
    with pytest.raises(ConfigurationError, match="ending in .pdf"):
        build_field_report(rows, tmp_path / "x.png", client=None, drilldowns=saved)
    with pytest.raises(ConfigurationError, match="No producer"):
        build_field_report([], pdf, client=None)


def test_built_in_a_worker_thread(qgis_app, assessments, client, tmp_path):
    """The dock's path: rows read on the main thread, the whole report (fetch, layers, layout, PDF) in a task."""
    rows = rows_of(assessments, f"\"company_name\" = '{ESPERANZA}'")
    pdf = tmp_path / "task.pdf"
    outcome = {}

    def work(task):
        outcome["report"] = build_field_report(rows, pdf, client=client, qfield_folder=tmp_path / "q",
                                               progress=task.setProgress, cancel=task.isCanceled)
        return True

    task = QgsTask.fromFunction("field report", work)
    QgsApplication.taskManager().addTask(task)
    deadline = time.monotonic() + 120
    while task.status() not in (QgsTask.TaskStatus.Complete, QgsTask.TaskStatus.Terminated):
        QgsApplication.processEvents()
        assert time.monotonic() < deadline
        time.sleep(0.05)
    assert task.status() == QgsTask.TaskStatus.Complete, getattr(task, "exception", None)
    assert outcome["report"].pages == 1 and pdf.read_bytes()[:5] == b"%PDF-"
    assert not POPPLER or ESPERANZA in pdf_text(pdf)
    assert (tmp_path / "q" / "task.qgz").is_file()


@needs_poppler
def test_point_plots_without_outline_or_facility(qgis_app, tmp_path):
    """Plots given as points (the EU's plots of 4 ha or less), from a hand-made GeoPackage: no outline, no
    facility (empty layers), no server, no sandbox."""
    from osgeo import ogr, osr

    saved = tmp_path / "points.gpkg"
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(saved))
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    layer = dataset.CreateLayer("my_plots", srs, ogr.wkbMultiPoint)
    for name, kind in (("collection_id", ogr.OFTString), ("plotid", ogr.OFTString), ("area", ogr.OFTReal),
                       ("noncompliance_area", ogr.OFTReal), ("deforestation_alert", ogr.OFTString)):
        layer.CreateField(ogr.FieldDefn(name, kind))
    for i, lost in enumerate((0.9, 0.0, 0.0, 0.7)):
        feature = ogr.Feature(layer.GetLayerDefn())
        for name, value in (("collection_id", "0xpoints"), ("plotid", f"P{i}"), ("area", 3.0),
                            ("noncompliance_area", lost),
                            ("deforestation_alert", "critical" if lost else "no deforestation")):
            feature.SetField(name, value)
        feature.SetGeometry(ogr.CreateGeometryFromWkt(f"MULTIPOINT (({-1.6 + i * 0.01} {6.7 + i * 0.005}))"))
        layer.CreateFeature(feature)
    dataset = layer = None
    row = {"company_name": "Points Coop", "commodity": "cocoa", "country_code": "GH", "collection_id": "0xpoints",
           "legality_risk": "Low", "noncompliance_plot_count": 2, "locations_confidence": "high"}
    pdf = tmp_path / "points.pdf"
    report = build_field_report([row], pdf, drilldowns=saved, qfield_folder=tmp_path / "q",
                                server_url="https://epoch-sco2-api.com")
    assert (report.pages, report.visits) == (1, 2)
    text = pdf_text(pdf)
    assert "Medium Risk: 2 of 4 plots Non-Compliant, 1.60 ha deforested after 2020" in text
    assert "Non-Compliant plots (2)" in text and "Compliant plots (2)" in text and "SANDBOX" not in text
    assert "Epoch API https://epoch-sco2-api.com · plots from points.gpkg (saved drill-down)" in text
    assert "Low: Ghana (GH); 1 % of operators checked each year" in text
    assert "outline" not in text  # no outline drawn, none in the legend (its rows move up: no gap)
    checks = QgsVectorLayer(f"{tmp_path / 'q' / 'points.gpkg'}|layername={FIELD_CHECKS}", "checks", "ogr")
    assert checks.isValid() and checks.featureCount() == 2
    assert checks.geometryType() == QgsWkbTypes.GeometryType.PointGeometry


def test_facts_of_a_producer_in_english(qgis_app):
    """The overview page's sentences (worded on the QGIS side, so that they are translated), in English."""
    from epoch_eudr.core.field_report import SectionCounts, plot_line
    from epoch_eudr.layers.report.data import section_facts, section_title, source_fact, visits_heading

    nicaragua = (-85.95, 13.25)
    row = {"company_name": "Coop A", "commodity": "coffee", "country": "Nicaragua", "country_code": "NI",
           "admin1": "Jinotega", "status": "High Risk", "legality_risk": "Medium", "supplier_id": "SUP-1",
           "collection_id": "0xabc", "ingestion_date": "2026-11-23T02:48:09+00:00", "sandbox": True}
    lines = [plot_line({"plotid": str(i), "area": 10.0, "noncompliance_area": lost, "deforestation_start": "2021-01-01",
                        "deforestation_alert": "critical" if lost > 0.5 else ("non-critical" if lost else
                                                                              "no deforestation")}, nicaragua, "NI")
             for i, lost in enumerate((2.0, 0.7, 0.2, 0.0))]
    counts = SectionCounts.of(lines)
    facts = section_facts(row, counts, "http://127.0.0.1:8765", True, "plots fetched from the server")
    assert facts["epoch_status"] == "High Risk: 2 of 4 plots Non-Compliant, 2.90 ha deforested after 2020"
    assert facts["second_opinion"] == ("3 non-compliant, 0 needs review, 1 compliant (composite-score method); "
                                       "differs from Epoch on 1")
    assert facts["eu_country_risk"].startswith("Standard: Nicaragua (NI); 3 % of operators checked each year")
    assert facts["article10_risk"] == "Medium" and facts["assessment_date"] == "2026-11-23 02:48 UTC"
    assert facts["producer"] == "supplier SUP-1 · collection 0xabc"
    assert facts["data_source"] == ("Epoch sandbox http://127.0.0.1:8765 (synthetic results) · plots fetched from "
                                    "the server")
    assert section_title(row) == ("Coop A", "Coffee · Jinotega, Nicaragua (NI)")
    empty = section_facts(dict(row, status="Not Assessable", skip_reason="no address", legality_risk=None),
                          SectionCounts(), "", False)
    assert empty["epoch_status"] == "Not Assessable: no plots (no address)"
    assert empty["article10_risk"] == "not given" and empty["data_source"] == "Epoch API"
    assert empty["second_opinion"] == "no plots"
    assert source_fact("https://epoch-sco2-api.com", False, "plots from r.gpkg (saved drill-down)") == \
        "Epoch API https://epoch-sco2-api.com · plots from r.gpkg (saved drill-down)"
    assert visits_heading(0, 15, 1).startswith("Plots to visit: none")
    assert visits_heading(20, 15, 2).endswith("; 5 more on the next page")
    assert visits_heading(90, 15, 3).endswith("; 75 more on the next pages")
    assert section_title({"country_code": "XX"}) == ("Unnamed producer", "country unknown")


@needs_poppler
def test_report_in_french(french_translation, processing, assessments, env_login, tmp_path):
    """With QGIS in French the PDF's headings, labels, legend, table headers, banner and page numbers are French;
    what the GeoPackage stores (statuses, second opinion, why visit) stays English."""
    pdf, folder = tmp_path / "rapport.pdf", tmp_path / "qfield"
    result = processing.run("epoch_eudr:field_report", {
        "ASSESSMENTS": assessments, "OUTPUT_PDF": str(pdf), "OUTPUT_FOLDER": str(folder),
        "FILTER": f"\"company_name\" IN ('{BOA_VISTA}', '{ESPERANZA}')"})
    text = pdf_text(pdf)
    pages = result["PAGES"]
    assert [int(n) for n in re.findall(r"Page (\d+) sur (?:\d+)", text)] == list(range(1, pages + 1))
    for french_text in ("Statut Epoch", "Second avis", "Risque pays UE", "Risque article 10", "Date d'évaluation",
                        "Source des données", "Localisation", "Légende", "Site",
                        "Parcelles à visiter : 144 (non conformes", "Parcelles à visiter (suite) : n° 16 à 71 sur 144",
                        "Parcelles à visiter : aucune", "Parcelles non conformes (", "Parcelles conformes (",
                        "Mises en doute par le second avis", "DONNÉES DU BAC À SABLE", "Rapport de terrain Epoch EUDR",
                        "Standard : Brazil (BR) ; 3 % des opérateurs contrôlés chaque année",
                        "parcelles téléchargées depuis le serveur", "Surface ha", "Déboisé ha", "Alerte du",
                        "Non conforme", "WGS 84, grille en degrés, sans fond de carte", "Risque élevé",
                        "Bovins · Rondônia"):
        assert french_text in text, french_text
    assert "Contour du bassin" not in text  # both are Direct Plots assessments: no supply shed in the legend
    for english in ("Plots to visit", "Page 1 of", "Legend", "SANDBOX DATA", "Second opinion", "Where it is", "#"):
        assert english not in text, english
    checks = QgsVectorLayer(f"{folder / 'rapport.gpkg'}|layername={FIELD_CHECKS}", "checks", "ogr")
    stored = {(f["epoch_status"], f["second_opinion"]) for f in checks.getFeatures()}
    assert ("Non-Compliant", "Non-Compliant") in stored  # stored values stay English
    assert all(f["why_visit"].startswith(("Epoch:", "second opinion:")) for f in checks.getFeatures())
    pages_layer = QgsVectorLayer(f"{folder / 'rapport.gpkg'}|layername=report_pages", "pages", "ogr")
    assert {f["status"] for f in pages_layer.getFeatures()} <= {"High Risk", "Medium Risk", "Compliant",
                                                                 "Non-Compliant", "Not Assessable", "Data Error"}


def test_the_qfield_copy_numbers_plots_with_the_languages_sign(processing, assessments, env_login, tmp_path):
    """The field team's form and list say "N° 3 P-..." in French, not "#3" (the PDF's table says "N°" too)."""

    folder = tmp_path / "qfield"
    with speaking("fr_FR", {("FieldPackage", "No."): "N°", ("FieldPackage", "Plot"): "Parcelle"}):
        processing.run("epoch_eudr:field_report", {"ASSESSMENTS": assessments, "FILTER": FILTER,
                                                   "OUTPUT_PDF": str(tmp_path / "r.pdf"), "OUTPUT_FOLDER": str(folder)})
    project = QgsProject()
    assert project.read(str(folder / "r.qgz"))
    checks = next(layer for layer in project.mapLayers().values() if layer.name() == "Field checks (plots to visit)")
    assert checks.attributeAlias(checks.fields().indexOf("visit_no")) == "N°"
    assert checks.attributeAlias(checks.fields().indexOf("plot_id")) == "Parcelle"
    first = next(checks.getFeatures())
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(checks))
    context.setFeature(first)
    shown = QgsExpression(checks.displayExpression()).evaluate(context)
    assert shown == f"N° {first['visit_no']} {first['plot_id']}" and "#" not in shown
