"""Question-term coverage: how much of a question's (idf-weighted) content a text covers.

Shared by the reranker (paragraph coverage) and the answerer (sentence coverage). Terms
are Dutch stems without stopwords (``text.content_terms``); idf comes from the indexed
paragraphs, including their section headings.
"""

from __future__ import annotations

import math
from collections import Counter

from .models import Paragraph
from .text import content_terms


class TermStats:
    def __init__(self, paragraphs: list[Paragraph]) -> None:
        self.terms: dict[str, set[str]] = {}
        df: Counter[str] = Counter()
        for p in paragraphs:
            terms = set(content_terms(p.text + " " + " ".join(p.section)))
            self.terms[p.id] = terms
            df.update(terms)
        n = max(1, len(paragraphs))
        self.idf = {t: math.log(1 + n / c) for t, c in df.items()}
        self.unknown_idf = math.log(1 + n / 0.5)  # a term the corpus never uses weighs most

    def weight(self, term: str) -> float:
        return self.idf.get(term, self.unknown_idf)

    def coverage(self, q_terms: set[str], terms: set[str]) -> float:
        """Share (0..1) of the question terms' idf mass found in ``terms``."""
        total = sum(self.weight(t) for t in q_terms)
        if total == 0:
            return 0.0
        return sum(self.weight(t) for t in q_terms & terms) / total

    def paragraph_coverage(self, q_terms: set[str], paragraph_id: str) -> float:
        return self.coverage(q_terms, self.terms.get(paragraph_id, set()))
