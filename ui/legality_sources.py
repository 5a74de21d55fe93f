"""An Article 10 source as the dock shows it, for the facility card and the screened facilities' list alike.

Epoch's facility validation answers each facility's legality sources (Regulation (EU) 2023/1115 Art. 10(2)): the
date, the title (a link only for an ``http``/``https`` URL, :func:`~..core.legality.safe_url`; any other shown as
plain text), the snippet, the risk signal and relevance in the user's words; every server text escaped.
"""

from __future__ import annotations

import html
from typing import Any, Dict, Optional

from qgis.core import QgsProject, QgsVectorLayer
from qgis.PyQt.QtCore import QCoreApplication

from ..core.colours import CAPTION_GREY
from ..core.legality import safe_url
from ..layers.words.legality_words import relevance_text, risk_signal_text
from .wdg_common import existing_layer


def tr(text: str) -> str:
    return QCoreApplication.translate("FacilityCard", text)  # the card's words, shared with the screened list


def source_html(source: Dict[str, Any]) -> str:
    """One source as a label's rich text: every text escaped; the title a link only for an http(s) URL."""
    def esc(value: Any) -> str:
        return html.escape(str(value), quote=True) if value not in (None, "") else ""

    url, link = source.get("url"), safe_url(source.get("url"))
    title = esc(source.get("title")) or esc(url) or tr("Untitled source")
    if link:
        heading = f'<a href="{esc(link)}">{title}</a>'
    else:
        heading = title + (f" <span style='color:{CAPTION_GREY}'>({esc(url)})</span>" if url else "")
    date = esc(source.get("date")) or tr("no date")
    lines = [f"<b>{date}</b> · {heading}"]
    if source.get("snippet"):
        lines.append(esc(source.get("snippet")))
    signal = esc(risk_signal_text(source.get("risk_signal"))) or "–"
    relevance = esc(relevance_text(source.get("relevance"))) or "–"
    lines.append("<i>" + esc(tr("Risk signal: {signal}; relevance: {relevance}")).format(
        signal=signal, relevance=relevance) + "</i>")
    return "<br>".join(lines)


def start_off_the_map(table: QgsVectorLayer, previous: Optional[QgsVectorLayer]) -> None:
    """A sources table new to the project (not ``previous``, the one shown before) starts unticked in the Layers
    panel: it is read through its facility (the dock's list, the form), and its points would hide the facilities'.
    One the user ticked stays ticked through later runs."""
    if existing_layer(previous) is table:
        return
    node = QgsProject.instance().layerTreeRoot().findLayer(table.id())
    if node is not None:
        node.setItemVisibilityChecked(False)
