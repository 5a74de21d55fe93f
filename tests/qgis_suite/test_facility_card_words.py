"""The facility card in French: the status line after a check and the headline say the score and the point with
the locale's decimal separator, the level as the headline words it, each count in its noun form, and the "; "
between sentences from the translation (French types a no-break space before ":" and ";")."""


from .dock_driver import click, wait_until
from .helpers_fakes import KeySession
from .test_facility_check import BANGKOK

NBSP = "\u00a0"
FRENCH = {
    # the status line: said in one place for the card and Processing's log (facility_checks.check_summary)
    ("FacilityChecks", "Facility checked at {point}: {level} ({score})"):
        f"Site vérifié à {{point}}{NBSP}: {{level}} ({{score}})",
    ("Explanations", "; "): f"{NBSP}; ",
    ("FacilityChecks", "{n} check kept"): "{n} vérification conservée",
    ("FacilityChecks", "{n} checks kept"): "{n} vérifications conservées",
    ("FacilityChecks", "{n} legality source"): "{n} source de légalité",
    ("FacilityChecks", "{n} legality sources"): "{n} sources de légalité",
    # the card's own lines
    ("FacilityCard", "{first}; {second}"): f"{{first}}{NBSP}; {{second}}",
    ("FacilityCard", "{n} source"): "{n} source",
    ("FacilityCard", "{n} sources"): "{n} sources",
    ("FacilityCard", "Legality risk (Article 10): {level} ({score})"):
        f"Risque de légalité (article 10){NBSP}: {{level}} ({{score}})",
    ("FacilityCard", "Medium"): "Moyen",
    ("FacilityCard", "{name} — score {score}, {level}"): "{name} — score {score}, {level}",
    # each source's line: the relevance tier and the risk signal are Epoch's English words, shown in French
    ("FacilityCard", "Risk signal: {signal}; relevance: {relevance}"):
        f"Signal de risque{NBSP}: {{signal}}{NBSP}; pertinence{NBSP}: {{relevance}}",
    ("LegalityWords", "deforestation"): "déforestation",
    ("LegalityWords", "regional"): "régionale",
    ("LegalityWords", "corruption"): "corruption",
    ("LegalityWords", "national"): "nationale",
    # a point refused: said with the locale's numbers
    ("FacilityChecks", "{point} is at sea (no country there on the world map): a facility is on land. "
                       "Click on the facility's site."): "{point} est en mer.",
    ("FacilityChecks", "{point} is outside the world's coordinates (longitude -180 to 180, latitude -90 to 90): "
                       "click on land, or type longitude, latitude in WGS 84."): "{point} hors du monde.",
}


def test_the_card_says_the_check_in_french(dock, fake_epoch, in_french):
    screening = dock.screening
    screening.location_combo.setCurrentIndex(screening.location_combo.findData("facility"))
    screening.facility_boxes["include_legality_check"].setChecked(True)
    card = screening.facility_card
    card.session = KeySession(fake_epoch)
    card.coordinates.setText(f"{BANGKOK[0]}, {BANGKOK[1]}")
    click(card.check_button)
    wait_until(lambda: card.row and "Site vérifié" in card.status.text())
    status = card.status.text()
    assert status == (f"Site vérifié à 100,50180; 13,75630{NBSP}: Moyen (0,65){NBSP}; 2 sources de légalité"
                      f"{NBSP}; 1 vérification conservée"), status
    assert "(s)" not in status and "medium" not in status
    assert "0,65" in card.headline.text() and "Moyen" in card.headline.text()
    assert card.legality.text().startswith(f"Risque de légalité (article 10){NBSP}: Moyen (0,45){NBSP}; 2 sources")
    assert all("." not in line.split()[0] for line in card.penalties.text().splitlines()[1:])
    first, second = card.source_texts
    assert f"Signal de risque{NBSP}: déforestation{NBSP}; pertinence{NBSP}: régionale" in first, first
    assert f"Signal de risque{NBSP}: corruption{NBSP}; pertinence{NBSP}: nationale" in second, second
    assert "regional" not in first.lower().replace("régionale", "")


def test_a_point_typed_with_decimal_commas_is_the_point_asked(dock, fake_epoch, in_french):
    from .helpers_fakes import FacilityAnswers

    card = dock.screening.facility_card
    card.session = KeySession(fake_epoch)
    for typed in ("-1,6244; 6,6885", "-1,6244 6,6885", "-1,6244, 6,6885"):
        card.coordinates.setText(typed)
        click(card.check_button)
        wait_until(lambda: not card.task_bar.busy() and FacilityAnswers.asked)
        assert FacilityAnswers.asked.pop()[1]["geometry"] == "POINT(-1.6244 6.6885)", typed
    card.coordinates.setText("-1,6,2, 6,6")  # not two numbers: said, nothing asked
    click(card.check_button)
    assert not FacilityAnswers.asked and not card.task_bar.busy()
    assert card.status.text().endswith("100,501800; 13,756300."), card.status.text()  # the example as typed here


def test_a_point_picked_on_the_map_is_written_in_french_numbers_and_read_back(dock, fake_epoch, in_french):
    from .helpers_fakes import FacilityAnswers
    from .test_facility_check import _click_map, _mercator_canvas

    card = dock.screening.facility_card
    card.session = KeySession(fake_epoch)
    canvas = _mercator_canvas(dock, *BANGKOK)
    click(card.pick_button)
    meant = _click_map(canvas, *BANGKOK)
    wait_until(lambda: FacilityAnswers.asked and not card.task_bar.busy())
    shown = card.coordinates.text()
    assert shown == f"{meant.x():.6f}; {meant.y():.6f}".replace(".", ","), shown
    click(card.check_button)  # the field as it stands: the same point asked again (to the 6 decimals shown)
    wait_until(lambda: len(FacilityAnswers.asked) == 2 and not card.task_bar.busy())
    again = FacilityAnswers.asked[1][1]["geometry"]
    assert again == f"POINT({round(meant.x(), 6)!r} {round(meant.y(), 6)!r})", again


def test_a_point_refused_is_said_with_french_numbers(dock, fake_epoch, in_french):
    from .helpers_fakes import FacilityAnswers

    card = dock.screening.facility_card
    card.session = KeySession(fake_epoch)
    # the point as the field writes it: a comma between two French numbers would read as four
    for typed, said in (("-30,5; 40", "-30,50000; 40,00000 est en mer."),
                        ("200; 10,25", "200,00000; 10,25000 hors du monde.")):
        card.coordinates.setText(typed)
        click(card.check_button)
        assert card.status.text() == said
    assert not FacilityAnswers.asked


def test_a_refused_point_takes_the_card_of_the_point_before_away(dock, fake_epoch, in_french):
    """A facility checked, then a point at sea: the refusal is said alone, not above the last facility's card."""
    card = dock.screening.facility_card
    card.session = KeySession(fake_epoch)
    card.coordinates.setText("100,5018; 13,7563")
    click(card.check_button)
    wait_until(lambda: not card.task_bar.busy() and card.headline.isVisibleTo(card))
    card.coordinates.setText("-30,5; 40")
    click(card.check_button)
    assert "est en mer" in card.status.text()
    assert not any(w.isVisibleTo(card) for w in (card.headline, card.penalties, card.legality, card.sources_label))
