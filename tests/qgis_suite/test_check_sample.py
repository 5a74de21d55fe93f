"""epoch_eudr:check_sample through processing.run on the sandbox's assessments (issue 16 part 1).

Shares: Regulation (EU) 2023/1115, Art. 16 (9 % high, 3 % standard, 1 % low, at least one per class);
classes: Implementing Regulation (EU) 2025/1093.
"""

import html
import re
import sqlite3

import pytest
from epoch_eudr.core.check_sample import required_count
from epoch_eudr.core.eu_benchmark import eu_fields_of_row
from qgis.core import QgsApplication, QgsCategorizedSymbolRenderer, QgsVectorLayer


@pytest.fixture
def assessments(processing, env_login, tmp_path):
    result = processing.run("epoch_eudr:fetch_assessments", {"OUTPUT": str(tmp_path / "a.gpkg")})
    layer = QgsVectorLayer(result["OUTPUT"], "assessments", "ogr")
    assert layer.isValid() and layer.featureCount() >= 5
    return result["OUTPUT"]


def _rows(path):
    layer = QgsVectorLayer(path, "sample", "ogr")
    assert layer.isValid()
    return layer, [{f.name(): feature[f.name()] for f in layer.fields()} | {"_wkt": feature.geometry().asWkt(6)}
                   for feature in layer.getFeatures()]


def _tip(layer, source_fid):
    """The map tip QGIS shows for the sample row of assessment ``source_fid`` (its words, tags removed)."""
    from epoch_eudr.layers.styles.renderers import apply_style
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    apply_style(layer, "assessments")
    feature = next(f for f in layer.getFeatures() if f["epoch_source_fid"] == source_fid)
    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    context.setFeature(feature)
    tip = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    spaced = re.sub(r"<br>|</?tr>|</?table>", " ", tip.replace("</td><td>", ": "))
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", spaced)).split())


def test_algorithm_is_registered(processing):
    algorithm = QgsApplication.processingRegistry().algorithmById("epoch_eudr:check_sample")
    assert algorithm is not None
    assert {p.name() for p in algorithm.parameterDefinitions()} >= {"INPUT", "SEED", "RANDOM_SHARE", "OUTPUT"}


def test_check_sample_twice_into_the_same_geopackage(processing, assessments, tmp_path):
    assessments = QgsVectorLayer(assessments, "assessments", "ogr")
    out = tmp_path / "results.gpkg"
    params = {"INPUT": assessments, "SEED": 7, "OUTPUT": f"{out}|layername=check_sample"}
    first = processing.run("epoch_eudr:check_sample", params)
    layer, rows = _rows(first["OUTPUT"])
    assert isinstance(layer.renderer(), QgsCategorizedSymbolRenderer)  # the assessments style, kept in the file

    source = [{f.name(): feature[f.name()] for f in assessments.fields()} for feature in assessments.getFeatures()]
    producers = {}
    for row in source:
        risk = eu_fields_of_row(row)["eu_country_risk"]
        producers.setdefault(risk, set()).add((row["company_name"] or "").lower())
    expected = sum(required_count(len(names), {"high": 9, "low": 1}.get(risk, 3)) for risk, names in producers.items())
    picked = {(r["company_name"] or "").lower() for r in rows}
    assert len(picked) == expected and first["COUNT"] == len(rows) >= expected
    assert all(r["sample_reason"] and r["sample_order"] >= 1 for r in rows)
    assert {r["eu_country_risk"] for r in rows} <= {"low", "standard", "high", "unknown"}
    assert "Check sample (seed 7)" in first["SUMMARY"] and "(s)" not in first["SUMMARY"]  # the dock's words

    # highest Epoch risk first: the first standard-risk pick is the worst standard-risk producer
    standard = [r for r in source if eu_fields_of_row(r)["eu_country_risk"] == "standard"]
    first_standard = min((r for r in rows if r["eu_country_risk"] == "standard"), key=lambda r: r["sample_order"])
    assert first_standard["risk_rank"] == max(r["risk_rank"] for r in standard)
    assert first_standard["sample_reason"] == "risk_order"  # a code; the map tip words it
    assert f"Check sample #{first_standard['sample_order']}: standard-risk country (3 %): the producer, all its " \
           f"assessments: {first_standard['status']} at worst" in _tip(layer, first_standard["epoch_source_fid"])

    # same geometry as the input feature
    by_fid = {feature.id(): feature.geometry().asWkt(6) for feature in assessments.getFeatures()}
    assert all(r["_wkt"] == by_fid[r["epoch_source_fid"]] for r in rows)

    second = processing.run("epoch_eudr:check_sample", params)  # again, into the same file and layer
    assert second["OUTPUT"] == first["OUTPUT"]
    _, again = _rows(second["OUTPUT"])
    assert again == rows  # reproducible, replaced (not appended)
    other = processing.run("epoch_eudr:check_sample", {**params, "SEED": 8, "RANDOM_SHARE": 1.0})
    seeded_layer, seeded = _rows(other["OUTPUT"])
    assert len({r["company_name"] for r in seeded}) == expected and all(r["sample_reason"] == "random_pick"
                                                                         for r in seeded)
    assert all("random pick (seed 8)" in _tip(seeded_layer, r["epoch_source_fid"]) for r in seeded)
    with sqlite3.connect(out) as db:
        tables = [t for (t,) in db.execute("SELECT table_name FROM gpkg_contents")]
    assert tables.count("check_sample") == 1


def _number(value):
    """A field's number, ``None`` for NULL (QGIS 3.22 gives an invalid QVariant)."""
    return None if value is None or type(value).__name__ == "QVariant" else value


def test_the_tip_tells_the_rows_figures_from_the_producers_totals(processing, assessments, tmp_path):
    """A producer is picked on its figures over all its assessments (Regulation (EU) 2023/1115, Art. 16, as
    ``core.check_sample`` ranks producers): each row's tip gives the row's own NC plots, then the producer's
    worst status, NC plots summed and largest NC area share, said to be the producer's, all its assessments."""
    source = QgsVectorLayer(assessments, "assessments", "ogr")
    out = tmp_path / "sample.gpkg"
    result = processing.run("epoch_eudr:check_sample", {"INPUT": source, "SEED": 7,
                                                         "OUTPUT": f"{out}|layername=check_sample"})
    layer, rows = _rows(result["OUTPUT"])
    producers = {}
    for feature in source.getFeatures():
        row = {f.name(): feature[f.name()] for f in source.fields()}
        key = (eu_fields_of_row(row)["eu_country_risk"], " ".join(str(row["company_name"]).lower().split()))
        producers.setdefault(key, []).append(row)
    several = 0
    for row in rows:
        own = producers[(row["eu_country_risk"], " ".join(str(row["company_name"]).lower().split()))]
        worst = max(own, key=lambda r: r["risk_rank"])["status"]
        total = sum(_number(r["noncompliance_plot_count"]) or 0 for r in own)
        largest = max(_number(r["noncompliance_area_perc"]) or 0 for r in own) * 100
        said = _tip(layer, row["epoch_source_fid"])
        plots = _number(row["noncompliance_plot_count"])
        assert f"NC plots: {'–' if plots is None else plots} " in said, said  # the row's own
        totals = f"the producer, all its assessments: {worst} at worst, {total} NC plot{'' if total == 1 else 's'}" \
                 " in all"
        assert totals in said, (totals, said)
        if largest:
            assert f", up to {largest:.1f} % of an assessment's area non-compliant;" in said, said
        several += len(own) > 1 and len({r["noncompliance_plot_count"] for r in own}) > 1
    assert several  # a producer whose rows differ (PT Sawit Lestari Makmur: palm 13, rubber 1 -> 14 in all)
