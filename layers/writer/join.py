"""Results back on the user's features: a virtual join, or a copy. The source data is never edited.

The screening results carry ``epoch_source_fid``, the QGIS feature id each result came from. A virtual
join needs a field of the source holding that id: a GeoPackage's ``fid`` (OGR's feature id is its key),
else an expression field of the feature id (``@id``; ``$id`` before QGIS 3.28) added to the layer. An
expression field lives in the project, not in the data, and OGR's feature ids are stable for a file (a
GeoJSON's or Shapefile's feature number, a CSV's line), so the join works on any layer of the project and
again when the project is reopened.

A copy writes every source attribute beside the results into a new GeoPackage layer, staged and moved
in atomically. A field type the GeoPackage writer refuses (OGR's JSON fields, e.g. a GeoJSON property
holding numbers and text, lists, maps) is written as text; where QGIS could not read such a value
(QGIS 3.22 reads a JSON number or string as NULL), it is taken as OGR reads it.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Callable, Dict, List, Mapping, Optional, Set

from qgis.core import (
    QgsExpression,
    QgsFeature,
    QgsFeatureRequest,
    QgsField,
    QgsFields,
    QgsMapLayer,
    QgsProject,
    QgsProviderRegistry,
    QgsVectorFileWriter,
    QgsVectorLayer,
    QgsVectorLayerFeatureSource,
    QgsVectorLayerJoinInfo,
)
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError
from ...core.result_kinds import RESULT_KINDS
from ...core.result_rows import SOURCE_KEY
from ...core.risk import PLOT_STATUSES
from ..inputs.features import json_value
from ..inputs.source import SourceError
from ..qgis_compat import QGIS_VERSION_INT, is_integer, is_type, make_field
from ..styles.maptips import maptip_for, present_values
from ..styles.renderers import RENDERERS
from .gpkg_install import install, release
from .gpkg_writer import LayerWriteError, staging_dir
from .results import layer_uri_parts, store_style

JOIN_PREFIX = "epoch_"
DEFAULT_JOIN_FIELDS = {key: list(kind.join_fields) for key, kind in RESULT_KINDS.items() if kind.join_fields}
#: the feature id in an expression: ``@id`` from QGIS 3.28 (``$id`` is kept there for old projects only)
ID_EXPRESSION = "@id" if QGIS_VERSION_INT >= 32800 else "$id"
ID_EXPRESSIONS = ("@id", "$id")  # either, in a project saved by another QGIS
KEY_FIELD = "epoch_fid"  # the expression field of the feature id a join is keyed on when the layer has no key
#: field types the GeoPackage writer takes on every supported QGIS; any other is copied as text
WRITABLE_TYPES = ("Int", "LongLong", "Double", "QString", "Bool", "QDate", "QTime", "QDateTime", "QByteArray")


def tr(text: str) -> str:
    return QCoreApplication.translate("LayerJoin", text)


# join -------------------------------------------------------------------------------------------------------
def id_field(layer: QgsVectorLayer) -> Optional[str]:
    """The data field whose values are the feature ids: an OGR layer's single integer key (a GeoPackage's
    ``fid``), which OGR uses as the feature id. Another provider's key may map to other ids."""
    keys = layer.primaryKeyAttributes()
    if layer.providerType() != "ogr" or len(keys) != 1:
        return None
    field = layer.fields().at(keys[0])
    return field.name() if is_integer(field) else None


def key_expression_field(layer: QgsVectorLayer) -> Optional[str]:
    """An expression field of the feature id the layer already has (from an earlier join), if any."""
    for index, field in enumerate(layer.fields()):
        if layer.expressionField(index).strip() in ID_EXPRESSIONS:
            return field.name()
    return None


def join_refusal(results: QgsVectorLayer) -> str:
    """Why these results cannot be joined back (in the user's language), or ``""``."""
    if results.fields().indexOf(SOURCE_KEY) < 0:
        return tr("These results have no source feature ids; screen the layer again to join them.")
    return ""


def _join_target(source: QgsVectorLayer) -> str:
    """The source field holding the feature ids: its key, an earlier feature id field, else a new one."""
    name = id_field(source) or key_expression_field(source)
    if name:
        return name
    taken = {n.lower() for n in source.fields().names()}
    name, n = KEY_FIELD, 1
    while name.lower() in taken:
        n += 1
        name = f"{KEY_FIELD}_{n}"
    source.addExpressionField(ID_EXPRESSION, make_field(name, "LongLong"))
    if source.fields().indexOf(name) < 0:
        raise SourceError(tr("QGIS refused to add the feature id field to '{layer}'.").format(layer=source.name()))
    return name


def _epoch_joins(layer: QgsVectorLayer) -> List[QgsVectorLayerJoinInfo]:
    """The joins of screening results on ``layer`` (keyed on the source feature id, fields prefixed epoch_)."""
    return [info for info in layer.vectorJoins() if info.joinFieldName() == SOURCE_KEY
            and info.prefix() == JOIN_PREFIX]


#: Custom property of the layer a join reads (:func:`joined_results_layer`)
JOINED_RESULTS_PROPERTY = "epoch_eudr/joined_results"


def joined_results_layer(results: QgsVectorLayer) -> QgsVectorLayer:
    """Main thread: the layer a join of ``results`` reads: the same table through a layer of its own, registered
    in the project but not in its layer tree, never filtered. QGIS joins read the join layer through its filter,
    and the dock's filters are the results layer's own: joined to that layer, a source feature whose result the
    table did not show at the moment had none (and a later filter changed what was joined). One per table: an
    earlier one is reused; the project keeps it, so the join is there when the project opens again."""
    project = QgsProject.instance()
    path, name = layer_uri_parts(results.source())
    for layer in project.mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and layer.customProperty(JOINED_RESULTS_PROPERTY) \
                and layer_uri_parts(layer.source()) == (path, name):
            return layer
    whole = QgsVectorLayer(results.source(), tr("{layer} (joined)").format(layer=results.name()),
                           results.providerType())
    whole.setSubsetString("")
    if not whole.isValid():
        raise SourceError(tr("QGIS could not open the results of '{layer}' again to join them.").format(
            layer=results.name()))
    whole.setReadOnly(True)
    whole.setCustomProperty(JOINED_RESULTS_PROPERTY, True)
    whole.setFlags(whole.flags() | QgsMapLayer.LayerFlag.Private)  # offered in no layer combo box
    project.addMapLayer(whole, False)  # in the project, not in the layer tree
    return whole


def add_virtual_join(source: QgsVectorLayer, results: QgsVectorLayer, kind: str,
                     fields: Optional[List[str]] = None) -> QgsVectorLayerJoinInfo:
    """Main thread: join the results to ``source`` (fields prefixed ``epoch_``), all of them, whatever filter the
    results layer has (:func:`joined_results_layer`); no data is edited.

    An earlier join of screening results is replaced (the same ``epoch_`` names cannot show two screenings).
    """
    refusal = join_refusal(results)
    if refusal:
        raise SourceError(refusal)
    reading = joined_results_layer(results)  # every result, whatever the table or the map shows; first: a refusal
    target = _join_target(source)  # leaves the source as it was
    wanted = [f for f in (fields or DEFAULT_JOIN_FIELDS.get(kind, [])) if results.fields().indexOf(f) >= 0]
    info = QgsVectorLayerJoinInfo()
    info.setJoinLayer(reading)
    info.setJoinFieldName(SOURCE_KEY)
    info.setTargetFieldName(target)
    info.setPrefix(JOIN_PREFIX)
    info.setUsingMemoryCache(True)
    info.setJoinFieldNamesSubset(wanted)
    info.setEditable(False)
    for existing in _epoch_joins(source):
        source.removeJoin(existing.joinLayerId())
    if not source.addJoin(info):
        raise SourceError(tr("QGIS refused to join the results to '{layer}'.").format(layer=source.name()))
    return info


# copy -------------------------------------------------------------------------------------------------------
def added_fields(layer: QgsVectorLayer) -> Set[str]:
    """The fields a results join added to ``layer`` (``epoch_...``) and its key field: the plugin's, not the user's
    data (a copy carries the results once; a screening does not send them back)."""
    ours: Set[str] = set()
    for info in _epoch_joins(layer):
        names = info.joinFieldNamesSubset() or []
        ours.update(JOIN_PREFIX + name for name in names)
    for index, field in enumerate(layer.fields()):
        if layer.expressionField(index).strip() in ID_EXPRESSIONS and field.name().startswith(KEY_FIELD):
            ours.add(field.name())
    return ours


def copy_source_fields(layer: QgsVectorLayer) -> QgsFields:
    """The fields of ``layer`` a copy keeps: all but those a results join added (the copy has the results)."""
    ours = added_fields(layer)
    kept = QgsFields()
    for field in layer.fields():
        if field.name() not in ours:
            kept.append(QgsField(field))
    return kept


def gpkg_fid_names(layer: QgsVectorLayer) -> Set[str]:
    """The GeoPackage's own feature id (the provider's primary key, ``fid``): a row number of the file, not a
    property of the location (sent, it came back as a useless ``fid_`` column)."""
    provider = layer.dataProvider()
    if layer.providerType() != "ogr" or provider is None or provider.storageType() != "GPKG":
        return set()
    return {layer.fields().at(i).name() for i in provider.pkAttributeIndexes()}


def gpkg_fid_column(layer: QgsVectorLayer) -> str:
    """The copy's GeoPackage id column: ``fid``, unless the layer has a field of that name that is not its
    feature id (a GeoJSON property ``fid`` holding text or repeated numbers would be refused as the id)."""
    taken = {name.lower() for name in layer.fields().names()}
    own = (id_field(layer) or "").lower()
    name, n = "fid", 1
    while name in taken and name != own:
        n += 1
        name = f"fid_{n}"
    return name


def copied_as_text(field: QgsField) -> bool:
    """Whether the copy writes ``field`` as text: a type the GeoPackage writer refuses, or OGR's JSON field (a
    GeoJSON property of numbers and text, lists or maps): QGIS 3.22 reads it as a map field (its numbers and text
    as NULL), QGIS 3.44 as a text field holding the parsed value (2.54 a number), which the writer will not
    convert into text."""
    return not is_type(field, *WRITABLE_TYPES) or field.typeName().lower() == "json"


def writable_fields(fields: QgsFields) -> List[QgsField]:
    """``fields`` as the GeoPackage writer takes them: a type it refuses becomes text (values kept)."""
    out = []
    for field in fields:
        if not copied_as_text(field):
            out.append(QgsField(field))
        else:
            text = make_field(field.name(), "QString")
            text.setAlias(field.alias())
            text.setComment(field.comment())
            out.append(text)
    return out


def as_text(value) -> Optional[str]:
    """A value of a field copied as text: lists and maps as JSON, numbers as Python writes them."""
    if isinstance(value, (dict, list, tuple)):
        return json.dumps(value, ensure_ascii=False, default=str)
    value = json_value(value)
    if value is None or isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def raw_text(raw: Optional[str]) -> Optional[str]:
    """OGR's text of a JSON field's value: a number as Python writes it (``2.1899999999999999`` is 2.19, as
    the file says), anything else as OGR gives it (text such as ``5,84`` stays text)."""
    if raw is None:
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return raw
    if isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value):
        return str(value)
    return raw


class OgrValues:
    """The values of some fields of an OGR layer as OGR reads them, by feature id (read in the worker)."""

    def __init__(self, path: str, layer_name: str, layer_index: int, open_options: List[str],
                 fields: List[str], label: str) -> None:
        self.path, self.layer_name, self.layer_index = path, layer_name, layer_index
        self.open_options, self.fields, self.label = open_options, fields, label
        self.values: Dict[int, List[Optional[str]]] = {}

    @classmethod
    def of(cls, layer: QgsVectorLayer, fields: QgsFields) -> Optional[OgrValues]:
        """Main thread: for an OGR layer with fields copied as text, where to read them; else ``None``."""
        names = [f.name() for f in fields if not is_type(f, *WRITABLE_TYPES)
                 and layer.dataProvider().fields().indexOf(f.name()) >= 0]
        if layer.providerType() != "ogr" or not names:
            return None
        parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
        try:
            index = int(parts.get("layerId") or 0)
        except (TypeError, ValueError):
            index = 0
        options = parts.get("openOptions") or []
        return cls(str(parts.get("path") or ""), str(parts.get("layerName") or ""), index,
                   [str(o) for o in options], names, layer.name())

    def load(self, cancel: Callable[[], bool]) -> None:
        """Worker thread: read the fields of every feature (one pass; geometries are not read)."""
        from osgeo import gdal

        dataset = gdal.OpenEx(self.path, gdal.OF_VECTOR | gdal.OF_READONLY, open_options=self.open_options)
        layer = feature = None
        try:
            if dataset is not None:
                layer = dataset.GetLayerByName(self.layer_name) if self.layer_name else \
                    dataset.GetLayer(self.layer_index)
            if layer is None:
                raise SourceError(tr("Could not read the fields {fields} of '{layer}' ({path}) with GDAL; nothing "
                                     "was written.").format(fields=", ".join(self.fields), layer=self.label,
                                                            path=self.path))
            definition = layer.GetLayerDefn()
            every = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
            layer.SetIgnoredFields(["OGR_GEOMETRY", "OGR_STYLE"] + [n for n in every if n not in self.fields])
            indexes = [definition.GetFieldIndex(name) for name in self.fields]
            for count, feature in enumerate(layer):
                if count % 1000 == 0 and cancel():
                    raise CancelledError()
                values = [feature.GetField(i) if i >= 0 else None for i in indexes]
                self.values[feature.GetFID()] = [raw_text(v) if isinstance(v, str) else as_text(v) for v in values]
        finally:  # closed here, also when cancelled: the error's frames must not hold the file open
            dataset = layer = feature = None  # noqa: F841

    def value(self, fid: int, name: str) -> Optional[str]:
        row = self.values.get(fid)
        return row[self.fields.index(name)] if row is not None else None


def _unique(name: str, taken: Set[str]) -> str:
    out, n = name, 1
    while out.lower() in taken:
        n += 1
        out = f"{name}_{n}"
    taken.add(out.lower())
    return out


def copy_class_expression(attribute: str, copied: Mapping[str, str]) -> Optional[str]:
    """The expression of the copy that holds what the screened results' renderer draws by (``attribute``):
    the copied field (``epoch_level``), or for ``status_key``, which is not copied, the key of the copied status
    (``epoch_status`` holds its label); ``None`` when the copy has neither."""
    if attribute in copied:
        return QgsExpression.quotedColumnRef(copied[attribute])
    if attribute == "status_key" and "status" in copied:
        status = QgsExpression.quotedColumnRef(copied["status"])
        quoted = QgsExpression.quotedString
        cases = " ".join(f"WHEN {status} = {quoted(s.label)} THEN {quoted(s.key)}" for s in PLOT_STATUSES)
        return f"CASE {cases} END"
    return None


def copy_maptip(layer: QgsVectorLayer, kind: str, copied: Mapping[str, str]) -> Optional[str]:
    """The screened results' map tip for the fields the copy has (``copied``: result field -> its name in the
    copy), each read from its copy (``"status"`` -> ``"epoch_status"``; ``status_key``, not copied, from the
    copied status); ``None`` when the results of ``kind`` have no map tip."""
    spec = RESULT_KINDS.get(kind)
    style = spec.style_key if spec is not None else kind
    columns = {name: QgsExpression.quotedColumnRef(column) for name, column in copied.items()}
    status_key = copy_class_expression("status_key", copied)
    if status_key is not None and "status_key" not in copied:
        columns["status_key"] = f"({status_key})"
    results = {name for name, _, _ in spec.fields} if spec is not None else set()
    # the user's own fields as they are (the plot id of the title), the results' as their copies
    own = [name for name in layer.fields().names() if name not in results and name not in copied.values()]
    template = maptip_for(style, own + list(columns),
                          lambda name: present_values(layer, copied.get(name, name if name in own else "")))
    if template is None:
        return None
    return _EXPRESSION_BLOCK.sub(lambda block: "[%" + _renamed(block.group(1), columns) + "%]", template)


_EXPRESSION_BLOCK = re.compile(r"\[%(.*?)%\]", re.DOTALL)
#: a QGIS expression's string literal ('it''s', 'a \' quote') or column reference ("name", "a ""b""")
_TOKEN = re.compile(r"'(?:[^'\\]|\\.|'')*'|\"((?:[^\"]|\"\")*)\"")


def _renamed(expression: str, columns: Mapping[str, str]) -> str:
    """``expression`` with each column reference in ``columns`` replaced by its expression; literals kept."""
    def swap(token):
        if token.group(1) is None:
            return token.group(0)  # a string literal, whatever it holds
        return columns.get(token.group(1).replace('""', '"'), token.group(0))
    return _TOKEN.sub(swap, expression)


def style_copy(layer: QgsVectorLayer, kind: str, copied: Mapping[str, str]) -> None:
    """Draw the copy as the screened results of ``kind`` are drawn (their renderer: the status colours of
    ``core.colours``), its categories read from the copied fields (``copied``: result field -> its name in the
    copy), with their map tip (:func:`copy_maptip`); a copy without them keeps QGIS's default."""
    template = copy_maptip(layer, kind, copied)
    if template is not None:
        layer.setMapTipTemplate(template)
    spec = RESULT_KINDS.get(kind)
    make = RENDERERS.get(spec.style_key if spec is not None else kind)
    renderer = make(layer) if make is not None else None
    if renderer is None or not hasattr(renderer, "classAttribute"):
        return
    expression = copy_class_expression(renderer.classAttribute(), copied)
    if expression is None:
        return
    renderer.setClassAttribute(expression)
    if renderer.orderByEnabled():  # the worst drawn on top, as on the results layer
        clauses = [QgsFeatureRequest.OrderByClause(expression, clause.ascending())
                   for clause in renderer.orderBy().list()]
        renderer.setOrderBy(QgsFeatureRequest.OrderBy(clauses))
    layer.setRenderer(renderer)


def unfiltered(results: QgsVectorLayer) -> QgsVectorLayer:
    """Main thread: ``results`` without the filter the user set to look at some of them (a layer of its own on the
    same table), or ``results`` itself when it has none: a copy with results carries every feature's result,
    whatever the map shows."""
    if not results.subsetString():
        return results
    whole = QgsVectorLayer(results.source(), results.name(), results.providerType())
    whole.setSubsetString("")
    return whole if whole.isValid() else results


def copy_with_results(source: QgsVectorLayerFeatureSource, source_fields: QgsFields, wkb_type: int, crs,
                      transform_context, results: QgsVectorLayerFeatureSource, result_fields: QgsFields,
                      gpkg: Path, layer_name: str, kind: str, fields: Optional[List[str]] = None,
                      cancel: Callable[[], bool] = lambda: False, progress: Optional[Callable[[float], None]] = None,
                      total: int = -1, ogr_values: Optional[OgrValues] = None, fid_column: str = "fid") -> int:
    """Worker thread: a new GeoPackage layer with the source features, every attribute of ``source_fields``
    (see :func:`writable_fields`) and the results (prefixed ``epoch_``); written beside ``gpkg``, then moved in.

    ``ogr_values`` (see :meth:`OgrValues.of`) gives the values QGIS could not read; ``fid_column`` (see
    :func:`gpkg_fid_column`) names the id column; ``progress`` gets a percentage of ``total`` features.
    """
    wanted = [f for f in (fields or DEFAULT_JOIN_FIELDS.get(kind, [])) if result_fields.indexOf(f) >= 0]
    key_index = result_fields.indexOf(SOURCE_KEY)
    if key_index < 0:
        raise SourceError(tr("These results have no source feature ids; screen the layer again to join them."))
    by_fid: Dict[int, list] = {}
    request = QgsFeatureRequest().setFlags(QgsFeatureRequest.Flag.NoGeometry)
    for feature in results.getFeatures(request):
        fid = feature.attribute(key_index)
        if json_value(fid) is not None:
            by_fid[int(fid)] = [feature[name] for name in wanted]
    if ogr_values is not None:
        ogr_values.load(cancel)
    out_fields = QgsFields()
    texts = []  # (position, name) of the fields copied as text
    for position, field in enumerate(writable_fields(source_fields)):
        out_fields.append(field)
        if copied_as_text(source_fields.at(position)):
            texts.append((position, field.name()))
    taken = {name.lower() for name in out_fields.names()}
    copied: Dict[str, str] = {}  # result field -> its name in the copy
    for name in wanted:
        field = QgsField(result_fields.field(name))
        copied[name] = _unique(JOIN_PREFIX + name, taken)
        field.setName(copied[name])
        out_fields.append(field)
    empty = [None] * len(wanted)
    workdir = staging_dir(Path(gpkg), ".epoch-")
    writer = None
    try:
        staged = workdir / "copy.gpkg"
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = layer_name
        if fid_column != "fid":
            options.layerOptions = [f"FID={fid_column}"]
        writer = QgsVectorFileWriter.create(str(staged), out_fields, wkb_type, crs, transform_context, options)
        if writer.hasError():
            raise LayerWriteError(f"Could not create {layer_name}: {writer.errorMessage()}")
        count, indexes = 0, None
        for feature in source.getFeatures():
            if cancel():
                raise CancelledError()
            if indexes is None:  # the source's own field order (joins and expression fields may sit between)
                indexes = [feature.fields().indexOf(name) for name in source_fields.names()]
            values = [feature.attribute(i) if i >= 0 else None for i in indexes]
            for position, name in texts:
                text = as_text(values[position])
                if text is None and ogr_values is not None and name in ogr_values.fields:
                    text = ogr_values.value(feature.id(), name)
                values[position] = text
            out = QgsFeature(out_fields)
            out.setGeometry(feature.geometry())
            out.setAttributes(values + by_fid.get(feature.id(), empty))
            if not writer.addFeature(out):
                raise LayerWriteError(f"Could not write feature {feature.id()} of {layer_name}: "
                                      f"{writer.errorMessage()}")
            count += 1
            if progress is not None and total > 0 and count % 500 == 0:
                progress(min(99.0, 100.0 * count / total))
        writer = None  # flushes and closes the file
        if cancel():
            raise CancelledError()
        # the style travels in the staged file: the copy and its look arrive together (QGIS loads it as default)
        store_style(staged, layer_name, kind, apply=lambda layer: style_copy(layer, kind, copied),
                    title=f"Epoch EUDR {kind} copy style")
        install(staged, Path(gpkg), layer_name)
        return count
    finally:
        writer = None  # a failed or cancelled copy closes its file before its folder goes (else GDAL writes into
        # the removed file when QGIS exits: "attempt to write a readonly database")
        release(workdir)  # its lock closed with it (else the folder stays on Windows)
