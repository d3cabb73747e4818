"""The default answer engine: extractive, no LLM.

No generative model that ships in a package can write Dutch, so by default the answer
*is* the evidence: the sentences from the retrieved paragraphs that best cover the
question, in document order, each followed by its ``[n]`` marker. Quotes are slices of
the paragraph text, so they are verbatim by construction.

Why our own and not a llama-index response synthesizer: every synthesizer calls an LLM;
``SentenceEmbeddingOptimizer`` filters sentences but produces no citations.

Scoring, per sentence of the top retrieved paragraphs:

* ``lex``: idf-weighted share of the question's content terms (Dutch stems) in the sentence;
* ``dense``: e5 cosine between question and sentence (sentence vectors are built with the index);
* ``ctx``: the idf-weighted share for the whole paragraph with its section headings;
* a prior on the retrieval rank.

The answer abstains when ``support`` (0.3 × best paragraph ``ctx`` + 0.7 × best sentence
``dense``, stretched to 0..1) is below ``AnswerSettings.min_support``, calibrated on the
dev split of the gold set (see evals/CHANGELOG.md).
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass

from .cite import make_citation
from .config import AnswerSettings
from .corpus import footnote_number
from .index import IndexHandle
from .models import Answer, Citation, Paragraph, Retrieved
from .text import answer_type, carries, content_terms, looks_english, sentence_spans

log = logging.getLogger(__name__)

ABSTAIN_TEXT = "Dit staat niet in de stukken die ik doorzoek."
# Sentences that lean on the one before ("Dit is inclusief …") get it as context.
_ANAPHORA_RE = re.compile(
    r"^(Dit|Dat|Deze|Die|Zij|Hij|Het gaat|Daarbij|Daarnaast|Daardoor|Hiermee|Hierbij|Zulke|Dat houdt)\b"
)
_LIST_QUESTION_RE = re.compile(r"\b(welke|noem|opsomming|lijst|prioriteiten|thema|thema’s|thema's|which|list)\b", re.I)
_CANDIDATE_PARAGRAPHS = 5  # paragraphs whose sentences may be quoted
_SUPPORT_PARAGRAPHS = 3  # paragraphs that count for abstention
_TYPED_WINDOW = 5  # sentences searched for the answer type (number, date)
_SECONDARY = 0.8  # a further sentence is quoted when it scores at least this share of the best
# Sentence score weights (tuned on the dev split).
_W_LEX, _W_DENSE, _W_CTX, _W_RANK = 0.3, 0.3, 0.25, 0.25
# e5 cosines between a question and related Dutch text fall in ~0.78..0.95: stretched to 0..1.
_COS_LOW, _COS_HIGH, _COS_HIGH_ENGLISH = 0.78, 0.95, 0.86


def _stretch(cos: float, low: float = _COS_LOW, high: float = _COS_HIGH) -> float:
    return min(1.0, max(0.0, (cos - low) / (high - low)))


@dataclass
class _Sentence:
    paragraph: Paragraph
    rank: int
    start: int
    end: int
    lex: float
    score: float


class ExtractiveAnswerer:
    def __init__(self, handle: IndexHandle, cfg: AnswerSettings) -> None:
        self.handle = handle
        self.cfg = cfg
        self.terms = handle.terms
        self._doc_rank = {doc_id: i for i, doc_id in enumerate(handle.documents)}

    def answer(self, question: str, hits: list[tuple[Paragraph, float]]) -> Answer:
        q_terms = set(content_terms(question))
        scored = self._score_sentences(question, q_terms, hits[:_CANDIDATE_PARAGRAPHS])
        if not scored or self.support(question, hits) < self.cfg.min_support:
            return self._abstain(hits)
        kind = answer_type(question)
        if kind:
            # "Hoeveel …?" wants a number, "Wanneer …?" a date: among the best few sentences one
            # must carry it, and that one leads; otherwise the stukken do not answer the question.
            typed = [x for x in scored[:_TYPED_WINDOW] if carries(kind, x.paragraph.text[x.start : x.end])]
            if not typed:
                return self._abstain(hits)
            scored = [typed[0]] + [x for x in scored if x is not typed[0]]
        chosen = self._select(question, scored)
        chosen += self._footnotes_of(chosen, hits)
        return self._compose(chosen)

    def _footnotes_of(self, chosen: list[_Sentence], hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        """A quoted sentence that carries a footnote marker brings the footnote (its source), if retrieved."""
        retrieved = {p.id: rank for rank, (p, _) in enumerate(hits)}
        out: list[_Sentence] = []
        for s in chosen:
            for fid in s.paragraph.footnotes:
                note = self.handle.paragraphs.get(fid)
                if note is None or fid not in retrieved or any(x.paragraph.id == fid for x in chosen + out):
                    continue
                if note.anchor and note.anchor in s.paragraph.text[s.start : s.end]:
                    out.append(_Sentence(note, retrieved[fid], 0, len(note.text), 0.0, 0.0))
        return out

    def support(self, question: str, hits: list[tuple[Paragraph, float]]) -> float:
        """How well the top paragraphs cover the question, 0..1 (the abstention signal)."""
        top = hits[:_SUPPORT_PARAGRAPHS]
        if not top:
            return 0.0
        best_cos = max((c for p, _ in top for _, _, c in self.handle.sentence_similarity(question, p.id)), default=0.0)
        if looks_english(question):
            # Dutch stems cannot match an English question, and cross-lingual cosines run lower.
            return _stretch(best_cos, _COS_LOW, _COS_HIGH_ENGLISH)
        q_terms = set(content_terms(question))
        ctx = max(self.terms.paragraph_coverage(q_terms, p.id) for p, _ in top)
        return 0.3 * ctx + 0.7 * _stretch(best_cos)

    def _score_sentences(
        self, question: str, q_terms: set[str], hits: list[tuple[Paragraph, float]]
    ) -> list[_Sentence]:
        out: list[_Sentence] = []
        for rank, (p, _) in enumerate(hits):
            ctx = self.terms.paragraph_coverage(q_terms, p.id)
            for start, end, cos in self.handle.sentence_similarity(question, p.id):
                lex = self.terms.coverage(q_terms, set(content_terms(p.text[start:end])))
                score = _W_LEX * lex + _W_DENSE * _stretch(cos) + _W_CTX * ctx + _W_RANK / (1 + rank)
                out.append(_Sentence(p, rank, start, end, lex, score))
        out.sort(key=lambda s: s.score, reverse=True)
        return out

    def _select(self, question: str, scored: list[_Sentence]) -> list[_Sentence]:
        best = scored[0]
        chosen = [best]
        wants_list = bool(_LIST_QUESTION_RE.search(question))
        for s in scored[1:]:
            if len(chosen) >= self.cfg.max_sentences:
                break
            if s.score < _SECONDARY * best.score or s.lex == 0:
                continue
            if any(c.paragraph.id == s.paragraph.id and c.start == s.start for c in chosen):
                continue
            chosen.append(s)
        # Context: a sentence starting with "Dit …" gets the sentence before it.
        extra: list[_Sentence] = []
        for s in chosen:
            if _ANAPHORA_RE.match(s.paragraph.text[s.start : s.end]):
                prev = [sp for sp in sentence_spans(s.paragraph.text) if sp[1] <= s.start]
                if prev:
                    extra.append(_Sentence(s.paragraph, s.rank, prev[-1][0], prev[-1][1], 0.0, 0.0))
        chosen += extra
        # Lists: an introduction ending in ':' brings its items; a list question gets the whole list.
        for s in list(chosen):
            text = s.paragraph.text
            if text[s.start : s.end].rstrip().endswith(":") or (wants_list and "\n" in text[s.end :]):
                items = [sp for sp in sentence_spans(text) if sp[0] >= s.end and _is_list_item(text, sp)]
                chosen += [_Sentence(s.paragraph, s.rank, a, b, 0.0, 0.0) for a, b in items]
        return chosen

    def _compose(self, chosen: list[_Sentence]) -> Answer:
        paragraphs = self.handle.paragraphs

        def position(pid: str) -> tuple[int, int]:  # document order: manifest order, then ordinal
            p = paragraphs[pid]
            return self._doc_rank.get(p.doc_id, 0), p.ordinal

        spans: dict[str, list[list[int]]] = {}
        for s in sorted(chosen, key=lambda s: (position(s.paragraph.id), s.start)):
            merged = spans.setdefault(s.paragraph.id, [])
            if merged and s.start <= merged[-1][1] + 2:  # adjacent or overlapping: one quote
                merged[-1][1] = max(merged[-1][1], s.end)
            elif not merged or s.start > merged[-1][1]:
                merged.append([s.start, s.end])
        citations: list[Citation] = []
        parts: list[str] = []
        for pid in sorted(spans, key=position):
            p = self.handle.paragraphs[pid]
            doc = self.handle.documents[p.doc_id]
            for start, end in spans[pid]:
                quote = p.text[start:end]
                n = len(citations) + 1
                citations.append(make_citation(n, p, doc, quote))
                label = f"Voetnoot {footnote_number(p)}: " if p.kind == "footnote" else ""
                parts.append(f"{label}{quote} [{n}]")
        return Answer(
            text="\n".join(parts) if any("\n" in x for x in parts) else " ".join(parts),
            abstained=False,
            citations=citations,
        )

    def _abstain(self, hits: list[tuple[Paragraph, float]]) -> Answer:
        related = [
            Retrieved(paragraph_id=p.id, doc_id=p.doc_id, page=p.page, score=score, text=p.text)
            for p, score in hits[: self.cfg.related]
        ]
        return Answer(text=ABSTAIN_TEXT, abstained=True, citations=[], related=related)


def _is_list_item(text: str, span: tuple[int, int]) -> bool:
    return bool(re.match(r"\d{1,2}\.\s", text[span[0] : span[1]])) and (span[0] == 0 or text[span[0] - 1] == "\n")
