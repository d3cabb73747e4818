"""Test doubles served over real HTTP on 127.0.0.1 (a free port), run in a daemon thread."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class LoopbackServer:
    """Context manager around a ThreadingHTTPServer; subclasses set ``handler`` and prepare ``httpd``."""

    handler: type[BaseHTTPRequestHandler]

    def prepare(self, httpd: ThreadingHTTPServer) -> None:
        """Attach the state the handler reads or records (called before serving)."""

    def __enter__(self):
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self.handler)
        self.httpd.daemon_threads = True
        self.prepare(self.httpd)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()
        return self

    @property
    def root(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
