"""``python -m epoch_eudr.sandbox --port 8765``: run the sandbox until Ctrl+C."""

import logging
from pathlib import Path

from .loopback import command_line, serve_until_interrupted
from .server import SandboxServer, default_db_path
from .tokens import DEMO_API_KEY, DEMO_EMAIL, DEMO_PASSWORD, DEMO_USER_ID


def main(argv=None) -> int:
    parser = command_line("python -m epoch_eudr.sandbox", __doc__, port=8765)
    parser.add_argument("--db", type=Path, default=default_db_path(), help="SQLite file for submitted batches")
    parser.add_argument("--delay", type=float, default=5.0, help="seconds before a submitted batch appears")
    parser.add_argument("--fixture", action="append", default=[], metavar="ID=FILE.ndjson",
                        help="serve this NDJSON file as the plots of collection ID (benchmarks)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    server = SandboxServer(args.host, args.port, db_path=args.db, ready_delay=args.delay)
    for spec in args.fixture:
        cid, _, path = spec.partition("=")
        if not path or not Path(path).is_file():
            parser.error(f"--fixture {spec}: expected ID=FILE with an existing NDJSON file")
        server.fixtures[cid] = Path(path)
    print(f"Epoch EUDR sandbox on {server.url} (synthetic results, for training and tests)", flush=True)
    print(f"  login: {DEMO_EMAIL} / {DEMO_PASSWORD}   or API key {DEMO_API_KEY} with user id {DEMO_USER_ID}")
    print(f"  data:  {args.db}", flush=True)
    return serve_until_interrupted(server)


if __name__ == "__main__":
    raise SystemExit(main())
