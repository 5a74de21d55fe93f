"""Submit tab: ticked (or map-selected) screening results to the batch endpoints, and the jobs submitted
(from the dock or Processing, this session or an earlier one) with their state.

A submission goes out as Epoch's dashboard holds it: one collection per producer (the producer and
commodity read from fields the user picks), said first ("30 plots, 8 producers, 1 country: 8
collections") and confirmed when it is more than one collection; rows without a commodity are refused.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import Any, List, Optional, Tuple

from qgis.core import Qgis
from qgis.gui import QgsFieldComboBox
from qgis.PyQt.QtCore import QCoreApplication, Qt
from qgis.PyQt.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from ..core.api.errors import EpochError, SubmissionUncertainError
from ..core.coercion import clean_text
from ..core.commodities import COMMODITIES, commodity_field_guess, normalize_commodity
from ..core.grouping import ONE_COLLECTION, PER_PRODUCER, PlannedCollection
from ..core.jobs import LOCAL_SERVER, Job, find_job, new_job, server_key, uncertain_job
from ..core.naming import producer_collection_name, producer_field_guess
from ..core.result_rows import SOURCE_KEY
from ..layers.inputs.source import SourceError, snapshot_layer
from ..layers.operations.epoch_api import submit_layer
from ..layers.operations.submissions import (
    EXISTS,
    SubmissionChoice,
    collection_snapshot,
    find_collection,
    needs_confirmation,
    not_sent_text,
    plan_details,
    plan_refusal,
    plan_snapshot,
)
from ..layers.operations.task import OperationTask
from ..layers.tables.layer_rows import first_feature_properties, suggested_collection_name, values_by_fid
from ..layers.words.language import commodity_label, count_text, error_text, integer_text, takes_singular
from ..layers.words.shown_values import country_label
from .column_sizing import MIN_CHARS, fit_with_leftover
from .submit_state import Existing, Planned, Sending, Submitted
from .wdg_common import TABLE_MIN_HEIGHT, DockTab, ScreeningResult, existing_layer, show_status, status_label


def tr(text: str) -> str:
    return QCoreApplication.translate("SubmitTab", text)


def job_columns():
    return (tr("Collection"), tr("Id"), tr("State"), tr("Last checked"))


def state_label(state: str) -> str:
    """A job state (stored in English, see core.jobs) as the table says it."""
    return {"submitted": tr("submitted"), "processing": tr("processing"), "ready": tr("ready"),
            "failed": tr("failed"), "unknown": tr("unknown")}.get(state, state)


def job_sent_text(job: Job) -> str:
    """What a job sent, one sentence: its features and commodity."""
    count = count_text(job.features, "facilities" if job.location_type == "facility" else "plots")
    if job.commodity:
        return tr("{count} sent, commodity: {commodity}").format(count=count, commodity=commodity_label(job.commodity))
    return tr("{count} sent, commodity not given").format(count=count)


def server_label(server: str) -> str:
    """A job's server as stored (core.jobs.server_key: a host, or the words naming every loopback server) as
    the user reads it: the sandbox's stored name is said in the user's language."""
    return tr("local sandbox") if server == LOCAL_SERVER else server


def job_origin_text(job: Job) -> str:
    """When, from where and to which server a job was submitted, one sentence."""
    time = job.submitted_at.replace("T", " ")[:16]
    server = server_label(job.server)
    if job.source == "processing":
        return tr("Submitted {time} UTC from Processing to {server}").format(time=time, server=server)
    return tr("Submitted {time} UTC from the panel to {server}").format(time=time, server=server)


def shown_plan(plan: Any) -> Any:
    """A copy of ``plan`` whose collections name their countries in the user's language (the CLDR names of
    :func:`~..layers.shown_values.country_label`), for the lines the user reads; the plan sent keeps them."""
    def named(countries):
        said: dict = {}
        for name, n in countries.items():
            said[country_label(name)] = said.get(country_label(name), 0) + n
        return said

    return replace(plan, collections=[replace(planned, countries=named(planned.countries))
                                      for planned in plan.collections])


class SubmitTab(DockTab):
    def __init__(self, session, notify, watcher, parent=None) -> None:
        super().__init__(session, notify, parent)
        self.watcher = watcher
        self.result: Optional[ScreeningResult] = None
        self.result_layer = self.source_layer = None
        self.kind = "plot"
        self.suggested = ""  # the name the box was last given: a different text is the user's
        self._watched_fields_layer = None  # the layer whose field changes (a join, a virtual field) keep the choice
        self._chosen_fields = ("", "")
        self.confirm = self._confirm  # a test answers for the user
        self.sent: List[Submitted] = []  # the last send task's collections, as recorded
        layout = QVBoxLayout(self)
        self._build_submission_form(layout)
        self._build_submit_row(layout)
        self._build_jobs(layout)
        self._connect_signals()
        self._refresh()

    def _build_submission_form(self, layout: QVBoxLayout) -> None:
        self.what = QLabel(tr("Screen a layer first: its results can then be submitted for assessment."), self)
        self.what.setWordWrap(True)
        layout.addWidget(self.what)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # a long French label above its box at 470 px
        self.grouping = QComboBox(self)
        self.grouping.setObjectName("grouping")
        self.grouping.addItem(tr("One collection per producer"), PER_PRODUCER)
        self.grouping.addItem(tr("One collection for all"), ONE_COLLECTION)
        self.grouping.setToolTip(tr("Epoch's assessments hold one producer's plots each: one collection per "
                                    "producer shows each producer with its own status, commodity and country."))
        self.producer_field = QgsFieldComboBox(self)
        self.producer_field.setObjectName("producer_field")
        self.producer_field.setAllowEmptyFieldName(True)
        self.producer_field.setToolTip(tr("The field that names each feature's producer (farmer, supplier, company)."))
        self.commodity_field = QgsFieldComboBox(self)
        self.commodity_field.setObjectName("commodity_field")
        self.commodity_field.setAllowEmptyFieldName(True)
        self.commodity_field.setToolTip(tr("The field that holds each feature's commodity (coffee, Café, kopi, "
                                           "cacao, sawit... are understood)."))
        self.commodity = QComboBox(self)
        self.commodity.setObjectName("fallback_commodity")
        self.commodity.addItem(tr("None: refuse"), "")
        for name in COMMODITIES:
            self.commodity.addItem(commodity_label(name), name)
        self.name = QLineEdit(self)
        self.name.setObjectName("collection_name")
        self.name.setToolTip(tr("The name of a single collection. Left as suggested, each collection is named "
                                "{commodity}_{producer}_{date}."))
        self.force = QCheckBox(tr("Reprocess if the collection exists"), self)
        self.force.setObjectName("force_reprocess")
        form.addRow(tr("Collections"), self.grouping)
        form.addRow(tr("Producer field"), self.producer_field)
        form.addRow(tr("Commodity field"), self.commodity_field)
        self.commodity.setToolTip(tr("The commodity of rows whose commodity field is empty, or of every row when no "
                                     "field is chosen: the one screened, unless changed here."))
        form.addRow(tr("Default commodity"), self.commodity)
        form.addRow(tr("Collection name"), self.name)
        form.addRow("", self.force)
        layout.addLayout(form)

    def _build_submit_row(self, layout: QVBoxLayout) -> None:
        self.submit_button = QPushButton(tr("Submit ticked rows (or the map selection)"), self)
        self.submit_button.setObjectName("submit")
        self.submit_button.setEnabled(False)
        layout.addWidget(self.submit_button)
        self.task_bar.on_idle = lambda idle: self.submit_button.setEnabled(
            idle and existing_layer(self.result_layer) is not None)
        layout.addWidget(self.task_bar)
        self.summary = status_label(self)
        self.summary.setObjectName("submit_summary")
        layout.addWidget(self.summary)
        self.status.setObjectName("submit_status")
        layout.addWidget(self.status)

    def _build_jobs(self, layout: QVBoxLayout) -> None:
        jobs_head = QHBoxLayout()
        self.jobs_label = QLabel(tr("Submitted jobs"), self)
        self.jobs_label.setObjectName("jobs_label")
        self.jobs_label.setWordWrap(True)  # "Submitted jobs: 3, 1 being checked (last check: ...)" wraps in the dock
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
        for column, title in enumerate(job_columns()):
            self.table.horizontalHeaderItem(column).setToolTip(title)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # each column as wide as its title and values, the id the room left (fit_with_leftover, at each refresh),
        self.table.setTextElideMode(Qt.TextElideMode.ElideMiddle)  # cut in its middle (whole in its tooltip)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)  # the tab scrolls (wdg_dock): the jobs always show
        layout.addWidget(self.table, 1)

    def _connect_signals(self) -> None:
        for combo in (self.grouping, self.commodity):
            combo.currentIndexChanged.connect(lambda _index: self._suggest_name())
        for combo in (self.producer_field, self.commodity_field):
            combo.fieldChanged.connect(lambda _name: self._suggest_name())
            combo.fieldChanged.connect(self._remember_fields)
        self.submit_button.clicked.connect(lambda: self.submit())
        self.check_button.clicked.connect(self.poll)
        self.clear_button.clicked.connect(self.watcher.clear_settled)
        self.watcher.changed.connect(self._refresh)

    def use_results(self, result: ScreeningResult) -> None:
        """A screening run finished (the Screening tab's ``results_ready``): offer its rows for submission."""
        self.result = result
        self.result_layer, self.source_layer, self.kind = result.layer, result.source, result.location_type
        result_layer, source_layer, kind = result.layer, result.source, result.location_type
        fields_layer = self._fields_layer()
        names = fields_layer.fields().names() if fields_layer is not None else []
        for combo, guess in ((self.producer_field, producer_field_guess), (self.commodity_field,
                                                                            commodity_field_guess)):
            combo.blockSignals(True)
            combo.setLayer(fields_layer)
            combo.setField(guess(names) or "")
            combo.blockSignals(False)
        self._watch_fields(fields_layer)
        self.commodity.blockSignals(True)
        self.commodity.setCurrentIndex(max(0, self.commodity.findData(result.commodity or "")))
        self.commodity.blockSignals(False)
        self.summary.setText("")
        self._suggest_name(force=True)
        count = result_layer.featureCount() if result_layer else 0
        if kind == "facility":
            text = tr("{n} screened facility from '{layer}'. Tick it in the Screening table (or select it on the "
                      "map) and submit it to /batch_supply_shed (supply-shed assessment).") if takes_singular(count) \
                else tr("{n} screened facilities from '{layer}'. Tick rows in the Screening table (or select "
                        "features on the map) and submit them to /batch_supply_shed (supply-shed assessment).")
        else:
            text = tr("{n} screened plot from '{layer}'. Tick it in the Screening table (or select it on the map) "
                      "and submit it to /batch_process (direct plot assessment).") if takes_singular(count) \
                else tr("{n} screened plots from '{layer}'. Tick rows in the Screening table (or select features "
                        "on the map) and submit them to /batch_process (direct plot assessment).")
        self.what.setText(text.format(n=integer_text(count), layer=source_layer.name() if source_layer else "?"))
        self.submit_button.setEnabled(result_layer is not None)

    def _watch_fields(self, layer) -> None:
        """Keep the chosen producer and commodity fields when the layer's fields change: a join of the results,
        or any virtual field, makes QGIS refill the field combos with nothing chosen (then 8 producers went out
        as one collection named after the layer)."""
        old = existing_layer(self._watched_fields_layer)
        if old is not None:
            try:
                old.updatedFields.disconnect(self._fields_changed)
            except (TypeError, RuntimeError):
                pass
        self._watched_fields_layer = layer
        self._chosen_fields = (self.producer_field.currentField(), self.commodity_field.currentField())
        if layer is not None:
            layer.updatedFields.connect(self._fields_changed)

    def _remember_fields(self, _name: str = "") -> None:
        """A field chosen (by the user or the guess) is kept; the blank QGIS shows while it refills is not."""
        current = (self.producer_field.currentField(), self.commodity_field.currentField())
        self._chosen_fields = tuple(now or before for now, before in zip(current, self._chosen_fields))

    def _fields_changed(self) -> None:
        layer = existing_layer(self._watched_fields_layer)
        if layer is None:
            return
        names = layer.fields().names()
        for combo, chosen in zip((self.producer_field, self.commodity_field), self._chosen_fields):
            if chosen and chosen in names and combo.currentField() != chosen:
                combo.setField(chosen)

    def _fields_layer(self):
        """The layer whose fields are sent: the user's own (screened) layer, else the results (a geocoded table)."""
        source = existing_layer(self.source_layer)
        if source is not None and source.isValid() and source.isSpatial():
            return source
        return existing_layer(self.result_layer)

    def choice(self) -> SubmissionChoice:
        """What the form says now; the name only when the user gave one (not the suggestion)."""
        typed = self.name.text().strip()
        return SubmissionChoice(grouping=self.grouping.currentData() or PER_PRODUCER,
                                producer_field=self.producer_field.currentField(),
                                commodity_field=self.commodity_field.currentField(),
                                commodity=self.commodity.currentData() or None,
                                name=typed if typed != self.suggested else "")

    def _suggest_name(self, force: bool = False) -> None:
        """Put the suggested name in the box unless the user changed it: {commodity}_{producer}_{date} of the
        first feature per producer, the dashboard guide's {commodity}_{country}_{date} for one collection."""
        if not force and self.name.text().strip() not in ("", self.suggested):
            return
        layer = self._fields_layer()
        props = first_feature_properties(layer)
        choice = self.choice()
        commodity = normalize_commodity(props.get(choice.commodity_field)) if choice.commodity_field else None
        commodity = commodity or choice.commodity or ""
        if choice.grouping == ONE_COLLECTION:
            self.suggested = suggested_collection_name(existing_layer(self.result_layer), commodity or None)
        else:
            producer = clean_text(props.get(choice.producer_field)) if choice.producer_field else ""
            self.suggested = producer_collection_name(commodity, producer or (layer.name() if layer else ""),
                                                      dt.date.today())
        self.name.setText(self.suggested)

    def _chosen_result_fids(self) -> List[int]:
        if existing_layer(self.result_layer) is None:
            raise SourceError(tr("The screening results are no longer in the project (another project was opened): "
                                 "screen the layer again."))
        ticked = sorted(self.result.ticked) if self.result is not None else []
        return ticked or list(self.result_layer.selectedFeatureIds())

    def _snapshot(self):
        fids = self._chosen_result_fids()
        if not fids:
            raise SourceError(tr("Nothing to submit: tick rows in the Screening results or select features on the "
                                 "map."))
        source = existing_layer(self.source_layer)
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

    def _known(self, names: List[str], server: str) -> List[Job]:
        return [job for job in (find_job(self.watcher.jobs, name, server) for name in names) if job is not None]

    def _known_question(self, known: List[Job]) -> str:
        if len(known) == 1:
            job = known[0]
            return tr("'{name}' was submitted on {day} ({state}). Submitted again without 'Reprocess', Epoch returns "
                      "that collection, not a new assessment. Submit anyway?").format(
                name=job.collection_name, day=job.submitted_at[:10], state=state_label(job.state))
        listed = ", ".join(tr("'{name}' on {day} ({state})").format(
            name=job.collection_name, day=job.submitted_at[:10], state=state_label(job.state)) for job in known)
        return tr("Submitted before: {jobs}. Submitted again without 'Reprocess', Epoch returns those collections, "
                  "not new assessments. Submit anyway?").format(jobs=listed)

    def submit(self) -> None:
        """Plan the chosen rows (a task: grouped per producer, countries looked up), say the plan, ask when it
        is more than one collection, then send. A name typed for one collection already used is questioned
        first."""
        try:
            client = self.session.client()
            snapshot = self._snapshot()
        except (EpochError, SourceError) as exc:
            show_status(self.status, error_text(exc), Qgis.MessageLevel.Critical)
            return
        choice, kind, force = self.choice(), self.kind, self.force.isChecked()
        server = server_key(client.base_url)
        known = self._known([choice.name], server) if choice.name and not force else []
        if known and not self.confirm(self._known_question(known)):
            return
        show_status(self.status, "", Qgis.MessageLevel.Info)
        task = OperationTask(tr("Preparing the submission"),
                             lambda progress, cancel: Planned(*plan_snapshot(snapshot, kind, choice, cancel), kind,
                                                              choice.producer_field),
                             notify=self._notify, add_to_project=False,
                             on_done=lambda outcome, _layers: self._planned(outcome, client, snapshot, choice,
                                                                            asked=bool(known)))
        self.task_bar.run(task)

    def _planned(self, outcome: Planned, client, snapshot, choice: SubmissionChoice, asked: bool) -> None:
        """The plan is known (main thread): say it, refuse it, or ask, then send."""
        plan, prepared, kind, force = outcome.plan, outcome.prepared, outcome.kind, self.force.isChecked()
        summary = outcome.summary()
        details = plan_details(shown_plan(plan), kind)
        self.summary.setText("\n".join(part for part in (summary, prepared.skipped_summary()) if part))
        self.summary.setToolTip("\n".join(details))
        if len(plan.collections) > 1 and self.name.text().strip() == self.suggested:
            self.suggested = ""  # several names, one per producer: the box names none of them
            self.name.clear()
            self.name.setPlaceholderText(tr("one per producer: {commodity}_{producer}_{date}"))
        refusal = plan_refusal(plan, choice)
        if refusal:
            show_status(self.status, tr("Not submitted: {why}").format(why=refusal), Qgis.MessageLevel.Critical)
            return
        questions = []
        if needs_confirmation(plan):
            ask = tr("{summary}\n\n{details}\n\nSend this collection?") if len(plan.collections) == 1 else \
                tr("{summary}\n\n{details}\n\nSend these {n} collections?")
            questions.append(ask.format(summary=self.summary.text(), details="\n".join(details),
                                        n=integer_text(len(plan.collections))))
        known = [] if force or asked else self._known([c.name for c in plan.collections], server_key(client.base_url))
        if known:
            questions.append(self._known_question(known))
        if questions and not self.confirm("\n\n".join(questions)):
            show_status(self.status, tr("Not submitted: nothing was sent."), Qgis.MessageLevel.Info)
            return
        self._send(client, snapshot, plan.collections, ask_server=not (force or known or asked))

    def _send(self, client, snapshot, collections: List[PlannedCollection], ask_server: bool) -> None:
        kind, force = self.kind, self.force.isChecked()
        sending = Sending(kind=kind)

        def run(progress, cancel):
            for number, planned in enumerate(collections):
                if ask_server:
                    found = find_collection(client, planned.name, cancel)
                    if found:
                        sending.existing.append(Existing(planned, found))
                        continue
                try:
                    job, prepared = submit_layer(client, collection_snapshot(snapshot, planned), kind, planned.name,
                                                 planned.commodity, force_reprocess=force, cancel=cancel)
                except SubmissionUncertainError as exc:  # kept, and looked up by name until it turns up
                    sending.uncertain.append(uncertain_job(
                        planned.name, commodity=planned.commodity, location_type=kind,
                        features=len(planned.source_ids), server_url=client.base_url, source="dock",
                        note=error_text(exc)))
                    raise
                sending.submitted.append(Submitted(planned, job, prepared.sent))
                progress(100.0 * (number + 1) / len(collections))
            return sending

        title = collections[0].name if len(collections) == 1 else tr("{n} collections").format(n=len(collections))
        task = OperationTask(tr("Submitting {name}").format(name=title), run,
                             notify=lambda level, text: self._task_said(level, text, sending, client.base_url),
                             on_done=lambda outcome, _layers: self._submitted(outcome, client, snapshot),
                             add_to_project=False)
        self.task_bar.run(task)

    def _notify(self, level, text) -> None:
        if level == Qgis.MessageLevel.Critical:
            show_status(self.status, text, level)
        self.notify(level, text)

    def _record(self, sending: Sending, server_url: str) -> None:
        """Every collection answered becomes a job (once), a submission that may have arrived too."""
        while sending.submitted:
            done = sending.submitted.pop(0)
            self.watcher.add(new_job(done.planned.name or done.job.collection_id, done.job.collection_id,
                                     commodity=done.planned.commodity, location_type=self.kind, features=done.sent,
                                     server_url=server_url, source="dock", status=done.job.status))
            self.sent.append(done)
        while sending.uncertain:
            self.watcher.add(sending.uncertain.pop(0))

    def _task_said(self, level, text, sending: Sending, server_url: str) -> None:
        """The submission's last word: what was sent before a failure is kept, and a submission that may have
        arrived too, to be looked up by name."""
        if level != Qgis.MessageLevel.Success:
            self._record(sending, server_url)
        elif sending.quiet:
            return
        self._notify(level, text)

    def _submitted(self, sending: Sending, client, snapshot) -> Optional[Tuple[int, str]]:
        self.sent = []
        self._record(sending, client.base_url)
        sent, existing = self.sent, list(sending.existing)
        if existing:
            names = ", ".join(f"'{e.planned.name}'" for e in existing)
            if len(existing) == 1:
                question = tr("'{name}' is already assessed on Epoch (collection {id}). Submitted again without "
                              "'Reprocess', Epoch returns its results, not a new assessment. Submit anyway?").format(
                    name=existing[0].planned.name, id=existing[0].collection_id)
            else:
                question = tr("{names} are already assessed on Epoch (collections {ids}). Submitted again without "
                              "'Reprocess', Epoch returns their results, not new assessments. Submit "
                              "anyway?").format(names=names, ids=", ".join(e.collection_id for e in existing))
            if self.confirm(question):
                sending.quiet = not sent  # this task sent nothing: the next one says what became of them
                self._send(client, snapshot, [e.planned for e in existing], ask_server=False)
                return None
            refusal = tr("Not submitted: '{name}' is already assessed. Load it in Assessments, tick 'Reprocess', or "
                         "choose another name.").format(name=existing[0].planned.name) if len(existing) == 1 else \
                tr("Not submitted: {names} are already assessed. Load them in Assessments, tick 'Reprocess', or "
                   "choose other names.").format(names=names)
            show_status(self.status, refusal, Qgis.MessageLevel.Warning)
            if not sent:  # the task's one message (and the log's)
                return Qgis.MessageLevel.Warning, refusal
            self.notify(Qgis.MessageLevel.Warning, refusal)
            return None
        there = [(done.planned.name or done.job.collection_id, done.job.collection_id)
                 for done in sent if done.job.status == EXISTS]
        sent = [done for done in sent if done.job.status != EXISTS]
        if there:  # Epoch had them already (no 'Reprocess'): nothing went out, their state is followed below
            said = [not_sent_text(there)]
            if sent:
                said.append(tr("The other {n} collections were submitted; their state is checked below.").format(
                    n=integer_text(len(sent))) if len(sent) > 1 else tr(
                    "The other collection was submitted; its state is checked below."))
            show_status(self.status, " ".join(said), Qgis.MessageLevel.Warning)
            return
        if len(sent) == 1:
            text = tr("Submitted: collection {id}. Its state is checked below, also after QGIS restarts, and a notice "
                      "says when it is ready.").format(id=sent[0].job.collection_id)
        else:
            text = tr("Submitted {n} collections. Their state is checked below, also after QGIS restarts, and a "
                      "notice says when each is ready.").format(n=integer_text(len(sent)))
        show_status(self.status, text, Qgis.MessageLevel.Success)

    def _refresh(self) -> None:
        jobs = self.watcher.jobs
        self.table.setRowCount(len(jobs))
        for row, job in enumerate(jobs):
            checked = job.checked_at.replace("T", " ")[:16] if job.checked_at else tr("not yet")
            tip = "\n".join(part for part in (job_sent_text(job), job_origin_text(job), job.note) if part)
            values = (job.collection_name, job.collection_id or "?", state_label(job.state), checked)
            for col, text in enumerate(values):
                item = QTableWidgetItem(str(text))
                item.setToolTip(f"{text}\n{tip}" if col in (0, 1) else tip)  # a name or id whole, then the job
                self.table.setItem(row, col, item)
        fit_with_leftover(self.table, 1, MIN_CHARS)  # the id: its ends readable, whole in its tooltip
        waiting = len(self.watcher.pending())
        if waiting and self.watcher.last_error:
            said = tr("Submitted jobs: {n}, {waiting} being checked (last check: {error})")
        else:
            said = tr("Submitted jobs: {n}, {waiting} being checked") if waiting else tr("Submitted jobs: {n}")
        self.jobs_label.setText(said.format(n=integer_text(len(jobs)), waiting=integer_text(waiting),
                                            error=self.watcher.last_error))
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
