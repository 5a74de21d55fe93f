"""One typed catalogue of location types, screening options and result kinds.

The screening options were listed four times (dock, operations, Processing, client)
and result-kind strings keyed dictionaries in six files. Everything that needs to
know "which options apply to plots", "what a facilities layer looks like" or "what
the table shows" reads it here; adding a result kind is one entry plus its style.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, Optional, Sequence, Tuple

from .facility_checks import CHECKED_FACILITY_FIELDS
from .legality import SOURCE_FIELDS
from .result_rows import ASSESSMENT_FIELDS, FACILITY_FIELDS, PLOT_FIELDS, SCREENED_PLOT_FIELDS, SOURCE_KEY, Field

PLOT, FACILITY = "plot", "facility"
LOCATION_TYPES: Tuple[str, ...] = (PLOT, FACILITY)


#: The nouns of a kind that names none of its own: counted as "features" (translated) wherever it is shown.
GENERIC_NOUNS = ("feature", "features")


@dataclass(frozen=True)
class ScreeningOption:
    """A ``/validate_locations`` switch: API key, label, the location types it applies to, default."""

    key: str
    label: str
    applies_to: Tuple[str, ...]
    default: bool

    @property
    def parameter(self) -> str:
        """Its Processing parameter name (``INCLUDE_DEFORESTATION``)."""
        return self.key.upper()

    def applies(self, location_type: str) -> bool:
        return location_type in self.applies_to


SCREENING_OPTIONS: Tuple[ScreeningOption, ...] = (
    ScreeningOption("include_deforestation", "Include deforestation", (PLOT,), True),
    ScreeningOption("include_article10_check", "Article 10 legality check", (PLOT, FACILITY), False),
    ScreeningOption("check_road_access", "Check road access", (FACILITY,), True),
    ScreeningOption("check_water_access", "Check water access", (FACILITY,), False),
    ScreeningOption("check_port_proximity", "Check port proximity", (FACILITY,), False),
)
#: Non-boolean screening parameters, and the location types they apply to.
VALUE_OPTIONS: Dict[str, Tuple[str, ...]] = {"commodity_type": (PLOT, FACILITY), "production_volume": (PLOT,)}

#: Options only Epoch's facility validation takes (``/validate_facilities``, ``/validate_facility``), not
#: ``/validate_locations``: a facility screening that sets one is sent to ``/validate_facilities``.
FACILITY_VALIDATION_OPTIONS: Tuple[ScreeningOption, ...] = (
    ScreeningOption("include_legality_check", "Legality sources (Article 10)", (FACILITY,), False),
)
COMMODITY_RADIUS = "commodity_radius"  # metres, a value option of the same endpoints (Epoch's default: 5,000)


def option_keys(location_type: Optional[str] = None) -> Tuple[str, ...]:
    """Every screening parameter the API takes (for ``location_type`` only, when given)."""
    flags = [o.key for o in SCREENING_OPTIONS if location_type is None or o.applies(location_type)]
    values = [k for k, types in VALUE_OPTIONS.items() if location_type is None or location_type in types]
    return tuple(values[:1] + flags + values[1:])


@dataclass(frozen=True)
class ResultKind:
    """A kind of result layer: its schema, geometry, table columns, verdict field, joins, nouns and style.

    Kinds without ``table_columns`` are map layers only (a drill-down's outline and facility, preflight
    reports): the writer and the styles read them here all the same.
    """

    key: str
    fields: Sequence[Field]
    geometry: str  # GDAL's -nlt for the written layer
    table_columns: Tuple[str, ...] = ()  # what the dock's table shows, in the dashboard's order
    count_field: str = ""  # the verdict counted in cards and summaries
    join_fields: Tuple[str, ...] = ()  # joined back to the screened layer (prefixed epoch_)
    nouns: Tuple[str, str] = GENERIC_NOUNS
    label_field: str = ""  # map labels and display expression
    headers: Tuple[Tuple[str, str], ...] = ()  # table headers that differ from the field alias
    style: str = ""  # the style it is drawn with (layers/styles/renderers.py), when not its own key
    #: the geometry when the first feature is a point: plots of 4 ha or less may be given as points (EU rule)
    point_geometry: str = ""

    @property
    def style_key(self) -> str:
        return self.style or self.key

    def field(self, name: str) -> Optional[Field]:
        return next((f for f in self.fields if f[0] == name), None)

    def columns(self) -> Tuple[Tuple[str, str], ...]:
        """(field, header) pairs of the table columns."""
        aliases = {name: alias for name, _, alias in self.fields}
        aliases.update(dict(self.headers))
        return tuple((name, aliases.get(name, name)) for name in self.table_columns)


RESULT_KINDS: Dict[str, ResultKind] = {kind.key: kind for kind in (
    ResultKind("assessments", ASSESSMENT_FIELDS, "POINT",
               ("company_name", "commodity", "admin1", "country", "eu_country_risk", "assessment_type", "status",
                "noncompliance_plot_count", "nc_percent", "legality_risk", "ingestion_date", "collection_id"),
               "status", nouns=("producer assessment", "producer assessments"), label_field="company_name",
               headers=(("collection_id", "Audit"),)),
    ResultKind("plots", PLOT_FIELDS, "MULTIPOLYGON",
               ("plotid", "status", "second_opinion", "area", "noncompliance_area", "noncompliance_area_perc",
                "deforestation_alert", "second_opinion_disagrees"),
               "status", nouns=("plot", "plots"), label_field="plotid", point_geometry="MULTIPOINT",
               headers=(("second_opinion", "2nd opinion"), ("second_opinion_disagrees", "Disagree"))),
    ResultKind("facilities", FACILITY_FIELDS, "POINT",
               ("facility_id", "address", "commodity_type", "country", "confidence_score", "confidence_level",
                "commodity_presence", "poi_presence", "building_presence", "road_access", "water_access",
                "port_proximity", "high_density", "producer_name", "producer_confirmed", "primary_warning"),
               "confidence_level",
               join_fields=("confidence_score", "confidence_level", "score", "level", "primary_warning",
                            "producer_name"),
               nouns=("facility", "facilities"), label_field="facility_id"),
    ResultKind("screened_plots", SCREENED_PLOT_FIELDS, "MULTIPOLYGON",
               ("status", "risk", "area_ha", "shape_validity", "commodity_presence", "protected_area_overlap",
                "deforestation_area_ha", "deforestation_alert", "country", "admin1", SOURCE_KEY, "data_error"),
               "status",
               join_fields=("status", "risk", "area_ha", "shape_validity", "deforestation_area_ha",
                            "deforestation_alert", "country"),
               nouns=("plot", "plots"), style="plots", point_geometry="MULTIPOINT"),
    # map layers only: a drill-down's supply-shed outline and facility, a preflight report (points or polygons)
    ResultKind("outline", (), "MULTIPOLYGON", nouns=("supply-shed outline", "supply-shed outlines")),
    ResultKind("facility_point", (), "POINT", nouns=("facility", "facilities")),
    # one row per facility checked on the map (kept, appended), and the Article 10 sources of each check
    # labelled and named (identify, forms) by the answer's name or address: a point asked has no id of the user's
    ResultKind("checked_facilities", CHECKED_FACILITY_FIELDS, "POINT", nouns=("checked facility", "checked facilities"),
               label_field="address"),
    ResultKind("legality_sources", SOURCE_FIELDS, "POINT", nouns=("legality source", "legality sources")),
    ResultKind("preflight", (), "PROMOTE_TO_MULTI"),
)}
#: The kinds the dock shows in a table.
TABLE_KINDS: Tuple[str, ...] = tuple(key for key, kind in RESULT_KINDS.items() if kind.table_columns)


def kind_for_location(location_type: str) -> ResultKind:
    """The result kind a screening of ``location_type`` writes."""
    return RESULT_KINDS["facilities" if location_type == FACILITY else "screened_plots"]
