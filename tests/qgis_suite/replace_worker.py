"""Writes tiny plots as a layer with ``write_layer`` (run, and killed, by tests/qgis_suite/test_killed_replace.py).

    python replace_worker.py GPKG LAYER COUNT TAG       write COUNT plots into LAYER of GPKG, with the style
                                                         "plots" described "style of TAG" stored with them
    python replace_worker.py --hold GPKG                 make a staging folder beside GPKG and keep it in use
"""

import sys
import time
from pathlib import Path

STYLE = '<qgis version="3.22"><renderer-v2 type="singleSymbol"/></qgis>'

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / ".build" / "pkgpath"))


def main(argv) -> int:
    if argv[0] == "--hold":
        from epoch_eudr.layers.writer.gpkg_writer import staging_dir

        print(staging_dir(Path(argv[1]), ".epoch-"), flush=True)
        time.sleep(600)
        return 0
    from epoch_eudr.layers.styles.store import store_default_style
    from epoch_eudr.layers.writer.gpkg_writer import write_layer
    from kill_helpers import tiny_plots  # beside this file

    gpkg, layer, count, tag = Path(argv[0]), argv[1], int(argv[2]), argv[3]
    written = write_layer(tiny_plots(count, tag), "plots", gpkg, layer, derive=False,
                          finish=lambda staged, name, aliases: store_default_style(staged, name, STYLE, "plots",
                                                                                   f"style of {tag}"))
    print(written.count, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
