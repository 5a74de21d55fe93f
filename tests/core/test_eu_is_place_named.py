"""A refusal of a production place names the place once: the preflight's own sentence may start with the feature
("{feature}: a point stands for a plot of at most 4 ha ..."), and the statement's numbering (commodity, producer,
feature) then takes its place instead of coming before it."""

from epoch_eudr.core.eu_is.build import StatementForm, build_statement, preview

FORM = StatementForm(activity="DOMESTIC", hs_heading="1801", description="Cocoa beans", net_mass_kg="10")


def first_problem(props, geometry, fid=7):
    built = build_statement([(fid, {"ProducerName": "Coop B", "ProducerCountry": "CI", **props}, geometry)], FORM)
    problems = preview(built).problems
    assert problems
    return problems[0]


def test_a_finding_that_names_its_feature_names_it_once():
    found = first_problem({"Area": 12}, {"type": "Point", "coordinates": [-5.5, 6.5]})
    assert found.message == ("Commodity 1, producer 1 (Coop B), feature 7: a point stands for a plot of at most 4 ha, "
                             "but Area is 12.0 ha: draw the plot as a polygon.")
    assert found.message.lower().count("feature 7") == 1 and "Coop B" in found.message
    assert found.message.count("Coop B") == 1


def test_a_finding_without_the_feature_is_prefixed_with_the_place():
    bow_tie = {"type": "Polygon", "coordinates": [[[-5.5, 6.5], [-5.4, 6.6], [-5.4, 6.5], [-5.5, 6.6], [-5.5, 6.5]]]}
    found = first_problem({"Area": 1.0}, bow_tie, fid=3)
    assert found.message.startswith("Commodity 1, producer 1 (Coop B), feature 3: The outline crosses itself")
    assert found.message.lower().count("feature 3") == 1
