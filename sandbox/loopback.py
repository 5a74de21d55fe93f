"""What both fake services share: a threaded HTTP server on a loopback port, started in a background thread
(tests, the dock's bundled sandbox) or run in the foreground until Ctrl+C (``python -m ...``)."""

from __future__ import annotations

import argparse
import logging
import sys
import threading
from http.server import ThreadingHTTPServer
from typing import Any, Optional, TypeVar

LOG = logging.getLogger("epoch_eudr.sandbox")
Server = TypeVar("Server", bound="LoopbackServer")


class LoopbackServer(ThreadingHTTPServer):
    """A server whose :attr:`url` is its base address (``host:port`` and :attr:`url_path`)."""

    daemon_threads = True
    allow_reuse_address = True
    #: The path the service's endpoints are under (the EU's services are under ``/tracesnt``).
    url_path = ""
    #: The name of the thread :meth:`start` serves in.
    thread_name = "sandbox"
    _thread: Optional[threading.Thread] = None

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}{self.url_path}"

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up (a cancelled download, a lost answer) is normal, not a server fault."""
        if isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            LOG.debug("client %s went away", client_address)
            return
        super().handle_error(request, client_address)

    def start(self: Server) -> Server:
        """Serve in a daemon thread; the server itself, for ``server = Server(...).start()``."""
        self._thread = threading.Thread(target=self.serve_forever, name=self.thread_name, daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
        if self._thread is not None:
            self._thread.join(5)


def command_line(prog: str, description: Optional[str], port: int) -> argparse.ArgumentParser:
    """The options every fake service's ``__main__`` takes: ``--host`` and ``--port``."""
    parser = argparse.ArgumentParser(prog=prog, description=description)
    parser.add_argument("--host", default="127.0.0.1", help="loopback address to listen on")
    parser.add_argument("--port", type=int, default=port, help="port (0: any free port)")
    return parser


def serve_until_interrupted(server: ThreadingHTTPServer) -> int:
    """Serve in the foreground until Ctrl+C, then close the socket; the exit status (0)."""
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
    return 0
