"""Check one facility where the user points: ask Epoch, keep the answer as one more row, show its sources.

:func:`check_facility_to_gpkg` runs on a worker thread (the dock's QgsTask, or Processing): it asks
``GET /validate_facility`` for a WGS 84 point, then appends the answer to two tables of the results
GeoPackage, both written by :func:`write_table` (so each replace is atomic and a failed
or cancelled check leaves both as they were): "Checked facilities" (one row per check, kept) and its
legality sources (one row per source, ``check_id`` the key; each at its facility's point, so the table is
written like every result layer). Checks are appended one at a time (a lock per process), so two checks
never write over each other. :func:`link_sources` (main thread) makes the QGIS relation between them.
"""

from __future__ import annotations

import json
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from osgeo import ogr
from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsCoordinateTransform,
    QgsCsException,
    QgsEditorWidgetSetup,
    QgsPointXY,
    QgsProject,
    QgsRelation,
    QgsVectorLayer,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError, EpochError
from ...core.facility_checks import (
    AT_SEA,
    OUTSIDE_WORLD,
    FacilityAnswerError,
    answer_feature,
    checked_row,
    point_geometry,
    point_refusal,
)
from ...core.legality import source_rows
from ...core.operation import Outcome
from ..styles.explanations import separator
from ..words.language import decimal_text, integer_text, point_text, status_label, takes_singular
from ..writer.gpkg_writer import write_layer
from .epoch_api import LayerOutput

CHECKS_LAYER = "checked_facilities"
RELATION_ID = "epoch_eudr_checked_facility_sources"
_WRITING = threading.Lock()  # one check appended at a time: each rewrites the whole table


def tr(text: str) -> str:
    return QCoreApplication.translate("FacilityChecks", text)


def sources_layer_name(checks_layer: str) -> str:
    return f"{checks_layer}_sources"


def refusal_text(lon: float, lat: float) -> str:
    """Why no facility can be checked at (lon, lat), in a sentence; ``""`` when it can."""
    why = point_refusal(lon, lat)
    point = point_text(lon, lat)  # the user's numbers: -30,00000; 40,00000 in French
    if why == OUTSIDE_WORLD:
        return tr("{point} is outside the world's coordinates (longitude -180 to 180, latitude -90 to 90): "
                  "click on land, or type longitude, latitude in WGS 84.").format(point=point)
    if why == AT_SEA:
        return tr("{point} is at sea (no country there on the world map): a facility is on land. "
                  "Click on the facility's site.").format(point=point)
    return ""


def to_wgs84(point: QgsPointXY, crs: QgsCoordinateReferenceSystem) -> Tuple[float, float]:
    """(lon, lat) of a map point in any CRS; ``ValueError`` (said in words) when it cannot be transformed."""
    wgs84 = QgsCoordinateReferenceSystem("EPSG:4326")
    if not crs.isValid():
        raise ValueError(tr("The map has no coordinate reference system: set the project's CRS first."))
    if crs == wgs84:
        return point.x(), point.y()
    try:
        found = QgsCoordinateTransform(crs, wgs84, QgsProject.instance()).transform(point)
    except QgsCsException:
        raise ValueError(tr("This point cannot be placed on the globe from {crs}: click inside the map's "
                            "valid area.").format(crs=crs.authid() or crs.description())) from None
    return found.x(), found.y()


@dataclass
class FacilityCheckOutcome(Outcome):
    """One check, kept: the two layers written, the row and the sources as written; ``counts``: the facility
    checked by its confidence level (as a screening counts its facilities) and its legality sources."""

    layer: LayerOutput
    sources: LayerOutput
    row: Dict[str, Any]
    source_rows: List[Dict[str, Any]] = field(default_factory=list)

    @property
    def counts(self) -> Dict[str, int]:  # type: ignore[override]
        level = self.row.get("confidence_level")
        return {**({str(level): 1} if level else {}), "legality_sources": len(self.source_rows)}

    def outputs(self) -> List[LayerOutput]:
        return [self.layer, self.sources]

    def summary(self) -> str:
        """The check in the user's language (Processing's log), as :func:`check_summary` says it."""
        return check_summary(self.row, self.layer.count)


def check_summary(row: Dict[str, Any], kept: int, level_words: Callable[[Any], str] = status_label) -> str:
    """A check in one line, in the user's language, as Processing's log and the dock's card say it: the point and
    the score with the locale's decimal separator, the level in ``level_words`` (the card's headline words),
    each count in the form its number takes, the separator the translation types; ``kept``: the checks kept."""
    score, level = row.get("confidence_score"), row.get("confidence_level")
    parts = [tr("Facility checked at {point}: {level} ({score})").format(
        point=point_text(row["longitude"], row["latitude"]),
        level=level_words(level) if level else "–",
        score=decimal_text(score, 2) if isinstance(score, (int, float)) else "–")]
    sources = row.get("legality_source_count")
    if sources is not None:
        parts.append((tr("{n} legality source") if takes_singular(int(sources)) else tr("{n} legality sources"))
                     .format(n=integer_text(int(sources))))
    parts.append((tr("{n} check kept") if takes_singular(kept) else tr("{n} checks kept"))
                 .format(n=integer_text(kept)))
    return separator().join(parts)


def _iso(feature: ogr.Feature, index: int, kind: int) -> Optional[str]:
    year, month, day, hour, minute, second, _tz = feature.GetFieldAsDateTime(index)
    if kind == ogr.OFTDate:  # GDAL reads a column of ISO dates (a source's date) as a date
        return f"{year:04d}-{month:02d}-{day:02d}"
    return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:{int(second):02d}Z"


def plain_value(value: Any) -> Any:
    """A QGIS attribute as plain Python: NULL as ``None``, a date (GDAL types ISO date columns) as ISO text."""
    if value is None or (hasattr(value, "isNull") and value.isNull()):
        return None
    if hasattr(value, "toString") and hasattr(value, "isValid") and hasattr(value, "year"):  # QDate
        return value.toString("yyyy-MM-dd")
    if hasattr(value, "toString") and hasattr(value, "date"):  # QDateTime
        return value.toString("yyyy-MM-ddTHH:mm:ssZ")
    return value


def read_rows(gpkg: Path, layer_name: str) -> List[Dict[str, Any]]:
    """The features of ``layer_name`` of ``gpkg`` as GeoJSON-like dicts (``[]`` when there is none yet)."""
    if not Path(gpkg).exists():
        return []
    dataset = ogr.Open(str(gpkg))
    layer = dataset.GetLayerByName(layer_name) if dataset is not None else None
    if layer is None:
        return []
    definition = layer.GetLayerDefn()
    fields = [(i, definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType())
              for i in range(definition.GetFieldCount())]
    rows = []
    for feature in layer:
        props = {}
        for index, name, kind in fields:
            if not feature.IsFieldSetAndNotNull(index):
                props[name] = None
            elif kind in (ogr.OFTDateTime, ogr.OFTDate):
                props[name] = _iso(feature, index, kind)
            else:
                props[name] = feature.GetField(index)
        geometry = feature.GetGeometryRef()
        rows.append({"type": "Feature", "properties": props,
                     "geometry": json.loads(geometry.ExportToJson()) if geometry is not None else None})
    return rows


def _with(rows: List[Dict[str, Any]], more: List[Dict[str, Any]]) -> Iterator[Dict[str, Any]]:
    yield from rows
    yield from more


def check_facility_to_gpkg(client: Any, lon: float, lat: float, options: Dict[str, Any], gpkg: Path,
                           layer_name: str = CHECKS_LAYER, *, progress: Optional[Callable[[float], None]] = None,
                           cancel: Callable[[], bool] = lambda: False) -> FacilityCheckOutcome:
    """Check the facility at (lon, lat) (WGS 84) with ``options`` and append it to ``layer_name`` of ``gpkg``
    (and its sources to the related table). A point at sea or outside the world is refused unasked."""
    refusal = refusal_text(lon, lat)
    if refusal:
        raise EpochError(refusal, code="")
    chosen = {k: v for k, v in options.items() if v not in (None, "")}
    if progress:
        progress(5)
    answer = client.validate_facility(lon, lat, cancel=cancel, **chosen)
    try:
        feature = answer_feature(answer)
    except FacilityAnswerError:
        raise EpochError(tr("The server answered without a result for {lon:.5f}, {lat:.5f}; nothing was kept.")
                         .format(lon=lon, lat=lat)) from None
    row, sources = checked_row(feature, lon, lat, chosen)
    point = point_geometry(lon, lat)
    new_sources = [{"type": "Feature", "properties": r, "geometry": point} for r in source_rows(row["check_id"],
                                                                                              sources)]
    if cancel():
        raise CancelledError()
    if progress:
        progress(60)
    sources_name = sources_layer_name(layer_name)
    with _WRITING:
        # sources first: a check whose facility row failed to be written leaves sources nothing points to,
        # never a facility whose sources are missing
        written_sources = write_table(_with(read_rows(gpkg, sources_name), new_sources), "legality_sources", gpkg,
                                      sources_name, tr("Checked facilities: legality sources"), cancel=cancel)
        new = {"type": "Feature", "properties": row, "geometry": point}
        written = write_table(_with(read_rows(gpkg, layer_name), [new]), "checked_facilities", gpkg, layer_name,
                              tr("Checked facilities"), cancel=cancel)
    if progress:
        progress(100)
    return FacilityCheckOutcome(written, written_sources, row, [r["properties"] for r in new_sources])


def write_table(features: Iterable[Dict[str, Any]], kind: str, gpkg: Path, name: str, display_name: str, *,
                cancel: Callable[[], bool] = lambda: False) -> LayerOutput:
    """Worker thread: one table of facility results (the checked facilities, a table of legality sources, checked or
    screened) written whole into ``gpkg`` by :func:`~.gpkg_writer.write_layer` (a replace is atomic, a failed or
    cancelled write leaves the table as it was), as the layer the task then adds to the project."""
    written = write_layer(features, kind, gpkg, name, derive=False, cancel=cancel)
    return LayerOutput(Path(gpkg), name, kind, display_name, written.count, written.summary())


def relate_sources(relation_id: str, name: str, facilities: QgsVectorLayer, sources: QgsVectorLayer,
                   key: Tuple[str, str]) -> QgsRelation:
    """Main thread: the project's relation ``relation_id`` from each facility to its legality sources (``key``: the
    sources' field, the facility's field), made once, remade when either layer was replaced; the facility's form
    then lists its sources."""
    manager = QgsProject.instance().relationManager()
    old = manager.relation(relation_id)
    if old.isValid() and old.referencedLayer() is facilities and old.referencingLayer() is sources:
        return old
    if old.id():
        manager.removeRelation(relation_id)
    relation = QgsRelation()
    relation.setId(relation_id)
    relation.setName(name)
    relation.setReferencedLayer(facilities.id())
    relation.setReferencingLayer(sources.id())
    relation.addFieldPair(*key)
    if relation.isValid():
        manager.addRelation(relation)
        # a source's form shows its facility through this relation: without it named, QGIS guesses a relation
        # reference widget with no relation and logs "Missing relation in configuration" at each identify
        sources.setEditorWidgetSetup(sources.fields().indexOf(key[0]), QgsEditorWidgetSetup(
            "RelationReference", {"Relation": relation_id, "AllowNULL": True, "ReadOnly": True}))
    return relation


def link_sources(checks: QgsVectorLayer, sources: QgsVectorLayer) -> QgsRelation:
    """Main thread: the relation from each checked facility to its sources (``check_id``)."""
    return relate_sources(RELATION_ID, tr("Legality sources of the checked facility"), checks, sources,
                          ("check_id", "check_id"))


def sources_of(sources: QgsVectorLayer, value: Any, key: str = "check_id") -> List[Dict[str, Any]]:
    """The stored sources of one check (``key`` ``check_id``) or one screened facility (``facility_fid``), in their
    rank order (main thread: read from the layer)."""
    from qgis.core import QgsExpression, QgsFeatureRequest

    request = QgsFeatureRequest().setFilterExpression(QgsExpression.createFieldEqualityExpression(key, value))
    rows = [{name: plain_value(value) for name, value in zip(sources.fields().names(), feature.attributes())}
            for feature in sources.getFeatures(request)]
    return sorted(rows, key=lambda r: r.get("position") or 0)
