"""Issue codes of the preflight: severity (an error blocks an EU upload, a warning does not) and a sentence."""

from __future__ import annotations

from typing import Dict, Tuple

ERROR, WARNING, OK = "error", "warning", "ok"
INFO = "info"  # said, never counted: a feature with only informational codes is ``ok``

#: code -> (severity, message template); templates take the keyword arguments the check passes.
CODES: Dict[str, Tuple[str, str]] = {
    "null_geometry": (ERROR, "No geometry: draw the plot or give its location."),
    "empty_geometry": (ERROR, "The geometry is empty: draw the plot again."),
    "unsupported_type": (ERROR, "{kind} is not accepted: only Point, MultiPoint, Polygon, MultiPolygon and a "
                                "GeometryCollection of these."),
    "out_of_range": (ERROR, "Coordinates outside longitude -180..180 / latitude -90..90: the layer is not in "
                            "EPSG:4326 or longitude and latitude are swapped."),
    "z_or_m_values": (WARNING, "Has {what} values; the EU file is 2D (they are dropped)."),
    "low_precision": (WARNING, "{share:.0%} of the coordinates have fewer than 6 decimals (the EU asks for 6)."),
    "vertices_collapse_at_6_decimals": (ERROR, "{count} vertices collapse into their neighbour when cut to 6 "
                                               "decimals{after}."),
    "self_intersection": (ERROR, "The outline crosses itself ({reason}); fix it or apply 'make valid'."),
    "invalid_geometry": (ERROR, "Invalid geometry: {reason}."),
    "too_few_points": (ERROR, "A ring has fewer than 4 positions (or is collinear): not a polygon."),
    "hole": (ERROR, "Holes in the plot: {count}; the EU reads only the outer ring: split the plot around each hole."),
    "multipart": (WARNING, "{count} separate polygons in one feature: the EU expects one polygon per plot."),
    "point_over_4ha": (ERROR, "{feature}: a point stands for a plot of at most 4 ha, but Area is {area} ha: draw "
                              "the plot as a polygon."),
    "point_without_area": (WARNING, "{feature}: a point without Area is taken as 4 ha{hint}: give its Area in "
                                    "hectares."),
    "area_not_number": (ERROR, "{feature}: Area is the text {value!r}; the EU reads text as 0: make it a number."),
    "area_below_minimum": (ERROR, "{feature}: Area {area} ha is below the EU minimum of 0.0001 ha."),
    "area_differs": (WARNING, "{feature}: Area says {declared} ha but the plot drawn measures {measured} ha: "
                              "correct the Area or the outline."),
    "coordinates_swapped": (WARNING, "Latitude {lat} is beyond 90, so '{lat_field}' and '{lon_field}' look swapped: "
                                     "read as longitude {lon_read}, latitude {lat_read}."),
    "missing_producer_country": (WARNING, "ProducerCountry {problem}: give the ISO 3166-1 alpha-2 code."),
    "producer_country_mismatch": (WARNING, "ProducerCountry is {given} but the plot lies in {found}."),
    "plot_over_100000ha": (WARNING, "{area:,.0f} ha is over Epoch's API limit of 100,000 ha per plot (the EU sets "
                                    "no area limit: the TRACES export accepts it)."),
    "ring_not_closed": (ERROR, "A ring's last position is not its first: the EU system refuses the file as uploaded "
                               "(QGIS and GDAL close it silently on reading)."),
    "point_nested_coordinates": (ERROR, "The Point's coordinates are written [[x, y]]; the EU expects one position "
                                        "[x, y] (QGIS reads it anyway, the EU system does not)."),
    "property_wrong_case": (WARNING, "The property {given!r} is ignored by the EU system: its name is {proper!r} "
                                     "(names are case-sensitive)."),
    "producer_country_not_iso": (ERROR, "ProducerCountry {given!r} is not an ISO 3166-1 alpha-2 country code."),
    "plot_outside_countries": (WARNING, "The plot lies in no country: are longitude and latitude swapped, or is "
                                        "it at sea?"),
    "duplicate_geometry": (WARNING, "Same geometry as feature {other}: the same plot twice?"),
    "latitude_unlikely": (WARNING, "Latitude {lat:.2f} is outside the viable range for {commodity}."),
    "latitude_beyond_viable": (WARNING, "Latitude {lat:.2f} is beyond where {commodity} is grown."),
    "country_not_producer": (WARNING, "{country} is not a known {commodity}-producing country."),
    "eu_country_risk": (INFO, "{country} is {risk} risk in the EU country benchmarking (Implementing Regulation "
                              "(EU) 2025/1093): competent authorities check at least {share} % of its operators."),
}


def severity_of(codes) -> str:
    """``error`` if any code is an error, else ``warning`` if any, else ``ok`` (informational codes included)."""
    levels = {CODES[c][0] for c in codes}
    return ERROR if ERROR in levels else (WARNING if WARNING in levels else OK)
