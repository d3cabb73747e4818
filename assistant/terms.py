"""Question-term coverage: how much of a question's (idf-weighted) content a text covers.

Shared by the reranker (paragraph coverage) and the answerer (sentence coverage). Terms
are Dutch stems without stopwords (``text.content_terms``); idf comes from the paragraphs of the
*same document*, including their section headings (and, for a record that cannot stand alone —
a footnote, a signature block — the context it is indexed with). Per-document idf keeps a document's scoring
independent of what else is in the corpus: adding a Handelingen item, where «motie» and «Kamer» are
everywhere, does not change how the letter's paragraphs cover a question about the letter.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict

from .models import Paragraph
from .text import _WORD_RE, content_terms, past_forms, text_terms, verb_forms

# A Dutch compound ends in its head: «Raadsconclusies» are conclusies, a «verplichting» is a plicht. A question term
# covers a text word it heads, so «Waar zijn de conclusies van de Europese top te vinden?» is covered by
# «Raadsconclusies» (the Snowball stemmer keeps compounds whole). Heads shorter than six letters are too often
# the end of an unrelated word or too general («brief» in «Kamerbrief»: CHANGELOG row 79).
_HEAD_MIN = 6


def _is_head(term: str, word: str) -> bool:
    """Does ``word`` end in ``term`` after a first part of at least three letters?"""
    return len(word) >= len(term) + 3 and word.endswith(term)


# Verbs that say little of their own in a question («Neemt het kabinet … over?», «Hoe denkt men …?», «Welk land komt in
# aanmerking …?», «Wat moet er gebeuren?»): matched to the corpus's «nemen», «denken», «komen» they find sentences that
# share no topic. Nor do the verbs by which the letter says who holds a view («Het kabinet onderschrijft …», «deelt
# de visie», «De ACVZ constateert …»): whose view is asked is read by the voice module, and «Onderschrijven de
# bewindslieden de schets …?» was answered with «Het kabinet onderschrijft deze aanbeveling».
_LIGHT_VERBS = frozenset(
    "nemen komen maken gaan geven krijgen zien staan houden brengen doen zetten leggen vinden denken blijven laten "
    "liggen spelen vallen gebeuren onderschrijven erkennen delen constateren concluderen stellen menen noemen "
    "zeggen willen".split()
)
# participles with a sense of their own: «gemiddeld» is no form of the letter's «middelen»; «Hoe is de brief
# opgebouwd?» asks its structure, not the letter's «opbouwen» of relations (dev25 zi001 then cited three paragraphs)
_OWN_SENSE = frozenset({"gemiddeld", "opgebouwd"})

_MODIFIER_MIN = 4
_JOINT_MAX = 4  # letters between the parts: a linking «s» or «en», the ending a stem lost («grensbewak|ings|project»)


def _split_over(term: str, words: set[str]) -> bool:
    """Is ``term`` a compound of two of ``words``: a first part it starts with and a head it ends in, apart (a
    linking «s» or the stem's lost ending may come between)? The question's «grensbewakingsproject» is the text's
    «grensbewaking» and «project» (stems «grensbewak», «project»): Dutch writes compounds as one word, and a question
    may join what the text says apart (row 288). Not a part of it: «migratiemanagementproject» is not «migratie» and
    «project»."""
    heads = [w for w in words if len(w) >= _HEAD_MIN and len(term) >= len(w) + _MODIFIER_MIN and term.endswith(w)]
    return any(
        len(w) >= _MODIFIER_MIN and term.startswith(w) and 0 <= len(term) - len(w) - len(h) <= _JOINT_MAX
        for h in heads
        for w in words
    )


class TermStats:
    def __init__(self, paragraphs: list[Paragraph], contexts: dict[str, str] | None = None) -> None:
        self.terms: dict[str, set[str]] = {}
        self.doc_of: dict[str, str] = {}
        df: dict[str, Counter[str]] = defaultdict(Counter)
        sizes: Counter[str] = Counter()
        corpus_df: Counter[str] = Counter()
        self._verb_words: set[str] = set()  # the corpus's words that may be a verb's infinitive or its «-t» form
        for p in paragraphs:
            text = " ".join([p.text, *p.section, (contexts or {}).get(p.id, "")])
            terms = set(text_terms(text))
            self._verb_words.update(w for w in _WORD_RE.findall(text.lower()) if w.endswith(("en", "t")))
            self.terms[p.id] = terms
            self.doc_of[p.id] = p.doc_id
            df[p.doc_id].update(terms)
            sizes[p.doc_id] += 1
            corpus_df.update(terms)
        self.doc_idf = {d: {t: math.log(1 + sizes[d] / c) for t, c in counts.items()} for d, counts in df.items()}
        self._docs_of: dict[str, set[str]] = defaultdict(set)  # term → the documents that use it
        for d, counts in df.items():
            for t in counts:
                self._docs_of[t].add(d)
        self.doc_unknown = {d: math.log(1 + n / 0.5) for d, n in sizes.items()}
        n = max(1, len(paragraphs))
        self.idf = {t: math.log(1 + n / c) for t, c in corpus_df.items()}  # corpus-wide: «does the corpus use it»
        self.unknown_idf = math.log(1 + n / 0.5)

    def uses(self, term: str) -> bool:
        """Does the corpus use ``term``, whole or as the head of the compound it is («asielterugkeerbeleid» ends in
        «terugkeerbeleid»): the other way round from ``coverage``, which finds a term heading a text word."""
        return term in self.idf or self.head_start(term) is not None

    def head_start(self, term: str) -> int | None:
        """Where the longest head of ``term`` that the corpus uses begins (a first part of three letters or more, a
        head of ``_HEAD_MIN`` or more), or None."""
        return next((i for i in range(3, len(term) - _HEAD_MIN + 1) if term[i:] in self.idf), None)

    def corpus_form(self, word: str) -> str | None:
        """The stem of the form of a question's verb that the corpus uses, when it does not use the question's (None:
        it does, or no such form): «koppelt» → «koppel» where the letter says «koppelen» only, «interpreteren» →
        «interpreteert» where it says «interpreteert» only (``text.verb_forms``); a past participle or past tense as its
        infinitive, «getraind» → «train» (``text.past_forms``). Only a word in «-t» or «-en» is read as a present tense:
        the noun «steun» is no «steunt», «deel» no «deelt». A light verb (``_LIGHT_VERBS``: «neemt»,
        «komt», «denkt») is no topic of its own. Checked against the corpus's whole words, not its stems: «raadt» is no
        form of «Raad», and a stem another word ends up in («leid» of «leider») does not count."""
        terms = content_terms(word)
        if len(terms) != 1 or terms[0] in self.idf or word in _LIGHT_VERBS or word in _OWN_SENSE:
            return None
        for form in (verb_forms(terms[0]) if word.endswith(("t", "en")) else []) + past_forms(word):
            if form in self._verb_words and form not in _LIGHT_VERBS:
                stem = content_terms(form)
                if stem and stem[0] in self.idf:
                    return stem[0]
        return None

    def in_corpus_forms(self, text: str, terms: list[str]) -> list[str]:
        """``terms``, the stems of ``text``'s words, with each verb form the corpus does not use replaced by the form
        it does (``corpus_form``)."""
        forms: dict[str, str] = {}
        for word in _WORD_RE.findall(text.lower()):
            if (form := self.corpus_form(word)) is not None:
                forms[content_terms(word)[0]] = form
        return [forms.get(t, t) for t in terms]

    def only_elsewhere(self, terms: set[str], doc_ids: set[str]) -> set[str]:
        """The terms some document uses, but none of ``doc_ids``."""
        return {t for t in terms if self._docs_of.get(t) and not self._docs_of[t] & doc_ids}

    def weight(self, term: str, doc_id: str | None = None) -> float:
        if doc_id in self.doc_idf:
            return self.doc_idf[doc_id].get(term, self.doc_unknown[doc_id])
        return self.idf.get(term, self.unknown_idf)

    def coverage(self, q_terms: set[str], terms: set[str], doc_id: str | None = None) -> float:
        """Share (0..1) of the question terms' idf mass (idf of ``doc_id`` when given) found in ``terms``, whole or
        as the head of a compound there."""
        total = sum(self.weight(t, doc_id) for t in q_terms)
        if total == 0:
            return 0.0
        found = q_terms & terms
        found |= {t for t in q_terms - found if len(t) >= _HEAD_MIN and any(_is_head(t, u) for u in terms)}
        found |= {t for t in q_terms - found if len(t) >= _HEAD_MIN + _MODIFIER_MIN and _split_over(t, terms)}
        return sum(self.weight(t, doc_id) for t in found) / total

    def paragraph_coverage(self, q_terms: set[str], paragraph_id: str) -> float:
        return self.coverage(q_terms, self.terms.get(paragraph_id, set()), self.doc_of.get(paragraph_id))
