"""The public entry point: ``Assistant.open(settings).ask(question)``.

The CLI, the UI and the evaluation all go through this class, so they behave alike.
"""

from __future__ import annotations

import gc
import logging
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

from .answer import ExtractiveAnswerer
from .cite import cited_first
from .config import Settings
from .converse import resolve_followup, split_parts, topic_words, with_context
from .corpus import page_url, paragraph_reference, select_documents
from .errors import CorpusError, InvalidQuestionError
from .generate import GenerativeAnswerer
from .index import IndexHandle, ensure_index, open_index
from .models import Answer, Paragraph, Retrieved
from .questions import asked_genres, keyword_query
from .retrieve import HybridRetriever
from .text import clean_question, content_terms, lookup_topic, spelled_out, what_is_asked, without_politeness
from .verify import verify_answer
from .voice import same_voice, sentence_voices

log = logging.getLogger(__name__)
_SCOPE_HITS = 3  # the previous question's best hits whose documents a follow-up stays with


def validate_question(question: object, max_chars: int) -> str:
    """The question as used, or InvalidQuestionError with a message fit to show a user."""
    if not isinstance(question, str) or not question.strip():
        raise InvalidQuestionError("De vraag is leeg: typ een vraag over de stukken.")
    if len(question) > max_chars:
        raise InvalidQuestionError(
            f"De vraag is te lang ({len(question)} tekens; maximaal {max_chars}). Stel een kortere vraag."
        )
    bad = sorted({ch for ch in question if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r"})
    if bad:
        codes = ", ".join(f"U+{ord(ch):04X}" for ch in bad[:5])
        raise InvalidQuestionError(f"De vraag bevat stuurtekens ({codes}); verwijder die en probeer het opnieuw.")
    cleaned = clean_question(question)
    if not any(ch.isalnum() for ch in cleaned):
        raise InvalidQuestionError("De vraag bevat geen woorden: typ een vraag over de stukken.")
    return cleaned


@dataclass
class Timed:
    """An answer with the retrieval behind it and how long each stage took (for eval and benchmarks).

    ``retrieved`` is ranked as the answer presents it: the paragraphs it cites first, in the order it cites them
    (staff click [1]), then the rest of what was retrieved in search order. ``searched`` is that search order
    (paragraph ids), before the answer chose its sentences."""

    retrieved: list[Retrieved]
    answer: Answer
    retrieve_ms: float
    answer_ms: float
    searched: list[str]


class Assistant:
    def __init__(self, settings: Settings, handle: IndexHandle) -> None:
        self.settings = settings
        self.handle = handle
        self.retriever = HybridRetriever(handle, settings.retrieval)
        self.answerer = ExtractiveAnswerer(handle, settings.answer)
        self.generator = GenerativeAnswerer(handle, settings.llm) if settings.llm.backend != "none" else None
        self._doc_voices: dict[str, set[str]] = {}
        self._order: dict[str, tuple[list[Paragraph], dict[str, int]]] = {}

    @classmethod
    def open(cls, settings: Settings | None = None, build: bool = True, progress: bool = False) -> Assistant:
        """Open the index; with ``build`` (the default) build or refresh it first when needed."""
        settings = settings or Settings()
        handle = ensure_index(settings, progress=progress) if build else open_index(settings)
        return cls(settings, handle)

    def keep_resident(self) -> None:
        """For a process that serves this assistant until it exits: take everything allocated so far (above
        all the opened index, ~1M Python objects at 100k paragraphs) out of Python's full garbage collections.

        A full collection walks every tracked object: with the index open it took ~440 ms at 100k paragraphs
        (~100 ms with the letter alone), and one that lands inside a request makes that request the slowest by
        far. The cycle collector skips frozen objects from then on (reference counting still frees them), so
        call this once per process, not per reopened index: an old index's reference cycles would stay.
        """
        gc.collect()
        gc.freeze()

    def _hits(self, question: str, k: int | None, doc_ids: list[str] | None) -> list[tuple[Paragraph, float]]:
        return self.retriever.search(self.answerer.searched_as(question), k=k, doc_ids=doc_ids)

    def search(self, question: str, k: int | None = None, doc_ids: list[str] | None = None) -> list[Retrieved]:
        q = what_is_asked(validate_question(question, self.settings.answer.max_question_chars))
        return [_retrieved(p, s) for p, s in self._hits(self.answerer.with_names_written_out(q), k, doc_ids)]

    def ask(self, question: str, doc_ids: list[str] | None = None, history: list[str] | None = None) -> Answer:
        """Answer ``question``; ``history`` holds the earlier questions of the conversation, oldest first."""
        return self.ask_timed(question, doc_ids=doc_ids, history=history).answer

    def ask_stream(
        self, question: str, doc_ids: list[str] | None = None, history: list[str] | None = None
    ) -> Iterator[Answer]:
        """Partial answers while an LLM backend writes, ending with the verified answer.

        The extractive engine yields its answer once. Bad input raises before anything is yielded.
        """
        query, hits, extractive = self._extractive(question, None, doc_ids, history)[:3]
        if self.generator is None or extractive.abstained:
            yield extractive
            return
        for partial in self.generator.stream(query, hits, extractive, history):
            partial.query = extractive.query  # set when a follow-up was resolved
            yield partial

    def ask_timed(
        self,
        question: str,
        k: int | None = None,
        doc_ids: list[str] | None = None,
        history: list[str] | None = None,
    ) -> Timed:
        t0 = time.perf_counter()
        query, hits, answer, retrieved, t1 = self._extractive(question, k, doc_ids, history)
        if self.generator is not None and not answer.abstained:
            for answer in self.generator.stream(query, hits, answer, history):
                pass
        t2 = time.perf_counter()
        searched = [p.id for p, _ in retrieved]
        # A third ranking stage: the answer reads the best sentences of the top hits with more than the reranker
        # sees (the answer type, the asked voice, the question's parts), and a hit whose sentence it quotes first
        # is the better first hit. Counted on the 39 gold splits: the search's first hit was wrong and the first
        # citation right for 55 questions, the reverse for 8 (CHANGELOG row 263).
        retrieved = cited_first(retrieved, answer.citations, lambda hit: hit[0].id)
        return Timed([_retrieved(p, s) for p, s in retrieved], answer, (t1 - t0) * 1000, (t2 - t1) * 1000, searched)

    def _extractive(self, question, k, doc_ids, history):
        """(query, hits, verified extractive answer, everything retrieved, time retrieval ended)."""
        asked = validate_question(question, self.settings.answer.max_question_chars)
        # «Waar staat iets over X?», or X typed alone into the box: a look-up, answered with the places that name X
        looked_up = lookup_topic(without_politeness(asked))
        looked_up = looked_up and spelled_out(looked_up)
        q = self.answerer.with_names_written_out(looked_up or what_is_asked(asked))
        if looked_up is None and keyword_query(q) and len(q.split()) == 1:
            looked_up = q
        earlier = [what_is_asked(h) for h in _valid_history(history, self.settings.answer.max_question_chars)]
        query = resolve_followup(q, earlier)
        scope, previous = None, []
        if query != q:
            # The previous question, searched once: its best hits are the documents a follow-up stays with, and
            # its answer is what a follow-up may reply to.
            before = resolve_followup(earlier[-1], earlier[:-1])
            before_hits = self._hits(before, None, doc_ids)
            if doc_ids is None:
                scope = self._conversation_documents(q, before_hits[:_SCOPE_HITS])
            previous = self._previous_quotes(before, before_hits)
        # A follow-up that asks another voice about what the previous answer quoted («Hoe reageert het kabinet
        # daarop?» after a recommendation, «Is het kabinet het daarmee eens?» after a conclusion): the reaction
        # under that recommendation and what a search with the quoted paragraph finds are candidates too.
        reactions = self.answerer.reactions_to(previous)
        anchor = self.answerer.replies_to(query, previous)
        # «Ik lees over de Zijderoute. Welke landen zijn dat in deze brief?»: searched as written (the message ranks
        # better than its question with the context moved after it), answered as the question with its context
        # carried, as a follow-up carries the conversation's topic: the question's patterns read its start
        asks = with_context(query) if query == q else query
        for ids in [scope, doc_ids] if scope else [doc_ids]:
            hits = self.answerer.with_openings(query, self._hits(query, k, ids))
            # «Waar zijn de ACVZ en het kabinet het over eens?», «Wat zijn de conclusies van de ACVZ?»: where one voice
            # states its view against or with the other's, or concludes, which the search for the question does not find
            extra = list(reactions) + self.answerer.voice_paragraphs(query, hits)
            if anchor:  # what replies to the previous answer is found by searching with what it quoted
                extra += [p for p, _ in self._hits(anchor, k, ids)]
            # A reply («Hoe reageert het kabinet daarop?» after a recommendation) is about the reaction under what the
            # previous answer quoted: it comes first, as it does in the answer (it was appended after the question's
            # own hits, which rank the recommendation itself first: the words carried over are its words).
            first = [(p, hits[0][1] if hits else 0.0) for p in reactions] if anchor else []
            have: set[str] = set()
            hits = [
                (p, sc) for p, sc in first + hits + [(p, 0.0) for p in extra] if not (p.id in have or have.add(p.id))
            ]
            parts = split_parts(query)
            part_hits = (
                [(part, self.answerer.with_openings(part, self._hits(part, k, ids))) for part in parts]
                if len(parts) > 1
                else None
            )
            t1 = time.perf_counter()
            answer = self.answerer.answer(asks, hits, parts=part_hits, previous=previous, lookup=looked_up)
            if not answer.abstained:
                break
        if asks != asked:  # resolved against the conversation or its context, or asked politely («Kunt u aangeven …»)
            answer.query = asks
        # Everything retrieved for the question or one of its parts (a citation may point at any of it).
        retrieved = list(hits)
        seen = {p.id for p, _ in hits}
        for _, ph in part_hits or []:
            retrieved += [(p, sc) for p, sc in ph if p.id not in seen and not seen.add(p.id)]
        answer = verify_answer(answer, self.handle.paragraphs, [p.id for p, _ in retrieved])
        return query, hits, answer, retrieved, t1

    def _previous_quotes(
        self, before: str, before_hits: list[tuple[Paragraph, float]]
    ) -> list[tuple[Paragraph, str | None]]:
        """What the answer to the previous question quoted: (paragraph, voice) per citation. The history holds
        questions only, so the previous answer is made again from its hits."""
        answer = self.answerer.answer(before, before_hits)
        return [
            (self.handle.paragraphs[c.paragraph_id], c.voice)
            for c in answer.citations
            if c.paragraph_id in self.handle.paragraphs
        ]

    def _conversation_documents(self, question: str, best: list[tuple[Paragraph, float]]) -> list[str] | None:
        """The documents a follow-up stays with: those of ``best``, the best hits for the previous question.

        «En wat doet het kabinet daarmee?» after a question answered from the letter is about the letter,
        not about a debate that also says «kabinet». Not when the follow-up names a kind of document, or a
        speaker who does not speak in those documents («En wat zei Paternotte daarover?» after a question
        on the letter); and the caller retries without the scope when the documents do not answer it."""
        if asked_genres(question):
            return None
        docs = sorted({p.doc_id for p, _ in best})
        # A word of the follow-up's own that other documents use and these do not points elsewhere («En de
        # diaspora?» after a question on a motion): then the follow-up leaves the conversation's documents.
        if self.handle.terms.only_elsewhere(set(content_terms(" ".join(topic_words(question)))), set(docs)):
            return None
        speakers = {v for d in docs for v in self._voices_of(d)}
        for asked in self.answerer.asked_voices(question):
            if not any(same_voice(v, asked) for v in speakers):
                return None
        return docs or None

    def _voices_of(self, doc_id: str) -> set[str]:
        """Everyone who speaks in a document: paragraph and sentence voices (computed once per document)."""
        if doc_id not in self._doc_voices:
            self._doc_voices[doc_id] = {
                v
                for p in self.handle.paragraphs.values()
                if p.doc_id == doc_id
                for v in [p.voice, *(sv for _, _, sv in sentence_voices(p))]
                if v
            }
        return self._doc_voices[doc_id]

    def context(self, paragraph_id: str) -> dict:
        """A paragraph in its context (the ones before and after in its document), for the source panel
        and the /paragraph API: ``{paragraph, before, after, reference, url, page_url, voice, document}``."""
        p = self.paragraph(paragraph_id)
        doc = self.handle.documents[p.doc_id]
        siblings, position = self._reading_order(p.doc_id)
        before = after = None
        if p.kind != "footnote":
            i = position[p.id]
            before = siblings[i - 1] if i > 0 else None
            after = siblings[i + 1] if i + 1 < len(siblings) else None
        else:
            before = self.handle.paragraphs.get(p.parent) if p.parent else None
        return {
            "paragraph": p.model_dump(),
            "before": before.model_dump() if before else None,
            "after": after.model_dump() if after else None,
            "reference": paragraph_reference(doc, p),
            "url": doc.source_url,
            "page_url": page_url(doc, p),
            "voice": p.voice,
            "document": {"id": doc.id, "title": doc.title, "type": doc.type, "date": doc.date},
        }

    def _reading_order(self, doc_id: str) -> tuple[list[Paragraph], dict[str, int]]:
        """A document's paragraphs without footnotes, in order, and each one's position (once per document:
        the source panel asks for it on every click)."""
        if doc_id not in self._order:
            siblings = sorted(
                (x for x in self.handle.paragraphs.values() if x.doc_id == doc_id and x.kind != "footnote"),
                key=lambda x: x.ordinal,
            )
            self._order[doc_id] = (siblings, {x.id: i for i, x in enumerate(siblings)})
        return self._order[doc_id]

    def select_documents(
        self,
        ids: list[str] | None = None,
        types: list[str] | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
    ) -> list[str] | None:
        """Indexed documents passing the filters (None = no filter); InvalidQuestionError on a bad date."""
        indexed = {p.doc_id for p in self.handle.paragraphs.values()}
        docs = [d for d in self.handle.documents.values() if d.id in indexed]
        try:
            return select_documents(docs, ids, types, date_from, date_to)
        except CorpusError as exc:
            raise InvalidQuestionError(str(exc)) from None

    def paragraph(self, paragraph_id: str) -> Paragraph:
        try:
            return self.handle.paragraphs[paragraph_id]
        except KeyError:
            raise InvalidQuestionError(f"Onbekende paragraaf: {paragraph_id}") from None


def _valid_history(history: list[str] | None, max_chars: int) -> list[str]:
    """Earlier questions usable as context: the last ten non-empty ones, cleaned like a question."""
    if history is None:
        return []
    if not isinstance(history, list) or not all(isinstance(h, str) for h in history):
        raise InvalidQuestionError("De gespreksgeschiedenis moet een lijst van eerdere vragen (tekst) zijn.")
    return [validate_question(h, max_chars) for h in history if h.strip()][-10:]


def _retrieved(p: Paragraph, score: float) -> Retrieved:
    return Retrieved(paragraph_id=p.id, doc_id=p.doc_id, page=p.page, score=round(score, 6), text=p.text)
