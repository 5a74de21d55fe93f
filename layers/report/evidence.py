"""The field report's "Article 10 evidence": the legality sources found for each section's facility.

Epoch's legality check (Regulation (EU) 2023/1115 Art. 10(2)) answers sources per *facility*; a producer
assessment carries only its level. The sources a user asked for are kept in a legality sources table of the
results GeoPackage (one row per source, at its facility's point: the checked facilities', and the screened
facilities'; see :mod:`..operations.facility_checks`, :mod:`..tables.screened_sources`). The report's GeoPackage
of drill-downs is that file, so :func:`write_evidence` takes, for each section with a facility point, the sources of the
facilities within :data:`MATCH_M` of it (a check made where the producer's facility is), most recent first,
at most :data:`MAX_ROWS`, and writes them as ``report_evidence`` (no geometry; ``section_no`` joins the
atlas page). Only an ``http``/``https`` URL is printed (``link``, as the legality table stored it, checked
again here); any other is left out, never shown as a link.
"""

from __future__ import annotations

import math
from typing import Any, Dict, Iterable, List, Optional, Sequence, Tuple

from osgeo import ogr
from qgis.PyQt.QtCore import QCoreApplication

from ...core.coercion import clean_text
from ...core.legality import safe_url
from ...core.operation import Cancel, never_cancelled

EVIDENCE = "report_evidence"
MATCH_M = 1000.0  # a facility checked within a kilometre of the producer's facility point is that facility
MAX_ROWS = 4  # sources kept per section (``report_evidence``, in the QField copy)
#: what the foot of the page's right-hand column holds whole under the legend: one row of at most three lines (a
#: title cut at TITLE_CHARS, the link's site, the longest risk signal in French), its date cell saying how many
#: more there are (a table frame drops a row it cannot show without a word)
PRINTED_ROWS = 1
TITLE_CHARS = 45
EVIDENCE_BOTTOM = 202.0  # mm: the table stops above the table of plots to visit
SOURCE_COLUMNS = {"title", "risk_signal", "date", "position"}  # what makes a table a legality sources table
COLUMNS: List[Tuple[str, int]] = [("section_no", ogr.OFTInteger), ("rank", ogr.OFTInteger), ("date", ogr.OFTString),
                                  ("title", ogr.OFTString), ("link", ogr.OFTString), ("risk_signal", ogr.OFTString),
                                  ("distance_m", ogr.OFTReal)]


def tr(text: str) -> str:
    return QCoreApplication.translate("ReportEvidence", text)


def distance_m(a: Tuple[float, float], b: Tuple[float, float]) -> float:
    """Great-circle distance in metres between two (lon, lat) points (a sphere of the WGS 84 mean radius)."""
    lon1, lat1, lon2, lat2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6_371_008.8 * math.asin(min(1.0, math.sqrt(h)))


def _text(feature: ogr.Feature, name: str) -> str:
    """A field as text; a date (GDAL types a column of ISO dates as one) as ``YYYY-MM-DD``."""
    index = feature.GetFieldIndex(name)
    if index < 0 or not feature.IsFieldSetAndNotNull(index):
        return ""
    if feature.GetFieldType(index) in (ogr.OFTDate, ogr.OFTDateTime):
        year, month, day = feature.GetFieldAsDateTime(index)[:3]
        return f"{year:04d}-{month:02d}-{day:02d}"
    return clean_text(feature.GetFieldAsString(index))


def source_points(dataset: Any) -> List[Dict[str, Any]]:
    """Every source of every legality sources table of ``dataset`` (an open OGR dataset), with its point."""
    found: List[Dict[str, Any]] = []
    if dataset is None:
        return found
    for index in range(dataset.GetLayerCount()):
        layer = dataset.GetLayerByIndex(index)
        definition = layer.GetLayerDefn()
        names = {definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())}
        if not SOURCE_COLUMNS <= names:
            continue
        layer.ResetReading()
        for feature in layer:
            geometry = feature.GetGeometryRef()
            if geometry is None or geometry.IsEmpty():
                continue
            point = geometry.Centroid() if geometry.GetGeometryType() != ogr.wkbPoint else geometry
            url = _text(feature, "link") or _text(feature, "url")
            found.append({"point": (point.GetX(), point.GetY()), "date": _text(feature, "date"),
                          "title": _text(feature, "title"), "link": safe_url(url),
                          "risk_signal": _text(feature, "risk_signal")})
    return found


def section_evidence(facility: Optional[Tuple[float, float]], sources: Iterable[Dict[str, Any]],
                     limit: int = MAX_ROWS) -> List[Dict[str, Any]]:
    """The sources near ``facility``: nearest facility first, then the most recent; one row per title and link."""
    if facility is None:
        return []
    near = []
    for source in sources:
        gap = distance_m(facility, source["point"])
        if gap <= MATCH_M:
            near.append(dict(source, distance_m=round(gap, 1)))
    near.sort(key=lambda s: s["date"] or "", reverse=True)
    near.sort(key=lambda s: s["distance_m"])
    seen, rows = set(), []
    for source in near:
        key = (source["title"], source["link"])
        if key in seen:
            continue
        seen.add(key)
        rows.append(source)
    return rows[:limit]


def find_evidence(sections: Sequence[Any], sources_dataset: Any) -> None:
    """Each section's ``evidence``: the sources near its facility (see :func:`section_evidence`)."""
    sources = source_points(sources_dataset)
    for section in sections:
        section.evidence = section_evidence(section.facility, sources)


def more_than_printed(section: Any) -> int:
    """How many of the sources kept for ``section`` its page does not print (the atlas page's ``evidence_more``)."""
    return max(0, len(getattr(section, "evidence", ())) - PRINTED_ROWS)


def _date_cell() -> str:
    """The date, and under it "+3 others" when the page prints fewer sources than the report keeps (in its
    ``report_evidence`` table and the QField copy): a reader knows there are others."""
    from ..styles.explanations import quoted

    more = "attribute(@atlas_feature, 'evidence_more')"
    one, other = tr("+{n} other"), tr("+{n} others")
    words = (f"CASE WHEN {more} = 1 THEN replace({quoted(one)}, '{{n}}', '1') "
             f"ELSE replace({quoted(other)}, '{{n}}', to_string({more})) END")
    return f"coalesce(\"date\", '–') || CASE WHEN coalesce({more}, 0) > 0 THEN '\n' || {words} ELSE '' END"


def write_evidence(gpkg: Any, sections: Sequence[Any], cancel: Cancel = never_cancelled) -> int:
    """``report_evidence`` of the report GeoPackage ``gpkg`` (always written, empty when nothing matched) from the
    sections' ``evidence`` (:func:`find_evidence`): the number of rows."""
    from .data import replace_layer, report_dataset

    rows = []
    for number, section in enumerate(sections, 1):
        for rank, source in enumerate(section.evidence, 1):
            rows.append(({"section_no": number, "rank": rank, **{k: source[k] for k in
                                                                  ("date", "title", "link", "risk_signal",
                                                                   "distance_m")}}, None))
    with report_dataset(gpkg) as dataset:
        return replace_layer(dataset, EVIDENCE, ogr.wkbNone, COLUMNS, rows, cancel)


def risk_signal_expression(field: str) -> str:
    """An expression showing field ``field``'s risk signal in the user's words, as the dock does
    (``layers/words/legality_words.py``; a word it does not know as the server wrote it)."""
    from ..styles.explanations import field_ref, quoted
    from ..words.legality_words import signal_words

    value = field_ref(field)
    key = f"lower(trim(regexp_replace(replace(replace({value}, '_', ' '), '-', ' '), '\\\\s+', ' ')))"
    words = ", ".join(f"{quoted(k)}, {quoted(v)}" for k, v in signal_words().items())
    return f"coalesce(map_get(map({words}), {key}), {value})"


def add_evidence_table(layout, layers) -> None:
    """The section facility's Article 10 sources (see :mod:`.evidence`) under the legend: date, title,
    the site of an ``http``/``https`` link (no other is printed) and the risk signal. The table's own header
    says what it is, so a section without sources shows nothing at all (an empty table is hidden)."""
    from qgis.core import QgsLayoutTable, QgsLayoutTableColumn
    from qgis.PyQt.QtCore import Qt

    from ..qgis_compat import set_table_columns
    from .items import OVERVIEW_ONLY, SECTION, data_table, place_frame
    from .layout import EVIDENCE_Y, LOC_W, LOC_X

    if layers.evidence is None:
        return
    # no ligatures: a title copied from the PDF is searchable as printed
    table = data_table(layout, 5.5, 0.5, 0.1, QgsLayoutTable.WrapBehavior.WrapText)
    table.setVectorLayer(layers.evidence)
    table.setFilterFeatures(True)
    table.setFeatureFilter(SECTION)
    table.setMaximumNumberOfFeatures(PRINTED_ROWS)
    site = "regexp_substr(\"link\", '^https?://([^/:?#]+)')"
    title = (f"CASE WHEN length(\"title\") > {TITLE_CHARS} THEN left(\"title\", {TITLE_CHARS - 1}) || '…' "
             "ELSE \"title\" END")
    source = (title + " || CASE WHEN \"link\" IS NOT NULL THEN ' · ' || " + site + " ELSE '' END"
              " || CASE WHEN \"risk_signal\" IS NOT NULL THEN ' (' || " + risk_signal_expression("risk_signal")
              + " || ')' ELSE '' END")
    columns = []
    for heading_text, expression, width in ((tr("Date"), _date_cell(), 13),
                                            (tr("Article 10 evidence: source (risk signal)"), source, LOC_W - 13)):
        column = QgsLayoutTableColumn(heading_text)
        column.setAttribute(expression)
        column.setWidth(width)
        columns.append(column)
    order = QgsLayoutTableColumn("rank")
    order.setAttribute('"rank"')
    order.setSortOrder(Qt.SortOrder.AscendingOrder)
    set_table_columns(table, columns, order)
    table.setEmptyTableBehavior(QgsLayoutTable.EmptyTableMode.HideTable)
    place_frame(layout, table, LOC_X, EVIDENCE_Y, LOC_W, EVIDENCE_BOTTOM - EVIDENCE_Y, OVERVIEW_ONLY)
