"""Result layers of the algorithms: written by ``layers/``, styled like the dock's, style kept in the file.

An output asked for as a spreadsheet (CSV, XLSX, ODS) is converted from the staged GeoPackage after
every text cell a spreadsheet would run as a formula (``=HYPERLINK(...)``, ``+cmd|...`` carried over
from the input or an answer) got a leading single quote: the OWASP "CSV Injection" rule, in
:func:`~..core.display_text.spreadsheet_text`. Numbers stay numbers; a GeoPackage is never changed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Dict, List, Tuple

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProject, QgsVectorLayer

from ..core.display_text import FORMULA_STARTS, needs_quote
from ..layers.operations.epoch_api import LayerOutput
from ..layers.styles.renderers import apply_style
from ..layers.writer.results import store_style
from .algorithm_base import finish_destination

_KEEP: Dict[int, StylePostProcessor] = {}  # Processing holds post-processors by raw pointer


class StylePostProcessor(QgsProcessingLayerPostProcessorInterface):
    """Applies the plugin's style when Processing loads an output into the project."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        self.kind = kind

    def postProcessLayer(self, layer, context, feedback):  # noqa: N802 (QGIS's name)
        if isinstance(layer, QgsVectorLayer):
            apply_style(layer, self.kind)
            replace_older_copies(layer)
            layer.triggerRepaint()


def replace_older_copies(layer: QgsVectorLayer) -> None:
    """A second run into the same table replaces the layer loaded by the first, never duplicates it."""
    project = QgsProject.instance()
    if project.mapLayer(layer.id()) is None:
        return
    stale = [other.id() for other in project.mapLayers().values()
             if other.id() != layer.id() and isinstance(other, QgsVectorLayer) and other.source() == layer.source()]
    if stale:
        project.removeMapLayers(stale)


SPREADSHEET_SUFFIXES = (".csv", ".xlsx", ".ods")


def is_spreadsheet(destination: str) -> bool:
    """Whether ``destination`` (a path, maybe with ``|layername=``) is a file people open in a spreadsheet."""
    return Path(destination.split("|")[0]).suffix.lower() in SPREADSHEET_SUFFIXES


def _sql_text(text: str) -> str:
    return f"char({ord(text)})" if not text.isprintable() else "'" + text.replace("'", "''") + "'"


def defuse_formulas(gpkg: Path, layer_name: str) -> int:
    """Quote every text cell of ``layer_name`` that a spreadsheet would run as a formula (see
    :func:`~..core.display_text.spreadsheet_text`), in the staged GeoPackage ``gpkg``; how many cells.

    SQLite picks the rows whose text starts with a formula character; only those are read and rewritten,
    in one transaction. A column name that would run (it becomes the header cell) is quoted too.
    """
    from osgeo import ogr

    dataset = ogr.Open(str(gpkg), 1)
    if dataset is None:
        return 0
    layer = dataset.GetLayerByName(layer_name)
    definition = layer.GetLayerDefn()
    for i in range(definition.GetFieldCount()):
        if needs_quote(definition.GetFieldDefn(i).GetName()):
            renamed = ogr.FieldDefn("'" + definition.GetFieldDefn(i).GetName(), definition.GetFieldDefn(i).GetType())
            layer.AlterFieldDefn(i, renamed, ogr.ALTER_NAME_FLAG)
    definition = layer.GetLayerDefn()
    texts = [i for i in range(definition.GetFieldCount()) if definition.GetFieldDefn(i).GetType() == ogr.OFTString]
    if not texts:
        return 0
    starts = ", ".join(_sql_text(c) for c in FORMULA_STARTS)
    names = ['"' + definition.GetFieldDefn(i).GetName().replace('"', '""') + '"' for i in texts]
    layer.SetAttributeFilter(" OR ".join(f"substr({name}, 1, 1) IN ({starts})" for name in names))
    changes: List[Tuple[int, Dict[int, str]]] = []
    for feature in layer:
        cells = {i: "'" + feature.GetField(i) for i in texts if needs_quote(feature.GetField(i))}
        if cells:
            changes.append((feature.GetFID(), cells))
    layer.SetAttributeFilter(None)
    if changes:
        layer.StartTransaction()
        for fid, cells in changes:
            feature = layer.GetFeature(fid)
            for i, text in cells.items():
                feature.SetField(i, text)
            layer.SetFeature(feature)
        layer.CommitTransaction()
    dataset = None
    return sum(len(cells) for _, cells in changes)


def publish(output: LayerOutput, requested: str, final: str, context) -> str:
    """Embed the style in the GeoPackage (unless it came with the layer), convert if another format was asked,
    style on load.

    ``requested`` is what the OUTPUT parameter resolved to (the key Processing loads
    by); ``final`` names the exact layer written, which is what gets loaded. A spreadsheet
    gets no cell that runs as a formula (see ``finish_destination``).
    """
    if not output.style_stored:  # else stored with the layer, in the same transaction (write_layer's finish)
        store_style(output.gpkg, output.layer_name, output.kind)  # this thread is not the GUI's
    destination = finish_destination(output.gpkg, output.layer_name, final)
    if context.willLoadLayerOnCompletion(requested):
        layers = context.layersToLoadOnCompletion()
        details = layers.pop(requested)
        processor = StylePostProcessor(output.kind)
        _KEEP[id(processor)] = processor
        details.setPostProcessor(processor)
        layers[destination] = details
        context.setLayersToLoadOnCompletion(layers)
    return destination
