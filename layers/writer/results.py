"""Result layers: the style stored in the GeoPackage (worker thread), the layer opened (main thread).

Storing the style is file I/O, so it runs where the layer was written; the main
thread only opens the layer, or refreshes the one already in the project, so a
second run never duplicates a layer or leaves one pointing at a replaced table.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Dict, Iterable, Optional, Tuple

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtXml import QDomDocument

from ..styles.renderers import apply_style
from ..styles.store import store_default_style

RESULTS_FILE = "epoch_eudr_results.gpkg"


def tr(text: str) -> str:
    return QCoreApplication.translate("ResultLayers", text)


def shown_layer_name(name: str) -> str:
    """A result layer's name as the Layers panel shows it, in the user's language (the operations name their
    layers in English: "Epoch assessments", "Plots: <producer>", "Supply shed: <producer>" (or "Assessed area:
    <producer>" for Direct Plots), "Screening: <layer> (facilities)")."""
    if name == "Epoch assessments":
        return tr("Epoch assessments")
    for english, template in (("Plots: ", tr("Plots: {producer}")), ("Supply shed: ", tr("Supply shed: {producer}")),
                              ("Assessed area: ", tr("Assessed area: {producer}")),
                              ("Facility: ", tr("Facility: {producer}"))):
        if name.startswith(english):
            return template.format(producer=name[len(english):])
    for ending, template in ((" (facilities)", tr("Screening: {layer} (facilities)")),
                             (" (plots)", tr("Screening: {layer} (plots)"))):
        if name.startswith("Screening: ") and name.endswith(ending):
            return template.format(layer=name[len("Screening: "):-len(ending)])
    return name


def default_results_path() -> Path:
    """Next to the saved project, else ``~/Epoch EUDR/``: never a temporary file that vanishes."""
    home = QgsProject.instance().homePath()
    folder = Path(home) if home else Path.home() / "Epoch EUDR"
    return folder / RESULTS_FILE


def layer_uri(gpkg_path: Path, layer_name: str) -> str:
    """The OGR data source of one layer of a GeoPackage: the one place such a source is built."""
    return f"{gpkg_path}|layername={layer_name}"


def layer_uri_parts(uri: str) -> Tuple[Path, Optional[str]]:
    """(file, layer name or ``None``) of an OGR data source such as :func:`layer_uri` builds."""
    parts = str(uri).split("|")
    name = next((part[len("layername="):] for part in parts[1:] if part.startswith("layername=")), None)
    return Path(parts[0]), name


def _bare_layer(gpkg_path: Path, layer_name: str, display_name: str = "") -> QgsVectorLayer:
    options = QgsVectorLayer.LayerOptions()
    options.loadDefaultStyle = False
    return QgsVectorLayer(layer_uri(gpkg_path, layer_name), display_name or layer_name, "ogr", options)


def style_qml(gpkg_path: Path, layer_name: str, kind: str,
              apply: Optional[Callable[[QgsVectorLayer], None]] = None,
              aliases: Optional[Dict[str, str]] = None) -> str:
    """The QML of the plugin's style for the written layer (any thread: the layer never joins a project);
    ``apply`` styles it when the kind's style is not :func:`..styles.renderers.apply_style`'s (the changes layer's);
    ``aliases``: column -> alias of columns beside the kind's own (the writer's ``finish``: a property kept
    beside Epoch's column of its name but for its case is shown by the name it came with)."""
    layer = _bare_layer(gpkg_path, layer_name)
    if not layer.isValid():
        raise OSError(f"Could not open layer '{layer_name}' of {gpkg_path}")
    (apply or (lambda opened: apply_style(opened, kind)))(layer)
    for column, alias in (aliases or {}).items():
        index = layer.fields().indexOf(column)
        if index >= 0:
            layer.setFieldAlias(index, alias)
    document = QDomDocument("qgis")
    error = layer.exportNamedStyle(document)
    if error:
        raise OSError(f"Could not build the style of '{layer_name}': {error}")
    return document.toString()


def store_style(gpkg_path: Path, layer_name: str, kind: str,
                apply: Optional[Callable[[QgsVectorLayer], None]] = None, title: str = "",
                aliases: Optional[Dict[str, str]] = None) -> None:
    """Worker thread: save the style into the GeoPackage as the layer's default (bounded wait on locks); the one
    way a style is written into a GeoPackage (``apply``, ``aliases``: see :func:`style_qml`)."""
    store_default_style(Path(gpkg_path), layer_name, style_qml(gpkg_path, layer_name, kind, apply, aliases),
                        layer_name, title or f"Epoch EUDR {kind} style")


def style_finish(kind: str) -> Callable[[Path, str, Dict[str, str]], None]:
    """``write_layer(..., finish=style_finish(kind))``: the style stored in the staged file, so the layer and its
    style arrive in the GeoPackage in one transaction (a kill or a full disk in between can no longer leave a
    new layer without its style, or a replaced layer with the previous one's), with the writer's aliases."""
    return lambda staged, layer_name, aliases: store_style(staged, layer_name, kind, aliases=aliases)


def _same_source(layer, gpkg_path: Path, layer_name: str) -> bool:
    if not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr":
        return False
    path, name = layer_uri_parts(layer.source())
    return name == layer_name and path.resolve() == Path(gpkg_path).resolve()


def project_layer_for(gpkg_path: Path, layer_name: str) -> Optional[QgsVectorLayer]:
    """The layer of the project that shows this GeoPackage layer, if one does."""
    for layer in QgsProject.instance().mapLayers().values():
        if _same_source(layer, gpkg_path, layer_name):
            return layer
    return None


def reload_file_layers(gpkg_path: Path, skip: Iterable[QgsVectorLayer] = (), project=None) -> int:
    """Main thread, once a worker wrote into ``gpkg_path``: every other layer of the project read from that file
    reopens its connection (``QgsMapLayer.reload``) and is drawn again; how many.

    QGIS reads a GeoPackage's layers through one shared connection, opened without locks when the file is in the
    rollback journal (GDAL's ``NOLOCK``): such a connection does not see a write made by another, and fails
    ("unable to open database file") if the file went to WAL meanwhile. A layer in an edit session keeps the
    connection it writes through."""
    target = Path(gpkg_path).resolve()
    skipped = {id(layer) for layer in skip}
    reloaded = 0
    for layer in (project or QgsProject.instance()).mapLayers().values():
        if (id(layer) in skipped or not isinstance(layer, QgsVectorLayer) or layer.providerType() != "ogr"
                or layer.isEditable()):
            continue
        if layer_uri_parts(layer.source())[0].resolve() == target:
            layer.reload()
            layer.triggerRepaint()
            reloaded += 1
    return reloaded


def open_result_layer(gpkg_path: Path, layer_name: str, kind: str, display_name: str = "") -> QgsVectorLayer:
    """Main thread: the styled layer; the project's own layer (refreshed) when it already shows this table."""
    existing = project_layer_for(gpkg_path, layer_name)
    if existing is not None:
        existing.setDataSource(layer_uri(gpkg_path, layer_name), existing.name(), "ogr")  # re-reads the new table
        if not existing.isValid():
            raise RuntimeError(f"Could not reopen layer '{layer_name}' of {gpkg_path}")
        _styled(existing, kind)
        existing.triggerRepaint()
        return existing
    layer = _bare_layer(gpkg_path, layer_name, shown_layer_name(display_name))
    if not layer.isValid():
        raise RuntimeError(f"Could not open layer '{layer_name}' of {gpkg_path}")
    _styled(layer, kind)
    return layer


def _styled(layer: QgsVectorLayer, kind: str) -> None:
    """The style the worker stored with the layer (:func:`store_style`), read back: built once per load, not
    again on the main thread; :func:`..styles.renderers.apply_style` only for a layer stored without one."""
    _message, loaded = layer.loadDefaultStyle()
    if not loaded:
        apply_style(layer, kind)
