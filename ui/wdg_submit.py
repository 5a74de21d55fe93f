"""Submit tab: ticked (or map-selected) screening results to the batch endpoints, and the jobs submitted
(from the dock or Processing, this session or an earlier one) with their state."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional

from qgis.core import Qgis
from qgis.PyQt.QtCore import QCoreApplication, QTimer
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.api.errors import EpochError, SubmissionUncertainError
from ..core.derive import SOURCE_KEY
from ..core.jobs import Job, find_job, new_job, server_key, uncertain_job
from ..layers.i18n import error_text
from ..layers.layer_rows import suggested_collection_name, values_by_fid
from ..layers.operations import submit_layer
from ..layers.source import SourceError, snapshot_layer
from ..layers.submissions import find_collection
from ..layers.tasks import OperationTask
from .wdg_common import ScreeningResult, TaskBar, live, show_status, status_label


def tr(text: str) -> str:
    return QCoreApplication.translate("SubmitTab", text)


def job_columns():
    return (tr("Collection"), tr("Id"), tr("State"), tr("Last checked"))


def state_label(state: str) -> str:
    """A job state (stored in English, see core.jobs) as the table says it."""
    return {"submitted": tr("submitted"), "processing": tr("processing"), "ready": tr("ready"),
            "failed": tr("failed"), "unknown": tr("unknown")}.get(state, state)


@dataclass
class Existing:
    """The collection name is already assessed on Epoch: nothing was sent."""

    name: str
    collection_id: str

    def summary(self) -> str:
        return tr("'{name}' is already assessed ({id}): nothing was sent").format(name=self.name, id=self.collection_id)


@dataclass
class Submitted:
    job: Any  # the batch endpoint's BatchJob
    sent: int

    def summary(self) -> str:
        return tr("collection {id} ({n} sent): {status}").format(id=self.job.collection_id, n=self.sent,
                                                                 status=self.job.status)


class SubmitTab(QWidget):
    def __init__(self, session, notify, watcher, parent=None) -> None:
        super().__init__(parent)
        self.session, self.notify, self.watcher = session, notify, watcher
        self.result: Optional[ScreeningResult] = None
        self.result_layer = self.source_layer = None
        self.kind = "plot"
        layout = QVBoxLayout(self)
        self.what = QLabel(tr("Screen a layer first: its results can then be submitted for assessment."), self)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("collection_name")
        self.force = QCheckBox(tr("Reprocess if the collection exists"), self)
        self.force.setObjectName("force_reprocess")
        form.addRow(tr("Collection name"), self.name)
        form.addRow("", self.force)
        layout.addLayout(form)
        self.submit_button = QPushButton(tr("Submit ticked rows (or the map selection)"), self)
        self.submit_button.setObjectName("submit")
        self.submit_button.setEnabled(False)
        layout.addWidget(self.submit_button)
        self.task_bar = TaskBar(self)
        self.task_bar.on_idle = lambda idle: self.submit_button.setEnabled(idle and live(self.result_layer) is not None)
        layout.addWidget(self.task_bar)
        self.status = status_label(self)
        self.status.setObjectName("submit_status")
        layout.addWidget(self.status)
        jobs_head = QHBoxLayout()
        self.jobs_label = QLabel(tr("Submitted jobs"), self)
        self.jobs_label.setObjectName("jobs_label")
        self.check_button = QPushButton(tr("Check now"), self)
        self.check_button.setObjectName("check_jobs")
        self.clear_button = QPushButton(tr("Clear settled"), self)
        self.clear_button.setObjectName("clear_jobs")
        self.clear_button.setToolTip(tr("Forget the jobs that are ready, failed or given up (the results stay on "
                                        "Epoch)."))
        jobs_head.addWidget(self.jobs_label, 1)
        jobs_head.addWidget(self.check_button)
        jobs_head.addWidget(self.clear_button)
        layout.addLayout(jobs_head)
        self.table = QTableWidget(0, len(job_columns()), self)
        self.table.setObjectName("jobs")
        self.table.setHorizontalHeaderLabels(list(job_columns()))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.confirm = self._confirm  # a test answers for the user
        self.submit_button.clicked.connect(lambda: self.submit())
        self.check_button.clicked.connect(self.poll)
        self.clear_button.clicked.connect(self.watcher.clear_settled)
        self.watcher.changed.connect(self._refresh)
        self._refresh()

    def use_results(self, result: ScreeningResult) -> None:
        """A screening run finished (the Screening tab's ``results_ready``): offer its rows for submission."""
        self.result = result
        self.result_layer, self.source_layer, self.kind = result.layer, result.source, result.location_type
        result_layer, source_layer, kind = result.layer, result.source, result.location_type
        self.name.setText(suggested_collection_name(result_layer, result.commodity))
        text = tr("{n} screened facilities from '{layer}'. Tick rows in the Screening table (or select features on "
                  "the map) and submit them to /batch_supply_shed (supply-shed assessment).") if kind == "facility" \
            else tr("{n} screened plots from '{layer}'. Tick rows in the Screening table (or select features on the "
                    "map) and submit them to /batch_process (direct plot assessment).")
        self.what.setText(text.format(n=result_layer.featureCount() if result_layer else 0,
                                      layer=source_layer.name() if source_layer else "?"))
        self.submit_button.setEnabled(result_layer is not None)

    def _chosen_result_fids(self) -> List[int]:
        if live(self.result_layer) is None:
            raise SourceError(tr("The screening results are no longer in the project (another project was opened): "
                                 "screen the layer again."))
        ticked = sorted(self.result.ticked) if self.result is not None else []
        return ticked or list(self.result_layer.selectedFeatureIds())

    def _snapshot(self):
        fids = self._chosen_result_fids()
        if not fids:
            raise SourceError(tr("Nothing to submit: tick rows in the Screening results or select features on the "
                                 "map."))
        source = live(self.source_layer)
        if self.source_layer is not None and source is None:
            raise SourceError(tr("The screened layer is no longer in the project (another project was opened): open "
                                 "it and screen it again."))
        if source is not None and source.isValid() and source.isSpatial():
            # the user's own features (their attributes, not our derived columns), by their ids
            ids = values_by_fid(self.result_layer, fids, SOURCE_KEY).values()
            return snapshot_layer(source, fids=sorted(int(i) for i in ids if i is not None))
        return snapshot_layer(self.result_layer, fids=fids)  # a geocoded table: the results carry the geometry

    def _confirm(self, text: str) -> bool:
        buttons = QMessageBox.StandardButton
        return QMessageBox.question(self, "Epoch EUDR", text, buttons.Yes | buttons.No, buttons.No) == buttons.Yes

    def submit(self, confirmed: bool = False) -> None:
        """Send the chosen rows; a collection name already used is questioned first (``confirmed``: asked)."""
        try:
            client = self.session.client()
            snapshot = self._snapshot()
        except (EpochError, SourceError) as exc:
            show_status(self.status, error_text(exc), Qgis.MessageLevel.Critical)
            return
        name, kind, force = self.name.text().strip(), self.kind, self.force.isChecked()
        commodity = self.result.commodity if self.result is not None else None  # what was screened
        known = find_job(self.watcher.jobs, name, server_key(client.base_url))
        if not confirmed and not force and known is not None and not self.confirm(
                tr("'{name}' was submitted on {day} ({state}). Submitted again without 'Reprocess', Epoch returns "
                   "that collection, not a new assessment. Submit anyway?").format(
                    name=name, day=known.submitted_at[:10], state=state_label(known.state))):
            return
        ask_server = not (confirmed or force or known is not None)
        uncertain: Dict[str, Job] = {}

        def run(progress, cancel):
            if ask_server:
                found = find_collection(client, name, cancel)
                if found:
                    return Existing(name, found)
            try:
                job, prepared = submit_layer(client, snapshot, kind, name, commodity, force_reprocess=force,
                                             cancel=cancel)
            except SubmissionUncertainError as exc:  # kept, and looked up by name until it turns up
                uncertain["job"] = uncertain_job(name, commodity=commodity, location_type=kind,
                                                 features=max(0, snapshot.feature_count), server_url=client.base_url,
                                                 source="dock", note=error_text(exc))
                raise
            return Submitted(job, prepared.sent)

        task = OperationTask(tr("Submitting {name}").format(name=name), run,
                             notify=lambda level, text: self._task_said(level, text, uncertain),
                             on_done=lambda outcome, _layers: self._submitted(outcome, client.base_url, commodity),
                             add_to_project=False)
        self.task_bar.run(task)

    def _notify(self, level, text) -> None:
        if level == Qgis.MessageLevel.Critical:
            show_status(self.status, text, level)
        self.notify(level, text)

    def _task_said(self, level, text, uncertain: Dict[str, Job]) -> None:
        """The submission's last word: a submission that may have arrived is kept, to be looked up by name."""
        if level != Qgis.MessageLevel.Success and "job" in uncertain:
            self.watcher.add(uncertain.pop("job"))
        self._notify(level, text)

    def _submitted(self, outcome, server_url: str, commodity: Optional[str]) -> None:
        if isinstance(outcome, Existing):
            if self.confirm(tr("'{name}' is already assessed on Epoch (collection {id}). Submitted again without "
                               "'Reprocess', Epoch returns those results, not a new assessment. Submit anyway?").format(
                    name=outcome.name, id=outcome.collection_id)):
                QTimer.singleShot(0, lambda: self.submit(confirmed=True))  # once this task has ended
            else:
                show_status(self.status, tr("Not submitted: '{name}' is already assessed. Load it in Assessments, tick "
                                            "'Reprocess', or choose another name.").format(name=outcome.name),
                            Qgis.MessageLevel.Warning)
            return
        job = outcome.job
        self.watcher.add(new_job(self.name.text().strip() or job.collection_id, job.collection_id,
                                 commodity=commodity, location_type=self.kind, features=outcome.sent,
                                 server_url=server_url, source="dock", status=job.status))
        show_status(self.status, tr("Submitted: collection {id}. Its state is checked below, also after QGIS "
                                    "restarts, and a notice says when it is ready.").format(id=job.collection_id),
                    Qgis.MessageLevel.Success)

    def _refresh(self) -> None:
        jobs = self.watcher.jobs
        self.table.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            checked = job.checked_at.replace("T", " ")[:16] if job.checked_at else tr("not yet")
            sent = tr("{n} facilities") if job.location_type == "facility" else tr("{n} plots")
            tip = "\n".join(part for part in (
                sent.format(n=job.features) + ", " + (job.commodity or tr("commodity not given")),
                tr("submitted {time} UTC from {origin} to {server}").format(
                    time=job.submitted_at.replace("T", " ")[:16],
                    origin=tr("Processing") if job.source == "processing" else tr("the panel"), server=job.server),
                job.note) if part)
            values = (job.collection_name, job.collection_id or "?", state_label(job.state), checked)
            for col, text in enumerate(values):
                item = QTableWidgetItem(str(text))
                item.setToolTip(tip)
                self.table.setItem(row, col, item)
        waiting = len(self.watcher.pending())
        said = (tr("Submitted jobs: {n}, {waiting} being checked") if waiting else tr("Submitted jobs: {n}")).format(
            n=len(jobs), waiting=waiting)
        if self.watcher.last_error and waiting:
            said += " " + tr("(last check: {error})").format(error=self.watcher.last_error)
        self.jobs_label.setText(said)
        self.clear_button.setEnabled(len(jobs) > waiting)

    def poll(self) -> None:
        """Check the unsettled jobs now (and restart the backoff)."""
        self.watcher.attempt = 0
        self.watcher.check_now()

    def shutdown(self) -> None:
        self.task_bar.cancel()
        try:
            self.watcher.changed.disconnect(self._refresh)  # the plugin's watcher outlives the dock
        except TypeError:
            pass
