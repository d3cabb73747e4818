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
dev split of the gold set (see evals/CHANGELOG.md), and — without a threshold — when the
question names something no indexed document mentions, asks the view of a speaker without a
voice, or asks for a typed answer (number, date, amount, percentage, a person's name, countries:
``questions.answer_type``) and no close sentence holds one (``uncovered``, ``_choose``); numbered parts the
question points at («aanbeveling 2», «voetnoot 3») are answered from those parts (``_pointed``).
Who speaks (``voice.py``) steers which sentences lead and how they are introduced («Volgens de
ACVZ: …»). Multi-part questions are answered per part.
"""

from __future__ import annotations

import bisect
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .cite import make_citation
from .config import AnswerSettings
from .converse import carried_words, is_followup, own_words, topic_words
from .corpus import document_reference, footnote_number
from .index import IndexHandle
from .models import Answer, Citation, Paragraph, Retrieved
from .names import (
    hyphen_parts,
    joined_nouns,
    name_found,
    named_in,
    names_it,
    phrase_pattern,
    probe,
    question_names,
)
from .questions import (
    answer_type,
    asked_named,
    asked_role,
    asks_advice,
    asks_agreed,
    asks_condition,
    asks_development,
    asks_done_already,
    asks_enumeration,
    asks_for_source,
    asks_future,
    asks_members,
    asks_novelty,
    asks_own_date,
    asks_reason,
    asks_results,
    asks_share,
    asks_since,
    carries,
    counted,
    dutch_date,
    enumerates,
    follows_from_previous,
    gives_agreed,
    gives_cause,
    gives_condition,
    gives_novelty,
    gives_reason,
    gives_share,
    gives_since,
    identifiers,
    keyword_query,
    keyword_type_noun,
    names_future,
    opens_with_consequence,
    speaks_of_later,
    states_plan,
    tells_development,
)
from .structure import FOOTNOTES, RECOMMENDATIONS, series_reference
from .text import (
    SPELLED_OUT,
    content_terms,
    looks_english,
    normalise_for_match,
    question_terms,
    sentence_spans,
    text_terms,
)
from .thesaurus import expansions, rephrased_stems, rephrased_terms, stukken_stems
from .translate import name_gloss, to_dutch
from .voice import (
    ACVZ,
    VOICE_NAMES,
    asked_voices,
    named_without_a_view,
    names_voice,
    names_voice_as_body,
    only_as_owner,
    relation_asked,
    relation_stated,
    same_voice,
    sentence_voices,
    shared_view,
    span_voice,
    voice_mentions,
)

log = logging.getLogger(__name__)

ABSTAIN_TEXT = "Dit staat niet in de stukken die ik doorzoek."
# Sentences that lean on the one before ("Dit is inclusief …") get it as context; so does a consequence of it
# («Om deze reden wordt … ingezet op wijziging van deze verdragen»: ``questions.opens_with_consequence``).
_ANAPHORA_RE = re.compile(
    r"^(Dit|Dat|Deze|Die|Zij|Hij|Het gaat|Daarbij|Daarnaast|Daardoor|Hiermee|Hierbij|Zulke|Dat houdt)\b"
)
# A sentence that goes on from the one before: «Dat vereist …», «Zij kunnen met die kennis …», «Daarna volgt …»,
# «Uitgangspunt daarbij is …», «Het kabinet ziet dit als …».
_CONTINUES_RE = re.compile(
    r"^(?:(?:Dit|Dat|Zij|Zulke|Daarna|Daarmee|Hiermee)\b|\S+(?:\s+\S+){0,3}\s+(?:daarbij|dit|hiervan|daarvan)\b)"
)
# A lead that announces what follows: «In de Raadsconclusies … is een paragraaf opgenomen over terugkeer.», «… merkt het
# kabinet het volgende op.» The next sentence says it.
_ANNOUNCES_RE = re.compile(
    r"\b(?:is|zijn|werd|werden)\s+(?:een\s+)?(?:paragraaf|passage|alinea|hoofdstuk)\s+opgenomen\b|\bhet\s+volgende\s+op\b"
)
# «Nederland» goes without saying in a Dutch government text, as its adjective does: «Welke drie landen verzamelen
# met Nederlandse steun gegevens over migratie?» is answered by a paragraph that never writes «Nederland».
_IMPLICIT_NAMES = frozenset({"Nederland", "Nederlandse", "Nederlands", "Nederlanders", "Netherlands", "Dutch"})
_IMPLICIT_TERMS = frozenset(content_terms("Nederland Nederlandse"))
# A name written out in capitalised words on one line, small words between them skipped: «Internationale Organisatie
# voor Migratie»
_WRITTEN_OUT_NAME_RE = re.compile(r"\b[A-Z][\w’'-]*(?: +(?:(?:van|voor|en|for|and|of) +)?[A-Z][\w’'-]*)+")
_INITIALS_RE = re.compile(r"(?<![\w&-])[A-Z]{3,6}(?![\w&-])")  # «ADPC»; not «DT&V», «EU-Turkije»
# (M&O is written out with its compound head by ``spelled_out``; case-sensitive: «so», «os» are words)
_SPELLED_OUT_RE = re.compile(r"(?<![\w&-])(?:" + "|".join(k for k in SPELLED_OUT if k.isalpha()) + r")(?![\w&-])")
_WHO = (
    # «de Somalische regering», and «de regering van Ghana»
    r"(?P<the>(?:de|het)\s+)?(?P<who>(?:(?:regering|overheid|autoriteiten|ambassade|parlement)\s+van\s+)?"
    r"(?P<name>[A-Z][\w&-]*(?:\s+(?:van\s+)?[A-Z][\w&-]*)*)"
    r"(?:\s+(?:regering|overheid|autoriteiten|ambassade|parlement))?)"
)
# «Wat is het standpunt van de PVV», «Wat vindt de Raad van State»: whose view is asked.
_OPINION_OF_RE = re.compile(
    r"\b(?:(?:standpunt|mening|visie|oordeel|opvatting|reactie|antwoord)\s+van|vindt|vinden|(?:vond|vonden)(?![^?]*\bplaats\b)|denkt|denken|dacht"
    r"|dachten|oordeelt|oordeelde|zegt|zei|zeiden|reageert|reageren|reageerde|reageerden|besluit|besloot|besloten"
    # a vote is a decision: «Hoe stemde de Tweede Kamer over de kabinetsreactie?»
    r"|stemt|stemmen|stemde|stemden"
    # «Deelt de PVV dat standpunt?»: sharing a view is holding one
    r"|(?i:deelt|delen|deelde|deelden|onderschrijft|onderschrijven|onderschreef|onderschreven)"
    # «Hoe beoordeelt de Europese Commissie het project?» asks a view; «Welke projecten beoordeelt de ACVZ positief?»
    # asks which, a fact that need not be the voice's own words on every term
    r"|(?i:hoe)\s+(?:beoordeelt|beoordelen|beoordeelde|beoordeelden|waardeert|waarderen|waardeerde|waardeerden))\s+"
    + _WHO
)
# «Wat heeft de Tweede Kamer besloten over het advies?»: the perfect puts the speaker before the verb; so does a
# question that opens with it («Heeft de Tweede Kamer een motie aangenomen over …?»).
_OPINION_PERFECT_RE = re.compile(
    r"\b(?i:heeft|hebben|had|hadden)\s+"
    + _WHO
    + r"\s+(?:\S+\s+){0,6}?(?:besloten|beslist|gevonden|gezegd|gereageerd|geantwoord|geoordeeld|beoordeeld|gestemd"
    r"|aangenomen|verworpen|goedgekeurd|ingestemd|aanvaard)\b"
)
# "What does the ACVZ say about …?", "the position of the PVV": a view asked in English, and of whom
_WHO_EN = (
    r"(?P<the>the\s+)?(?P<who>(?P<name>[A-Z][\w&-]*(?:\s+(?:of\s+)?[A-Z][\w&-]*)*)"
    r"(?:\s+(?:parliament|government|authorities|embassy))?)"
)
_OPINION_EN_RE = re.compile(
    r"\b(?i:what|how)\s+(?:does|did|do)\s+" + _WHO_EN + r"\s+(?:say|think|state|consider|conclude|find|decide)\b"
)
_OPINION_EN_OF_RE = re.compile(r"\b(?i:position|view|opinion|stance)\s+of\s+" + _WHO_EN)
# «Was de Kamercommissie tevreden met de antwoorden?», «Is de PVV het eens met …?»: a state of mind asked of
# someone is their view
_OPINION_STATE_RE = re.compile(
    r"^\s*(?i:is|was|zijn|waren)\s+"
    + _WHO
    + r"\s+(?:\S+\s+){0,2}?(?i:tevreden|ontevreden|blij|positief|negatief|kritisch|enthousiast|teleurgesteld"
    r"|het\s+(?:on)?eens)\b"
)
_DUTCH_VIEWS = (_OPINION_OF_RE, _OPINION_PERFECT_RE, _OPINION_STATE_RE)
# A view asked of a voice, whichever way it is named («Wat vindt het kabinet …?», «de mening van de regering»)
_VIEW_WORD_RE = re.compile(
    r"\b(?:vindt|vinden|vond|vonden|denkt|denken|dacht|dachten|zegt|zeggen|zei|zeiden|standpunt|mening|visie|oordeel"
    r"|opvatting|houding)\b",
    re.I,
)
# An adjective of a place or people ends the speaker found: «Europese», «Nederlandse», «Somalische» …
_ADJECTIVE_RE = re.compile(r"^[A-Z]\w*(?:se|sche)$")
# … and a common noun follows it («de Europese ministers»), not a word that ends the phrase («van», «over», «het»)
_NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:van|over|op|in|aan|met|tot|voor|bij|het|de|een|dat|dit|daar\w*|hier\w*|er\w*|nu|zelf|dan|toen|ook|al)\b)"
    r"[a-z]\w*"
)
_VIEWS = (*_DUTCH_VIEWS, _OPINION_EN_RE, _OPINION_EN_OF_RE)


def _view_asked(question: str, patterns: tuple[re.Pattern[str], ...] = _VIEWS) -> re.Match[str] | None:
    """Where the question asks someone's view or decision, with its speaker (groups ``the``, ``who``, ``name``)."""
    return next((m for r in patterns if (m := r.search(question))), None)


_LIST_QUESTION_RE = re.compile(r"\b(welke|noem|opsomming|lijst|prioriteiten|thema|thema’s|thema's|which|list)\b", re.I)
_KAMERSTUK_RE = re.compile(r"\bKamerstuk(?:ken)?\s+\d")
# «de aanbeveling om …», "the recommendation to …": one recommendation, described rather than numbered
_ONE_RECOMMENDATION_RE = re.compile(r"\b(?:de|deze|die|the|this|that)\s+(?:aanbeveling|recommendation)\b(?!s|en)", re.I)
_CANDIDATE_PARAGRAPHS = 5  # paragraphs whose sentences may be quoted
_SUPPORT_PARAGRAPHS = 3  # paragraphs that count for abstention
_TYPED_WINDOW = 5  # sentences searched for the answer type (number, date)
_VOICE_WINDOW = 8  # sentences searched for the voice a question asks about
# a voice named only as an owner, or as the one who acted with no view asked, yields to a sentence scoring this many
# times its own best
_OWNER_YIELD = 1.2
_CAUSE_SHARE = 0.7  # a sentence giving the cause asked leads from this share of the best score (below the best few)
_SECONDARY = 0.8  # a further sentence is quoted when it scores at least this share of the best
# What the stukken only name as a plan: asked what came of it, or whether it was done already
_PLAN_ONLY_RESULTS = "De stukken noemen dit alleen als voornemen; wat het heeft opgeleverd staat er niet in."
_PLAN_ONLY_DONE = "De stukken noemen dit alleen als voornemen; of het al is gebeurd staat er niet in."
_LOOKUP_PLACES = 3  # paragraphs a look-up in the document («Waar staat iets over X?») quotes at most
# Sentence score weights (tuned on the dev split).
_W_LEX, _W_DENSE, _W_CTX, _W_RANK = 0.3, 0.3, 0.25, 0.25
_W_ANCHOR = 1.0  # a follow-up's reply: weight of the similarity to what it replies to (dev-followups: 1–4 alike)
# e5 cosines between a question and related Dutch text fall in ~0.78..0.95: stretched to 0..1.
_COS_LOW, _COS_HIGH, _COS_HIGH_ENGLISH = 0.78, 0.95, 0.86


def stretch_cosine(cos: float, low: float = _COS_LOW, high: float = _COS_HIGH) -> float:
    """e5 cosine mapped to 0..1 over the range where related Dutch text falls (shared with generate.py)."""
    return min(1.0, max(0.0, (cos - low) / (high - low)))


_ROLE_RE = re.compile(r"^(?:de\s+)?(?:minister|staatssecretaris|voorzitter|heer|mevrouw)\b\s*", re.I)


def _surname(voice: str) -> str:
    """«Paternotte (D66)» → «paternotte», «staatssecretaris Keijzer» → «keijzer», «de voorzitter» → «»."""
    name = _ROLE_RE.sub("", re.sub(r"\s*\(.*?\)\s*$", "", voice)).strip()
    return name.lower() if len(name) > 2 else ""


@dataclass
class _Sentence:
    paragraph: Paragraph
    rank: int
    start: int
    end: int
    lex: float
    score: float
    voice: str | None = None


def _further_down(
    scored: list[_Sentence], lead: _Sentence, gives: Callable[[str], bool], voice: str | None = None
) -> _Sentence | None:
    """Of the best ``_VOICE_WINDOW`` sentences scoring at least ``_CAUSE_SHARE`` of the lead's, the first that
    ``gives`` what the question asks (a cause, an agreement, a start point), in ``voice`` if one is given."""
    return next(
        (
            x
            for x in scored[:_VOICE_WINDOW]
            if x.score >= _CAUSE_SHARE * lead.score
            and gives(x.paragraph.text[x.start : x.end])
            and (voice is None or same_voice(x.voice, voice))
        ),
        None,
    )


def _same(a: _Sentence, b: _Sentence) -> bool:
    return a.paragraph.id == b.paragraph.id and a.start == b.start


@dataclass
class _Ask:
    """What ``ExtractiveAnswerer._choose`` reads off the question, shared by its steps."""

    question: str
    english: bool
    gloss: str | None  # an English question's Dutch gloss (translate.py)
    terms: set[str]  # its content terms (of the gloss, for English)
    kind: str | None  # the kind of answer asked (``questions.answer_type``)
    voices: list[str]  # the voices to answer in
    anchor: str | None  # what a follow-up replies to
    focus: str | None  # what a «Hoe effectief …?», «Welke landen …?» asks named (``_focus``)
    # «Waarom …?» is answered by a sentence that says why («omdat», «zodat», «naar aanleiding van»), «Onder welke
    # voorwaarden …?», «Wanneer kan X effect hebben?» by one that states a condition («mits», «indien»)
    wanted: list[Callable[[str], bool]]
    typed: Callable[[_Sentence], bool] | None = None  # does a sentence carry the kind asked (``_typed_window``)

    @classmethod
    def of(
        cls, question: str, english: bool, gloss: str | None, terms: set[str], kind: str | None, voices: list[str],
        anchor: str | None,
    ) -> _Ask:  # fmt: skip
        wanted = [
            gives for asks, gives in ((asks_reason, gives_reason), (asks_condition, gives_condition)) if asks(question)
        ]
        return cls(question, english, gloss, terms, kind, voices, anchor, _focus(question), wanted)

    def names_focus(self, x: _Sentence) -> bool:
        return bool(self.focus) and self.focus in text_terms(x.paragraph.text[x.start : x.end])

    def gives_wanted(self, x: _Sentence) -> bool:
        return bool(self.wanted) and all(g(x.paragraph.text[x.start : x.end]) for g in self.wanted)


class ExtractiveAnswerer:
    def __init__(self, handle: IndexHandle, cfg: AnswerSettings) -> None:
        self.handle = handle
        self.cfg = cfg
        self.terms = handle.terms
        self._doc_rank = {doc_id: i for i, doc_id in enumerate(handle.documents)}
        indexed = {p.doc_id for p in handle.paragraphs.values()}
        self._corpus_text = " ".join(
            [p.text + " " + " ".join(p.section) for p in handle.paragraphs.values()]
            + [d.title for d in handle.documents.values() if d.id in indexed]
        ).lower()
        # Every word start with the rest of its token, sorted: a single-word name is looked up by bisection
        # instead of a regex scan of the whole corpus text on every question.
        self._word_starts = sorted(
            {m.group(1) for m in re.finditer(r"(?<!\w)(?=(\w\S*))", self._corpus_text)}  # overlapping: «2014/15»
        )
        # The names the stukken write out, by their initials («adpc» → «African Diaspora Policy Center»): a question
        # may use initials the stukken never do (``with_names_written_out``). With and without the first word: a
        # sentence's opening «De» is no part of the name.
        self._written_out: dict[str, str] = {}
        for p in handle.paragraphs.values():
            for m in _WRITTEN_OUT_NAME_RE.finditer(p.text):
                words = m.group().split()
                for start in (0, 1):
                    initials = "".join(w[0] for w in words[start:] if w[0].isupper())
                    if len(initials) >= 3:
                        self._written_out.setdefault(initials.lower(), " ".join(words[start:]))
        # Speakers with a voice in the corpus beyond the fixed ones (e.g. Kamerleden in Handelingen).
        self._voiced = {p.voice.lower() for p in handle.paragraphs.values() if p.voice}
        # The parts of a document (its top-level sections) where it reports another voice than its author's: the
        # letter's summary of the ACVZ's findings, the recommendations and the reactions to them. There the
        # author's own sentence is attributed too («Volgens het kabinet: Van geval tot geval zal daarbij worden
        # bezien …»): quoted alone, it could be read as the ACVZ's, whose sentences stand around it.
        self._contested = {
            (p.doc_id, p.section[0])
            for p in handle.paragraphs.values()
            if p.section and p.voice and p.voice != handle.documents[p.doc_id].voice
        }
        # Named speakers (Handelingen: «Paternotte (D66)», «staatssecretaris Keijzer») by surname, so that
        # «Wat zei Paternotte …?» is answered in Paternotte's words, as «Wat vindt de ACVZ …?» in the ACVZ's.
        self._speakers = [
            (re.compile(r"(?<!\w)" + re.escape(surname) + r"(?!\w)", re.I), voice)
            for voice in sorted({p.voice for p in handle.paragraphs.values() if p.voice} - set(VOICE_NAMES))
            if (surname := _surname(voice))
        ]

    def answer(
        self,
        question: str,
        hits: list[tuple[Paragraph, float]],
        parts: list[tuple[str, list[tuple[Paragraph, float]]]] | None = None,
        previous: list[tuple[Paragraph, str | None]] | None = None,
        lookup: str | None = None,
    ) -> Answer:
        """Answer from the retrieved paragraphs; ``parts`` are the sub-questions of a multi-part question
        with their own hits: each is answered or named as not covered by the stukken. ``previous``: what the
        previous answer of the conversation quoted (paragraph, voice), for a follow-up. ``lookup``: what a look-up
        in the document («Waar staat iets over X?») looks for; the answer quotes each place that names it."""
        voices = self._voices_to_answer(question, hits)
        related = self._related(question, hits)  # «… het over eens, en waar niet?» is one question, not two parts
        if related:
            return self._compose(related, voices, [])
        if parts and len(parts) > 1:
            return self._answer_parts(question, hits, parts, voices)
        pointed = self._pointed(question, hits, voices)
        if pointed is not None:
            chosen, notices = pointed
            if not chosen:
                return self._abstain(hits, notices)
            ref = series_reference(question)
            # a whole series is a list; the parts on a page («de voetnoot op pagina 7») only when there are several
            as_list = ref.numbers is None and (ref.page is None or len({x.paragraph.id for x in chosen}) > 1)
            return self._compose(chosen, voices, notices, as_list=as_list)
        if asks_own_date(question) and hits:
            # The letter does not state its own date; any date in it is another letter's or an event's. Not a
            # quote, so no answer: the date from the publication's metadata, said as such.
            doc = self.handle.documents[hits[0][0].doc_id]
            if doc.date:
                where = f": {doc.source_url}" if doc.source_url else ""
                return self._abstain(
                    hits,
                    [
                        f"De tekst van {document_reference(doc)} noemt de eigen datum niet. Volgens de officiële "
                        f"publicatie is het stuk van {dutch_date(doc.date)}{where}."
                    ],
                )
        missing = self.uncovered(question)
        if missing:
            return self._abstain(hits, [missing])
        reaction = self._reaction(question, previous or [], hits)
        if reaction is None and hits and _ONE_RECOMMENDATION_RE.search(question):
            # «Onderschrijft het kabinet de aanbeveling om …?»: the recommendation described is the best hit; the
            # asked voice answers from the reaction under it, as for a recommendation named by its number.
            reaction = self._reaction(question, [(hits[0][0], hits[0][0].voice)], hits, standalone=True)
        if reaction:
            return self._compose(reaction, voices, [])
        if self.support(question, hits) < self.cfg.min_support:
            if lookup:
                # A look-up is a word or two, far from any sentence in e5's space («uitzetting» 0.20): where the
                # stukken name it (or their words for it: thesaurus.py) is the answer, and a word they never use is
                # said to be absent («klimaatmigratie» was «not in the stukken» without saying which word).
                unused = [w for w in topic_words(lookup) if not self._mentions(probe(w))]
                places = self._other_places((expansions(lookup) or lookup) if unused else lookup, [], hits)
                if places:
                    return self._compose(places, voices, [])
                absent = [w for w in unused if not expansions(w)]
                if absent and not looks_english(lookup):
                    said = ", ".join(f"«{w}»" for w in absent)
                    return self._abstain(
                        hits,
                        [f"{said} {'komt' if len(absent) == 1 else 'komen'} in de stukken die ik doorzoek niet voor."],
                    )
            return self._abstain(hits)
        chosen, notices = self._choose(question, hits, voices, anchor=self.replies_to(question, previous or []))
        if not chosen:
            return self._abstain(hits, notices)
        if lookup:
            chosen = chosen + self._other_places(lookup, chosen, hits)
        return self._compose(chosen, voices, notices)

    def voice_paragraphs(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[Paragraph]:
        """The paragraphs that state how the voices a question asks about relate («Waar zijn de ACVZ en het kabinet
        het over eens, en waar niet?») or what one concludes («Wat zijn de conclusies van de ACVZ?»): candidates to
        add to what is retrieved for it (empty for other questions)."""
        found = {s.paragraph.id: s.paragraph for s in self._voice_sentences(question, hits)}
        return list(found.values())

    def _related(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        """The answer to a question about how two voices' views relate or what one concludes, from the retrieved
        paragraphs."""
        retrieved = {p.id for p, _ in hits}
        return [s for s in self._voice_sentences(question, hits) if s.paragraph.id in retrieved]

    def _voice_sentences(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        return self._relation_sentences(question, hits) or self._conclusion_sentences(question, hits)

    def _quotable_paragraphs(self, doc_id: str) -> list[Paragraph]:
        """A document's paragraphs, in order, but its signature block (which states no view)."""
        return [p for p in self.handle.paragraphs.values() if p.doc_id == doc_id and p.kind != "signature"]

    def _conclusion_sentences(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        """«Wat zijn de belangrijkste conclusies van de ACVZ?», "What are the ACVZ's main findings?": no topic, one
        voice, and what it concludes. The search found the paragraph that names the ACVZ most (its consultation,
        its advice handed over), the Raadsconclusies by their word; the conclusions are the sentences in which the
        voice itself concludes («Een conclusie van de ACVZ is …», «De ACVZ concludeert verder …», «komt tot de
        slotsom …»), then those in which it finds or judges («constateert», «is kritisch over»), in the letter's order,
        at most ``_CONCLUSIONS`` of them."""
        if not _CONCLUSIONS_ASKED_RE.search(question) or not hits:
            return []
        voices = self.asked_voices(question)
        if len(voices) != 1:
            return []
        if any(not _CONCLUSION_FRAME_RE.fullmatch(w) for w in topic_words(question)):
            return []  # «Wat concludeert de ACVZ over minder-voor-minder?»: a topic, answered as any question
        doc, voice = hits[0][0].doc_id, voices[0]
        rank = {p.id: i for i, (p, _) in enumerate(hits)}
        concludes: list[_Sentence] = []
        finds: list[_Sentence] = []
        for p in self._quotable_paragraphs(doc):
            for a, b, v in sentence_voices(p):
                said = p.text[a:b]
                if v != voice or not names_voice_as_body(said, voice):  # the voice says so in the sentence itself
                    continue
                found = _Sentence(p, rank.get(p.id, len(hits)), a, b, 0.0, 0.0, v)
                if _CONCLUDES_RE.search(said):
                    concludes.append(found)
                elif _FINDS_RE.search(said):
                    finds.append(found)
        return (concludes + finds)[:_CONCLUSIONS]

    def _relation_sentences(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[_Sentence]:
        """«Op welke punten verschillen de ACVZ en het kabinet van mening?», «Waar zijn zij het over eens, en waar
        niet?»: no topic, two voices, and where they differ or agree. The search finds the passages that name both
        (the ACVZ's consultation, its advice handed to the cabinet), not where one states its view against or with
        the other's; those sentences say it: «Anders dan de ACVZ concludeert, is het kabinet van oordeel …», «Het
        kabinet deelt de visie van de ACVZ …» (``voice.relation_stated``). Each is said by one of the voices, in a
        paragraph (or under a heading) that names the other. Those naming the other in the sentence itself come
        first; at most two of each kind asked («both»: what they differ on and what they agree on), else three."""
        asked = relation_asked(question)
        if not asked or not hits:
            return []
        voices = self.asked_voices(question)
        if len(voices) < 2:
            return []
        if any(not (_RELATION_FRAME_RE.fullmatch(w)) for w in topic_words(question)):
            return []  # «… over minder-voor-minder?»: a topic, answered from what each voice says on it
        doc = hits[0][0].doc_id
        rank = {p.id: i for i, (p, _) in enumerate(hits)}
        found: dict[str, list[tuple[bool, list[_Sentence]]]] = {"disagree": [], "agree": []}
        for p in self._quotable_paragraphs(doc):
            around = " ".join([p.text, *p.section])
            spans = sentence_voices(p)
            for i, (a, b, voice) in enumerate(spans):
                said = p.text[a:b]
                kind = relation_stated(said)
                others = [v for v in voices if v != voice]
                if not kind or voice not in voices or not any(names_voice_as_body(around, v) for v in others):
                    continue
                quoted = [_Sentence(p, rank.get(p.id, len(hits)), a, b, 0.0, 0.0, voice)]
                if i > 0 and _POINTS_BACK_RE.search(said):
                    # «Het kabinet kan zich tot op zekere hoogte vinden in dit beeld.»: the picture is the sentence
                    # before, quoted with it
                    x, y, v = spans[i - 1]
                    quoted.insert(0, _Sentence(p, rank.get(p.id, len(hits)), x, y, 0.0, 0.0, v))
                found[kind].append((any(names_voice_as_body(said, v) for v in others), quoted))
        kinds = ["disagree", "agree"] if asked == "both" else [asked]
        each = 2 if asked == "both" else 3
        chosen: list[_Sentence] = []
        for kind in kinds:
            ordered = sorted(found[kind], key=lambda e: not e[0])  # stable: letter order within each
            chosen += [s for _, quoted in ordered[:each] for s in quoted]
        return chosen

    def _other_places(
        self, topic: str, chosen: list[_Sentence], hits: list[tuple[Paragraph, float]]
    ) -> list[_Sentence]:
        """«Waar staat in de brief iets over Somalië?» asks for the places, not the one best sentence: from each
        further paragraph among the best that names the topic, its first sentence that does («Somalische» names
        «Somalië»), up to ``_LOOKUP_PLACES`` paragraphs in all. The best sentence alone was the one on Business
        Support Organisations; the support to the Somali government and the project with its authorities were
        left out."""
        words = topic_words(to_dutch(topic) if looks_english(topic) else topic)  # "remittances": as the text says it
        if not words:
            return []
        kind = answer_type(topic)  # «budget» typed alone: the places that give an amount
        cited = {s.paragraph.id for s in chosen}
        extra: list[_Sentence] = []
        for rank, (p, _) in enumerate(hits[:_CANDIDATE_PARAGRAPHS]):
            if len(cited) >= _LOOKUP_PLACES:
                break
            if p.id in cited or p.kind == "signature":
                continue
            for a, b in sentence_spans(p.text):
                if all(names_it(p.text[a:b].lower(), w) for w in words) and (
                    not kind or carries(kind, p.text[a:b], p.text[b:], frozenset())
                ):
                    extra.append(_Sentence(p, rank, a, b, 0.0, 0.0, span_voice(p, a, b)))
                    cited.add(p.id)
                    break
        return extra

    def _pointed(
        self, question: str, hits: list[tuple[Paragraph, float]], voices: list[str]
    ) -> tuple[list[_Sentence], list[str]] | None:
        """The sentences and notices about numbered parts the question points at («aanbeveling 2», «Welke
        aanbevelingen doet de ACVZ?»; structure.py), from those parts only. None when it points at none, or
        names something the stukken lack; no sentences (with a notice) for a part they do not have.

        What a part says is its opening paragraph, quoted whole (a recommendation of two sentences is one
        recommendation); a whole series is the list of them. Another voice than the parts' author («Hoe
        reageert het kabinet op aanbeveling 3?») is answered as any question, but from those parts only."""
        ref = series_reference(question)
        if ref is None or self.uncovered(question):  # «Wat vindt de Raad van State van aanbeveling 2?»
            return None
        # «aanbeveling 7» when the stukken number four: that is a clear «not in the stukken», not a reason to
        # offer whatever else mentions recommendations.
        have = self.handle.parts.numbers(ref.noun)
        missing = [n for n in ref.numbers or () if n != -1 and n not in have]
        notices: list[str] = []
        if have and missing:
            notices.append(
                f"Een {ref.noun} {', '.join(map(str, missing))} staat niet in de stukken die ik doorzoek "
                f"(daar: {ref.noun} {have[0]} tot en met {have[-1]})."
            )
        retrieved = {p.id: rank for rank, (p, _) in enumerate(hits)}
        found = [part for part in self.handle.parts.find(ref) if any(p.id in retrieved for p in part)]
        if not found:
            return ([], notices) if notices else None
        openings = [part[0] for part in found if part[0].id in retrieved]
        if ref.noun == FOOTNOTES:
            # The note itself, whole. The sentence that cites it is one click away: the source panel shows a
            # footnote with the paragraph that carries its marker.
            return [_Sentence(p, retrieved[p.id], 0, len(p.text), 0.0, 0.0, p.voice) for p in openings], notices
        # The parts' author (the ACVZ of its recommendations) says what the opening paragraphs say; another
        # asked voice (the cabinet) answers from the rest of the parts, its reactions. «de reactie op de tweede
        # aanbeveling» names no voice but asks the reaction: the voice of the paragraphs under the opening.
        if not voices and ref.numbers is not None and _REACTION_ASKED_RE.search(question):
            voices = list(dict.fromkeys(p.voice for part in found for p in part[1:] if p.voice))
        others = [v for v in voices if not any(same_voice(p.voice, v) for p in openings)]
        chosen: list[_Sentence] = []
        if len(others) < len(voices) or not voices or ref.numbers is None:
            chosen = [
                _Sentence(p, retrieved[p.id], a, b, 0.0, 0.0, span_voice(p, a, b))
                for p in openings
                for a, b in sentence_spans(p.text)
            ]
        if others and ref.numbers is None:
            # «Hoe reageert het kabinet op de aanbevelingen?»: each recommendation, then the first sentence of
            # that voice's reaction to it («Reactie: Het kabinet onderschrijft …»).
            for part in found:
                first = _first_said_by([p for p in part[1:] if p.id in retrieved], others, retrieved)
                if first:
                    chosen.append(first)
        if others and ref.numbers is not None:
            rest = {p.id for part in found for p in part[1:]}
            pool = [(p, sc) for p, sc in hits if p.id in rest]
            got, voice_notices = self._choose(question, pool, others)
            chosen += self._headed(got, [p for p, _ in pool], others)
            notices += voice_notices
        return chosen, notices

    def _answer_parts(self, question, hits, parts, voices) -> Answer:
        chosen: list[_Sentence] = []
        notices: list[str] = []
        previous: list[tuple[Paragraph, str | None]] = []
        plan_only = False  # a part before was refused as only a plan
        for part, part_hits in parts:
            got: list[_Sentence] = []
            missing = self.uncovered(part)
            if plan_only and carried_words(part):
                # «Heeft het kabinet al eens visumfacilitatie ingetrokken, en bij wie?»: «bij wie (visumfacilitatie
                # ingetrokken)» takes for granted what the part before found to be only a plan
                missing = missing or f"Over «{own_words(part).rstrip('?')}» staat niets in de stukken die ik doorzoek."
            pointed = self._pointed(part, part_hits, self.asked_voices(part))  # this part's own voices
            reaction = None if pointed is not None or missing else self._reaction(part, previous, part_hits + hits)
            if pointed is not None:
                got, part_notices = pointed
                if got:
                    notices += part_notices
                else:  # «aanbeveling 7»: said once, as what is missing for this part
                    missing = missing or " ".join(part_notices) or None
            elif reaction:
                got = reaction
            elif not missing and self.support(part, part_hits) >= self.cfg.min_support:
                got, part_notices = self._choose(part, part_hits, self.asked_voices(part))
                notices += part_notices
                plan_only = plan_only or (not got and bool({_PLAN_ONLY_RESULTS, _PLAN_ONLY_DONE} & set(part_notices)))
            if got:
                chosen += [s for s in got if not any(_same(s, c) for c in chosen)]
                previous = [(s.paragraph, s.voice) for s in got]
            else:
                notices.append(missing or f"Over «{part.rstrip('?')}» staat niets in de stukken die ik doorzoek.")
        if not chosen:
            return self._abstain(hits, notices)
        return self._compose(chosen, voices, notices)

    def replies_to(self, question: str, previous: list[tuple[Paragraph, str | None]]) -> str | None:
        """«Is het kabinet het daarmee eens?» after the ACVZ's conclusion: a follow-up that asks one voice about
        what another voice said in the previous answer replies to that; the text of the paragraph it quoted first
        (None when the follow-up is not such a reply). The asked voice's sentence that replies to it leads, not
        its best sentence on the topic words carried over (``_choose``)."""
        voices = self.asked_voices(question)
        if len(voices) != 1 or not previous or previous[0][1] is None or same_voice(previous[0][1], voices[0]):
            return None
        own = own_words(question)
        if _focus(own):
            # «Hoe effectief is die volgens de ACVZ?» after «Wat is de strategische landenbenadering?» asks a property
            # of the topic («effectief»), not the ACVZ's reply to the cabinet's definition
            return None
        return previous[0][0].text if is_followup(own) else None

    def reactions_to(self, previous: list[tuple[Paragraph, str | None]]) -> list[Paragraph]:
        """The rest of the numbered part whose opening (a recommendation) ``previous`` quoted: the reaction
        under it. Empty when it quoted none."""
        for p, _ in previous:
            numbered = self.handle.parts.part_of(p.id)
            if numbered and numbered[0] is p:
                return numbered[1:]
        return []

    def with_openings(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[tuple[Paragraph, float]]:
        """``hits`` with the opening of a numbered part (a recommendation) second, when the best hit is the reaction
        under it, the question asks the opening's voice and the reaction has no sentence in that voice: «Moet
        Nederland volgens de ACVZ operationeel minder doen bij landen die niet meewerken?» finds the cabinet's
        reaction under recommendation 2 first (it repeats the recommendation's words); the ACVZ's say is the
        recommendation. (A reaction that reports the voice's view — «Reactie: De ACVZ is positief over …» — answers
        from that sentence.)"""
        opening = self._opening_asked(question, hits)
        if opening is None or any(q is opening for q, _ in hits[:_CANDIDATE_PARAGRAPHS]):
            return hits
        return [hits[0], (opening, hits[0][1]), *[(q, sc) for q, sc in hits[1:] if q is not opening]]

    def _opening_asked(self, question: str, hits: list[tuple[Paragraph, float]]) -> Paragraph | None:
        """The opening of the numbered part whose reaction is the best hit, when the question asks its voice and
        the reaction has no sentence in that voice (see ``with_openings``)."""
        part = self.handle.parts.part_of(hits[0][0].id) if hits else None
        if not part or part[0] is hits[0][0]:
            return None
        opening, voices = part[0], self.asked_voices(question)
        asked = next((v for v in voices if same_voice(opening.voice, v)), None)
        if asked is None or any(same_voice(v, asked) for _, _, v in sentence_voices(hits[0][0])):
            return None
        return opening

    def _reaction(
        self,
        part: str,
        previous: list[tuple[Paragraph, str | None]],
        pool: list[tuple[Paragraph, float]],
        standalone: bool = False,
    ) -> list[_Sentence] | None:
        """«Wat adviseert de ACVZ voor landen waarmee gedwongen terugkeer niet lukt, en wat vindt het kabinet
        daarvan?», or the follow-up «Hoe reageert het kabinet daarop?»: when the part or answer before quoted a
        numbered part (recommendation 2) and this one only asks another voice about it, that voice answers from
        the same numbered part (the reaction under the recommendation), as for «Hoe reageert het kabinet op
        aanbeveling 2?». None when that does not apply. ``standalone``: the question describes the recommendation
        itself (``previous`` is then its best hit), so it need not lean on what came before."""
        voices = self.asked_voices(part)
        rest = self.reactions_to(previous)
        if not rest or not voices or not (standalone or is_followup(own_words(part))):
            return None
        opening = self.handle.parts.part_of(rest[0].id)[0]
        said = next(v for p, v in previous if p is opening)
        others = [v for v in voices if not same_voice(said, v)]
        if not others:
            return None
        scores = dict((p.id, sc) for p, sc in pool)
        candidates = [(p, scores[p.id]) for p in rest if p.id in scores]
        if not candidates:
            return None
        got, _ = self._choose(part, candidates, others)
        got = [s for s in got if any(same_voice(s.voice, v) for v in others)]
        return self._headed(got, [p for p, _ in candidates], others) or None

    def _headed(self, got: list[_Sentence], reaction: list[Paragraph], voices: list[str]) -> list[_Sentence]:
        """A reaction under a recommendation states the position first («Reactie: Het kabinet onderschrijft
        deze aanbeveling.»): that sentence — the first in the asked voice, in reading order — leads the
        sentences chosen from the reaction («Wat vindt het kabinet van aanbeveling 1?» is not answered by a
        later sentence that shares «vindt»)."""
        head = _first_said_by(reaction, voices, {p.id: rank for rank, p in enumerate(reaction)}) if got else None
        return [head] + [s for s in got if not _same(s, head)] if head else got

    def _choose(
        self, question: str, hits: list[tuple[Paragraph, float]], voices: list[str], anchor: str | None = None
    ) -> tuple[list[_Sentence], list[str]]:
        """The sentences that answer ``question`` (empty: the stukken do not answer it) and notices.

        ``anchor``: the text a follow-up replies to (what the previous answer quoted); the asked voice's
        sentence leads by its score plus its e5 similarity to the anchor, among all hits.

        In steps: the sentences of the best paragraphs are scored; those that carry the kind of answer asked are
        kept (``_typed_window``), or the question's names and the asked voice's say are checked (``_unsaid``); what
        the stukken only plan or do not follow up is refused (``_not_yet``); the lead is picked for what is asked
        (``_lead_for_question``), for the voice asked (``_lead_for_voice``) and for advice or novelty asked
        (``_lead_for_advice``); the further sentences are gathered (``_gather``)."""
        # An English question shares no Dutch stems with the text: its sentences are scored on its gloss's
        # (translate.py), and its names and topic are looked for as the gloss spells them.
        english = looks_english(question)
        gloss = to_dutch(question) if english else None
        q_terms = set(question_terms(gloss or question, known=lambda t: t in self.terms.idf))
        scored = self._score_sentences(question, q_terms, hits if anchor else hits[:_CANDIDATE_PARAGRAPHS])
        if not scored:
            return [], []
        for x in scored if voices else []:
            # «Het kabinet deelt de visie van de ACVZ dat …» states the ACVZ's view too: asked for the ACVZ's
            # view and not the cabinet's, the sentence speaks for the ACVZ (and names it, so no «Volgens»).
            shared = shared_view(x.paragraph.text[x.start : x.end])
            if shared in voices and not any(same_voice(x.voice, v) for v in voices):
                x.voice = shared
        ask = _Ask.of(question, english, gloss, q_terms, answer_type(question), voices, anchor)
        window = scored[:_TYPED_WINDOW]
        if ask.kind:
            window, ask.typed = self._typed_window(ask, scored, window, hits)
            if not window:
                return [], []
        else:
            refusal = self._unsaid(ask, scored, window)
            if refusal is not None:
                return [], refusal
        lead = window[0]
        notice = self._not_yet(ask, lead)
        if notice:
            return [], [notice]
        lead, agreed, share = self._lead_for_question(ask, scored, window, lead)
        # The best hit a reaction under a recommendation whose voice is asked: the recommendation (``with_openings``).
        opening = self._opening_asked(question, hits)
        reply: _Sentence | None = None  # the asked voice's view stated against or with the best sentence's voice
        if voices:
            led = self._lead_for_voice(ask, scored, window, lead, hits, opening, agreed)
            if isinstance(led, str):
                return [], [led]
            lead, reply = led
        lead = self._lead_for_advice(ask, scored, lead)
        scored = [lead] + [x for x in scored if x is not lead]
        chosen = self._gather(ask, scored, lead, opening, reply, share)
        if asks_for_source(question):
            # The source asked for is the footnote: a sentence quoted only as the place of its marker is one click
            # away (the source panel shows a footnote with the paragraph citing it); a sentence that names a
            # Kamerstuk itself is an answer and stays.
            chosen += self._footnotes_of(chosen, hits)
            if any(x.paragraph.kind == "footnote" for x in chosen):
                chosen = [
                    x
                    for x in chosen
                    if x.paragraph.kind == "footnote" or _KAMERSTUK_RE.search(x.paragraph.text[x.start : x.end])
                ]
        return chosen, []

    def _typed_window(
        self, ask: _Ask, scored: list[_Sentence], window: list[_Sentence], hits: list[tuple[Paragraph, float]]
    ) -> tuple[list[_Sentence], Callable[[_Sentence], bool]]:
        """Of the best few sentences, those that carry the kind of answer asked (a number, a date, a name …) from a
        paragraph on the question's topic (empty: none does), and the check itself (``_gather`` asks it of the
        further sentences)."""
        question, gloss, kind = ask.question, ask.gloss, ask.kind
        # "Hoeveel …?" wants a number, "Wanneer …?" a date: among the best few sentences one
        # must carry it, and that one leads; otherwise the stukken do not answer the question.
        # A question about a named body wants its number, not any amount in a paragraph on the same
        # topic («Wat kost de Dienst Terugkeer en Vertrek per jaar?»): the paragraph must name it.
        # «Wanneer verschijnt de volgende rapportage?» wants a date still to come when the document was written.
        # A follow-up's number is about the conversation's topic: «En hoeveel geld gaat daarnaartoe?» after a
        # question on the diaspora is not answered by the total budget, which never names the diaspora.
        # «Nederland» goes without saying in a Dutch government text: «Hoeveel geld is er in Nederland voor …?»
        # An English question's names are looked for as its gloss spells them («Security and Justice» →
        # «Veiligheid en Justitie»).
        # A name joined to common nouns is looked for as the name, as in ``uncovered`` («Op welke datum kreeg het
        # kabinet het ACVZ-advies?» wants a date in a paragraph naming the ACVZ, not the word «acvz-advies»).
        named = [n for n in question_names(gloss or question) if n not in _IMPLICIT_NAMES]
        # ... and the nouns it is joined to are in the paragraph's text too: «Wanneer is het ACVZ-rapport in de
        # Kamer besproken?» is not answered by the dates of a paragraph on the ACVZ's advice that never says
        # «rapport» (its section heading does: «Bevindingen en aanbevelingen ACVZ-rapport»)
        nouns = set(content_terms(" ".join(w for n in named for w in joined_nouns(n))))

        # «Wie is de voorzitter van de ACVZ?» is answered by a person named as its chair, not by «Fritsma (PVV)»
        role = asked_role(question) if kind == "person" else None

        # «Wie zijn de leden van de ACVZ?»: the people named are the body's members only when their own sentence
        # names it; «uw leden Van Klaveren en Bontes» (Kamerleden) are not, a sentence after the ACVZ's name
        members = asks_members(question)

        def where(x: _Sentence) -> str:
            # An amount is the named body's only when its own sentence names it: «Hoeveel geld krijgt de
            # IOM …?» is not answered by the budget in a paragraph that names the IOM a sentence later.
            text = x.paragraph.text[x.start : x.end] if kind == "amount" or members else x.paragraph.text
            return text.lower()

        future = kind == "date" and asks_future(question)
        what = (
            counted(question)
            if kind in ("count", "named-count")
            else asked_named(gloss or question)
            if kind == "named"
            else frozenset()
        )

        # the question's own names (not a letter of «DT&V», glossed apart), bound here: ``named`` is reused below
        given = [n for n in named if len(n) >= 3] if kind == "named" else []

        def typed(x: _Sentence) -> bool:
            text = x.paragraph.text[x.start : x.end]
            if given:
                # «Welke diasporaorganisaties spraken mee over het Global Forum?»: a name the question gives
                # itself is no answer to «welke»; the sentence must name others
                text = _WRITTEN_OUT_NAME_RE.sub(
                    lambda m: m.group(0).lower() if any(names_it(m.group(0).lower(), n) for n in given) else m.group(0),
                    text,
                )
            return carries(kind, text, x.paragraph.text[x.end :], what)

        # (an English follow-up carries English words: they are looked for as its gloss spells them)
        carried = set(content_terms(carried_words(gloss or question))) - _GENERIC_TOPIC
        # The number must come from a paragraph on the question's topic — one that covers a fifth of the
        # question's terms (an English question: of its Dutch gloss) other than what is counted: «Wanneer loopt de
        # pilot … af?» is not answered by another letter's date, «What is the unemployment rate in the
        # Netherlands?» not by a debate's «30%» about Nederland.
        topic = (
            set(content_terms(gloss or own_words(question)))
            - _GENERIC_TOPIC
            - _IMPLICIT_TERMS
            - _interrogatives()
            - _pointers()
        )
        if carried and not any(self.terms.uses(t) for t in topic):
            # «En hoeveel kwam erbij?» after a question on the budget: its own words are a verb and a pointer,
            # the topic is the one carried over
            topic = set(carried)
        # of an English question's gloss, the share is of the terms the stukken use: a word no paragraph has is
        # mostly an English word the glossary lacks («previously»), and says nothing about the topic
        known_topic = {t for t in topic if t in self.terms.idf} if gloss else topic
        # The topic in the stukken's words too (thesaurus: «jaarlijks» is «per jaar»), as the sentence scores read
        # it: a paragraph covers the better of the two.
        rephrased = rephrased_stems(known_topic)
        topics = [known_topic] + ([rephrased - _GENERIC_TOPIC] if rephrased else [])

        def on_topic(pid: str) -> float:
            return max(self.terms.paragraph_coverage(t, pid) for t in topics)

        # ... and not from a paragraph far less on the topic than the best one
        best_topic = on_topic(hits[0][0].id) if hits else 0.0
        topic_min = max(_TOPIC_MIN, _TOPIC_RELATIVE * best_topic)
        window = [
            x
            for x in window
            if typed(x)
            and all(names_it(where(x), n) for n in named)
            and (not nouns or nouns <= set(content_terms(x.paragraph.text)))
            and (not carried or carried & self.terms.terms.get(x.paragraph.id, set()))
            and (not topic or on_topic(x.paragraph.id) >= topic_min)
            # an amount is the topic's only when its own sentence names some of it: «Wat kost de opvang van een
            # asielzoeker per jaar?» is not answered by the budget for duurzame terugkeer in a paragraph that
            # speaks of opvang elsewhere
            and (kind != "amount" or not known_topic or any(t & set(text_terms(where(x))) for t in topics))
            and (not role or role in x.paragraph.text.lower())
            and (
                not future
                or names_future(x.paragraph.text[x.start : x.end], self.handle.documents[x.paragraph.doc_id].date)
            )
        ]
        best = scored[0]
        if (
            not window
            and (noun := keyword_type_noun(question))
            and set(content_terms(noun)) <= set(text_terms(best.paragraph.text[best.start : best.end]))
        ):
            # «kosten geldovermakingen»: the best sentence speaks of the costs («verlaging van de kosten van
            # geldovermakingen»); keywords do not say whether their amount is asked or the costs are the topic
            window = scored[:_TYPED_WINDOW]
        return window, typed

    def _unsaid(self, ask: _Ask, scored: list[_Sentence], window: list[_Sentence]) -> list[str] | None:
        """For a question that asks no kind of answer: the notices of a refusal (an empty list: refused without
        one) when the speaker asked, the thing named or the view asked is not said among the best sentences; None
        when nothing stands in the way."""
        question, english, anchor = ask.question, ask.english, ask.anchor
        if anchor:
            if not english and (asked := self.asked_voices(question)) and asked[0] not in VOICE_NAMES:
                # «En wat zei Paternotte daarover?» after a question on the letter: a speaker of a debate replies to
                # what the previous answer quoted only where his own words hold the conversation's topic (its rarest
                # word the stukken use); he did not speak about it, whatever else he said (the motion he filed was
                # quoted).
                said = [x for x in scored if any(same_voice(x.voice, v) for v in asked)]
                if self._rarest_unsaid(content_terms(carried_words(question)), said):
                    who = VOICE_NAMES.get(asked[0], asked[0])
                    return [f"In de gevonden passages staat geen standpunt van {who} hierover."]
            return None
        # «Welke afspraken zijn er met Marokko gemaakt …?»: a question about something named (not a voice,
        # whose words need not name it) is not answered by paragraphs that never name it — Marokko is in the
        # letter, the agreements about return are not about Marokko. An English name counts as its gloss when the
        # glossary knows all of it («Return» → «terugkeer», row 76), else as written when the stukken have it
        # («Ghana»); otherwise it is no requirement (a word-by-word gloss is too loose).
        names = [
            n for n in question_names(own_words(question)) if n not in _IMPLICIT_NAMES and not self.asked_voices(n)
        ]
        if english:
            names = [d for n in names if (d := name_gloss(n) or (n if self._names_found(n) else None))]
        # A view asked of a voice is its view on it: «Wat is het standpunt van de Europese Commissie over Ghana?»
        # is not answered by the Commission's sentences because the cabinet's paragraph on Ghana is among the best.
        # (the voices asked, also when the answer is not given in their words: «the position of X» reads as X's)
        asked = self.asked_voices(question)
        view = asked and _view_asked(question)
        said = [x for x in scored[:_VOICE_WINDOW] if any(same_voice(x.voice, v) for v in asked)] if view else window
        if names and not any(all(names_it(named_in(x.paragraph), n) for n in names) for x in said):
            return []
        topic = " ".join(topic_words(question))
        topic_terms = content_terms(topic)
        if asked and not english and _VIEW_WORD_RE.search(question) and topic_terms:
            # «Wat vindt het kabinet van kernenergie?»: no word of what the view is asked on is in the stukken (nor,
            # for an everyday word, the stukken's word for it: thesaurus.py), so they hold no view on it. The
            # cabinet's sentences on anything else were quoted (support 0.34).
            if not self._uses_any(topic):
                return [f"«{topic}» komt in de stukken die ik doorzoek niet voor."]
        if view and not english:
            # «Wat vindt de ACVZ van de banenmarkten voor terugkeerders?»: the stukken speak of banenmarkten (the
            # question's rarest word they use), but no sentence of the ACVZ among the best does: that is no view
            # of the ACVZ on them, whatever else it says.
            if self._rarest_unsaid(topic_terms, said):
                who = VOICE_NAMES.get(asked[0], asked[0])
                return [f"In de gevonden passages staat geen standpunt van {who} hierover."]
        return None

    def _not_yet(self, ask: _Ask, lead: _Sentence) -> str | None:
        """Why the lead does not answer a question about results, something done already, what came after or what
        is still to come (the stukken only name a plan, or the policy as it stands); None when it may."""
        question, kind = ask.question, ask.kind
        if asks_results(question) and states_plan(lead.paragraph.text[lead.start : lead.end]):
            # «Welke resultaten heeft de pilot met banenmarkten opgeleverd?»: the stukken only say what is going
            # to be done («Ook gaat het kabinet in de vorm van een pilot …»); what came of it is not in them.
            return _PLAN_ONLY_RESULTS
        if asks_done_already(question) and states_plan(lead.paragraph.text[lead.start : lead.end]):
            # «Heeft het kabinet al eens visumfacilitatie ingetrokken?»: the stukken say what the cabinet will do
            # («Het kabinet zal zich in dat geval … richten op …»), not that it has been done.
            return _PLAN_ONLY_DONE
        if asks_development(question) and not tells_development(lead.paragraph.text[lead.start : lead.end]):
            # «Heeft Ghana later alsnog meegewerkt aan gedwongen terugkeer?»: the sentence on what happened then
            # («… een negatief effect had op de medewerking van dit land …») does not say what came after
            return "Wat daarna is gebeurd, staat niet in de stukken die ik doorzoek."
        if not kind and asks_future(question):
            # «Komt er volgend jaar weer een rapportage over dit beleid?»: something still to come is answered by a
            # sentence that says what is to come (a plan, going on, a later time), not by one on the policy as it
            # stands (a date question checks its dates with ``names_future``).
            text = lead.paragraph.text[lead.start : lead.end]
            if not speaks_of_later(text, self.handle.documents[lead.paragraph.doc_id].date):
                return "Wat hierover na de brief komt, staat niet in de stukken die ik doorzoek."
        return None

    def _lead_for_question(
        self, ask: _Ask, scored: list[_Sentence], window: list[_Sentence], lead: _Sentence
    ) -> tuple[_Sentence, _Sentence | None, _Sentence | None]:
        """The lead for what the question asks: a sentence naming its focus, giving a cause, a condition, an
        agreement, a start point, a share or an enumeration, or naming the date or Kamerstuk it names; with the
        sentence of agreement and the share found (``_lead_for_voice`` and ``_gather`` read them)."""
        question, kind, voices = ask.question, ask.kind, ask.voices
        # «Hoe effectief is …?», «Welke landen …?»: what is asked for is named in the answer. A sentence nearly as
        # good as the best that names it leads (see ``_focus``).
        if ask.focus and not ask.names_focus(lead):
            lead = next(
                (x for x in scored[:_TYPED_WINDOW] if x.score >= _SECONDARY * lead.score and ask.names_focus(x)), lead
            )
        # «Waarom …?», «Onder welke voorwaarden …?»: a sentence nearly as good as the best that gives the cause or the
        # condition leads (of a voice asked: one of that voice, ``_lead_for_voice``)
        if ask.wanted and not ask.gives_wanted(lead):
            lead = next(
                (x for x in scored[:_TYPED_WINDOW] if x.score >= _SECONDARY * lead.score and ask.gives_wanted(x)), lead
            )
        if asks_reason(question) and not gives_reason(lead.paragraph.text[lead.start : lead.end]):
            # «Waarom werkt Nederland samen met de gemeenschappen die vluchtelingen opvangen?»: none of the best few
            # says why; a sentence a little further down that gives the cause in so many words («Dit is belangrijk,
            # omdat zij de bereidheid moeten hebben …») leads
            lead = _further_down(scored, lead, gives_cause) or lead
        agreed: _Sentence | None = None
        if asks_agreed(question) and not gives_agreed(lead.paragraph.text[lead.start : lead.end]):
            # «Waarmee is de Europese Commissie het eens …?»: a sentence a little further down that says the voice
            # agrees («De Commissie is het ermee eens dat het succes daarvan mede afhangt …») leads (also below, of
            # the voice asked)
            agreed = _further_down(scored, lead, gives_agreed, voices[0] if voices else None)
            lead = agreed or lead
        if asks_since(question) and not gives_since(lead.paragraph.text[lead.start : lead.end]):
            # «Hoe lang is er al geld … gereserveerd voor …?»: a sentence a little further down that gives the start
            # point («… het speciale budget dat daarvoor sinds 2004 is bestemd») leads the one with another date
            lead = _further_down(scored, lead, gives_since) or lead
        # «En hoeveel daarvan gaat naar duurzame terugkeer?» after the yearly budget: of the best few sentences (with a
        # number, if one is asked), the one that puts the part within the whole leads, and says it all; not the
        # amount added for the same purpose, nor the total's sentences with it
        share = (
            next(
                (
                    x
                    for x in (window if kind else scored[:_TYPED_WINDOW])
                    if gives_share(x.paragraph.text[x.start : x.end])
                ),
                None,
            )
            if asks_share(question)
            else None
        )
        if share is not None:
            lead = share
        if not kind and asks_enumeration(question) and not enumerates(lead.paragraph.text[lead.start : lead.end]):
            # «Welke onderwerpen kunnen projecten voor migratiemanagement behandelen?»: the lead names the projects,
            # the next sentence of its paragraph lists what they are about, sharing no word with the question; among
            # the best few, the sentence of the lead's paragraph that enumerates leads (the lead comes along by score)
            lead = next(
                (
                    x
                    for x in scored[:_TYPED_WINDOW]
                    if x.paragraph is lead.paragraph and enumerates(x.paragraph.text[x.start : x.end])
                ),
                lead,
            )
        names = identifiers(question)
        if names:
            # «de brief van 8 september 2015», «Kamerstuk 19 637, nr. 1994» name one thing: the sentence that
            # names it leads (the reranker's ``exact`` feature found its paragraph).
            named = [
                x
                for x in (window if kind else scored[: 2 * _TYPED_WINDOW])
                if any(n in normalise_for_match(x.paragraph.text[x.start : x.end]) for n in names)
            ]
            if named:
                lead = named[0]
        return lead, agreed, share

    def _lead_for_voice(
        self,
        ask: _Ask,
        scored: list[_Sentence],
        window: list[_Sentence],
        lead: _Sentence,
        hits: list[tuple[Paragraph, float]],
        opening: Paragraph | None,
        agreed: _Sentence | None,
    ) -> tuple[_Sentence, _Sentence | None] | str:
        """The lead in the voice asked (``ask.voices[0]``), and its reply to another voice's finding if that leads;
        or the notice that the voice says nothing on it among the best sentences."""
        question, kind, voices, anchor = ask.question, ask.kind, ask.voices, ask.anchor
        reply: _Sentence | None = None
        # "Wat vindt het kabinet …?" must be answered with the cabinet's words, not the ACVZ's. The recommendation
        # a best-hit reaction is about is its voice's say, however far down its sentences score.
        own = [
            x
            for x in (scored if anchor else scored[:_VOICE_WINDOW] + [y for y in scored if y.paragraph is opening])
            if same_voice(x.voice, voices[0]) and (not kind or any(x is w for w in window))
        ]
        # «Letten ook andere ministeries dan Justitie en Buitenlandse Zaken op terugkeer, volgens het kabinet?»: the
        # best sentence is another voice's finding (the ACVZ's); the asked voice's sentence that states its view
        # against or with that voice's, naming it («Anders dan de ACVZ concludeert, is het kabinet van oordeel
        # …»), is its say on the finding, where its best-scoring one is on the question's words («Allereerst
        # presenteert het kabinet de bevindingen …»)
        other = scored[0].voice
        reply = (
            next(
                (
                    x
                    for x in scored[: 2 * _VOICE_WINDOW]
                    if same_voice(x.voice, voices[0])
                    and x.score >= _SECONDARY * own[0].score
                    and relation_stated(x.paragraph.text[x.start : x.end])
                    and names_voice_as_body(x.paragraph.text[x.start : x.end], other)
                    # «Het kabinet deelt de visie van de ACVZ dat …» is the ACVZ's view, not a reply to the cabinet
                    and shared_view(x.paragraph.text[x.start : x.end]) != voices[0]
                ),
                None,
            )
            if own and not anchor and not kind and other is not None and not same_voice(other, voices[0])
            else None
        )
        if reply is not None:
            lead = reply
        elif agreed is not None:
            lead = agreed
        elif own and anchor:
            sims = {}
            for x in own:
                if x.paragraph.id not in sims:
                    sims[x.paragraph.id] = {a: c for a, _, c in self.handle.sentence_similarity(anchor, x.paragraph.id)}
            lead = max(own, key=lambda x: x.score + _W_ANCHOR * stretch_cosine(sims[x.paragraph.id].get(x.start, 0.0)))
        elif own:
            # Nearest to the best hit first: «Hoe reageert het kabinet op aanbeveling 3?» wants the
            # «Reactie» under recommendation 3, not the cabinet's best-scoring sentence elsewhere.
            top = hits[0][0].section
            lead = max(
                own,
                key=lambda x: (
                    ask.gives_wanted(x)
                    and x.score >= _SECONDARY * own[0].score
                    and any(x is y for y in scored[:_TYPED_WINDOW]),
                    ask.names_focus(x) and x.score >= _SECONDARY * own[0].score,
                    _shared_prefix(x.paragraph.section, top),
                ),
            )
        elif _view_asked(question, _DUTCH_VIEWS):
            # «Wat vindt de ACVZ van de kabinetsreactie op haar rapport?»: a view asked, and that voice says
            # nothing among the best sentences. What others say on it is no answer (it was quoted, under a notice,
            # until row 83); the abstention lists the nearest passages.
            who = VOICE_NAMES.get(voices[0], voices[0])
            return f"In de gevonden passages staat geen standpunt van {who} hierover."
        # a fact about a voice («Wanneer heeft de ACVZ haar advies aangeboden?») may be told by another one
        return lead, reply

    def _lead_for_advice(self, ask: _Ask, scored: list[_Sentence], lead: _Sentence) -> _Sentence:
        """The lead for advice asked (the recommendation among the best paragraphs) or for what is new (the
        sentence that says what is done for the first time)."""
        question, english, voices = ask.question, ask.english, ask.voices
        if asks_advice(question) and voices[:1] in ([], [ACVZ]):
            # «Wat adviseert de ACVZ over de EU?» is answered by the recommendation («4. Blijf inzetten op … in het
            # EU-kader»), not by the reaction under it that reports the ACVZ's view («Reactie: De ACVZ is positief
            # over de Nederlandse inzet in Brussel.»): a recommendation among the best paragraphs leads.
            advice = self.handle.parts.members(RECOMMENDATIONS)
            recommendation = next(
                (
                    x
                    for x in scored
                    if x.rank < _SUPPORT_PARAGRAPHS  # one of the best paragraphs (a long reaction fills a window)
                    and x.paragraph.id in advice
                    and (x.lex > 0 or english)  # English shares no Dutch stems
                    and self.handle.parts.part_of(x.paragraph.id)[0] is x.paragraph
                ),
                None,
            )
            if recommendation is not None and self.handle.parts.part_of(lead.paragraph.id) is not None:
                lead = recommendation
        if asks_novelty(question):
            # «Wat is nieuw aan het actieplan van de Europese Commissie?»: of the paragraph that answers, the sentence
            # that says what it does for the first time leads (of the voice asked), however it scores: the question's
            # words are the plan's, which its opening sentence names best
            lead = next(
                (
                    x
                    for x in scored
                    if x.paragraph is lead.paragraph
                    and gives_novelty(x.paragraph.text[x.start : x.end])
                    and (not voices or same_voice(x.voice, voices[0]))
                ),
                lead,
            )
        return lead

    def _gather(
        self,
        ask: _Ask,
        scored: list[_Sentence],
        lead: _Sentence,
        opening: Paragraph | None,
        reply: _Sentence | None,
        share: _Sentence | None,
    ) -> list[_Sentence]:
        """The lead and the further sentences: each asked voice's say when several are asked, else the sentences
        scoring close to the lead (in the voice asked; carrying the kind of answer asked)."""
        question, english, kind, voices, anchor = ask.question, ask.english, ask.kind, ask.voices, ask.anchor
        typed, q_terms = ask.typed, ask.terms
        if len(voices) > 1:
            # "Wat vinden de ACVZ en het kabinet …?": each asked voice gets its say, on the topic (the
            # question without the speakers' names, which would favour any sentence naming them).
            # An English question shares no Dutch stems with the text (only names such as «ACVZ»), so there
            # term overlap says nothing: each voice's best-scoring sentence (mostly e5 similarity) speaks.
            topic = topic_words(question)
            chosen = []
            for voice in voices:
                if opening is not None and same_voice(opening.voice, voice):
                    # the recommendation the best hit reacts to is its author's say (see ``with_openings``)
                    mine = [x for x in scored if x.paragraph is opening and (not kind or typed(x))]
                    if mine:
                        chosen.append(mine[0])
                        continue
                own = [
                    x
                    for x in scored[: 2 * _VOICE_WINDOW]
                    if same_voice(x.voice, voice)
                    and (english or x.lex > 0)
                    # a date asked is a date in each voice's sentence too (see below)
                    and (x is lead or not kind or typed(x))
                ]
                if own:
                    chosen.append(max(own, key=lambda x: x.score if english else (_topic_share(topic, x), x.score)))
            chosen = self._extend(question, chosen or [lead])
        else:
            # One asked voice: further sentences only in that voice («Wat vindt het kabinet …?» is not
            # answered with the ACVZ recommendation it reacts to).
            pool = [x for x in scored if x is lead or same_voice(x.voice, voices[0])] if voices else scored
            if kind:
                # «Op welke datum …?»: a further sentence is a second answer only when it carries what is asked too
                # (a date); one without it is another sentence on the topic, and cited it looks like evidence
                pool = [x for x in pool if x is lead or typed(x)]
            if anchor or reply is not None or share is lead or (voices and lead.paragraph is opening):
                # a reply to what the previous answer quoted or to another voice's finding, or the recommendation a
                # reaction is about: from that paragraph only (others in the voice score higher than the
                # recommendation, which may lead by rank)
                pool = [x for x in pool if x.paragraph is lead.paragraph]
            names = [] if english else [n for n in question_names(own_words(question)) if n not in _IMPLICIT_NAMES]
            chosen = self._extend(question, self._select(pool, q_terms, names))
        return chosen

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
                    out.append(_Sentence(note, retrieved[fid], 0, len(note.text), 0.0, 0.0, note.voice))
        return out

    def _voices_to_answer(self, question: str, hits: list[tuple[Paragraph, float]]) -> list[str]:
        """The asked voices the answer must speak in. A body named only as the owner of something («Wat volgt
        na de samenvatting van de evaluatie van de ACVZ?», «Wat gebeurt er met de inzichten van de ACVZ?») is
        the topic rather than the speaker when another voice's sentence scores clearly better than its own best
        (``_OWNER_YIELD``): then no voice is imposed. So is a body named as the one who did something, with no view
        asked («Wat heeft de ACVZ … aangeboden?»), when that better sentence names it."""
        voices = self.asked_voices(question)
        owners = [v for v in voices if v in VOICE_NAMES and only_as_owner(question, v)]
        # «Wat heeft de ACVZ op 25 juni aan het kabinet aangeboden?»: a fact about a voice, no view of it asked; the
        # author's sentence that names it as the one who acts tells it
        actors = [v for v in voices if v in VOICE_NAMES and v not in owners and named_without_a_view(question, v)]
        owners += actors
        if not owners:
            return voices
        q_terms = set(question_terms(question, known=lambda t: t in self.terms.idf))
        scored = self._score_sentences(question, q_terms, hits[:_CANDIDATE_PARAGRAPHS])
        if not scored:
            return voices
        # «Kan het kabinet zich vinden in het beeld dat de evaluatie van de ACVZ schetst?»: the cabinet is asked;
        # the ACVZ, named as the evaluation's owner, gets no sentence of its own unless one is nearly as good.
        weak = {
            v
            for v in owners
            if scored[0].score >= _OWNER_YIELD * max((x.score for x in scored if same_voice(x.voice, v)), default=0.0)
            and (v not in actors or names_voice_as_body(scored[0].paragraph.text[scored[0].start : scored[0].end], v))
        }
        return [v for v in voices if v not in weak]

    def asked_voices(self, question: str) -> list[str]:
        """The voices a question names, in the order named: the fixed ones (``voice.asked_voices``) and
        the named speakers of the indexed Handelingen, by surname («motie-Wörsdörfer» included)."""
        found = voice_mentions(question)
        for pattern, voice in self._speakers:
            m = pattern.search(question)
            if m:
                found.append((m.start(), voice))
        return list(dict.fromkeys(v for _, v in sorted(found)))

    def uncovered(self, question: str) -> str | None:
        """Why the stukken cannot answer this, when that is certain: a notice, else None.

        Two checks that need no threshold: the question names someone or something (a capitalised
        name) that no indexed document mentions («Wat vindt de Raad van State …?»), or it asks for the
        view of a speaker the documents do not give a voice («Wat is het standpunt van de PVV?»).
        """
        english = looks_english(question)
        absent = [] if english else self._absent_keywords(question)
        if absent:
            said = ", ".join(f"«{w}»" for w in absent)
            return f"{said} {'komt' if len(absent) == 1 else 'komen'} in de stukken die ik doorzoek niet voor."
        years = [y for y in dict.fromkeys(_YEAR_RE.findall(own_words(question))) if not self._mentions(y)]
        if years:
            # «Klopt het dat het budget voor duurzame terugkeer in 2016 wordt verdubbeld?»: a year no indexed text
            # mentions is a time the stukken do not cover (answered before with the budget sentence, which has none)
            return f"«{years[0]}» komt in de stukken die ik doorzoek niet voor."
        if english:
            # English names of Dutch bodies do not occur in the Dutch text: a name the glossary knows whole is
            # looked up as written and as its gloss («European Parliament» → «Europees Parlement»); absent in both,
            # the stukken do not name it. A name glossed in part decides nothing.
            # Names joined by a hyphen are each looked up: "the EU-Turkey statement" names Turkey.
            for name in (n for whole in question_names(own_words(question)) for n in hyphen_parts(whole)):
                dutch = name_gloss(name)
                if dutch and not self._names_found(name) and not self._names_found(dutch):
                    return f"«{name}» ({dutch}) komt in de stukken die ik doorzoek niet voor."
        else:
            for name in question_names(own_words(question)):
                if not self._names_found(name):
                    return f"«{name}» komt in de stukken die ik doorzoek niet voor."
            actor = _actor(question)
            if actor and not self._uses_any(actor):
                # «Welke rol speelt de politie bij gedwongen terugkeer?», «Krijgen gemeenten extra geld …?»: who is
                # asked about is a common noun, not a name, but the stukken never use it either. Answered before
                # from a paragraph on the rest of the question (forced return, reception).
                return f"«{actor}» komt in de stukken die ik doorzoek niet voor."
        m = _view_asked(question)
        if m and _ADJECTIVE_RE.search(m.group("who")) and _NOUN_AFTER_RE.match(question, m.end()):
            # «Wat besloten de Europese ministers …?»: «Europese» is not who speaks but says of whom; the stukken may
            # give those ministers a voice under another name (the JBZ-Raad), so this check cannot tell.
            m = None
        who = m.group("who").lower() if m else ""
        # «de Somalische regering» is not «de regering» of the letter: the name decides; but «de Nederlandse regering»,
        # «the Dutch government» is the cabinet («Nederlandse» goes without saying, the noun decides).
        implicit = m is not None and m.group("name") in _IMPLICIT_NAMES
        if (
            m
            and not asked_voices(m.group("who") if implicit else m.group("name"))
            and m.group("who") not in _IMPLICIT_NAMES
            and who != "nederland"
            and not any(v.startswith(who) for v in self._voiced)
        ):
            return f"Een standpunt van {m.group('the') or ''}{m.group('who')} staat niet in de stukken die ik doorzoek."
        return None

    def _absent_keywords(self, question: str) -> list[str]:
        """The words of a keyword query the stukken never use, when they are too many for the stukken to answer it:
        two, or half of its content words. Keywords are all search terms: «stemming motie van klaveren» and
        «overnameovereenkomst marokko» are not answered by a paragraph that names Van Klaveren or Marokko; lower
        case hides the names the check on names reads. One absent word of three or more may be the searcher's
        own word for what the stukken say otherwise («goedkoper» of «remittances goedkoper maken»), as in a question.
        A word that starts a word of the stukken is theirs («banen» of «banenmarkten»), as is an English word the
        glossary knows, in its Dutch («remittances» → «geldovermakingen»)."""
        if not keyword_query(question):
            return []
        words = [w for w in _KEYWORD_RE.findall(own_words(question)) if content_terms(w)]
        absent = [
            w
            for w in words
            if not self._uses_any(w) and not self._uses_any(name_gloss(w) or "") and not self._mentions(probe(w))
        ]
        return absent if len(absent) >= 2 or 2 * len(absent) >= len(words) > 0 else []

    def _uses_any(self, words: str) -> bool:
        """Do the stukken use a term of ``words`` (or of a compound's head: ``TermStats.uses``)? An everyday word
        counts as the stukken's words for it (thesaurus.py)."""
        return any(self.terms.uses(t) for t in rephrased_terms(words) or content_terms(words))

    def _rarest_unsaid(self, terms: list[str], said: list[_Sentence]) -> bool:
        """Is the rarest of ``terms`` the stukken use in none of the ``said`` sentences (False when they use none)?"""
        rare = max((t for t in terms if t in self.terms.idf), key=lambda t: self.terms.idf[t], default=None)
        return rare is not None and not any(rare in text_terms(x.paragraph.text[x.start : x.end]) for x in said)

    def _names_found(self, name: str) -> bool:
        """Do the indexed texts name ``name`` (whole, or as names side by side: ``name_found``)?"""
        return name_found(name, lambda n: self._mentions(probe(n)))

    def with_names_written_out(self, question: str) -> str:
        """The question with initials the stukken never use written out as the name they do write («Stimuleert het
        ADPC …?» → «Stimuleert het African Diaspora Policy Center …?»): neither the search nor the name checks know
        the initials. Initials the stukken use («IOM», «DT&V») stay. So do abbreviations of ``SPELLED_OUT``: «het
        verzoek tijdens het AO» → «… het Algemeen Overleg»."""
        question = _SPELLED_OUT_RE.sub(
            lambda m: m.group() if self._mentions(m.group().lower()) else SPELLED_OUT[m.group()], question
        )
        return _INITIALS_RE.sub(
            lambda m: (
                m.group() if self._mentions(m.group().lower()) else self._written_out.get(m.group().lower(), m.group())
            ),
            question,
        )

    def _mentions(self, prefix: str) -> bool:
        """Does any indexed text have a word starting with ``prefix`` (a phrase: the phrase at a word start)?"""
        if any(ch.isspace() for ch in prefix):
            return re.search(phrase_pattern(prefix), self._corpus_text) is not None
        i = bisect.bisect_left(self._word_starts, prefix)
        return i < len(self._word_starts) and self._word_starts[i].startswith(prefix)

    def support(self, question: str, hits: list[tuple[Paragraph, float]]) -> float:
        """How well the top paragraphs cover the question, 0..1 (the abstention signal)."""
        top = hits[:_SUPPORT_PARAGRAPHS]
        if not top:
            return 0.0
        best_cos = max((c for p, _ in top for _, _, c in self.handle.sentence_similarity(question, p.id)), default=0.0)
        if looks_english(question):
            # Dutch stems cannot match an English question, and cross-lingual cosines run lower; its Dutch
            # gloss (translate.py) is scored as a Dutch question, and the better of the two counts («Who signed
            # the letter on behalf of Foreign Affairs?» is far from the signature block in e5, near in its gloss).
            gloss = to_dutch(question)
            dutch = self.support(gloss, hits) if not looks_english(gloss) else 0.0
            return max(stretch_cosine(best_cos, _COS_LOW, _COS_HIGH_ENGLISH), dutch)
        q_terms = set(content_terms(question))
        ctx = max(self.terms.paragraph_coverage(q_terms, p.id) for p, _ in top)
        return 0.3 * ctx + 0.7 * stretch_cosine(best_cos)

    def _score_sentences(
        self, question: str, q_terms: set[str], hits: list[tuple[Paragraph, float]]
    ) -> list[_Sentence]:
        out: list[_Sentence] = []
        # the question in the stukken's words too (thesaurus.py), as the reranker reads it: a sentence covers the
        # better of the two («de Haagse departementen» is «in Den Haag»)
        rephrased = rephrased_stems(q_terms)
        asked = [q_terms] + ([rephrased] if rephrased else [])
        for rank, (p, _) in enumerate(hits):
            ctx = max(self.terms.paragraph_coverage(t, p.id) for t in asked)
            # Sentence vectors use the same sentence_spans, so each paragraph's voices are computed once.
            voices = {(s, e): v for s, e, v in sentence_voices(p)}
            for start, end, cos in self.handle.sentence_similarity(question, p.id):
                said = set(text_terms(p.text[start:end]))
                lex = max(self.terms.coverage(t, said, p.doc_id) for t in asked)
                score = _W_LEX * lex + _W_DENSE * stretch_cosine(cos) + _W_CTX * ctx + _W_RANK / (1 + rank)
                voice = voices[(start, end)] if (start, end) in voices else span_voice(p, start, end)
                out.append(_Sentence(p, rank, start, end, lex, score, voice))
        out.sort(key=lambda s: s.score, reverse=True)
        return out

    def _select(self, scored: list[_Sentence], q_terms: set[str], names: list[str] | None = None) -> list[_Sentence]:
        """The best sentence and those scoring close to it. A sentence that would add a citation (from a paragraph
        not yet cited, other than the lead's own footnote, its source) must also add a question term the chosen
        ones lack: one that only repeats their terms is another paragraph on the same thing, and cited it looks
        like evidence for the answer («Wat is de strategische landenbenadering?» is answered by its definition,
        not also by the ACVZ finding that such an approach is useful)."""
        best = scored[0]
        chosen = [best]
        if best.paragraph.kind == "signature":  # who signed: the block says it all (``_extend`` adds every line)
            return chosen
        # «close to it» is close to the best score: a lead chosen for what it carries (a reason, a condition, a number)
        # may score lower, and measured against it more sentences would come along
        top = max(s.score for s in scored)

        def held(s: _Sentence) -> set[str]:
            # a question term in the stukken's words counts as held (thesaurus.py): a sentence saying
            # «terugkeerproblemen» adds nothing to a lead saying «terugkeerproblematiek» for «terugkeerprobleem»
            said = set(text_terms(s.paragraph.text[s.start : s.end]))
            # a name the question asks by is held where the sentence names it in another form: «Somalische
            # autoriteiten» hold «Somalië», and a sentence on Business Support Organisations «in … Somalië» adds nothing
            named = {
                t
                for n in names or ()
                if names_it(s.paragraph.text[s.start : s.end].lower(), n)
                for t in content_terms(n)
            }
            return {t for t in q_terms if t in said or t in named or stukken_stems(t) & said}

        covered = held(best)
        cited = {best.paragraph.id, *best.paragraph.footnotes}
        for s in scored[1:]:
            if len(chosen) >= self.cfg.max_sentences:
                break
            if s.score < _SECONDARY * top or s.lex == 0:
                continue
            if any(_same(c, s) for c in chosen):
                continue
            terms = held(s)
            # a question word («waarover», «wanneer») in the text is no part of the question's subject
            if s.paragraph.id not in cited and not terms - covered - _interrogatives():
                continue
            covered |= terms
            cited.add(s.paragraph.id)
            chosen.append(s)
        return chosen

    def _extend(self, question: str, chosen: list[_Sentence]) -> list[_Sentence]:
        """Context the chosen sentences need: the sentence a «Dit …» points back to, a list's items."""
        wants_list = bool(_LIST_QUESTION_RE.search(question))
        # Context: a sentence starting with "Dit …" gets the sentence before it.
        extra: list[_Sentence] = []
        for s in chosen:
            quoted = s.paragraph.text[s.start : s.end]
            if _ANAPHORA_RE.match(quoted) or opens_with_consequence(quoted):
                prev = [sp for sp in sentence_spans(s.paragraph.text) if sp[1] <= s.start]
                if prev:
                    a, b = prev[-1]
                    extra.append(_Sentence(s.paragraph, s.rank, a, b, 0.0, 0.0, span_voice(s.paragraph, a, b)))
        chosen += extra
        # The lead often restates what the question takes as given, and the next sentence, leaning on it, says
        # what is asked: «Wat is er volgens het kabinet nodig voor een echt geïntegreerd migratiebeleid van de EU?»
        # finds «Het kabinet blijft zich … sterk maken voor … een echt geïntegreerd migratiebeleid …», and the
        # answer is «Dat vereist … coördinatie en coherentie …». That next sentence comes along.
        # Not for a typed answer: the sentence with the date or amount asked is the answer.
        if chosen and not answer_type(question):
            lead = chosen[0]
            text = lead.paragraph.text
            following = next((sp for sp in sentence_spans(text) if sp[0] >= lead.end), None)
            if following and (
                _CONTINUES_RE.match(text[following[0] : following[1]])
                or _ANNOUNCES_RE.search(text[lead.start : lead.end])
            ):
                a, b = following
                voice = span_voice(lead.paragraph, a, b)
                if voice == lead.voice and not any(
                    c.paragraph is lead.paragraph and c.start <= a < c.end for c in chosen
                ):
                    chosen.append(_Sentence(lead.paragraph, lead.rank, a, b, 0.0, 0.0, voice))
        # «Welke andere factoren dan overreding en druk …?» asks for factoren: when no chosen sentence names
        # them, the lead's paragraph's sentence that does comes along (the lead often only restates the
        # question's own premise, and the answer follows it).
        focus = _focus(question)
        if focus and chosen and not any(focus in content_terms(c.paragraph.text[c.start : c.end]) for c in chosen):
            for c in chosen:
                text = c.paragraph.text
                spans = [sp for sp in sentence_spans(text) if focus in content_terms(text[sp[0] : sp[1]])]
                if spans:
                    a, b = min(spans, key=lambda sp: abs(sp[0] - c.start))
                    chosen.append(_Sentence(c.paragraph, c.rank, a, b, 0.0, 0.0, span_voice(c.paragraph, a, b)))
                    break
        # «Waarom helpt Nederland ambtenaren in Kenia?»: when no chosen sentence says why, the purpose often follows
        # what it is the purpose of («De beschermingscapaciteit … wordt daarmee versterkt»): one of the next two
        # sentences of the lead's paragraph that says why comes along.
        if (
            chosen
            and asks_reason(question)
            and not any(gives_reason(c.paragraph.text[c.start : c.end]) for c in chosen)
        ):
            lead = chosen[0]
            following = [sp for sp in sentence_spans(lead.paragraph.text) if sp[0] >= lead.end][:2]
            for a, b in following:
                # «Om deze reden …» makes the lead the reason and itself a consequence: not what was asked
                if gives_reason(lead.paragraph.text[a:b]) and not follows_from_previous(lead.paragraph.text[a:b]):
                    chosen.append(
                        _Sentence(lead.paragraph, lead.rank, a, b, 0.0, 0.0, span_voice(lead.paragraph, a, b))
                    )
                    break
        # Lists: an introduction ending in ':' brings its items; a list question gets the whole list.
        for s in list(chosen):
            text = s.paragraph.text
            if s.paragraph.kind == "signature":  # who signed: the block is one unit, every line of it
                chosen += [
                    _Sentence(s.paragraph, s.rank, a, b, 0.0, 0.0, s.voice)
                    for a, b in sentence_spans(text)
                    if not any(c.paragraph is s.paragraph and c.start == a for c in chosen)
                ]
            elif text[s.start : s.end].rstrip().endswith(":") or (wants_list and "\n" in text[s.end :]):
                items = [sp for sp in sentence_spans(text) if sp[0] >= s.end and _is_list_item(text, sp)]
                chosen += [
                    _Sentence(s.paragraph, s.rank, a, b, 0.0, 0.0, span_voice(s.paragraph, a, b)) for a, b in items
                ]
        return chosen

    def _compose(self, chosen: list[_Sentence], voices: list[str], notices: list[str], as_list: bool = False) -> Answer:
        """The answer text and its citations. ``as_list``: one quote per line, and an attribution shared by
        all of them said once, above the list."""
        paragraphs = self.handle.paragraphs

        def position(pid: str) -> tuple[int, int]:  # document order: manifest order, then ordinal
            p = paragraphs[pid]
            return self._doc_rank.get(p.doc_id, 0), p.ordinal

        # One quote per run of adjacent sentences of one paragraph spoken by one voice.
        spans: dict[str, list[list]] = {}
        for s in sorted(chosen, key=lambda s: (position(s.paragraph.id), s.start)):
            merged = spans.setdefault(s.paragraph.id, [])
            if merged and s.start <= merged[-1][1] + 2 and merged[-1][2] == s.voice:
                merged[-1][1] = max(merged[-1][1], s.end)
            elif not merged or s.start >= merged[-1][1]:
                merged.append([s.start, s.end, s.voice])
        quotes = [(pid, start, end, voice) for pid in sorted(spans, key=position) for start, end, voice in spans[pid]]
        if voices and not as_list:
            # The asked voices first, in the order asked; document order within each (a list keeps its order).
            quotes.sort(key=lambda q: voices.index(q[3]) if q[3] in voices else len(voices))
        mixed = len({q[3] for q in quotes}) > 1
        citations: list[Citation] = []
        parts: list[tuple[str, str]] = []  # (attribution, quote with its marker)
        for pid, start, end, voice in quotes:
            p = paragraphs[pid]
            doc = self.handle.documents[p.doc_id]
            quote = p.text[start:end]
            n = len(citations) + 1
            citations.append(make_citation(n, p, doc, quote, voice=voice))
            contested = bool(p.section) and (p.doc_id, p.section[0]) in self._contested
            asked = bool(voices) or mixed or contested
            parts.append((_attribution(p, quote, voice, doc.voice, asked), f"{quote} [{n}]"))
        if as_list and len({prefix for prefix, _ in parts}) == 1:
            prefix = parts[0][0].strip()
            text = "\n".join(([prefix] if prefix else []) + [line for _, line in parts])
        else:
            lines = [prefix + line for prefix, line in parts]
            text = "\n".join(lines) if as_list or any("\n" in x for x in lines) else " ".join(lines)
        return Answer(
            text=text,
            abstained=False,
            citations=citations,
            notices=notices,
        )

    def _abstain(self, hits: list[tuple[Paragraph, float]], notices: list[str] | None = None) -> Answer:
        related = [
            Retrieved(paragraph_id=p.id, doc_id=p.doc_id, page=p.page, score=score, text=p.text)
            for p, score in hits[: self.cfg.related]
        ]
        return Answer(text=ABSTAIN_TEXT, abstained=True, citations=[], related=related, notices=notices or [])


@lru_cache(maxsize=1)
def _interrogatives() -> frozenset[str]:
    """Dutch question words as content terms (bm25s's stopword list lacks them)."""
    return frozenset(
        content_terms("welk welke waar wanneer waarom hoeveel hoelang waarover waarin waarop waarmee waardoor")
        + content_terms("waarvoor waaruit waarvan waarheen")
    )


# The words of a question about how voices relate that name no topic: «Op welke punten …», «Waarover …»,
# «verschillen … van mening», "Where do … disagree?"
_RELATION_FRAME_RE = re.compile(
    r"punt\w*|waarover|waarin|waar|bent|tussen|opzichte|hoeverre|wijk\w*|af|opvatting\w*|standpunt\w*|mening\w*"
    r"|oneens|eens|verschil\w*|afwijk\w*|overeen\w*|(?:dis)?agree\w*|differ\w*|views?|points?|issues?",
    re.I,
)
# «Wat zijn de belangrijkste conclusies van de ACVZ?»: what a voice concludes, asked without a topic
_CONCLUSIONS_ASKED_RE = re.compile(
    r"\b(?:conclusies?|bevindingen|slotsom|concludeert|concludeerde|conclusions?|findings|conclude[sd]?)\b", re.I
)
_CONCLUSION_FRAME_RE = re.compile(
    r"belangrijkste|voornaamste|belangrijke|main|key|most|important|conclusies?|bevindingen|slotsom|concludeert"
    r"|concludeerde|conclusions?|findings|conclude[sd]?|trekt|trok|[\w-]*rapport|evaluatie|advies|report|evaluation"
    r"|advice|s",
    re.I,
)
_CONCLUDES_RE = re.compile(r"\b(?:conclusie|conclusies|concludeert|concludeerde|concludeerden|slotsom)\b", re.I)
_FINDS_RE = re.compile(
    r"\b(?:constateert|constateerde|is\s+kritisch|is\s+(?:\w+\s+)?van\s+(?:oordeel|mening)|erkent)\b", re.I
)
_CONCLUSIONS = 4  # sentences a question for a voice's conclusions quotes at most
# «in dit beeld», «deze conclusie»: a relation stated about what the sentence before says
_POINTS_BACK_RE = re.compile(r"\b(?:dit|deze)\s+(?:beeld|conclusie|visie|analyse|advies)\b", re.I)
_REACTION_ASKED_RE = re.compile(r"\b(?:reactie|kabinetsreactie|reageert|reageerde|gereageerd)\b", re.I)
_KEYWORD_RE = re.compile(r"[\w&’'-]+")
_YEAR_RE = re.compile(r"(?<![\w/-])(?:19|20)\d\d(?![\w/-])")  # «2016»; not «2014/15», «21 501-20»


_POINTER_PREPOSITIONS = "voor van over op mee bij in aan uit door naartoe tegen na".split()


@lru_cache(maxsize=1)
def _pointers() -> frozenset[str]:
    """Pronominal adverbs as content terms: «Hoeveel geld is daarvoor?» points back at its topic, «daarvoor» is none
    (a follow-up carries the topic over: ``converse.carried_words``)."""
    return frozenset(
        content_terms(" ".join(f"{head}{prep}" for head in ("daar", "hier", "er") for prep in _POINTER_PREPOSITIONS))
    )


_FOCUS_PREPOSITIONS = frozenset("op in met van door namens voor bij aan uit naar onder".split())
_FOCUS_SKIP = frozenset("andere overige verdere belangrijkste belangrijke concrete nieuwe twee drie vier vijf".split())
# Nouns that only frame the question («Welke rol spelen …?», «Op welke manier …»): the answer need not name them.
_LIGHT_FOCUS = frozenset("rol manier wijze mate opzicht".split())


# «Hoe effectief is …?», «Hoe belangrijk vindt …?»: the property asked about (not a quantity: those are typed).
_HOW_ADJECTIVE_RE = re.compile(
    r"^\s*hoe\s+(\w+)\s+(?:is|zijn|was|waren|wordt|worden|vindt|vinden|acht|achten|noemt|noemen)\b", re.I
)
_QUANTITY_ADJECTIVES = frozenset("veel lang groot hoog vaak laat ver duur snel".split())


def _focus(question: str) -> str | None:
    """The stem of what a question asks for by name: the noun of «Welke …?» («Welke andere factoren …» →
    factor), the adjective of «Hoe … is …?» («Hoe effectief is …» → effectief); or None. A typed question
    («Welke landen …?» wants countries named) has its own check (``questions.answer_type``)."""
    if answer_type(question):
        return None
    m = _HOW_ADJECTIVE_RE.match(question)
    if m and m.group(1).lower() not in _QUANTITY_ADJECTIVES:
        terms = content_terms(m.group(1))
        return terms[0] if terms else None
    words = re.findall(r"\w+", question.lower())
    if words and words[0] in _FOCUS_PREPOSITIONS:  # «Op welk niveau …?», «Op wiens verzoek …?»
        words = words[1:]
    if len(words) < 2 or words[0] not in ("welke", "welk", "wiens"):
        return None
    rest = [w for w in words[1:4] if w not in _FOCUS_SKIP]
    terms = content_terms(rest[0]) if rest and rest[0] not in _LIGHT_FOCUS else []
    return terms[0] if terms else None


# A typed answer's paragraph covers at least this share of the topic's idf mass: one common word of the letter
# («herkomst») does not make «In Marokko, Afghanistan, Irak en Somalië …» an answer to «Welke landen staan op de
# lijst van veilige landen van herkomst?» (0.1–0.2 alike on the tuning splits; 0.3 refuses answerable ones)
_TOPIC_MIN = 0.2
# ... and at least this share of the best hit's: a paragraph far less on the topic than the best one, which has no
# answer of the type, does not answer it either (CHANGELOG row 84)
_TOPIC_RELATIVE = 0.5
# Words a follow-up's carried topic may hold that say what is counted, not what about: «Hoeveel geld …?» then
# «En hoeveel daarvan gaat naar duurzame terugkeer?» carries only «geld». The words that name the kind of answer
# asked are no topic either: «Welk jaartal hoort bij de steun aan Keniaanse ambtenaren?» is about Kenia.
_GENERIC_TOPIC = frozenset(
    content_terms(
        "geld euro budget bedrag bedragen kosten mensen aantal miljoen jaar per totaal totale "
        "jaartal datum looptijd duur periode"
    )
)


def _first_said_by(paragraphs: list[Paragraph], voices: list[str], ranks: dict[str, int]) -> _Sentence | None:
    """The first sentence, in reading order, that one of ``voices`` says: where a reaction states its position
    («Reactie: Het kabinet onderschrijft …»). ``ranks``: each paragraph's retrieval rank."""
    for p in sorted(paragraphs, key=lambda p: p.ordinal):
        for a, b, v in sentence_voices(p):
            if any(same_voice(v, w) for w in voices):
                return _Sentence(p, ranks[p.id], a, b, 0.0, 0.0, v)
    return None


def _shared_prefix(a: list[str], b: list[str]) -> int:
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n


def _topic_share(topic: list[str], s: _Sentence) -> float:
    """Share of the topic words (as written, compounds like «minder-voor-minder» whole) in the sentence."""
    if not topic:
        return 0.0
    text = s.paragraph.text[s.start : s.end].lower()
    return sum(1 for w in topic if probe(w) in text) / len(topic)


# Who a question asks about, when it is a common noun: «Welke rol speelt de politie …?», «Wat is de taak van de
# marechaussee …?», «Krijgen gemeenten extra geld …?» (the subject of a verb that has an actor before its object).
_ACTOR_RE = re.compile(
    r"^\s*(?:welke\s+(?:rol|taak|taken|functie|bijdrage)\s+(?:speelt|spelen|speelde|speelden|heeft|hebben|had|hadden"
    r"|vervult|vervullen|levert|leveren)"
    r"|wat\s+(?:is|was|zijn|waren)\s+de\s+(?:rol|taak|taken|functie|bijdrage)\s+van"
    r"|krijgt|krijgen|kreeg|kregen|ontvangt|ontvangen|ontving|ontvingen|betaalt|betalen|betaalde|betaalden)\s+"
    r"(?:(?:de|het|een|alle|veel)\s+)?(?P<first>[\w-]+)(?:\s+(?P<second>[\w-]+))?",
    re.I,
)
# Words after the actor that end its noun phrase («de politie bij …», «gemeenten extra geld»)
_PHRASE_END = frozenset("bij in aan voor met op van over tot om te als door naar extra ook nog geld".split())


def _actor(question: str) -> str | None:
    """The common noun a question asks about as the one who acts or receives (``_ACTOR_RE``), or None: a name
    has its own check. An adjective before it («de lokale politie») is passed over."""
    m = _ACTOR_RE.match(question)
    if not m or not m.group("first")[0].islower():
        return None
    first, second = m.group("first"), m.group("second")
    if first.endswith("e") and second and second.lower() not in _PHRASE_END and second[0].islower():
        return second
    return first


def _attribution(p: Paragraph, quote: str, voice: str | None, author: str | None, asked: bool) -> str:
    """'Volgens de ACVZ: ' when the reader could otherwise mistake whose view the quote is.

    Needed when the quote does not name its speaker itself and either the speaker is not the
    document's author (the ACVZ summarised in the cabinet's letter) or ``asked``: the question is about
    who thinks what, the answer mixes voices, or the quote stands where the document reports another voice.
    """
    if p.kind == "footnote":
        return f"Voetnoot {footnote_number(p)}: "
    if p.kind == "signature":  # the names and offices say who signs; «Volgens het kabinet:» would misread it
        return ""
    if p.kind == "motie" and p.label:
        return f"{p.label[:1].upper()}{p.label[1:]}, ingediend door {voice}: " if voice else f"{p.label}: "
    if voice is not None and voice not in VOICE_NAMES:  # a named speaker (Handelingen)
        return f"{voice}: "
    if voice is None or names_voice(quote, voice) or (voice == author and not asked):
        return ""
    return f"Volgens {VOICE_NAMES.get(voice, voice)}: "


def _is_list_item(text: str, span: tuple[int, int]) -> bool:
    return bool(re.match(r"\d{1,2}\.\s", text[span[0] : span[1]])) and (span[0] == 0 or text[span[0] - 1] == "\n")
