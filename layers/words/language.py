"""Qt translation for the plugin: the translator for QGIS's locale, and core's coded messages in that language.

Every QGIS-side module translates its own strings with a module-level helper, one context a module:
``def tr(text: str) -> str`` returning ``QCoreApplication.translate("SubmitTab", text)``.
(``pylupdate5`` finds the literal ``QCoreApplication.translate("Ctx", "text")`` calls, so the helper's
callers pass only literals and put values in with ``str.format`` and named placeholders:
``tr("{n} plots screened").format(n=count)``.) ``core`` stays Qt-free: its messages carry a stable code
and named parameters, and :func:`core_message` renders them here in the user's language.
"""

from pathlib import Path
from typing import Any, Dict, Mapping, Optional, Tuple

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

from ...core.result_kinds import GENERIC_NOUNS

I18N_DIR = Path(__file__).resolve().parents[2] / "i18n"
QM_PREFIX = "epoch_eudr_"


def locale_code(value: Optional[str] = None) -> str:
    """The locale QGIS runs in (``locale/userLocale``, else the system's): ``pt_BR``, ``fr_FR`` or ``fr``, the
    language lower case and the country upper case (``pt-br``, ``pt_BR.UTF-8`` and ``pt_BR@euro`` read ``pt_BR``)."""
    if value is None:
        value = QgsSettings().value("locale/userLocale", "") or ""
        if not isinstance(value, str) or not value.strip():
            value = QLocale.system().name()
    text = str(value).strip().split(".")[0].split("@")[0].replace("-", "_")
    language, _, country = text.partition("_")
    return f"{language.lower()}_{country.upper()}" if country else language.lower()


def qm_path(code: str) -> Optional[Path]:
    """The compiled translation for locale ``code``: the locale's own file when there is one (``pt_BR``:
    Brazilian Portuguese, as QGIS names it), else its language's (``pt_PT`` and ``pt``: Portuguese); None for
    English (the source texts) and for a language the plugin does not ship."""
    language = code.split("_")[0]
    if not language or language == "en":
        return None
    for name in dict.fromkeys((code, language)):
        path = I18N_DIR / f"{QM_PREFIX}{name}.qm"
        if path.is_file():
            return path
    return None


def install_translator(code: Optional[str] = None) -> Optional[QTranslator]:
    """Load and install the translator for ``code`` (default: QGIS's locale); None means English."""
    path = qm_path(locale_code(code))
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Take back a translator :func:`install_translator` installed (None: nothing to do)."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)


# --- core's messages, in the user's language ------------------------------------------------------------
def tr(text: str) -> str:
    return QCoreApplication.translate("CoreMessages", text)


def sentences(*parts: str) -> str:
    """The non-empty ``parts`` joined as the translation joins the parts of a message ("; "; French types a
    no-break space before it)."""
    return tr("; ").join(part for part in parts if part)


def _error_templates() -> Dict[str, str]:
    """Error code -> translated template (named params of the error); built per call: the language may change."""
    return {
        # class codes: no params, the English sentence is the detail (only "cancelled" is a whole sentence)
        "error": "{message}",
        "auth": "{message}",
        "not_found": "{message}",
        "bad_request": "{message}",
        "server": "{message}",
        "network": "{message}",
        "submission_uncertain": "{message}",
        "incomplete_stream": "{message}",
        "download": "{message}",
        "zip_refused": "{message}",
        "configuration": "{message}",
        "answer_too_large": "{message}",
        "cancelled": tr("Cancelled by the user."),
        # specific codes, with their params
        "not_signed_in": tr("Not signed in: add Epoch credentials first."),
        "tls_failed": tr("The secure connection to {host} failed (certificate not trusted?). Check the server "
                         "address, or set the CA bundle your organisation uses."),
        "proxy_refused": tr("The proxy refused the connection to {host}: check QGIS's proxy settings."),
        "timeout": tr("{host} did not answer {path} within {seconds} s. Try again later, or send fewer locations "
                      "at once."),
        "unreachable": tr("Could not reach {host} ({error}) after {tries} tries. Check your internet connection and "
                          "the server address."),
        "request_failed": tr("The request to {host} for {path} failed ({error}). Check the server address and try "
                             "again."),
        "deadline": tr("{host} did not answer {path} within {seconds} s (the overall limit for one request, set by "
                       "EPOCH_REQUEST_DEADLINE_S): stopped waiting. Try again later."),
        "auth_refused": tr("Epoch refused the credentials (expired or wrong). Sign in again in the Connection "
                           "tab{suffix}"),
        "auth_forbidden": tr("This account is not allowed to use {path}{suffix}"),
        "rate_limited": tr("Epoch is limiting requests from this account; try again in a few minutes{suffix}"),
        "rate_limited_wait": tr("Epoch is limiting requests from this account; try again in {seconds} s{suffix}"),
        "server_failed": tr("The Epoch server failed on {path} (HTTP {status}); try again later{suffix}"),
        "request_refused": tr("Epoch refused the request to {path}{suffix}"),
        "request_refused_no_reason": tr("Epoch refused the request to {path} (no reason given)"),
        "unexpected_status": tr("Unexpected answer HTTP {status} from {path}{suffix}"),
        "nothing_to_submit": tr("Nothing to submit: select at least one screened location"),
        "collection_name_missing": tr("Give the collection a name before submitting"),
        "no_collection_id": tr("No collection id: pick an assessed producer first"),
        "no_collection_to_export": tr("No collection to export: pick an assessed producer"),
        "file_type_refused": tr("{name}: only GeoJSON, CSV or XLSX files can be screened"),
        "date_invalid": tr("{name}: {text} is not a date; give it as YYYY-MM-DD (for example {example})"),
        "window_reversed": tr("{end_name} ({last}) is before {start_name} ({first}): the monitoring window must end "
                              "on or after its start"),
        "server_url_invalid": tr("'{text}' is not a server address: use a full URL such as {example}"),
        "server_url_http": tr("'{text}' uses plain http: credentials would travel unencrypted. Use https (plain http "
                              "is only allowed for a server on this machine, such as the sandbox)."),
        "server_url_query": tr("'{text}' must not contain '?' or '#': give only the server address"),
        "commodity_radius_refused": tr("The commodity radius must be a number of metres above 0 and at most 100,000 "
                                       "(not {value}); leave it empty for Epoch's default of 5,000 m."),
    }


#: the codes :func:`error_text` knows (the core tests check every raise against this list)
ERROR_CODES = frozenset(_error_templates())


def _render(template: str, params: Mapping[str, Any], english: str) -> str:
    try:
        return template.format(message=english, **params)
    except (KeyError, IndexError, ValueError):  # a translation naming a param the code did not pass
        return english


def error_text(error: BaseException) -> str:
    """An error's message in the user's language: its code's template with its params, else ``str(error)``."""
    english = str(error)
    template = _error_templates().get(getattr(error, "code", None) or "")
    if template is None:
        return english
    return _render(template, getattr(error, "params", None) or {}, english)


def _preflight_templates() -> Dict[str, str]:
    """Preflight code -> translated sentence (the same placeholders and formats as core/preflight/codes.py)."""
    return {
        "null_geometry": tr("No geometry: draw the plot or give its location."),
        "empty_geometry": tr("The geometry is empty: draw the plot again."),
        "unsupported_type": tr("{kind} is not accepted: only Point, MultiPoint, Polygon, MultiPolygon and a "
                               "GeometryCollection of these."),
        "out_of_range": tr("Coordinates outside longitude -180..180 / latitude -90..90: the layer is not in "
                           "EPSG:4326 or longitude and latitude are swapped."),
        "z_or_m_values": tr("Has {what} values; the EU file is 2D (they are dropped)."),
        "low_precision": tr("{share:.0%} of the coordinates have fewer than 6 decimals (the EU asks for 6)."),
        "vertices_collapse_at_6_decimals": tr("{count} vertices collapse into their neighbour when cut to 6 "
                                              "decimals{after}."),
        "self_intersection": tr("The outline crosses itself ({reason}); fix it or apply 'make valid'."),
        "invalid_geometry": tr("Invalid geometry: {reason}."),
        "too_few_points": tr("A ring has fewer than 4 positions (or is collinear): not a polygon."),
        "hole": tr("Holes in the plot: {count}; the EU reads only the outer ring: split the plot around each hole."),
        "multipart": tr("{count} separate polygons in one feature: the EU expects one polygon per plot."),
        "point_over_4ha": tr("{feature}: a point stands for a plot of at most 4 ha, but Area is {area} ha: draw "
                             "the plot as a polygon."),
        "point_without_area": tr("{feature}: a point without Area is taken as 4 ha{hint}: give its Area in "
                                 "hectares."),
        "area_not_number": tr("{feature}: Area is the text {value!r}; the EU reads text as 0: make it a number."),
        "area_below_minimum": tr("{feature}: Area {area} ha is below the EU minimum of 0.0001 ha."),
        "area_differs": tr("{feature}: Area says {declared} ha but the plot drawn measures {measured} ha: correct "
                           "the Area or the outline."),
        "coordinates_swapped": tr("Latitude {lat} is beyond 90, so '{lat_field}' and '{lon_field}' look swapped: "
                                  "read as longitude {lon_read}, latitude {lat_read}."),
        "missing_producer_country": tr("ProducerCountry {problem}: give the ISO 3166-1 alpha-2 code."),
        "producer_country_mismatch": tr("ProducerCountry is {given} but the plot lies in {found}."),
        "plot_over_100000ha": tr("{area:,.0f} ha is over Epoch's API limit of 100,000 ha per plot (the EU sets "
                                 "no area limit: the TRACES export accepts it)."),
        "ring_not_closed": tr("A ring's last position is not its first: the EU system refuses the file as uploaded "
                              "(QGIS and GDAL close it silently on reading)."),
        "point_nested_coordinates": tr("The Point's coordinates are written [[x, y]]; the EU expects one position "
                                       "[x, y] (QGIS reads it anyway, the EU system does not)."),
        "property_wrong_case": tr("The property {given!r} is ignored by the EU system: its name is {proper!r} "
                                  "(names are case-sensitive)."),
        "producer_country_not_iso": tr("ProducerCountry {given!r} is not an ISO 3166-1 alpha-2 country code."),
        "plot_outside_countries": tr("The plot lies in no country: are longitude and latitude swapped, or is "
                                     "it at sea?"),
        "duplicate_geometry": tr("Same geometry as feature {other}: the same plot twice?"),
        "latitude_unlikely": tr("Latitude {lat:.2f} is outside the viable range for {commodity}."),
        "latitude_beyond_viable": tr("Latitude {lat:.2f} is beyond where {commodity} is grown."),
        "country_not_producer": tr("{country} is not a known {commodity}-producing country."),
        "eu_country_risk": tr("{country} is {risk} risk in the EU country benchmarking (Implementing Regulation "
                              "(EU) 2025/1093): competent authorities check at least {share} % of its operators."),
    }


def _finding_values(code: str, values: Mapping[str, Any]) -> Dict[str, Any]:
    """The few values core words in English (a risk class, "Z and M", a hint) said in the user's language,
    from the raw values core keeps beside them (a finding without them keeps its English words)."""
    said = dict(values)
    if code == "eu_country_risk":
        risks = {"high": tr("high"), "standard": tr("standard"), "low": tr("low")}
        said["risk"] = risks.get(str(values.get("risk")), values.get("risk"))
    elif code == "z_or_m_values" and "dims" in values:
        said["what"] = tr(" and ").join(values["dims"])
    elif code == "vertices_collapse_at_6_decimals" and values.get("invalid_reason"):
        said["after"] = tr(", which makes it invalid ({reason})").format(reason=values["invalid_reason"])
    elif code == "point_without_area" and values.get("misspelt"):
        said["hint"] = tr(" (the field {name} is ignored: the EU reads only 'Area')").format(
            name=repr(values["misspelt"]))
    elif code == "missing_producer_country" and "given" in values:
        said["problem"] = tr("{value} is not a two-letter code").format(value=repr(values["given"])) \
            if values["given"] else tr("is missing")
    return said


def finding_text(finding) -> str:
    """A preflight finding (``code``, ``message``, ``values``) in the user's language."""
    template = _preflight_templates().get(finding.code)
    values = getattr(finding, "values", None)
    if template is None or values is None:
        return finding.message
    return _render(template, _finding_values(finding.code, values), finding.message)


def _status_labels() -> Dict[str, str]:
    """Stored status value -> its short label on screen (the stored value itself never changes)."""
    return {
        "High Risk": tr("High Risk"),
        "Medium Risk": tr("Medium Risk"),
        "Not Assessable": tr("Not Assessable"),
        "Compliant": tr("Compliant"),
        "Non-Compliant": tr("Non-Compliant"),
        "Data Error": tr("Data Error"),
        # a facility's confidence level and a screened plot's risk (the confidence scoring; stored lower case)
        "high": tr("high"), "medium": tr("medium"), "low": tr("low"), "invalid": tr("invalid"),
    }


def status_label(value: Any) -> str:
    """How a status stored in a layer (``High Risk``, ``Compliant``...) reads on screen; others unchanged."""
    text = "" if value is None else str(value)
    return _status_labels().get(text, text)


def number_locale() -> QLocale:
    """The locale numbers are written in: QGIS's own number locale when the user overrode it (Options >
    General: ``locale/overrideFlag`` with ``locale/globalLocale``, as QGIS itself formats), else the plugin's
    language (:func:`locale_code`); the C/POSIX locale (a bare system) writes them as English does."""
    settings = QgsSettings()
    chosen = ""
    if str(settings.value("locale/overrideFlag", False)).lower() in ("true", "1"):
        chosen = str(settings.value("locale/globalLocale", "") or "")
    code = locale_code(chosen) if chosen.strip() else locale_code()
    if code.split("_")[0] in ("", "c", "posix"):
        code = "en_US"
    return QLocale(code)


def integer_text(number: int) -> str:
    """``1,124`` in English, ``1 124`` in French (a narrow no-break space), ``1.124`` in German."""
    return number_locale().toString(int(number))


def decimal_text(value: float, decimals: int = 2) -> str:
    """``3.18`` in English, ``3,18`` in French: the locale's decimal separator and digit grouping."""
    return number_locale().toString(float(value), "f", decimals)


def point_text(lon: float, lat: float, decimals: int = 5) -> str:
    """A point as longitude and latitude in the user's numbers, as the facility field writes and reads one:
    ``100.50180, 13.75630`` in English, ``100,50180; 13,75630`` where the decimal separator is a comma (a comma
    between two such numbers would read as four)."""
    x, y = decimal_text(lon, decimals), decimal_text(lat, decimals)
    return f"{x}; {y}" if "," in x + y else f"{x}, {y}"


def takes_singular(number: int, code: Optional[str] = None) -> bool:
    """Whether a count takes the singular form ("one") in the language of ``code`` (default: QGIS's): the
    integer rules of the Unicode CLDR plural rules (cldr.unicode.org, Language Plural Rules): French and
    Brazilian Portuguese say "0 parcelle"/"0 parcela" (one: 0 and 1), Indonesian has a single form (its
    translators give both forms the same words), the other shipped languages one: 1 only."""
    language = locale_code(code)
    if language.split("_")[0] == "fr" or language == "pt_BR":
        return number in (0, 1)
    return number == 1


def number_form(number: int, one: str, other: str) -> str:
    """``one`` or ``other`` (a module's two translated strings, one a form, with ``{n}``), as ``number`` takes it
    in the user's language (:func:`takes_singular`), ``{n}`` written as the locale writes it; other named
    placeholders are left for the caller's ``format``."""
    return (one if takes_singular(number) else other).replace("{n}", integer_text(number))


def _nouns() -> Dict[str, Tuple[str, str]]:
    """Result kind -> (singular, plural) count templates, one translatable string a form."""
    return {
        "assessments": (tr("{n} producer assessment"), tr("{n} producer assessments")),
        "plots": (tr("{n} plot"), tr("{n} plots")),
        "screened_plots": (tr("{n} plot"), tr("{n} plots")),
        "facilities": (tr("{n} facility"), tr("{n} facilities")),
        "facility_point": (tr("{n} facility"), tr("{n} facilities")),
        "preflight": (tr("{n} feature"), tr("{n} features")),
        "outline": (tr("{n} supply-shed outline"), tr("{n} supply-shed outlines")),
        "checked_facilities": (tr("{n} checked facility"), tr("{n} checked facilities")),
        "legality_sources": (tr("{n} legality source"), tr("{n} legality sources")),
    }


def _english_nouns(kind: str) -> Tuple[str, str]:
    """A kind the list above does not know: its nouns in core.result_kinds (English), else its name."""
    from ...core.result_kinds import RESULT_KINDS

    found = RESULT_KINDS.get(kind)
    if found is not None:
        return found.nouns
    return kind.replace("_", " "), kind.replace("_", " ")


def _count_forms(kind: str) -> Optional[Tuple[str, str]]:
    """The count templates of ``kind``: its own, or the generic "feature" ones for a kind the catalogue gives
    no nouns of its own (so a new result kind is counted in the user's language from its first day)."""
    forms = _nouns().get(kind)
    if forms is None and _english_nouns(kind) == GENERIC_NOUNS:
        forms = (tr("{n} feature"), tr("{n} features"))
    return forms


def count_text(number: int, kind: str) -> str:
    """``1,124 plots`` / ``1 124 parcelles`` / ``1 parcelle``: the noun of ``kind`` in the form the number
    takes in the user's language (:func:`takes_singular`), the number written as the locale writes it."""
    forms = _count_forms(kind)
    one = takes_singular(number)
    if forms is None:
        singular, plural = _english_nouns(kind)
        return f"{integer_text(number)} {singular if one else plural}"
    return (forms[0] if one else forms[1]).format(n=integer_text(number))


def breakdown_text(counts: Mapping[str, int]) -> str:
    """``1,120 Compliant, 4 Non-Compliant``: each status's count and screen label (a list item the
    translation may reorder), largest first, zero counts left out."""
    ordered = sorted(counts.items(), key=lambda kv: (-kv[1], str(kv[0])))
    return tr(", ").join(tr("{count} {status}").format(count=integer_text(n), status=status_label(label))
                         for label, n in ordered if n)


def _outcomes() -> Dict[Tuple[str, str], Tuple[str, str, str, str]]:
    """(kind, verb) -> the whole sentence, each a translatable string: (one, other) without a breakdown, then
    (one, other) with ``{statuses}`` (so "analizadas" agrees with "parcelas" in the translation)."""
    return {
        ("screened_plots", "screened"): (
            tr("{n} plot screened"), tr("{n} plots screened"),
            tr("{n} plot screened: {statuses}"), tr("{n} plots screened: {statuses}")),
        ("facilities", "screened"): (
            tr("{n} facility screened"), tr("{n} facilities screened"),
            tr("{n} facility screened: {statuses}"), tr("{n} facilities screened: {statuses}")),
        ("assessments", "loaded"): (
            tr("{n} producer assessment loaded"), tr("{n} producer assessments loaded"),
            tr("{n} producer assessment loaded: {statuses}"), tr("{n} producer assessments loaded: {statuses}")),
        ("plots", "loaded"): (
            tr("{n} plot loaded"), tr("{n} plots loaded"),
            tr("{n} plot loaded: {statuses}"), tr("{n} plots loaded: {statuses}")),
    }


def outcome_text(number: int, kind: str, verb: str, counts: Mapping[str, int]) -> str:
    """``1,124 plots screened: 1,120 Compliant, 4 Non-Compliant`` in the user's language, one sentence;
    ``verb`` is ``screened`` or ``loaded``."""
    detail = breakdown_text(counts)
    forms = _outcomes().get((kind, verb))
    if forms is None:
        singular, plural = _english_nouns(kind)
        english = f"{integer_text(number)} {singular if number == 1 else plural} {verb}"
        return f"{english}: {detail}" if detail else english
    one = takes_singular(number)
    template = (forms[2] if one else forms[3]) if detail else (forms[0] if one else forms[1])
    return template.format(n=integer_text(number), statuses=detail)


def option_label(key: str, default: str) -> str:
    """A screening option's check box text (core.result_kinds.SCREENING_OPTIONS) in the user's language."""
    return {
        "include_deforestation": tr("Include deforestation"),
        "include_article10_check": tr("Article 10 legality check"),
        "check_road_access": tr("Check road access"),
        "check_water_access": tr("Check water access"),
        "check_port_proximity": tr("Check port proximity"),
        "include_legality_check": tr("Legality sources (Article 10)"),
    }.get(key, default)


def commodity_label(name: str) -> str:
    """A commodity (core.commodities.COMMODITIES) as a combo box reads it, in the user's language."""
    return {
        "cocoa": tr("Cocoa"), "coffee": tr("Coffee"), "palm": tr("Palm"), "rubber": tr("Rubber"),
        "soy": tr("Soy"), "timber": tr("Timber"), "cattle": tr("Cattle"),
    }.get(name, name.capitalize())


def _issue_titles() -> Dict[str, str]:
    """Preflight code -> what it means in one phrase for the features that have it (the list of issues: a
    count, then this; the code itself is for experts, in a tooltip). Rules: EU GeoJSON file description v1.3."""
    return {
        "null_geometry": tr("no geometry: draw the plot or give its location"),
        "empty_geometry": tr("an empty geometry: draw the plot again"),
        "unsupported_type": tr("a geometry type the EU does not accept (only points and polygons)"),
        "out_of_range": tr("coordinates outside longitude/latitude: not EPSG:4326, or longitude and latitude "
                           "swapped"),
        "z_or_m_values": tr("Z or M values: the EU file is 2D (they are dropped)"),
        "low_precision": tr("coordinates with fewer than the 6 decimals the EU asks for"),
        "vertices_collapse_at_6_decimals": tr("vertices that collapse when cut to 6 decimals"),
        "self_intersection": tr("an outline that crosses itself: fix it or apply 'make valid'"),
        "invalid_geometry": tr("an invalid geometry"),
        "too_few_points": tr("a ring with fewer than 4 positions: not a polygon"),
        "hole": tr("holes: the EU reads only the outer ring"),
        "multipart": tr("several polygons in one feature: the EU expects one polygon per plot"),
        "point_over_4ha": tr("a point for a plot over 4 ha: draw it as a polygon"),
        "point_without_area": tr("a point without Area, taken as 4 ha: give its Area in hectares"),
        "area_not_number": tr("an Area that is text, which the EU reads as 0: make it a number"),
        "area_below_minimum": tr("an Area below the EU minimum of 0.0001 ha"),
        "area_differs": tr("an Area that differs from the plot drawn"),
        "coordinates_swapped": tr("latitude and longitude columns that look swapped"),
        "missing_producer_country": tr("no ISO 3166-1 alpha-2 ProducerCountry"),
        "producer_country_mismatch": tr("a ProducerCountry other than the country the plot lies in"),
        "plot_over_100000ha": tr("a plot over Epoch's limit of 100,000 ha"),
        "ring_not_closed": tr("a ring that is not closed: the EU system refuses the file"),
        "point_nested_coordinates": tr("a point written [[x, y]]: the EU system expects [x, y]"),
        "property_wrong_case": tr("a property the EU system ignores because of its upper/lower case"),
        "producer_country_not_iso": tr("a ProducerCountry that is not an ISO 3166-1 alpha-2 code"),
        "plot_outside_countries": tr("a plot that lies in no country (swapped coordinates, or at sea?)"),
        "duplicate_geometry": tr("the same geometry as another feature"),
        "latitude_unlikely": tr("a latitude outside the viable range for the commodity"),
        "latitude_beyond_viable": tr("a latitude beyond where the commodity is grown"),
        "country_not_producer": tr("a country not known to produce the commodity"),
        "eu_country_risk": tr("a country of standard or high risk in the EU benchmarking (checked more often)"),
    }


def issue_text(code: str, count: int) -> str:
    """``20 features: an Area that is text, which the EU reads as 0: make it a number`` (a preflight code in
    words; an unknown code is shown as it is)."""
    title = _issue_titles().get(code, code)
    if count == 1:
        return tr("1 feature with {issue}").format(issue=title)
    return tr("{n} features with {issue}").format(n=integer_text(count), issue=title)


def refused_text(errors: int) -> str:
    """What a preflight with errors means for the user: those features would not pass the EU system."""
    if errors == 1:
        return tr("1 feature would be refused by the EU system: fix it before the upload.")
    return tr("{n} features would be refused by the EU system: fix them before the upload.").format(
        n=integer_text(errors))


def preflight_templates() -> Dict[str, str]:
    """Preflight code -> its sentence in the user's language (the templates :func:`finding_text` uses), for the
    preflight layer's map tip, which words the findings stored as codes and values when shown."""
    return _preflight_templates()


def preflight_value_words() -> Dict[str, str]:
    """The words :func:`finding_text` puts into a preflight sentence from a finding's raw values (a risk class,
    "Z and M", why rounding makes a polygon invalid, a misspelt Area, a ProducerCountry's problem), by name."""
    return {"high": tr("high"), "standard": tr("standard"), "low": tr("low"), "and": tr(" and "),
            "after": tr(", which makes it invalid ({reason})"),
            "hint": tr(" (the field {name} is ignored: the EU reads only 'Area')"),
            "not_two_letter": tr("{value} is not a two-letter code"), "missing": tr("is missing")}
