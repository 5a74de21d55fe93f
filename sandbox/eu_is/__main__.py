"""``python -m epoch_eudr.sandbox.eu_is --port 8766``: run the fake EU Information System until Ctrl+C."""

import argparse
import logging

from .server import DEMO_AUTH_KEY, DEMO_EORI, DEMO_USERNAME, EuIsFakeServer


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="python -m epoch_eudr.sandbox.eu_is", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    parser.add_argument("--port", type=int, default=8766, help="port (0: any free port)")
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
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
