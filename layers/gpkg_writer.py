"""Stream result features into a GeoPackage layer without holding them in memory.

Rows are written one per line to a GeoJSONSeq file; GDAL then builds the layer
(casting every schema field to its type) in a temporary GeoPackage, which is
only then moved or copied into the destination. A cancelled or failed run
leaves the destination as it was.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, Iterable, List, Optional

from osgeo import gdal

from ..core.api.errors import CancelledError
from ..core.derive import SCHEMAS, derive_row, facility_point, with_maptip

gdal.UseExceptions()

GEOMETRY_TYPES = {"assessments": "POINT", "facilities": "POINT", "plots": "MULTIPOLYGON",
                  "screened_plots": "MULTIPOLYGON", "outline": "MULTIPOLYGON", "facility_point": "POINT"}
_CASTS = {"integer": "integer", "real": "float", "datetime": "timestamp"}  # strings: inferred, unbounded


class LayerWriteError(Exception):
    """The GeoPackage layer could not be written; the message says why and what to do."""


@dataclass
class WriteResult:
    path: Path
    layer_name: str
    count: int


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


def _geometry_for(kind: str, feature: Dict[str, Any], props: Dict[str, Any]) -> Optional[Dict[str, Any]]:
    geometry = feature.get("geometry") or None
    if kind == "assessments":  # facility points (seed 000): geometry, else facility_geo, else the shed centre
        point = facility_point(props)
        if point:
            return {"type": "Point", "coordinates": list(point)}
        if geometry and geometry.get("type") != "Point":
            return _bbox_center(geometry)
    return geometry


def _select_sql(kind: str, source_layer: str, keys: List[str]) -> str:
    typed = {name: kind_ for name, kind_, _ in SCHEMAS.get(kind, [])}
    columns = []
    for key in keys:
        quoted = '"' + key.replace('"', '""') + '"'
        cast = _CASTS.get(typed.get(key, ""))
        columns.append(f"CAST({quoted} AS {cast}) AS {quoted}" if cast else quoted)
    return f'SELECT {", ".join(columns)} FROM "{source_layer}"'


def write_layer(features: Iterable[Dict[str, Any]], kind: str, gpkg_path: Path, layer_name: str, *,
                progress: Optional[Callable[[int], None]] = None, cancel: Optional[Callable[[], bool]] = None,
                derive: bool = True) -> WriteResult:
    """Write ``features`` (API GeoJSON features) as layer ``layer_name`` of ``gpkg_path``."""
    gpkg_path = Path(gpkg_path)
    try:
        gpkg_path.parent.mkdir(parents=True, exist_ok=True)
        workdir = Path(tempfile.mkdtemp(prefix=".epoch-", dir=gpkg_path.parent))
    except OSError as exc:
        raise LayerWriteError(f"Cannot write in {gpkg_path.parent}: {exc.strerror}. Choose another folder.") from None
    try:
        seq = workdir / "rows.geojsonl"
        keys: Dict[str, None] = {name: None for name, _, _ in SCHEMAS.get(kind, [])}
        count = 0
        with open(seq, "w", encoding="utf-8") as out:
            for feature in features:
                props = feature.get("properties") or {}
                has_geometry = bool(feature.get("geometry"))
                row = with_maptip(kind, derive_row(kind, props, has_geometry), has_geometry) if derive else dict(props)
                geometry = _geometry_for(kind, feature, row)
                for key in row:
                    if key not in keys:
                        keys[key] = None
                out.write(json.dumps({"type": "Feature", "properties": row, "geometry": geometry},
                                     separators=(",", ":")))
                out.write("\n")
                count += 1
                if count % 2000 == 0:
                    if cancel is not None and cancel():
                        raise CancelledError()
                    if progress:
                        progress(count)
        if cancel is not None and cancel():
            raise CancelledError()
        staged = workdir / "staged.gpkg"
        if count:
            options = gdal.VectorTranslateOptions(
                format="GPKG", layerName=layer_name, SQLStatement=_select_sql(kind, "rows", list(keys)),
                SQLDialect="OGRSQL", geometryType=GEOMETRY_TYPES.get(kind, "PROMOTE_TO_MULTI"), dstSRS="EPSG:4326",
                layerCreationOptions=["SPATIAL_INDEX=YES"])
            gdal.VectorTranslate(str(staged), str(seq), options=options)
        else:
            _empty_layer(staged, kind, layer_name)
        _install(staged, gpkg_path, layer_name)
        return WriteResult(gpkg_path, layer_name, count)
    except CancelledError:
        raise
    except (RuntimeError, OSError) as exc:
        raise LayerWriteError(f"Could not write layer '{layer_name}' to {gpkg_path}: {exc}") from None
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


def _empty_layer(staged: Path, kind: str, layer_name: str) -> None:
    from osgeo import ogr, osr

    types = {"string": ogr.OFTString, "integer": ogr.OFTInteger64, "real": ogr.OFTReal, "datetime": ogr.OFTDateTime}
    geom = {"POINT": ogr.wkbPoint, "MULTIPOLYGON": ogr.wkbMultiPolygon}[GEOMETRY_TYPES.get(kind, "MULTIPOLYGON")]
    srs = osr.SpatialReference()
    srs.ImportFromEPSG(4326)
    dataset = ogr.GetDriverByName("GPKG").CreateDataSource(str(staged))
    layer = dataset.CreateLayer(layer_name, srs, geom)
    for name, kind_, _ in SCHEMAS.get(kind, []):
        layer.CreateField(ogr.FieldDefn(name, types[kind_]))
    layer.CreateField(ogr.FieldDefn("maptip_html", ogr.OFTString))
    dataset = None  # noqa: F841 (closes the file)


def _install(staged: Path, target: Path, layer_name: str) -> None:
    """Move the staged file into place, or copy its layer into an existing GeoPackage."""
    if not target.exists():
        os.replace(staged, target)
        return
    options = gdal.VectorTranslateOptions(format="GPKG", accessMode="overwrite", layerName=layer_name)
    gdal.VectorTranslate(str(target), str(staged), options=options)
