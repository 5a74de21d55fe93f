"""The field report's progress is the plugin's one progress type: given a share of a larger run (a
``core.operation.Progress`` step), it never leaves that share, never goes back, and ends at its top."""

from epoch_eudr.core.operation import Progress
from epoch_eudr.layers.report.field_report import build_field_report

from .test_field_report_plot_ids import _saved_drilldown

ROW = {"company_name": "Mine Coop", "commodity": "cocoa", "country_code": "GH", "collection_id": "0xmine",
       "legality_risk": "Low", "noncompliance_plot_count": 3, "locations_confidence": "high"}


def test_progress_within_its_share_of_a_run(qgis_app, tmp_path):
    saved = _saved_drilldown(tmp_path / "mine.gpkg", ["FAZ-001", "FAZ-002", None])
    seen = []
    whole = Progress(seen.append)
    build_field_report([ROW], tmp_path / "mine.pdf", drilldowns=saved, progress=whole.step(50, 100),
                       server_url="https://epoch-sco2-api.com")
    assert seen and all(50.0 <= value <= 100.0 for value in seen)
    assert seen == sorted(seen) and seen[-1] == 100.0
    assert 85.0 in seen  # the report's layers written: 70 % of its share


def test_a_plain_callable_gets_percent_of_the_report(qgis_app, tmp_path):
    saved = _saved_drilldown(tmp_path / "mine.gpkg", ["FAZ-001"])
    seen = []
    build_field_report([ROW], tmp_path / "mine.pdf", drilldowns=saved, progress=seen.append)
    assert seen[0] <= 60.0 and 70.0 in seen and seen[-1] == 100.0 and seen == sorted(seen)
