"""Result layers of the algorithms: written by ``layers/``, styled like the dock's, style kept in the file."""

from __future__ import annotations

from typing import Dict

from qgis.core import QgsProcessingLayerPostProcessorInterface, QgsProject, QgsVectorLayer

from ..layers.operations import LayerOutput
from ..layers.results import store_style
from ..layers.styles import apply_style
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


def publish(output: LayerOutput, requested: str, final: str, context) -> str:
    """Embed the style in the GeoPackage, convert if another format was asked, style on load.

    ``requested`` is what the OUTPUT parameter resolved to (the key Processing loads
    by); ``final`` names the exact layer written, which is what gets loaded.
    """
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
