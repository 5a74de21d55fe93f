"""The EU Information System's errors and refusals in the user's language.

``core.eu_is`` is Qt-free: its errors (:class:`~epoch_eudr.core.eu_is.EuIsError`) and the refusals found before
sending (:class:`~epoch_eudr.core.eu_is.checks.StatementRefused`, one :class:`~epoch_eudr.core.eu_is.checks.Problem`
per finding) carry a code and the values their English sentence was made from; here each code has its sentence
through tr(), the same placeholders. A code without a template (a new one) is shown in English; a translation
naming a value the code does not give falls back to English too.
"""

from __future__ import annotations

from typing import Any, Dict, Mapping, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ...core.preflight.check import Finding
from .language import decimal_text, error_text, finding_text, integer_text, takes_singular

#: the codes whose ``{errors}`` are the service's own words (English), said as a quotation
QUOTED_ERRORS = frozenset({"eu_is_authentication", "eu_is_clock", "eu_is_not_found", "eu_is_permission",
                           "eu_is_nonce_refused", "eu_is_server_fault"})
#: the preflight values that are quantities (ha), written as the user's locale writes numbers
QUANTITIES = ("declared", "measured", "area")


def tr(text: str) -> str:
    return QCoreApplication.translate("EuMessages", text)


def environment_label(name: str) -> str:
    """An environment (stored by its API name, "acceptance" or "production") as shown."""
    return tr("Production") if name == "production" else tr("Acceptance (test system)")


def activity_labels() -> Dict[str, str]:
    """The activities (stored as the API's codes, "EUDR Information System - Operator API Reference") as shown."""
    return {"DOMESTIC": tr("Domestic"), "IMPORT": tr("Import"), "EXPORT": tr("Export")}


def activity_label(code: Any) -> str:
    return activity_labels().get(str(code), str(code))


def _counts() -> Dict[str, Tuple[str, str]]:
    """What the EU Information System tab counts: (one, other), a translatable string a form."""
    return {
        "producers": (tr("{n} producer"), tr("{n} producers")),
        "places": (tr("{n} place"), tr("{n} places")),
        "statements": (tr("{n} statement"), tr("{n} statements")),
    }


def eu_count_text(number: int, kind: str) -> str:
    """``8 producers`` / ``1 lieu`` / ``0 producteur``: the form the number takes in the user's language
    (layers/words/language.takes_singular), the number written as the locale writes it."""
    one, other = _counts()[kind]
    return (one if takes_singular(number) else other).format(n=integer_text(number))


def hectares_text(value: Any) -> Any:
    """A quantity core passed as a number, in the locale's writing (at least 2 decimals, at most 6); anything
    else unchanged."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return value
    digits = f"{float(value):.6f}".rstrip("0").partition(".")[2]
    return decimal_text(float(value), max(2, len(digits)))


def _shown_params(code: str, params: Mapping[str, Any]) -> Dict[str, Any]:
    """A problem's or error's values as shown: the activity's and environment's labels, the feature named in the
    user's language, the service's own words quoted."""
    shown = dict(params)
    if "activity" in shown:
        shown["activity"] = activity_label(shown["activity"])
    if "environment" in shown:
        shown["environment"] = environment_label(str(shown["environment"]))
    if "fid" in shown and code.startswith("eu_is_check_place_no_"):
        shown["feature"] = tr("Feature {fid}").format(fid=shown["fid"])
    for key in ("count", "limit", "length", "parts"):  # numbers core keeps as numbers, in the locale's digits
        if isinstance(shown.get(key), int) and not isinstance(shown[key], bool):
            shown[key] = integer_text(shown[key])
    for key, decimals in (("size_mb", 1), ("limit_mb", 2)):
        if isinstance(shown.get(key), (int, float)):
            shown[key] = decimal_text(float(shown[key]), decimals)
    if code in QUOTED_ERRORS and shown.get("errors"):
        shown["errors"] = tr('the service said: "{errors}"').format(errors=shown["errors"])
    return shown


def _shown_finding_values(values: Mapping[str, Any]) -> Dict[str, Any]:
    return {key: hectares_text(value) if key in QUANTITIES else value for key, value in values.items()}


def _problem_templates() -> Dict[str, str]:
    """core.eu_is.checks.PROBLEMS, translated (the same placeholders)."""
    return {
        "eu_is_check_activity": tr("Activity '{value}' is not one of DOMESTIC, IMPORT, EXPORT."),
        "eu_is_check_role": tr("Operator role '{value}' is not one of OPERATOR, REPRESENTATIVE_OPERATOR."),
        "eu_is_check_too_long": tr("{field} has {length} characters; the EU Information System takes at most "
                                   "{limit}."),
        "eu_is_check_eu_country": tr("{field} '{value}' is not the code of an EU member state (or XI, Northern "
                                     "Ireland)."),
        "eu_is_check_eori_missing": tr("Activity {activity} needs the operator's EORI number."),
        "eu_is_check_eori_format": tr("'{value}' is not an EORI number: the country's two letters, then up to 15 "
                                      "letters or digits."),
        "eu_is_check_represented_missing": tr("An authorised representative's statement needs the represented "
                                              "operator: name, address (country, street, postal code, city) and an "
                                              "identifier."),
        "eu_is_check_identifier": tr("Identifier type '{value}' of the represented operator is not one of "
                                     "{types}."),
        "eu_is_check_email": tr("'{value}' is not an e-mail address."),
        "eu_is_check_country": tr("{field} '{value}' is not an ISO 3166-1 alpha-2 country code."),
        "eu_is_check_reference": tr("Associated statement '{value}' is not a reference number (up to 14 letters and "
                                    "digits)."),
        "eu_is_check_commodities": tr("{count} commodity lines: at most {limit} in one statement."),
        "eu_is_check_hs_format": tr("Commodity {line}: HS heading '{value}' must be 2 to 6 digits."),
        "eu_is_check_hs_annex": tr("Commodity {line}: HS heading {value} is not in {source}: only the listed "
                                   "products of cattle, cocoa, coffee, oil palm, rubber, soya and wood are "
                                   "declared."),
        "eu_is_check_description": tr("Commodity {line}: give a description of the goods."),
        "eu_is_check_net_mass_missing": tr("Commodity {line}: activity {activity} needs the net mass (kg)."),
        "eu_is_check_quantity_missing": tr("Commodity {line}: give the net mass (kg) or a supplementary unit."),
        "eu_is_check_quantity_format": tr("Commodity {line}: {field} '{value}' is not a number with at most 6 "
                                          "decimals below 10,000,000,000."),
        "eu_is_check_quantity_not_positive": tr("Commodity {line}: {field} must be more than 0 (it is {value})."),
        "eu_is_check_qualifier_missing": tr("Commodity {line}: a supplementary unit needs its qualifier (3 or 4 "
                                            "letters, such as NAR or MTQ)."),
        "eu_is_check_qualifier_format": tr("Commodity {line}: the supplementary unit qualifier '{value}' must be 3 "
                                           "or 4 letters or digits."),
        "eu_is_check_qualifier_alone": tr("Commodity {line}: a supplementary unit qualifier ('{value}') without the "
                                          "supplementary unit."),
        "eu_is_check_species_missing": tr("Commodity {line} (HS {heading}) is wood: give at least one species with "
                                          "its scientific and common name."),
        "eu_is_check_no_producers": tr("Commodity {line}: no production place to declare."),
        "eu_is_check_producers_per_commodity": tr("Commodity {line}: {count} producers, but at most {limit} per "
                                                  "commodity fit in one statement: split it into {parts} "
                                                  "statements."),
        "eu_is_check_producers_per_statement": tr("{count} producers, but at most {limit} fit in one statement: "
                                                  "split it into {parts} statements."),
        "eu_is_check_geolocation_size": tr("{size_mb} MB of geolocation, but one statement carries at most "
                                           "{limit_mb} MB (25 MB once Base64-encoded): split it into {parts} "
                                           "statements."),
        "eu_is_check_place": tr("Commodity {line}, producer {producer} ({name}), feature {feature}: {finding}"),
        "eu_is_check_place_country": tr("Commodity {line}, producer {producer} ({name}): country '{value}' is not "
                                        "an ISO 3166-1 alpha-2 code."),
        "eu_is_check_field_missing": tr("The layer has no field '{field}' for the {role} (fields: {fields})."),
        "eu_is_check_place_no_geometry": tr("{feature}: no geometry; a production place needs its point or "
                                            "polygon."),
        "eu_is_check_place_no_producer": tr("{feature}: no producer name in the field '{field}'."),
        "eu_is_check_place_no_country": tr("{feature}: no producer country in the field '{field}' (the two-letter "
                                           "ISO code)."),
        "eu_is_check_nothing": tr("No production place to declare: the layer or the selection has no feature."),
    }


def _client_templates() -> Dict[str, str]:
    """The client's own codes (core.eu_is.client, environments, wssecurity), translated."""
    return {
        "eu_is": tr("The EU Information System could not be used; the Message Log says why."),
        "eu_is_network_tls": tr("Could not reach the EU Information System at {host}: the secure connection failed "
                                "(certificate not trusted?). Check the internet connection, the proxy and the "
                                "environment."),
        "eu_is_network_proxy": tr("Could not reach the EU Information System at {host}: the proxy refused the "
                                  "connection. Check the proxy settings."),
        "eu_is_network_unreachable": tr("Could not reach the EU Information System at {host}: no answer. Check the "
                                        "internet connection, the proxy and the environment."),
        "eu_is_uncertain": tr("{host} did not confirm {operation} ({what}): it may have been recorded. It was not "
                              "sent again; look it up by its internal reference '{internal_reference}' before "
                              "sending it again."),
        "eu_is_server_fault": tr("The EU Information System failed on {operation} ({errors}); try again later."),
        "eu_is_answer_incomplete": tr("{host} answered {operation} without a statement."),
        "eu_is_answer_unexpected": tr("{host} answered {operation} with something that is not its SOAP answer "
                                      "(HTTP {status})."),
        "eu_is_answer_too_large": tr("The answer of the EU Information System is too large; it was not read."),
        "eu_is_answer_dtd": tr("The answer of the EU Information System contains a DTD or entity declaration, "
                               "which a SOAP message may not have; it was not read."),
        "eu_is_answer_not_xml": tr("The answer of the EU Information System is not well-formed XML ({error})."),
        "eu_is_server_url_extra": tr("'{text}' must be only the server address (no user name, password, '?' or "
                                     "'#'); the username and authentication key are kept in QGIS's authentication "
                                     "database."),
        "eu_is_statement_unwritable": tr("The statement cannot be written: {field} '{value}' is not a value the "
                                         "EU Information System takes."),
        "eu_is_username_invalid": tr("The EU Information System username contains characters a username cannot "
                                     "have."),
        "eu_is_authentication": tr("The EU Information System ({host}) refused the username or authentication key "
                                   "of '{username}' ({errors}). Check both in the EU Login profile, Web Services "
                                   "Access, and that they belong to the {environment} environment."),
        "eu_is_clock": tr("{host} refused the request's time ({errors}): the computer's clock must be within 5 "
                          "minutes of the EU Information System's. Set the clock (automatic time, NTP) and try "
                          "again."),
        "eu_is_unavailable": tr("The EU Information System is unavailable (HTTP {status} from {host}); try again "
                                "later."),
        "eu_is_refused": tr("The EU Information System refused {operation}: {errors}"),
        "eu_is_not_found": tr("{host} has no such statement ({errors})."),
        "eu_is_permission": tr("The EU Information System does not allow {operation} here ({errors})."),
        "eu_is_nonce_refused": tr("{host} refused the request's security token as already used ({errors}). Try "
                                  "again."),
        "eu_is_credentials_missing": tr("The EU Information System needs a username and an authentication key (EU "
                                        "Login profile, Web Services Access)."),
        "eu_is_server_url_http": tr("'{text}' uses plain http: the authentication digest and the statements would "
                                    "travel unencrypted. Use https (plain http is only for a test service on this "
                                    "machine)."),
        "eu_is_server_url_invalid": tr("'{text}' is not a server address: give a full URL such as {example}"),
        "eu_is_environment_unknown": tr("Unknown EU Information System environment '{name}': choose acceptance "
                                        "(the Commission's test system) or production."),
        "eu_is_production_not_chosen": tr("{url} is the production EU Information System: choose the production "
                                          "environment explicitly to send statements there."),
    }


def _render(template: str, params: Mapping[str, Any], english: str) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return english


def problem_text(found) -> str:
    """One :class:`~epoch_eudr.core.eu_is.checks.Problem` in the user's language (a geolocation finding is
    worded by the preflight's own translations)."""
    params = _shown_params(found.code, found.params)
    if found.code == "eu_is_check_place_named" and "finding_code" in params:  # the finding names the place
        place = tr("Commodity {line}, producer {producer} ({name}), feature {feature}")
        values = _shown_finding_values(params.get("finding_values") or {})
        values["feature"] = _render(place, params, str(values.get("feature", "")))
        return finding_text(Finding(params["finding_code"], "", found.message, values))
    if found.code == "eu_is_check_place" and "finding_code" in params:
        params["finding"] = finding_text(Finding(params["finding_code"], "", params.get("finding", ""),
                                                 _shown_finding_values(params.get("finding_values") or {})))
    template = _problem_templates().get(found.code)
    return _render(template, params, found.message) if template else found.message


def clock_skew_text(minutes: int) -> str:
    """How far this computer's clock is off, a whole sentence per case (singular and plural said apart, as
    layers/words/language.count_text does)."""
    if minutes > 0:
        return (tr("This computer's clock is 1 minute ahead of the server's.") if minutes == 1 else
                tr("This computer's clock is {minutes} minutes ahead of the server's.").format(minutes=minutes))
    return (tr("This computer's clock is 1 minute behind the server's.") if minutes == -1 else
            tr("This computer's clock is {minutes} minutes behind the server's.").format(minutes=-minutes))


def eu_error_text(error: BaseException) -> str:
    """An EU Information System error in the user's language: a refusal before sending says its first problem
    (and how many more), a client error its code's sentence; the English sentence otherwise."""
    problems = getattr(error, "problems", None)
    if problems:
        first = problem_text(problems[0])
        more = len(problems) - 1
        if not more:
            return first
        return first + (tr(" (1 more problem found)") if more == 1 else tr(" ({n} more problems found)").format(n=more))
    code = getattr(error, "code", "") or ""
    params = getattr(error, "params", None) or {}
    template = _client_templates().get(code)
    if template is None:
        return error_text(error)
    text = _render(template, _shown_params(code, params), str(error))
    skew = params.get("skew_minutes")
    if code == "eu_is_clock" and isinstance(skew, int) and abs(skew) >= 1:
        text += " " + clock_skew_text(skew)
    if code == "eu_is_unavailable" and params.get("internal_reference"):
        text += " " + tr("Nothing was sent again; before sending it again, look it up by its internal reference "
                         "'{reference}'.").format(reference=params["internal_reference"])
    return text
