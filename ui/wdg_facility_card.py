"""The "Check a facility here" card: pick a point on the map (or type it), see Epoch's answer for it.

The answer is shown as it was stored in the "Checked facilities" layer (read back from the layer, so
the card and the layer cannot disagree): the confidence score and level, the penalty breakdown of the
facility scoring (Epoch's "Facility Validation" page, the same breakdown screened facilities carry),
the warning, and the Article 10 sources. Nothing the server wrote is shown as HTML: every text is
escaped, and a source's title is a link only when its URL is ``http``/``https``
(:func:`~..core.legality.safe_url`); any other URL is shown as plain text.
"""

from __future__ import annotations

import math
import re
from typing import Any, Callable, Dict, List, Optional

from qgis.core import Qgis, QgsCoordinateReferenceSystem, QgsExpression, QgsFeatureRequest, QgsPointXY
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QCheckBox, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout

from ..core.colours import MESSAGE_COLOURS, colour_of
from ..core.confidence import PENALTY_KEYS
from ..layers.operations.facility_checks import (
    CHECKS_LAYER,
    check_facility_to_gpkg,
    check_summary,
    link_sources,
    plain_value,
    refusal_text,
    sources_of,
)
from ..layers.operations.facility_checks import to_wgs84 as map_to_wgs84
from ..layers.operations.task import OperationTask
from ..layers.words.language import decimal_text, integer_text, point_text, takes_singular
from ..layers.writer import results
from .facility_tool import FacilityPointTool
from .legality_sources import source_html, start_off_the_map
from .wdg_common import DockTab, existing_layer, show_status, status_label


def tr(text: str) -> str:
    return QCoreApplication.translate("FacilityCard", text)


def level_text(level: Any) -> str:
    return {"high": tr("High"), "medium": tr("Medium"), "low": tr("Low"), "invalid": tr("Invalid")}.get(
        str(level or "").lower(), str(level or "–"))


def score_text(score: Any) -> str:
    """A confidence or risk score as the card shows it: ``0,85`` in French, ``0.85`` in English; ``–`` when missing."""
    return "–" if not isinstance(score, (int, float)) else decimal_text(score, 2)


def joined(parts: List[str]) -> str:
    """Sentences of one status line, joined as the translation says (``; `` in English)."""
    text = ""
    for part in parts:
        text = part if not text else tr("{first}; {second}").format(first=text, second=part)
    return text


def penalty_labels() -> Dict[str, str]:
    """The penalty lines of the facility scoring (core.confidence.PENALTY_KEYS) in the user's language."""
    return {"commodity_absent": tr("No commodity presence"), "commodity_partial": tr("Low commodity presence"),
            "no_poi": tr("No POI nearby"), "no_building": tr("No building presence"), "no_road": tr("No road access"),
            "high_density": tr("High building density (urban)"), "deforestation": tr("Deforestation nearby")}


def parse_coordinates(text: str) -> Optional[tuple]:
    """(lon, lat) from ``"100.5, 13.75"``, ``"100.5 13.75"`` or, typed with decimal commas as French and most
    languages write them, ``"100,5 13,75"``, ``"100,5; 13,75"`` or ``"100,5, 13,75"``; ``None`` when it is not two
    numbers."""
    words = [w.strip(",") for w in re.split(r"[;\s]+", text.strip()) if w.strip(",")]
    parts = [w.replace(",", ".") for w in words] if len(words) == 2 else [
        p for p in re.split(r"[,;\s]+", text.strip()) if p]
    if len(parts) != 2:
        return None
    try:
        found = float(parts[0]), float(parts[1])
    except ValueError:
        return None
    return found if all(math.isfinite(v) for v in found) else None


def coordinates_text(lon: float, lat: float) -> str:
    """The point picked as the field shows it (:func:`...point_text`, 6 decimals: 0.1 m), read back by
    :func:`parse_coordinates`: ``100.501800, 13.756300`` in English, ``100,501800; 13,756300`` in French."""
    return point_text(lon, lat, 6)


class FacilityCheckCard(DockTab):
    """Pick or type a point; the check runs in a QgsTask; the card shows the stored answer.

    A box of the Screening tab that runs its own operation as the dock's tabs do (:class:`~.wdg_common.DockTab`:
    the session's client, a status line, a task bar, each message on the status line and in the dock's bar)."""

    def __init__(self, session, iface, options: Callable[[], Dict[str, Any]], notify, parent=None) -> None:
        super().__init__(session, notify, parent)
        self.setObjectName("facility_card")
        self.iface, self.options = iface, options
        self.tool: Optional[FacilityPointTool] = None
        self.checks_layer = self.sources_layer = None
        self.row: Dict[str, Any] = {}
        self.source_texts: List[str] = []
        frame = QVBoxLayout(self)
        frame.setContentsMargins(0, 0, 0, 0)
        self.box = QGroupBox(tr("Check a facility here"), self)
        frame.addWidget(self.box)
        layout = QVBoxLayout(self.box)
        self._build_point_rows(layout)
        self._build_deforestation_and_status(layout)
        self._build_answer_labels(layout)
        self._connect_signals()

    def _build_point_rows(self, layout: QVBoxLayout) -> None:
        pick_row = QHBoxLayout()
        self.pick_button = QPushButton(tr("Pick on the map"), self)
        self.pick_button.setObjectName("pick_facility")
        self.pick_button.setCheckable(True)
        self.pick_button.setToolTip(tr("Click a point on the map: Epoch validates it as a facility with the "
                                       "commodity and facility options above."))
        self.coordinates = QLineEdit(self)
        self.coordinates.setObjectName("facility_coordinates")
        self.coordinates.setPlaceholderText(tr("or type longitude, latitude (WGS 84)"))
        self.check_button = QPushButton(tr("Check"), self)
        self.check_button.setObjectName("check_facility")
        self.coordinates.setToolTip(self.coordinates.placeholderText())  # the hint while coordinates are typed
        # the field on a row of its own: beside the two buttons its hint was cut in French in the 470 px dock
        pick_row.addWidget(self.pick_button)
        pick_row.addStretch(1)
        layout.addLayout(pick_row)
        layout.addWidget(self.coordinates)
        check_row = QHBoxLayout()
        check_row.addStretch(1)
        check_row.addWidget(self.check_button)
        layout.addLayout(check_row)

    def _build_deforestation_and_status(self, layout: QVBoxLayout) -> None:
        self.deforestation = QCheckBox(tr("Include deforestation within 50 km"), self)
        self.deforestation.setObjectName("facility_deforestation")
        layout.addWidget(self.deforestation)
        self.task_bar.on_idle = lambda idle: self.check_button.setEnabled(idle)
        layout.addWidget(self.task_bar)
        self.status.setObjectName("facility_status")
        layout.addWidget(self.status)

    def _build_answer_labels(self, layout: QVBoxLayout) -> None:
        self.headline = QLabel("", self)
        self.headline.setObjectName("facility_headline")
        self.headline.setTextFormat(Qt.TextFormat.PlainText)
        self.penalties = status_label(self)
        self.penalties.setObjectName("facility_penalties")
        self.warning = status_label(self)
        self.warning.setObjectName("facility_warning")
        self.legality = status_label(self)
        self.legality.setObjectName("facility_legality")
        self.sources_label = QLabel("", self)  # one paragraph per source: date, title (a link), snippet, signal
        self.sources_label.setObjectName("legality_sources")
        self.sources_label.setTextFormat(Qt.TextFormat.RichText)  # built by source_html: every text escaped
        self.sources_label.setWordWrap(True)
        self.sources_label.setOpenExternalLinks(True)  # http(s) links only: opened in the browser
        self.sources_label.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse
                                                   | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.sources_label.setContentsMargins(12, 0, 0, 0)
        for widget in (self.headline, self.penalties, self.warning, self.legality, self.sources_label):
            layout.addWidget(widget)
            widget.setVisible(False)

    def _connect_signals(self) -> None:
        self.pick_button.toggled.connect(self._pick)
        self.check_button.clicked.connect(self.check_typed)
        self.coordinates.returnPressed.connect(self.check_typed)

    # the point ------------------------------------------------------------
    def _canvas(self):
        return self.iface.mapCanvas() if self.iface is not None and hasattr(self.iface, "mapCanvas") else None

    def _pick(self, on: bool) -> None:
        canvas = self._canvas()
        if canvas is None:
            self.pick_button.setChecked(False)
            return
        if on:
            if self.tool is None:
                self.tool = FacilityPointTool(canvas)
                self.tool.picked.connect(self.check_map_point)
                self.tool.deactivated.connect(lambda: self.pick_button.setChecked(False))
            canvas.setMapTool(self.tool)
            show_status(self.status, tr("Click the facility on the map."))
        elif self.tool is not None and canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)

    def check_map_point(self, point: QgsPointXY, crs: QgsCoordinateReferenceSystem) -> None:
        try:
            lon, lat = map_to_wgs84(point, crs)
        except ValueError as exc:
            show_status(self.status, str(exc), Qgis.MessageLevel.Critical)
            return
        self.coordinates.setText(coordinates_text(lon, lat))
        self.check(round(lon, 6), round(lat, 6))  # the point as the field shows it: asked, stored and said alike

    def check_typed(self) -> None:
        found = parse_coordinates(self.coordinates.text())
        if found is None:
            example = coordinates_text(100.5018, 13.7563)  # as the field writes a picked point
            show_status(self.status, tr("Type the point as longitude, latitude in WGS 84 degrees, e.g. {example}.")
                        .format(example=example), Qgis.MessageLevel.Critical)
            return
        self.check(*found)

    # the check --------------------------------------------------------------
    def check(self, lon: float, lat: float) -> None:
        """Check the facility at (lon, lat), WGS 84: refused with a sentence at sea or off the globe."""
        if self.task_bar.busy():
            show_status(self.status, tr("A check is running: wait for its answer."), Qgis.MessageLevel.Warning)
            return
        refusal = refusal_text(lon, lat)
        if refusal:
            self.hide_check()  # the card said above the refusal is another point's
            show_status(self.status, refusal, Qgis.MessageLevel.Critical)
            return
        client = self._client()  # no server chosen, no login: said as the session words it
        if client is None:
            return
        options = dict(self.options())
        options["include_deforestation"] = self.deforestation.isChecked() or None
        gpkg = results.default_results_path()
        show_status(self.status, tr("Checking the facility at {point} ...").format(point=point_text(lon, lat)))
        task = OperationTask(tr("Checking a facility"), lambda progress, cancel: check_facility_to_gpkg(
            client, lon, lat, options, gpkg, CHECKS_LAYER, progress=progress, cancel=cancel),
            notify=self._notify, on_done=self._done)
        self.task_bar.run(task)

    def _done(self, outcome, layers) -> Optional[str]:
        """Show the check; the status line is said from the stored row as Processing's log says a check
        (:func:`~..layers.facility_checks.check_summary`), the level in the headline's words (returned: the task
        says it instead of the outcome's own summary)."""
        if len(layers) < 2:
            return None

        start_off_the_map(layers[1], self.sources_layer)  # the file may hold checks of an earlier session
        self.checks_layer, self.sources_layer = layers[0], layers[1]
        link_sources(self.checks_layer, self.sources_layer)
        self.show_check(outcome.row["check_id"])
        return check_summary(self.row or outcome.row, self.checks_layer.featureCount(), level_text)

    def stored_row(self, check_id: str) -> Dict[str, Any]:
        """The row of check ``check_id`` as the layer holds it."""
        layer = existing_layer(self.checks_layer)
        if layer is None:
            return {}
        request = QgsFeatureRequest().setFilterExpression(
            QgsExpression.createFieldEqualityExpression("check_id", check_id))
        for feature in layer.getFeatures(request):
            return {name: plain_value(value) for name, value in zip(layer.fields().names(), feature.attributes())}
        return {}

    def hide_check(self) -> None:
        """No card: the point now asked about is not the one the card showed."""
        self.row = {}
        for widget in (self.headline, self.penalties, self.warning, self.legality, self.sources_label):
            widget.setVisible(False)

    def show_check(self, check_id: str) -> None:
        """Fill the card from the stored row and sources of ``check_id``."""
        row = self.row = self.stored_row(check_id)
        if not row:
            return
        level = str(row.get("confidence_level") or "")
        score = row.get("confidence_score")
        # the facility's name or address when the answer gives one; not its facility_id: a point asked has no id of
        # the user's, and a server numbering its answer's features ("1") names nothing
        self.headline.setText(tr("{name} — score {score}, {level}").format(
            name=row.get("address") or tr("Facility"), score=score_text(score), level=level_text(level)))
        colour = colour_of("checked_facilities", {"level": level}) or MESSAGE_COLOURS["info"]
        self.headline.setStyleSheet(f"font-size: 12pt; font-weight: bold; color: {colour};")
        labels = penalty_labels()
        lines = [f"{decimal_text(row.get(f'penalty_{key}'), 2)}  {labels[key]}" for key, _label, _attr in PENALTY_KEYS
                 if isinstance(row.get(f"penalty_{key}"), (int, float)) and row.get(f"penalty_{key}") < 0]
        self.penalties.setText("\n".join([tr("Penalties (from 1.00):")] + lines) if lines else
                               tr("No penalty: every scored signal is present."))
        self.warning.setText(tr("Warning: {text}").format(text=row["primary_warning"]) if row.get("primary_warning")
                             else "")
        self.warning.setVisible(bool(row.get("primary_warning")))
        self._show_legality(row, sources_of(self.sources_layer, check_id) if existing_layer(self.sources_layer) else [])
        for widget in (self.headline, self.penalties):
            widget.setVisible(True)

    def _show_legality(self, row: Dict[str, Any], sources: List[Dict[str, Any]]) -> None:
        if row.get("legality_source_count") is None:
            self.legality.setText(tr("Legality sources (Article 10): not asked (tick an Article 10 check above)."))
        else:
            risk = tr("Legality risk (Article 10): {level} ({score})").format(
                level=level_text(row.get("legality_risk_level")), score=score_text(row.get("legality_risk_score")))
            found = (tr("{n} source") if takes_singular(len(sources)) else tr("{n} sources")).format(
                n=integer_text(len(sources)))
            self.legality.setText("\n".join(t for t in (
                joined([risk, found]),
                row.get("legality_summary") or "") if t))
        self.legality.setVisible(True)
        self.source_texts = [source_html(source) for source in sources]
        self.sources_label.setText("".join(f"<p>{text}</p>" for text in self.source_texts))
        self.sources_label.setVisible(bool(self.source_texts))

    def shutdown(self) -> None:
        self.task_bar.cancel()
        canvas = self._canvas()
        if canvas is not None and self.tool is not None and canvas.mapTool() is self.tool:
            canvas.unsetMapTool(self.tool)
