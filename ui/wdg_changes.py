"""*Changes since...* on the Assessments tab: an officer's question is "what changed since I last looked".

After each load with an earlier snapshot kept, the comparison with the previous load runs in a task and
its headline becomes a card ("3 producers worse since 2026-11-02"); *Show changes* writes the styled
changes layer (worse red, better green) against the snapshot chosen in the list and adds it to the map.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt import sip
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QSpinBox, QVBoxLayout, QWidget

from ..core.colours import CARD_BORDER, CHANGE_COLOURS, MESSAGE_COLOURS
from ..core.compare import BETTER, CHANGED, GONE, NEW, WORSE
from ..layers.operations.changes_task import changes_task
from ..layers.operations.task import OperationTask
from ..layers.tables.snapshot_store import KEPT_AT_LEAST, Retention
from ..layers.tables.snapshots import PREVIOUS, SnapshotInfo
from ..layers.words.language import integer_text


def tr(text: str) -> str:
    return QCoreApplication.translate("ChangesBox", text)


CARD_STYLE = ("QLabel#changes_card {{ border: 1px solid " + CARD_BORDER + "; border-left: 4px solid {colour}; "
              "border-radius: 4px;"
              " padding: 3px 6px; background: palette(base); color: {colour}; font-weight: bold; }}")


def _hex(rgba: str) -> str:
    """``"37,99,235,220"`` (a map style's colour) as ``#2563eb`` (a style sheet's, opaque)."""
    return "#" + "".join(f"{int(part):02x}" for part in rgba.split(",")[:3])


def card_text(tally) -> str:
    """The headline (the worst news first), then every kind of change with its count, as label: number
    pairs; each headline one whole sentence, with the day of the earlier load or without one (a snapshot
    whose day is not known), so no sentence is built from fragments."""
    counts, day = tally.counts, tally.since
    worse, changed = counts.get(WORSE, 0), sum(counts.get(kind, 0) for kind in (WORSE, BETTER, NEW, GONE, CHANGED))
    if worse:
        head = (tr("1 producer worse since {day}"), tr("{n} producers worse since {day}"),
                tr("1 producer worse since the earlier load"), tr("{n} producers worse since the earlier load"))
    elif changed:
        head = (tr("1 producer changed since {day}"), tr("{n} producers changed since {day}"),
                tr("1 producer changed since the earlier load"), tr("{n} producers changed since the earlier load"))
    else:
        head = (tr("No change since {day}"),) * 2 + (tr("No change since the earlier load"),) * 2
    number = worse or changed
    said = head[(0 if day else 2) + (0 if number == 1 else 1)]
    kinds = tr("worse: {worse} · better: {better} · new: {new} · gone: {gone}").format(
        worse=integer_text(worse), better=integer_text(counts.get(BETTER, 0)), new=integer_text(counts.get(NEW, 0)),
        gone=integer_text(counts.get(GONE, 0)))
    return said.format(n=integer_text(number), day=day) + "\n" + kinds


class ChangesBox(QWidget):
    """The card and the *Changes since...* control; ``run_task`` is the tab's task bar (one task at a time)."""

    def __init__(self, run_task: Callable, notify: Callable[[int, str], None], parent: Optional[QWidget] = None):
        super().__init__(parent)
        self.run_task, self.notify = run_task, notify
        self.gpkg: Optional[Path] = None
        self._auto: Optional[OperationTask] = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        self.card = QLabel("", self)
        self.card.setObjectName("changes_card")
        self.card.setWordWrap(True)
        self.card.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.card)
        row = QHBoxLayout()
        self.since = QComboBox(self)
        self.since.setObjectName("changes_since")
        self.since.setToolTip(tr("The earlier load to compare the assessments shown with (kept in the results "
                                 "file)."))
        self.show_button = QPushButton(tr("Show changes"), self)
        self.show_button.setObjectName("show_changes")
        self.since.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.since.setMinimumContentsLength(8)  # a long load's name is elided in the box, whole in its list
        self.show_button.setToolTip(tr("A layer of what changed since that load: worse in red, better in green, "
                                       "new, gone, NC plots and Article 10 risk moved."))
        row.addWidget(QLabel(tr("Changes since"), self))
        row.addWidget(self.since, 1)
        row.addWidget(self.show_button)
        layout.addLayout(row)
        layout.addLayout(self._retention_row())
        self.show_button.clicked.connect(self.show_changes)
        self.set_snapshots(None, [])

    def _retention_row(self) -> QVBoxLayout:
        """How many earlier loads the results file keeps (:class:`~..layers.snapshot_store.Retention`, the
        user's settings): the last N loads, newer than D days; 0 is no limit. Applied at the next load. Each
        number has its own label (no sentence is built around a spin box, which cannot agree in every language)."""
        kept = Retention.from_settings()
        tip = tr("Earlier loads kept in the results file for Changes since: the last N loads, newer than D days "
                 "(0 = no limit). Older ones are deleted at the next load; the {n} latest are always kept.").format(
            n=integer_text(KEPT_AT_LEAST))
        self.keep_loads = QSpinBox(self)
        self.keep_loads.setObjectName("keep_loads")
        self.keep_days = QSpinBox(self)
        self.keep_days.setObjectName("keep_days")
        for spin, value in ((self.keep_loads, kept.keep_loads), (self.keep_days, kept.keep_days)):
            spin.setRange(0, 100_000)
            spin.setSpecialValueText(tr("no limit"))  # 0: one whole word, no number to agree with
            spin.setValue(value)
            spin.setToolTip(tip)
            spin.valueChanged.connect(self._retention_changed)
        rows = QVBoxLayout()  # a row each: both side by side are wider than the 470 px dock in French
        for text, spin in ((tr("Loads kept:"), self.keep_loads), (tr("Days kept:"), self.keep_days)):
            label = QLabel(text, self)  # a label of its own beside each number: no sentence around a spin box
            label.setToolTip(tip)
            label.setBuddy(spin)
            row = QHBoxLayout()
            row.addWidget(label)
            row.addWidget(spin, 1)
            rows.addLayout(row)
        return rows

    def _retention_changed(self, _value: int = 0) -> None:
        Retention(self.keep_loads.value(), self.keep_days.value()).save()

    def set_snapshots(self, gpkg: Optional[Path], snapshots: List[SnapshotInfo]) -> None:
        """After a load: ``snapshots`` newest first, the first being this load; the card follows."""
        self.gpkg = Path(gpkg) if gpkg else None
        earlier = snapshots[1:]
        self.since.clear()
        for info in earlier:  # short in the narrow dock: when, and how many; the whole line as its tip
            self.since.addItem(f"{info.taken_at:%Y-%m-%d %H:%M:%S} · {integer_text(info.rows)}", info.snapshot_id)
            self.since.setItemData(self.since.count() - 1, info.label(), Qt.ItemDataRole.ToolTipRole)
        self.setVisible(bool(earlier))
        self.card.setText("")
        self.card.setVisible(False)
        if earlier:
            self._compare_in_background()

    def set_enabled(self, enabled: bool) -> None:
        self.show_button.setEnabled(enabled and self.since.count() > 0)

    def _compare_in_background(self) -> None:
        """The card: the comparison with the previous load, no layer added (its own task, not the tab's bar)."""
        # callbacks, not slots on the task's signals: the task may end after this widget is gone
        task = changes_task(self.gpkg, PREVIOUS, notify=self._quiet, tally_only=True,
                           on_done=lambda outcome, _layer: self._show(outcome))
        self._auto = task
        QgsApplication.taskManager().addTask(task)

    def _quiet(self, level, text) -> None:
        """The background comparison's last word (success, failure or cancel): it has ended."""
        self._auto = None
        if sip.isdeleted(self):  # the dock closed while the comparison ran: nothing to show it in
            return
        if level == Qgis.MessageLevel.Critical:
            self.card.setText(tr("Changes not computed: {reason}").format(reason=text))
            self.card.setStyleSheet(CARD_STYLE.format(colour=MESSAGE_COLOURS["warning"]))
            self.card.setVisible(True)

    def show_changes(self) -> None:
        """The styled changes layer against the chosen snapshot, added to the map."""
        if self.gpkg is None or self.since.count() == 0:
            return
        task = changes_task(self.gpkg, self.since.currentData() or PREVIOUS, notify=self.notify,
                           on_done=lambda outcome, _layer: self._show(outcome))
        self.run_task(task)

    def _show(self, outcome) -> None:
        """The card names every kind of change, each counted: a new or gone producer is never hidden behind
        "no producer worse"."""
        if sip.isdeleted(self):  # the dock closed while the comparison ran
            return
        self.card.setText(card_text(outcome.tally))
        self.card.setToolTip(outcome.summary())
        counts = outcome.tally.counts
        # the worst news sets the colour: worse as bad news, new or gone as the map draws new, movements as mixed
        colour = (MESSAGE_COLOURS["critical"] if counts.get(WORSE) else
                  _hex(CHANGE_COLOURS[NEW][0]) if counts.get(NEW) or counts.get(GONE) else
                  MESSAGE_COLOURS["warning"] if counts.get(BETTER) or counts.get(CHANGED) else
                  MESSAGE_COLOURS["success"])
        self.card.setStyleSheet(CARD_STYLE.format(colour=colour))
        self.card.setVisible(True)

    def shutdown(self) -> None:
        if self._auto is not None:
            self._auto.cancel()
            self._auto = None
