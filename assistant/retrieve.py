"""Hybrid retrieval: BM25 (Dutch stemming) and dense (e5) fused by reciprocal rank, then
reranked on sentence-level evidence (``rerank.EvidenceReranker``).

llama-index's ``QueryFusionRetriever`` does the fusion (``reciprocal_rerank``, one query,
so no LLM is involved). What we do around it, and why:

* ``BM25Retriever.from_persist_dir`` does not persist the stemmer and reloads with the
  English one, so we load the bm25s model ourselves and construct the retriever with
  the Dutch stemmer.
* bm25s returns k hits even when most score 0; under reciprocal-rank fusion those
  zero-score "hits" would earn rank credit, so ``_PositiveBM25Retriever`` selects among positive scores only.
* A document filter (the user's, or two-level retrieval's best document) restricts both sides: a weight mask
  on the BM25 scores (built with numpy per filter and cached), and for dense an exact search over the
  documents' rows of the in-memory vector matrix (``HybridRetriever._nearest``). Chroma's ``where`` would do
  the same, but its filtered HNSW search is slow when few paragraphs pass the filter: ~100 ms for one
  100-paragraph document among 100k, where the exact search takes well under 1 ms.
* Two-level retrieval (``RetrievalSettings.documents``): Chroma and BM25 rank paragraphs, and among
  many documents a paragraph of an unrelated debate can outscore the letter's answering paragraph on a
  few shared words. So documents are scored too (the mean cosine of their three best paragraphs among
  the nearest ``document_pool``), and the best document's own BM25 and dense lists join the fusion: its
  paragraphs crowded out of the global top 30 come back as candidates (and its paragraphs earn rank
  credit twice), and the evidence reranker decides. With one document indexed this step is skipped.
  A document-score rerank feature was tried and dropped (evals/CHANGELOG.md).
* Repeats collapse (``distinct``, ``RetrievalSettings.collapse_repeats``): a paragraph that shares a
  sentence with a better-ranked one is dropped from each candidate list and from the fused list. Text recurs
  in a parliamentary corpus (a reaction quotes the recommendation, a debate quotes the letter, boilerplate),
  and thirty copies of one near sentence push the answering paragraph out of the thirty candidates: with
  100k distractors the letter's paragraph was at BM25 rank 100 behind copies of six distinct passages.
  Each retriever fetches ``repeat_fetch`` times the candidates so that enough distinct ones remain (and
  the document scores' pool likewise). llama-index's retrievers and postprocessors have no such step (its
  fusion merges identical nodes only), so the retrievers here pick among rows before making nodes.
* A short record («En dus?», «Gaat u verder.», ``index.is_short``) is a candidate only when its
  own words share a term with the question: e5 gives such contentless lines a higher cosine with
  almost any question than the paragraph that answers it, so they would surface as hits and, as the
  best dense score among the candidates, flatten the reranker's min-max normalised features.
* A signature block (the signatories' offices and names) is a candidate only for a question about who signed
  or holds an office (``questions.asks_signatory``) or that names a signatory («Dijkhoff») and no other name: it
  says nothing else, but its offices («Veiligheid en Justitie», «Buitenlandse Zaken») match any question naming
  those ministries.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable, Sequence
from functools import lru_cache, partial
from typing import TypeVar

import bm25s
import numpy as np
from bm25s.tokenization import convert_tokenized_to_string_list
from llama_index.core.base.base_retriever import BaseRetriever
from llama_index.core.llms import MockLLM
from llama_index.core.retrievers import QueryFusionRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle
from llama_index.core.vector_stores.utils import metadata_dict_to_node
from llama_index.retrievers.bm25 import BM25Retriever

from .config import RetrievalSettings
from .errors import InvalidQuestionError
from .index import BM25_LANGUAGE, IndexHandle, is_short
from .models import Paragraph
from .names import names_it, question_names
from .questions import asks_signatory, asks_who_signed
from .rerank import EvidenceReranker
from .structure import page_reference, series_reference
from .text import content_terms, looks_english
from .thesaurus import expansions
from .translate import to_dutch

log = logging.getLogger(__name__)

_DOC_BEST = 3  # a document scores by the mean cosine of its best three paragraphs
# the words of a signature block's offices, which name ministries rather than who signed
_OFFICE_TERMS = frozenset(
    content_terms(
        "Staatssecretaris Minister van voor Veiligheid en Justitie Buitenlandse Zaken Handel Ontwikkelingssamenwerking"
    )
)

_T = TypeVar("_T")


def distinct(items: Iterable[_T], keys: Callable[[_T], Iterable[Hashable]], n: int | None = None) -> list[_T]:
    """The first ``n`` (all, if None) of ``items`` in order, leaving out each one that shares a key with an
    item kept before it: the better-ranked copy stays."""
    seen: set[Hashable] = set()
    kept: list[_T] = []
    for item in items:
        if n is not None and len(kept) >= n:
            break
        own = set(keys(item))
        if own & seen:
            continue
        seen |= own
        kept.append(item)
    return kept


Pick = Callable[[Sequence[int], int], list[int]]  # ranked BM25 corpus rows, n -> the first n kept
Nearest = Callable[[str, int], list[tuple[int, float]]]  # question, n -> (BM25 corpus row, cosine), best first


def _ahead_ids(ids: list[str], hits: list[NodeWithScore]) -> list[NodeWithScore]:
    """:func:`_ahead` for the hits with these paragraph ids, in the order of ``ids``."""
    by_id = {h.node.node_id: h for h in hits}
    return _ahead([by_id[pid] for pid in ids if pid in by_id], hits)


def _ahead(first: list[NodeWithScore], hits: list[NodeWithScore]) -> list[NodeWithScore]:
    """``first`` (some of ``hits``), then the rest of ``hits``; scores stay in rank order: those put first score just
    above the best of all."""
    ids = {h.node.node_id for h in first}
    top = max((h.score or 0.0 for h in hits), default=0.0)
    lifted = [NodeWithScore(node=h.node, score=top + 1e-3 * (len(first) - i)) for i, h in enumerate(first)]
    return lifted + [h for h in hits if h.node.node_id not in ids]


class _PositiveBM25Retriever(BM25Retriever):
    """BM25 hits with a positive score only (a zero score means: no query term matched).

    Scored by bm25s, selected here: bm25s picks its top k with ``np.argpartition`` over the scores of the
    whole corpus, which degrades when almost all of them are 0 (they are, for most paragraphs of a large
    corpus and for everything outside a document filter): 13 ms per call at 100k paragraphs. Only the
    positive scores are candidates, so only they are sorted. ``pick`` keeps ``keep`` of the best
    ``similarity_top_k`` rows (dropping repeats) before any node is made.
    """

    def __init__(
        self,
        *args,
        mask: np.ndarray | None = None,
        pick: Pick,
        keep: int,
        expand: bool = False,
        respell: Callable[[str, list[str]], list[str]] = lambda query, terms: terms,
        **kwargs,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._respell = respell  # (query, its stems) → the stems, in the verb forms the corpus uses (``TermStats``)
        self._expand = expand  # add the stukken's words for everyday ones (``thesaurus``)
        self._mask = mask  # 1 for the paragraphs of the filtered documents (None: no filter)
        self._pick = pick
        self._keep = keep

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        query = query_bundle.query_str
        if self._expand:
            query = f"{query} {expansions(query)}"
        tokenized = bm25s.tokenize(
            query,
            stemmer=None if self.skip_stemming else self.stemmer,
            token_pattern=self.token_pattern,
            show_progress=False,
        )
        # a verb in another person than the corpus's («koppelt» where it says «koppelen»): the corpus's form
        tokens = self._respell(query, convert_tokenized_to_string_list(tokenized)[0])
        tokens = [t for t in tokens if t in self.bm25.vocab_dict]
        if not tokens:
            return []
        scores = self.bm25.get_scores(tokens, weight_mask=self._mask)
        positive = np.flatnonzero(scores > 0)
        best = positive[np.argsort(-scores[positive], kind="stable")[: self.similarity_top_k]]
        rows = self._pick([int(i) for i in best], self._keep)
        return [NodeWithScore(node=metadata_dict_to_node(self.corpus[i]), score=float(scores[i])) for i in rows]


class _DenseRetriever(BaseRetriever):
    """A dense list: ``nearest(question, keep)`` gives (BM25 corpus row, cosine) best first, repeats dropped
    (``HybridRetriever._distinct_nearest``).

    Nodes are made from the BM25 corpus rows, as ``BM25Retriever`` makes its own, so a paragraph found
    here and by the other retrievers has the same node hash and its reciprocal ranks add up in the fusion.
    (llama-index's ``VectorIndexRetriever`` would make a node from Chroma's stored text and metadata for
    each hit fetched, 300 with repeats dropped, which costs more than the search.)
    """

    def __init__(self, handle: IndexHandle, nearest: Nearest, keep: int) -> None:
        super().__init__()
        self._handle = handle
        self.nearest = nearest
        self._keep = keep

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [
            NodeWithScore(node=metadata_dict_to_node(self._handle.bm25.corpus[row]), score=sim)
            for row, sim in self.nearest(query_bundle.query_str, self._keep)
        ]


class HybridRetriever:
    def __init__(self, handle: IndexHandle, cfg: RetrievalSettings) -> None:
        self.handle = handle
        self.cfg = cfg
        self._bm25_for = lru_cache(maxsize=32)(self._make_bm25)
        self._dense_for = lru_cache(maxsize=32)(self._make_dense)
        self._indexed_docs = {p.doc_id for p in handle.paragraphs.values()}
        self._bm25_docs = np.array([row["doc_id"] for row in handle.bm25.corpus])  # BM25's row order
        self._bm25_row = {row["paragraph_id"]: i for i, row in enumerate(handle.bm25.corpus)}
        self._rows_for = lru_cache(maxsize=32)(lambda doc_ids: np.flatnonzero(self._in_documents(doc_ids)))
        self._chroma_cache = lru_cache(maxsize=4)(self._chroma_nearest)

    def _in_documents(self, doc_ids: frozenset[str]) -> np.ndarray:
        """Per BM25 corpus row (= row of ``IndexHandle.matrix``): does it belong to one of ``doc_ids``?"""
        return np.isin(self._bm25_docs, sorted(doc_ids))

    def _pick(self, rows: Sequence[int], n: int) -> list[int]:
        """The first ``n`` of the ranked BM25 corpus ``rows``, repeats dropped if so configured."""
        if not self.cfg.collapse_repeats:
            return list(rows[:n])
        corpus = self.handle.bm25.corpus
        return distinct(rows, lambda r: self.handle.sentence_keys(corpus[r]["paragraph_id"]), n)

    def _fetch(self, n: int) -> int:
        """How many ranked hits to fetch so that ``n`` remain once repeats are dropped."""
        return min(n * (self.cfg.repeat_fetch if self.cfg.collapse_repeats else 1), len(self.handle.paragraphs))

    def _chroma_nearest(self, question: str) -> list[tuple[int, float]]:
        """(BM25 corpus row, cosine) of the paragraphs nearest to ``question`` in Chroma, best first: as many
        as the dense list and the document scores need, in one query (cached for the question) that both
        take a prefix of. Chroma's client directly, for ids and distances only (see ``_DenseRetriever``)."""
        n = self._fetch(max(self.cfg.candidates, self.cfg.document_pool))
        found = self.handle.vector_index.vector_store.client.query(
            query_embeddings=[self.handle.query_vector(question).tolist()], n_results=n, include=["distances"]
        )
        row = self._bm25_row
        return [(row[pid], 1.0 - d) for pid, d in zip(found["ids"][0], found["distances"][0]) if pid in row]

    def _nearest(self, doc_ids: frozenset[str] | None, question: str, n: int) -> list[tuple[int, float]]:
        """(BM25 corpus row, cosine) of the ``n`` paragraphs nearest to ``question``, best first: Chroma's
        search over all, or the exact search within ``doc_ids`` (see the module doc)."""
        if not doc_ids:
            return self._chroma_cache(question)[:n]
        rows = self._rows_for(doc_ids)
        if not len(rows):
            return []
        q = self.handle.query_vector(question)
        matrix = self.handle.matrix
        # A few documents: their rows only; most of the corpus: one product over all rows costs less than the copy.
        sims = matrix[rows] @ q if 10 * len(rows) < len(matrix) else (matrix @ q)[rows]
        top = np.argsort(-sims, kind="stable")[:n]
        return [(int(rows[i]), float(sims[i])) for i in top]

    def _distinct_nearest(self, doc_ids: frozenset[str] | None, question: str, n: int) -> list[tuple[int, float]]:
        """``_nearest``'s first ``n`` once repeats are dropped (if so configured), fetching enough to keep ``n``."""
        found = dict(self._nearest(doc_ids, question, self._fetch(n)))
        return [(row, found[row]) for row in self._pick(list(found), n)]

    def _make_dense(self, doc_ids: frozenset[str] | None) -> _DenseRetriever:
        return _DenseRetriever(self.handle, partial(self._distinct_nearest, doc_ids), self.cfg.candidates)

    def _make_bm25(self, doc_ids: frozenset[str] | None) -> _PositiveBM25Retriever:
        import Stemmer

        # The document filter as a weight mask made with numpy: given ``filters`` instead, llama-index evaluates
        # the filter in Python for every paragraph (25-50 ms at 10k paragraphs, growing with the corpus), and
        # two-level retrieval makes a new filter for each new best document.
        mask = self._in_documents(doc_ids).astype(np.float32) if doc_ids else None
        return _PositiveBM25Retriever(
            existing_bm25=self.handle.bm25,
            similarity_top_k=self._fetch(self.cfg.candidates),  # llama-index warns beyond the corpus size
            stemmer=Stemmer.Stemmer(BM25_LANGUAGE),
            mask=mask,
            pick=self._pick,
            keep=self.cfg.candidates,
            expand=self.cfg.thesaurus,
            respell=self.handle.terms.in_corpus_forms,
        )

    def check_doc_ids(self, doc_ids: list[str] | None) -> frozenset[str] | None:
        if not doc_ids:
            return None
        unknown = [d for d in doc_ids if d not in self.handle.documents]
        if unknown:
            raise InvalidQuestionError(f"unknown document id(s): {', '.join(unknown)}")
        missing = [d for d in doc_ids if d not in self._indexed_docs]
        if missing:
            raise InvalidQuestionError(f"document(s) known but not indexed (no text yet): {', '.join(missing)}")
        return frozenset(doc_ids)

    def document_scores(self, question: str, doc_ids: frozenset[str] | None = None) -> dict[str, float]:
        """How well each document matches ``question`` as a whole: the mean cosine of its three best
        paragraphs among the ``document_pool`` nearest ones, padded with the pool's lowest cosine when fewer
        of its paragraphs are there. Documents without a paragraph in the pool are left out."""
        pool = min(self.cfg.document_pool, len(self.handle.paragraphs))
        corpus = self.handle.bm25.corpus
        hits = [(corpus[row]["paragraph_id"], sim) for row, sim in self._distinct_nearest(doc_ids, question, pool)]
        if not hits:
            return {}
        best: dict[str, list[float]] = defaultdict(list)
        for pid, sim in sorted(hits, key=lambda x: -x[1]):
            best[self.handle.paragraphs[pid].doc_id].append(sim)
        floor = min(sim for _, sim in hits)
        return {d: sum((v + [floor] * _DOC_BEST)[:_DOC_BEST]) / _DOC_BEST for d, v in best.items()}

    def search(
        self, question: str, k: int | None = None, doc_ids: list[str] | None = None
    ) -> list[tuple[Paragraph, float]]:
        """The ``k`` best paragraphs for ``question``, best first, with their score (reranked; fused if
        reranking is off)."""
        k = k or self.cfg.k
        ids = self.check_doc_ids(doc_ids)
        asked = question
        if looks_english(question):  # the stukken are Dutch: search a Dutch gloss (translate.py says why)
            question = to_dutch(question)
        retrievers = [self._dense_for(ids), self._bm25_for(ids)]
        if self.cfg.documents and len(ids or self._indexed_docs) > 1:
            doc_scores = self.document_scores(question, ids)
            top = frozenset(sorted(doc_scores, key=lambda d: -doc_scores[d])[: self.cfg.documents])
            if top:
                retrievers += [self._dense_for(top), self._bm25_for(top)]
        fusion = QueryFusionRetriever(
            retrievers,
            llm=MockLLM(),
            mode="reciprocal_rerank",
            similarity_top_k=max(k, self.cfg.fused),
            num_queries=1,
            use_async=False,
        )
        bundle = QueryBundle(question)
        hits = fusion.retrieve(bundle)
        if self.cfg.collapse_repeats:  # each list is free of repeats, the fused list may not be
            hits = distinct(hits, lambda h: self.handle.sentence_keys(h.node.node_id))
        q_terms = set(content_terms(question))
        hits = [
            h
            for h in hits
            if (p := self.handle.paragraphs.get(h.node.node_id)) is None
            or not is_short(p)
            or q_terms & set(content_terms(p.text))
        ]
        signatory = asks_signatory(asked)
        names = [n for n in question_names(question) if not n.isupper()]

        def names_all(p: Paragraph) -> bool:
            return all(names_it(p.text.lower(), n) for n in names)

        hits = [
            h
            for h in hits
            if (p := self.handle.paragraphs.get(h.node.node_id)) is None
            or p.kind != "signature"
            or (
                (signatory or q_terms & (set(content_terms(p.text)) - _OFFICE_TERMS))  # a signatory's name
                # … and no other name: «What did Minister Koenders say about Ghana?» asks what it does not say
                and names_all(p)
            )
        ]
        # «aanbeveling 2», «Welke aanbevelingen doet de ACVZ?»: the parts the question points at are candidates
        # whatever their scores, and come first in reading order (structure.py says why neither retriever can).
        ref = series_reference(question)
        pointed = [p.id for p in self.handle.parts.lookup(ref, ids)] if ref else []
        # «de voetnoot op pagina 7», «p. 3»: the paragraphs on the page named are candidates too, and come first
        # in the reranker's order (structure.page_reference says why neither retriever can)
        page = page_reference(asked)
        on_page = (
            [
                p.id
                for p in self.handle.paragraphs.values()
                if p.page and p.page <= page <= p.page_end and (ids is None or p.doc_id in ids)
            ]
            if page
            else []
        )
        # «Wie tekenden deze kabinetsreactie?»: who signed is the signature block of the documents found, whatever
        # its scores (a block of offices and names is far from the question: neither retriever ranked it in the top 6)
        best = self.handle.paragraphs.get(hits[0].node.node_id) if hits and asks_who_signed(asked) else None
        signed = (
            [
                p.id
                for p in self.handle.paragraphs.values()
                if p.kind == "signature"
                and p.doc_id == best.doc_id
                and names_all(p)  # «Heeft Rutte de brief ondertekend?»: a block without Rutte says nothing of him
            ]
            if best is not None
            else []
        )
        present = {h.node.node_id for h in hits}
        hits += [
            NodeWithScore(node=metadata_dict_to_node(self.handle.bm25.corpus[self._bm25_row[pid]]), score=0.0)
            for pid in dict.fromkeys(pointed + on_page + signed)
            if pid not in present and pid in self._bm25_row
        ]
        if self.cfg.rerank:
            hits = EvidenceReranker(
                handle=self.handle,
                weights=self.cfg.rerank_weights,
                top_n=len(hits) if pointed or on_page or signed else k,
                thesaurus=self.cfg.thesaurus,
            ).postprocess_nodes(hits, query_bundle=bundle)
        if on_page:  # in the reranker's order
            page_ids = set(on_page)
            hits = _ahead([h for h in hits if h.node.node_id in page_ids], hits)
        if signed:
            hits = _ahead_ids(signed, hits)
        if pointed:  # in reading order
            hits = _ahead_ids(pointed, hits)
        out: list[tuple[Paragraph, float]] = []
        for hit in hits[:k]:
            p = self.handle.paragraphs.get(hit.node.node_id)
            if p is not None:
                out.append((p, float(hit.score or 0.0)))
        return out
