"""An Article 10 source's relevance tier and risk signal in the user's language.

Epoch's "Facility Validation" page names the relevance tiers (facility > local > regional > national) and the
Regulation (EU) 2023/1115 Art. 10(2) risk dimensions its legality search covers; the answer carries them as English
words, stored as they come (a report or a script reads them). Shown, they are worded here; a word the page does not
name is shown as the server wrote it.
"""

from typing import Any, Dict

from qgis.PyQt.QtCore import QCoreApplication


def tr(text: str) -> str:
    return QCoreApplication.translate("LegalityWords", text)


def _key(value: Any) -> str:
    return " ".join(str(value or "").replace("_", " ").replace("-", " ").lower().split())


def _relevance_words() -> Dict[str, str]:
    return {"facility": tr("this facility"), "local": tr("local"), "regional": tr("regional"),
            "national": tr("national")}


def signal_words() -> Dict[str, str]:
    """Risk signal (lower case, words apart) -> the user's words."""
    labour = tr("labour")
    return {
        "deforestation": tr("deforestation"), "forest degradation": tr("forest degradation"),
        "land rights": tr("land rights"), "indigenous peoples": tr("indigenous peoples"),
        "environmental violation": tr("environmental violation"), "environmental law": tr("environmental law"),
        "labour": labour, "labor": labour, "human rights": tr("human rights"), "corruption": tr("corruption"),
        "governance": tr("governance"), "sanctions": tr("sanctions"), "enforcement": tr("enforcement"),
        "supply chain integrity": tr("supply chain integrity"), "supply chain": tr("supply chain"),
    }


def relevance_text(value: Any) -> str:
    """A source's relevance tier as shown (``regional`` -> "régionale" in French); ``""`` when missing."""
    return _relevance_words().get(_key(value), str(value or ""))


def risk_signal_text(value: Any) -> str:
    """A source's risk signal as shown (``land rights`` -> "droits fonciers" in French); ``""`` when missing."""
    return signal_words().get(_key(value), str(value or ""))

