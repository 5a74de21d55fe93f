"""The field report's map page as a reader sees it: the grid's degree labels never drawn over one another (at the
map's lower-left corner a latitude and a longitude label would meet), and the legend's outline entry saying what
the section's outline is: a supply shed for a Supply Shed assessment, the assessed area for a Direct Plots one."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.operations.epoch_api import wait_for_collection

REPO = Path(__file__).resolve().parents[2]
SAMPLE = REPO / "resources" / "sample" / "sample_plots.geojson"
SAWIT = "PT Sawit Lestari Makmur"
DEGREES = re.compile(r"^\d+[.,]\d+°[NSEW]$")

pytestmark = pytest.mark.skipif(not (shutil.which("pdftotext") and shutil.which("pdftoppm")),
                                reason="poppler-utils (pdftotext) is not installed")


@pytest.fixture
def report(processing, client, env_login, tmp_path):
    """A report on PT Sawit's palm (a Supply Shed assessment) and the bundled sample plots submitted as one
    collection (a Direct Plots assessment), made by epoch_eudr:field_report."""
    collection = json.loads(SAMPLE.read_text(encoding="utf-8"))
    job = client.batch_process(collection, "legend sample", "coffee", force_reprocess=True)
    assert wait_for_collection(client, job.collection_id, 30, first_delay=0.2)
    gpkg = tmp_path / "assessments.gpkg"
    ops.assessments_to_gpkg(client, gpkg)
    pdf = tmp_path / "report.pdf"
    chosen = f"(\"company_name\" = '{SAWIT}' AND \"commodity\" = 'palm') OR \"collection_id\" = '{job.collection_id}'"
    result = processing.run("epoch_eudr:field_report", {
        "ASSESSMENTS": f"{gpkg}|layername=assessments", "FILTER": chosen, "OUTPUT_PDF": str(pdf),
        "OUTPUT_FOLDER": str(tmp_path / "qfield")})
    assert result["SECTIONS"] == 2
    return pdf, result["PAGES"]


def page_text(pdf, page):
    return subprocess.run(["pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout


def words(pdf, page):
    """(text, xmin, ymin, xmax, ymax) of each word of a page, as poppler places them."""
    html = subprocess.run(["pdftotext", "-bbox", "-f", str(page), "-l", str(page), str(pdf), "-"],
                          check=True, capture_output=True, text=True).stdout
    found = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)</word>', html)
    return [(text, float(a), float(b), float(c), float(d)) for a, b, c, d, text in found]


def overlap(one, other):
    return one[1] < other[3] and other[1] < one[3] and one[2] < other[4] and other[2] < one[4]


def test_map_grid_labels_never_overlap_and_the_outline_legend_follows_the_section(report):
    pdf, pages = report
    overviews = [page for page in range(1, pages + 1) if "Where it is" in page_text(pdf, page)]
    assert len(overviews) == 2
    kinds = {}
    for page in overviews:
        text = page_text(pdf, page)
        kinds["shed" if SAWIT in text else "plots"] = text
        labels = [word for word in words(pdf, page) if DEGREES.match(word[0])]
        assert len(labels) >= 4, labels  # the grid is labelled on two sides
        clashes = [(a[0], b[0]) for i, a in enumerate(labels) for b in labels[i + 1:] if overlap(a, b)]
        assert not clashes, (page, clashes)
    assert "Supply-shed outline" in kinds["shed"]
    assert "Supply-shed outline" not in kinds["plots"]  # a Direct Plots assessment has no supply shed
    assert "Assessed area outline" in kinds["plots"]
