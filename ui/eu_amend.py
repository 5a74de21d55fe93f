"""*Amend...*: a statement's form, filled in with what was sent (layers/eu_statements.recorded_form) and its plots'
layer (the one recorded with the statement, loaded when it is not; never another layer), to change and send again
as an amendment (amendDds: the same reference number). The activity and the internal reference stay as they are:
the service keeps a statement's activity, and the internal reference is how the statement is found ("EUDR
Information System - Operator API Reference" v1.0, section 10.3).
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Optional, Tuple

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout

from ..core.eu_is.build import build_statement, preview
from ..core.eu_is.checks import StatementRefused
from ..core.eu_is.records import StatementRecord
from ..core.gpkg.statements import declared_plots
from ..layers.operations.eu_statements import amend, plots_geopackage, production_places, recorded_form
from ..layers.writer.results import layer_uri
from .eu_statement_form import StatementFormWidget


def tr(text: str) -> str:
    return QCoreApplication.translate("EuAmend", text)


def plots_layer(record: StatementRecord) -> Optional[QgsVectorLayer]:
    """The project's layer of the statement's plots (its GeoPackage and table), if one is loaded."""
    if not record.plots_gpkg:
        return None
    for layer in QgsProject.instance().mapLayers().values():
        if isinstance(layer, QgsVectorLayer) and plots_geopackage(layer) == (record.plots_gpkg, record.plots_table):
            return layer
    return None


def recorded_plots(record: StatementRecord) -> Tuple[Optional[QgsVectorLayer], str]:
    """The statement's declared production places as a layer of the project, and a sentence on where they came
    from. The layer recorded with the statement (its GeoPackage and table) is used when loaded, else loaded and
    added to the project; when it cannot be opened, or none was recorded, no layer (never another layer of the
    project: an amendment replaces the places the EU holds) and a sentence saying what was declared and where."""
    if not record.plots_gpkg:
        return None, tr("The places this statement declared were not read from a GeoPackage, so they were not "
                        "recorded: choose the layer of production places.")
    layer = plots_layer(record)
    if layer is not None:
        return layer, tr("Production places: {table} of {path}, as declared.").format(
            table=layer.name(), path=record.plots_gpkg)
    path = Path(record.plots_gpkg)
    if path.is_file():
        opened = QgsVectorLayer(layer_uri(path, record.plots_table) if record.plots_table else str(path),
                                record.plots_table or path.stem, "ogr")
        if opened.isValid() and plots_geopackage(opened) == (record.plots_gpkg, record.plots_table):
            QgsProject.instance().addMapLayer(opened)
            return opened, tr("Production places: {table} of {path}, as declared (added to the project).").format(
                table=opened.name(), path=record.plots_gpkg)
    return None, tr("The statement declared the production places of the layer {table} in {path}, which cannot be "
                    "opened (moved, renamed or deleted?): load that layer, or choose the layer of production "
                    "places.").format(table=record.plots_table or "-", path=record.plots_gpkg)


class AmendDialog(QDialog):
    """The statement's form, filled in; *Amend* accepts it (the list then checks and sends it)."""

    def __init__(self, record: StatementRecord, parent=None) -> None:
        super().__init__(parent)
        self.record = record
        self.setObjectName("eu_amend_dialog")
        self.setWindowTitle(tr("Amend the statement {name}").format(name=record.internal_reference or record.uuid))
        layout = QVBoxLayout(self)
        intro = QLabel(tr("The statement's new content replaces what was sent; its reference and verification "
                          "numbers stay. Choose the production places and change what needs changing."), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.form = StatementFormWidget(self)
        layer, said = recorded_plots(record)
        self.places = QLabel(said, self)  # which places the amendment starts from, or why none
        self.places.setObjectName("eu_amend_places")
        self.places.setWordWrap(True)
        layout.addWidget(self.places)
        self.form.set_form(recorded_form(record), layer, keep_empty=True)
        if layer is not None:
            self._select_declared(layer)
        self.form.activity.setEnabled(False)
        self.form.activity.setToolTip(tr("An amendment cannot change the activity."))
        self.form.internal_reference.setReadOnly(True)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.form)
        layout.addWidget(scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("Amend"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(520, 640)

    def _select_declared(self, layer: QgsVectorLayer) -> None:
        """When the statement declared only some of the layer's features (it was sent with *Selected features
        only*), those features selected and *Selected features only* ticked: the amendment starts from the same
        places."""
        try:
            fids = [row["plot_fid"] for row in declared_plots(Path(self.record.plots_gpkg), self.record.plots_table)
                    if row["local_id"] == self.record.local_id and row["plot_fid"] is not None]
        except sqlite3.Error:  # the table of declared plots is not there (an older GeoPackage): all of them
            return
        if fids and len(set(fids)) < layer.featureCount():
            layer.selectByIds(sorted(set(int(fid) for fid in fids)))
            self.form.selected_only.setChecked(True)


def amend_from(client, record: StatementRecord, snapshot, form, plots_gpkg: str, plots_table: str, cancel
               ) -> StatementRecord:
    """Worker: the places read, the amendment built and checked (every refusal before any request), sent once."""
    built = build_statement(production_places(snapshot, cancel), form)
    seen = preview(built)
    if seen.problems:
        raise StatementRefused(seen.problems)
    return amend(client, record, built, plots_gpkg=plots_gpkg, plots_table=plots_table)
