"""Submit tab: ticked (or map-selected) screening results to the batch endpoints; jobs polled until ready."""

from __future__ import annotations

from typing import Dict, List, Optional

from qgis.core import Qgis, QgsApplication
from qgis.PyQt.QtCore import QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..core.api.errors import EpochError
from ..core.derive import SOURCE_KEY
from ..layers.layer_rows import suggested_collection_name, values_by_fid
from ..layers.operations import submit_layer, wait_for_collection
from ..layers.source import SourceError, snapshot_layer
from ..layers.tasks import OperationTask
from .wdg_common import ScreeningResult, TaskBar, show_status, status_label

POLL_FIRST_MS, POLL_MAX_MS = 3000, 60000


class SubmitTab(QWidget):
    collection_ready = pyqtSignal(str)

    def __init__(self, session, notify, parent=None) -> None:
        super().__init__(parent)
        self.session, self.notify = session, notify
        self.result: Optional[ScreeningResult] = None
        self.result_layer = self.source_layer = None
        self.kind = "plot"
        self.jobs: Dict[str, Dict[str, object]] = {}
        layout = QVBoxLayout(self)
        self.what = QLabel("Screen a layer first: its results can then be submitted for assessment.", self)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        form = QFormLayout()
        self.name = QLineEdit(self)
        self.name.setObjectName("collection_name")
        self.force = QCheckBox("Reprocess if the collection exists", self)
        form.addRow("Collection name", self.name)
        form.addRow("", self.force)
        layout.addLayout(form)
        self.submit_button = QPushButton("Submit ticked rows (or the map selection)", self)
        self.submit_button.setObjectName("submit")
        self.submit_button.setEnabled(False)
        layout.addWidget(self.submit_button)
        self.task_bar = TaskBar(self)
        self.task_bar.on_idle = lambda idle: self.submit_button.setEnabled(idle and self.result_layer is not None)
        layout.addWidget(self.task_bar)
        self.status = status_label(self)
        self.status.setObjectName("submit_status")
        layout.addWidget(self.status)
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("jobs")
        self.table.setHorizontalHeaderLabels(["Collection", "Id", "State"])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.poll)
        self.poll_ms = POLL_FIRST_MS
        self.submit_button.clicked.connect(self.submit)

    def use_results(self, result: ScreeningResult) -> None:
        """A screening run finished (the Screening tab's ``results_ready``): offer its rows for submission."""
        self.result = result
        self.result_layer, self.source_layer, self.kind = result.layer, result.source, result.location_type
        result_layer, source_layer, kind = result.layer, result.source, result.location_type
        self.name.setText(suggested_collection_name(result_layer, result.commodity))
        target = "/batch_supply_shed (supply-shed assessment)" if kind == "facility" else \
            "/batch_process (direct plot assessment)"
        noun = "facilities" if kind == "facility" else "plots"
        self.what.setText(f"{result_layer.featureCount() if result_layer else 0} screened {noun} from "
                          f"'{source_layer.name() if source_layer else '?'}'. Tick rows in the Screening table (or "
                          f"select features on the map) and submit them to {target}.")
        self.submit_button.setEnabled(result_layer is not None)

    def _chosen_result_fids(self) -> List[int]:
        ticked = sorted(self.result.ticked) if self.result is not None else []
        return ticked or list(self.result_layer.selectedFeatureIds())

    def _snapshot(self):
        fids = self._chosen_result_fids()
        if not fids:
            raise SourceError("Nothing to submit: tick rows in the Screening results or select features on the map.")
        source = self.source_layer
        if source is not None and source.isValid() and source.isSpatial():
            # the user's own features (their attributes, not our derived columns), by their ids
            ids = values_by_fid(self.result_layer, fids, SOURCE_KEY).values()
            return snapshot_layer(source, fids=sorted(int(i) for i in ids if i is not None))
        return snapshot_layer(self.result_layer, fids=fids)  # a geocoded table: the results carry the geometry

    def submit(self) -> None:
        try:
            client = self.session.client()
            snapshot = self._snapshot()
        except (EpochError, SourceError) as exc:
            show_status(self.status, str(exc), Qgis.MessageLevel.Critical)
            return
        name, kind, force = self.name.text().strip(), self.kind, self.force.isChecked()
        commodity = self.result.commodity if self.result is not None else None  # what was screened
        task = OperationTask(f"Submitting {name}", lambda progress, cancel: submit_layer(
            client, snapshot, kind, name, commodity, force_reprocess=force, cancel=cancel)[0],
            notify=self._notify, on_done=lambda job, _layers: self._submitted(job), add_to_project=False)
        self.task_bar.run(task)

    def _notify(self, level, text) -> None:
        if level == Qgis.MessageLevel.Critical:
            show_status(self.status, text, level)
        self.notify(level, text)

    def _submitted(self, job) -> None:
        state = "already assessed" if job.status == "exists" else "processing"
        self.jobs[job.collection_id] = {"name": self.name.text().strip(), "state": state}
        self._refresh()
        show_status(self.status, f"Submitted: collection {job.collection_id}. The panel checks for results "
                                 "and says when they are ready.", Qgis.MessageLevel.Success)
        self.poll_ms = POLL_FIRST_MS
        self.timer.start(0 if job.status == "exists" else self.poll_ms)

    def _refresh(self) -> None:
        self.table.setRowCount(len(self.jobs))
        for row, (cid, job) in enumerate(self.jobs.items()):
            for col, text in enumerate((job["name"], cid, job["state"])):
                self.table.setItem(row, col, QTableWidgetItem(str(text)))

    def poll(self) -> None:
        pending = [cid for cid, job in self.jobs.items() if job["state"] != "ready"]
        if not pending:
            return
        try:
            client = self.session.client()
        except EpochError:
            return

        def check(progress, cancel):
            return [cid for cid in pending if wait_for_collection(client, cid, 0, cancel=cancel)]

        def notify(level, text) -> None:
            if level == Qgis.MessageLevel.Critical:  # e.g. the server is briefly down: say so and keep polling
                show_status(self.status, f"{text}. Trying again in {self.poll_ms // 1000} s.",
                            Qgis.MessageLevel.Warning)
                self._reschedule()

        self._poll_task = OperationTask("Checking submitted collections", check, notify=notify,
                                        on_done=lambda ready, _layers: self._polled(ready), add_to_project=False)
        QgsApplication.taskManager().addTask(self._poll_task)

    def _polled(self, ready: Optional[List[str]]) -> None:
        for cid in ready or []:
            self.jobs[cid]["state"] = "ready"
            self.notify(Qgis.MessageLevel.Success,
                        f"Results of {self.jobs[cid]['name']} are ready: load them in Assessments.")
            self.collection_ready.emit(cid)
        self._refresh()
        self._reschedule()

    def _reschedule(self) -> None:
        """Poll again later, backing off, while any job is not ready."""
        if any(job["state"] != "ready" for job in self.jobs.values()):
            self.poll_ms = min(POLL_MAX_MS, self.poll_ms * 2)
            self.timer.start(self.poll_ms)

    def shutdown(self) -> None:
        self.timer.stop()
        self.task_bar.cancel()
