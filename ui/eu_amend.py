"""*Amend...*: a statement's form, filled in with what was sent (layers/eu_statements.recorded_form) and its plots'
layer when it is loaded, to change and send again as an amendment (amendDds: the same reference number). The
activity and the internal reference stay as they are: the service keeps a statement's activity, and the internal
reference is how the statement is found ("EUDR Information System - Operator API Reference" v1.0, section 10.3).
"""

from __future__ import annotations

from typing import Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication
from qgis.PyQt.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout

from ..core.eu_is.build import build_statement, preview
from ..core.eu_is.checks import StatementRefused
from ..core.eu_is.records import StatementRecord
from ..layers.eu_statements import amend, plots_geopackage, production_places, recorded_form
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
        self.form.set_form(recorded_form(record), plots_layer(record))
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


def amend_from(client, record: StatementRecord, snapshot, form, plots_gpkg: str, plots_table: str, cancel
               ) -> StatementRecord:
    """Worker: the places read, the amendment built and checked (every refusal before any request), sent once."""
    built = build_statement(production_places(snapshot, cancel), form)
    seen = preview(built)
    if seen.problems:
        raise StatementRefused(seen.problems)
    return amend(client, record, built, plots_gpkg=plots_gpkg, plots_table=plots_table)
