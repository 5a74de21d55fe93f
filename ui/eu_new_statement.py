"""*New statement*: the form, a *Preview* of what would be sent (counts, size, the first refusal, the parts when
the limits of one statement are passed) and *Submit* (the same reading and checks, then a confirmation naming the
environment, then each part sent once, recorded before it is sent: layers/eu_statements.submit).

The layer is read in a task (a snapshot taken on the main thread); everything the service would refuse is
refused before any request (core/eu_is/checks), worded by layers/eu_messages.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, List

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QGroupBox, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout

from ..core.api.errors import CancelledError, EpochError
from ..core.eu_is import EuIsError
from ..core.eu_is.build import Built, Preview, build_statement, preview, split
from ..core.eu_is.checks import Problem, StatementRefused
from ..core.eu_is.records import REJECTED, SUBMITTED, StatementRecord
from ..layers.inputs.source import SourceError, snapshot_layer
from ..layers.operations.eu_statements import NOT_RECEIVED, plots_geopackage, production_places, read_statements, submit
from ..layers.words.eu_messages import environment_label, eu_count_text, eu_error_text, problem_text
from ..layers.words.language import error_text, integer_text, takes_singular
from ..layers.words.shown_values import number_text
from .eu_common import WORDED, eu_task, local_time, make_client, status_sentence, worded
from .eu_statement_form import StatementFormWidget
from .wdg_common import show_status, status_label


def tr(text: str) -> str:
    return QCoreApplication.translate("EuNewStatement", text)


@dataclass
class Prepared:
    """A statement read and checked: its parts (one unless over the limits), what the preview says."""

    parts: List[Built]
    seen: Preview
    problems: List[Problem] = field(default_factory=list)


def prepare(snapshot, form, cancel) -> Prepared:
    """Worker: the places read, the statement built, split when over the limits, every part checked."""
    built = build_statement(production_places(snapshot, cancel), form)
    seen = preview(built)
    parts = split(built) if seen.parts > 1 and not built.problems else [built]
    problems = seen.problems if len(parts) == 1 else [p for part in parts for p in preview(part).problems]
    return Prepared(parts, seen, problems)


def preview_lines(prepared: Prepared, environment: str) -> List[str]:
    """What the preview says, a sentence a line: counts and size, the first refusal (or ready), the parts, the
    warnings."""
    seen = prepared.seen
    lines = [tr("{producers}, {places}, {size} MB of geolocation.").format(
        producers=eu_count_text(seen.producers, "producers"), places=eu_count_text(seen.places, "places"),
        size=number_text(seen.geolocation_bytes / 1e6, 2))]
    if prepared.problems:
        lines.append(tr("Refused before sending: {problem}").format(
            problem=eu_error_text(StatementRefused(prepared.problems))))
    else:
        lines.append(tr("Nothing the EU Information System would refuse was found: ready to submit to "
                        "{environment}.").format(environment=environment_label(environment)))
    if len(prepared.parts) > 1:
        lines.append(tr("Over the limits of one statement (1,000 producers, 25 MB): it will be sent as {n} "
                        "statements, the quantities divided by area.").format(n=len(prepared.parts)))
    if seen.warnings:
        first = problem_text(seen.warnings[0])
        lines.append((tr("{n} warning: {warning}") if takes_singular(len(seen.warnings)) else
                      tr("{n} warnings, the first: {warning}")).format(n=integer_text(len(seen.warnings)),
                                                                       warning=first))
    return lines


class NewStatementBox(QGroupBox):
    """The form and its two actions; ``submitted`` carries the records of what was sent."""

    submitted = pyqtSignal(list)

    def __init__(self, run_task: Callable, notify: Callable[[int, str], None], settings, parent=None) -> None:
        super().__init__(tr("New statement"), parent)
        self.run_task, self.notify, self.settings = run_task, notify, settings
        layout = QVBoxLayout(self)
        self.form = StatementFormWidget(self)
        layout.addWidget(self.form)
        row = QHBoxLayout()
        self.preview_button = QPushButton(tr("Preview"), self)
        self.preview_button.setObjectName("eu_preview")
        self.preview_button.setToolTip(tr("Read the places and check everything the EU Information System would "
                                          "refuse; nothing is sent."))
        self.submit_button = QPushButton(tr("Submit..."), self)
        self.submit_button.setObjectName("eu_submit")
        row.addWidget(self.preview_button)
        row.addWidget(self.submit_button)
        layout.addLayout(row)
        self.status = status_label(self)
        self.status.setObjectName("eu_preview_text")
        layout.addWidget(self.status)
        self.confirm = self._ask  # tests answer for the user
        self.sent: List[str] = []  # keys of the statements this box submitted last: its status follows them
        self.preview_button.clicked.connect(lambda: self.start(send=False))
        self.submit_button.clicked.connect(lambda: self.start(send=True))

    def set_idle(self, idle: bool) -> None:
        self.preview_button.setEnabled(idle)
        self.submit_button.setEnabled(idle)

    def _said(self, level: int, text: str) -> None:
        if level == Qgis.MessageLevel.Critical:
            show_status(self.status, text, level)
        self.notify(level, text)

    def start(self, send: bool) -> None:
        """Read and check the statement in a task; then (``send``) confirm and submit it."""
        self.sent = []  # what the box says is about this statement now
        layer = self.form.layer()
        if layer is None:
            show_status(self.status, tr("Choose the layer of production places."), Qgis.MessageLevel.Critical)
            return
        try:
            snapshot = snapshot_layer(layer, self.form.selected_only.isChecked())
        except SourceError as exc:
            show_status(self.status, error_text(exc), Qgis.MessageLevel.Critical)
            return
        form = self.form.form()
        environment = self.settings.environment
        gpkg, table = plots_geopackage(layer)
        show_status(self.status, tr("Reading {layer} ...").format(layer=layer.name()))

        sending: List[bool] = []

        def done(prepared: Prepared, _layers):
            lines = preview_lines(prepared, environment)
            level = Qgis.MessageLevel.Warning if prepared.problems else Qgis.MessageLevel.Info
            show_status(self.status, "\n".join(lines), level)
            if send and not prepared.problems:
                sending.append(True)
                QTimer.singleShot(0, lambda: self._confirm_and_send(prepared, gpkg, table))
            said = lines[:2] if prepared.problems else lines[:1]
            return level, tr("Statement preview: {text}").format(text=" ".join(said))

        def said(level: int, text: str) -> None:
            """The preview's message, in the log once: when the statement goes on to be sent, the reading is a
            step of the submission (its question and its own message follow), not a second preview."""
            if not sending:
                self._said(level, text)

        self.run_task(eu_task(tr("Read the statement"), lambda progress, cancel: prepare(snapshot, form, cancel),
                              said, done))

    @staticmethod
    def _ask(text: str) -> bool:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(None, tr("EU Information System"), text, buttons.Yes | buttons.No,
                                    buttons.No) == buttons.Yes

    def _confirm_and_send(self, prepared: Prepared, gpkg: str, table: str) -> None:
        try:
            client = make_client(self.settings)
        except EuIsError as exc:
            show_status(self.status, worded(exc), Qgis.MessageLevel.Critical)
            return
        environment = client.environment
        question = (tr("Submit {n} due diligence statement ({producers}) to the EU Information System, "
                       "{environment} ({host})?") if takes_singular(len(prepared.parts)) else
                    tr("Submit {n} due diligence statements ({producers}) to the EU Information System, "
                       "{environment} ({host})?")).format(
            n=integer_text(len(prepared.parts)), producers=eu_count_text(prepared.seen.producers, "producers"),
            environment=environment_label(environment.name), host=environment.host)
        if environment.is_production:
            question += "\n\n" + tr("Production: this is a legal declaration to the EU.")
        if not self.confirm(question):
            client.session.close()
            show_status(self.status, tr("Not submitted."))
            return

        def work(progress, cancel) -> List[StatementRecord]:
            if cancel():  # before the first part; once one is sent, the others follow (one statement, in parts)
                raise CancelledError()
            records: List[StatementRecord] = []
            for number, part in enumerate(prepared.parts):
                try:
                    records.append(submit(client, part, plots_gpkg=gpkg, plots_table=table, source="dock"))
                except EuIsError as exc:
                    if not records:
                        raise
                    sent = ", ".join(f"{r.internal_reference} ({r.uuid})" for r in records)
                    raise EpochError(tr("{error} The statements before it were sent: {sent}.").format(
                        error=eu_error_text(exc), sent=sent), code=WORDED) from None
                progress(100.0 * (number + 1) / len(prepared.parts))
            return records

        def done(records: List[StatementRecord], _layers):
            text = "\n".join(current_sentence(r) for r in records)
            show_status(self.status, text, Qgis.MessageLevel.Success)
            self.sent = [r.key for r in records]
            self.submitted.emit(records)
            return text

        def said(level: int, text: str) -> None:
            self._said(level, text)
            if level == Qgis.MessageLevel.Critical:
                self.submitted.emit([])  # parts sent before the failure, a lost answer kept: the list shows them

        self.run_task(eu_task(tr("Submit the statement"), work, said, done, [client]))

    def follow(self) -> None:
        """The statements this box submitted, as they stand now (a check, the watcher, an amendment or a
        withdrawal changed them): never "waiting for the answer" once the answer came."""
        if not self.sent:
            return
        known = {r.key: r for r in read_statements()}
        records = [known[key] for key in self.sent if key in known]
        if not records:
            return
        lines = [current_sentence(r) for r in records]
        bad = any(r.status in (REJECTED, NOT_RECEIVED) for r in records)
        settled = all(r.settled for r in records)
        level = (Qgis.MessageLevel.Warning if bad else
                 Qgis.MessageLevel.Success if settled else Qgis.MessageLevel.Info)
        show_status(self.status, "\n".join(lines), level)


def current_sentence(record: StatementRecord) -> str:
    """Where a statement submitted from the box stands (ui/eu_common.status_sentence), and that it was amended."""
    text = (tr("Submitted {reference} as {uuid}; waiting for the EU Information System's answer.").format(
        reference=record.internal_reference, uuid=record.uuid) if record.status == SUBMITTED
        else status_sentence(record))
    if record.amendments:
        text += " " + tr("Amended since it was submitted (last on {time}).").format(
            time=local_time(record.changed_at) or "-")
    return text
