"""The field report's layers, written with GDAL (any thread): plots, outlines, facilities, and the atlas pages.

``report_pages`` is the atlas coverage: one feature per printed page, in order, each carrying every text its
page shows (computed in :mod:`...core.field_report`), so that the layout's labels only read fields. A page's
geometry is its section's extent; the locator map's extent is in ``loc_xmin`` ... ``loc_ymax``.
"""

from __future__ import annotations

import datetime as dt
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Dict, Iterable, Iterator, List, Mapping, Optional, Sequence, Tuple

from osgeo import gdal, ogr, osr
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError
from ...core.coercion import clean_text
from ...core.field_report import (
    FACT_KEYS,
    OVERVIEW,
    ROWS_FIRST_PAGE,
    SectionCounts,
    eu_risk,
    fmt_datetime,
    producer_status,
)
from ...core.risk import (
    PLOT_COMPLIANT,
    PLOT_DATA_ERROR,
    PLOT_NON_COMPLIANT,
    PRODUCER_STATUSES,
    assessment_type,
    compliance_status,
)
from ...core.second_opinion import COMPLIANT, NEEDS_REVIEW, NON_COMPLIANT, PART_FIELDS
from ..styles.store import open_for_update
from ..words.language import commodity_label, status_label, takes_singular
from .labels import map_extent, visit_label_fields
from .words import count, country_text, decimal, epoch_fact

gdal.UseExceptions()

PLOTS, OUTLINES, FACILITIES, PAGES = "report_plots", "report_outlines", "report_facilities", "report_pages"
LOCATOR_ASPECT = 52.0 / 44.0  # width / height of the locator map on the page (see report_layout)


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportData", text)


S, INT, R = ogr.OFTString, ogr.OFTInteger, ogr.OFTReal
PLOT_COLUMNS: List[Tuple[str, int]] = [
    ("section_no", INT), ("collection_id", S), ("producer", S), ("commodity", S), ("plotid", S), ("uuid", S),
    ("status", S), ("status_key", S), ("area", R), ("noncompliance_area", R), ("noncompliance_area_perc", R),
    ("deforestation_alert", S), ("deforestation_start", S), ("deforestation_end", S), ("alert_from", S),
    ("alert_to", S), ("epoch_status", S), ("second_opinion", S), ("second_opinion_word", S),
    ("second_opinion_score", R), *[(name, R) for name in PART_FIELDS], ("second_opinion_loss_percent", R),
    ("second_opinion_alert_date", S), ("second_opinion_country_code", S), ("second_opinion_country_risk", S),
    ("second_opinion_country_from", S), ("second_opinion_reasons", S), ("second_opinion_disagrees", INT),
    ("questioned", INT), ("latitude", R), ("longitude", R), ("visit_no", INT),
    ("visit_reason", S), ("data_error", S), ("area_text", S), ("deforested_text", S), ("lat_text", S),
    ("lon_text", S), ("epoch_status_text", S), ("second_opinion_text", S),
    ("label_x", R), ("label_y", R), ("anchor_x", R), ("anchor_y", R), ("leader", INT),  # see report_labels
]
PAGE_COLUMNS: List[Tuple[str, int]] = [
    ("page_no", INT), ("page_total", INT), ("page_label", S), ("section_no", INT), ("collection_id", S),
    ("page_kind", S), ("row_from", INT), ("row_to", INT), ("title", S), ("subtitle", S), ("banner", S),
    *[(f"fact_{i}", S) for i in range(1, len(FACT_KEYS) + 1)], ("visits_heading", S), ("status", S), ("status_text", S),
    ("status_color", S), ("country_code", S), ("n_nc", INT), ("n_compliant", INT), ("n_error", INT),
    ("n_questioned", INT), ("n_visits", INT), ("legend_nc", S), ("legend_compliant", S), ("legend_error", S),
    ("legend_questioned", S), ("legend_visits", S), ("outline_kind", S), ("evidence_more", INT), ("footer", S),
    ("loc_xmin", R), ("loc_ymin", R), ("loc_xmax", R), ("loc_ymax", R), ("map_xmin", R), ("map_ymin", R),
    ("map_xmax", R), ("map_ymax", R),
]
SIMPLE_COLUMNS: List[Tuple[str, int]] = [("section_no", INT), ("collection_id", S), ("company_name", S)]


def _srs() -> osr.SpatialReference:
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    srs.SetAxisMappingStrategy(osr.OAMS_TRADITIONAL_GIS_ORDER)
    return srs


@contextmanager
def report_dataset(gpkg: Path) -> Iterator[gdal.Dataset]:
    """The GeoPackage opened for writing (created when missing; a bounded wait for another program's lock)."""
    gpkg = Path(gpkg)
    if not gpkg.exists():
        gpkg.parent.mkdir(parents=True, exist_ok=True)
        created = gdal.GetDriverByName("GPKG").Create(str(gpkg), 0, 0, 0, gdal.GDT_Unknown)
        created = None  # noqa: F841 (closes the file)
    with open_for_update(gpkg) as dataset:
        yield dataset


def replace_layer(dataset, name: str, geometry_type: int, columns: Sequence[Tuple[str, int]],
                  rows: Iterable[Tuple[Dict[str, Any], Optional[ogr.Geometry]]],
                  cancel=lambda: False, subtypes: Optional[Dict[str, int]] = None) -> int:
    """Write ``rows`` as layer ``name`` (an existing one is replaced); the number of features written."""
    for index in range(dataset.GetLayerCount()):
        if dataset.GetLayerByIndex(index).GetName() == name:
            dataset.DeleteLayer(index)
            break
    layer = dataset.CreateLayer(name, _srs(), geometry_type, options=["GEOMETRY_NAME=geom", "FID=fid"])
    for column, kind in columns:
        definition = ogr.FieldDefn(column, kind)
        if subtypes and column in subtypes:
            definition.SetSubType(subtypes[column])
        layer.CreateField(definition)
    definition = layer.GetLayerDefn()
    names = [column for column, _ in columns]
    count = 0
    layer.StartTransaction()
    for props, geometry in rows:
        if count % 1000 == 0 and cancel():
            layer.RollbackTransaction()
            raise CancelledError()
        feature = ogr.Feature(definition)
        for column in names:
            value = props.get(column)
            if value is None or value == "":
                feature.SetFieldNull(column)
            else:
                feature.SetField(column, value)
        if geometry is not None:
            feature.SetGeometry(_as_type(geometry, geometry_type))
        layer.CreateFeature(feature)
        count += 1
    layer.CommitTransaction()
    return count


def _as_type(geometry: ogr.Geometry, geometry_type: int) -> ogr.Geometry:
    if geometry_type == ogr.wkbMultiPolygon:
        return ogr.ForceToMultiPolygon(geometry.Clone())
    if geometry_type == ogr.wkbMultiPoint:
        return ogr.ForceToMultiPoint(geometry.Clone())
    return geometry


def plots_geometry_type(sections) -> int:
    """MultiPolygon, or MultiPoint when the first plot is a point (the EU's plots of 4 ha or less)."""
    for section in sections:
        for geometry in section.geometries:
            if geometry is not None and not geometry.IsEmpty():
                flat = ogr.GT_Flatten(geometry.GetGeometryType())
                return ogr.wkbMultiPoint if flat in (ogr.wkbPoint, ogr.wkbMultiPoint) else ogr.wkbMultiPolygon
    return ogr.wkbMultiPolygon


def _rectangle(xmin: float, ymin: float, xmax: float, ymax: float) -> ogr.Geometry:
    ring = ogr.Geometry(ogr.wkbLinearRing)
    for x, y in ((xmin, ymin), (xmax, ymin), (xmax, ymax), (xmin, ymax), (xmin, ymin)):
        ring.AddPoint_2D(x, y)
    polygon = ogr.Geometry(ogr.wkbPolygon)
    polygon.AddGeometry(ring)
    return polygon


def fit_aspect(bounds: Tuple[float, float, float, float], aspect: float, grow: float = 0.0):
    """``bounds`` grown by ``grow`` (a fraction) on every side, then widened or heightened to ``aspect``."""
    xmin, ymin, xmax, ymax = bounds
    width, height = (xmax - xmin) * (1 + 2 * grow), (ymax - ymin) * (1 + 2 * grow)
    width, height = max(width, height * aspect), max(height, width / aspect)
    cx, cy = (xmin + xmax) / 2, (ymin + ymax) / 2
    return cx - width / 2, cy - height / 2, cx + width / 2, cy + height / 2


def locator_bounds(code: Optional[str], bounds) -> Tuple[float, float, float, float]:
    """The locator map's extent: the producer's country (and the section) with a margin, at the map's aspect."""
    box = None
    if code:
        try:
            from ...core.countries import world_index

            index = world_index()
        except OSError:
            index = None
        box = index.bounds_named(code) if index is not None else None
    if box is None:  # no country: 10 degrees around the section
        cx, cy = (bounds[0] + bounds[2]) / 2, (bounds[1] + bounds[3]) / 2
        box = (cx - 5, cy - 5, cx + 5, cy + 5)
    box = (min(box[0], bounds[0]), min(box[1], bounds[1]), max(box[2], bounds[2]), max(box[3], bounds[3]))
    if box[2] - box[0] < 3 and box[3] - box[1] < 3:  # a small country: show its neighbours too
        cx, cy = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
        box = (cx - 1.5, cy - 1.5, cx + 1.5, cy + 1.5)
    return fit_aspect(box, LOCATOR_ASPECT, 0.12)


# --- what the pages say, in the user's language ---------------------------------------------------------------

def fact_labels() -> Dict[str, str]:
    """The overview page's fact labels, keyed as :data:`FACT_KEYS` (in that order)."""
    return {"epoch_status": tr("Epoch status"), "second_opinion": tr("Second opinion"),
            "eu_country_risk": tr("EU country risk"), "article10_risk": tr("Article 10 risk"),
            "assessment_date": tr("Assessment date"), "producer": tr("Producer"), "data_source": tr("Data source")}


def sandbox_banner() -> str:
    return tr("SANDBOX DATA: synthetic results for training, not observations of these places nor evidence for due "
              "diligence")


def verdict_word(verdict: Any) -> str:
    """The second opinion's verdict (``NON_COMPLIANT``...) as the PDF prints it."""
    words = {NON_COMPLIANT: tr("Non-Compliant"), NEEDS_REVIEW: tr("Needs Review"), COMPLIANT: tr("Compliant")}
    return words.get(verdict, clean_text(verdict))


def section_title(row: Mapping[str, Any]) -> Tuple[str, str]:
    """(producer name, ``Palm · Kalimantan Barat, Indonesia (ID)``), the commodity in the user's language."""
    name = clean_text(row.get("company_name")) or clean_text(row.get("collection_id")) or tr("Unnamed producer")
    where = ", ".join(p for p in (clean_text(row.get("admin1")), country_text(row)) if p)
    commodity = clean_text(row.get("commodity"))
    return name, " · ".join(p for p in (commodity_label(commodity.lower()) if commodity else "", where) if p)


def _epoch_fact(row: Mapping[str, Any], counts: SectionCounts) -> str:
    return epoch_fact(status_label(producer_status(row)), counts.plots, counts.status(PLOT_NON_COMPLIANT.key),
                      counts.deforested_ha, counts.status(PLOT_DATA_ERROR.key), row.get("skip_reason"))


def _second_fact(counts: SectionCounts) -> str:
    if not counts.plots:
        return tr("no plots")
    return tr("{nc} non-compliant, {review} needs review, {ok} compliant (composite-score method); "
              "differs from Epoch on {differ}").format(
                  nc=count(counts.by_verdict.get(NON_COMPLIANT, 0)),
                  review=count(counts.by_verdict.get(NEEDS_REVIEW, 0)),
                  ok=count(counts.by_verdict.get(COMPLIANT, 0)), differ=count(counts.disagree))


def risk_word(value: Any) -> str:
    """A risk level as stored (``low``, ``Standard``, ``High``...) as the PDF prints it; others as they are."""
    text = clean_text(value)
    words = {"low": tr("Low"), "medium": tr("Medium"), "standard": tr("Standard"), "high": tr("High")}
    return words.get(text.lower(), text)


def _eu_fact(row: Mapping[str, Any], point: Optional[Tuple[float, float]]) -> str:
    risk, share = eu_risk(row, point)
    country = country_text(row)
    if share is None:
        return tr("Unknown: {country}").format(country=country)
    return tr("{risk}: {country}; {share} % of operators checked each year (Impl. Reg. (EU) 2025/1093)").format(
        risk=risk_word(risk), country=country, share=share)


def source_fact(server_url: str, sandbox: bool, plots_from: str = "") -> str:
    """``Epoch sandbox http://127.0.0.1:8765 (synthetic results) · plots fetched from the server``."""
    where = tr("Epoch sandbox") if sandbox else tr("Epoch API")
    where += f" {server_url}" if server_url else ""
    if sandbox:
        where += " " + tr("(synthetic results)")
    return where + (f" · {plots_from}" if plots_from else "")


def section_facts(row: Mapping[str, Any], counts: SectionCounts, server_url: str, sandbox: bool,
                  plots_from: str = "", point: Optional[Tuple[float, float]] = None) -> Dict[str, str]:
    """The overview page's facts, keyed as :data:`FACT_KEYS`; ``plots_from`` says where the plots came from."""
    supplier, collection = clean_text(row.get("supplier_id")), clean_text(row.get("collection_id"))
    producer = " · ".join(p for p in (tr("supplier {supplier}").format(supplier=supplier) if supplier else "",
                                      tr("collection {collection}").format(collection=collection)) if p)
    return {
        "epoch_status": _epoch_fact(row, counts),
        "second_opinion": _second_fact(counts),
        "eu_country_risk": _eu_fact(row, point),
        "article10_risk": risk_word(row.get("legality_risk")) or tr("not given"),
        "assessment_date": fmt_datetime(row.get("ingestion_date")) or tr("not given"),
        "producer": producer,
        "data_source": source_fact(server_url, sandbox, plots_from),
    }


def visits_heading(visits: int, first: int, pages: int) -> str:
    """The overview page's table heading: one sentence per noun form of each count."""
    if not visits:
        return tr("Plots to visit: none (no plot is Non-Compliant or questioned by the second opinion)")
    if takes_singular(visits):
        text = tr("Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)")
    else:
        text = tr("Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the map)")
    text = text.format(n=count(visits))
    if visits <= first:
        return text
    more = visits - first
    if pages > 2:
        return text + tr("; {n} more on the next pages").format(n=count(more))
    if takes_singular(more):
        return text + tr("; {n} more plot on the next page").format(n=count(more))
    return text + tr("; {n} more on the next page").format(n=count(more))


def outline_kind(row: Mapping[str, Any], has_outline: bool) -> str:
    """What the section's outline (the assessment's polygon) is: its assessment type, ``Supply Shed`` or
    ``Direct Plots`` (the Epoch EUDR Enforcement Dashboard guide's two), which the legend names; empty without
    one (the legend then has no outline entry)."""
    if not has_outline:
        return ""
    return clean_text(row.get("assessment_type")) or assessment_type(row)


def continued_heading(first: int, last: int, visits: int) -> str:
    """A continuation page's table heading: a range of plots, or the one plot the page lists. The number's
    sign is the translation's ("no." in English, "n°" in French, "Nr." in German): never a "#"."""
    if first == last:
        return tr("Plots to visit, continued: no. {number} of {total}").format(
            number=count(first), total=count(visits))
    return tr("Plots to visit, continued: no. {first} to {last} of {total}").format(
        first=count(first), last=count(last), total=count(visits))


def page_rows(sections, server_url: str, sandbox: bool, made: dt.datetime) -> List[Dict[str, Any]]:
    """The atlas pages of the whole report, numbered through, with every text they show."""
    from .evidence import more_than_printed

    pages: List[Dict[str, Any]] = []
    for number, section in enumerate(sections, 1):
        row, counts = section.row, section.counts
        title, subtitle = section_title(row)
        facts = section_facts(row, counts, server_url, sandbox, section.source, section.facility)
        status = compliance_status(row) if not clean_text(row.get("status")) else next(
            (s for s in PRODUCER_STATUSES if s.label == clean_text(row.get("status"))), compliance_status(row))
        questioned = sum(1 for line in section.lines if line.props.get("second_opinion") != COMPLIANT)
        visits = counts.visits
        bounds = section.bounds()
        loc = locator_bounds(clean_text(row.get("country_code")) or None, bounds)
        extent = map_extent(bounds)
        common = {
            "section_no": number, "collection_id": section.key, "title": title, "subtitle": subtitle,
            "banner": sandbox_banner() if sandbox else "", "status": status.label,
            "status_text": status_label(status.label), "status_color": status.color,
            "country_code": clean_text(row.get("country_code")).upper(),
            "n_nc": counts.status(PLOT_NON_COMPLIANT.key), "n_compliant": counts.status(PLOT_COMPLIANT.key),
            "n_error": counts.status(PLOT_DATA_ERROR.key), "n_questioned": questioned, "n_visits": visits,
            "loc_xmin": loc[0], "loc_ymin": loc[1], "loc_xmax": loc[2], "loc_ymax": loc[3], "_bounds": bounds,
            "map_xmin": extent[0], "map_ymin": extent[1], "map_xmax": extent[2], "map_ymax": extent[3],
        }
        common.update({f"fact_{i}": facts[key] for i, key in enumerate(FACT_KEYS, 1)})
        common.update(legend_nc=tr("Non-Compliant plots ({n})").format(n=count(common["n_nc"])),
                      legend_compliant=tr("Compliant plots ({n})").format(n=count(common["n_compliant"])),
                      legend_error=tr("Data Error plots ({n})").format(n=count(common["n_error"])),
                      legend_questioned=tr("Questioned by the second opinion ({n})").format(n=count(questioned)),
                      legend_visits=tr("Plot to visit: its no. in the table ({n})").format(n=count(visits)),
                      outline_kind=outline_kind(row, any(not g.IsEmpty() for g in section.outlines)),
                      evidence_more=more_than_printed(section))
        ranges = section.pages()
        for kind, first, last in ranges:
            page = dict(common, page_kind=kind, row_from=first, row_to=last)
            if kind == OVERVIEW:
                page["visits_heading"] = visits_heading(visits, ROWS_FIRST_PAGE, len(ranges))
            else:
                page["visits_heading"] = continued_heading(first, last, visits)
            pages.append(page)
    stamp = made.strftime("%Y-%m-%d %H:%M UTC")
    for number, page in enumerate(pages, 1):
        page.update(page_no=number, page_total=len(pages),
                    page_label=tr("Page {n} of {total}").format(n=count(number), total=count(len(pages))),
                    footer=tr("Epoch EUDR field report · {made} · section {n} of {total}").format(
                        made=stamp, n=page["section_no"], total=len(sections)))
    return pages


def _texts(props: Dict[str, Any]) -> Dict[str, Any]:
    """The printed numbers (fixed decimals, the locale's separator: report_words), the printed statuses (in the
    user's language; the stored ones stay English) and whether the second opinion questions the plot."""
    return {"questioned": int(props.get("second_opinion") != COMPLIANT),
            "area_text": decimal(props.get("area")),
            "deforested_text": decimal(props.get("noncompliance_area")),
            "lat_text": decimal(props.get("latitude"), 6), "lon_text": decimal(props.get("longitude"), 6),
            "epoch_status_text": status_label(props.get("epoch_status")),
            "second_opinion_text": verdict_word(props.get("second_opinion"))}


def _label_places(section, points: bool) -> Dict[int, Dict[str, Any]]:
    """Where the section's visit numbers are printed (see :mod:`.labels`), by visit number."""
    anchors = []
    for geometry in section.geometries:
        if geometry is None or geometry.IsEmpty():
            anchors.append(None)
        else:
            point = geometry.PointOnSurface()  # the plot's dot: on the plot, whatever its shape
            anchors.append((point.GetX(), point.GetY()))
    numbers = [line.props.get("visit_no") for line in section.lines]
    return visit_label_fields(numbers, anchors, map_extent(section.bounds()), points, section.facility)


def write_report_layers(sections, gpkg: Path, *, server_url: str, sandbox: bool, made: dt.datetime,
                        cancel=lambda: False) -> int:
    """Write the report's layers into ``gpkg`` (replacing earlier ones) and store their styles; the page count."""
    from ..writer.results import store_style

    plot_type = plots_geometry_type(sections)
    pages = page_rows(sections, server_url, sandbox, made)

    def plot_rows():
        for number, section in enumerate(sections, 1):
            # the plots to visit first, in their order: the table lists them by feature id too
            ordered = sorted(zip(section.lines, section.geometries),
                             key=lambda pair: (pair[0].props.get("visit_no") or 10**9))
            labels = _label_places(section, plot_type == ogr.wkbMultiPoint)
            for line, geometry in ordered:
                yield dict(line.props, section_no=number, producer=clean_text(section.row.get("company_name")),
                           commodity=clean_text(section.row.get("commodity")), **_texts(line.props),
                           **labels.get(line.props.get("visit_no"), {})), geometry

    def simple(which):
        for number, section in enumerate(sections, 1):
            props = {"section_no": number, "collection_id": section.key,
                     "company_name": clean_text(section.row.get("company_name"))}
            if which == "outline":
                for geometry in section.outlines:
                    yield props, geometry
            elif section.facility is not None:
                point = ogr.Geometry(ogr.wkbPoint)
                point.AddPoint_2D(*section.facility)
                yield props, point

    with report_dataset(gpkg) as dataset:
        replace_layer(dataset, PLOTS, plot_type, PLOT_COLUMNS, plot_rows(), cancel)
        replace_layer(dataset, OUTLINES, ogr.wkbMultiPolygon, SIMPLE_COLUMNS, simple("outline"), cancel)
        replace_layer(dataset, FACILITIES, ogr.wkbPoint, SIMPLE_COLUMNS, simple("facility"), cancel)
        replace_layer(dataset, PAGES, ogr.wkbPolygon, PAGE_COLUMNS,
                      ((page, _rectangle(*page["_bounds"])) for page in pages), cancel)
    dataset = None  # noqa: F841 (closes the file: GDAL creates an empty layer's table only then)
    for name, kind in ((PLOTS, "plots"), (OUTLINES, "outline"), (FACILITIES, "facility_point")):
        store_style(gpkg, name, kind)
    return len(pages)
