"""Where submitted jobs are kept (a file in the QGIS profile, and the project) and how one is checked.

The profile file holds every job, from the dock and from Processing (``qgis_process`` has no project);
the project holds the jobs submitted while it was open, so it finds them on another machine. Records
are merged (``core.jobs.merge``): the most advanced news wins. Nothing secret is stored: the server is
kept without credentials, what came from an answer is redacted (``core.jobs.Job.to_dict``), and the
login stays in the QGIS authentication database.
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, List, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api import EpochClient
from ...core.api.errors import CancelledError, EpochError
from ...core.jobs import (
    BAD_RECORDS,
    CUT_SHORT,
    NOT_A_LIST,
    NOT_UTF8,
    Damage,
    Job,
    JobFile,
    dumps,
    loads,
    merge,
    record_check,
)
from ..words.language import number_form
from .epoch_api import wait_for_collection
from .submissions import find_collection

PROJECT_SCOPE, PROJECT_KEY = "EpochEudr", "jobs"
LOG_TAG = "Epoch EUDR"


def tr(text: str) -> str:
    return QCoreApplication.translate("Jobs", text)


def profile_store_path() -> Path:
    """``<profile>/epoch_eudr/jobs.json``: the same file for the dock and every Processing run."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "epoch_eudr" / "jobs.json"


def read_profile_jobs() -> List[Job]:
    return JobFile(profile_store_path()).read()


def damage_text(damage: Damage) -> str:
    """What happened to a damaged jobs file, in the user's language (said once: the file is then aside)."""
    why = {NOT_UTF8: tr("it is not UTF-8 text"), CUT_SHORT: tr("it was cut short"),
           NOT_A_LIST: tr("it is not a list of jobs"), BAD_RECORDS: tr("some records are unreadable")}
    return number_form(damage.rescued, tr("The file of submitted jobs could not be read whole ({why}): it was kept as "
                                          "{kept}, and a new list started with the {n} job still readable in it."),
                       tr("The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a "
                          "new list started with the {n} jobs still readable in it.")).format(
        why=why.get(damage.reason, damage.reason), kept=damage.kept_as)


def save_profile_jobs(jobs: Iterable[Job], *, replace: bool = False,
                      notify: Optional[Callable[[str], None]] = None) -> List[Job]:
    """Merge ``jobs`` into the profile file; the file's jobs after. Another process writing at the same
    time is waited for (:class:`~..core.jobs.JobFile`): every submission is kept.

    ``replace``: the file keeps only ``jobs``, and the jobs still followed that another writer added
    meanwhile (forgetting settled jobs never drops a new submission). ``notify`` also hears the one
    warning about a damaged file (the Message Log always does)."""
    jobs = list(jobs)

    def change(current: List[Job]) -> List[Job]:
        if not replace:
            return merge(current, jobs)
        given = {job.key for job in jobs}
        return merge([job for job in current if not job.settled() and job.key not in given], jobs)

    try:
        kept, damage = JobFile(profile_store_path()).update(change)
    except OSError as exc:  # a read-only profile: the jobs stay in the project and this session
        text = tr("Cannot save the submitted jobs in {path}: {reason}").format(path=profile_store_path(),
                                                                               reason=exc)
        QgsMessageLog.logMessage(text, LOG_TAG, Qgis.MessageLevel.Warning)
        return jobs if replace else merge(read_profile_jobs(), jobs)
    if damage is not None:
        QgsMessageLog.logMessage(damage_text(damage), LOG_TAG, Qgis.MessageLevel.Warning)
        if notify is not None:
            notify(damage_text(damage))
    return kept


def remember(job: Job, notify: Optional[Callable[[str], None]] = None) -> None:
    """Any thread: a new submission, into the profile file (the dock adds it to the project too); never
    raises once the batch is sent (a file that cannot be written is said in the Message Log)."""
    save_profile_jobs([job], notify=notify)


def project_jobs(project: Optional[QgsProject] = None) -> List[Job]:
    project = project or QgsProject.instance()
    text, _ok = project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")
    return loads(text)


def set_project_jobs(jobs: Iterable[Job], project: Optional[QgsProject] = None) -> None:
    """Main thread: the project's copy (saved with the project; unchanged text leaves it unmodified)."""
    project = project or QgsProject.instance()
    text = dumps(jobs)
    if project.readEntry(PROJECT_SCOPE, PROJECT_KEY, "")[0] != text:
        project.writeEntry(PROJECT_SCOPE, PROJECT_KEY, text)


def check_jobs(client: EpochClient, jobs: Iterable[Job], cancel: Callable[[], bool]) -> List[Job]:
    """Worker thread: one look at each job (by collection id, else by name); copies with what was found."""
    checked = []
    for job in jobs:
        if cancel():
            raise CancelledError()
        copy = Job.from_dict(job.to_dict())
        try:
            if copy.collection_id:
                found = copy.collection_id if wait_for_collection(client, copy.collection_id, 0, cancel=cancel) \
                    else ""
            else:
                found = find_collection(client, copy.collection_name, cancel) or ""
        except CancelledError:
            raise
        except EpochError as exc:  # the server down, the login expired ...: said, and checked again later
            record_check(copy, None, error=str(exc))
        else:
            record_check(copy, found)
        checked.append(copy)
    return checked
