"""Ingest: the corpus manifest, document texts and their parliamentary reference form."""

from __future__ import annotations

import hashlib
import json
import logging
import re
from pathlib import Path

from pydantic import ValidationError

from .errors import CorpusError
from .files import segment_file
from .models import Document, Paragraph
from .voice import assign_voices

log = logging.getLogger(__name__)

MANIFEST = "manifest.json"


def load_manifest(corpus_dir: Path) -> list[Document]:
    path = Path(corpus_dir) / MANIFEST
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CorpusError(f"no corpus manifest at {path}") from None
    except json.JSONDecodeError as exc:
        raise CorpusError(f"{path} is not valid JSON: {exc}") from None
    if not isinstance(data, list):
        raise CorpusError(f"{path} must hold a JSON list of documents")
    try:
        docs = [Document.model_validate(item) for item in data]
    except ValidationError as exc:
        raise CorpusError(f"{path}: invalid document entry: {exc.errors()[0]['msg']}") from None
    ids = [d.id for d in docs]
    if len(set(ids)) != len(ids):
        raise CorpusError(f"{path}: duplicate document ids")
    return docs


def read_bytes(corpus_dir: Path, doc: Document) -> bytes | None:
    """The document file's bytes, or None when the corpus has none for it (known, not indexed)."""
    if not doc.file:
        return None
    path = Path(corpus_dir) / doc.file
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise CorpusError(f"{doc.id}: manifest names {path}, which does not exist") from None
    if not raw.strip():
        raise CorpusError(f"{doc.id}: {path} is empty")
    return raw


def read_text(corpus_dir: Path, doc: Document) -> str | None:
    """A text document's text (the letter's text layer), or None when it has no file."""
    raw = read_bytes(corpus_dir, doc)
    if raw is None:
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CorpusError(f"{doc.id}: {Path(corpus_dir) / doc.file} is not UTF-8 text") from None


def segment_corpus(corpus_dir: Path) -> tuple[list[Document], list[Paragraph], str]:
    """All documents, the paragraphs of those with a file, and a hash of everything that shapes the index."""
    docs = load_manifest(corpus_dir)
    paragraphs: list[Paragraph] = []
    digest = hashlib.sha256()
    for doc in docs:
        digest.update(doc.model_dump_json().encode())
        raw = read_bytes(corpus_dir, doc)
        if raw is None:
            continue
        digest.update(raw)
        paras = segment_file(doc, raw)
        if not paras:
            raise CorpusError(f"{doc.id}: no paragraphs found in {doc.file}")
        assign_voices(doc, paras)
        log.info("%s: %d paragraphs", doc.id, len(paras))
        paragraphs.extend(paras)
    if not paragraphs:
        raise CorpusError(f"nothing to index: no document in {Path(corpus_dir) / MANIFEST} has a file")
    return docs, paragraphs, digest.hexdigest()


def _group_thousands(digits: str) -> str:
    """'29344' -> '29 344' (the parliamentary way of writing a dossier number)."""
    return f"{int(digits):,}".replace(",", " ")


def document_reference(doc: Document) -> str:
    """How staff cite the document as a whole, e.g. 'Kamerstuk 29 344, nr. 128'."""
    m = re.fullmatch(r"kst-(\d+)((?:-[A-Za-z0-9]+)*)-(\d+)", doc.id)
    if m:
        return f"Kamerstuk {_group_thousands(m.group(1))}{m.group(2)}, nr. {m.group(3)}"
    m = re.fullmatch(r"h-(tk|ek)-(\d{4})(\d{4})-(\d+)-(\d+)", doc.id)
    if m:
        chamber = "II" if m.group(1) == "tk" else "I"
        return f"Handelingen {chamber} {m.group(2)}/{m.group(3)[2:]}, nr. {m.group(4)}, item {m.group(5)}"
    m = re.fullmatch(r"ah-(tk|ek)-(\d{4})(\d{4})-(\d+)", doc.id)
    if m:
        chamber = "II" if m.group(1) == "tk" else "I"
        return f"Aanhangsel Handelingen {chamber} {m.group(2)}/{m.group(3)[2:]}, nr. {m.group(4)}"
    m = re.fullmatch(r"kv-(tk|ek)-(\w+)", doc.id)
    if m:
        return f"Kamervragen ({'Tweede' if m.group(1) == 'tk' else 'Eerste'} Kamer) {m.group(2)}"
    if doc.type in {"handelingen", "aanhangsel"} and doc.number:
        return doc.number
    if doc.type == "rapport":
        year = (doc.date or "")[:4]
        title = re.search(r"«[^»]+»|tussen wens en werkelijkheid", doc.title, re.IGNORECASE)
        name = title.group(0) if title else doc.title
        if not name.startswith("«"):
            name = f"«{name[:1].upper()}{name[1:]}»"
        return f"ACVZ-advies {name}" + (f" ({year})" if year else "")
    return doc.number or doc.title


def footnote_number(paragraph: Paragraph) -> str:
    """'3' for the footnote record 'kst-29344-128:fn3'."""
    return paragraph.id.rsplit(":fn", 1)[-1]


def paragraph_reference(doc: Document, paragraph: Paragraph) -> str:
    """'Kamerstuk 29 344, nr. 128, p. 3' — the page where the paragraph starts (', voetnoot 1' for a footnote)."""
    ref = document_reference(doc)
    if paragraph.page >= 1:
        ref += f", p. {paragraph.page}"
        return f"{ref}, voetnoot {footnote_number(paragraph)}" if paragraph.kind == "footnote" else ref
    return f"{ref}, {paragraph.label}" if paragraph.label else ref  # sources without pages (XML, HTML)


def page_url(doc: Document, paragraph: Paragraph) -> str | None:
    """A link that opens the official PDF at the cited page (None when there is no PDF)."""
    return f"{doc.pdf_url}#page={paragraph.page}" if doc.pdf_url and paragraph.page >= 1 else None


def select_documents(
    documents: list[Document],
    ids: list[str] | None = None,
    types: list[str] | None = None,
    date_from: str | None = None,
    date_to: str | None = None,
) -> list[str] | None:
    """Ids of the documents that pass every given filter; None when no filter is given (= all).

    Dates are ISO (YYYY-MM-DD, or a prefix such as 2015 or 2015-11); a document without a date
    fails a date filter. Raises CorpusError on a malformed date.
    """
    if not (ids or types or date_from or date_to):
        return None
    lo, hi = _date_bound(date_from, low=True), _date_bound(date_to, low=False)
    out = []
    for d in documents:
        if ids and d.id not in ids:
            continue
        if types and d.type not in types:
            continue
        if (lo or hi) and (not d.date or (lo and d.date < lo) or (hi and d.date > hi)):
            continue
        out.append(d.id)
    return out


def _date_bound(value: str | None, low: bool) -> str | None:
    if not value or not value.strip():
        return None
    value = value.strip()
    if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        raise CorpusError(f"datum {value!r} niet herkend: gebruik JJJJ-MM-DD (of JJJJ of JJJJ-MM)")
    pad = {4: ("-01-01", "-12-31"), 7: ("-01", "-31"), 10: ("", "")}[len(value)]
    return value + (pad[0] if low else pad[1])
