"""Sentences that count say each number in its own form (one string per form, the language's plural rule), never
"feature(s)": the EU export's warnings and the jobs file's damage report, in English and in French."""

from epoch_eudr.core.jobs import CUT_SHORT, Damage
from epoch_eudr.layers.operations.jobs import damage_text
from epoch_eudr.layers.operations.traces_export import country_warning

from .helpers import speaking


def test_the_export_warning_counts_one_feature_and_several(qgis_app):
    one, many = country_warning(None, 1, 5, "Pais"), country_warning(None, 6, 0, "Pais")
    assert one.startswith("1 feature written without ProducerCountry (feature 5): its field 'Pais' is empty")
    assert many.startswith("6 features written without ProducerCountry (the first: feature 0): their field 'Pais'")
    assert "(s)" not in one + many


def test_the_jobs_damage_report_counts_in_french_as_french_does(qgis_app):
    one = ("Jobs", "The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new "
                   "list started with the {n} job still readable in it.")
    other = ("Jobs", "The file of submitted jobs could not be read whole ({why}): it was kept as {kept}, and a new "
                     "list started with the {n} jobs still readable in it.")
    words = {one: "UN {n} ({why}, {kept})", other: "PLUSIEURS {n} ({why}, {kept})",
             ("Jobs", "it was cut short"): "coupé"}
    with speaking("fr_FR", words):
        said = [damage_text(Damage("jobs.bak", CUT_SHORT, n)) for n in (0, 1, 2, 1500)]
    assert said == ["UN 0 (coupé, jobs.bak)", "UN 1 (coupé, jobs.bak)", "PLUSIEURS 2 (coupé, jobs.bak)",
                    "PLUSIEURS 1\u202f500 (coupé, jobs.bak)"]
