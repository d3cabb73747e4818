"""Fetching documents from their official source, by id or URL.

Official publications (``kst-…``, ``h-tk-…``, ``ah-tk-…``, ``kv-tk-…``) are published at
``{base}/{id}.xml`` with their metadata at ``{base}/{id}/metadata.xml`` (base
``https://zoek.officielebekendmakingen.nl``; configurable, so tests use a loopback server). Other
documents (the ACVZ report) are fetched from their manifest URL.

Every download has a timeout; network errors, timeouts, 5xx answers and truncated bodies are retried
with exponential back-off; a 404 is not. The body is checked (size, and for XML that it parses)
before the caller writes anything, so a failed fetch never leaves a half-written file.
"""

from __future__ import annotations

import logging
import re
import socket
import time
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from dataclasses import dataclass

from .config import FetchSettings
from .errors import CorpusError

log = logging.getLogger(__name__)

OFFICIAL_ID_RE = re.compile(r"^(kst-[\w-]+-\d+|h-(tk|ek)-\d{8}-\d+-\d+|ah-(tk|ek)-\d{8}-\d+|kv-(tk|ek)-\w+)$")


@dataclass
class Fetched:
    url: str
    body: bytes
    content_type: str


class _Retryable(Exception):
    pass


def is_official_id(value: str) -> bool:
    return bool(OFFICIAL_ID_RE.match(value))


def official_urls(doc_id: str, cfg: FetchSettings) -> tuple[str, str]:
    base = cfg.base_url.rstrip("/")
    return f"{base}/{doc_id}.xml", f"{base}/{doc_id}/metadata.xml"


def download(url: str, cfg: FetchSettings) -> Fetched:
    """GET with timeout, retries and back-off; CorpusError with a clear message when it cannot."""
    last = "unknown error"
    for attempt in range(cfg.retries + 1):
        if attempt:
            delay = cfg.backoff * (2 ** (attempt - 1))
            log.info("retrying %s in %.1fs (%s)", url, delay, last)
            time.sleep(delay)
        try:
            return _get(url, cfg)
        except _Retryable as exc:
            last = str(exc)
    raise CorpusError(f"could not fetch {url} after {cfg.retries + 1} attempts: {last}")


def _get(url: str, cfg: FetchSettings) -> Fetched:
    req = urllib.request.Request(url, headers={"User-Agent": "beleidsassistent/0.1 (+corpus sync)"})
    try:
        with urllib.request.urlopen(req, timeout=cfg.timeout) as resp:
            expected = resp.headers.get("Content-Length")
            body = resp.read(cfg.max_bytes + 1)
            ctype = resp.headers.get("Content-Type", "")
    except urllib.error.HTTPError as exc:
        if exc.code in (404, 410):
            raise CorpusError(f"not found: {url} (HTTP {exc.code})") from None
        if exc.code >= 500 or exc.code == 429:
            raise _Retryable(f"HTTP {exc.code}") from None
        raise CorpusError(f"{url}: HTTP {exc.code}") from None
    except (socket.timeout, TimeoutError):
        raise _Retryable(f"no answer within {cfg.timeout:g}s") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise _Retryable(f"no answer within {cfg.timeout:g}s") from None
        raise _Retryable(f"offline or unreachable ({reason})") from None
    except (ConnectionError, OSError) as exc:  # reset mid-body, incomplete read
        raise _Retryable(f"connection broken ({exc.__class__.__name__})") from None
    if len(body) > cfg.max_bytes:
        raise CorpusError(f"{url}: larger than {cfg.max_bytes} bytes; refused")
    if expected is not None and expected.isdigit() and len(body) != int(expected):
        raise _Retryable(f"truncated body ({len(body)} of {expected} bytes)")
    return Fetched(url, body, ctype)


def fetch_official(doc_id: str, cfg: FetchSettings) -> tuple[bytes, dict]:
    """The publication's XML (checked to parse) and what its metadata says (title, date); {} if none."""
    from .obxml import parse_xml

    xml_url, meta_url = official_urls(doc_id, cfg)
    body = download(xml_url, cfg).body
    parse_xml(body, doc_id)  # refuses truncated or garbled XML before anything is written
    meta: dict = {"source_url": xml_url.removesuffix(".xml") + ".html"}
    try:
        meta.update(parse_metadata(download(meta_url, cfg).body))
    except CorpusError as exc:
        log.warning("%s: no metadata (%s)", doc_id, exc)
    return body, meta


def parse_metadata(raw: bytes) -> dict:
    """Title and date from an officielebekendmakingen metadata.xml (``<metadata name=… content=…/>``)."""
    try:
        root = ET.fromstring(raw.decode("utf-8-sig"))
    except (ET.ParseError, UnicodeDecodeError):
        return {}
    values: dict[str, str] = {}
    for el in root.iter():
        name, content = el.get("name"), el.get("content")
        if name and content and name not in values:
            values[name] = content
    out = {}
    title = values.get("DC.title") or values.get("OVERHEIDop.documenttitel")
    if title:
        out["title"] = title
    date = values.get("DCTERMS.issued") or values.get("OVERHEIDop.datumOndertekening") or values.get("DC.date")
    if date and re.match(r"\d{4}-\d{2}-\d{2}", date):
        out["date"] = date[:10]
    return out
