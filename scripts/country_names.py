"""Write resources/country_names/<lang>.json: the ISO 3166-1 alpha-2 country names in each language the plugin
ships, from the Unicode CLDR (Common Locale Data Repository) as the ``babel`` package bundles it.

Why a generated table: Qt and QGIS translate no country names (``QLocale::territoryToString`` is English), and
the Debian ``iso-codes`` catalogues exist only on Linux. The JSON files are shipped with the plugin (make
package takes resources/), so every platform names countries the same way; the plugin never imports babel
(a development tool, requirements-dev.txt).

Usage: ``.venv/bin/python scripts/country_names.py`` (rewrites the files; run it after upgrading babel).
Each file records the CLDR and babel versions it came from under ``"_source"``.

Languages: the plugin's names (i18n/epoch_eudr_<lang>.ts) mapped to CLDR's. CLDR's ``pt`` is Brazilian
Portuguese and ``pt_PT`` European Portuguese; the plugin's ``pt`` is European (as QGIS's), ``pt_BR`` Brazilian.
Codes: core/iso3166.py (the 249 assigned codes and XK, Kosovo, which the EU's systems use).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "resources" / "country_names"
#: the plugin's language -> the CLDR locale whose names it shows
LANGUAGES = {"en": "en", "fr": "fr", "es": "es", "pt": "pt_PT", "pt_BR": "pt", "id": "id", "de": "de"}


def codes():
    sys.path.insert(0, str(ROOT.parent))
    sys.path.insert(0, str(ROOT))
    from core.iso3166 import ALPHA2, USER_ASSIGNED_ACCEPTED  # the repository's own module, Qt-free

    return sorted(ALPHA2 | USER_ASSIGNED_ACCEPTED)


def table(cldr_locale: str, wanted) -> dict:
    from babel import Locale

    names = Locale.parse(cldr_locale).territories
    missing = [code for code in wanted if code not in names]
    if missing:
        raise SystemExit(f"CLDR {cldr_locale} has no name for {', '.join(missing)}")
    return {code: names[code] for code in wanted}


def main() -> int:
    import babel
    from babel.core import get_cldr_version

    wanted = codes()
    OUT.mkdir(parents=True, exist_ok=True)
    for language, cldr_locale in LANGUAGES.items():
        data = {"_source": f"Unicode CLDR {get_cldr_version()} ({cldr_locale}), via babel {babel.__version__}",
                **table(cldr_locale, wanted)}
        path = OUT / f"{language}.json"
        tmp = path.with_suffix(".json.part")
        tmp.write_text(json.dumps(data, ensure_ascii=False, indent=0, sort_keys=True) + "\n", encoding="utf-8")
        tmp.replace(path)
        print(f"{path.relative_to(ROOT)}: {len(wanted)} names")
    return 0


if __name__ == "__main__":
    sys.exit(main())
