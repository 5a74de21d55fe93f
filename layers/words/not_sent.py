"""Why a feature of a layer was not sent for screening, in the user's language: the reasons are stored in English
as written here (the upload's ``skipped`` list, what the tests and logs read) and worded when shown."""

from typing import Dict

from qgis.PyQt.QtCore import QCoreApplication

SPLIT_HINT = "split it with Vector > Geometry Tools > Multipart to Singleparts"
NO_GEOMETRY = "no geometry"
EMPTY_GEOMETRY = "empty geometry"
A_LINE = "a line: only points and polygons can be screened"
EMPTY_COLLECTION = "an empty geometry collection"
LINES_IN_COLLECTION = f"a geometry collection holding lines: only points and polygons can be screened ({SPLIT_HINT})"
MIXED_COLLECTION = f"a geometry collection mixing points and polygons: {SPLIT_HINT}, then screen each kind"
POLYGON_FACILITY = "a polygon: facilities are points (screen polygons as plots)"
REPROJECT_REFUSED = "cannot be reprojected to EPSG:4326"


def tr(text: str) -> str:
    return QCoreApplication.translate("NotSent", text)


def _reason_words() -> Dict[str, str]:
    """Why a feature was not sent, as stored (English, :func:`simple_geometry` and ``_located_features``) ->
    the reason in the user's language; built per call: the language may change."""
    hint = tr("split it with Vector > Geometry Tools > Multipart to Singleparts")
    return {
        NO_GEOMETRY: tr("no geometry"),
        EMPTY_GEOMETRY: tr("empty geometry"),
        A_LINE: tr("a line: only points and polygons can be screened"),
        EMPTY_COLLECTION: tr("an empty geometry collection"),
        LINES_IN_COLLECTION: tr("a geometry collection holding lines: only points and polygons can be screened "
                                "({hint})").format(hint=hint),
        MIXED_COLLECTION: tr("a geometry collection mixing points and polygons: {hint}, then screen each "
                             "kind").format(hint=hint),
        POLYGON_FACILITY: tr("a polygon: facilities are points (screen polygons as plots)"),
    }


def reason_text(why: str) -> str:
    """A stored reason for not sending a feature, in the user's language (an unknown one as it is)."""
    said = _reason_words().get(why)
    if said is not None:
        return said
    if why.startswith(REPROJECT_REFUSED + " (") and why.endswith(")"):
        return tr("cannot be reprojected to EPSG:4326 ({error})").format(error=why[len(REPROJECT_REFUSED) + 2:-1])
    return why
