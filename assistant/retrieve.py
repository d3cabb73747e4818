"""Hybrid retrieval: BM25 (Dutch stemming) and dense (e5) fused by reciprocal rank, then
reranked on sentence-level evidence (``rerank.EvidenceReranker``).

llama-index's ``QueryFusionRetriever`` does the fusion (``reciprocal_rerank``, one query,
so no LLM is involved). Two things we do around it, and why:

* ``BM25Retriever.from_persist_dir`` does not persist the stemmer and reloads with the
  English one, so we load the bm25s model ourselves and construct the retriever with
  the Dutch stemmer.
* bm25s returns k hits even when most score 0; under reciprocal-rank fusion those
  zero-score "hits" would earn rank credit, so ``_PositiveBM25Retriever`` drops them.
* A document filter is a metadata filter on both sides: Chroma's ``where`` for dense,
  BM25Retriever's weight mask for lexical (built with numpy per filter and cached).
* Two-level retrieval (``RetrievalSettings.documents``): Chroma and BM25 rank paragraphs, and among
  many documents a paragraph of an unrelated debate can outscore the letter's answering paragraph on a
  few shared words. So documents are scored too (the mean cosine of their three best paragraphs among
  the nearest ``document_pool``), and the best document's own BM25 and dense lists join the fusion: its
  paragraphs crowded out of the global top 30 come back as candidates (and its paragraphs earn rank
  credit twice), and the evidence reranker decides. With one document indexed this step is skipped.
  A document-score rerank feature was tried and dropped (evals/CHANGELOG.md).
* A short record («En dus?», «Gaat u verder.», ``index.is_short``) is a candidate only when its
  own words share a term with the question: e5 gives such contentless lines a higher cosine with
  almost any question than the paragraph that answers it, so they would surface as hits and, as the
  best dense score among the candidates, flatten the reranker's min-max normalised features.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from functools import lru_cache

import numpy as np
from llama_index.core.llms import MockLLM
from llama_index.core.retrievers import QueryFusionRetriever
from llama_index.core.schema import NodeWithScore, QueryBundle
from llama_index.core.vector_stores import FilterOperator, MetadataFilter, MetadataFilters
from llama_index.retrievers.bm25 import BM25Retriever

from .config import RetrievalSettings
from .errors import InvalidQuestionError
from .index import BM25_LANGUAGE, IndexHandle, is_short
from .models import Paragraph
from .rerank import EvidenceReranker
from .text import content_terms

log = logging.getLogger(__name__)

_DOC_BEST = 3  # a document scores by the mean cosine of its best three paragraphs


class _PositiveBM25Retriever(BM25Retriever):
    """BM25 hits with a positive score only (a zero score means: no query term matched)."""

    def _retrieve(self, query_bundle: QueryBundle) -> list[NodeWithScore]:
        return [hit for hit in super()._retrieve(query_bundle) if (hit.score or 0.0) > 0.0]


class HybridRetriever:
    def __init__(self, handle: IndexHandle, cfg: RetrievalSettings) -> None:
        self.handle = handle
        self.cfg = cfg
        self._bm25_for = lru_cache(maxsize=32)(self._make_bm25)
        self._indexed_docs = {p.doc_id for p in handle.paragraphs.values()}
        self._bm25_docs = np.array([row["doc_id"] for row in handle.bm25.corpus])  # BM25's row order

    def _filters(self, doc_ids: frozenset[str] | None) -> MetadataFilters | None:
        if not doc_ids:
            return None
        return MetadataFilters(
            filters=[MetadataFilter(key="doc_id", value=sorted(doc_ids), operator=FilterOperator.IN)]
        )

    def _make_bm25(self, doc_ids: frozenset[str] | None):
        import Stemmer

        # The document filter as BM25Retriever's weight mask, made with numpy: given ``filters`` instead,
        # llama-index evaluates the filter in Python for every paragraph (25-50 ms at 10k paragraphs, growing
        # with the corpus), and two-level retrieval makes a new filter for each new best document.
        mask = np.isin(self._bm25_docs, sorted(doc_ids)).astype(int).tolist() if doc_ids else None
        return _PositiveBM25Retriever(
            existing_bm25=self.handle.bm25,
            # bm25s cannot return more hits than it holds documents (llama-index warns and clips)
            similarity_top_k=min(self.cfg.candidates, len(self.handle.paragraphs)),
            stemmer=Stemmer.Stemmer(BM25_LANGUAGE),
            corpus_weight_mask=mask,
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
        # Chroma directly, for ids and distances only: through llama-index's retriever the 200 hits come
        # back as nodes with their text, which costs more than the search itself.
        collection = self.handle.vector_index.vector_store.client
        found = collection.query(
            query_embeddings=[self.handle.query_vector(question).tolist()],
            n_results=min(self.cfg.document_pool, len(self.handle.paragraphs)),
            where={"doc_id": {"$in": sorted(doc_ids)}} if doc_ids else None,
            include=["distances"],
        )
        hits = [
            (pid, 1.0 - dist)  # cosine space: distance = 1 - cosine
            for pid, dist in zip(found["ids"][0], found["distances"][0])
            if pid in self.handle.paragraphs
        ]
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
        dense = self.handle.vector_index.as_retriever(similarity_top_k=self.cfg.candidates, filters=self._filters(ids))
        retrievers = [dense, self._bm25_for(ids)]
        if self.cfg.documents and len(ids or self._indexed_docs) > 1:
            doc_scores = self.document_scores(question, ids)
            top = frozenset(sorted(doc_scores, key=lambda d: -doc_scores[d])[: self.cfg.documents])
            if top:
                own = self.handle.vector_index.as_retriever(
                    similarity_top_k=self.cfg.candidates, filters=self._filters(top)
                )
                retrievers += [own, self._bm25_for(top)]
        fusion = QueryFusionRetriever(
            retrievers,
            llm=MockLLM(),
            mode="reciprocal_rerank",
            similarity_top_k=max(k, self.cfg.candidates),
            num_queries=1,
            use_async=False,
        )
        bundle = QueryBundle(question)
        hits = fusion.retrieve(bundle)
        q_terms = set(content_terms(question))
        hits = [
            h
            for h in hits
            if (p := self.handle.paragraphs.get(h.node.node_id)) is None
            or not is_short(p)
            or q_terms & set(content_terms(p.text))
        ]
        if self.cfg.rerank:
            hits = EvidenceReranker(handle=self.handle, weights=self.cfg.rerank_weights, top_n=k).postprocess_nodes(
                hits, query_bundle=bundle
            )
        out: list[tuple[Paragraph, float]] = []
        for hit in hits[:k]:
            p = self.handle.paragraphs.get(hit.node.node_id)
            if p is not None:
                out.append((p, float(hit.score or 0.0)))
        return out
