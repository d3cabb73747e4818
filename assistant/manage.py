"""`assistant corpus`: list, add (official id, file or URL), remove and sync documents.

The manifest and document files change first (each write atomic: temp file + replace), then the
index is rebuilt; the embedding cache makes that re-embed only new or changed text, and the index
build is itself atomic. A process killed at any point leaves either the old or the new index live,
and the next `assistant index` (or any command) brings the index up to date with the corpus.
"""

from __future__ import annotations

import json
import logging
import os
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from .config import Settings
from .corpus import MANIFEST, load_manifest, segment_corpus
from .errors import CorpusError
from .fetch import download, fetch_official, is_official_id
from .files import file_format, segment_file
from .models import Document

log = logging.getLogger(__name__)
DOCS_DIR = "documents"
_TYPES = {"kst": "kamerstuk", "h": "handelingen", "ah": "aanhangsel", "kv": "kamervragen"}
_VOICES = {"kamerstuk": "kabinet", "aanhangsel": "kabinet", "kamervragen": "kabinet"}


@dataclass
class Row:
    id: str
    type: str
    date: str | None
    status: str
    title: str


def list_documents(settings: Settings) -> list[Row]:
    """Every manifest document with its status: indexed, has a file (not yet indexed), or known only."""
    from .index import _current

    docs = load_manifest(settings.corpus_dir)
    indexed: set[str] = set()
    cur = _current(Path(settings.index_dir))
    if cur:
        path = Path(settings.index_dir) / "builds" / cur["build"] / "paragraphs.jsonl"
        if path.exists():
            with open(path, encoding="utf-8") as f:
                indexed = {json.loads(line)["doc_id"] for line in f}
    rows = []
    for d in docs:
        if d.id in indexed:
            status = "indexed"
        elif d.file:
            status = "file, not indexed yet"
        else:
            status = "known, no text" + (" (fetchable)" if _fetchable(d) else "")
        rows.append(Row(d.id, d.type, d.date, status, d.title))
    return rows


def _fetchable(d: Document) -> bool:
    return is_official_id(d.id) or bool(d.pdf_url) or bool(d.source_url and d.source_url.endswith(".pdf"))


def _write_manifest(corpus_dir: Path, docs: list[Document]) -> None:
    data = [d.model_dump(exclude_defaults=True) for d in docs]
    path = Path(corpus_dir) / MANIFEST
    tmp = path.with_name(f".{MANIFEST}.{os.getpid()}")
    tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    os.replace(tmp, path)


def _write_file(corpus_dir: Path, name: str, body: bytes) -> str:
    rel = f"{DOCS_DIR}/{name}"
    path = Path(corpus_dir) / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}")
    tmp.write_bytes(body)
    os.replace(tmp, path)
    return rel


def _type_of(doc_id: str) -> str:
    return _TYPES.get(doc_id.split("-", 1)[0], "document")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9-]+", "-", name.lower()).strip("-")[:60] or "document"


def _title_from(paras) -> str | None:
    """A title from the document's own paragraphs when nothing better is known."""
    if paras and paras[0].section:
        return paras[0].section[0]
    return paras[0].text[:100] if paras else None


def add(settings: Settings, source: str, doc_id: str | None = None, title: str | None = None) -> Document:
    """Add one document from an official id, a local file or a URL; returns its manifest entry.

    The document is checked to yield paragraphs before the corpus is touched.
    """
    corpus = Path(settings.corpus_dir)
    docs = load_manifest(corpus)
    meta: dict = {}
    path = Path(source)
    if is_official_id(source) and not path.exists():
        body, meta = fetch_official(source, settings.fetch)
        doc_id, name = source, f"{source}.xml"
    elif re.match(r"^https?://", source):
        fetched = download(source, settings.fetch)
        name = Path(urlparse(source).path).name or "document.html"
        if "." not in name:
            name += ".pdf" if "pdf" in fetched.content_type else ".html"
        body, meta = fetched.body, {"source_url": source}
        doc_id = doc_id or (Path(name).stem if is_official_id(Path(name).stem) else _slug(Path(name).stem))
    elif path.is_file():
        body, name = path.read_bytes(), path.name
        doc_id = doc_id or (path.stem if is_official_id(path.stem) else _slug(path.stem))
    elif "/" in source or Path(source).suffix.lower() in {".xml", ".pdf", ".html", ".htm", ".txt"}:
        raise CorpusError(f"{source}: no such file")
    else:
        raise CorpusError(f"{source}: not an official id (kst-…, h-tk-…, ah-tk-…), an existing file or a URL")
    file_format(name)  # refuses unsupported types
    name = f"{doc_id}{Path(name).suffix.lower()}"
    existing = next((d for d in docs if d.id == doc_id), None)
    if existing is not None and existing.file:
        raise CorpusError(f"{doc_id} is already in the corpus (remove it first to replace it)")
    dtype = existing.type if existing else _type_of(doc_id)
    entry = (existing or Document(id=doc_id, title=doc_id, type=dtype, voice=_VOICES.get(dtype))).model_copy(
        update={"file": name}
    )
    for key in ("title", "date", "source_url"):
        if meta.get(key) and (existing is None or not getattr(existing, key)):
            entry = entry.model_copy(update={key: meta[key]})
    paras = segment_file(entry, body)  # must parse before anything is written
    if not paras:
        raise CorpusError(f"{source}: no paragraphs found")
    if title:
        entry = entry.model_copy(update={"title": title})
    elif entry.title == doc_id:
        entry = entry.model_copy(update={"title": _title_from(paras) or doc_id})
    entry = entry.model_copy(update={"file": _write_file(corpus, name, body)})
    docs = [entry if d.id == doc_id else d for d in docs] if existing else docs + [entry]
    _write_manifest(corpus, docs)
    log.info("added %s (%d paragraphs)", doc_id, len(paras))
    return entry


def remove(settings: Settings, doc_id: str) -> None:
    """Take a document out of the index. A document added with `corpus add` leaves the manifest and its
    file is deleted; one the manifest already knew stays known without text, and its file stays on disk."""
    corpus = Path(settings.corpus_dir)
    docs = load_manifest(corpus)
    doc = next((d for d in docs if d.id == doc_id), None)
    if doc is None:
        raise CorpusError(f"{doc_id}: not in the corpus (see `assistant corpus list`)")
    if not doc.file:
        raise CorpusError(f"{doc_id} has no text in the corpus; nothing to remove")
    remaining = [d for d in docs if d.id != doc_id and d.file]
    if not remaining:
        raise CorpusError(f"{doc_id} is the last document with text; the index cannot be empty")
    file = corpus / doc.file
    if doc.file.startswith(f"{DOCS_DIR}/"):
        docs = [d for d in docs if d.id != doc_id]
    else:
        docs = [d.model_copy(update={"file": None}) if d.id == doc_id else d for d in docs]
    _write_manifest(corpus, docs)
    # Only files that `corpus add` wrote are deleted; a file the user put in corpus/ stays on disk.
    if doc.file.startswith(f"{DOCS_DIR}/") and file.exists() and file.resolve().is_relative_to(corpus.resolve()):
        file.unlink()


def sync(settings: Settings) -> list[tuple[str, str]]:
    """Fetch every manifest document that has no local text yet; (id, outcome) per document."""
    out = []
    for d in load_manifest(settings.corpus_dir):
        if d.file:
            continue
        if not _fetchable(d):
            out.append((d.id, "skipped: no official id or file URL"))
            continue
        try:
            if is_official_id(d.id):
                add(settings, d.id)
            else:
                add(settings, d.pdf_url or d.source_url, doc_id=d.id)
            out.append((d.id, "added"))
        except CorpusError as exc:
            out.append((d.id, f"failed: {exc}"))
    return out


def check_corpus(settings: Settings) -> int:
    """Segment everything once (raises CorpusError on a bad document); returns the paragraph count."""
    return len(segment_corpus(settings.corpus_dir)[1])
