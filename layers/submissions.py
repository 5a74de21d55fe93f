"""After a submission that may have arrived: look the collection up before anyone submits it again.

A batch POST is never resent once its body may have reached the server (``SubmissionUncertainError``);
the user then needs to know whether Epoch has the collection. There is no job-status endpoint, but
producer assessments carry their ``collection_name``, and ``/fetch_supply_shed`` filters on any column.
"""

from __future__ import annotations

from typing import Callable, Optional

from qgis.PyQt.QtCore import QCoreApplication

from ..core.api import EpochClient
from ..core.api.errors import EpochError, SubmissionUncertainError
from .i18n import error_text


def tr(text: str) -> str:
    return QCoreApplication.translate("Submissions", text)


def find_collection(client: EpochClient, collection_name: str, cancel: Optional[Callable[[], bool]] = None
                    ) -> Optional[str]:
    """The id of an assessed collection named ``collection_name``, or ``None`` (not there, or not yet)."""
    stream = client.fetch_supply_shed(limit=1, filters={"collection_name": collection_name}, cancel=cancel)
    for feature in stream:
        props = feature.get("properties") or {}
        if props.get("collection_name") == collection_name:
            return str(props.get("collection_id") or "") or collection_name
    return None


def explain_uncertain(client: EpochClient, collection_name: str, error: SubmissionUncertainError,
                      cancel: Optional[Callable[[], bool]] = None) -> SubmissionUncertainError:
    """``error`` with what a look-up of the collection found, for the user to decide."""
    try:
        found = find_collection(client, collection_name, cancel)
    except EpochError as exc:
        return SubmissionUncertainError(tr("{error} Looking '{name}' up failed too ({reason}); check the "
                                           "Assessments before submitting again.").format(
            error=error_text(error), name=collection_name, reason=error_text(exc)))
    if found:
        return SubmissionUncertainError(tr("{error} It was received: collection '{name}' ({id}) is among the "
                                           "assessments. Do not submit it again.").format(
            error=error_text(error), name=collection_name, id=found))
    return SubmissionUncertainError(tr("{error} '{name}' is not among the assessments yet: it may still be "
                                       "processing (minutes to hours). Look again later before submitting it "
                                       "again.").format(error=error_text(error), name=collection_name))
