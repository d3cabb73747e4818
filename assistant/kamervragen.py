"""Kamervragen: split a pasted set of numbered questions, draft an answer per question, export.

Drafts are for civil servants to edit: every «Antwoord n» quotes the stukken with footnoted sources in
parliamentary form, or says plainly that the stukken do not answer the question. Export as Markdown
(footnotes ``[^n]``) and as .docx (python-docx has no footnote API, so sources are a numbered endnote
list «Bronnen» with superscript references in the text — Word users know the form).
"""

from __future__ import annotations

import re
from pathlib import Path

from pydantic import BaseModel, Field

from .cite import MARKER_RE
from .errors import InvalidQuestionError
from .models import Answer

NOT_ANSWERED = (
    "De stukken die de assistent doorzoekt geven op deze vraag geen antwoord; dit moet elders worden nagegaan."
)

# «Vraag 1», «Vraag 1:», «Vraag 1.» on its own or followed by text; or «1.» / «1)» at a line start.
_VRAAG_RE = re.compile(r"(?im)^\s*vraag\s+(\d{1,3})\s*[:.)]?\s*")
_NUMBERED_RE = re.compile(r"(?m)^\s*(\d{1,3})\s*[.)]\s+")
MAX_QUESTIONS = 40


class KamerVraag(BaseModel):
    number: int
    text: str


class DraftItem(BaseModel):
    number: int
    question: str
    answer: Answer
    footnotes: list[int] = Field(default_factory=list, description="Global footnote numbers used by this answer.")


class Draft(BaseModel):
    items: list[DraftItem]
    sources: list[str] = Field(description="Footnote texts, footnote n at index n-1.")


def parse_questions(text: str) -> list[KamerVraag]:
    """The numbered questions in a pasted set of Kamervragen («Vraag 1 …» or «1. …»)."""
    if not isinstance(text, str) or not text.strip():
        raise InvalidQuestionError("Plak eerst de Kamervragen (genummerd: «Vraag 1 …» of «1. …»).")
    pattern = _VRAAG_RE if _VRAAG_RE.search(text) else _NUMBERED_RE
    marks = list(pattern.finditer(text))
    if not marks:
        raise InvalidQuestionError("Geen genummerde vragen gevonden: nummer ze als «Vraag 1 …» of «1. …».")
    out = []
    for i, m in enumerate(marks):
        end = marks[i + 1].start() if i + 1 < len(marks) else len(text)
        body = " ".join(text[m.end() : end].split())
        if body:
            out.append(KamerVraag(number=int(m.group(1)), text=body))
    if not out:
        raise InvalidQuestionError("De genummerde vragen zijn leeg.")
    if len(out) > MAX_QUESTIONS:
        raise InvalidQuestionError(f"Te veel vragen ({len(out)}; maximaal {MAX_QUESTIONS} per keer).")
    return out


def draft(assistant, text: str, doc_ids: list[str] | None = None) -> Draft:
    """Answer every question; footnotes run through the whole draft, a source used twice keeps its number."""
    items: list[DraftItem] = []
    sources: list[str] = []
    for q in parse_questions(text):
        answer = assistant.ask(q.text, doc_ids=doc_ids)
        used = []
        for c in answer.citations:
            label = f"{c.reference}" + (f" ({' › '.join(c.section)})" if c.section else "")
            label += f", {c.url}" if c.url else ""
            if c.status == "onbevestigd":
                label += " [onbevestigd]"
            if label not in sources:
                sources.append(label)
            used.append(sources.index(label) + 1)
        items.append(DraftItem(number=q.number, question=q.text, answer=answer, footnotes=used))
    return Draft(items=items, sources=sources)


def _body(item: DraftItem, marker) -> str:
    """The answer text with its local [n] replaced by the draft's footnote numbers."""
    if item.answer.abstained:
        return NOT_ANSWERED
    return MARKER_RE.sub(lambda m: marker(item.footnotes[int(m.group(1)) - 1]), item.answer.text)


def to_markdown(d: Draft, esc=None) -> str:
    """Markdown with ``[^n]`` footnotes; ``esc`` escapes text pieces (the UI passes present.esc)."""
    e = esc or (lambda s: s)
    marker = (lambda n: f"<sup>{n}</sup>") if esc else (lambda n: f"[^{n}]")
    lines = ["# Concept-antwoorden", ""]
    for item in d.items:
        lines += [f"## Vraag {item.number}", "", e(item.question), "", f"### Antwoord {item.number}", ""]
        body = NOT_ANSWERED if item.answer.abstained else item.answer.text
        pieces = MARKER_RE.split(body)  # text, n, text, n, ...
        if item.answer.abstained:
            lines.append(e(body))
        else:
            lines.append(
                "".join(e(x) if i % 2 == 0 else marker(item.footnotes[int(x) - 1]) for i, x in enumerate(pieces))
            )
        for notice in item.answer.notices:
            lines += ["", f"> {e(notice)}"]
        lines.append("")
    if d.sources:
        if esc:
            lines += ["---", "", "**Bronnen**", ""] + [f"{n}. {e(s)}" for n, s in enumerate(d.sources, 1)]
        else:
            lines += ["---", ""] + [f"[^{n}]: {s}" for n, s in enumerate(d.sources, 1)]
    return "\n".join(lines).rstrip() + "\n"


def to_docx(d: Draft, path: Path) -> Path:
    from docx import Document as Docx

    doc = Docx()
    doc.add_heading("Concept-antwoorden", level=1)
    for item in d.items:
        doc.add_heading(f"Vraag {item.number}", level=2)
        doc.add_paragraph(item.question)
        doc.add_heading(f"Antwoord {item.number}", level=2)
        para = doc.add_paragraph()
        text = _body(item, lambda n: f"\x00{n}\x00")
        for i, piece in enumerate(text.split("\x00")):
            run = para.add_run(piece)
            run.font.superscript = i % 2 == 1  # footnote numbers
        for notice in item.answer.notices:
            doc.add_paragraph().add_run(notice).italic = True
    if d.sources:
        doc.add_heading("Bronnen", level=2)
        for n, s in enumerate(d.sources, 1):
            doc.add_paragraph(f"{n}. {s}")
    path = Path(path)
    doc.save(path)
    return path
