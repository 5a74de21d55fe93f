"""The HS headings of Annex I of Regulation (EU) 2023/1115, per commodity: the one place to update them.

Source: Regulation (EU) 2023/1115 of 31 May 2023, Annex I ("Relevant commodities and relevant products"), OJ L
150, 9.6.2023, p. 206, as it stands after Regulation (EU) 2024/3234 and Regulation (EU) 2025/2650 (which
changed the dates and the obligations of downstream operators, not the list). Table checked on 2026-06-01.
Entries marked "ex" in the Annex cover only part of a heading (e.g. ex 4104: bovine leather only); they are
kept here by their digits, with that note in the description. Commodity names are those of
:mod:`~epoch_eudr.core.commodities` (``timber`` is the Annex's "wood", ``palm`` its "oil palm", ``soy`` its
"soya").

The statement's ``hsHeading`` is 2 to 6 digits (``HSHeadingType`` of the V3 schema): a heading is accepted when
it is an Annex entry, a subdivision of one (``440711`` under ``4407``), or a 4-digit heading of which the Annex
lists subheadings (``0102`` for ``010221``/``010229``).
"""

from __future__ import annotations

import re
from typing import Dict, List, Optional, Tuple

#: Date of the check of this table against the Official Journal (update with the table).
CHECKED_ON = "2026-06-01"
SOURCE = "Regulation (EU) 2023/1115, Annex I"

#: commodity -> ((HS digits, description), ...) in the Annex's order.
ANNEX_I: Dict[str, Tuple[Tuple[str, str], ...]] = {
    "cattle": (
        ("010221", "Live cattle, pure-bred breeding animals"), ("010229", "Live cattle, other"),
        ("0201", "Meat of bovine animals, fresh or chilled"), ("0202", "Meat of bovine animals, frozen"),
        ("020610", "Edible offal of bovine animals, fresh or chilled"),
        ("020622", "Edible bovine livers, frozen"), ("020629", "Edible offal of bovine animals, frozen, other"),
        ("160250", "Prepared or preserved meat, offal or blood, of bovine animals"),
        ("4101", "Raw hides and skins of bovine animals (ex)"),
        ("4104", "Tanned or crust hides and skins of bovine animals (ex)"),
        ("4107", "Leather of bovine animals, further prepared after tanning or crusting (ex)"),
    ),
    "cocoa": (
        ("1801", "Cocoa beans, whole or broken, raw or roasted"), ("1802", "Cocoa shells, husks, skins and waste"),
        ("1803", "Cocoa paste"), ("1804", "Cocoa butter, fat and oil"),
        ("1805", "Cocoa powder, not containing added sugar"), ("1806", "Chocolate and food containing cocoa"),
    ),
    "coffee": (("0901", "Coffee; coffee husks and skins; coffee substitutes containing coffee"),),
    "palm": (
        ("120710", "Palm nuts and kernels"), ("1511", "Palm oil and its fractions"),
        ("151321", "Crude palm kernel and babassu oil"), ("151329", "Palm kernel and babassu oil, other"),
        ("230660", "Oilcake of palm nuts or kernels"),
        ("290545", "Glycerol, with a purity of 95 % or more (ex)"),
        ("291570", "Palmitic acid, stearic acid, their salts and esters"),
        ("291590", "Saturated acyclic monocarboxylic acids, other"),
        ("382311", "Stearic acid, industrial (ex)"), ("382312", "Oleic acid, industrial (ex)"),
        ("382319", "Industrial monocarboxylic fatty acids, other; acid oils from refining (ex)"),
        ("382370", "Industrial fatty alcohols (ex)"),
    ),
    "rubber": (
        ("4001", "Natural rubber, balata, gutta-percha, guayule, chicle and similar natural gums"),
        ("4005", "Compounded rubber, unvulcanised (ex)"), ("4006", "Unvulcanised rubber in other forms (ex)"),
        ("4007", "Vulcanised rubber thread and cord (ex)"),
        ("4008", "Plates, sheets, strip, rods of vulcanised rubber (ex)"),
        ("4010", "Conveyor or transmission belts of vulcanised rubber (ex)"),
        ("4011", "New pneumatic tyres of rubber (ex)"), ("4012", "Retreaded or used tyres of rubber (ex)"),
        ("4013", "Inner tubes of rubber (ex)"), ("4015", "Articles of apparel and gloves of vulcanised rubber (ex)"),
        ("4016", "Other articles of vulcanised rubber (ex)"), ("4017", "Hard rubber and articles of it (ex)"),
    ),
    "soy": (
        ("1201", "Soya beans"), ("120810", "Soya bean flour and meal"), ("1507", "Soya-bean oil and its fractions"),
        ("2304", "Oilcake and other solid residues of soya-bean oil"),
    ),
    "timber": (
        *((f"44{n:02d}", f"Wood and articles of wood (heading 44{n:02d})") for n in range(1, 22)),
        ("47", "Pulp of wood or of other fibrous cellulosic material; recovered paper"),
        ("48", "Paper and paperboard; articles of paper pulp, paper or paperboard"),
        ("49", "Printed books, newspapers, pictures and other printed products, of paper"),
        ("9401", "Seats, wooden (ex)"), ("940330", "Wooden furniture for offices"),
        ("940340", "Wooden furniture for kitchens"), ("940350", "Wooden furniture for bedrooms"),
        ("940360", "Other wooden furniture"), ("940391", "Parts of furniture, of wood"),
        ("940610", "Prefabricated buildings of wood"),
    ),
}
_DIGITS = re.compile(r"^[0-9]{2,6}$")


def clean_heading(value: object) -> str:
    """A heading as digits only: ``"4407.11"`` and ``"4407 11"`` -> ``"440711"``."""
    return re.sub(r"[\s.]", "", str(value or ""))


def entries() -> List[Tuple[str, str, str]]:
    """(commodity, HS digits, description) of every Annex I entry."""
    return [(commodity, digits, text) for commodity, rows in ANNEX_I.items() for digits, text in rows]


def commodity_of(heading: object) -> Optional[str]:
    """The Annex I commodity of an HS heading, or ``None`` when the Annex does not list it (see the module)."""
    digits = clean_heading(heading)
    if not _DIGITS.match(digits):
        return None
    for commodity, entry, _text in entries():
        if digits.startswith(entry) or (len(digits) >= 4 and entry.startswith(digits)):
            return commodity
    return None


def headings_for(commodity: str) -> List[Tuple[str, str]]:
    """(HS digits, description) of one commodity (a name of :data:`~..commodities.COMMODITIES`)."""
    return list(ANNEX_I.get(commodity, ()))


def is_wood(heading: object) -> bool:
    """Wood needs species (scientific and common name): "Operator API Reference" v1.0, section 10.3."""
    return commodity_of(heading) == "timber"
