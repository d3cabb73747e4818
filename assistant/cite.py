"""Citations: building them from paragraphs and checking them. Pure functions, no models.

Invariants the rest of the system relies on (and the tests check):

* a citation's quote occurs verbatim in its paragraph's text;
* a citation points only at a paragraph that was retrieved for the question;
* citations are numbered 1..n in order of first appearance, and every ``[n]`` in the
  answer text has a citation (and vice versa).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

from .corpus import page_url, paragraph_reference
from .models import Citation, Document, Paragraph

MARKER_RE = re.compile(r"\[(\d+)\]")

T = TypeVar("T")


def make_citation(n: int, paragraph: Paragraph, doc: Document, quote: str, voice: str | None = None) -> Citation:
    if quote not in paragraph.text:
        raise ValueError(f"quote is not verbatim in {paragraph.id}: {quote[:60]!r}")
    return Citation(
        n=n,
        paragraph_id=paragraph.id,
        doc_id=paragraph.doc_id,
        page=paragraph.page,
        quote=quote,
        text=paragraph.text,
        reference=paragraph_reference(doc, paragraph),
        url=doc.source_url,
        page_url=page_url(doc, paragraph),
        section=list(paragraph.section),
        voice=voice or paragraph.voice,
    )


def markers(text: str) -> list[int]:
    """The citation numbers used in an answer text, in order of appearance (repeats kept)."""
    return [int(m.group(1)) for m in MARKER_RE.finditer(text)]


def citation_problems(text: str, citations: Iterable[Citation], retrieved_ids: Iterable[str]) -> list[str]:
    """Every way in which an answer breaks the citation invariants; empty when it is sound."""
    problems: list[str] = []
    cites = list(citations)
    retrieved = set(retrieved_ids)
    numbers = [c.n for c in cites]
    if numbers != list(range(1, len(cites) + 1)):
        problems.append(f"citations are not numbered 1..{len(cites)}: {numbers}")
    used = set(markers(text))
    for c in cites:
        if c.quote not in c.text:
            problems.append(f"[{c.n}] quote is not verbatim in {c.paragraph_id}")
        if c.paragraph_id not in retrieved:
            problems.append(f"[{c.n}] cites {c.paragraph_id}, which was not retrieved")
        if c.n not in used:
            problems.append(f"[{c.n}] is never referred to in the answer")
    for n in sorted(used - set(numbers)):
        problems.append(f"[{n}] in the answer has no citation")
    return problems


def cited_first(ranked: list[T], citations: Iterable[Citation], paragraph_id: Callable[[T], str]) -> list[T]:
    """``ranked`` with the paragraphs the answer cites first, in the order it cites them; the rest keep their
    order after them. Nothing is added or dropped: a citation of a paragraph not in ``ranked`` changes nothing."""
    order: dict[str, int] = {}
    for c in citations:
        order.setdefault(c.paragraph_id, len(order))
    cited = sorted((x for x in ranked if paragraph_id(x) in order), key=lambda x: order[paragraph_id(x)])
    return cited + [x for x in ranked if paragraph_id(x) not in order]
