"""A preflight layer's findings stored as data, worded when shown.

Each feature of a preflight layer keeps its findings as codes and values (``findings``: JSON, a list of
``[code, {name: value}]``, the values the check found: counts, areas, field names, the raw ProducerCountry), never
as sentences ("Store data, not presentation"). The map tip words them in the user's language when shown, from the
same templates as the dock's messages (:func:`.language.preflight_templates`): :func:`findings_expression` turns each
template, with its Python format specs, into a QGIS expression. ``issues`` keeps the codes alone (comma-separated)
for the dock's Preflight box and for filtering.
"""

from __future__ import annotations

import json
import re
import string
from types import SimpleNamespace
from typing import Any, Dict, Iterable, List, Mapping, Optional

from qgis.PyQt.QtCore import QCoreApplication

from ...core.preflight.codes import CODES
from ..styles import explanations as ex
from .language import finding_text, number_locale, preflight_templates, preflight_value_words
from .shown_values import country_label

FINDINGS_FIELD = "findings"
#: Values core words in English beside the raw values they come from (``core/preflight/check.py``): the raw
#: value is stored, the words are chosen when shown. name -> the raw value it is worded from.
_WORDED_FROM = {"what": "dims", "after": "invalid_reason", "hint": "misspelt", "problem": "given"}
#: Values that hold a country: its ISO 3166-1 alpha-2 code (``country``) or core's "Name (CODE)" (``found``, where
#: the plot lies), named in the user's language when shown.
_COUNTRY_VALUES = ("country", "found")
_NAME_AND_CODE = re.compile(r"^(.*) \(([A-Z]{2})\)$")
#: Areas core keeps as the text it measured ("2.54"): written with the user's decimal separator when shown.
_DECIMAL_VALUES = ("declared", "measured", "area")
_DECIMAL = re.compile(r"-?\d+\.\d+")
#: How core names a feature ("Feature 12 (Coop B)"): its number and name kept, the word translated when shown.
_FEATURE = re.compile(r"Feature (\d+)(.*)", re.S)


def tr(text: str) -> str:
    return QCoreApplication.translate("PreflightWords", text)


def feature_words(value: str) -> str:
    """``Feature 12 (Coop B)`` in the user's language (``Entité 12 (Coop B)``); any other text as it is."""
    found = _FEATURE.fullmatch(value)
    return tr("Feature {fid}").format(fid=found[1]) + found[2] if found else value


def decimal_words(value: str) -> str:
    """A measured ``2.54`` with the user's decimal separator (``2,54`` in French); any other text as it is."""
    return value.replace(".", number_locale().decimalPoint()) if _DECIMAL.fullmatch(value) else value


def country_words(value: str) -> str:
    """A stored country value as shown: ``NI`` -> ``Nicaragua``, ``Nicaragua (NI)`` -> ``Nicaragua (NI)`` in the
    user's language (the code kept: the EU file wants it); any other text as it is."""
    found = _NAME_AND_CODE.match(value)
    if found:
        return f"{country_label(found.group(2)) or found.group(1)} ({found.group(2)})"
    return country_label(value) or value


def findings_json(findings: Iterable[Any]) -> Optional[str]:
    """The stored form of a feature's findings (``code``, ``values``): ``[["hole", {"count": 2}], ...]``."""
    stored = [[f.code, {k: v for k, v in (getattr(f, "values", None) or {}).items()
                        if not (k in _WORDED_FROM and _WORDED_FROM[k] in f.values)}] for f in findings]
    return json.dumps(stored, ensure_ascii=False, default=str) if stored else None


def _stored(text: Any) -> List[tuple]:
    try:
        value = json.loads(text) if isinstance(text, str) and text.strip() else []
    except ValueError:
        return []
    return [(str(item[0]), item[1] if isinstance(item[1], dict) else {}) for item in value
            if isinstance(item, list) and len(item) == 2] if isinstance(value, list) else []


def finding_sentences(text: Any) -> List[str]:
    """The stored findings ``text`` as sentences in the user's language (the dock's words for them)."""
    out = []
    for code, values in _stored(text):
        filled = {"after": "", "hint": "", **values}
        for name in _COUNTRY_VALUES:
            if isinstance(filled.get(name), str):
                filled[name] = country_words(filled[name])
        for name in _DECIMAL_VALUES:
            if isinstance(filled.get(name), str):
                filled[name] = decimal_words(filled[name])
        if isinstance(filled.get("feature"), str):
            filled["feature"] = feature_words(filled["feature"])
        english = CODES.get(code, ("", code))[1]
        try:
            english = english.format(**{"problem": "", "what": "", **filled})
        except (KeyError, IndexError, ValueError):
            pass
        out.append(finding_text(SimpleNamespace(code=code, values=filled, message=english)))
    return out


# -- the map tip's expression ---------------------------------------------------------------------------------
def _value(name: str) -> str:
    return f"map_get(@values, {ex.quoted(name)})"


def _placeholder(name: str, spec: str, conversion: Optional[str], derived: Mapping[str, str]) -> str:
    """The expression of one ``{name!conversion:spec}`` of a template (escaped text)."""
    if name in derived and not spec:
        return derived[name]
    value = _value(name)
    if conversion == "r":
        return f"'''' || {ex.escaped(value)} || ''''"
    if spec.endswith("%"):
        places = int(spec.lstrip(",.")[:-1] or 0)
        return f"format_number(to_real({value}) * 100, {places}) || '%'"
    if spec.endswith("f"):
        places = int(spec.split(".")[-1][:-1] or 0)
        return f"format_number(to_real({value}), {places})"
    return ex.escaped(value)


def _sentence(template: str, derived: Mapping[str, str]) -> str:
    """``template`` (a Python format string) as an expression: its words as literals, each placeholder the value."""
    parts = []
    for text, name, spec, conversion in string.Formatter().parse(template):
        if text:
            parts.append(ex.literal(text))
        if name is not None:
            parts.append(f"coalesce({_placeholder(name, spec or '', conversion, derived)}, '')")
    return " || ".join(parts) or "''"


def _derived() -> Dict[str, str]:
    """The expressions of the values worded from a raw value (as :func:`.language.finding_text` words them), a
    country's code named (``country``: ``NI``; ``found``: ``Nicaragua (NI)``, named from its code)."""
    words = preflight_value_words()

    def filled(name: str, template: str, value: str) -> str:
        head, _, tail = template.partition("{" + name + "}")
        return f"{ex.literal(head)} || {value} || {ex.literal(tail)}"

    def quoted(value: str) -> str:  # as Python's repr() writes a text: between single quotes
        return "'''' || " + value + " || ''''"

    reason, misspelt, given = (ex.escaped(_value(n)) for n in ("invalid_reason", "misspelt", "given"))
    risks = " ".join(f"WHEN {_value('risk')} = {ex.quoted(r)} THEN {ex.literal(words[r])}"
                     for r in ("high", "standard", "low"))
    dims = ex.escaped(f"array_to_string({_value('dims')}, {ex.quoted(words['and'])})")
    countries = ex.country_map()
    code = f"regexp_substr(to_string({_value('found')}), {ex.quoted(r'[(]([A-Z]{2})[)]$')})"
    found = (f"with_variable('found_code', {code}, CASE WHEN map_get({countries}, @found_code) IS NOT NULL "
             f"THEN map_get({countries}, @found_code) || ' (' || @found_code || ')' "
             f"ELSE {ex.escaped(_value('found'))} END)")
    country = f"coalesce(map_get({countries}, to_string({_value('country')})), {ex.escaped(_value('country'))})"
    feature = _value("feature")
    number = f"regexp_substr(to_string({feature}), '^Feature ([0-9]+)')"
    named = tr("Feature {fid}")
    rest = ex.escaped(f"regexp_replace(to_string({feature}), '^Feature [0-9]+', '')")
    worded = (f"with_variable('fid', {number}, CASE WHEN coalesce(@fid, '') <> '' THEN "
              f"replace({ex.literal(named)}, '{{fid}}', @fid) || {rest} ELSE {ex.escaped(feature)} END)")
    point = ex.quoted(number_locale().decimalPoint())
    decimals = {name: (f"CASE WHEN regexp_match(to_string({_value(name)}), '^-?[0-9]+[.][0-9]+$') "
                       f"THEN replace(to_string({_value(name)}), '.', {point}) ELSE {ex.escaped(_value(name))} END")
                for name in _DECIMAL_VALUES}
    return {
        "feature": worded, **decimals,
        "country": country, "found": found,
        "risk": f"CASE {risks} ELSE {ex.escaped(_value('risk'))} END",
        "what": f"CASE WHEN {_value('dims')} IS NULL THEN {ex.escaped(_value('what'))} ELSE {dims} END",
        "after": f"CASE WHEN {reason} = '' THEN '' ELSE {filled('reason', words['after'], reason)} END",
        "hint": f"CASE WHEN {misspelt} = '' THEN '' ELSE {filled('name', words['hint'], quoted(misspelt))} END",
        "problem": (f"CASE WHEN {given} = '' THEN {ex.literal(words['missing'])} "
                    f"ELSE {filled('value', words['not_two_letter'], quoted(given))} END"),
    }


def findings_expression(separator: str = "<br>") -> str:
    """An expression giving the stored findings of a feature as sentences, joined by ``separator`` (HTML), the
    countries named in the user's language."""
    derived = _derived()
    cases = []
    for code, template in preflight_templates().items():
        try:
            sentence = _sentence(template, derived)
        except (ValueError, IndexError):  # a translation that is not a format string: the English one
            sentence = _sentence(CODES[code][1], derived)
        cases.append(f"WHEN @code = {ex.quoted(code)} THEN {sentence}")
    each = (f"with_variable('code', array_get(@element, 0), with_variable('values', array_get(@element, 1), "
            f"CASE {' '.join(cases)} ELSE {ex.escaped('@code')} END))")
    stored = f"coalesce(from_json({ex.field_ref(FINDINGS_FIELD)}), array())"
    return f"array_to_string(array_foreach({stored}, {each}), {ex.quoted(separator)})"
