"""What the EU Information System tab's parts and the statement watcher share: the connection the user chose
(environment, server address, the QGIS authentication configuration's *id*: never the key), the client made from
it, and the one way an EU Information System call runs (an OperationTask whose failure is worded by
layers/eu_messages, in the user's language).

Acceptance (the Commission's test system) unless production is chosen by name ("EUDR Information System -
Operator API Reference" v1.0, section 1.2): a stored choice that is not exactly "production" reads as acceptance.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, List, Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication

from ..connection.eu_credentials import ENV_AUTH_KEY, ENV_USERNAME, eu_client, eu_credentials
from ..core.api.errors import EpochError
from ..core.eu_is import ACCEPTANCE, PRODUCTION, EuIsClient, EuIsError
from ..core.eu_is.errors import CONFIGURATION
from ..core.eu_is.records import StatementRecord, iso, next_check_at, parse_time, server_key
from ..layers.operations.eu_statements import reasons
from ..layers.operations.task import OperationTask, failure_text
from ..layers.words.eu_messages import eu_error_text

PREFIX = "epoch_eudr/eu_is/"
WORDED = "eu_is_worded"  # an error already in the user's language (layers.words.language.error_text shows it as it is)


def tr(text: str) -> str:
    return QCoreApplication.translate("EuCommon", text)


@dataclass
class EuIsSettings:
    """The EU Information System connection the dock uses (QgsSettings: ids and addresses only)."""

    environment: str = ACCEPTANCE
    server: str = ""  # empty: the environment's own address; a URL for the fake service on this machine
    authcfg: str = ""
    register_gpkg: str = ""
    register_table: str = ""

    @classmethod
    def load(cls) -> EuIsSettings:
        s = QgsSettings()
        environment = str(s.value(PREFIX + "environment", ACCEPTANCE) or ACCEPTANCE)
        return cls(PRODUCTION if environment == PRODUCTION else ACCEPTANCE, str(s.value(PREFIX + "server", "") or ""),
                   str(s.value(PREFIX + "authcfg", "") or ""), str(s.value(PREFIX + "register_gpkg", "") or ""),
                   str(s.value(PREFIX + "register_table", "") or ""))

    def save(self) -> None:
        s = QgsSettings()
        for name in ("environment", "server", "authcfg", "register_gpkg", "register_table"):
            s.setValue(PREFIX + name, getattr(self, name))


def make_client(settings: Optional[EuIsSettings] = None) -> EuIsClient:
    """The client of the chosen connection (main thread: the authentication database may ask for the master
    password); :class:`EuIsError` when there is no login or the address is refused."""
    settings = settings or EuIsSettings.load()
    if settings.authcfg:
        credentials = eu_credentials(settings.authcfg)
    else:
        try:
            credentials = eu_credentials("")  # EUDR_IS_USERNAME and EUDR_IS_AUTH_KEY, for unattended QGIS
        except EuIsError:
            raise EuIsError(tr("Save the EU Information System username and authentication key first (or set {user} "
                               "and {key} in the environment).").format(user=ENV_USERNAME, key=ENV_AUTH_KEY),
                            kind=CONFIGURATION, code=WORDED) from None
    return eu_client(credentials, settings.environment, settings.server or None)


def same_connection(record: StatementRecord, client: EuIsClient) -> bool:
    """The record was sent where ``client`` sends (the same environment and server)."""
    return (record.environment == client.environment.name
            and record.server == server_key(client.environment.base_url))


def worded(error: BaseException) -> str:
    """An error of an EU Information System call in the user's language."""
    return eu_error_text(error) if isinstance(error, EuIsError) else str(error)


def eu_task(description: str, work: Callable[[Callable[[float], None], Callable[[], bool]], Any],
            notify: Callable[[int, str], None], on_done: Optional[Callable[[Any, List], Any]] = None,
            clients: Optional[List[EuIsClient]] = None) -> OperationTask:
    """``work(progress, cancel)`` in the one task class; its EU Information System errors worded (a refusal
    before sending names its first problem), the clients' connections closed when it ends."""
    def operation(progress, cancel):
        try:
            return work(progress, cancel)
        except EuIsError as exc:
            raise EpochError(eu_error_text(exc), code=WORDED) from None
        finally:
            for client in clients or []:
                client.session.close()

    def said(level: int, text: str) -> None:  # a failure in whole sentences, not "{task}: {sentence}"
        if task.error and text == failure_text(description, task.error):
            text = tr("{task} failed. {reason}").format(task=description, reason=task.error)
        notify(level, text)

    task = OperationTask(description, operation, notify=said, on_done=on_done, add_to_project=False)
    return task


def status_labels():
    """Statuses as shown (stored in English, the service's words)."""
    return {"SENDING": tr("Sending"), "UNCERTAIN": tr("Answer lost"), "SUBMITTED": tr("Submitted"),
            "AVAILABLE": tr("Available"), "REJECTED": tr("Rejected"), "WITHDRAWN": tr("Withdrawn"),
            "NOT_RECEIVED": tr("Never received"), "GROUPED": tr("Grouped"), "ARCHIVED": tr("Archived"),
            "OBSOLETE": tr("Obsolete")}


def status_word(status: str) -> str:
    return status_labels().get(status, status)


def local_time(value: str) -> str:
    """A stored UTC time (ISO 8601) in this computer's time zone, to the minute; '' when there is none."""
    moment = parse_time(value) if value else None
    return moment.astimezone().strftime("%Y-%m-%d %H:%M") if moment is not None else ""


def status_sentence(record: StatementRecord) -> str:
    """Where a statement stands, in one sentence (its reasons when rejected)."""
    name = record.internal_reference or record.uuid
    if record.status == "AVAILABLE":
        return tr("{name}: available, reference number {reference}, verification number {verification}.").format(
            name=name, reference=record.reference_number, verification=record.verification_number)
    if record.status == "REJECTED":
        return tr("{name}: rejected by the EU Information System: {reasons}").format(
            name=name, reasons=" | ".join(reasons(record)) or tr("no reason given"))
    if record.status == "SUBMITTED":
        due = next_check_at(record)
        return tr("{name}: submitted, not settled yet; next check at {time}.").format(
            name=name, time=local_time(iso(due)) if due else "-")
    if record.status in ("SENDING", "UNCERTAIN"):
        return tr("{name}: its answer was lost; it was not sent again. Check now looks it up by its internal "
                  "reference.").format(name=name)
    if record.status == "NOT_RECEIVED":
        return tr("{name}: the EU Information System never received it; submit it again.").format(name=name)
    return tr("{name}: {status}.").format(name=name, status=status_word(record.status))
