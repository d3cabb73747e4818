"""A loopback HTTP server that plays the official repository: fixtures, a 404, a truncated body, a slow
answer and a server that fails before it succeeds."""

from __future__ import annotations

import time
from http.server import BaseHTTPRequestHandler
from pathlib import Path

from .conftest import OB_XML as EXTERNAL
from .loopback import LoopbackServer

FIXTURES = Path(__file__).resolve().parent / "fixtures"

METADATA = b"""<?xml version="1.0" encoding="utf-8"?>
<metadata_gegevens><metadata name="DC.title" content="Testbrief over de pilot met vertrekcoaches"/>
<metadata name="DCTERMS.issued" scheme="OVERHEID.XSD.date" content="2016-03-01"/></metadata_gegevens>"""


class _Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def _send(self, code: int, body: bytes, length: int | None = None, ctype: str = "application/xml"):
        self.send_response(code)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body) if length is None else length))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self):  # noqa: N802
        path = self.path.lstrip("/")
        self.server.hits.append(path)
        if path == "kst-99999-3.xml":
            return self._send(200, (FIXTURES / "kst-99999-3.xml").read_bytes())
        if path == "kst-99999-3/metadata.xml":
            return self._send(200, METADATA)
        if path == "h-tk-20172018-61-10.xml":
            return self._send(200, (EXTERNAL / "h-tk-20172018-61-10.xml").read_bytes())
        if path == "kst-88888-1.xml":  # truncated: promises more than it sends, then closes
            body = (FIXTURES / "kst-99999-3.xml").read_bytes()
            return self._send(200, body[: len(body) // 2], length=len(body))
        if path == "kst-77777-1.xml":  # slow
            time.sleep(self.server.slow_seconds)
            return self._send(200, (FIXTURES / "kst-99999-3.xml").read_bytes())
        if path == "kst-66666-1.xml":  # fails twice, then works
            self.server.flaky += 1
            if self.server.flaky <= 2:
                return self._send(503, b"busy")
            return self._send(200, (FIXTURES / "kst-99999-3.xml").read_bytes().replace(b"99999", b"66666"))
        if path == "rapport.pdf":
            from .pdfmaker import make_pdf

            return self._send(
                200, make_pdf([["Het rapport van de ACVZ over terugkeer en migratie."]]), ctype="application/pdf"
            )
        return self._send(404, b"not found")


class FetchServer(LoopbackServer):
    handler = _Handler

    def __init__(self, slow_seconds: float = 3.0) -> None:
        self.slow_seconds = slow_seconds

    def prepare(self, httpd) -> None:
        httpd.hits, httpd.flaky, httpd.slow_seconds = [], 0, self.slow_seconds

    @property
    def url(self) -> str:
        return self.root

    @property
    def hits(self) -> list[str]:
        return self.httpd.hits
