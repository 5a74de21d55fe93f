"""The field report's "Article 10 evidence": the sources kept for the producer's facility, printed on its page.

A results GeoPackage holds two legality sources tables as the plugin writes them (a checked facility beside the
producer's facility, and a screened facility 20 km away). The report keeps the near sources only and prints the
latest with its date, title, the site of an https link and its risk signal, and how many others there are; a
javascript: URL is never printed.
"""

from pathlib import Path

import pytest
from epoch_eudr.core.result_rows import facility_point
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.report.evidence import EVIDENCE
from epoch_eudr.layers.report.field_report import build_field_report, rows_of_layer
from epoch_eudr.layers.writer.gpkg_writer import write_layer
from qgis.core import QgsVectorLayer

from .test_field_report import BOA_VISTA, needs_poppler, pdf_text

SOURCES = [
    ("checked_facilities_sources", 0.002, [
        {"check_id": "a", "position": 1, "date": "2025-03-02", "title": "Cattle ranch fined for clearing",
         "url": "https://news.example.org/a?x=1", "link": "https://news.example.org/a?x=1",
         "risk_signal": "deforestation"},
        {"check_id": "a", "position": 2, "date": "2024-01-15", "title": "Land title dispute in Ariquemes",
         "url": "javascript:alert(1)", "link": None, "risk_signal": "land rights"}]),
    ("mills_sources", 0.2, [  # about 20 km east: another facility's sources
        {"facility_fid": 1, "position": 1, "date": "2025-05-05", "title": "Far away mill story",
         "url": "https://far.example.org/", "link": "https://far.example.org/", "risk_signal": "labour"}]),
]


@pytest.fixture(scope="module")
def boa_vista(sandbox_server, tmp_path_factory):
    from epoch_eudr.core.api import EpochClient, PasswordCredentials
    from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

    folder = tmp_path_factory.mktemp("evidence")
    client = EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    ops.assessments_to_gpkg(client, folder / "assessments.gpkg")
    layer = QgsVectorLayer(f"{folder / 'assessments.gpkg'}|layername=assessments", "assessments", "ogr")
    rows = rows_of_layer(layer, expression=f"\"company_name\" = '{BOA_VISTA}'")
    return client, rows, folder


def _results_with_sources(path: Path, lon: float, lat: float) -> Path:
    for name, east, rows in SOURCES:
        point = {"type": "Point", "coordinates": [lon + east, lat]}
        write_layer(iter({"type": "Feature", "properties": r, "geometry": point} for r in rows), "legality_sources",
                    path, name, derive=False)
    return path


@needs_poppler
def test_the_facility_sources_are_printed_on_its_page_and_only_http_links(boa_vista, tmp_path):
    client, rows, _folder = boa_vista
    lon, lat = facility_point(rows[0])
    results = _results_with_sources(tmp_path / "results.gpkg", lon, lat)
    made = build_field_report(rows, tmp_path / "report.pdf", client=client, drilldowns=results,
                              qfield_folder=tmp_path / "qfield")
    text = " ".join(pdf_text(made.pdf).split())
    # pdftotext reads the table's wrapped cells line by line: each cell's lines are checked, not their order
    for printed in ("Article 10 evidence: source (risk", "Cattle ranch fined for clearing ·",
                    "news.example.org (deforestation)", "2025-03-02", "+1 other"):  # the page prints the latest
        assert printed in text, printed
    assert "javascript" not in text and "Far away mill story" not in text and "Land title" not in text
    stored = QgsVectorLayer(f"{made.gpkg}|layername={EVIDENCE}", "evidence", "ogr")
    kept = [(f["rank"], f["title"], f["link"]) for f in stored.getFeatures()]
    assert kept[0] == (1, "Cattle ranch fined for clearing", "https://news.example.org/a?x=1")
    assert kept[1][1] == "Land title dispute in Ariquemes" and not kept[1][2]


@needs_poppler
def test_without_sources_nothing_is_printed(boa_vista, tmp_path):
    client, rows, _folder = boa_vista
    made = build_field_report(rows, tmp_path / "report.pdf", client=client)
    assert "Article 10 evidence" not in pdf_text(made.pdf)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_printed_risk_signal_is_the_docks_word(qgis_app, language, request):
    """The report's table words a source's risk signal as the dock's sources list does (one table of words), in
    the user's language; a signal not in it is printed as the server wrote it."""
    from epoch_eudr.layers.qgis_compat import make_field
    from epoch_eudr.layers.report.evidence import risk_signal_expression
    from epoch_eudr.layers.words.legality_words import risk_signal_text
    from qgis.core import QgsExpression, QgsExpressionContext, QgsFeature, QgsFields

    if language == "fr":
        request.getfixturevalue("french")
    fields = QgsFields()
    fields.append(make_field("risk_signal", "QString"))
    expression = QgsExpression(risk_signal_expression("risk_signal"))
    assert not expression.hasParserError(), expression.parserErrorString()
    printed = {}
    for value in ("deforestation", "land_rights", "Land-Rights", "  human   rights ", "labor", "carbon credits"):
        feature = QgsFeature(fields)
        feature.setAttribute(0, value)
        context = QgsExpressionContext()
        context.setFeature(feature)
        printed[value] = expression.evaluate(context)
        assert printed[value] == risk_signal_text(value), (value, printed[value])
    assert printed["carbon credits"] == "carbon credits"
    if language == "fr":
        assert printed["land_rights"] != "land rights"  # the French word, not the server's


@needs_poppler
def test_the_page_prints_its_nearest_latest_source_whole_and_says_how_many_more(boa_vista, tmp_path):
    """Four near sources with long titles and the longest risk signal: the page prints the latest one whole (its
    title cut, its site and signal whole) and says under its date how many more there are (a table frame drops a
    row it cannot show without a word: three were kept and not printed); the QField copy keeps all four."""
    client, rows, _folder = boa_vista
    lon, lat = facility_point(rows[0])
    long = [{"check_id": "a", "position": n, "date": f"2025-0{n}-01", "url": f"https://news{n}.example.org/x",
             "link": f"https://news{n}.example.org/x", "risk_signal": "supply chain integrity",
             "title": f"Synthetic report {n}: labour in the commodity sector of Rondônia state, {n} mills"}
            for n in range(1, 5)]
    point = {"type": "Point", "coordinates": [lon + 0.002, lat]}
    write_layer(iter({"type": "Feature", "properties": r, "geometry": point} for r in long), "legality_sources",
                tmp_path / "results.gpkg", "checked_facilities_sources", derive=False)
    made = build_field_report(rows, tmp_path / "report.pdf", client=client, drilldowns=tmp_path / "results.gpkg",
                              qfield_folder=tmp_path / "qfield")
    stored = QgsVectorLayer(f"{made.gpkg}|layername={EVIDENCE}", "evidence", "ogr")
    assert stored.featureCount() == 4
    text = " ".join(pdf_text(made.pdf).split())
    # pdftotext -layout puts the date column's lines between the source's: each line checked on its own
    assert "Synthetic report 4: labour in the" in text and "commodity … · news4.example.org" in text
    assert "(supply chain integrity)" in text and "Synthetic report 3" not in text
    assert "+3 others" in text
