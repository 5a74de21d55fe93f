"""The Article 10 sources of the screened facility selected in the Screening tab's table (or on the map).

A screening with "Article 10 check with its sources" keeps each facility's sources in a related table
(:mod:`..layers.tables.screened_sources`, joined by ``facility_fid``). Selecting one facility lists its sources under
the table as the facility card lists a checked facility's (:func:`~.legality_sources.source_html`: the date, the
title a link only for an ``http``/``https`` URL, the snippet, the risk signal; every server text escaped).
"""

from __future__ import annotations

import html
from typing import List, Optional

from qgis.core import QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QLabel

from ..layers.operations.facility_checks import plain_value, sources_of
from ..layers.tables.screened_sources import COUNT_COLUMN, KEY
from .legality_sources import source_html
from .wdg_common import existing_layer


def tr(text: str) -> str:
    return QCoreApplication.translate("FacilitySources", text)


class ScreenedSourcesList(QLabel):
    """Hidden unless one screened facility that was asked for its sources is selected."""

    def __init__(self, parent=None) -> None:
        super().__init__("", parent)
        self.setObjectName("screened_sources")
        self.setTextFormat(Qt.TextFormat.RichText)  # built by source_html: every server text escaped
        self.setWordWrap(True)
        self.setOpenExternalLinks(True)  # http(s) links only: opened in the browser
        self.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layer: Optional[QgsVectorLayer] = None
        self.sources: Optional[QgsVectorLayer] = None
        self.source_texts: List[str] = []
        self.setVisible(False)

    def follow(self, layer: Optional[QgsVectorLayer], sources: Optional[QgsVectorLayer]) -> None:
        """List the sources (``sources``) of the facility selected in ``layer``; ``None``: list nothing."""
        old = existing_layer(self.layer)
        if old is not None:
            try:
                old.selectionChanged.disconnect(self.update_list)
            except (TypeError, RuntimeError):
                pass
        self.layer, self.sources = layer, sources
        if layer is not None and sources is not None:
            layer.selectionChanged.connect(self.update_list)
        self.update_list()

    def update_list(self, *_args) -> None:
        layer, sources = existing_layer(self.layer), existing_layer(self.sources)
        ids = layer.selectedFeatureIds() if layer is not None and sources is not None else []
        feature = layer.getFeature(ids[0]) if len(ids) == 1 else None
        index = layer.fields().indexOf(COUNT_COLUMN) if feature is not None else -1
        if feature is None or index < 0 or plain_value(feature.attribute(index)) is None:  # sources not asked
            self.source_texts = []
            self.setText("")
            self.setVisible(False)
            return
        found = sources_of(sources, feature.id(), KEY)
        self.source_texts = [source_html(source) for source in found]
        name = next((str(value) for value in (plain_value(feature.attribute(field)) for field in (
            "facility_id", "address") if layer.fields().indexOf(field) >= 0) if value not in (None, "")), "")
        heading = (tr("Article 10 sources of {facility}:") if found else
                   tr("No Article 10 source found for {facility}.")).format(facility=name or tr("this facility"))
        self.setText(f"<p><b>{html.escape(heading)}</b></p>" + "".join(f"<p>{t}</p>" for t in self.source_texts))
        self.setVisible(True)
