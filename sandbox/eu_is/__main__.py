"""``python -m epoch_eudr.sandbox.eu_is --port 8766``: run the fake EU Information System until Ctrl+C."""

import logging

from ..loopback import command_line, serve_until_interrupted
from .server import DEMO_AUTH_KEY, DEMO_EORI, DEMO_USERNAME, EuIsFakeServer


def main(argv=None) -> int:
    parser = command_line("python -m epoch_eudr.sandbox.eu_is", __doc__, port=8766)
    parser.add_argument("--delay", type=float, default=10.0,
                        help="seconds before a submitted statement becomes AVAILABLE or REJECTED")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    server = EuIsFakeServer(args.host, args.port, ready_delay=args.delay)
    print(f"Fake EU Information System (SYNTHETIC, not the EU's service) on {server.url}", flush=True)
    print(f"  username {DEMO_USERNAME}, authentication key {DEMO_AUTH_KEY} (operator EORI {DEMO_EORI})")
    print("  schema validation: " + ("on (lxml)" if server.validating else "OFF (install lxml to validate requests)"))
    print(f"  statements become AVAILABLE or REJECTED after {args.delay:g} s; nothing is kept after Ctrl+C",
          flush=True)
    return serve_until_interrupted(server)


if __name__ == "__main__":
    raise SystemExit(main())
