"""A submission before and after it is sent: split into collections, said in words, and looked up.

Before: the screened features are planned as the dashboard holds them (one collection per producer's
plots, its commodity read from the layer, ``core.grouping``), and the plan is said (how many plots,
producers, countries, collections) or refused (rows without a commodity, never sent as "unknown").

After a submission that may have arrived: a batch POST is never resent once its body may have reached
the server (``SubmissionUncertainError``); the user then needs to know whether Epoch has the collection.
There is no job-status endpoint, but producer assessments carry their ``collection_name``, and
``/fetch_supply_shed`` filters on any column.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ...core.api import EpochClient
from ...core.api.errors import EpochError, SubmissionUncertainError
from ...core.grouping import ONE_COLLECTION, PER_PRODUCER, PlannedCollection, SubmissionPlan, plan_submission
from ...core.result_rows import SOURCE_KEY
from ..inputs.source import LayerSnapshot, PreparedUpload, SourceError, build_upload
from ..words.language import commodity_label, count_text, error_text, integer_text, takes_singular


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


@dataclass
class SubmissionChoice:
    """How the user wants the features sent: grouped ``per producer`` (``producer_field``) or as one
    collection, each feature's commodity from ``commodity_field`` or else ``commodity``, and the name
    typed (``""``: each collection named after its producer and commodity)."""

    grouping: str = PER_PRODUCER
    producer_field: str = ""
    commodity_field: str = ""
    commodity: Optional[str] = None
    name: str = ""


def plan_snapshot(snapshot: LayerSnapshot, location_type: str, choice: SubmissionChoice,
                  cancel: Callable[[], bool] = lambda: False) -> Tuple[SubmissionPlan, PreparedUpload]:
    """Worker thread: the features as they would be sent, planned into collections (nothing is sent).

    Countries come from where the features lie (QGIS's world map), so a batch's countries are known
    before Epoch places it.
    """
    prepared = build_upload(snapshot, location_type, cancel)
    if prepared.upload.kind != "geojson":
        raise SourceError(tr("Only located features can be submitted: screen the table first, then submit the "
                             "screening results."))
    features = json.loads(prepared.upload.content)["features"]
    plan = plan_submission(features, grouping=choice.grouping, producer_field=choice.producer_field,
                           commodity_field=choice.commodity_field, commodity=choice.commodity,
                           layer_name=snapshot.name, name=choice.name.strip(), source_key=SOURCE_KEY)
    return plan, prepared


def collection_snapshot(snapshot: LayerSnapshot, planned: PlannedCollection) -> LayerSnapshot:
    """``snapshot`` narrowed to one planned collection's features (the layer is read again, not copied)."""
    return dataclasses.replace(snapshot, selected_ids=list(planned.source_ids), feature_count=len(planned.source_ids))


#: the batch endpoints' status for a collection name Epoch has already processed (``force_reprocess`` false):
#: nothing was sent, the answer names the existing collection (API_NOTES: /batch_process, /batch_supply_shed)
EXISTS = "exists"


def _count(n: int, one: str, many: str) -> str:
    """``one`` or ``many`` (each a whole translatable string with ``{n}``) as the language's plural rules pick,
    the number written as the locale writes it."""
    return (one if takes_singular(n) else many).format(n=integer_text(n))


def _things(n: int, location_type: str) -> str:
    return count_text(n, "facilities" if location_type == "facility" else "plots")


def not_sent_text(collections: List[Tuple[str, str]]) -> str:
    """One sentence for the collections (name, id) Epoch answered ``exists`` for: they are already at Epoch and
    nothing was sent (Epoch returns the earlier assessment unless asked to reprocess)."""
    if len(collections) == 1:
        name, collection_id = collections[0]
        return tr("The collection '{name}' already exists at Epoch (collection {id}), so nothing was sent: its "
                  "results are those of the earlier assessment. Tick 'Reprocess' to assess it again.").format(
            name=name, id=collection_id)
    return tr("{n} collections already exist at Epoch ({names}), so nothing was sent for them: their results are "
              "those of the earlier assessments. Tick 'Reprocess' to assess them again.").format(
        n=integer_text(len(collections)), names=", ".join(f"'{name}'" for name, _id in collections))


def _shown_list(items: List[str], limit: int = 5) -> str:
    shown = ", ".join(items[:limit])
    return shown + (tr(" and {n} more").format(n=integer_text(len(items) - limit)) if len(items) > limit else "")


def plan_summary(plan: SubmissionPlan, location_type: str, producer_field: str = "") -> str:
    """``30 plots, 8 producers, 1 country: 8 collections`` - what the selection holds and how it goes out."""
    if producer_field:
        producers = _count(len(plan.producers), tr("{n} producer"), tr("{n} producers"))
        if plan.unnamed:
            producers += tr(" ({n} without a producer name)").format(n=integer_text(plan.unnamed))
    else:
        producers = tr("producer not given")
    placed = plan.placed_countries()
    countries = _count(len(placed), tr("{n} country"), tr("{n} countries"))
    if plan.countries.get(""):
        countries += tr(" ({n} in no country)").format(n=integer_text(plan.countries[""]))
    collections = _count(len(plan.collections), tr("{n} collection"), tr("{n} collections"))
    return tr("{things}, {producers}, {countries}: {collections}").format(
        things=_things(plan.features, location_type), producers=producers, countries=countries,
        collections=collections)


def plan_details(plan: SubmissionPlan, location_type: str) -> List[str]:
    """One line per collection (name: producer, commodity, count, countries), then what Epoch will do
    differently (a commodity without its own model, one collection across countries)."""
    lines = []
    for planned in plan.collections:
        places = ", ".join(c for c in planned.countries if c) or tr("no country")
        who = planned.producer or (tr("all producers") if plan.grouping == ONE_COLLECTION else
                                   tr("(no producer name)"))
        lines.append(tr("{name}: {producer}, {commodity}, {things}, {countries}").format(
            name=planned.name, producer=who, commodity=commodity_label(planned.commodity),
            things=_things(len(planned.source_ids), location_type), countries=places))
    for other in plan.other_commodities:
        lines.append(tr("'{commodity}' is not one of Epoch's commodities: Epoch assesses it with its plantation "
                        "model and warns.").format(commodity=other))
    for planned in plan.collections:
        places = [c for c in planned.countries if c]
        if len(places) > 1:
            lines.append(tr("'{name}' spans {n} countries ({countries}): Epoch reports a collection as one "
                            "producer in one place; send one collection per producer to keep them "
                            "apart.").format(name=planned.name, n=len(places), countries=", ".join(places)))
    return lines


def needs_confirmation(plan: SubmissionPlan) -> bool:
    """Whether the user must see the plan before it is sent: more than one collection, a commodity Epoch
    has no model for, or one collection across countries."""
    return len(plan.collections) > 1 or bool(plan.other_commodities) or any(
        len([c for c in planned.countries if c]) > 1 for planned in plan.collections)


def plan_refusal(plan: SubmissionPlan, choice: SubmissionChoice, how_commodity: str = "",
                 how_name: str = "") -> str:
    """Why the plan cannot be sent (``""``: it can), naming the producers and features concerned and what
    to change (``how_commodity``, ``how_name``: where to change it, e.g. the Processing parameters)."""
    parts = []
    if plan.without_commodity:
        producers = [name or tr("(no producer name)") for name in plan.without_commodity]
        fids = [str(fid) for ids in plan.without_commodity.values() for fid in ids]
        field = choice.commodity_field
        why = (tr("their '{field}' is empty or names no commodity").format(field=field) if field
               else tr("no commodity column was chosen and no commodity for all rows"))
        parts.append(tr("No commodity for {producers} (features {features}): {why}. Nothing is sent as 'unknown': "
                        "{how}").format(
            producers=_shown_list(producers), features=_shown_list(fids, 10), why=why,
            how=how_commodity or tr("pick the column that holds the commodity, or a commodity for rows without "
                                    "one.")))
    if "mixed_commodities" in plan.problems():
        held = [tr("{commodity} ({n})").format(commodity=commodity_label(c), n=n) for c, n in plan.mixed.items()]
        parts.append(tr("One collection takes one commodity, but these rows hold {held}: send one collection per "
                        "producer, or submit each commodity's rows apart.").format(held=", ".join(held)))
    if plan.name_conflict:
        parts.append(tr("The collection name '{name}' names one collection, but these rows make {n} (one per "
                        "producer and commodity): {how}").format(
            name=choice.name.strip(), n=len(plan.collections),
            how=how_name or tr("clear the name to name each after its producer, or send them as one "
                               "collection.")))
    return " ".join(parts)
