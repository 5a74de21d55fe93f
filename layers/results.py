"""Opening written result layers: styled, with the style stored in the GeoPackage, on the main thread."""

from __future__ import annotations

from pathlib import Path

from qgis.core import QgsProject, QgsVectorLayer

from .styles import apply_style, save_default_style

RESULTS_FILE = "epoch_eudr_results.gpkg"


def default_results_path() -> Path:
    """Next to the saved project, else ``~/Epoch EUDR/``: never a temporary file that vanishes."""
    home = QgsProject.instance().homePath()
    folder = Path(home) if home else Path.home() / "Epoch EUDR"
    return folder / RESULTS_FILE


def open_result_layer(gpkg_path: Path, layer_name: str, kind: str, display_name: str = "") -> QgsVectorLayer:
    """The layer from the GeoPackage with its style applied and saved as the file's default style."""
    layer = QgsVectorLayer(f"{gpkg_path}|layername={layer_name}", display_name or layer_name, "ogr")
    if not layer.isValid():
        raise RuntimeError(f"Could not open layer '{layer_name}' of {gpkg_path}")
    apply_style(layer, kind)
    save_default_style(layer, kind)
    return layer
