"""The Assessments tab's DDS actions: download the Due Diligence Statement, load its layers, open its PDF.

A mixin of :class:`~.wdg_assessments.AssessmentsTab` (it uses the tab's status, task bar, session and
selected row), kept apart so the tab's module stays small. A ZIP is opened only through
:func:`~..core.api.download.open_zip` (its entry count from the end records, then its entries checked),
and the names of its entries are shown escaped (:func:`~..core.display_text.shown`).
"""

from __future__ import annotations

import zipfile
from pathlib import Path
from typing import List, Optional

from qgis.core import (
    Qgis,
    QgsFillSymbol,
    QgsLineSymbol,
    QgsMarkerSymbol,
    QgsProject,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)
from qgis.PyQt.QtCore import QCoreApplication, QUrl
from qgis.PyQt.QtGui import QDesktopServices
from qgis.PyQt.QtWidgets import QFileDialog

from ..core.api.download import extract_dds_pdf, open_zip, sweep_temporary_folders, temporary_folder
from ..core.api.errors import EpochError
from ..core.colours import DDS_FILL, DDS_TEAL, WHITE_EDGE
from ..core.display_text import shown
from ..core.risk import NOT_ASSESSABLE
from ..layers.operations.epoch_api import download_dds, layer_slug
from ..layers.operations.task import OperationTask
from ..layers.words.language import error_text, number_form
from ..layers.writer.results import default_results_path
from .wdg_common import show_status


def tr(text: str) -> str:
    return QCoreApplication.translate("AssessmentsTab", text)  # the tab's context: one set of translations


def _geojson_head(archive: zipfile.ZipFile, name: str) -> bool:
    """Whether a ``.json`` entry is GeoJSON: its first kilobytes name a ``FeatureCollection`` or ``Feature``."""
    try:
        with archive.open(name) as entry:
            head = entry.read(4096).decode("utf-8", "replace")
    except (zipfile.BadZipFile, OSError, RuntimeError):
        return False
    return '"FeatureCollection"' in head or '"Feature"' in head


def dds_style(layer: QgsVectorLayer) -> None:
    """One fixed look for a DDS layer (``core.colours``: never QGIS's random colour, the same at every load):
    teal plots with a light fill, teal dots on a white edge for plots given as points."""
    kind = QgsWkbTypes.GeometryType
    symbols = {
        kind.PolygonGeometry: lambda: QgsFillSymbol.createSimple(
            {"color": DDS_FILL, "outline_color": DDS_TEAL, "outline_width": "0.5"}),
        kind.PointGeometry: lambda: QgsMarkerSymbol.createSimple(
            {"name": "circle", "color": DDS_TEAL, "outline_color": WHITE_EDGE, "size": "2.6"}),
        kind.LineGeometry: lambda: QgsLineSymbol.createSimple({"color": DDS_TEAL, "width": "0.6"}),
    }
    make = symbols.get(layer.geometryType())
    if make is not None:
        layer.setRenderer(QgsSingleSymbolRenderer(make()))


class DdsActions:
    """``download``, ``load_dds_layers`` and ``open_pdf`` for the tab that mixes this in."""

    def download(self, target: Optional[str] = None) -> None:
        row = self.selected_row()
        if row is None or row.get("status") == NOT_ASSESSABLE.label:
            show_status(self.status, tr("Select an assessed producer (Not Assessable rows have no DDS)."),
                        Qgis.MessageLevel.Warning)
            return
        cid = row.get("collection_id")
        if not target:
            suggested = str(default_results_path().parent / f"DDS_{layer_slug(row.get('company_name') or cid)}.zip")
            target, _ = QFileDialog.getSaveFileName(self, tr("Save the Due Diligence Statement"), suggested,
                                                    tr("ZIP files (*.zip)"))
            if not target:
                return
        client = self._client()
        if client is None:
            return
        task = OperationTask(tr("Downloading DDS"), lambda progress, cancel: download_dds(
            client, [cid], Path(target), progress=progress, cancel=cancel), notify=self._notify,
            on_done=lambda result, _l: self._downloaded(result), add_to_project=False)
        self.task_bar.run(task)

    def _downloaded(self, result) -> str:
        """The task's final message: where the ZIP went and how many files it holds."""
        self.dds_path = result.path
        return tr("Saved {path} ({n} files). Load its GeoJSON as layers or open its PDF with the buttons "
                  "above.").format(path=result.path, n=len(result.names))

    def _checked_dds(self) -> Optional[Path]:
        """The downloaded DDS ZIP if it is still there and safe to read (central directory only: instant)."""
        if self.dds_path is None:
            return None
        try:
            with open_zip(self.dds_path):
                pass
        except EpochError as exc:
            self._notify(Qgis.MessageLevel.Critical, error_text(exc))
            return None
        except (zipfile.BadZipFile, OSError) as exc:
            text = tr("Cannot read {path} ({reason}): download the DDS again.")
            self._notify(Qgis.MessageLevel.Critical, text.format(path=self.dds_path, reason=exc))
            return None
        return self.dds_path

    def dds_layers(self) -> List[QgsVectorLayer]:
        path = self._checked_dds()
        if path is None:
            return []
        with open_zip(path) as archive:  # the ZIP's GeoJSON only: its manifest.json is no layer (OGR would log)
            names = [n for n in archive.namelist() if n.lower().endswith(".geojson") or (
                n.lower().endswith(".json") and _geojson_head(archive, n))]
        layers = [QgsVectorLayer(f"/vsizip/{path}/{n}", f"DDS {shown(Path(n).stem)}", "ogr") for n in names]
        layers = [layer for layer in layers if layer.isValid()]
        for layer in layers:
            dds_style(layer)
        return layers

    def load_dds_layers(self) -> None:
        if self._checked_dds() is None:
            return
        layers = self.dds_layers()
        for layer in layers:
            QgsProject.instance().addMapLayer(layer)
        self._notify(Qgis.MessageLevel.Success if layers else Qgis.MessageLevel.Warning,
                     number_form(len(layers), tr("{n} DDS layer added."), tr("{n} DDS layers added.")))

    def open_pdf(self) -> None:
        """Extract the DDS's PDF in a task (checked first: no ZIP bomb, no ../ name), then open it."""
        path = self._checked_dds()
        if path is None:
            return
        sweep_temporary_folders()  # what an earlier QGIS session left behind
        if self.pdf_folder is None or not self.pdf_folder.is_dir():
            self.pdf_folder = temporary_folder()
        folder = self.pdf_folder
        task = OperationTask(tr("Opening the DDS PDF"), lambda progress, cancel: extract_dds_pdf(
            path, folder, cancel=cancel), notify=self._notify, on_done=lambda pdf, _l: self._open_pdf(pdf),
            add_to_project=False)
        self.task_bar.run(task)

    def _open_pdf(self, pdf: str) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(pdf))
