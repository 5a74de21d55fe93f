"""Stream result features into a GeoPackage layer without holding them in memory.

Rows are collected in parts; GDAL builds the layer from the first part (written as a
GeoJSONSeq file, every schema field cast to its type) in a temporary GeoPackage, and
each later part whose values fit the columns as they are is inserted in one SQLite
transaction (``gpkg_append``; any other part goes through GDAL the same way). The file is
only then moved into place or swapped in, in one transaction (``gpkg_install``).
A cancelled, failed or killed run leaves the destination as it was.

Nothing vanishes silently: a feature that cannot be written (properties that are
not an object, a geometry nested deeper than GeoJSON allows, one GDAL refuses) is
counted with its line number and reason, like the stream's malformed lines, and
the count reported is the number of rows in the written layer. Property names
GDAL cannot take as they are (a double quote, ``fid``, ``geom``, a name differing
only in case from another) are renamed, never fatal, and said in the layer's notes.
A property named like one of Epoch's own columns of the kind but for its case (a
plot's ``Area`` beside Epoch's ``area``) is kept as ``Area_2`` without a note, as
expected (every load of such data would say it again); the name it came with is
the column's alias in the layer's style (``finish``'s ``aliases``).
"""

from __future__ import annotations

import gc
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Tuple

from osgeo import gdal
from qgis.PyQt.QtCore import QCoreApplication

from ...core.api.errors import CancelledError
from ...core.api.feature_line import RawJson, first_position, load_geometry
from ...core.api.ndjson import MalformedLine, describe_skipped
from ...core.gpkg.append import Part
from ...core.result_rows import countries_of, derive_row, facility_point
from .gpkg_install import LayerWriteError, explain, install, release, staging_dir
from .part_writer import PART_FEATURES, PartConverter, Refused, geometry_text, kind_spec


def tr(text: str) -> str:
    return QCoreApplication.translate("GpkgWriter", text)


__all__ = ["LayerWriteError", "WriteResult", "staging_dir", "write_layer"]

gdal.UseExceptions()

@dataclass
class WriteResult:
    """``count``: rows in the written layer. ``skipped``: what was not written (up to 100 kept),
    ``skipped_count`` all of them; ``notes``: renamed or dropped property names, a stream cut at its limit;
    ``kept_beside``: column -> property name, of the properties kept beside Epoch's own column of their name
    but for its case (not in ``notes``: see the module's doc)."""

    path: Path
    layer_name: str
    count: int
    skipped: List[MalformedLine] = field(default_factory=list)
    skipped_count: int = 0
    notes: List[str] = field(default_factory=list)
    kept_beside: Dict[str, str] = field(default_factory=dict)

    def summary(self) -> str:
        """What was not written, and why, in one sentence (``""`` when everything was)."""
        parts = [describe_skipped(self.skipped, self.skipped_count)] if self.skipped_count else []
        return "; ".join(parts + self.notes)


MAX_COLUMNS = 1000  # SQLite allows 2,000; a server inventing a new property name per row stops here
_RESERVED = frozenset({"fid", "geom", "ogc_fid", "ogr_fid", "ogr_geometry", "ogr_style", "ogr_geom_wkt",
                       "ogr_geom_area"})
_ODD_CHARACTERS = re.compile(r'["\x00-\x1f\x7f]')


class _Columns:
    """Property names to column names: most are kept as they are; the odd ones are renamed, once."""

    def __init__(self, kind: str, limit: int = MAX_COLUMNS) -> None:
        self.names: Dict[str, str] = {}  # property -> column
        self._taken: set = set()  # lower-case column names (GeoPackage columns ignore case)
        self.renamed: Dict[str, str] = {}  # every property written under another name (rows are mapped by it)
        #: of those, the ones renamed only because Epoch's own column of the kind has their name but for its case
        self.kept_beside: Dict[str, str] = {}
        self.dropped = 0
        self._dropped_names: set = set()
        self._limit = limit
        self._own: set = set()
        for name, _, _ in kind_spec(kind).fields:
            self.add(name)
        self._own = {name.lower() for name, _, _ in kind_spec(kind).fields}

    def add(self, key: str) -> Optional[str]:
        if key in self.names:
            return self.names[key]
        if len(self.names) >= self._limit:
            if key not in self._dropped_names and len(self._dropped_names) < 100_000:
                self._dropped_names.add(key)
                self.dropped += 1
            return None
        column = _ODD_CHARACTERS.sub("_", str(key)).strip()[:128] or "unnamed"
        if column.lower() in _RESERVED:
            column += "_"
        twin = column == key and key.lower() in self._own  # fine as it is but for Epoch's column of its name
        base, n = column, 2
        while column.lower() in self._taken:
            column, n = f"{base}_{n}", n + 1
        self._taken.add(column.lower())
        self.names[key] = column
        if column != key:
            self.renamed[key] = column
            if twin:
                self.kept_beside[key] = column
        return column

    def row(self, row: Dict[str, Any]) -> Dict[str, Any]:
        """``row`` with its keys as column names (the same dict when nothing changes, the usual case)."""
        if row.keys() <= self.names.keys() and (not self.renamed or self.renamed.keys().isdisjoint(row)):
            return row
        out = {}
        for key, value in row.items():
            column = self.add(key)
            if column is not None:
                out[column] = value
        return out

    def notes(self) -> List[str]:
        """What was changed in the property names, in the user's language (one sentence per plural form)."""
        from ..words.language import integer_text, takes_singular

        notes = []
        renamed = {k: v for k, v in self.renamed.items() if k not in self.kept_beside}  # those: expected, unsaid
        if renamed:
            pairs = tr(", ").join(tr("'{name}' as '{column}'").format(name=k, column=v)
                                  for k, v in list(renamed.items())[:3])
            count = len(renamed)
            if count > 3:
                pairs = tr("{names} and {n} more").format(names=pairs, n=integer_text(count - 3))
            one = takes_singular(count)
            notes.append((tr("{n} property name renamed for the GeoPackage: {names}") if one else
                          tr("{n} property names renamed for the GeoPackage: {names}")).format(
                n=integer_text(count), names=pairs))
        if self.dropped:
            notes.append((tr("{n} more property name not kept (a layer holds at most {limit} columns)")
                          if takes_singular(self.dropped) else
                          tr("{n} more property names not kept (a layer holds at most {limit} columns)")).format(
                n=integer_text(self.dropped), limit=integer_text(self._limit)))
        return notes


def _bbox_center(geometry: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    xs, ys = [], []

    def walk(coords):
        if coords and isinstance(coords[0], (int, float)):
            xs.append(coords[0])
            ys.append(coords[1])
        else:
            for c in coords or []:
                walk(c)

    walk(geometry.get("coordinates"))
    if not xs:
        return None
    return {"type": "Point", "coordinates": [(min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2]}


def _facility_geometry(props: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    """An assessment's facility point (the Epoch dashboard guide's ``facility_geo``, in the row or its
    metadata), or ``None``."""
    point = facility_point(props)
    return {"type": "Point", "coordinates": list(point)} if point else None


def _shed_geometry(geometry: Optional[Dict[str, Any]]) -> Optional[Dict[str, Any]]:
    """An assessment without a facility point: its own point, else the centre of its supply shed's box."""
    if geometry and geometry.get("type") != "Point":
        return _bbox_center(geometry)
    return geometry


_POINT_TYPE = re.compile(r'"type"\s*:\s*"(Multi)?Point"')


def _is_point(geometry: Any) -> bool:
    """Whether a geometry (a dict, or the raw JSON text it arrived as) is a Point or MultiPoint."""
    if isinstance(geometry, RawJson):
        return bool(_POINT_TYPE.search(str(geometry)))
    return isinstance(geometry, dict) and geometry.get("type") in ("Point", "MultiPoint")


class _Rows:
    """Turns API features into GeoJSONSeq lines, refusing (with the reason) those that cannot be written."""

    def __init__(self, kind: str, derive: bool, converter: PartConverter, producer_country: Any = None) -> None:
        self.kind, self.derive, self.converter = kind, derive, converter
        self.producer_country = producer_country
        self.point_geometry = kind_spec(kind).point_geometry
        self.columns = _Columns(kind)
        self.refused: List[MalformedLine] = []
        self.refused_count = 0
        self.first = True

    def refuse(self, line_no: int, reason: str, unit: str) -> None:
        self.refused_count += 1
        if len(self.refused) < 100:
            self.refused.append(MalformedLine(line_no, reason, "", unit))

    def countries(self, features: List[Any]) -> Tuple[Any, List[Any]]:
        """The country index of a batch of drill-down plots, their points looked up at once, and each one's
        point (a vertex: where the plot lies); ``None`` and no points for any other rows."""
        if not self.derive or self.kind != "plots":
            return None, [None] * len(features)
        points = [first_position(f.get("geometry") or None) if isinstance(f, dict) else None for f in features]
        return countries_of(points), points

    def line(self, feature: Any, countries: Any = None, point: Any = None) -> Tuple[Dict[str, Any], Any]:
        """The row of ``feature`` and its geometry (as it came, or made: a point), checked as GDAL will take it
        (:func:`geometry_text`); :class:`Refused` if it cannot be written.
        ``countries``, ``point``: :meth:`countries` of the batch holding ``feature``, and its point there."""
        if not isinstance(feature, dict):
            raise Refused("not a GeoJSON Feature")
        props = feature.get("properties")
        props = {} if props is None else props
        if not isinstance(props, dict):
            raise Refused("its properties are not a JSON object")
        geometry = feature.get("geometry") or None
        if geometry is not None and not isinstance(geometry, (dict, RawJson)):
            raise Refused("its geometry is not a GeoJSON geometry object")
        if self.first and self.point_geometry and _is_point(geometry):
            self.converter.geometry_type = self.point_geometry  # plots given as points (EU: plots of 4 ha or less)
        self.first = False
        kind = self.kind
        if self.derive:
            row = derive_row(kind, props, bool(geometry), point=point, producer_country=self.producer_country,
                             countries=countries)
        else:
            row = dict(props)
        if kind == "assessments":
            point = _facility_geometry(row)
            if point is not None:  # two numbers in range, made here: nothing GDAL could refuse, no text to check
                return self.columns.row(row), point
            geometry = _shed_geometry(load_geometry(geometry) or None)
        geometry_text(geometry)  # refuses here, with the feature's line, what GDAL could not take
        return self.columns.row(row), geometry


#: ``write_layer``'s ``finish(staged_gpkg, layer_name, aliases)`` (see there)
Finish = Callable[[Path, str, Dict[str, str]], None]

BATCH = 1000  # features derived together (their countries found in one query); progress and cancel between


def _batches(features: Iterable[Any], from_stream: bool) -> Iterator[List[Tuple[int, Any]]]:
    """(source line or feature number, feature) in lists of :data:`BATCH`."""
    batch: List[Tuple[int, Any]] = []
    for number, feature in enumerate(features, 1):
        batch.append((features.line_no if from_stream else number, feature))  # type: ignore[attr-defined]
        if len(batch) >= BATCH:
            yield batch
            batch = []
    if batch:
        yield batch


def write_layer(features: Iterable[Dict[str, Any]], kind: str, gpkg_path: Path, layer_name: str, *,
                progress: Optional[Callable[[int], None]] = None, cancel: Optional[Callable[[], bool]] = None,
                derive: bool = True, part_features: int = PART_FEATURES,
                producer_country: Any = None, finish: Optional[Finish] = None) -> WriteResult:
    """Write ``features`` (API GeoJSON features) as layer ``layer_name`` of ``gpkg_path``.

    ``finish(staged_gpkg, layer_name, aliases)``: called once the rows are in the staged file, before it is
    installed; what it stores there for the layer (its style, in ``layer_styles``) arrives with the layer in one
    step, so a full disk or a kill never leaves a new layer without it. ``aliases`` (column -> property name;
    ``{}`` most often): the properties kept beside Epoch's own column of their name but for its case, for the
    style to show them by the name they came with.

    ``producer_country``: the country of the producer whose plots these are (drill-down plots do not
    carry it), the second opinion's last resort after each plot's own field and location.

    ``features`` may be a :class:`~..core.api.streams.FeatureStream` (rows are then numbered by
    their line in the answer, and its skipped lines are reported with the writer's) or any iterable
    (numbered ``feature 1``, ``feature 2``...).
    """
    gpkg_path = Path(gpkg_path)
    workdir = staging_dir(gpkg_path, ".epoch-")
    keep_raw = getattr(features, "keep_geometry_raw", None)
    if callable(keep_raw) and kind != "assessments":
        keep_raw()  # geometry goes to GDAL untouched: no Python floats for 100,000 polygons
    from_stream = hasattr(features, "line_no")
    unit = "line" if from_stream else "feature"
    staged = workdir / "staged.gpkg"
    converter = PartConverter(staged, kind, layer_name, index=not gpkg_path.exists())
    rows = _Rows(kind, derive, converter, producer_country)
    # Python's cycle collector scans every object QGIS holds each time the rows' short-lived objects add up:
    # with those set aside (frozen) until the layer is written, its pauses (up to 80 ms, holding the main
    # thread) and about a tenth of the time go
    gc.freeze()
    try:
        seen = 0
        part = Part(1, unit)
        for batch in _batches(features, from_stream):
            countries, points = rows.countries([feature for _, feature in batch])
            for (line_no, feature), point in zip(batch, points):
                seen += 1
                try:
                    row, geometry = rows.line(feature, countries, point)
                except Refused as refusal:
                    rows.refuse(line_no, str(refusal), unit)
                    continue
                except (ArithmeticError, LookupError, ValueError, TypeError, AttributeError, RecursionError) as exc:
                    rows.refuse(line_no, f"could not be read ({type(exc).__name__})", unit)
                    continue
                part.add(row, geometry, line_no)
                # a small first part, so that GDAL starts early
                if len(part) >= (part_features // 4 if part.number == 1 else part_features):
                    converter.submit(part)
                    part = Part(part.number + 1, unit)
            if cancel is not None and cancel():
                raise CancelledError()
            if progress:
                progress(seen)
        if len(part):
            converter.submit(part)
        if cancel is not None and cancel():
            raise CancelledError()
        converter.close()
        if not converter.count:
            staged.unlink(missing_ok=True)
            _empty_layer(staged, kind, layer_name)
        if finish is not None:
            finish(staged, layer_name, _kept_beside(rows.columns))
        install(staged, gpkg_path, layer_name)
        return _result(gpkg_path, layer_name, converter, rows, features)
    except (CancelledError, LayerWriteError):
        raise
    except (RuntimeError, OSError) as exc:  # a full disk, a lock: said in words, the destination as it was
        raise LayerWriteError(explain(exc, gpkg_path, layer_name, converter.messages)) from None
    finally:
        gc.unfreeze()
        converter.abort()
        release(workdir)


def _result(gpkg_path: Path, layer_name: str, converter: PartConverter, rows: _Rows, features: Any) -> WriteResult:
    """The rows in the layer, and everything that was not written: the stream's lines, ours, GDAL's."""
    skipped = list(getattr(features, "skipped", None) or []) + rows.refused + converter.refused
    skipped.sort(key=lambda item: item.line_no)
    count = int(getattr(features, "skipped_count", 0) or 0) + rows.refused_count + converter.refused_count
    notes = rows.columns.notes()
    stream_notes = getattr(features, "notes", None)  # a FeatureStream: lines read with U+FFFD, a truncation
    notes.extend(stream_notes() if callable(stream_notes) else [])
    return WriteResult(gpkg_path, layer_name, converter.count, skipped[:100], count, notes,
                       _kept_beside(rows.columns))


def _kept_beside(columns: _Columns) -> Dict[str, str]:
    """Column -> property name of the properties kept beside Epoch's own column of their name but for its case."""
    return {column: key for key, column in columns.kept_beside.items()}


def _empty_layer(staged: Path, kind: str, layer_name: str) -> None:
    from osgeo import ogr, osr

    types = {"string": ogr.OFTString, "integer": ogr.OFTInteger64, "real": ogr.OFTReal, "datetime": ogr.OFTDateTime}
    spec = kind_spec(kind)
    geom = {"POINT": ogr.wkbPoint, "MULTIPOINT": ogr.wkbMultiPoint}.get(spec.geometry, ogr.wkbMultiPolygon)
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(staged))
    layer = dataset.CreateLayer(layer_name, srs, geom)
    for name, kind_, _ in spec.fields:
        layer.CreateField(ogr.FieldDefn(name, types[kind_]))
    dataset = None  # noqa: F841 (closes the file)
