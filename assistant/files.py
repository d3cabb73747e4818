"""Documents from files staff already have: PDF (text layer, with pages), HTML (an officielebekendmakingen
page or any article-like page), plain text, and official XML (see :mod:`assistant.obxml`).

PDF goes through pypdf page by page and is then written in the PDF-text-layer convention the
letter uses (a page starts with a line that begins with a space), so the same, tested segmenter
(hyphenation repair, page numbers, paragraphs broken by page breaks) handles it.
"""

from __future__ import annotations

import html as html_lib
import io
import re
from html.parser import HTMLParser
from pathlib import Path

from .errors import CorpusError
from .models import Document, Paragraph
from .segment import segment_pdf_text

FORMATS = {".txt": "text", ".xml": "xml", ".pdf": "pdf", ".html": "html", ".htm": "html"}


def file_format(name: str) -> str:
    fmt = FORMATS.get(Path(name).suffix.lower())
    if fmt is None:
        raise CorpusError(f"{name}: unsupported file type (use {', '.join(sorted(FORMATS))})")
    return fmt


def pdf_to_text_layer(raw: bytes, name: str = "document") -> str:
    """The PDF's text, pages marked the way segment.py expects (first line of a page starts with a space)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(raw))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError) as exc:
        raise CorpusError(f"{name}: not a readable PDF ({exc})") from None
    if not any(p.strip() for p in pages):
        raise CorpusError(f"{name}: the PDF has no text layer (scanned?); not indexed")
    out = []
    for text in pages:
        lines = [ln.rstrip() for ln in text.splitlines()]
        while lines and not lines[0].strip():
            lines.pop(0)
        if not lines:
            lines = [""]
        lines[0] = " " + lines[0].lstrip()
        out.append("\n".join(lines))
    return "\n".join(out) + "\n"


class _Blocks(HTMLParser):
    """Headings and paragraphs of an HTML page, in order; scripts, styles and navigation skipped."""

    SKIP = {"script", "style", "nav", "header", "footer", "noscript", "form", "button"}
    BLOCK = {"p", "li", "h1", "h2", "h3", "h4", "h5", "dd", "td", "blockquote"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[tuple[str, str]] = []
        self._skip = 0
        self._tag: str | None = None
        self._buf: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self._skip += 1
        elif tag in self.BLOCK and not self._skip:
            self._flush()
            self._tag = tag
        elif tag == "br":
            self._buf.append(" ")

    def handle_endtag(self, tag):
        if tag in self.SKIP and self._skip:
            self._skip -= 1
        elif tag in self.BLOCK and tag == self._tag:
            self._flush()

    def handle_data(self, data):
        if not self._skip and self._tag:
            self._buf.append(data)

    def _flush(self):
        text = re.sub(r"\s+", " ", "".join(self._buf)).strip()
        if text and self._tag:
            self.blocks.append((self._tag, html_lib.unescape(text)))
        self._buf, self._tag = [], None


def segment_html(doc: Document, raw: bytes) -> list[Paragraph]:
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
    parser = _Blocks()
    parser.feed(text)
    parser.close()
    from .obxml import RecordBuilder

    section: list[str] = []
    records = RecordBuilder(doc)
    for tag, block in parser.blocks:
        if tag in {"h1", "h2", "h3", "h4", "h5"}:
            level = int(tag[1])
            section = section[: max(0, level - 2)] + [block] if level > 1 else []
            continue
        records.add(block, section, "item" if tag == "li" else "body", doc.voice, None)
    out = records.items
    if not out:
        raise CorpusError(f"{doc.id}: no paragraphs found in the HTML")
    return out


def segment_file(doc: Document, raw: bytes) -> list[Paragraph]:
    """Paragraph records for a document's file, by its type."""
    from .obxml import segment_xml

    fmt = file_format(doc.file or "")
    if fmt == "xml":
        return segment_xml(doc, raw)
    if fmt == "html":
        return segment_html(doc, raw)
    if fmt == "pdf":
        return segment_pdf_text(doc, pdf_to_text_layer(raw, doc.file or doc.id))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise CorpusError(f"{doc.id}: {doc.file} is not UTF-8 text") from None
    if not text.strip():
        raise CorpusError(f"{doc.id}: {doc.file} is empty")
    return segment_pdf_text(doc, text)
