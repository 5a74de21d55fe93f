"""Map tips as QGIS expressions in the layer's style: the rows hold data, the tip's words are chosen when the
style is applied (the user's language), its values read from the feature when the tip is shown.

Every text that comes from a row is HTML-escaped by the expression (a map tip is HTML, and a company name can
hold ``<script>``); numbers go through ``format_number``. A template only names the fields the layer has, so a
layer written by an earlier version still shows what it holds.
"""

from __future__ import annotations

from html import escape
from typing import Any, Callable, Collection, Dict, Iterable, List, Optional, Sequence

from qgis.PyQt.QtCore import QCoreApplication

from ...core.check_sample import RANDOM_PICK
from ...core.coercion import DATA_NOTE_FIELD
from ...core.colours import CAPTION_GREY, CHECK_SAMPLE_COLOUR
from ...core.commodities import COMMODITIES
from ...core.confidence import LEVEL_COLORS, PENALTY_KEYS
from ...core.eu_benchmark import HIGH, LOW, STANDARD
from ...core.risk import DATA_ERROR_FIELD, PLOT_COMPLIANT, PLOT_NON_COMPLIANT, PLOT_STATUSES, PRODUCER_STATUSES
from ..words.language import commodity_label, status_label
from ..words.preflight import FINDINGS_FIELD, findings_expression
from ..words.shown_values import value_label
from . import explanations as ex

RED, GREEN, GREY = PLOT_NON_COMPLIANT.color, PLOT_COMPLIANT.color, CAPTION_GREY  # high density Yes / No

#: Field name -> the values the layer holds in it (``QgsVectorLayer.uniqueValues``), read when the style is built:
#: a stored country becomes its name through a ``CASE`` over the countries present.
Present = Callable[[str], Iterable[Any]]


def _nothing(_name: str) -> Iterable[Any]:
    return ()


def present_values(layer: Any, name: str) -> list:
    """The distinct values a layer's field ``name`` holds (none when it has no such field), a :data:`Present`:
    the map tip names the countries present; a style is built again at every load, so a country added later is
    named then."""
    index = layer.fields().indexOf(name)
    return list(layer.uniqueValues(index)) if index >= 0 else []


def tr(text: str) -> str:
    return QCoreApplication.translate("MapTips", text)


def _tag(expression: str) -> str:
    return f"[% {expression} %]"


def _row(label: str, value: str, when: Optional[str] = None) -> str:
    """A table row ``label | value`` (``value`` an expression), shown only ``when`` (an expression) holds."""
    cell = (f"{ex.quoted('<tr><td><b>')} || {ex.literal(label)} || {ex.quoted('</b></td><td>')} || ({value}) || "
            f"{ex.quoted('</td></tr>')}")
    return _tag(f"CASE WHEN {when} THEN {cell} ELSE '' END" if when else cell)


def _filled(name: str) -> str:
    return f"coalesce(to_string({ex.field_ref(name)}), '') <> ''"


def _text(name: str) -> str:
    return ex.shown(ex.text_of(name))


def _number(name: str, places: int) -> str:
    return ex.shown(ex.number_of(name, places))


def _status(statuses: Sequence, names: Collection[str]) -> str:
    """The status, in its colour and the user's words (from ``status_key``; the stored ``status`` otherwise)."""
    if "status_key" not in names:
        return _tag(_text("status")) if "status" in names else ""
    colour = " ".join(f"WHEN \"status_key\" = {ex.quoted(s.key)} THEN {ex.quoted(s.color)}" for s in statuses)
    cases = " ".join(f"WHEN \"status_key\" = {ex.quoted(s.key)} THEN {ex.literal(status_label(s.label))}"
                     for s in statuses)
    label = f"CASE {cases} ELSE {ex.text_of('status' if 'status' in names else 'status_key')} END"
    return f"<span style='color:[% CASE {colour} ELSE '{GREY}' END %]'>{_tag(label)}</span>"


def _words(name: str, values: Sequence[str]) -> str:
    return ex.shown(ex.words_of(name, {value: value_label(name, value) for value in values}))


def colon() -> str:
    """The separator of a label and its value (": "): the translation types it (French puts a no-break space
    before the colon)."""
    return tr(": ")


def level_words(name: str) -> str:
    """Field ``name``'s confidence or risk level (``high``, ``medium``, ``low``, ``invalid``) in the user's words."""
    return ex.shown(ex.words_of(name, {lvl: status_label(lvl) for lvl in LEVEL_COLORS}))


def commodity_words(name: str) -> str:
    """Field ``name``'s commodity (stored lower or title case, ``timber``) in the user's words."""
    return _commodity(name)


def _commodity(name: str) -> str:
    cases = " ".join(f"WHEN lower({ex.field_ref(name)}) = {ex.quoted(c)} THEN {ex.literal(commodity_label(c))}"
                     for c in COMMODITIES)
    return ex.shown(f"CASE {cases} ELSE {ex.text_of(name)} END")


def _eu_row(names: Collection[str]) -> List[str]:
    """The EU country risk class and its check share (Implementing Regulation (EU) 2025/1093)."""
    if "eu_country_risk" not in names:
        return []
    risk = _words("eu_country_risk", (HIGH, STANDARD, LOW, "unknown"))
    if "eu_check_share" in names:
        checked = ex.expression_of(tr(" ({share} % checked)"), {"share": ex.number_of("eu_check_share", 0)})
        risk += f" || CASE WHEN \"eu_check_share\" IS NULL THEN '' ELSE {checked} END"
    return [_row(tr("EU country risk"), risk, _filled("eu_country_risk"))]


def _data_error_row(names: Collection[str]) -> List[str]:
    """Why a verdict could not be given (``data_error``) and what was changed to keep the row (``data_note``),
    each finding a sentence (stored as codes, see ``core.coercion.finding``)."""
    rows = [_row(label, ex.findings_expression(name), _filled(name))
            for name, label in ((DATA_ERROR_FIELD, tr("Data error")), (DATA_NOTE_FIELD, tr("Data note")))
            if name in names]
    return rows


def _table(rows: Sequence[str]) -> str:
    return "<table>" + "".join(rows) + "</table>"


def _first(names: Collection[str], *candidates: str) -> str:
    present = [ex.field_ref(n) for n in candidates if n in names]
    if not present:
        return f"'{ex.DASH}'"
    return ex.shown(ex.escaped(f"coalesce({', '.join(present)})" if len(present) > 1 else present[0]))


def _country(name: str, present: Present) -> str:
    """Field ``name``'s stored country (an English name or an ISO code) named in the user's language."""
    return ex.shown(ex.words_of(name, ex.country_words(present(name))))


def assessment_maptip(names: Collection[str], present: Present = _nothing) -> str:
    """A producer: name, status, commodity, country (named in the user's language), NC plots and %, Article 10,
    EU risk, data error."""
    rows = []
    if "commodity" in names:
        rows.append(_row(tr("Commodity"), _commodity("commodity")))
    if "country" in names:
        rows.append(_row(tr("Country"), _country("country", present)))
    if "noncompliance_plot_count" in names:
        rows.append(_row(tr("NC plots"), _number("noncompliance_plot_count", 0)))
    if "noncompliance_area_perc" in names:
        rows.append(_row(tr("NC %"), ex.shown("format_number(to_real(\"noncompliance_area_perc\") * 100, 2)")))
    if "legality_risk" in names:
        rows.append(_row(tr("Article 10"), _words("legality_risk", ("High", "Medium", "Low", "Standard"))))
    rows += _eu_row(names) + _data_error_row(names)
    tip = f"<b>{_tag(_first(names, 'company_name'))}</b><br>{_status(PRODUCER_STATUSES, names)}{_table(rows)}"
    if "sample_order" in names:
        tip += check_sample_reason(names)
    return tip


def _risk_heads() -> Dict[str, str]:
    return {HIGH: tr("high-risk country ({share} %)"), STANDARD: tr("standard-risk country ({share} %)"),
            LOW: tr("low-risk country ({share} %)")}


def check_sample_reason(names: Collection[str]) -> str:
    """Why a producer is in the check sample (Regulation (EU) 2023/1115, Art. 16): its order, its class and
    share, its Epoch risk, and its place among the producers of its class.

    The sample picks producers, not rows (:mod:`...core.check_sample`): every row of a producer quotes the
    producer's facts (its worst status, its NC plots summed over its assessments, its largest NC area share),
    so the sentence says they are the producer's, all its assessments, beside the row's own "NC plots"."""
    number = {"order": ex.number_of("sample_order", 0)}
    title = ex.expression_of(tr("Check sample #{order}"), number)
    head = f"<br><b style='color:{CHECK_SAMPLE_COLOUR}'>{_tag(title)}"
    head += "</b>" + escape(colon())
    if "sample_position" not in names:  # an earlier version's sample: its reason was stored as text
        return head + _tag(_text("sample_reason"))
    share = {"share": ex.number_of("sample_share", 0)}
    heads = " ".join(f"WHEN \"eu_country_risk\" = {ex.quoted(risk)} THEN {ex.expression_of(text, share)}"
                     for risk, text in _risk_heads().items())
    unknown = ex.expression_of(tr("unknown country, checked as standard ({share} %)"), share)
    random_pick = ex.expression_of(tr("random pick (seed {seed}); "), {"seed": ex.number_of("sample_seed", 0)})
    status = ex.words_of("sample_status_key", {s.key: status_label(s.label) for s in PRODUCER_STATUSES})
    counted = {"status": status, "plots": ex.number_of("sample_nc_plots", 0)}
    one = ex.expression_of(tr("the producer, all its assessments: {status} at worst, {plots} NC plot in all"),
                           counted)
    many = ex.expression_of(tr("the producer, all its assessments: {status} at worst, {plots} NC plots in all"),
                            counted)
    plots = f"CASE WHEN {ex.singular_when(ex.field_ref('sample_nc_plots'))} THEN {one} ELSE {many} END"
    area = ex.expression_of(tr(", up to {percent} % of an assessment's area non-compliant"),
                            {"percent": ex.number_of("sample_nc_percent", 1)})
    ranked = {"position": ex.number_of("sample_position", 0), "required": ex.number_of("sample_required", 0),
              "population": ex.number_of("sample_population", 0)}
    one_of = ex.expression_of(tr("{position} of {required} to check among {population} producer"), ranked)
    many_of = ex.expression_of(tr("{position} of {required} to check among {population} producers"), ranked)
    place = (f"{ex.literal(ex.separator())} || CASE WHEN {ex.singular_when(ex.field_ref('sample_population'))} "
             f"THEN {one_of} ELSE {many_of} END")
    reason = (f"CASE {heads} ELSE {unknown} END || {ex.literal(colon())} || "
              f"CASE WHEN \"sample_reason\" = '{RANDOM_PICK}' THEN {random_pick} ELSE '' END || {plots} || "
              f"CASE WHEN coalesce(\"sample_nc_percent\", 0) > 0 THEN {area} ELSE '' END || {place}")
    return head + _tag(reason)


def plot_maptip(names: Collection[str], present: Present = _nothing) -> str:
    """A plot (drill-down or screened): id, status, area, deforested area, alert (Epoch's word in the user's
    language), EU risk, data error, and the second opinion with its parts (its country named) and reasons."""
    rows = [_row(tr("Area (ha)"), _first_number(names, ("area", "area_ha"), 2)),
            _row(tr("Deforested (ha)"), _first_number(names, ("noncompliance_area", "deforestation_area_ha"), 4)),
            _row(tr("Alert"), _alert(names)), *_eu_row(names), *_data_error_row(names)]
    if "second_opinion" in names:
        verdict = ex.words_of("second_opinion", ex.verdict_words())
        opinion = ex.expression_of(tr("{verdict} (score {score})"), {
            "verdict": verdict, "score": ex.number_of("second_opinion_score", 1)})
        rows.append(_row(tr("Second opinion"), opinion, _filled("second_opinion")))
        if "second_opinion_reasons" in names and "second_opinion_loss_percent" in names:
            rows.append(_row(tr("Its parts"), ex.parts_expression(), _filled("second_opinion")))
            rows.append(_row(tr("Why"), ex.reasons_expression(), _filled("second_opinion")))
    return _plot_title(names) + _status(PLOT_STATUSES, names) + _table(rows)


def _alert(names: Collection[str]) -> str:
    """Epoch's deforestation alert (``critical``, ``non-critical``, ``no deforestation``: API_NOTES) worded."""
    if "deforestation_alert" not in names:
        return f"'{ex.DASH}'"
    return _words("deforestation_alert", ("critical", "non-critical", "no deforestation"))


def _filled_text(name: str) -> str:
    """Field ``name``'s text, NULL when empty (so ``coalesce`` passes over it)."""
    return f"nullif(trim(to_string({ex.field_ref(name)})), '')"


def _plot_title(names: Sequence[str]) -> str:
    """The plot's title: the user's own plot id (the field of the file screened or submitted, e.g. ``Plot ID``,
    found as the dock's tables find it) and the producer (the field the Submit tab guesses), each when the layer
    and the feature have it; Epoch's ``plotid`` (or ``uuid``) when the user's id is empty; a dash otherwise.
    The fields are chosen when the style is built: the template names the layer's own fields."""
    from ...core.naming import producer_field_guess
    from ...core.plot_ids import user_plot_id_field

    own = user_plot_id_field(names)
    ids = [name for name in (own, "plotid", "uuid") if name and name in names]
    producer = producer_field_guess([name for name in names if name not in ids]) or ""
    title = ex.escaped(f"coalesce({', '.join(_filled_text(n) for n in ids)}, '')") if ids else "''"
    title = f"coalesce(nullif({title}, ''), '{ex.DASH}')"
    if producer:
        joined = f"{ex.quoted(' ' + ex.DASH + ' ')} || {ex.escaped(_filled_text(producer))}"
        title += f" || CASE WHEN {_filled_text(producer)} IS NULL THEN '' ELSE {joined} END"
    return f"<b>{_tag(title)}</b><br>"


def _first_number(names: Collection[str], candidates: Sequence[str], places: int) -> str:
    present = [n for n in candidates if n in names]
    if not present:
        return f"'{ex.DASH}'"
    return ex.shown(f"format_number(coalesce({', '.join(ex.field_ref(n) for n in present)}), {places})"
                    if len(present) > 1 else ex.number_of(present[0], places))


def _attribute_labels() -> Dict[str, str]:
    """Each scored attribute (``core.confidence.PENALTY_KEYS``) by its own name: the row shows its value."""
    return {"commodity_presence": tr("Commodity presence"), "poi_presence": tr("POI nearby"),
            "building_presence": tr("Building presence"), "road_access": tr("Road access"),
            "high_density": tr("High building density (urban)"),
            "deforestation_area_ha": tr("Deforestation nearby (ha)")}


#: Attributes read as present (> 0) or absent (0): the penalty applies when absent.
_PRESENCE = frozenset({"poi_presence", "building_presence", "road_access"})


def _attribute_value(attribute: str) -> str:
    """The attribute's value as read: Yes/No for a presence (density Yes in red, No in green), else a number."""
    field = ex.field_ref(attribute)
    yes, no = ex.literal(tr("Yes")), ex.literal(tr("No"))
    if attribute == "high_density":
        red, green = ex.quoted(f"<span style='color:{RED}'>"), ex.quoted(f"<span style='color:{GREEN}'>")
        return (f"CASE WHEN {field} IS NULL THEN '{ex.DASH}' WHEN {field} >= 1 THEN {red} || {yes} || '</span>' "
                f"ELSE {green} || {no} || '</span>' END")
    if attribute in _PRESENCE:
        return f"CASE WHEN {field} IS NULL THEN '{ex.DASH}' WHEN {field} > 0 THEN {yes} ELSE {no} END"
    return ex.shown(ex.number_of(attribute, 2))


def facility_maptip(names: Collection[str], present: Present = _nothing) -> str:
    """A facility's scoring breakdown: its score and level, then each scored attribute by its name, its value and
    the penalty it cost (stored as ``penalty_<key>``, 0 when none: "Road access: Yes (penalty 0)"), so a row
    never reads as a penalty applied; high density Yes in red, No in green."""
    level = ex.words_of("level", {lvl: status_label(lvl) for lvl in LEVEL_COLORS})
    colour = " ".join(f"WHEN \"level\" = {ex.quoted(lvl)} THEN {ex.quoted(c)}" for lvl, c in LEVEL_COLORS.items())
    head = (f"<b>{_tag(_first(names, 'facility_name', 'facility_id'))}</b><br>"
            + escape(tr("Score")) + f" <b>{_tag(_number('score', 2))}</b> "
            f"<span style='color:[% CASE {colour} ELSE '{GREY}' END %]'>{_tag(level)}</span>")
    penalties: Dict[str, List[str]] = {}
    for key, _, attribute in PENALTY_KEYS:
        if f"penalty_{key}" in names and attribute in names:
            penalties.setdefault(attribute, []).append(ex.field_ref(f"penalty_{key}"))
    rows = []
    labels = _attribute_labels()
    for attribute, fields in penalties.items():
        lost = " + ".join(f"coalesce({f}, 0)" for f in fields)
        cost = f"CASE WHEN ({lost}) < 0 THEN format_number({lost}, 2) ELSE '0' END"
        value = ex.expression_of(tr("{value} (penalty {penalty})"),
                                 {"value": _attribute_value(attribute), "penalty": cost})
        scored = " OR ".join(f"{f} IS NOT NULL" for f in fields)
        rows.append(_row(labels[attribute], value, scored))
    return head + _table(rows + _eu_row(names) + _legality_rows(names))


def _legality_rows(names: Collection[str]) -> List[str]:
    """The Article 10 (legality) risk and its summary, when the facility was screened with the legality sources
    (``include_legality_check``): the summary is the server's text, escaped."""
    rows = []
    if "legality_risk_level" in names:
        rows.append(_row(tr("Legality risk"), level_words("legality_risk_level"), _filled("legality_risk_level")))
    if "legality_summary" in names:
        rows.append(_row(tr("Legality summary"), f"'<i>' || {ex.text_of('legality_summary')} || '</i>'",
                         _filled("legality_summary")))
    return rows


def preflight_maptip(names: Collection[str], present: Present = _nothing) -> str:
    """A preflight finding: the severity in the user's words and the findings, one per line (stored as codes and
    values, see :mod:`..words.preflight`, the countries they name in the user's language; a layer of an earlier
    version: its stored sentences)."""
    severity = ex.words_of("severity", _severity_words())
    messages = "''"
    if FINDINGS_FIELD in names:
        messages = findings_expression()
    elif "messages" in names:
        messages = f"replace({ex.text_of('messages')}, ' | ', '<br>')"
    return f"<b>{_tag(severity)}</b><br>{_tag(messages)}"


def _severity_words() -> Dict[str, str]:
    """The stored severities (``core.preflight.codes``) in the user's words: ``ok`` says no problem was found
    (a finding that is only information, such as the country's EU risk, leaves a feature ``ok``)."""
    return {"error": tr("error"), "warning": tr("warning"), "ok": tr("no problem found")}


#: Which template each style uses.
TEMPLATES = {"assessments": assessment_maptip, "check_sample": assessment_maptip, "plots": plot_maptip,
             "facilities": facility_maptip, "preflight": preflight_maptip}


def maptip_for(style: str, names: Sequence[str], present: Present = _nothing) -> Optional[str]:
    """The map tip template of a layer drawn with ``style`` whose fields are ``names``, in the layer's order (a
    guess of the producer field prefers the first), ``present`` the values a field holds (``None``: no tip)."""
    build = TEMPLATES.get(style)
    return build(tuple(dict.fromkeys(names)), present) if build is not None else None
