"""Results back on the user's layer, from the dock's Screening tab, on the layers users really have.

"Copy layer with results" must keep every source attribute with its value (the bundled sample's ``Area``
mixes numbers and text: OGR reports it as a JSON field, which the GeoPackage writer of QGIS 3.22 refuses
and QGIS 3.22 reads as NULL), and "Join results to the layer" must show the results on every feature of a
GeoJSON, Shapefile, GeoPackage, CSV of points, memory layer or filtered layer, or not be offered, with why.
"""

import json
import re
from pathlib import Path

import pytest
from epoch_eudr.core.api.errors import CancelledError
from epoch_eudr.core.result_kinds import kind_for_location
from epoch_eudr.core.result_rows import SOURCE_KEY
from epoch_eudr.layers.writer.join import (
    DEFAULT_JOIN_FIELDS,
    JOIN_PREFIX,
    JOINED_RESULTS_PROPERTY,
    OgrValues,
    copy_source_fields,
    copy_with_results,
    gpkg_fid_column,
)
from osgeo import gdal, ogr
from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsMapLayer,
    QgsProject,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
)
from qgis.PyQt.QtCore import QDate, QDateTime, QUrl, QVariant

from .dock_driver import click, log_in, wait_until

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_plots.geojson"
REAL = REPO / "tests" / "data" / "real"


def plain(value):
    """A QGIS or OGR value as plain Python (NULL -> None)."""
    if value is None or (isinstance(value, QVariant) and value.isNull()):
        return None
    return value


def same(copied, expected) -> bool:
    """Equal as numbers when both are numbers (``2.1899999999999999`` is 2.19), else as text."""
    copied, expected = plain(copied), plain(expected)
    if copied is None or expected is None:
        return copied is None and (expected is None or expected == "")
    try:
        return abs(float(copied) - float(expected)) < 1e-9
    except (TypeError, ValueError):
        return str(copied) == str(expected)


def ogr_rows(path: Path):
    """The file's features as OGR reads them, in file order: ``[{field: value}]``."""
    dataset = ogr.Open(str(path))
    layer = dataset.GetLayer(0)
    names = [layer.GetLayerDefn().GetFieldDefn(i).GetName() for i in range(layer.GetLayerDefn().GetFieldCount())]
    fid_column = layer.GetFIDColumn()  # a GeoPackage's fid: a field in QGIS
    rows = [{**({fid_column: feature.GetFID()} if fid_column else {}),
             **{name: feature.GetField(name) for name in names}} for feature in layer]
    dataset = None  # noqa: F841 (closes the file)
    return rows


def translate(target: Path, fmt: str, **options) -> Path:
    out = gdal.VectorTranslate(str(target), str(SAMPLE), options=gdal.VectorTranslateOptions(format=fmt, **options))
    assert out is not None, f"GDAL could not write {target}"
    out = None  # noqa: F841 (closes the file)
    return target


def csv_points(tmp_path: Path) -> Path:
    """The sample's plots as a CSV of points (their centroids in X/Y columns), as suppliers send them."""
    return translate(tmp_path / "plots.csv", "CSV", SQLStatement="SELECT ST_Centroid(geometry) AS geometry, "
                     '"Plot ID", Productor, Area, Pais, Cultivo, Estado FROM sample_plots', SQLDialect="SQLITE",
                     layerCreationOptions=["GEOMETRY=AS_XY"])


def make_layer(case: str, tmp_path: Path):
    """The layer a user opens for ``case``, and the file it reads (its values as OGR reads them are expected)."""
    if case == "geojson":
        return QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr"), SAMPLE
    if case in ("idn_kalimantan", "whisp_geojson_example"):
        path = REAL / f"{case}.geojson"
        return QgsVectorLayer(str(path), case, "ogr"), path
    if case == "shapefile":
        path = translate(tmp_path / "plots.shp", "ESRI Shapefile", layerCreationOptions=["ENCODING=UTF-8"])
        return QgsVectorLayer(str(path), "plots shp", "ogr"), path
    if case == "geopackage":
        path = translate(tmp_path / "plots.gpkg", "GPKG", layerName="plots")
        return QgsVectorLayer(f"{path}|layername=plots", "plots gpkg", "ogr"), path
    if case == "csv":
        path = csv_points(tmp_path)
        uri = QUrl.fromLocalFile(str(path)).toString() + "?type=csv&xField=X&yField=Y&crs=EPSG:4326&detectTypes=yes"
        return QgsVectorLayer(uri, "plots csv", "delimitedtext"), path
    if case == "memory":
        source = QgsVectorLayer(str(translate(tmp_path / "plots.gpkg", "GPKG", layerName="plots")), "f", "ogr")
        return source.materialize(QgsFeatureRequest()), None
    if case == "subset":
        layer = QgsVectorLayer(str(SAMPLE), "sample filtered", "ogr")
        assert layer.setSubsetString("\"Productor\" IN ('Finca La Esperanza', 'Cooperativa El Cafetal')")
        return layer, SAMPLE
    raise AssertionError(case)


def expected_rows(layer: QgsVectorLayer, path):
    """Each feature of ``layer`` (its id) with the attribute values the file holds for it (OGR), in layer order."""
    features = list(layer.getFeatures())
    if path is None:  # a memory layer: its own values
        return [(f.id(), dict(zip(layer.fields().names(), f.attributes()))) for f in features]
    rows = ogr_rows(path)
    if layer.subsetString():
        kept = {(f["Plot ID"]) for f in features}
        rows = [row for row in rows if row["Plot ID"] in kept]
    assert len(rows) == len(features)
    return [(f.id(), row) for f, row in zip(features, rows)]


def screen(dock, layer):
    QgsProject.instance().addMapLayer(layer)
    screening = dock.screening
    screening.layer_combo.setLayer(layer)
    click(screening.run_button)
    wait_until(lambda: screening.result_layer is not None and not screening.task_bar.busy(), timeout=120)
    return screening


def results_by_source(screening):
    key = screening.result_layer.fields().indexOf(SOURCE_KEY)
    return {int(f.attribute(key)): f for f in screening.result_layer.getFeatures()}


def press_copy(screening):
    before = set(QgsProject.instance().mapLayers())
    assert screening.copy_button.isEnabled(), screening.copy_button.toolTip()
    click(screening.copy_button)
    wait_until(lambda: not screening.task_bar.busy(), timeout=120)
    added = [QgsProject.instance().mapLayer(i) for i in set(QgsProject.instance().mapLayers()) - before]
    assert len(added) == 1, screening.status.text()
    return added[0]


CASES = ["geojson", "idn_kalimantan", "whisp_geojson_example", "shapefile", "geopackage", "csv", "memory", "subset"]


@pytest.mark.parametrize("case", CASES)
def test_copy_and_join_keep_every_value_and_show_every_result(dock, tmp_path, case):
    log_in(dock)
    layer, path = make_layer(case, tmp_path)
    assert layer.isValid()
    before_bytes = path.read_bytes() if path is not None else None
    provider_fields = layer.dataProvider().fields().names()
    screening = screen(dock, layer)
    results = results_by_source(screening)
    expected = expected_rows(layer, path)
    assert results and set(results) == {fid for fid, _ in expected}, screening.status.text()
    wanted = [name for name in DEFAULT_JOIN_FIELDS[kind_for_location(screening.location).key]
              if screening.result_layer.fields().indexOf(name) >= 0]
    source_names = layer.fields().names()

    copied = press_copy(screening)
    assert "copied with their results" in screening.status.text()
    copied_names = copied.fields().names()
    fid_column = gpkg_fid_column(layer)
    if fid_column not in source_names:  # the GeoPackage's own feature id comes first
        assert copied_names.pop(0) == fid_column
    assert copied_names == source_names + [JOIN_PREFIX + name for name in wanted]
    rows = sorted(copied.getFeatures(), key=lambda f: f.id())
    assert len(rows) == len(expected)
    for out, (fid, values) in zip(rows, expected):
        for name in source_names:
            assert same(out[name], values[name]), (case, fid, name, out[name], values[name])
        for name in wanted:
            assert same(out[JOIN_PREFIX + name], results[fid][name]), (case, fid, name)
        assert out.geometry().equals(layer.getFeature(fid).geometry()) or case == "csv"
    assert copied.mapTipTemplate() and not _tip_errors(copied), _tip_errors(copied)  # the results' tip, read
    if case == "geojson":  # the mixed column, kept: numbers and text as the file has them
        areas = [out["Area"] for out in rows]
        assert "5,84" in areas and any(same(a, 2.54) for a in areas)

    assert screening.join_button.isEnabled(), screening.join_button.toolTip()
    click(screening.join_button)
    assert "joined" in screening.status.text(), screening.status.text()
    joined = list(layer.getFeatures())
    assert len(joined) == len(expected)
    for feature in joined:
        result = results[feature.id()]
        assert plain(feature[JOIN_PREFIX + wanted[0]]) is not None, (case, feature.id())
        for name in wanted:
            assert same(feature[JOIN_PREFIX + name], result[name]), (case, feature.id(), name)
    click(screening.join_button)  # joining again replaces the join: no duplicate fields
    assert layer.fields().names().count(JOIN_PREFIX + wanted[0]) == 1
    assert layer.dataProvider().fields().names() == provider_fields  # the data is never edited
    if path is not None:
        assert path.read_bytes() == before_bytes


def test_a_screened_file_is_copied_and_the_join_says_why_it_is_not_offered(dock, tmp_path):
    """A file picked in "or file" is no layer of the project: nothing to join to, and the button says so."""
    log_in(dock)
    path = translate(tmp_path / "plots.geojson", "GeoJSON")
    screening = dock.screening
    screening.file_widget.setFilePath(str(path))
    click(screening.run_button)
    wait_until(lambda: screening.result_layer is not None and not screening.task_bar.busy(), timeout=120)
    assert not screening.join_button.isEnabled()
    assert "not a layer of the project" in screening.join_button.toolTip()
    copied = press_copy(screening)
    assert copied.featureCount() == 30
    assert sorted(str(plain(f["Area"])) for f in copied.getFeatures() if plain(f["Area"]) is not None)
    assert all(plain(f["epoch_status"]) for f in copied.getFeatures())


def results_for(layer: QgsVectorLayer) -> QgsVectorLayer:
    """A screening's results for every feature of ``layer`` (status by feature id), as a results layer holds them."""
    results = QgsVectorLayer(f"None?field={SOURCE_KEY}:integer&field=status:string&field=risk:string", "r", "memory")
    rows = []
    for feature in layer.getFeatures():
        row = QgsFeature(results.fields())
        row.setAttributes([feature.id(), "Compliant" if feature.id() % 2 else "Non-Compliant", f"r{feature.id()}"])
        rows.append(row)
    results.dataProvider().addFeatures(rows)
    return results


def copy_of(layer, results, gpkg, name="copy", cancel=lambda: False, progress=None):
    fields = copy_source_fields(layer)
    count = copy_with_results(QgsVectorLayerFeatureSource(layer), fields, layer.wkbType(), layer.crs(),
                              QgsProject.instance().transformContext(), QgsVectorLayerFeatureSource(results),
                              results.fields(), gpkg, name, "screened_plots", cancel=cancel, progress=progress,
                              total=layer.featureCount(),
                              ogr_values=OgrValues.of(layer, fields), fid_column=gpkg_fid_column(layer))
    return count, QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")


def test_every_field_type_is_copied_with_its_value(qgis_app, tmp_path):
    """Lists, maps, booleans, dates, blobs, and a text property named ``fid`` (the GeoPackage's id column)."""
    path = tmp_path / "odd.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [-6.35 - i / 100, 6.05]},
         "properties": {"fid": f"A-{i}", "tags": ["a", "b"] if i else ["c"], "extra": {"k": i},
                        "mixed": [1.5, "1,5", None, 7][i], "when": f"2024-01-0{i + 1}", "ok": bool(i % 2)}}
        for i in range(4)]}), encoding="utf-8")
    layer = QgsVectorLayer(str(path), "odd", "ogr")
    assert layer.isValid()
    count, copied = copy_of(layer, results_for(layer), tmp_path / "out.gpkg")
    assert count == 4 and copied.isValid()
    expected = ogr_rows(path)
    rows = sorted(copied.getFeatures(), key=lambda f: f.id())
    for out, row in zip(rows, expected):
        for name in ("tags", "extra", "mixed", "when", "ok"):
            if isinstance(row[name], list):  # OGR's string list
                assert json.loads(out[name]) == row[name], (name, out[name], row[name])
            elif isinstance(row[name], str) and row[name][:1] in "[{":
                assert json.loads(out[name]) == json.loads(row[name]), (name, out[name], row[name])
            elif isinstance(out[name], QDate):  # a date stays a date (OGR writes 2024/01/01)
                assert out[name].toString("yyyy/MM/dd") == row[name]
            else:
                assert same(out[name], row[name]) or str(plain(out[name])).lower() == str(row[name]).lower(), \
                    (name, out[name], row[name])
    assert [plain(out["mixed"]) for out in rows] == ["1.5", "1,5", None, "7"]
    assert [out["fid"] for out in rows] == ["A-0", "A-1", "A-2", "A-3"] and copied.fields().names()[0] == "fid_2"
    assert {plain(out["epoch_status"]) for out in rows} == {"Compliant", "Non-Compliant"}
    assert [plain(out["epoch_risk"]) for out in rows] == [f"r{f.id()}" for f in layer.getFeatures()]
    memory = layer.materialize(QgsFeatureRequest())
    date_field = QgsVectorLayer("Point?crs=EPSG:4326&field=d:date&field=t:datetime&field=b:boolean", "typed", "memory")
    feature = QgsFeature(date_field.fields())
    feature.setAttributes([QDate(2024, 2, 29), QDateTime(2024, 2, 29, 13, 5), True])
    date_field.dataProvider().addFeatures([feature])
    table = QgsVectorLayer("None?field=address:string", "addresses", "memory")  # facilities by address
    row = QgsFeature(table.fields())
    row.setAttributes(["Rue 1, Soubré"])
    table.dataProvider().addFeatures([row])
    for source in (memory, table, date_field):
        count, copied = copy_of(source, results_for(source), tmp_path / "out.gpkg", name=source.name())
        assert count == source.featureCount() and copied.featureCount() == count, source.name()
    typed = next(copied.getFeatures())
    assert typed["d"] == QDate(2024, 2, 29) and typed["t"] == QDateTime(2024, 2, 29, 13, 5) and typed["b"] in (True, 1)


def test_a_cancelled_or_repeated_copy_leaves_a_whole_layer(qgis_app, tmp_path):
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    results = results_for(layer)
    gpkg = tmp_path / "out.gpkg"
    assert copy_of(layer, results, gpkg)[0] == 30
    before = gpkg.read_bytes()
    with pytest.raises(CancelledError):
        copy_of(layer, results, gpkg, cancel=lambda: True)
    assert gpkg.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["out.gpkg"]
    farms = QgsVectorLayer(str(REAL / "nicaragua_coffee_efico.geojson"), "farms", "ogr")  # 1124 features
    seen = []
    with pytest.raises(CancelledError):  # cancelled half-way, as the task bar's Cancel does
        copy_of(farms, results_for(farms), gpkg, name="copy", progress=seen.append, cancel=lambda: len(seen) > 1)
    assert seen == [pytest.approx(100 * 500 / 1124), pytest.approx(100 * 1000 / 1124)]
    assert gpkg.read_bytes() == before and [p.name for p in tmp_path.iterdir()] == ["out.gpkg"]
    layer.setSubsetString("\"Cultivo\" = 'coffee'")
    count, copied = copy_of(layer, results, gpkg)  # again: replaces the layer
    assert count == copied.featureCount() == layer.featureCount() < 30


def test_a_joined_layer_is_copied_once_and_joined_again_on_its_key(dock, tmp_path):
    """After a join, the copy has the results once (not the joined fields too); a saved project keeps the join."""
    log_in(dock)
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    screening = screen(dock, layer)
    click(screening.join_button)
    assert "epoch_fid" in layer.fields().names() and "epoch_status" in layer.fields().names()
    copied = press_copy(screening)
    names = copied.fields().names()
    assert names.count("epoch_status") == 1 and "epoch_fid" not in names
    project = tmp_path / "p.qgz"
    assert QgsProject.instance().write(str(project))
    results = results_by_source(screening)
    QgsProject.instance().clear()
    assert QgsProject.instance().read(str(project))
    (again,) = QgsProject.instance().mapLayersByName("sample_plots")
    assert {f.id(): f["epoch_status"] for f in again.getFeatures()} == {
        fid: r["status"] for fid, r in results.items()}


def _colour_by(layer, key):
    """The colour QGIS draws each feature of ``layer`` with, by ``key(feature)``."""
    from qgis.core import QgsExpressionContextUtils, QgsRenderContext

    renderer = layer.renderer().clone()
    context = QgsRenderContext()
    context.expressionContext().appendScopes(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    renderer.startRender(context, layer.fields())
    colours = {}
    for feature in layer.getFeatures():
        context.expressionContext().setFeature(feature)
        symbol = renderer.symbolForFeature(feature, context)
        colours[key(feature)] = symbol.color().name() if symbol is not None else None
    renderer.stopRender(context)
    return colours


def test_the_copy_with_results_is_drawn_in_the_screened_results_colours(dock, tmp_path):
    """The copy is not a plain grey layer: each feature in its status colour, as on the screened results."""
    log_in(dock)
    layer, _path = make_layer("geojson", tmp_path)
    screening = screen(dock, layer)
    copy = press_copy(screening)
    assert copy.renderer().type() == "categorizedSymbol", copy.renderer().type()
    plot_ids = {feature.id(): feature["Plot ID"] for feature in layer.getFeatures()}
    drawn = _colour_by(copy, lambda feature: feature["Plot ID"])
    expected = _colour_by(screening.result_layer, lambda feature: plot_ids[int(feature[SOURCE_KEY])])
    assert drawn == expected and len(drawn) == len(plot_ids)
    assert len(set(drawn.values())) >= 2 and None not in drawn.values()  # Compliant and Non-Compliant: two colours
    # the legend names the statuses as the results layer's does
    assert [c.label() for c in copy.renderer().categories()] == \
        [c.label() for c in screening.result_layer.renderer().categories()]


def _tips(layer, key):
    """Each feature's map tip as QGIS shows it (the template's expressions evaluated), by ``key(feature)``."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    tips = {}
    for feature in layer.getFeatures():
        context.setFeature(feature)
        tips[key(feature)] = QgsExpression.replaceExpressionText(layer.mapTipTemplate(), context)
    return tips


def _tip_errors(layer):
    """The errors of the map tip's expressions (parsing, or evaluating on each feature)."""
    from qgis.core import QgsExpression, QgsExpressionContext, QgsExpressionContextUtils

    context = QgsExpressionContext(QgsExpressionContextUtils.globalProjectLayerScopes(layer))
    errors = []
    for block in re.findall(r"\[%(.*?)%\]", layer.mapTipTemplate(), re.DOTALL):
        expression = QgsExpression(block)
        if expression.hasParserError():
            errors.append(expression.parserErrorString())
            continue
        for feature in layer.getFeatures():
            context.setFeature(feature)
            expression.evaluate(context)
            if expression.hasEvalError():
                errors.append(expression.evalErrorString())
    return errors


def _parts(tip):
    """A map tip's title, its status line and its table rows."""
    head, _, table = tip.partition("<table>")
    title, _, status = head.partition("<br>")
    return title, status, re.findall(r"<tr>.*?</tr>", table)


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_copy_with_results_has_the_results_map_tip(dock, tmp_path, language, request):
    """Hovering a feature of the copy tells what the screened result's tip tells of the same fields: the status
    in the same words and colour, the area, the deforested area and the alert as the results layer shows them,
    in the user's language, under the user's own plot id. It had no map tip at all."""
    log_in(dock)
    if language == "fr":
        request.getfixturevalue("french")
    layer, _path = make_layer("geojson", tmp_path)
    screening = screen(dock, layer)
    copy = press_copy(screening)
    assert copy.mapTipTemplate(), "the copy has no map tip"
    plot_ids = {feature.id(): feature["Plot ID"] for feature in layer.getFeatures()}
    expected = _tips(screening.result_layer, lambda feature: plot_ids[int(feature[SOURCE_KEY])])
    shown = _tips(copy, lambda feature: feature["Plot ID"])
    assert shown.keys() == expected.keys() and len(shown) == len(plot_ids)
    colours = set()
    for plot, tip in shown.items():
        title, status, rows = _parts(tip)
        _, result_status, result_rows = _parts(expected[plot])
        assert title.startswith(f"<b>{plot}")  # the user's plot id (and producer)
        assert status == result_status and "color" in status  # the status in the same words and colour
        colours.add(status)
        assert len(rows) >= 3 and set(rows) <= set(result_rows), (rows, result_rows)  # area, deforested, alert
    assert len(colours) >= 2  # Compliant and Non-Compliant
    if language == "fr":  # the words are French
        assert not any("Compliant" in status for status in colours) and all("Area" not in tip for tip in shown.values())


def test_the_copy_of_screened_facilities_has_their_map_tip(dock):
    """A facility copy's tip: the level in the results' words and colour, read from the copied fields."""
    from .helpers import facilities_layer

    log_in(dock)
    layer = facilities_layer()
    screening = screen(dock, layer)
    assert kind_for_location(screening.location).key == "facilities"
    copy = press_copy(screening)
    assert copy.mapTipTemplate() and not _tip_errors(copy), _tip_errors(copy)
    names = {feature.id(): feature["name"] for feature in layer.getFeatures()}
    expected = _tips(screening.result_layer, lambda feature: names[int(feature[SOURCE_KEY])])
    shown = _tips(copy, lambda feature: feature["name"])
    assert expected.keys() <= shown.keys() and len(shown) == layer.featureCount()  # one without a result: no level
    assert len(expected) >= 2
    for name in expected:
        tip = shown[name]
        level = [f["epoch_level"] for f in copy.getFeatures() if f["name"] == name][0]
        assert level and level.lower() in tip.lower() and "color" in tip, tip


def test_a_filtered_result_layer_is_copied_with_every_result_and_a_second_copy_replaces_the_first(dock, tmp_path):
    """The user filtered the screened results to look at some (the map shows 3 of 30): the copy still carries
    every feature's result, as the message says; copying again refreshes the layer shown, never a second one."""
    log_in(dock)
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    screening = screen(dock, layer)
    results = results_by_source(screening)
    statuses = {fid: r["status"] for fid, r in results.items()}
    shown = next(s for s in set(statuses.values()) if 0 < list(statuses.values()).count(s) < len(statuses))
    assert screening.result_layer.setSubsetString(f"\"status\" = '{shown}'")
    assert 0 < screening.result_layer.featureCount() < len(results)
    copied = press_copy(screening)

    def copied_statuses():  # the copy's rows in the source's order (a GeoPackage counts its fids from 1)
        return [f["epoch_status"] for f in sorted(copied.getFeatures(), key=lambda f: f.id())]

    assert copied_statuses() == [statuses[fid] for fid in sorted(statuses)]
    assert f"{len(results)} features copied with their results" in screening.status.text()
    assert screening.result_layer.featureCount() == list(statuses.values()).count(shown)  # the filter kept
    before = set(QgsProject.instance().mapLayers())
    click(screening.copy_button)
    wait_until(lambda: not screening.task_bar.busy(), timeout=120)
    assert set(QgsProject.instance().mapLayers()) == before, "a second copy added a second layer"
    assert copied_statuses() == [statuses[fid] for fid in sorted(statuses)]
    assert copied.renderer() is not None and copied.renderer().type() != "singleSymbol"


def test_a_join_shows_every_result_whatever_filter_the_results_have(dock, tmp_path):
    """QGIS joins read the join layer through its filter, and the dock's filters are the results layer's own: the
    join reads a layer of its own (in the project, not in its tree), so every feature shows its result while the
    table shows 3 of 30, and still once the table's filter changes; joining again adds no second such layer."""
    log_in(dock)
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    QgsProject.instance().addMapLayer(layer)
    screening = screen(dock, layer)
    statuses = {fid: r["status"] for fid, r in results_by_source(screening).items()}
    shown = next(s for s in set(statuses.values()) if 0 < list(statuses.values()).count(s) < len(statuses))
    assert screening.result_layer.setSubsetString(f"\"status\" = '{shown}'")
    click(screening.join_button)
    assert "joined" in screening.status.text(), screening.status.text()

    def joined():
        return {f.id(): f[JOIN_PREFIX + "status"] for f in layer.getFeatures()}

    assert joined() == statuses
    assert screening.result_layer.setSubsetString(f"\"status\" <> '{shown}'")  # another filter in the table
    assert joined() == statuses
    reading = [lyr for lyr in QgsProject.instance().mapLayers().values()
               if lyr.customProperty(JOINED_RESULTS_PROPERTY)]
    assert len(reading) == 1 and not reading[0].subsetString()
    assert QgsProject.instance().layerTreeRoot().findLayer(reading[0].id()) is None  # not in the layers panel
    offered = [screening.layer_combo.layer(i) for i in range(screening.layer_combo.count())]
    assert reading[0] not in offered and layer in offered  # nor offered to screen (QGIS 3.22 offered it)
    click(screening.join_button)
    assert [lyr.id() for lyr in QgsProject.instance().mapLayers().values()
            if lyr.customProperty(JOINED_RESULTS_PROPERTY)] == [reading[0].id()]
    assert joined() == statuses


def test_a_join_of_results_is_there_when_the_project_opens_again(dock, tmp_path):
    log_in(dock)
    layer = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    QgsProject.instance().addMapLayer(layer)
    screening = screen(dock, layer)
    statuses = {fid: r["status"] for fid, r in results_by_source(screening).items()}
    click(screening.join_button)
    project = QgsProject.instance()
    saved = tmp_path / "joined.qgz"
    assert project.write(str(saved))
    project.clear()
    assert project.read(str(saved))
    (again,) = [lyr for lyr in project.mapLayers().values() if lyr.name() == "sample_plots"]
    assert {f.id(): f[JOIN_PREFIX + "status"] for f in again.getFeatures()} == statuses
    reading = [lyr for lyr in project.mapLayers().values() if lyr.customProperty(JOINED_RESULTS_PROPERTY)]
    assert len(reading) == 1 and project.layerTreeRoot().findLayer(reading[0].id()) is None
    assert reading[0].flags() & QgsMapLayer.LayerFlag.Private  # still offered in no combo box
    project.clear()


def test_a_join_whose_results_file_is_gone_is_refused_in_words(qgis_app, tmp_path):
    from epoch_eudr.layers.inputs.source import SourceError
    from epoch_eudr.layers.writer.join import add_virtual_join

    path = tmp_path / "results.gpkg"
    source = QgsVectorLayer(str(SAMPLE), "sample_plots", "ogr")
    driver = ogr.GetDriverByName("GPKG").CreateDataSource(str(path))
    table = driver.CreateLayer("screened", geom_type=ogr.wkbPoint)
    table.CreateField(ogr.FieldDefn(SOURCE_KEY, ogr.OFTInteger))
    driver = table = None
    results = QgsVectorLayer(f"{path}|layername=screened", "screened", "ogr")
    assert results.isValid()
    path.unlink()  # moved or deleted while QGIS shows it
    names = source.fields().names()
    with pytest.raises(SourceError, match="could not open the results of 'screened' again"):
        add_virtual_join(source, results, "screened_plots")
    assert not source.vectorJoins() and source.fields().names() == names  # the source left as it was
