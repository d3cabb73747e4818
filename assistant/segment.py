"""Segment a Kamerstuk's PDF text layer into citable paragraphs.

The input is the text layer as published (``corpus/kst-29344-128.txt``):

* a new page starts where a line begins with a space (page 1 is the first page);
* footnotes sit at the foot of their page, after a blank line, as ``<n> <text>``;
  their marker in the body is the number glued to the preceding word (``geïnformeerd.1``);
* words are hyphenated at line ends (``verschil-`` / ``lende``);
* blank lines separate blocks; inside a block a new paragraph starts after a short
  line that ends a sentence (the PDF's paragraph break without white space);
* headings are short blocks without closing punctuation; their level is not visible
  in the text layer and comes from the manifest (``Document.headings``).

llama-index's node parsers split on size, not on document structure, and know nothing
of pages, footnotes or hyphenation; hence this module. Its output (paragraph ids,
pages, section paths) is the citation contract, so it must be deterministic.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from .models import Document, Paragraph
from .text import join_lines, sentence_spans

log = logging.getLogger(__name__)

_TERMINAL_RE = re.compile(r"[.!?:;][»”’\")]*$")
_SENTENCE_END_RE = re.compile(r"[.!?][»”’\")]*$")
_FOOTNOTE_START_RE = re.compile(r"^(\d{1,3}) (?=\S)")
_NUMBERED_RE = re.compile(r"^(\d{1,2})\.\s")
_NAME_LINE_RE = re.compile(r"^(?:[A-Z]\.){1,6}\s?[A-Z][\w'’-]+(?:\s[\w'’-]+)*$")
_SHORT_LINE_RATIO = 0.82


@dataclass
class _Line:
    text: str
    page: int


@dataclass
class _Footnote:
    number: int
    page: int
    lines: list[str] = field(default_factory=list)


def _split_pages(raw: str) -> list[list[str]]:
    pages: list[list[str]] = []
    for line in raw.replace("\r\n", "\n").split("\n"):
        line = line.rstrip()
        if line.startswith(" ") and line.strip():
            pages.append([line.strip()])
        elif not pages:
            pages.append([line.strip()])
        else:
            pages[-1].append(line.strip())
    return pages


def _blocks(lines: list[_Line]) -> list[list[_Line]]:
    out: list[list[_Line]] = [[]]
    for ln in lines:
        if ln.text:
            out[-1].append(ln)
        elif out[-1]:
            out.append([])
    return [b for b in out if b]


def _take_footnotes(page_lines: list[str], page: int, next_number: int) -> tuple[list[str], list[_Footnote]]:
    """Cut the footnote blocks from the foot of a page; they are numbered on from ``next_number``."""
    lines = list(page_lines)
    while lines and not lines[-1]:
        lines.pop()
    # Find the start of the trailing run of footnote blocks: each block after a blank line
    # starting with the number expected at that point.
    blank_positions = [i for i, t in enumerate(lines) if not t]
    start = len(lines)
    for pos in reversed(blank_positions):
        candidate = lines[pos + 1 : start]
        if not candidate or not _FOOTNOTE_START_RE.match(candidate[0]):
            break
        start = pos + 1
    tail = lines[start:]
    notes: list[_Footnote] = []
    expected = next_number
    for t in tail:
        if not t:
            continue
        m = _FOOTNOTE_START_RE.match(t)
        if m and int(m.group(1)) == expected:
            notes.append(_Footnote(expected, page, [t[m.end() :]]))
            expected += 1
        elif notes:
            notes[-1].lines.append(t)
        else:
            return page_lines, []  # the tail does not start with the expected footnote: not footnotes
    if not notes:
        return page_lines, []
    body = lines[:start]
    while body and not body[-1]:
        body.pop()
    return body, notes


def _body_lines(raw: str) -> tuple[list[_Line], list[_Footnote]]:
    """All body lines with their page, page breaks and footnotes removed, plus the footnotes."""
    body: list[_Line] = []
    footnotes: list[_Footnote] = []
    for page_no, page_lines in enumerate(_split_pages(raw), start=1):
        lines, notes = _take_footnotes(page_lines, page_no, len(footnotes) + 1)
        footnotes.extend(notes)
        if body:
            last = next((ln.text for ln in reversed(body) if ln.text), "")
            if _TERMINAL_RE.search(last):
                body.append(_Line("", page_no))  # the page break falls between paragraphs
            else:  # the paragraph runs on across the page break (and any footnotes)
                while body and not body[-1].text:
                    body.pop()
        body.extend(_Line(t, page_no) for t in lines)
    return body, footnotes


def _merge_continuations(blocks: list[list[_Line]]) -> list[list[_Line]]:
    """Rejoin a block broken by a stray blank line: unfinished line, then a lower-case start."""
    out: list[list[_Line]] = []
    for b in blocks:
        if out and not _TERMINAL_RE.search(out[-1][-1].text) and b[0].text[:1].islower():
            out[-1].extend(b)
        else:
            out.append(list(b))
    return out


def _split_paragraphs(block: list[_Line], width: int) -> list[list[_Line]]:
    paras: list[list[_Line]] = [[block[0]]]
    for prev, ln in zip(block, block[1:]):
        short = len(prev.text) < _SHORT_LINE_RATIO * width
        starts_new = ln.text[:1].isupper() or ln.text[:1] in '«(“"' or ln.text[:1].isdigit()
        if short and _SENTENCE_END_RE.search(prev.text) and starts_new:
            paras.append([ln])
        else:
            paras[-1].append(ln)
    return paras


def _is_heading(block: list[_Line]) -> bool:
    text = " ".join(ln.text for ln in block)
    return (
        len(block) <= 3
        and len(text) <= 120
        and not re.search(r"[.:;!?,]$", text)
        and (text[:1].isupper() or text[:1] in '«“"')
        and not _NUMBERED_RE.match(text)
    )


def _is_signature_block(block: list[_Line]) -> bool:
    return len(block) == 2 and block[0].text.startswith("De ") and bool(_NAME_LINE_RE.match(block[1].text))


def _paragraph_text(lines: list[_Line]) -> str:
    """Join lines; list items (``1. …`` after a line ending in ``:`` or ``;``) keep their own line."""
    groups: list[list[str]] = [[]]
    for prev, ln in zip([None, *lines], lines):
        if prev is not None and _NUMBERED_RE.match(ln.text) and re.search(r"[:;]$", prev.text):
            groups.append([])
        groups[-1].append(ln.text)
    return "\n".join(join_lines(g) for g in groups if g)


def _typical_width(lines: list[_Line]) -> int:
    lengths = sorted(len(ln.text) for ln in lines if ln.text)
    return lengths[int(0.9 * (len(lengths) - 1))] if lengths else 80


def _marker_re(number: int) -> re.Pattern[str]:
    # The marker is glued to the preceding word or punctuation: "geïnformeerd.1 Het".
    return re.compile(rf"(?<=[^\s\d]){number}(?=\s|$)")


def segment_pdf_text(doc: Document, raw: str) -> list[Paragraph]:
    """Segment a PDF text layer into paragraphs and footnotes (see module docstring)."""
    lines, notes = _body_lines(raw)
    width = _typical_width(lines)
    blocks = _merge_continuations(_blocks(lines))

    # The signature: the trailing run of "De Minister …," / "A.B. Name" blocks.
    sig_start = len(blocks)
    while sig_start > 0 and _is_signature_block(blocks[sig_start - 1]):
        sig_start -= 1

    levels = {_norm_heading(k): v for k, v in doc.headings.items()}
    headings: list[str] = []
    numbered: str | None = None
    in_reactie = False
    paragraphs: list[Paragraph] = []

    def add(kind: str, plines: list[_Line], text: str) -> None:
        section = headings + ([numbered] if numbered else [])
        ordinal = len(paragraphs) + 1
        paragraphs.append(
            Paragraph(
                id=f"{doc.id}:{ordinal:03d}",
                doc_id=doc.id,
                ordinal=ordinal,
                page=plines[0].page,
                page_end=plines[-1].page,
                section=section,
                kind=kind,
                text=text,
            )
        )

    for bi, block in enumerate(blocks[:sig_start]):
        if _is_heading(block):
            title = join_lines([ln.text for ln in block])
            level = levels.get(_norm_heading(title), 1)
            headings = headings[: level - 1] + [title]
            numbered, in_reactie = None, False
            continue
        for pi, plines in enumerate(_split_paragraphs(block, width)):
            text = _paragraph_text(plines)
            m = _NUMBERED_RE.match(text)
            if pi == 0 and m and not (paragraphs and paragraphs[-1].text.endswith(":")):
                numbered, in_reactie = f"{m.group(1)}.", False
                add("item", plines, text)
                continue
            if text.startswith("Reactie:"):
                in_reactie = True
            add("reactie" if in_reactie else "body", plines, text)

    if sig_start < len(blocks):
        sig_lines = [ln for b in blocks[sig_start:] for ln in b]
        headings, numbered = ["Ondertekening"], None
        text = "\n".join(join_lines([b[0].text]) + " " + b[1].text for b in blocks[sig_start:])
        add("signature", sig_lines, text)

    _attach_footnotes(doc, paragraphs, notes)
    return paragraphs


def _attach_footnotes(doc: Document, paragraphs: list[Paragraph], notes: list[_Footnote]) -> None:
    """Remove footnote markers from the body and append one record per footnote."""
    start = 0
    body_count = len(paragraphs)
    for note in notes:
        pattern = _marker_re(note.number)
        parent: Paragraph | None = None
        anchor: str | None = None
        for i in range(start, body_count):
            p = paragraphs[i]
            m = pattern.search(p.text)
            if m:
                p.text = p.text[: m.start()] + p.text[m.end() :]
                parent, start = p, i
                anchor = next((p.text[a:b] for a, b in sentence_spans(p.text) if a <= m.start() <= b), None)
                break
        if parent is None:
            log.warning("%s: footnote %d has no marker in the body", doc.id, note.number)
        fid = f"{doc.id}:fn{note.number}"
        if parent is not None:
            parent.footnotes.append(fid)
        paragraphs.append(
            Paragraph(
                id=fid,
                doc_id=doc.id,
                ordinal=len(paragraphs) + 1,
                page=note.page,
                page_end=note.page,
                section=list(parent.section) if parent else [],
                kind="footnote",
                text=join_lines(note.lines),
                parent=parent.id if parent else None,
                anchor=anchor,
            )
        )


def _norm_heading(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().lower()
