"""After a submission that may have arrived: look the collection up before anyone submits it again.

A batch POST is never resent once its body may have reached the server (``SubmissionUncertainError``);
the user then needs to know whether Epoch has the collection. There is no job-status endpoint, but
producer assessments carry their ``collection_name``, and ``/fetch_supply_shed`` filters on any column.
"""

from __future__ import annotations

from typing import Callable, Optional

from ..core.api import EpochClient
from ..core.api.errors import EpochError, SubmissionUncertainError


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
        return SubmissionUncertainError(f"{error} Looking '{collection_name}' up failed too ({exc}); check the "
                                        "Assessments before submitting again.")
    if found:
        return SubmissionUncertainError(f"{error} It was received: collection '{collection_name}' ({found}) is "
                                        "among the assessments. Do not submit it again.")
    return SubmissionUncertainError(f"{error} '{collection_name}' is not among the assessments yet: it may still "
                                    "be processing (minutes to hours). Look again later before submitting it again.")
