"""Follows submitted jobs while QGIS runs, with or without the dock: checks with backoff until each is
settled, resumes when QGIS starts or a project opens, and says once when a job is ready.

Owned by the plugin (not the dock: a job submitted yesterday is found ready even if the panel stays
closed). The Submit tab shows :attr:`JobWatcher.jobs` and hears :attr:`changed`; a ready job's notice
has a button that emits :attr:`load_requested`.
"""

from __future__ import annotations

from typing import List, Optional, Set

from qgis.core import Qgis, QgsApplication, QgsProject
from qgis.PyQt.QtCore import QCoreApplication, QObject, QTimer, pyqtSignal
from qgis.PyQt.QtWidgets import QPushButton

from ..core import jobs as job_records
from ..core.api.errors import EpochError
from ..core.jobs import READY, Job, due, merge, poll_delay, server_key
from ..layers.operations.jobs import check_jobs, project_jobs, read_profile_jobs, save_profile_jobs, set_project_jobs
from ..layers.operations.task import OperationTask
from ..layers.words.language import integer_text, takes_singular

#: The first check after QGIS starts or a project opens waits this long (QGIS is busy starting); then
#: checks back off from FIRST_DELAY_S to LONGEST_DELAY_S.
STARTUP_DELAY_S = 10.0
FIRST_DELAY_S, LONGEST_DELAY_S = job_records.FIRST_DELAY_S, job_records.LONGEST_DELAY_S  # core's; tests shorten


def tr(text: str) -> str:
    return QCoreApplication.translate("JobWatcher", text)


class JobWatcher(QObject):
    changed = pyqtSignal()  # the list or a state changed
    jobs_ready = pyqtSignal(object)  # the Jobs one check found ready for the first time (a list)
    load_requested = pyqtSignal(str)  # the notice's button: load the assessments (collection id)

    def __init__(self, session, iface=None, parent: Optional[QObject] = None) -> None:
        super().__init__(parent)
        self.session, self.iface = session, iface
        self.first_delay, self.longest_delay, self.startup_delay = FIRST_DELAY_S, LONGEST_DELAY_S, STARTUP_DELAY_S
        self.jobs: List[Job] = []
        self.attempt = 0
        self.checking: Optional[OperationTask] = None
        self.last_error = ""
        self._project_keys: Set[str] = set()  # the jobs the open project records
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.check_now)
        self._running = False

    # life ------------------------------------------------------------------------------------
    def start(self) -> None:
        """Read the jobs (profile and project) and resume checking the unsettled ones."""
        self._running = True
        project = QgsProject.instance()
        project.readProject.connect(self._project_opened)
        project.cleared.connect(self._project_opened)
        self._reload()
        self._schedule(self.startup_delay)

    def stop(self) -> None:
        if not self._running:
            return
        self._running = False
        self._timer.stop()
        project = QgsProject.instance()
        for signal in (project.readProject, project.cleared):
            try:
                signal.disconnect(self._project_opened)
            except TypeError:
                pass
        if self.checking is not None:
            self.checking.cancel()
            self.checking = None

    def _project_opened(self, *_args) -> None:
        self._reload()
        self.attempt = 0
        self._schedule(self.startup_delay)

    def _reload(self) -> None:
        in_project = project_jobs()
        self._project_keys = {job.key for job in in_project}
        self.jobs = merge(in_project, read_profile_jobs(), self.jobs)
        self.changed.emit()

    # records -----------------------------------------------------------------------------------
    def add(self, job: Job) -> None:
        """A new submission: kept (profile and project) and checked soon."""
        self._project_keys.add(job.key)
        self.jobs = merge(self.jobs, [job])
        self._save()
        self.attempt = 0
        self._schedule(self.first_delay)

    def clear_settled(self) -> int:
        """Forget the settled jobs (ready, failed, given up); how many were removed."""
        kept = [job for job in self.jobs if not job.settled()]
        removed = len(self.jobs) - len(kept)
        settled = {job.key for job in self.jobs if job.settled()}
        self.jobs = kept
        save_profile_jobs([job for job in read_profile_jobs() if job.key not in settled], replace=True)
        set_project_jobs([job for job in kept if job.key in self._project_keys])
        self.changed.emit()
        return removed

    def _save(self) -> None:
        self.jobs = merge(self.jobs, save_profile_jobs(self.jobs))
        set_project_jobs([job for job in self.jobs if job.key in self._project_keys])
        self.changed.emit()

    def pending(self) -> List[Job]:
        return [job for job in self.jobs if job.polling]

    # checks ------------------------------------------------------------------------------------
    def _schedule(self, seconds: float) -> None:
        if self._running and self.pending():
            self._timer.start(int(max(0.0, seconds) * 1000))

    def check_now(self) -> None:
        """Look at every unsettled job of the server in use, in a task; then again later, backing off."""
        if not self._running or self.checking is not None or not self.pending():
            return
        try:
            if not self.session.settings.authcfg:
                raise EpochError(tr("log in to check the submitted jobs"))
            client = self.session.client()
            server = server_key(client.base_url)
        except EpochError as exc:  # no login yet, a bad URL ...: said, and tried again later
            self.last_error = str(exc)
            self.changed.emit()
            self.attempt += 1
            self._schedule(poll_delay(self.attempt, self.first_delay, self.longest_delay))
            return
        jobs = due(self.jobs, server)
        if not jobs:
            return
        task = OperationTask(tr("Checking submitted collections"), lambda progress, cancel: check_jobs(
            client, jobs, cancel), notify=self._task_said, on_done=lambda found, _l: self._checked(found),
            add_to_project=False)
        self.checking = task
        QgsApplication.taskManager().addTask(task)

    def _task_said(self, level, text) -> None:
        """The check task's last word; a failure or cancel (no ``_checked``) is retried later."""
        if level == Qgis.MessageLevel.Success:
            return  # _checked already ran
        if level == Qgis.MessageLevel.Critical:  # e.g. the server briefly down: noted, checked again later
            self.last_error = text
        self.checking = None
        self.attempt += 1
        self._schedule(poll_delay(self.attempt, self.first_delay, self.longest_delay))

    def _checked(self, found: Optional[List[Job]]) -> None:
        self.checking = None
        if not self._running:
            return
        self.last_error = next((job.note for job in found or [] if job.note.startswith("last check failed")), "")
        self.jobs = merge(self.jobs, found or [])
        fresh = [job for job in self.jobs if job.state == READY and not job.announced]
        for job in fresh:
            job.announced = True
        self._save()
        if fresh:
            self._announce(fresh)
            self.jobs_ready.emit(fresh)
        self.attempt += 1
        self._schedule(poll_delay(self.attempt, self.first_delay, self.longest_delay))

    def _announce(self, jobs: List[Job]) -> None:
        """One message-bar notice for the jobs found ready by one check (a batch's eight producers: one notice,
        not eight), with a button that loads the assessments (all of them, these among them)."""
        bar = self.iface.messageBar() if self.iface is not None else None
        if bar is None:
            return
        item = bar.createMessage("Epoch EUDR", ready_text([job.collection_name for job in jobs]))
        button = QPushButton(tr("Load assessments"), item)
        button.setObjectName("load_ready_job")
        button.clicked.connect(lambda: self.load_requested.emit(jobs[0].collection_id))
        button.clicked.connect(lambda: bar.popWidget(item))
        item.layout().addWidget(button)
        bar.pushWidget(item, Qgis.MessageLevel.Success, 0)


#: The collections a notice names; the others are counted
NAMED_IN_NOTICE = 3


def ready_text(names: List[str]) -> str:
    """``Results of cocoa_CI are ready.``; ``Results of 8 collections are ready: a, b, c and 5 other collections.``"""
    if len(names) == 1:
        return tr("Results of {name} are ready.").format(name=names[0])
    shown = ", ".join(names[:NAMED_IN_NOTICE])
    rest = len(names) - NAMED_IN_NOTICE
    if rest > 0:  # "other collections": QGIS's own "4 more" of the messages stacked may stand beside it
        shown = (tr("{names} and {n} other collection") if takes_singular(rest) else
                 tr("{names} and {n} other collections")).format(names=shown, n=integer_text(rest))
    return tr("Results of {count} collections are ready: {names}.").format(count=integer_text(len(names)),
                                                                         names=shown)
