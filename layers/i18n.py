"""Qt translation for the plugin: the translator for QGIS's locale, and core's coded messages in that language.

Every QGIS-side module translates its own strings with a module-level helper of one context each::

    def tr(text: str) -> str:
        return QCoreApplication.translate("SubmitTab", text)

(``pylupdate5`` finds the literal ``QCoreApplication.translate("Ctx", "text")`` calls, so the helper's
callers pass only literals and put values in with ``str.format`` and named placeholders:
``tr("{n} plots screened").format(n=count)``.) ``core`` stays Qt-free: its messages carry a stable code
and named parameters, and :func:`core_message` renders them here in the user's language.
"""

from pathlib import Path
from typing import Optional

from qgis.core import QgsSettings
from qgis.PyQt.QtCore import QCoreApplication, QLocale, QTranslator

I18N_DIR = Path(__file__).resolve().parents[1] / "i18n"
QM_PREFIX = "epoch_eudr_"


def locale_code(value: Optional[str] = None) -> str:
    """The two-letter language QGIS runs in (``locale/userLocale``, else the system's), lower case."""
    if value is None:
        value = QgsSettings().value("locale/userLocale", "") or ""
        if not isinstance(value, str) or not value.strip():
            value = QLocale.system().name()
    return str(value).strip()[:2].lower()


def qm_path(code: str) -> Optional[Path]:
    """The compiled translation for language ``code``, or None (English needs none)."""
    path = I18N_DIR / f"{QM_PREFIX}{code}.qm"
    return path if code and code != "en" and path.is_file() else None


def install_translator(code: Optional[str] = None) -> Optional[QTranslator]:
    """Load and install the translator for ``code`` (default: QGIS's locale); None means English."""
    path = qm_path(locale_code(code))
    if path is None:
        return None
    translator = QTranslator()
    if not translator.load(str(path)):
        return None
    QCoreApplication.installTranslator(translator)
    return translator


def remove_translator(translator: Optional[QTranslator]) -> None:
    """Take back a translator :func:`install_translator` installed (None: nothing to do)."""
    if translator is not None:
        QCoreApplication.removeTranslator(translator)
