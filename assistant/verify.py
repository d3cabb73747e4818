"""Citation verification: pure functions, no models (the support measure is passed in).

Two situations:

* **Extractive answers** (:func:`verify_answer`): every quote must occur verbatim in its paragraph and
  the paragraph must have been retrieved for this question. A citation that fails is kept and marked
  «onbevestigd» with a notice — never silently dropped.
* **Generated answers** (:func:`verify_generated`): an LLM wrote the text with ``[n]`` markers that
  refer to the numbered sources it was shown. Markers to sources that do not exist are removed and
  reported; every other marker becomes a citation whose quote is the source sentence closest to the
  claim (so the quote is verbatim by construction), and whose ``status`` says whether the claim's
  support by the paragraph reaches the threshold calibrated on ``evals/gold/claims.jsonl``.
  Sentences without any marker are reported. Citations are renumbered 1..n in order of appearance.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from .cite import MARKER_RE, make_citation
from .models import Answer, Citation, Document, Paragraph
from .text import sentence_spans

UNCONFIRMED = "onbevestigd"
CONFIRMED = "bevestigd"

# support(claim, paragraph) -> (score 0..1, (start, end) of the paragraph sentence that supports it best)
SupportFn = Callable[[str, Paragraph], tuple[float, tuple[int, int]]]


@dataclass(frozen=True)
class Source:
    """A paragraph as shown to the LLM under number ``n``."""

    n: int
    paragraph: Paragraph
    document: Document


def verify_answer(answer: Answer, paragraphs: dict[str, Paragraph], retrieved_ids: Iterable[str]) -> Answer:
    """Check an extractive answer's citations; failures are marked «onbevestigd» and reported."""
    retrieved = set(retrieved_ids)
    notices = list(answer.notices)
    checked: list[Citation] = []
    for c in answer.citations:
        para = paragraphs.get(c.paragraph_id)
        problem = None
        if para is None:
            problem = f"bron [{c.n}] ({c.paragraph_id}) bestaat niet in de index"
        elif c.quote not in para.text:
            problem = f"het citaat bij [{c.n}] staat niet letterlijk in {c.paragraph_id}"
        elif c.paragraph_id not in retrieved:
            problem = f"bron [{c.n}] ({c.paragraph_id}) is niet gevonden bij deze vraag"
        if problem:
            notices.append(f"Onbevestigde bron: {problem}.")
            c = c.model_copy(update={"status": UNCONFIRMED})
        checked.append(c)
    return answer.model_copy(update={"citations": checked, "notices": notices})


def lexical_support(
    claim: str, paragraph: Paragraph, terms: Callable[[str], list[str]]
) -> tuple[float, tuple[int, int]]:
    """Share of the claim's content terms found in the best paragraph sentence (or the whole paragraph)."""
    wanted = set(terms(claim))
    spans = sentence_spans(paragraph.text) or [(0, len(paragraph.text))]
    if not wanted:
        return 0.0, spans[0]
    best = max(spans, key=lambda sp: len(wanted & set(terms(paragraph.text[sp[0] : sp[1]]))))
    in_paragraph = len(wanted & set(terms(paragraph.text))) / len(wanted)
    in_sentence = len(wanted & set(terms(paragraph.text[best[0] : best[1]]))) / len(wanted)
    return 0.5 * in_paragraph + 0.5 * in_sentence, best


def verify_generated(
    text: str,
    sources: list[Source],
    support: SupportFn,
    threshold: float,
) -> Answer:
    """Turn an LLM's text with ``[n]`` markers into a verified, renumbered :class:`Answer`."""
    by_n = {s.n: s for s in sources}
    notices: list[str] = []
    removed = sorted({int(m.group(1)) for m in MARKER_RE.finditer(text)} - set(by_n))
    if removed:
        listed = ", ".join(f"[{n}]" for n in removed)
        notices.append(f"Verwijderd: {listed} verwijst naar een bron die niet bestaat.")
        text = MARKER_RE.sub(lambda m: "" if int(m.group(1)) in removed else m.group(0), text)
        text = re.sub(r"[ \t]+([.,;:!?])", r"\1", re.sub(r"[ \t]{2,}", " ", text)).strip()

    citations: list[Citation] = []
    number: dict[int, int] = {}  # source n -> citation n
    uncited: list[str] = []
    for claim, markers in _claims(text):
        if not markers:
            if _is_statement(claim):
                uncited.append(claim)
            continue
        for n in markers:
            if n in number:
                continue
            src = by_n[n]
            score, (start, end) = support(claim, src.paragraph)
            status = CONFIRMED if score >= threshold else UNCONFIRMED
            number[n] = len(citations) + 1
            cite = make_citation(number[n], src.paragraph, src.document, src.paragraph.text[start:end])
            citations.append(cite.model_copy(update={"status": status, "support": round(score, 3)}))
    text = MARKER_RE.sub(lambda m: f"[{number[int(m.group(1))]}]", text)
    unconfirmed = [c.n for c in citations if c.status == UNCONFIRMED]
    if unconfirmed:
        listed = ", ".join(f"[{n}]" for n in unconfirmed)
        notices.append(f"Onbevestigd: {listed} — de bron ondersteunt de zin niet aantoonbaar; controleer de tekst.")
    for claim in uncited:
        notices.append(f"Zonder bron: «{claim}»")
    return Answer(text=text, abstained=False, citations=citations, notices=notices)


def _claims(text: str) -> list[tuple[str, list[int]]]:
    """Sentences of a generated text with their markers; «… vergroot. [2]» gives [2] to that sentence."""
    out: list[tuple[str, list[int]]] = []
    for m in _CLAIM_RE.finditer(text):
        body, trailing = m.group(1), m.group(2) or ""
        markers = [int(x.group(1)) for x in MARKER_RE.finditer(body + trailing)]
        claim = re.sub(r"\s+([.,;:!?])", r"\1", MARKER_RE.sub("", body)).strip()
        if claim:
            out.append((claim, markers))
        elif out:
            out[-1][1].extend(markers)
    return out


# A sentence: up to an end mark followed by space/marker/end (abbreviations like «nr. 128» excepted),
# then any markers that trail it.
_CLAIM_RE = re.compile(r"\s*(.+?(?:(?<!\bnr)(?<!\bnrs)(?<!\bjl)(?<!\bp)[.!?](?=\s|\[|$)|$))((?:\s*\[\d+\])*)", re.S)


def _is_statement(claim: str) -> bool:
    """Sentences worth a source: not a heading-like fragment or a polite closing line."""
    return len(re.findall(r"\w+", claim)) >= 5
