"""Fetching by official id against a loopback server: success, 404, truncation, slowness, retries, offline."""

from __future__ import annotations

import time

import pytest

from assistant.config import FetchSettings
from assistant.errors import CorpusError
from assistant.fetch import download, fetch_official, is_official_id, official_urls

from .fetch_server import FetchServer


@pytest.fixture(scope="module")
def server():
    with FetchServer(slow_seconds=2.0) as s:
        yield s


def cfg(server, **kw) -> FetchSettings:
    return FetchSettings(
        base_url=server.url,
        timeout=kw.pop("timeout", 5.0),
        retries=kw.pop("retries", 2),
        backoff=kw.pop("backoff", 0.05),
        **kw,
    )


@pytest.mark.parametrize(
    "value, ok",
    [
        ("kst-30573-129", True),
        ("kst-21501-20-997", True),
        ("h-tk-20142015-83-6", True),
        ("ah-tk-20142015-2134", True),
        ("kv-tk-2015Z12345", True),
        ("acvz-2015-rapport", False),
        ("kst-", False),
    ],
)
def test_official_ids(value, ok):
    assert is_official_id(value) is ok


def test_url_patterns():
    xml, meta = official_urls("kst-30573-129", FetchSettings())
    assert xml == "https://zoek.officielebekendmakingen.nl/kst-30573-129.xml"
    assert meta == "https://zoek.officielebekendmakingen.nl/kst-30573-129/metadata.xml"


def test_fetch_official_returns_checked_xml_and_metadata(server):
    body, meta = fetch_official("kst-99999-3", cfg(server))
    assert body.startswith(b"<?xml") and b"vertrekcoaches" in body
    assert meta["title"] == "Testbrief over de pilot met vertrekcoaches" and meta["date"] == "2016-03-01"
    assert meta["source_url"].endswith("/kst-99999-3.html")


def test_missing_document_is_a_404_without_retries(server):
    before = len(server.hits)
    with pytest.raises(CorpusError, match=r"not found: .*kst-12345-1.xml \(HTTP 404\)"):
        fetch_official("kst-12345-1", cfg(server))
    assert len(server.hits) - before == 1


def test_truncated_body_is_retried_then_refused(server):
    before = len(server.hits)
    with pytest.raises(CorpusError, match="truncated|after 3 attempts"):
        fetch_official("kst-88888-1", cfg(server))
    assert server.hits[before:].count("kst-88888-1.xml") == 3


def test_slow_server_times_out_cleanly(server):
    t0 = time.perf_counter()
    with pytest.raises(CorpusError, match="no answer within 0.5s"):
        download(f"{server.url}/kst-77777-1.xml", cfg(server, timeout=0.5, retries=1))
    assert time.perf_counter() - t0 < 5


def test_transient_server_errors_are_retried_with_backoff(server):
    body, _ = fetch_official("kst-66666-1", cfg(server, retries=3))
    assert b"66666" in body and server.hits.count("kst-66666-1.xml") == 3


def test_offline_is_a_clear_error():
    offline = FetchSettings(base_url="http://127.0.0.1:9", timeout=1, retries=1, backoff=0.01)
    with pytest.raises(CorpusError, match="offline or unreachable"):
        fetch_official("kst-30573-129", offline)
