"""Results back on the user's features: a virtual join, or a copy. The source layer is never edited.

The screening results carry ``epoch_source_fid``, the feature id each result
came from. A virtual join needs a source field holding that id (a GeoPackage's
``fid``, a database's integer key); any layer can be copied.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Callable, Dict, List, Optional

from qgis.core import (
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsVectorLayerJoinInfo,
)
from qgis.PyQt.QtCore import QCoreApplication

from ..core.api.errors import CancelledError
from ..core.derive import SOURCE_KEY
from ..core.kinds import RESULT_KINDS
from .gpkg_writer import LayerWriteError, _install
from .qgis_compat import is_integer
from .source import SourceError

JOIN_PREFIX = "epoch_"
DEFAULT_JOIN_FIELDS = {key: list(kind.join_fields) for key, kind in RESULT_KINDS.items() if kind.join_fields}


def id_field(layer: QgsVectorLayer) -> Optional[str]:
    """The source field whose values are the feature ids (single integer primary key), if any."""
    keys = layer.primaryKeyAttributes()
    if len(keys) != 1:
        return None
    field = layer.fields().at(keys[0])
    return field.name() if is_integer(field) else None


def tr(text: str) -> str:
    return QCoreApplication.translate("LayerJoin", text)


def add_virtual_join(source: QgsVectorLayer, results: QgsVectorLayer, kind: str,
                     fields: Optional[List[str]] = None) -> QgsVectorLayerJoinInfo:
    """Main thread: join the results to ``source`` (fields prefixed ``epoch_``); no data is edited."""
    target = id_field(source)
    if target is None:
        raise SourceError(tr("'{layer}' has no integer key field to join on; copy the results instead (a new layer "
                             "with the source attributes and the results).").format(layer=source.name()))
    wanted = [f for f in (fields or DEFAULT_JOIN_FIELDS.get(kind, [])) if results.fields().indexOf(f) >= 0]
    info = QgsVectorLayerJoinInfo()
    info.setJoinLayer(results)
    info.setJoinFieldName(SOURCE_KEY)
    info.setTargetFieldName(target)
    info.setPrefix(JOIN_PREFIX)
    info.setUsingMemoryCache(True)
    info.setJoinFieldNamesSubset(wanted)
    info.setEditable(False)
    for existing in source.vectorJoins():  # joining twice replaces the earlier join
        if existing.joinLayerId() == results.id():
            source.removeJoin(results.id())
    if not source.addJoin(info):
        raise SourceError(tr("QGIS refused to join the results to '{layer}'.").format(layer=source.name()))
    return info


def copy_with_results(source: QgsVectorLayerFeatureSource, source_fields: QgsFields, wkb_type: int, crs,
                      transform_context, results: QgsVectorLayerFeatureSource, result_fields: QgsFields,
                      gpkg: Path, layer_name: str, kind: str, fields: Optional[List[str]] = None,
                      cancel: Callable[[], bool] = lambda: False) -> int:
    """Worker thread: a new GeoPackage layer with the source features, their attributes and the results."""
    wanted = [f for f in (fields or DEFAULT_JOIN_FIELDS.get(kind, [])) if result_fields.indexOf(f) >= 0]
    by_fid: Dict[int, list] = {}
    key_index = result_fields.indexOf(SOURCE_KEY)
    if key_index < 0:
        raise SourceError(tr("These results have no source feature ids; screen the layer again to join them."))
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in results.getFeatures(request):
        fid = feature.attribute(key_index)
        if fid is not None:
            by_fid[int(fid)] = [feature[name] for name in wanted]
    out_fields = QgsFields(source_fields)
    for name in wanted:
        field = QgsField(result_fields.field(name))
        field.setName(JOIN_PREFIX + name)
        out_fields.append(field)
    workdir = Path(tempfile.mkdtemp(prefix=".epoch-", dir=Path(gpkg).parent))
    try:
        staged = workdir / "copy.gpkg"
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer_name
        writer = QgsVectorFileWriter.create(str(staged), out_fields, wkb_type, crs, transform_context, options)
        if writer.hasError():
            raise LayerWriteError(f"Could not create {layer_name}: {writer.errorMessage()}")
        count = 0
        for feature in source.getFeatures():
            if cancel():
                del writer
                raise CancelledError()
            out = QgsFeature(out_fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(list(feature.attributes()) + by_fid.get(feature.id(), [None] * len(wanted)))
            writer.addFeature(out)
            count += 1
        del writer  # flushes and closes the file
        _install(staged, Path(gpkg), layer_name)
        return count
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
