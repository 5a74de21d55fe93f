"""The field report in French, its numbers and words: the map grid's labels with the locale's decimal separator
(as the tables write their numbers), Epoch's "invalid" worded, one sentence per noun form in the headings of the
plots to visit, and the run's status line joined as the translation says (French types a no-break space before
":" and ";")."""

import re

from epoch_eudr.layers.operations import epoch_api as ops
from epoch_eudr.layers.report.field_report import build_field_report, rows_of_layer
from qgis.core import QgsVectorLayer

from .test_field_report import needs_poppler, pdf_text

NBSP = "\u00a0"
BOA_VISTA, BORNEO = "Agropecuária Boa Vista", "Borneo Timber Export"
FRENCH = {
    ("ReportWords", "invalid geometry: nothing was scored"): "géométrie invalide : rien n'a été évalué",
    ("ReportWords", "{status}: no plots ({reason})"): f"{{status}}{NBSP}: aucune parcelle ({{reason}})",
    ("ReportLayout", "{value}°N"): "{value}°N", ("ReportLayout", "{value}°S"): "{value}°S",
    ("ReportLayout", "{value}°E"): "{value}°E", ("ReportLayout", "{value}°W"): "{value}°O",
    ("ReportBuild", "{first}; {second}"): f"{{first}}{NBSP}; {{second}}",
    ("ReportBuild", "{producer}: {note}"): f"{{producer}}{NBSP}: {{note}}",
    ("ReportData", "Plot to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the "
                   "map)"):
        f"Parcelle à visiter{NBSP}: {{n}} (non conforme, ou mise en doute par le second avis{NBSP}; numérotée comme "
        "sur la carte)",
    ("ReportData", "Plots to visit: {n} (Non-Compliant, or questioned by the second opinion; numbered as on the "
                   "map)"):
        f"Parcelles à visiter{NBSP}: {{n}} (non conformes, ou mises en doute par le second avis{NBSP}; numérotées "
        "comme sur la carte)",
    ("ReportData", "; {n} more plot on the next page"): f"{NBSP}; encore {{n}} parcelle sur la page suivante",
    ("ReportData", "; {n} more on the next page"): f"{NBSP}; encore {{n}} sur la page suivante",
    ("ReportData", "Plots to visit, continued: no. {number} of {total}"):
        f"Parcelles à visiter (suite){NBSP}: n° {{number}} sur {{total}}",
    ("ReportData", "Plots to visit, continued: no. {first} to {last} of {total}"):
        f"Parcelles à visiter (suite){NBSP}: n° {{first}} à {{last}} sur {{total}}",
    ("ReportData", "Plot to visit: its no. in the table ({n})"): "Parcelle à visiter, son n° dans le tableau ({n})",
    ("ReportLayout", "No."): "N°",
}


def test_headings_of_the_plots_to_visit_take_the_noun_form_of_their_count(in_french):
    from epoch_eudr.layers.report.data import continued_heading, visits_heading

    assert visits_heading(1, 15, 1).startswith(f"Parcelle à visiter{NBSP}: 1 (non conforme,")
    assert visits_heading(16, 15, 2).startswith(f"Parcelles à visiter{NBSP}: 16 (non conformes,")
    assert visits_heading(16, 15, 2).endswith(f"{NBSP}; encore 1 parcelle sur la page suivante")
    assert visits_heading(20, 15, 2).endswith(f"{NBSP}; encore 5 sur la page suivante")
    assert continued_heading(16, 16, 16) == f"Parcelles à visiter (suite){NBSP}: n° 16 sur 16"
    assert continued_heading(16, 71, 144) == f"Parcelles à visiter (suite){NBSP}: n° 16 à 71 sur 144"


@needs_poppler
def test_the_pdf_and_its_status_in_french(in_french, sandbox_server, tmp_path, monkeypatch):
    from epoch_eudr.core.api import EpochClient, PasswordCredentials
    from epoch_eudr.layers.report import field_report
    from epoch_eudr.sandbox import DEMO_EMAIL, DEMO_PASSWORD

    drilldown = field_report.drilldown_to_gpkg

    def noted(*args, **kwargs):  # a drill-down whose writer had something to say (as for a renamed property)
        drill = drilldown(*args, **kwargs)
        drill.layers[-1].notes = "a note from the writer"
        return drill

    monkeypatch.setattr(field_report, "drilldown_to_gpkg", noted)

    client = EpochClient(sandbox_server.url, PasswordCredentials(DEMO_EMAIL, DEMO_PASSWORD))
    ops.assessments_to_gpkg(client, tmp_path / "assessments.gpkg")
    layer = QgsVectorLayer(f"{tmp_path / 'assessments.gpkg'}|layername=assessments", "assessments", "ogr")
    rows = rows_of_layer(layer, expression=f"\"company_name\" IN ('{BOA_VISTA}', '{BORNEO}')")
    made = build_field_report(rows, tmp_path / "rapport.pdf", client=client)
    text = pdf_text(made.pdf)
    # the grid's labels: the locale's decimal comma, as the tables write their numbers (Boa Vista: 9.5°S, 63°W)
    assert re.search(r"\b9,\d{3}°S", text) and re.search(r"\b63,\d{3}°O", text), text[:2000]
    assert not re.search(r"\d\.\d{3}°", text)
    # the number of a plot to visit written with the French sign: the table's column, the legend, the headings
    assert "#" not in text, [line for line in text.splitlines() if "#" in line]
    assert re.search(r"^\s*N°\s+Plot", text, re.MULTILINE), text[:3000]
    assert "son n° dans le" in text and "numérotées comme sur la carte" in text  # the legend wraps there
    assert "Parcelles à visiter (suite) : n° 16 à " in text.replace(NBSP, " ")
    # Epoch's "invalid" worded in the user's language
    assert "aucune parcelle (géométrie invalide : rien n'a été évalué)" in text.replace(NBSP, " ")
    assert "(invalid)" not in text
    # the status line: each note after its producer, joined as the translation says
    summary = made.summary()
    notes = [note for note in made.notes if note]
    assert notes == [f"{name}{NBSP}: a note from the writer" for name in (BOA_VISTA, BORNEO)], notes
    assert summary.endswith(f"{NBSP}; {notes[0]}{NBSP}; {notes[1]}"), summary
