"""Where submitted jobs are kept (a file in the QGIS profile, and the project) and how one is checked.

The profile file holds every job, from the dock and from Processing (``qgis_process`` has no project);
the project holds the jobs submitted while it was open, so it finds them on another machine. Records
are merged (``core.jobs.merge``): the most advanced news wins. Nothing secret is stored: the server is
kept without credentials, and the login stays in the QGIS authentication database.
"""

from __future__ import annotations

import os
import tempfile
import threading
from pathlib import Path
from typing import Callable, Iterable, List, Optional

from qgis.core import Qgis, QgsApplication, QgsMessageLog, QgsProject
from qgis.PyQt.QtCore import QCoreApplication

from ..core.api import EpochClient
from ..core.api.errors import CancelledError, EpochError
from ..core.jobs import Job, dumps, loads, merge, record_check
from .operations import wait_for_collection
from .submissions import find_collection

PROJECT_SCOPE, PROJECT_KEY = "EpochEudr", "jobs"
LOG_TAG = "Epoch EUDR"
_FILE_LOCK = threading.Lock()  # the dock and a Processing run in the same QGIS may write at once


def tr(text: str) -> str:
    return QCoreApplication.translate("Jobs", text)


def profile_store_path() -> Path:
    """``<profile>/epoch_eudr/jobs.json``: the same file for the dock and every Processing run."""
    return Path(QgsApplication.qgisSettingsDirPath()) / "epoch_eudr" / "jobs.json"


def read_profile_jobs() -> List[Job]:
    try:
        return loads(profile_store_path().read_text(encoding="utf-8"))
    except OSError:
        return []  # none yet, or unreadable: nothing to resume


def _write(path: Path, text: str) -> None:
    """Atomically: a crash mid-write leaves the previous file, never half a file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, staging = tempfile.mkstemp(prefix=".jobs-", suffix=".json", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            out.write(text)
        os.replace(staging, path)
    except BaseException:
        Path(staging).unlink(missing_ok=True)
        raise


def save_profile_jobs(jobs: Iterable[Job], *, replace: bool = False) -> List[Job]:
    """Merge ``jobs`` into the profile file (``replace``: write exactly them); the file's jobs after."""
    with _FILE_LOCK:
        kept = list(jobs) if replace else merge(read_profile_jobs(), jobs)
        try:
            _write(profile_store_path(), dumps(kept))
        except OSError as exc:  # a read-only profile: the jobs stay in the project and this session
            text = tr("Cannot save the submitted jobs in {path}: {reason}").format(path=profile_store_path(),
                                                                                   reason=exc)
            QgsMessageLog.logMessage(text, LOG_TAG, Qgis.MessageLevel.Warning)
        return kept


def remember(job: Job) -> None:
    """Any thread: a new submission, into the profile file (the dock adds it to the project too)."""
    save_profile_jobs([job])


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
