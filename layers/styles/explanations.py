"""Sentences about stored codes and numbers, written when shown, in the user's language.

Stored rows hold data only ("Store data, not presentation"): the second opinion keeps one number per part and its
reasons as codes (:mod:`...core.second_opinion`), a check sample its reason as a code and the numbers it quotes,
``data_error`` and ``data_note`` their findings as ``code:field=value`` (:func:`...core.coercion.finding`).
The same sentence is written two ways from one template: in Python for the dock (a tooltip) and as a QGIS
expression for a layer's map tip, which QGIS evaluates on the feature when the tip is shown. Every value that comes
from a row is HTML-escaped in the expression (a map tip is HTML; a server's text may hold ``<script>``).
"""

from __future__ import annotations

import re
from html import escape
from typing import Any, Dict, Iterable, List, Mapping, Optional, Sequence, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ...core import coercion as values
from ...core import risk
from ...core import second_opinion as so
from ...core.coercion import to_float
from ..words.language import decimal_text, takes_singular
from ..words.shown_values import country_label, country_names, value_label

DASH = "&ndash;"


def tr(text: str) -> str:
    return QCoreApplication.translate("Explanations", text)


# -- building expressions -----------------------------------------------------------------------------------
def literal(text: str) -> str:
    """``text`` as an expression's string literal, HTML-escaped; ``%]`` never reaches the map tip's parser."""
    html = escape(text, quote=False).replace("%]", "%&#93;").replace("\\", "\\\\")
    return "'" + html.replace("'", "''") + "'"


def quoted(text: str) -> str:
    """``text`` as an expression's string literal, as it is (for stored values and markup of our own)."""
    return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'"


def field_ref(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def escaped(value: str) -> str:
    """An expression giving the text of expression ``value`` with the characters HTML reads escaped ('' for NULL)."""
    return (f"replace(coalesce(to_string({value}), ''), array('&', '<', '>', '\"'), "
            "array('&amp;', '&lt;', '&gt;', '&quot;'))")


def text_of(name: str) -> str:
    """Field ``name``'s text, escaped ('' when empty)."""
    return escaped(field_ref(name))


def number_of(name: str, places: int) -> str:
    """Field ``name`` as a number with ``places`` decimals in QGIS's locale (``format_number``); NULL when empty."""
    return f"format_number({field_ref(name)}, {places})"


def shown(value: str) -> str:
    """An expression's value, or a dash when it is NULL or empty."""
    return f"coalesce(nullif({value}, ''), '{DASH}')"


def words_of(name: str, labels: Mapping[str, str]) -> str:
    """Field ``name``'s stored word as shown (``labels``: stored value -> words on screen), else its escaped text."""
    if not labels:
        return text_of(name)
    cases = " ".join(f"WHEN {field_ref(name)} = {quoted(stored)} THEN {literal(label)}"
                     for stored, label in labels.items())
    return f"CASE {cases} ELSE {text_of(name)} END"


_PLACEHOLDER = re.compile(r"\{(\w+)\}")


def expression_of(template: str, values: Mapping[str, str]) -> str:
    """An expression joining ``template``'s words (as literals) and, for each ``{name}``, expression
    ``values[name]`` (a dash when NULL)."""
    pieces = _PLACEHOLDER.split(template)
    out = []
    for i, piece in enumerate(pieces):
        if i % 2:
            out.append(shown(values[piece]) if piece in values else literal("{" + piece + "}"))
        elif piece:
            out.append(literal(piece))
    return " || ".join(out) or "''"


def separator() -> str:
    """What separates the items of a list on one line ("; "): the translation types it (French puts a no-break
    space before the semicolon)."""
    return tr("; ")


def singular_when(expression: str) -> str:
    """A condition true when the count ``expression`` takes the singular form in the user's language (the Unicode
    CLDR plural rules of :func:`..words.language.takes_singular`: French says "0 producteur", English "0 producers")."""
    return f"({expression}) IN (0, 1)" if takes_singular(0) else f"({expression}) = 1"


def country_map() -> str:
    """An expression: a map from every ISO 3166-1 alpha-2 code to the country's name in the user's language, for a
    field or value holding codes (``map_get(..., code)``). The whole table, not the codes a layer holds: reading a
    large layer to find them would hold up the main thread when the style is built."""
    codes = sorted(country_names("en"))  # every code of the CLDR table (resources/country_names/en.json)
    return "map(" + ", ".join(f"{quoted(code)}, {literal(country_label(code))}" for code in codes) + ")"


def country_words(stored: Iterable[Any]) -> Dict[str, str]:
    """Stored countries (ISO codes or English names, as a layer holds them) -> their names in the user's language,
    for a map tip's ``CASE`` (built from the values the layer holds when its style is built)."""
    return {value: country_label(value) for value in dict.fromkeys(v for v in stored if isinstance(v, str) and v)}


def _number(value: Any, places: int) -> str:
    number = to_float(value)
    return "–" if number is None else decimal_text(number, places)


def _text(value: Any) -> str:
    return "–" if value is None or str(value) == "" else str(value)


# -- the second opinion -------------------------------------------------------------------------------------
#: Values a reason's sentence quotes: name -> (field, decimals; ``None`` for text).
_REASON_VALUES: Dict[str, Tuple[str, Optional[int]]] = {
    "loss": ("second_opinion_loss_percent", 2), "score": ("second_opinion_score", 1),
    "alert_date": ("second_opinion_alert_date", None), "alert": ("deforestation_alert", None),
}
#: The method's fixed numbers (:mod:`...core.second_opinion`), written into the sentences.
_CONSTANTS = {"loss_limit": f"{so.LOSS_LIMIT_PERCENT:g}", "score_limit": f"{so.SCORE_LIMIT:g}",
              "review_loss": f"{so.REVIEW_LOSS_PERCENT:g}", "review_score": f"{so.REVIEW_SCORE:g}",
              "cutoff": so.CUTOFF.isoformat()}


def reason_templates() -> Dict[str, str]:
    """Reason code (``core.second_opinion.REASONS``) -> its sentence; built per call: the language may change."""
    return {
        so.LOSS_OVER_LIMIT: tr("Forest loss {loss} % is over the {loss_limit} % limit"),
        so.SCORE_OVER_LIMIT: tr("Score {score} is over the {score_limit} limit"),
        so.ALERT_AFTER_CUTOFF: tr("Deforestation alert dated {alert_date}, after {cutoff}"),
        so.ALERT_UNDATED: tr("Deforestation alert without a date (Epoch monitors from {cutoff})"),
        so.LOSS_NEAR_LIMIT: tr("Forest loss {loss} % is close to the {loss_limit} % limit"),
        so.SCORE_NEAR_LIMIT: tr("Score {score} is close to the {score_limit} limit"),
        so.COUNTRY_UNKNOWN: tr("Country not computed: no country field, no location in a country, no producer's "
                               "country"),
        so.LOSS_UNKNOWN: tr("Forest loss not computed: no noncompliance_area_perc, nor area and noncompliance_area"),
        so.ALERT_MISSING: tr("Post-cutoff alert not computed: no deforestation_alert"),
        so.ALERT_NOT_UNDERSTOOD: tr("Post-cutoff alert not computed: deforestation_alert '{alert}' not understood"),
        so.ALERT_DATE_UNREADABLE: tr("Post-cutoff alert not computed: deforestation_start or deforestation_end is "
                                     "not a date"),
        so.ALERT_AREA_UNKNOWN: tr("Alert area not computed: no noncompliance_area"),
        so.ALERT_BEFORE_CUTOFF: tr("Alert dated {alert_date}, on or before {cutoff}: noted, not counted"),
        so.ALL_CLEAR: tr("Forest loss at most {review_loss} %, score at most {review_score}, no alert after "
                         "{cutoff}"),
    }


def _codes(value: Any) -> List[str]:
    return [code.strip() for code in str(value or "").split(",") if code.strip()]


def reason_sentences(row: Mapping[str, Any]) -> List[str]:
    """The second opinion's reasons (``second_opinion_reasons``, codes) of ``row`` as sentences."""
    templates = reason_templates()
    values = dict(_CONSTANTS)
    for name, (field, places) in _REASON_VALUES.items():
        values[name] = _text(row.get(field)) if places is None else _number(row.get(field), places)
    codes = _codes(row.get("second_opinion_reasons"))
    if any(code not in templates for code in codes):  # written by an earlier version: its sentences as stored
        return [str(row.get("second_opinion_reasons"))]
    return [templates[code].format(**values) for code in codes]


def reasons_expression(separator: str = "<br>") -> str:
    """An expression giving the reasons of a feature as sentences, joined by ``separator`` (HTML)."""
    values = {name: literal(text) for name, text in _CONSTANTS.items()}
    for name, (field, places) in _REASON_VALUES.items():
        values[name] = text_of(field) if places is None else number_of(field, places)
    cases = " ".join(f"WHEN @element = '{code}' THEN {expression_of(text, values)}"
                     for code, text in reason_templates().items())
    codes = "string_to_array(coalesce(\"second_opinion_reasons\", ''), ',')"
    return (f"array_to_string(array_foreach({codes}, CASE {cases} ELSE {escaped('@element')} END), "
            f"{quoted(separator)})")


def verdict_words() -> Dict[str, str]:
    """The second opinion's stored verdicts as shown (the dock's words for them)."""
    return {verdict: value_label("second_opinion", verdict) for verdict in so.VERDICTS}


def _part_labels() -> Dict[str, str]:
    return {"second_opinion_country": tr("Country"), "second_opinion_loss": tr("Forest loss"),
            "second_opinion_alert": tr("Post-cutoff alert"), "second_opinion_alert_area": tr("Alert area"),
            "second_opinion_uncertainty": tr("Data uncertainty")}


def _country_from() -> Dict[str, str]:
    return {so.FROM_LOCATION: tr("plot location"), so.FROM_PRODUCER: tr("producer's country")}


def _risk_words() -> Dict[str, str]:
    return {risk: value_label("eu_country_risk", risk) for risk in ("high", "standard", "low")}


def _points(value: Any) -> str:
    number = to_float(value)
    if number is None:
        return tr("not computed")
    return ("+" if number > 0 else "") + decimal_text(number, 1)


def parts_text(row: Mapping[str, Any]) -> str:
    """The score's parts of ``row``: ``Country +20.0 (Nicaragua, high, plot location); Forest loss +2.5 (0.50 %);
    ...``, the country named in the user's language, the separator as the translation types it."""
    texts = []
    for field, label in _part_labels().items():
        detail: Sequence[str] = ()
        if field == "second_opinion_country" and row.get(field) is not None:
            risk = row.get("second_opinion_country_risk")
            code = row.get("second_opinion_country_code")
            detail = [str(v) for v in (country_label(code) if code else code,
                                       _risk_words().get(str(risk), risk),
                                       _country_from().get(str(row.get("second_opinion_country_from"))))
                      if v not in (None, "")]
        elif field == "second_opinion_loss" and row.get("second_opinion_loss_percent") is not None:
            detail = [_number(row.get("second_opinion_loss_percent"), 2) + " %"]
        elif field == "second_opinion_alert" and row.get("second_opinion_alert_date"):
            detail = [str(row.get("second_opinion_alert_date"))]
        texts.append(f"{label} {_points(row.get(field))}" + (f" ({', '.join(detail)})" if detail else ""))
    return separator().join(texts)


def parts_expression() -> str:
    """:func:`parts_text` as an expression (HTML-escaped), the country's code named (:func:`country_map`)."""
    def points(field: str) -> str:
        ref = field_ref(field)
        missing = literal(tr("not computed"))
        return (f"CASE WHEN {ref} IS NULL THEN {missing} "
                f"ELSE CASE WHEN {ref} > 0 THEN '+' ELSE '' END || format_number({ref}, 1) END")

    country_from = words_of("second_opinion_country_from", _country_from())
    details = {
        "second_opinion_country": (
            "CASE WHEN \"second_opinion_country\" IS NULL THEN '' ELSE ' (' || array_to_string(array_filter(array("
            f"coalesce(map_get({country_map()}, to_string(\"second_opinion_country_code\")), "
            f"{text_of('second_opinion_country_code')}), "
            f"{words_of('second_opinion_country_risk', _risk_words())}, "
            f"CASE WHEN \"second_opinion_country_from\" IN ('{so.FROM_LOCATION}', '{so.FROM_PRODUCER}') "
            f"THEN {country_from} ELSE '' END), @element <> ''), ', ') || ')' END"),
        "second_opinion_loss": ("CASE WHEN \"second_opinion_loss_percent\" IS NULL THEN '' ELSE ' (' || "
                                f"{shown(number_of('second_opinion_loss_percent', 2))} || ' %)' END"),
        "second_opinion_alert": ("CASE WHEN coalesce(\"second_opinion_alert_date\", '') = '' THEN '' ELSE ' (' || "
                                 f"{text_of('second_opinion_alert_date')} || ')' END"),
    }
    texts = [f"{literal(label + ' ')} || {points(field)}" + (f" || {details[field]}" if field in details else "")
             for field, label in _part_labels().items()]
    return f" || {literal(separator())} || ".join(f"({text})" for text in texts)


def second_opinion_tooltip(row: Mapping[str, Any]) -> str:
    """What the dock's table shows on a second opinion's cell: the verdict, its score, its parts and reasons."""
    verdict = row.get("second_opinion")
    if not verdict:
        return ""
    head = tr("{verdict} (score {score})").format(verdict=verdict_words().get(str(verdict), str(verdict)),
                                                 score=_number(row.get("second_opinion_score"), 1))
    lines = [head, parts_text(row)] + reason_sentences(row)
    return "\n".join(lines)


# -- data findings: data_error and data_note ----------------------------------------------------------------
def finding_templates() -> Dict[str, str]:
    """Finding code (``core.risk`` for ``data_error``, ``core.coercion`` for ``data_note``) -> its sentence, which
    quotes ``{field}``, ``{value}`` and, for a number out of range, ``{range}`` (what the field can be)."""
    return {
        risk.NOT_A_NUMBER: tr("{field} is not a number: {value}"),
        risk.OUT_OF_RANGE: tr("{field} is out of range: {value} ({range})"),
        risk.TOO_LARGE: tr("{field} is too large to store: {value} (a GeoPackage integer holds at most {max})"),
        values.NUL_REMOVED: tr("NUL character removed from {field}"),
        values.TOO_LARGE_LEFT_EMPTY: tr("{field} too large to store, left empty: {value}"),
        values.TOO_LARGE_AS_REAL: tr("{field} too large for an integer, stored as a real: {value}"),
        values.NOT_UTF8: tr("Bytes that are not UTF-8 replaced by U+FFFD (line {field}, byte {value})"),
    }


def _range_words() -> Dict[str, str]:
    """What a verdict number can be (the third item of ``core.risk.METRIC_RANGES``)."""
    return {risk.FRACTION: tr("a fraction from 0 to 1"), risk.PLOT_COUNT: tr("a whole number of plots, 0 or more"),
            risk.AREA_HA: tr("an area of 0 ha or more")}


def _field_ranges() -> Dict[str, str]:
    words = _range_words()
    return {name: words[kind] for name, (_, _, kind) in risk.METRIC_RANGES.items()}


def _unmasked(text: Any) -> str:
    """A stored field name or value with the semicolon and equals sign ``core.coercion.finding`` masked."""
    return str(text or "").replace("\uff1b", ";").replace("\uff1d", "=")


def finding_sentences(text: Any) -> List[str]:
    """The findings of a stored ``data_error`` or ``data_note`` as sentences (a part that is no known code as
    stored: an earlier version's sentence)."""
    templates, ranges = finding_templates(), _field_ranges()
    out = []
    for code, field, value in values.findings(text):
        if code not in templates:
            out.append(_unmasked(field if not code else f"{code}:{field}" + ("" if value is None else f"={value}")))
            continue
        out.append(templates[code].format(field=_unmasked(field), value=_text(_unmasked(value) or None),
                                          range=ranges.get(_unmasked(field), "–"), max=values.INT64_MAX))
    return out


def findings_tooltip(row: Mapping[str, Any], field: str = risk.DATA_ERROR_FIELD) -> str:
    """What the dock's table shows on a ``data_error`` or ``data_note`` cell: one sentence per finding."""
    return "\n".join(finding_sentences(row.get(field)))


def findings_expression(name: str, separator: str = "<br>") -> str:
    """:func:`finding_sentences` of field ``name`` as an expression (HTML-escaped), joined by ``separator``."""
    part = "regexp_substr(@finding, '^[a-z0-9_]+:([^=]*)')"
    field = escaped(f"replace({part}, array('\uff1b', '\uff1d'), array(';', '='))")
    value = escaped("replace(regexp_substr(@finding, '^[a-z0-9_]+:[^=]*=(.*)$'), '\uff1b', ';')")
    ranges = " ".join(f"WHEN {part} = {quoted(metric)} THEN {literal(words)}"
                      for metric, words in _field_ranges().items())
    parts = {"field": field, "value": value, "range": f"CASE {ranges} ELSE '{DASH}' END",
             "max": quoted(str(values.INT64_MAX))}
    cases = " ".join(f"WHEN regexp_substr(@finding, '^([a-z0-9_]+):') = {quoted(code)} "
                     f"THEN {expression_of(text, parts)}" for code, text in finding_templates().items())
    each = f"with_variable('finding', trim(@element), CASE {cases} ELSE {escaped('@finding')} END)"
    found = f"array_filter(string_to_array(coalesce({field_ref(name)}, ''), ';'), trim(@element) <> '')"
    return f"array_to_string(array_foreach({found}, {each}), {quoted(separator)})"


def findings_text(value: Any, joiner: Optional[str] = None) -> str:
    """A stored ``data_error``, ``data_note`` or ``skip_reason`` in the user's language, on one line (for a
    message or a report: a Not Assessable producer's ``skip_reason`` is its ``data_error``); any other text, such
    as Epoch's own ``locations_confidence`` reason, as it is; the findings joined by ``joiner``, by default the
    separator the translation types (:func:`separator`)."""
    return (separator() if joiner is None else joiner).join(finding_sentences(value))
