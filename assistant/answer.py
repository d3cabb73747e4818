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
import math
import re
from collections import Counter
from dataclasses import dataclass

from .cite import make_citation
from .config import AnswerSettings
from .index import IndexHandle
from .models import Answer, Citation, Paragraph, Retrieved
from .text import content_terms, sentence_spans

log = logging.getLogger(__name__)

ABSTAIN_TEXT = "Dit staat niet in de stukken die ik doorzoek."
# Sentences that lean on the one before ("Dit is inclusief …") get it as context.
_ANAPHORA_RE = re.compile(
    r"^(Dit|Dat|Deze|Die|Zij|Hij|Het gaat|Daarbij|Daarnaast|Daardoor|Hiermee|Hierbij|Zulke|Dat houdt)\b"
)
_LIST_QUESTION_RE = re.compile(r"\b(welke|noem|opsomming|lijst|prioriteiten|thema|thema’s|thema's|which|list)\b", re.I)
_CANDIDATE_PARAGRAPHS = 5  # paragraphs whose sentences may be quoted
_SUPPORT_PARAGRAPHS = 3  # paragraphs that count for abstention
_SECONDARY = 0.9  # a further sentence is quoted when it scores at least this share of the best
# Sentence score weights (tuned on the dev split).
_W_LEX, _W_DENSE, _W_CTX, _W_RANK = 0.4, 0.4, 0.15, 0.1
# e5 cosines between a question and related Dutch text fall in ~0.78..0.95: stretched to 0..1.
_COS_LOW, _COS_HIGH = 0.78, 0.95


def _stretch(cos: float) -> float:
    return min(1.0, max(0.0, (cos - _COS_LOW) / (_COS_HIGH - _COS_LOW)))


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
        self._terms: dict[str, set[str]] = {}
        df: Counter[str] = Counter()
        for p in handle.paragraphs.values():
            terms = set(content_terms(p.text + " " + " ".join(p.section)))
            self._terms[p.id] = terms
            df.update(terms)
        n = max(1, len(handle.paragraphs))
        self._idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self._unknown_idf = math.log(1 + n / 0.5)

    def _idf_of(self, term: str) -> float:
        return self._idf.get(term, self._unknown_idf)

    def _coverage(self, q_terms: set[str], terms: set[str]) -> float:
        total = sum(self._idf_of(t) for t in q_terms)
        if total == 0:
            return 0.0
        return sum(self._idf_of(t) for t in q_terms & terms) / total

    def answer(self, question: str, hits: list[tuple[Paragraph, float]]) -> Answer:
        q_terms = set(content_terms(question))
        scored = self._score_sentences(question, q_terms, hits[:_CANDIDATE_PARAGRAPHS])
        if not scored or self.support(question, hits) < self.cfg.min_support:
            return self._abstain(hits)
        chosen = self._select(question, q_terms, scored)
        return self._compose(chosen)

    def support(self, question: str, hits: list[tuple[Paragraph, float]]) -> float:
        """How well the top paragraphs cover the question, 0..1 (the abstention signal)."""
        top = hits[:_SUPPORT_PARAGRAPHS]
        if not top:
            return 0.0
        q_terms = set(content_terms(question))
        ctx = max(self._coverage(q_terms, self._terms[p.id]) for p, _ in top)
        sims = [c for p, _ in top for _, _, c in self.handle.sentence_similarity(question, p.id)]
        return 0.3 * ctx + 0.7 * _stretch(max(sims, default=0.0))

    def _score_sentences(self, question: str, q_terms: set[str], hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        out: list[_Sentence] = []
        for rank, (p, _) in enumerate(hits):
            ctx = self._coverage(q_terms, self._terms[p.id])
            for start, end, cos in self.handle.sentence_similarity(question, p.id):
                lex = self._coverage(q_terms, set(content_terms(p.text[start:end])))
                score = _W_LEX * lex + _W_DENSE * _stretch(cos) + _W_CTX * ctx + _W_RANK / (1 + rank)
                out.append(_Sentence(p, rank, start, end, lex, score))
        out.sort(key=lambda s: s.score, reverse=True)
        return out

    def _select(self, question: str, q_terms: set[str], scored: list[_Sentence]) -> list[_Sentence]:
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
        order = {pid: i for i, pid in enumerate(self.handle.order)}
        spans: dict[str, list[list[int]]] = {}
        for s in sorted(chosen, key=lambda s: (order.get(s.paragraph.id, 0), s.start)):
            merged = spans.setdefault(s.paragraph.id, [])
            if merged and s.start <= merged[-1][1] + 2:  # adjacent or overlapping: one quote
                merged[-1][1] = max(merged[-1][1], s.end)
            elif not merged or s.start > merged[-1][1]:
                merged.append([s.start, s.end])
        citations: list[Citation] = []
        parts: list[str] = []
        for pid in sorted(spans, key=lambda pid: order.get(pid, 0)):
            p = self.handle.paragraphs[pid]
            doc = self.handle.documents[p.doc_id]
            for start, end in spans[pid]:
                quote = p.text[start:end]
                n = len(citations) + 1
                citations.append(make_citation(n, p, doc, quote))
                parts.append(f"{quote} [{n}]")
        return Answer(text="\n".join(parts) if any("\n" in x for x in parts) else " ".join(parts), abstained=False, citations=citations)

    def _abstain(self, hits: list[tuple[Paragraph, float]]) -> Answer:
        related = [
            Retrieved(paragraph_id=p.id, doc_id=p.doc_id, page=p.page, score=score, text=p.text)
            for p, score in hits[: self.cfg.related]
        ]
        return Answer(text=ABSTAIN_TEXT, abstained=True, citations=[], related=related)


def _is_list_item(text: str, span: tuple[int, int]) -> bool:
    return bool(re.match(r"\d{1,2}\.\s", text[span[0] : span[1]])) and (span[0] == 0 or text[span[0] - 1] == "\n")

