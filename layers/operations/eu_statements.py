"""Due diligence statements from the plots: submit, check, withdraw, amend, and remember them across restarts.

Every function takes plain values and an :class:`~epoch_eudr.core.eu_is.EuIsClient` and may run in a QgsTask
(worker thread): nothing here touches a layer or a widget. A submission is written to the profile's statements
file (:class:`~epoch_eudr.core.eu_is.records.StatementFile`, shared by the dock, the watcher and every
``qgis_process``) *before* it is sent, as SENDING, so that a crash or a lost answer leaves something to look up by
its internal reference; nothing is ever sent twice. It is written beside its plots too, when they are in a
GeoPackage (:mod:`...core.gpkg.statements`). Never the key: the records hold none.
"""

from __future__ import annotations

import secrets
import time
import uuid as uuidlib
from pathlib import Path
from typing import Callable, Iterable, Iterator, List, Optional, Sequence, Tuple

from qgis.core import Qgis, QgsMessageLog, QgsProviderRegistry
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError
from ...core.eu_is import EuIsClient, EuIsError
from ...core.eu_is.build import Built, StatementForm, form_from_json, form_of, form_to_json
from ...core.eu_is.checks import check_statement, refuse
from ...core.eu_is.errors import CONFIGURATION, REFUSED, UNCERTAIN
from ...core.eu_is.operations import DdsOverview
from ...core.eu_is.records import (
    AVAILABLE,
    SENDING,
    SUBMITTED,
    WITHDRAWN,
    StatementFile,
    StatementRecord,
    due_checks,
    iso,
    merge,
    next_check_at,
    now_utc,
    server_key,
)
from ...core.gpkg import statements as eu_gpkg
from ...core.operation import Cancel, never_cancelled
from . import jobs as job_store
from .jobs import LOG_TAG, damage_text

NOT_RECEIVED = "NOT_RECEIVED"  # looked up by internal reference, and the service has no such statement
NEVER_RECEIVED = "the EU Information System never received it"  # a stored note: English, as stored values are
WITHDRAW, AMEND = "withdraw", "amend"  # the two changes of a statement within 72 hours


def tr(text: str) -> str:
    return QCoreApplication.translate("EuStatements", text)


# -- the profile's file ------------------------------------------------------------------------------------------
def statements_path() -> Path:
    """``<profile>/epoch_eudr/eu_is/statements.json`` (beside the jobs file, in a folder of its own)."""
    return job_store.profile_store_path().parent / "eu_is" / "statements.json"


def read_statements() -> List[StatementRecord]:
    return StatementFile(statements_path()).read()


def _update(change, notify: Optional[Callable[[str], None]] = None) -> List[StatementRecord]:
    try:
        kept, damage = StatementFile(statements_path()).update(change)
    except OSError as exc:  # a read-only profile: said, and the caller goes on with its records
        QgsMessageLog.logMessage(tr("Cannot save the EU statements in {path}: {reason}").format(
            path=statements_path(), reason=exc), LOG_TAG, Qgis.MessageLevel.Warning)
        return change(read_statements())
    if damage is not None:
        QgsMessageLog.logMessage(damage_text(damage), LOG_TAG, Qgis.MessageLevel.Warning)
        if notify is not None:
            notify(damage_text(damage))
    return kept


def save_statements(records: Iterable[StatementRecord], notify: Optional[Callable[[str], None]] = None
                    ) -> List[StatementRecord]:
    """Merge ``records`` into the profile's file (waiting for another process that writes it); the file's after."""
    records = list(records)
    return _update(lambda current: merge(current, records), notify)


def forget_statement(record: StatementRecord) -> None:
    """Remove a record that was never received (its submission definitely failed)."""
    _update(lambda current: [r for r in current if r.key != record.key])


def _keep(record: StatementRecord) -> StatementRecord:
    """The record into the profile and its GeoPackage (a GeoPackage that cannot be written is said in the log)."""
    save_statements([record])
    try:
        eu_gpkg.update_statement(record)
    except OSError as exc:
        QgsMessageLog.logMessage(tr("Cannot update the statement in {path}: {reason}").format(
            path=record.plots_gpkg, reason=exc), LOG_TAG, Qgis.MessageLevel.Warning)
    return record


def plots_geopackage(layer) -> Tuple[str, str]:
    """(GeoPackage path, table) of a layer read from a GeoPackage, else ("", ""): where a statement's numbers are
    written beside its plots (the dock and Processing alike)."""
    if layer is None or layer.providerType() != "ogr":
        return "", ""
    parts = QgsProviderRegistry.instance().decodeUri("ogr", layer.source())
    path = str(parts.get("path") or "")
    if not path.lower().endswith(".gpkg") or not Path(path).is_file():
        return "", ""
    table = str(parts.get("layerName") or "")
    if not table:
        from osgeo import ogr

        source = ogr.Open(path)
        table = source.GetLayer(0).GetName() if source is not None and source.GetLayerCount() else ""
    return path, table


# -- submitting ----------------------------------------------------------------------------------------------------
def new_internal_reference() -> str:
    """``QGIS-20260601-101500-3FA9C1``: unique, within the schema's 50 characters; how a lost answer is found."""
    return f"QGIS-{now_utc().strftime('%Y%m%d-%H%M%S')}-{secrets.token_hex(3).upper()}"


def _same_target(record: StatementRecord, client: EuIsClient, reference: str) -> bool:
    return (record.internal_reference == reference and record.environment == client.environment.name
            and record.server == server_key(client.environment.base_url))


def adopt_overview(record: StatementRecord, overview: DdsOverview) -> StatementRecord:
    record.uuid = overview.uuid or record.uuid
    record.status = overview.status or record.status
    record.reference_number = overview.reference_number or record.reference_number
    record.verification_number = overview.verification_number or record.verification_number
    record.rejection_reason = overview.rejection_reason or record.rejection_reason
    return record


def submit(client: EuIsClient, built: Built, *, plots_gpkg: str = "", plots_table: str = "",
           source: str = "processing") -> StatementRecord:
    """Check ``built`` (every refusal before sending, :class:`~..core.eu_is.checks.StatementRefused`), record it
    as SENDING, send it once, and record the UUID (SUBMITTED). An earlier submission of the same internal
    reference whose answer never came is looked up first and adopted instead of sending again; one already
    SUBMITTED or AVAILABLE refuses a second with the same reference. A definite failure (wrong key, clock, 503)
    forgets the record: nothing was received; a lost answer leaves it UNCERTAIN, to be looked up."""
    statement = built.statement
    refuse(built.problems)
    refuse(check_statement(statement, built.labels)[0])
    reference = statement.internal_reference or new_internal_reference()
    statement.internal_reference = reference
    earlier = [r for r in read_statements() if _same_target(r, client, reference)]
    live = [r for r in earlier if r.status not in ("REJECTED", WITHDRAWN, NOT_RECEIVED)]
    if [r for r in live if r.uuid]:
        raise EuIsError(tr("The internal reference '{reference}' is already used by the statement {uuid} ({status}): "
                           "give another internal reference, or withdraw that statement first.").format(
            reference=reference, uuid=live[0].uuid or "?", status=live[0].status), kind=REFUSED,
            code="eu_is_reference_used", params={"reference": reference})
    if live:  # SENDING or UNCERTAIN: did it arrive after all?
        found = client.get_dds_by_internal_reference(reference)
        if found:
            record = adopt_overview(live[0], found[-1])
            record.note = "found in the EU Information System by its internal reference: not sent again"  # stored
            return _keep(record)
        for record in live:
            record.status, record.note = NOT_RECEIVED, NEVER_RECEIVED
            _keep(record)
    line = statement.commodities[0] if statement.commodities else None
    record = StatementRecord(
        reference, local_id=str(uuidlib.uuid4()), environment=client.environment.name,
        server=server_key(client.environment.base_url), status=SENDING, submitted_at=iso(now_utc()),
        activity=statement.activity, hs_headings=",".join(c.hs_heading for c in statement.commodities),
        description=line.description if line else "",
        net_mass_kg=str(line.net_mass_kg) if line and line.net_mass_kg is not None else "",
        producers=statement.producer_count(), places=len(built.labels), geolocation_bytes=statement.geolocation_bytes(),
        plots_gpkg=plots_gpkg, plots_table=plots_table, source=source, form=form_to_json(form_of(built)))
    save_statements([record])
    if plots_gpkg:
        eu_gpkg.record_statement(record, [fid for fid in built.fids if isinstance(fid, int)])
    try:
        receipt = client.submit_dds(statement)
    except EuIsError as exc:
        if exc.kind == UNCERTAIN:
            record.status, record.note = "UNCERTAIN", str(exc)
            _keep(record)
        else:
            forget_statement(record)
            if plots_gpkg:
                eu_gpkg.forget_statement(record)
        raise
    record.uuid, record.status = receipt.uuid, SUBMITTED
    return _keep(record)


# -- checking ------------------------------------------------------------------------------------------------------
def check_statements(client: EuIsClient, records: Sequence[StatementRecord],
                     cancel: Cancel = never_cancelled) -> List[StatementRecord]:
    """One look at each record (by UUID, else by internal reference); the records updated and kept. A statement
    the service does not have under its internal reference was never received (NOT_RECEIVED)."""
    checked: List[StatementRecord] = []
    with_uuid = [r for r in records if r.uuid]
    if with_uuid:
        overviews = {o.uuid: o for o in client.get_dds([r.uuid for r in with_uuid])}
        for record in with_uuid:
            if record.uuid in overviews:
                adopt_overview(record, overviews[record.uuid])
            checked.append(record)
    for record in (r for r in records if not r.uuid):
        if cancel():
            raise CancelledError()
        known = {r.uuid for r in read_statements() if r.uuid}
        found = [o for o in client.get_dds_by_internal_reference(record.internal_reference) if o.uuid not in known]
        if found:
            adopt_overview(record, found[-1])
        else:
            record.status, record.note = NOT_RECEIVED, NEVER_RECEIVED
        checked.append(record)
    for record in checked:
        record.checked_at, record.checks = iso(now_utc()), record.checks + 1
        _keep(record)
    return checked


def wait_until_settled(client: EuIsClient, records: List[StatementRecord], seconds: float, cancel: Cancel,
                       sleep: Callable[[float], None] = time.sleep) -> List[StatementRecord]:
    """Check the records as their schedule allows (30 minutes before the first check against the EU's servers,
    seconds against a local one) until settled or ``seconds`` have passed; the records as last seen."""
    deadline = time.monotonic() + max(0.0, seconds)
    while True:
        waiting = [r for r in records if not r.settled]
        if not waiting or cancel():
            return records
        due = due_checks(waiting)
        if due:
            fresh = {r.key: r for r in check_statements(client, due, cancel)}
            records = [fresh.get(r.key, r) for r in records]
            continue
        upcoming = min(next_check_at(r) for r in waiting)
        pause = (upcoming - now_utc()).total_seconds()
        if time.monotonic() + pause > deadline:
            return records
        for _ in range(max(1, int(pause * 4))):
            if cancel():
                return records
            sleep(min(0.25, max(pause, 0.0)))


# -- changing ------------------------------------------------------------------------------------------------------
def refused_change(record: StatementRecord, action: str) -> Optional[EuIsError]:
    """Why ``record`` cannot be withdrawn or amended (``action``), said before any request; ``None`` when it can:
    only an AVAILABLE statement, within 72 hours of its submission ("Operator API Reference" v1.0, 10.3)."""
    if not record.uuid:
        return EuIsError(tr("The statement {reference} has no UUID yet: check its status first.").format(
            reference=record.internal_reference), kind=CONFIGURATION, code="eu_is_no_uuid")
    if record.status != AVAILABLE:
        text = (tr("Only an AVAILABLE statement can be amended; {uuid} is {status}.") if action == AMEND else
                tr("Only an AVAILABLE statement can be withdrawn; {uuid} is {status}."))
        return EuIsError(text.format(uuid=record.uuid, status=record.status), kind=REFUSED,
                         code="eu_is_change_status")
    if not record.changeable():
        text = (tr("{uuid} was submitted on {date}: a statement can be amended only within 72 hours of its "
                   "submission.") if action == AMEND else
                tr("{uuid} was submitted on {date}: a statement can be withdrawn only within 72 hours of its "
                   "submission."))
        return EuIsError(text.format(uuid=record.uuid, date=record.submitted_at), kind=REFUSED,
                         code="eu_is_change_too_late")
    return None


def _changeable(record: StatementRecord, action: str) -> None:
    refusal = refused_change(record, action)
    if refusal is not None:
        raise refusal


def withdraw(client: EuIsClient, record: StatementRecord) -> StatementRecord:
    """Withdraw an AVAILABLE statement within 72 hours (the service refuses it once GROUPED or used: its reasons
    are the error's)."""
    _changeable(record, WITHDRAW)
    answer = client.withdraw_dds(record.uuid)
    record.status, record.changed_at = answer.status or WITHDRAWN, iso(now_utc())
    return _keep(record)


def refuse_amendment(record: StatementRecord, built: Optional[Built] = None) -> None:
    """Everything that refuses an amendment before any request: the statement's status and its 72 hours, then
    (``built`` given) a changed activity (the service keeps a statement's activity) and every refusal of the new
    content."""
    _changeable(record, AMEND)
    if built is None:
        return
    refuse(built.problems)
    activity = built.statement.activity
    if record.activity and activity != record.activity:
        raise EuIsError(tr("An amendment cannot change the activity: {name} was declared as {declared}, the "
                           "amendment says {activity}.").format(name=record.internal_reference or record.uuid,
                                                                declared=record.activity, activity=activity),
                        kind=REFUSED, code="eu_is_amend_activity")
    built.statement.internal_reference = record.internal_reference
    refuse(check_statement(built.statement, built.labels)[0])


def amend(client: EuIsClient, record: StatementRecord, built: Built, *, plots_gpkg: str = "",
          plots_table: str = "") -> StatementRecord:
    """Replace an AVAILABLE statement's content within 72 hours (checked first, the same internal reference; the
    reference number stays). What was sent is recorded, and beside the new plots when they are in a
    GeoPackage."""
    refuse_amendment(record, built)
    answer = client.amend_dds(record.uuid, built.statement)
    statement = built.statement
    line = statement.commodities[0] if statement.commodities else None
    record.status, record.changed_at = answer.status or record.status, iso(now_utc())
    record.amendments += 1
    record.producers, record.places = statement.producer_count(), len(built.labels)
    record.geolocation_bytes = statement.geolocation_bytes()
    record.hs_headings = ",".join(c.hs_heading for c in statement.commodities)
    record.description = line.description if line else ""
    record.net_mass_kg = str(line.net_mass_kg) if line and line.net_mass_kg is not None else ""
    record.form = form_to_json(form_of(built))
    if plots_gpkg:
        record.plots_gpkg, record.plots_table = plots_gpkg, plots_table
        save_statements([record])
        eu_gpkg.record_statement(record, [fid for fid in built.fids if isinstance(fid, int)])
    return _keep(record)


def recorded_form(record: StatementRecord) -> StatementForm:
    """The form the statement was last sent with (what an amendment starts from); for a record kept before
    forms were, what the record says (activity, HS heading, description, net mass, internal reference)."""
    form = form_from_json(record.form)
    if form is None:
        form = StatementForm(activity=record.activity, hs_heading=record.hs_headings.split(",")[0],
                             description=record.description, net_mass_kg=record.net_mass_kg or None)
    form.internal_reference = record.internal_reference
    return form


# -- reading -------------------------------------------------------------------------------------------------------
def reasons(record: StatementRecord) -> List[str]:
    """The service's reasons for a REJECTED statement, one per producer or geometry where it names them."""
    return [part.strip() for part in (record.rejection_reason or "").split(";") if part.strip()]


def test_connection(client: EuIsClient) -> str:
    """Echo: the address, the credentials and the clock in one call; the service's status (``OK``)."""
    return client.echo().status


def production_places(snapshot, cancel: Cancel = never_cancelled) -> Iterator[Tuple[int, dict, Optional[dict]]]:
    """(feature id, properties, GeoJSON geometry in EPSG:4326) of a layer snapshot, read as the preflight reads
    it (a worker may call this: the snapshot is a thread-safe feature source)."""
    from shapely.geometry import mapping

    from ...core.preflight import BadGeometry
    from .preflight import read_items

    for fid, geometry, props, _has_m in read_items(snapshot, cancel):
        if geometry is None or isinstance(geometry, BadGeometry) or geometry.is_empty:
            yield fid, props, None
        else:
            yield fid, props, mapping(geometry)
