"""The check sample as a layer operation: read an assessments layer, draw the sample (:mod:`...core.check_sample`),
write the picked rows. The Processing algorithm ``epoch_eudr:check_sample`` and the dock's *Check sample* button
both call :func:`write_check_sample`, so they draw the same sample the same way.

Why a producer was picked is stored as data, not as a sentence: the sample gives ``sample_reason`` as a code
(``risk_order``, the highest Epoch risk first; ``random_pick``, drawn at random) and the numbers its sentence quotes
in fields of their own (``sample_position``, ``sample_share``, ``sample_status_key``, ``sample_nc_plots``,
``sample_nc_percent``, with ``sample_order``, ``sample_required``, ``sample_population``, ``sample_seed``; see
:mod:`...core.check_sample`). The map tip words it when shown, in the user's language (:mod:`..styles.maptips`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Dict, List, Optional, Sequence, Tuple

from ...core.check_sample import CheckSample, draw_check_sample
from ...core.result_rows import SOURCE_KEY
from ..inputs.features import feature_rows
from ..writer.gpkg_writer import WriteResult, write_layer

_SKIPPED_FIELDS = frozenset({"fid", "ogc_fid"})

Point = Tuple[float, float]


def read_rows(layer, selected_only: bool = False, cancel: Callable[[], bool] = lambda: False
              ) -> Tuple[List[Dict[str, Any]], List[Optional[dict]], List[Optional[Point]]]:
    """Rows (attributes as JSON values, the source id in ``epoch_source_fid``), GeoJSON geometries in
    EPSG:4326 and a (lon, lat) point per feature for the country lookup of rows without a country. ``layer``: a
    QGIS vector layer or a :class:`~..inputs.features.StoredLayer` (see :func:`~..inputs.features.feature_rows`)."""
    rows, geometries, points = [], [], []
    for row, geometry in feature_rows(layer, selected_only, cancel):
        geojson, point = None, None
        if geometry is not None:
            geojson = json.loads(geometry.asJson(7))
            centre = geometry.centroid().asPoint()
            point = (centre.x(), centre.y())
        rows.append(row)
        geometries.append(geojson)
        points.append(point)
    return rows, geometries, points


@dataclass
class SampleLayer:
    """What was written: the layer's rows, the sample drawn (per class: share, population, picked)."""

    written: WriteResult
    sample: CheckSample

    def classes(self) -> List[dict]:
        return [{"risk": c.risk, "share": c.share, "population": c.population, "required": c.required}
                for c in self.sample.classes.values() if c.population]


def write_check_sample(layer, gpkg: Path, layer_name: str, *, seed: int, random_share: float = 0.0,
                       selected_only: bool = False, cancel: Callable[[], bool] = lambda: False,
                       countries: Any = None) -> SampleLayer:
    """Draw the check sample of assessments ``layer`` (its selection with ``selected_only``) and write every row of
    the picked producers as ``layer_name`` of ``gpkg`` (any thread: a QGIS ``layer`` must belong to it; a
    :class:`~..inputs.features.StoredLayer` is read by GDAL in the caller's thread)."""
    rows, geometries, points = read_rows(layer, selected_only, cancel)
    sample = draw_check_sample(rows, seed, points=points, random_share=random_share, countries=countries)
    by_source = {row[SOURCE_KEY]: geometry for row, geometry in zip(rows, geometries)}
    features: Sequence[dict] = [{"type": "Feature", "geometry": by_source.get(row[SOURCE_KEY]), "properties": row}
                                for row in sample.rows]
    written = write_layer(features, "assessments", Path(gpkg), layer_name, cancel=cancel, derive=False)
    return SampleLayer(written, sample)
