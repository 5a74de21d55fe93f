"""Preview geocoding: a CSV or XLSX of addresses placed by Epoch, as a point layer to check before screening.

Epoch geocodes the address files it is sent (``normalize_input`` of ``/validate_locations``); a wrong
geocode is a wrong facility. :func:`preview_geocoding_to_gpkg` (a worker thread: the dock's task, or
Processing) asks ``POST /normalize_locations`` (:mod:`...core.api.geocoding`: how its undescribed answer is
read) and writes every row of the file as a layer of the results GeoPackage, written like every result
(:func:`~.gpkg_writer.write_layer`: a rerun replaces it atomically, a failure or a cancel leaves the
previous one). Rows placed are points the user may move; rows not placed are kept without a point, and
said one by one, by row number and name, with the server's reason when it gave one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence

from osgeo import gdal
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.client import DEFAULT_LIMIT, Upload
from ...core.api.errors import CancelledError, ConfigurationError
from ...core.api.geocoding import (
    ADDRESS_KEYS,
    NAME_KEYS,
    NOT_PLACED,
    PLACED,
    REASON_FIELD,
    ROW_FIELD,
    STATUS_FIELD,
    GeocodedRow,
    complete,
    normalize_locations,
    read_answer_rows,
    row_name,
)
from ...core.operation import Outcome
from ..styles import explanations as ex
from ..styles.maptips import colon
from ..styles.renderers import apply_style
from ..words.language import integer_text, takes_singular
from ..writer.gpkg_writer import write_layer
from ..writer.results import store_style
from .epoch_api import LayerOutput

KIND = "facility_point"  # points with the file's own columns, drawn as facilities
FILE_TYPES = (".csv", ".xlsx")
MAX_NAMED = 20  # rows named in the message; the layer holds them all
#: The columns of an address, besides :data:`ADDRESS_KEYS`, shown in the preview's map tip.
PLACE_KEYS = ("city", "town", "district", "region", "state", "province", "postcode", "postal_code", "zip",
              "country")


def tr(text: str) -> str:
    return QCoreApplication.translate("Geocoding", text)


def joined(parts: Sequence[str]) -> str:
    """Sentences of one status line, joined as the translation says (``; `` in English; French types a no-break
    space before the semicolon); empty parts left out."""
    text = ""
    for part in parts:
        if part:
            text = part if not text else tr("{first}; {second}").format(first=text, second=part)
    return text


def file_rows(path: Path) -> List[Dict[str, Any]]:
    """The data rows of a CSV or XLSX as text (GDAL reads both; values compared with the answer's)."""
    # the first row is the header (GDAL's XLSX reader guesses otherwise when every cell is text, as in an address
    # list; its switches are configuration options, read when the sheet is read: thread-local, so no other
    # open is affected, and set until the rows are read)
    csv = path.suffix.lower() == ".csv"
    switches = {} if csv else {"OGR_XLSX_HEADERS": "FORCE", "OGR_XLSX_FIELD_TYPES": "STRING"}
    for key, value in switches.items():
        gdal.SetThreadLocalConfigOption(key, value)
    try:
        options = ["AUTODETECT_TYPE=NO", "KEEP_GEOM_COLUMNS=YES", "HEADERS=YES"] if csv else []
        dataset = gdal.OpenEx(str(path), gdal.OF_VECTOR, open_options=options)
        if dataset is None or dataset.GetLayerCount() == 0:
            return []
        layer = dataset.GetLayer(0)
        definition = layer.GetLayerDefn()
        names = [definition.GetFieldDefn(i).GetName() for i in range(definition.GetFieldCount())]
        rows = [{name: (feature.GetFieldAsString(i) if feature.IsFieldSetAndNotNull(i) else "")
                 for i, name in enumerate(names)} for feature in layer]
        dataset = None
        return rows
    finally:
        for key in switches:
            gdal.SetThreadLocalConfigOption(key, None)


def check_file(path: Any) -> Path:
    """The file to geocode, refused in words when it is not a CSV or XLSX that exists."""
    text = str(path or "").split("|")[0].strip()
    if not text:
        raise ConfigurationError(tr("Choose the CSV or XLSX file of addresses to geocode."))
    found = Path(text)
    if found.suffix.lower() not in FILE_TYPES:
        raise ConfigurationError(tr("{name}: geocoding takes a CSV or XLSX file of addresses (one row per "
                                    "facility); this file is neither.").format(name=found.name))
    if not found.is_file():
        raise ConfigurationError(tr("{name}: the file does not exist (moved or deleted?).").format(name=found.name))
    return found


def describe_row(row: GeocodedRow) -> str:
    """One row not placed, in a sentence: its number, how it is known, why."""
    name = row_name(row.properties)
    if row.missing:
        why = tr("the server's answer left it out")
    elif row.reason:
        why = tr("the server says: “{reason}”").format(reason=row.reason)  # its own words, quoted
    else:
        why = tr("no place found")
    if name:
        return tr("row {row} ({name}): {why}").format(row=integer_text(row.row), name=name, why=why)
    return tr("row {row}: {why}").format(row=integer_text(row.row), why=why)


@dataclass
class GeocodingOutcome(Outcome):
    """The preview layer written, and the rows not placed (all of them, in file order); ``counts``: rows by
    ``preview_status``."""

    layer: LayerOutput
    total: int
    not_placed: List[GeocodedRow] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.counts:
            self.counts = {PLACED: self.total - len(self.not_placed), NOT_PLACED: len(self.not_placed)}

    def outputs(self) -> List[LayerOutput]:
        return [self.layer]

    @property
    def placed(self) -> int:
        return self.total - len(self.not_placed)

    def problems(self) -> str:
        """The rows not placed, each named (the first :data:`MAX_NAMED`), ``""`` when every row was."""
        if not self.not_placed:
            return ""
        named = [describe_row(r) for r in self.not_placed[:MAX_NAMED]]
        more = len(self.not_placed) - MAX_NAMED
        if more > 0:
            named.append((tr("and {n} more row (see the layer's preview_status column)") if takes_singular(more)
                          else tr("and {n} more rows (see the layer's preview_status column)")).format(
                n=integer_text(more)))
        if len(self.not_placed) == 1:
            return tr("Not geocoded: {rows}. This row is in the layer without a point: fix its address in the file "
                      "and preview again, or place it by hand.").format(rows=joined(named))
        return tr("Not geocoded: {rows}. These rows are in the layer without a point: fix their address in the "
                  "file and preview again, or place them by hand.").format(rows=joined(named))

    def summary(self) -> str:
        if takes_singular(self.total):
            text = tr("{placed} of {total} row geocoded: check the point (move it if it is wrong) before "
                      "screening this layer.")
        else:
            text = tr("{placed} of {total} rows geocoded: check the points (move any that is wrong) before "
                      "screening this layer.")
        text = text.format(placed=integer_text(self.placed), total=integer_text(self.total))
        problems = self.problems()
        return f"{text} {problems}" if problems else text


def _first_field(names: Sequence[str], keys: Sequence[str]) -> str:
    lower = {name.lower(): name for name in reversed(names)}
    return next((lower[key] for key in keys if key in lower), "")


def preview_maptip(names: Sequence[str]) -> str:
    """The preview's map tip: the row's name, whether Epoch placed it and why not (``preview_status``,
    ``preview_note``), and its address columns; a QGIS expression read from the row when shown (the file's text
    HTML-escaped, as :mod:`..styles.maptips` does), the labels in the user's language."""
    name = _first_field(names, NAME_KEYS)
    status = ex.words_of(STATUS_FIELD, {PLACED: tr("placed"), NOT_PLACED: tr("not placed")})
    head = f"<b>[% {ex.shown(ex.text_of(name))} %]</b><br>" if name else ""
    lines = [(tr("Geocoding"), status, ""), (tr("Note"), ex.text_of(REASON_FIELD), REASON_FIELD)]
    address = [field for field in names if field.lower() in ADDRESS_KEYS + PLACE_KEYS and field != name]
    lines += [(field, ex.text_of(field), field) for field in address]
    rows = []
    for label, value, when in lines:
        line = f"{ex.literal(label)} || {ex.literal(colon())} || ({value}) || '<br>'"  # French: "Note : ..."
        if when:
            line = f"CASE WHEN coalesce(to_string({ex.field_ref(when)}), '') <> '' THEN {line} ELSE '' END"
        rows.append(f"[% {line} %]")
    return head + "".join(rows)


def _style_preview(layer) -> None:
    """The facility points' style, the map tip, and the preview's own columns named and their values worded in the
    user's language in the attribute table and the form (stored as written: ``geocoded`` / ``not_geocoded``)."""
    from qgis.core import QgsEditorWidgetSetup

    apply_style(layer, KIND)
    names = {ROW_FIELD: tr("Row in the file"), STATUS_FIELD: tr("Geocoding"), REASON_FIELD: tr("Geocoding note")}
    for name, alias in names.items():
        index = layer.fields().indexOf(name)
        if index >= 0:
            layer.setFieldAlias(index, alias)
    index = layer.fields().indexOf(STATUS_FIELD)
    if index >= 0:
        layer.setEditorWidgetSetup(index, QgsEditorWidgetSetup("ValueMap", {"map": [
            {tr("placed"): PLACED}, {tr("not placed"): NOT_PLACED}]}))
    layer.setMapTipTemplate(preview_maptip(layer.fields().names()))


def preview_geocoding_to_gpkg(client: Any, path: Path, gpkg: Path, layer_name: str, *,
                              progress: Optional[Callable[[float], None]] = None,
                              cancel: Callable[[], bool] = lambda: False) -> GeocodingOutcome:
    """Geocode the file at ``path`` with ``/normalize_locations`` into ``layer_name`` of ``gpkg`` (replaced)."""
    path = check_file(path)
    upload = Upload.from_path(path)
    given = file_rows(path)

    def pieces_done(done: int, total: Optional[int]) -> None:
        if progress and total:
            progress(80.0 * done / total)

    if progress:
        progress(1)
    answers = list(normalize_locations(client, upload, progress=pieces_done, cancel=cancel))
    offsets = [n * DEFAULT_LIMIT for n in range(len(answers))]
    answer = complete(read_answer_rows(answers, offsets), given)
    if cancel():
        raise CancelledError()
    features = []
    for row in answer.rows:
        props = dict(row.properties)
        props.update({ROW_FIELD: row.row, STATUS_FIELD: PLACED if row.placed else NOT_PLACED,
                      REASON_FIELD: row.reason or None})
        geometry = {"type": "Point", "coordinates": row.point} if row.point else None
        features.append({"type": "Feature", "properties": props, "geometry": geometry})
    written = write_layer(iter(features), KIND, gpkg, layer_name, derive=False, cancel=cancel,
                          finish=lambda staged, name, aliases: store_style(staged, name, KIND,
                                                                           apply=_style_preview, aliases=aliases))
    if progress:
        progress(100)
    notes = joined([written.summary(), *answer.extra_notes])
    display = tr("Geocoded: {file}").format(file=path.name)
    return GeocodingOutcome(LayerOutput(Path(gpkg), layer_name, KIND, display, written.count, notes,
                                        style_stored=True),
                            len(answer.rows), answer.not_placed)
