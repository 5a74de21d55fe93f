"""The Article 10 sources of screened facilities, kept in a related table as the checked facilities' are.

Epoch's facility validation with ``include_legality_check`` answers up to five sources per facility
(:mod:`..core.legality`). The screening writer (:mod:`.gpkg_writer`) keeps the answer's properties as they
come, so the sources arrive as the JSON text of a list in a ``legality_sources`` column: unreadable in the
attribute table and in a report. :func:`split_sources` runs on the same worker thread right after the
screened layer is written: it writes one row per source to ``<layer>_sources`` (keyed by the facility
row's ``fid`` in ``facility_fid``; by :func:`~.facility_checks.write_table`, the writer of the checked
facilities' tables, so a rerun replaces it atomically), then drops the JSON column and keeps the count in
``legality_source_count``. :func:`link_sources` (main thread) makes the QGIS relation as the checked
facilities' is made (:func:`~.facility_checks.relate_sources`), so a facility's form lists its sources.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterator, List, Optional

from osgeo import ogr
from qgis.core import QgsRelation, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ...core.legality import read_sources, source_rows
from ...core.operation import Outcome
from ..operations.epoch_api import LayerOutput
from ..operations.facility_checks import relate_sources, write_table
from ..styles.explanations import separator
from ..writer.results import shown_layer_name

JSON_COLUMN = "legality_sources"
COUNT_COLUMN = "legality_source_count"
KEY = "facility_fid"


def tr(text: str) -> str:
    return QCoreApplication.translate("ScreenedSources", text)


def sources_name(layer_name: str) -> str:
    return f"{layer_name}_sources"


def relation_id(layer_name: str) -> str:
    return f"epoch_eudr_screened_sources_{layer_name}"


def _source_features(layer: ogr.Layer) -> Iterator[Dict[str, Any]]:
    """One feature per readable source of each facility, at the facility's point, in the facility's order."""
    layer.ResetReading()
    for feature in layer:
        text = feature.GetField(JSON_COLUMN) if feature.IsFieldSetAndNotNull(JSON_COLUMN) else None
        sources = read_sources(text)
        if not sources:
            continue
        geometry = feature.GetGeometryRef()
        point = json.loads(geometry.ExportToJson()) if geometry is not None else None
        fid = feature.GetFID()
        facility_id = feature.GetField("facility_id") if feature.GetFieldIndex("facility_id") >= 0 and \
            feature.IsFieldSetAndNotNull("facility_id") else None
        for row in source_rows("", sources):
            row.pop("check_id", None)
            yield {"type": "Feature", "geometry": point,
                   "properties": {KEY: fid, "facility_id": facility_id, **row}}


def _counts(layer: ogr.Layer) -> Dict[int, Optional[int]]:
    layer.ResetReading()
    return {f.GetFID(): (len(read_sources(f.GetField(JSON_COLUMN))) if f.IsFieldSetAndNotNull(JSON_COLUMN)
                         else None) for f in layer}


@dataclass
class WithSources(Outcome):
    """A screening outcome and the sources table written after it (its layers: the facilities, the sources);
    ``counts``: the screening's (facilities by confidence level), the sources being counted in the summary."""

    outcome: Any
    sources: Optional[LayerOutput]

    @property
    def counts(self) -> Dict[str, int]:  # type: ignore[override]
        return self.outcome.counts

    def outputs(self) -> List[LayerOutput]:
        return [*self.outcome.outputs(), *([self.sources] if self.sources is not None else [])]

    def summary(self) -> str:
        text = self.outcome.summary()
        if self.sources is not None:
            from ..words.language import integer_text, takes_singular

            n = self.sources.count
            text += separator() + (tr("{n} legality source in its own table") if takes_singular(n) else
                                   tr("{n} legality sources in their own table")).format(n=integer_text(n))
        return text

    def __getattr__(self, name: str) -> Any:  # collection, prepared, layer: the screening's
        return getattr(self.outcome, name)


def split_sources(outcome: Any, *, cancel: Callable[[], bool] = lambda: False) -> WithSources:
    """Worker thread, after the screened facilities are written: their sources into ``<layer>_sources``, the
    JSON column replaced by the count. A layer without a ``legality_sources`` column is left as it is."""
    output: LayerOutput = outcome.layer
    gpkg, name = Path(output.gpkg), output.layer_name
    dataset = ogr.Open(str(gpkg), 1)
    layer = dataset.GetLayerByName(name) if dataset is not None else None
    if layer is None or layer.GetLayerDefn().GetFieldIndex(JSON_COLUMN) < 0:
        return WithSources(outcome, None)
    sources = write_table(_source_features(layer), "legality_sources", gpkg, sources_name(name),
                          tr("{layer}: legality sources").format(layer=shown_layer_name(output.display_name)),
                          cancel=cancel)
    counts = _counts(layer)
    definition = layer.GetLayerDefn()
    dataset.StartTransaction()
    try:
        if definition.GetFieldIndex(COUNT_COLUMN) < 0:
            layer.CreateField(ogr.FieldDefn(COUNT_COLUMN, ogr.OFTInteger))
        for fid, count in counts.items():
            feature = layer.GetFeature(fid)
            if count is None:
                feature.SetFieldNull(COUNT_COLUMN)
            else:
                feature.SetField(COUNT_COLUMN, count)
            layer.SetFeature(feature)
        layer.DeleteField(layer.GetLayerDefn().GetFieldIndex(JSON_COLUMN))
        dataset.CommitTransaction()
    except BaseException:
        dataset.RollbackTransaction()
        raise
    finally:
        dataset = None
    return WithSources(outcome, sources)


def link_sources(facilities: QgsVectorLayer, sources: QgsVectorLayer, layer_name: str) -> QgsRelation:
    """Main thread: the project's relation from each screened facility (its ``fid``) to its sources."""
    return relate_sources(relation_id(layer_name), tr("Legality sources of the facility"), facilities, sources,
                          (KEY, "fid"))
