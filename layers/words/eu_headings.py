"""The descriptions of the HS headings of Annex I (core/eu_is/hs_headings.py, kept in English there, Qt-free) in
the user's language: what the statement form shows beside a heading. A description without a translation here
(an entry added to the table) is shown in English.
"""

from __future__ import annotations

from typing import Dict, List, Tuple

from qgis.PyQt.QtCore import QCoreApplication

from ...core.eu_is.hs_headings import entries

#: Chapter 44's headings 4401 to 4421, one description each, said with the heading's number.
WOOD_HEADINGS = tuple(f"44{n:02d}" for n in range(1, 22))


def tr(text: str) -> str:
    return QCoreApplication.translate("EuHeadings", text)


def _descriptions() -> Dict[str, str]:
    """HS digits -> the Annex I description, translated (the same words as core/eu_is/hs_headings.ANNEX_I)."""
    return {
        # cattle
        "010221": tr("Live cattle, pure-bred breeding animals"),
        "010229": tr("Live cattle, other"),
        "0201": tr("Meat of bovine animals, fresh or chilled"),
        "0202": tr("Meat of bovine animals, frozen"),
        "020610": tr("Edible offal of bovine animals, fresh or chilled"),
        "020622": tr("Edible bovine livers, frozen"),
        "020629": tr("Edible offal of bovine animals, frozen, other"),
        "160250": tr("Prepared or preserved meat, offal or blood, of bovine animals"),
        "4101": tr("Raw hides and skins of bovine animals (ex)"),
        "4104": tr("Tanned or crust hides and skins of bovine animals (ex)"),
        "4107": tr("Leather of bovine animals, further prepared after tanning or crusting (ex)"),
        # cocoa
        "1801": tr("Cocoa beans, whole or broken, raw or roasted"),
        "1802": tr("Cocoa shells, husks, skins and waste"),
        "1803": tr("Cocoa paste"),
        "1804": tr("Cocoa butter, fat and oil"),
        "1805": tr("Cocoa powder, not containing added sugar"),
        "1806": tr("Chocolate and food containing cocoa"),
        # coffee
        "0901": tr("Coffee; coffee husks and skins; coffee substitutes containing coffee"),
        # palm
        "120710": tr("Palm nuts and kernels"),
        "1511": tr("Palm oil and its fractions"),
        "151321": tr("Crude palm kernel and babassu oil"),
        "151329": tr("Palm kernel and babassu oil, other"),
        "230660": tr("Oilcake of palm nuts or kernels"),
        "290545": tr("Glycerol, with a purity of 95 % or more (ex)"),
        "291570": tr("Palmitic acid, stearic acid, their salts and esters"),
        "291590": tr("Saturated acyclic monocarboxylic acids, other"),
        "382311": tr("Stearic acid, industrial (ex)"),
        "382312": tr("Oleic acid, industrial (ex)"),
        "382319": tr("Industrial monocarboxylic fatty acids, other; acid oils from refining (ex)"),
        "382370": tr("Industrial fatty alcohols (ex)"),
        # rubber
        "4001": tr("Natural rubber, balata, gutta-percha, guayule, chicle and similar natural gums"),
        "4005": tr("Compounded rubber, unvulcanised (ex)"),
        "4006": tr("Unvulcanised rubber in other forms (ex)"),
        "4007": tr("Vulcanised rubber thread and cord (ex)"),
        "4008": tr("Plates, sheets, strip, rods of vulcanised rubber (ex)"),
        "4010": tr("Conveyor or transmission belts of vulcanised rubber (ex)"),
        "4011": tr("New pneumatic tyres of rubber (ex)"),
        "4012": tr("Retreaded or used tyres of rubber (ex)"),
        "4013": tr("Inner tubes of rubber (ex)"),
        "4015": tr("Articles of apparel and gloves of vulcanised rubber (ex)"),
        "4016": tr("Other articles of vulcanised rubber (ex)"),
        "4017": tr("Hard rubber and articles of it (ex)"),
        # soy
        "1201": tr("Soya beans"),
        "120810": tr("Soya bean flour and meal"),
        "1507": tr("Soya-bean oil and its fractions"),
        "2304": tr("Oilcake and other solid residues of soya-bean oil"),
        # timber
        "47": tr("Pulp of wood or of other fibrous cellulosic material; recovered paper"),
        "48": tr("Paper and paperboard; articles of paper pulp, paper or paperboard"),
        "49": tr("Printed books, newspapers, pictures and other printed products, of paper"),
        "9401": tr("Seats, wooden (ex)"),
        "940330": tr("Wooden furniture for offices"),
        "940340": tr("Wooden furniture for kitchens"),
        "940350": tr("Wooden furniture for bedrooms"),
        "940360": tr("Other wooden furniture"),
        "940391": tr("Parts of furniture, of wood"),
        "940610": tr("Prefabricated buildings of wood"),
    }


def heading_text(digits: str, english: str) -> str:
    """The description of the Annex I entry ``digits`` in the user's language (``english``: core's words)."""
    if digits in WOOD_HEADINGS:
        return tr("Wood and articles of wood (heading {heading})").format(heading=digits)
    return _descriptions().get(digits, english)


def shown_entries() -> List[Tuple[str, str, str]]:
    """(commodity, HS digits, description in the user's language) of every Annex I entry."""
    return [(commodity, digits, heading_text(digits, text)) for commodity, digits, text in entries()]
