"""Second stage: rerank the fused candidates on the evidence they hold for the question.

Reciprocal-rank fusion only sees ranks. On this corpus the paragraph that answers is often
a long paragraph whose *one* sentence matches (dense similarity of the whole paragraph is
diluted), or one that shares the question's rare terms with its section heading. Features
per candidate, each min-max normalised over the candidates:

* ``fused``: the reciprocal-rank fusion score of stage one;
* ``dense``: e5 cosine of question and paragraph;
* ``sentence``: the best e5 cosine of question and one sentence of the paragraph
  (sentence vectors are built with the index, so this costs no embedding);
  for both, a question with everyday words the thesaurus knows is also embedded with the stukken's words for
  them added, and the better cosine counts;
* ``coverage`` (not normalised): idf-weighted share of the question's Dutch stems found in
  the paragraph and its headings;
* ``clause`` (not normalised): the same share found in the paragraph's best single sentence. A paragraph
  whose one sentence holds the question's terms together answers it; one that has them spread over
  sentences on other things («Wat noemt de ACVZ als voorbeeld van het belang dat VenJ en BZ aan terugkeer
  hechten?»: the conclusion naming VenJ and BZ, terugkeer and «belang» apart) is about its topic;
* ``typed`` (0/1): for a question that asks for a number or a date, whether the
  paragraph's best-matching sentence contains one;
* ``exact`` (0/1): whether the candidate names a date, Kamerstuk or COM number the question names
  («de brief van 8 september 2015»); BM25 sees such a name only as common tokens («8» not at all);
* ``advice`` (0/1): for a question that asks what is advised or recommended («Wat adviseert de ACVZ …?»),
  whether the candidate is part of a numbered series of recommendations (a recommendation or the
  reaction under it): a paraphrased recommendation otherwise loses to the findings on the same topic;
* ``source`` (0/1): for a question that asks which stuk is referred to, whether the
  candidate is a footnote (the letter's references live there);
* ``genre`` (0/1): for a question that names a kind of document («de brief», «de motie»,
  «het debat»), whether the candidate's document is of that type. Constant (so without effect)
  while the candidates come from one kind of document, such as the letter alone.

The weights were chosen on the dev split of the gold set (evals/CHANGELOG.md). It is a
llama-index ``BaseNodePostprocessor``, so it slots into any retriever/query engine.
"""

from __future__ import annotations

from typing import Any

import numpy as np
from llama_index.core.postprocessor.types import BaseNodePostprocessor
from llama_index.core.schema import NodeWithScore, QueryBundle
from pydantic import ConfigDict, Field

from .config import DEFAULT_RERANK_WEIGHTS
from .questions import answer_type, asked_genres, asks_advice, asks_for_source, carries, identifiers
from .structure import RECOMMENDATIONS
from .text import content_terms, normalise_for_match, text_terms
from .thesaurus import rephrased_terms, worded


def _minmax(values: np.ndarray) -> np.ndarray:
    lo, hi = float(values.min()), float(values.max())
    return (values - lo) / (hi - lo) if hi > lo else np.zeros_like(values)


class EvidenceReranker(BaseNodePostprocessor):
    model_config = ConfigDict(arbitrary_types_allowed=True)

    handle: Any = Field(description="The open IndexHandle (vectors, sentence vectors, term statistics).")
    weights: dict[str, float] = Field(default_factory=lambda: dict(DEFAULT_RERANK_WEIGHTS))
    top_n: int = Field(default=10)
    thesaurus: bool = Field(default=True, description="Also score coverage of the question in the stukken's words.")

    @classmethod
    def class_name(cls) -> str:
        return "EvidenceReranker"

    def features(self, question: str, nodes: list[NodeWithScore]) -> dict[str, np.ndarray]:
        ids = [n.node.node_id for n in nodes]
        q_terms = set(self.handle.terms.in_corpus_forms(question, content_terms(question)))
        # the question in the stukken's words too (``thesaurus``): a paragraph covers the better of the two
        asked = [t for t in (q_terms, rephrased_terms(question) if self.thesaurus else None) if t]
        kind = answer_type(question)
        # a count (people, things) is looked for as any number: which number counts what is the answer's check
        kind = "number" if kind in ("count", "named-count") else kind
        kind = None if kind == "named" else kind  # names are everywhere: which ones answer is the answer's check
        wants_source = asks_for_source(question)
        genres = asked_genres(question)
        names = identifiers(question)
        advice = self.handle.parts.members(RECOMMENDATIONS) if asks_advice(question) else frozenset()
        # ... and embedded in them: the question with the stukken's words for its everyday ones added («Welke partijen
        # raadpleegde de adviescommissie …? consultatie geconsulteerd»). e5 places a paraphrase by its meaning, but
        # not always near the letter's wording; each paragraph and sentence counts with the better of the two
        # cosines (row 219).
        reworded = worded(question) if self.thesaurus else None
        sentence, typed, clause = [], [], []
        for pid in ids:
            sims = self.handle.sentence_similarity(question, pid)
            if reworded:
                sims = [
                    (a, b, max(c, d))
                    for (a, b, c), (_, _, d) in zip(sims, self.handle.sentence_similarity(reworded, pid))
                ]
            best = max(sims, key=lambda x: x[2], default=None)
            own = best[2] if best else 0.0
            if wants_source and self.handle.paragraphs[pid].kind == "footnote":
                # a footnote is read with the sentence that cites it: «Naar welk Kamerstuk verwijst de voetnoot bij het
                # speciale budget van 2004?» is near the sentence on that budget, not near any footnote's title
                # (footnote 1's Kamerbrief scored above footnote 2 in both the dense and the sentence feature)
                cited = [self.handle.anchor_similarity(q, pid) for q in (question, reworded) if q]
                own = max([own, *(c for c in cited if c is not None)])
            sentence.append(own)
            text = self.handle.paragraphs[pid].text
            doc = self.handle.paragraphs[pid].doc_id
            said = [set(text_terms(text[a:b])) for a, b, _ in sims]
            clause.append(max((self.handle.terms.coverage(t, s, doc) for s in said for t in asked), default=0.0))
            typed.append(float(bool(kind and best and carries(kind, text[best[0] : best[1]], text[best[1] :]))))
        dense = np.array(self.handle.dense_similarity(question, ids), dtype=float)
        if reworded:
            dense = np.maximum(dense, self.handle.dense_similarity(reworded, ids))
        return {
            "typed": np.array(typed),
            "exact": np.array(
                [float(any(n in normalise_for_match(self.handle.paragraphs[pid].text) for n in names)) for pid in ids]
            ),
            "advice": np.array([float(pid in advice) for pid in ids]),
            "source": np.array([float(wants_source and self.handle.paragraphs[pid].kind == "footnote") for pid in ids]),
            "genre": np.array(
                [float(self.handle.documents[self.handle.paragraphs[pid].doc_id].type in genres) for pid in ids]
            ),
            "fused": _minmax(np.array([n.score or 0.0 for n in nodes], dtype=float)),
            "dense": _minmax(dense),
            "sentence": _minmax(np.array(sentence, dtype=float)),
            "coverage": np.array(
                [max((self.handle.terms.paragraph_coverage(t, pid) for t in asked), default=0.0) for pid in ids],
                dtype=float,
            ),
            "clause": np.array(clause, dtype=float),
        }

    def _postprocess_nodes(
        self, nodes: list[NodeWithScore], query_bundle: QueryBundle | None = None
    ) -> list[NodeWithScore]:
        if not nodes or query_bundle is None:
            return nodes[: self.top_n]
        feats = self.features(query_bundle.query_str, nodes)
        score = sum(self.weights.get(name, 0.0) * values for name, values in feats.items())
        order = np.argsort(-score, kind="stable")
        return [NodeWithScore(node=nodes[i].node, score=float(score[i])) for i in order[: self.top_n]]
