"""Choosing the sentences that answer: the stage between retrieval and the answer's composition.

Every sentence of the best paragraphs is scored (``_score_sentences``: coverage of the question's terms by the
sentence and its paragraph, e5 similarity, retrieval rank). ``SentenceChooser._choose`` then picks the lead and
the sentences that go with it, in steps: what the question asks for (a number, a date, a name: ``_typed_window``
with a ``_TypedCheck``; a cause, a condition, an agreement, a start point, a share, an enumeration:
``_lead_for_question``), whose view (``_lead_for_voice``, ``voice.py``), advice or novelty (``_lead_for_advice``),
and what the stukken only plan or leave open (``_not_yet``, ``_unsaid``); ``_gather`` adds the further sentences in
the asked voice. Each rule names the gold questions that asked for it in evals/CHANGELOG.md. ``answer.py`` composes
the answer from them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from .converse import carried_words, own_words, topic_words
from .models import Paragraph
from .names import (
    asked_names,
    joined_nouns,
    named_in,
    names_it,
    probe,
)
from .questions import (
    answer_count_words,
    answer_type,
    asked_named,
    asked_ranking,
    asked_role,
    asks_advice,
    asks_agreed,
    asks_condition,
    asks_development,
    asks_done_already,
    asks_enumeration,
    asks_for_source,
    asks_future,
    asks_increment,
    asks_members,
    asks_novelty,
    asks_reason,
    asks_results,
    asks_share,
    asks_since,
    asks_vote,
    asks_where_written,
    carries,
    consequence,
    counted,
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
    keyword_type_noun,
    names_future,
    opens_with_consequence,
    opens_with_ordinal,
    ordinal_asked,
    ordinal_noun,
    ranks,
    says_advises,
    speaks_of_later,
    states_increment,
    states_plan,
    tells_development,
    tells_vote,
    year_asked,
)
from .structure import RECOMMENDATIONS
from .terms import TermStats
from .text import (
    _WORD_RE,
    content_terms,
    looks_english,
    normalise_for_match,
    question_terms,
    sentence_spans,
    text_terms,
)
from .thesaurus import expansions, named_as_the_stukken, rephrased_stems, rephrased_terms, stukken_stems
from .translate import name_gloss, to_dutch
from .voice import (
    ACVZ,
    DUTCH_VIEWS,
    KABINET,
    VIEW_WORD_RE,
    VOICE_NAMES,
    counterpart_asked,
    names_voice_as_body,
    relation_stated,
    same_voice,
    sentence_voices,
    shared_view,
    span_voice,
    takes_up,
    view_asked,
)

log = logging.getLogger(__name__)

# «Nederland» goes without saying in a Dutch government text, as its adjective does: «Welke drie landen verzamelen
# met Nederlandse steun gegevens over migratie?» is answered by a paragraph that never writes «Nederland».
_IMPLICIT_TERMS = frozenset(content_terms("Nederland Nederlandse"))
# Words about the stukken or the kind of thing asked («Welke soorten bijstand noemt de brief …?», «Welke landen zijn
# dat in deze brief?»): no topic a paragraph covers, in the support and in a typed answer's check
_DOCUMENT_TALK = frozenset(
    content_terms(
        "brief soort soorten type typen noemt noemen genoemd vermeldt vermeld pagina bladzijde voetnoot voetnoten"
        " verwijzing verwijzingen verwijst verwijzen onderaan bovenaan kamerstuknummer kamerstuknummers"
    )
)
# ... and the word that names the countries asked («Welke landen …?»): what is asked for, not what about
_COUNTRY_WORDS = frozenset(content_terms("land landen"))
# Words for a relation between voices or for a view: what a question asks a relation on is the rest
_RELATION_TERMS = frozenset(
    content_terms(
        "deelt delen deelde deelden onderschrijft onderschrijven onderschreef eens oneens visie mening kritiek "
        "standpunt oordeel conclusie analyse zorg zorgen"
    )
)


# A name written out in capitalised words on one line, small words between them skipped: «Internationale Organisatie
# voor Migratie»
_WRITTEN_OUT_NAME_RE = re.compile(r"\b[A-Z][\w’'-]*(?: +(?:(?:van|voor|en|for|and|of) +)?[A-Z][\w’'-]*)+")


_KAMERSTUK_RE = re.compile(r"\bKamerstuk(?:ken)?\s+\d")


_CANDIDATE_PARAGRAPHS = 5  # paragraphs whose sentences may be quoted


_SUPPORT_PARAGRAPHS = 3  # paragraphs that count for abstention
# what the cosine of the question in the stukken's words gives up against the question as asked, in the support
# (chosen on the dev splits: 0 answered two more unanswerable questions, 0.02 refused three more answerable ones)
_WORDED_DISCOUNT = 0.01


_NAMES_ASKED = frozenset({"countries", "named", "person"})  # answer types that name something rather than count
_TYPED_WINDOW = 5  # sentences searched for the answer type (number, date)
_FOCUS_WINDOW = 8  # ... and for a sentence naming what «Welke …?» asks for (``_Ask.names_focus``)


_VOICE_WINDOW = 8  # sentences searched for the voice a question asks about
_VOICE_PARAGRAPHS = 3  # … and, when none of those is in it, the best paragraphs searched (not for the cabinet)


_CAUSE_SHARE = 0.7  # a sentence giving the cause asked leads from this share of the best score (below the best few)


_SECONDARY = 0.8  # a further sentence is quoted when it scores at least this share of the best


# What the stukken only name as a plan: asked what came of it, or whether it was done already
_PLAN_ONLY_RESULTS = "De stukken noemen dit alleen als voornemen; wat het heeft opgeleverd staat er niet in."


_PLAN_ONLY_DONE = "De stukken noemen dit alleen als voornemen; of het al is gebeurd staat er niet in."


# Sentence score weights (tuned on the dev split).
_W_LEX, _W_DENSE, _W_CTX, _W_RANK = 0.3, 0.3, 0.25, 0.25
# Opposites: a question asked of one side («negatieve prikkels binnen migratie») is not answered by a sentence that
# says only the other («… buiten het terrein van migratie …»); e5 places them close, and their other words match.
# Only pairs that never answer for each other: «positief» is also «positief over» (a view, not an incentive), and
# the success of «vrijwillige terugkeer» hangs on «gedwongen» return (evals/CHANGELOG.md, row 207).
_OPPOSITES = tuple(
    (frozenset(content_terms(a)), frozenset(content_terms(b))) for a, b in (("binnen", "buiten daarbuiten"),)
)
_W_OPPOSITE = 0.1


_W_ANCHOR = 1.0  # a follow-up's reply: weight of the similarity to what it replies to (dev-followups: 1–4 alike)


# e5 cosines between a question and related Dutch text fall in ~0.78..0.95: stretched to 0..1.
_COS_LOW, _COS_HIGH, _COS_HIGH_ENGLISH = 0.78, 0.95, 0.86


def stretch_cosine(cos: float, low: float = _COS_LOW, high: float = _COS_HIGH) -> float:
    """e5 cosine mapped to 0..1 over the range where related Dutch text falls (shared with generate.py)."""
    return min(1.0, max(0.0, (cos - low) / (high - low)))


@dataclass
class _Sentence:
    paragraph: Paragraph
    rank: int
    start: int
    end: int
    lex: float
    score: float
    voice: str | None = None


_NAMED_AFTER = 3  # words after the counted noun that name what it counts («…, namelijk humanitaire hulp …»)


def _said(x: _Sentence) -> str:
    """The sentence's text."""
    return x.paragraph.text[x.start : x.end]


def _counts_what(sentence: str, noun: str | None) -> bool:
    """Does the sentence name, one by one, what an ordinal counts (``noun``, by its stem: «sporen» for «spoor»)? It
    speaks of them and goes on after them: «Opvang in de regio heeft twee sporen, namelijk …» names the second;
    «Deze brief bestaat uit twee elementen.» only counts them (its second is «Ten tweede …»)."""
    if not noun:
        return False
    stems = set(content_terms(noun))
    words = _WORD_RE.findall(sentence)
    at = next((i for i, w in enumerate(words) if set(content_terms(w)) & stems), None)
    return at is not None and len(words) - at > _NAMED_AFTER


def _next_span(x: _Sentence) -> tuple[int, int] | None:
    """(start, end) of the sentence right after ``x`` in its paragraph (None: ``x`` is its last)."""
    return next((sp for sp in sentence_spans(x.paragraph.text) if sp[0] >= x.end), None)


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
    # «Wie is het oneens met de ACVZ …?»: the relation asked and the voice it is to (``voice.counterpart_asked``)
    counter: tuple[str, str] | None
    typed: Callable[[_Sentence], bool] | None = None  # does a sentence carry the kind asked (``_typed_window``)
    taken_up: _Sentence | None = None  # another voice's finding the asked voice's reply takes up (``_taking_up``)

    @classmethod
    def of(
        cls, question: str, english: bool, gloss: str | None, terms: set[str], kind: str | None, voices: list[str],
        anchor: str | None,
    ) -> _Ask:  # fmt: skip
        wanted = [
            gives for asks, gives in ((asks_reason, gives_reason), (asks_condition, gives_condition)) if asks(question)
        ]
        return cls(
            question, english, gloss, terms, kind, voices, anchor, _focus(question), wanted, counterpart_asked(question)
        )

    def names_focus(self, x: _Sentence) -> bool:
        """Does the sentence name what is asked for, or the head of its compound («In welke Europese
        samenwerkingsprojecten …?» by «In de operationele projecten EURINT en ERIN …»)?"""
        if not self.focus:
            return False
        said = text_terms(x.paragraph.text[x.start : x.end])
        return any(t == self.focus or (len(t) >= _HEAD_MIN and self.focus.endswith(t)) for t in said)

    def gives_wanted(self, x: _Sentence) -> bool:
        return bool(self.wanted) and all(g(x.paragraph.text[x.start : x.end]) for g in self.wanted)


@dataclass
class _TypedCheck:
    """What a sentence must be to answer a question that asks a kind of answer (``questions.answer_type``): carry
    that kind (``carries``), and come from a paragraph that names what the question names and is on its topic
    (``answers``). Built by ``SentenceChooser._typed_check``."""

    kind: str
    what: frozenset[str]  # what is counted or named («Hoeveel landen …?»: «landen»)
    given: list[str]  # the question's own names, no answer to «welke» (a named kind)
    named: list[str]  # names the paragraph must name
    nouns: set[str]  # nouns joined to those names, in the paragraph's text
    nouns_said: set[str]  # ... or the stukken's words for such a name (thesaurus: «EU-landen» → «lidstaten»)
    role: str | None  # the role of a person asked («voorzitter»)
    members: bool  # the members of a body asked
    future: bool  # a date still to come asked
    carried: set[str]  # a follow-up's topic carried over
    topic: set[str]  # the question's topic terms
    known_topic: set[str]  # those the stukken use (all, for a Dutch question)
    topics: list[set[str]]  # the topic as asked and in the stukken's words
    terms: TermStats
    written: Callable[[Paragraph], str | None]  # a paragraph's document date
    topic_min: float = 0.0  # the least topic coverage of the paragraph (set by ``_typed_check``)

    def carries(self, x: _Sentence) -> bool:
        """Does the sentence carry the kind of answer asked?"""
        text = x.paragraph.text[x.start : x.end]
        if self.given:
            # «Welke diasporaorganisaties spraken mee over het Global Forum?»: a name the question gives itself is
            # no answer to «welke»; the sentence must name others
            text = _WRITTEN_OUT_NAME_RE.sub(
                lambda m: (
                    m.group(0).lower() if any(names_it(m.group(0).lower(), n) for n in self.given) else m.group(0)
                ),
                text,
            )
        return carries(self.kind, text, x.paragraph.text[x.end :], self.what)

    def where(self, x: _Sentence) -> str:
        """Where the names asked must be: the paragraph; the sentence itself for an amount or members. An amount is
        the named body's only when its own sentence names it: «Hoeveel geld krijgt de IOM …?» is not answered by
        the budget in a paragraph that names the IOM a sentence later."""
        text = x.paragraph.text[x.start : x.end] if self.kind == "amount" or self.members else x.paragraph.text
        return text.lower()

    def on_topic(self, paragraph_id: str) -> float:
        """How much of the question's topic the paragraph covers (the better of as asked and rephrased)."""
        return max(self.terms.paragraph_coverage(t, paragraph_id) for t in self.topics)

    def names_nouns(self, paragraph: Paragraph) -> bool:
        """Does the paragraph say the nouns joined to the question's names, or the stukken's word for them?"""
        if not self.nouns:
            return True
        said = set(content_terms(paragraph.text))
        return self.nouns <= said or bool(self.nouns_said) and self.nouns_said <= said

    def answers(self, x: _Sentence) -> bool:
        """Does the sentence answer the question: the kind asked, from a paragraph on what is asked?"""
        return (
            self.carries(x)
            and all(names_it(self.where(x), n) for n in self.named)
            and self.names_nouns(x.paragraph)
            and (not self.carried or bool(self.carried & self.terms.terms.get(x.paragraph.id, set())))
            # the number must come from a paragraph on the question's topic: «Wanneer loopt de pilot … af?» is not
            # answered by another letter's date, «What is the unemployment rate in the Netherlands?» not by a
            # debate's «30%» about Nederland
            and (not self.topic or self.on_topic(x.paragraph.id) >= self.topic_min)
            # an amount is the topic's only when its own sentence names some of it: «Wat kost de opvang van een
            # asielzoeker per jaar?» is not answered by the budget for duurzame terugkeer in a paragraph that speaks
            # of opvang elsewhere
            and (
                self.kind != "amount"
                or not self.known_topic
                or any(t & set(text_terms(self.where(x))) for t in self.topics)
            )
            and (not self.role or self.role in x.paragraph.text.lower())
            and (not self.future or names_future(x.paragraph.text[x.start : x.end], self.written(x.paragraph)))
        )


@lru_cache(maxsize=1)
def _interrogatives() -> frozenset[str]:
    """Dutch question words as content terms (bm25s's stopword list lacks them)."""
    return frozenset(
        content_terms("welk welke waar wanneer waarom hoeveel hoelang waarover waarin waarop waarmee waardoor")
        + content_terms("waarvoor waaruit waarvan waarheen")
    )


_POINTER_PREPOSITIONS = "voor van over op mee bij in aan uit door naartoe tegen na".split()


@lru_cache(maxsize=1)
def _pointers() -> frozenset[str]:
    """Pronominal adverbs as content terms: «Hoeveel geld is daarvoor?» points back at its topic, «daarvoor» is none
    (a follow-up carries the topic over: ``converse.carried_words``)."""
    return frozenset(
        content_terms(" ".join(f"{head}{prep}" for head in ("daar", "hier", "er") for prep in _POINTER_PREPOSITIONS))
    )


# The frame of a typed question, no topic its paragraph must cover: «Hoe groot / hoog / lang …?» asks the quantity,
# and a conjunction («voordat het werd verhoogd») joins a clause (bm25s's stopword list lacks both)
# (and the words for figures: «…, in cijfers?» asks the kind of answer, no topic of a paragraph)
_TYPED_FRAME = frozenset(
    content_terms("groot grote hoog hoge lang lange veel voordat nadat terwijl zodat omdat cijfers getallen")
)


_FOCUS_PREPOSITIONS = frozenset("op in met van door namens voor bij aan uit naar onder".split())


_FOCUS_SKIP = frozenset("andere overige verdere belangrijkste belangrijke concrete nieuwe twee drie vier vijf".split())


# The shortest head of a compound that stands for it («project» for «samenwerkingsproject»; «land» is too common)
_HEAD_MIN = 5


# Endings of an adjective inflected before its noun («Europese», «operationele», «diplomatieke», «positieve»)
_ADJECTIVE_ENDING_RE = re.compile(r"(?:ese|sche|ndse|anse|ele|ale|ieke|ieve)$")


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
    # an inflected adjective before its noun is no focus: «In welke Europese samenwerkingsprojecten …?» asks
    # projects named («In de operationele projecten EURINT en ERIN …»), not something European
    if len(rest) > 1 and _ADJECTIVE_ENDING_RE.search(rest[0]) and content_terms(rest[1]):
        rest = rest[1:]
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
    """Share of the topic words (as written, compounds like «minder-voor-minder» whole) in the sentence. An everyday
    word counts when the sentence has the stukken's word for it (thesaurus): «sancties tegen landen die niet
    meewerken» is the cabinet's «negatieve conditionaliteit», not its sentence on landen die niet meewerken."""
    if not topic:
        return 0.0
    text = s.paragraph.text[s.start : s.end].lower()
    held: set[str] | None = None
    n = 0
    for w in topic:
        if probe(w) in text:
            n += 1
            continue
        theirs = {t for stem in content_terms(w) for t in stukken_stems(stem)}
        if theirs:
            held = set(text_terms(text)) if held is None else held
            n += bool(theirs & held)
    return n / len(topic)


# Sentences that lean on the one before ("Dit is inclusief …") get it as context; so does a consequence of it
# («Om deze reden wordt … ingezet op wijziging van deze verdragen»: ``questions.opens_with_consequence``).
_ANAPHORA_RE = re.compile(
    r"^(Dit|Dat|Deze|Die|Zij|Hij|Het gaat|Daarbij|Daarnaast|Daardoor|Hiermee|Hierbij|Zulke|Dat houdt)\b"
)

# A sentence that goes on from the one before: «Dat vereist …», «Zij kunnen met die kennis …», «Daarna volgt …»,
# «Uitgangspunt daarbij is …», «Het kabinet ziet dit als …».
_CONTINUES_RE = re.compile(
    r"^(?:(?:Dit|Dat|Zij|Zulke|Daarna|Daarmee|Hiermee|Daarbij)\b|\S+(?:\s+\S+){0,5}\s+(?:daarbij|dit|hiervan|daarvan)\b)"
    # … or judges what it says: «Het kabinet kan zich tot op zekere hoogte vinden in dit beeld.»
    r"|^[^.;]*?\b(?:in|met|van|op)\s+(?:dit|dat|deze)\s+(?:beeld|oordeel|conclusie|analyse|advies|punt|standpunt)\b"
)

# What else is asked («Wat speelt … nog meer mee?», «… of ook iets anders?», «Zijn er nog andere …?», "What else
# …?"), and a sentence that adds to the one before it.
_WHAT_ELSE_RE = re.compile(
    r"\bnog\s+meer\b|\b(?:nog|ook)\s+iets\s+anders\b|\bof\s+ook\s+anders?\b|\bnog\s+andere\b"
    r"|\b(?:what|anything)\s+else\b",
    re.I,
)
_ALSO_RE = re.compile(r"^(?:Ook|Daarnaast|Verder|Bovendien)\b")

# A lead that announces what follows: «In de Raadsconclusies … is een paragraaf opgenomen over terugkeer.», «… merkt het
# kabinet het volgende op.» The next sentence says it.
_ANNOUNCES_RE = re.compile(
    r"\b(?:is|zijn|werd|werden)\s+(?:een\s+)?(?:paragraaf|passage|alinea|hoofdstuk)\s+opgenomen\b|\bhet\s+volgende\s+op\b"
)

_LIST_QUESTION_RE = re.compile(r"\b(welke|noem|opsomming|lijst|prioriteiten|thema|thema’s|thema's|which|list)\b", re.I)


def _led_by(lead: _Sentence | None, window: list[_Sentence]) -> list[_Sentence]:
    """The window with ``lead`` first (the window as it is when there is none)."""
    return window if lead is None else [lead] + [x for x in window if x is not lead]


def _is_list_item(text: str, span: tuple[int, int]) -> bool:
    return bool(re.match(r"\d{1,2}\.\s", text[span[0] : span[1]])) and (span[0] == 0 or text[span[0] - 1] == "\n")


# Adjectives by their endings: of a place or people («Europees», «Europese», «Afrikaanse»), «-isch», and the
# inflected «-ale», «-ele» («nationale», «structurele»)
_ADJECTIVE_END_RE = re.compile(r"\w{2,}(?:ees|ese|isch|ische|ale|ele|iële)$", re.I)


def _without_adjectives(words: str) -> str:
    """``words`` without the adjectives among them (all of them when each is one)."""
    nouns = [w for w in words.split() if not _ADJECTIVE_END_RE.fullmatch(w)]
    return " ".join(nouns) if nouns else words


class SentenceChooser:
    """The sentence-choosing steps of :class:`assistant.answer.ExtractiveAnswerer` (a mixin: it reads the
    answerer's ``handle``, ``terms``, ``cfg`` and its look-ups ``asked_voices``, ``_uses_any``, ``_rarest_unsaid``,
    ``_names_found`` and ``_opening_asked``)."""

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
        asked = gloss or question
        q_terms = set(self.terms.in_corpus_forms(asked, question_terms(asked, known=lambda t: t in self.terms.idf)))
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
            window = self._amount_not_added(ask, window)
            window = self._amount_added_first(ask, window)
            window = self._amount_naming_more(ask, window)
        else:
            refusal = self._unsaid(ask, scored, window)
            if refusal is not None:
                return [], refusal
        lead = window[0]
        if not ask.kind and asks_future(question) and not self._speaks_of_later(lead):
            # «Blijft het kabinet in de komende jaren investeren in relaties met herkomstlanden?»: what is still to come
            # is said by a sentence on going on («… en het kabinet zal hiermee doorgaan», «… om te blijven
            # investeren …»), which the window holds a hair below one on the policy as it stands («Het kabinet deelt de
            # visie …»: 0.6052 against 0.6048; which came first differed between builds of the embedder).
            lead = next((x for x in window if self._speaks_of_later(x)), lead)
        # «Zijn de andere ministeries inmiddels wakker geschud?»: a sentence nearly as good as the best that says what
        # came later of it leads («Dit was misschien minder het geval …, maar inmiddels …»); the best («… andere
        # partijen zich wel degelijk bewust zijn …») says nothing of later, and the question was refused
        if asks_development(ask.question) and not self._tells_development_of(ask.question, lead):
            lead = next(
                (
                    x
                    for x in scored[:_FOCUS_WINDOW]
                    if x.score >= _SECONDARY * lead.score and self._tells_development_of(ask.question, x)
                ),
                lead,
            )
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
        elif asks_where_written(question):
            # «Waar is de koppeling … beschreven?»: the sentence that says it, with its source (row 288)
            chosen += self._footnotes_of(chosen, hits)
        return chosen, []

    def _typed_window(
        self, ask: _Ask, scored: list[_Sentence], window: list[_Sentence], hits: list[tuple[Paragraph, float]]
    ) -> tuple[list[_Sentence], Callable[[_Sentence], bool]]:
        """Of the best few sentences, those that carry the kind of answer asked (a number, a date, a name …) from a
        paragraph on the question's topic (empty: none does), and the check itself (``_gather`` asks it of the
        further sentences)."""
        # "Hoeveel …?" wants a number, "Wanneer …?" a date: among the best few sentences one must carry it, and that
        # one leads; otherwise the stukken do not answer the question.
        check = self._typed_check(ask, hits)
        window = [x for x in window if check.answers(x)]
        best = scored[0]
        if (
            not window
            and (noun := keyword_type_noun(ask.question))
            and set(content_terms(noun)) <= set(text_terms(best.paragraph.text[best.start : best.end]))
        ):
            # «kosten geldovermakingen»: the best sentence speaks of the costs («verlaging van de kosten van
            # geldovermakingen»); keywords do not say whether their amount is asked or the costs are the topic
            window = scored[:_TYPED_WINDOW]
        return window, check.carries

    def _amount_not_added(self, ask: _Ask, window: list[_Sentence]) -> list[_Sentence]:
        """The window with, for an amount asked, a sentence stating the amount itself first when the best states an
        amount added to it and the question does not ask what was added: «Hoeveel geld is er voor duurzame
        terugkeer?» is answered by «… de inzet van tien miljoen euro voor duurzame terugkeer …», not by «… is hier zes
        miljoen euro voor duurzame terugkeer aan toegevoegd» (the two paragraphs rank within 0.01, in an order that
        differs between builds of the embedder). The sentence must name all of the question's words the best one
        names."""
        lead = window[0]
        if ask.kind != "amount" or asks_increment(ask.question) or not states_increment(_said(lead)):
            return window
        asked = set(ask.terms)
        named = asked & set(text_terms(_said(lead)))
        plain = next(
            (x for x in window[1:] if not states_increment(_said(x)) and named <= set(text_terms(_said(x)))),
            None,
        )
        return _led_by(plain, window)

    def _amount_added_first(self, ask: _Ask, window: list[_Sentence]) -> list[_Sentence]:
        """The window with, for an amount asked as what was added («Met hoeveel miljoen euro is het budget voor
        duurzame terugkeer verhoogd?»), the first sentence stating an addition first when the best states none: «…
        de inzet van tien miljoen euro voor duurzame terugkeer …» scored above «Dit is inclusief de zes miljoen euro
        extra ODA-middelen …» and led (the converse of ``_amount_not_added``)."""
        if ask.kind != "amount" or not asks_increment(ask.question) or states_increment(_said(window[0])):
            return window
        added = next((x for x in window[1:] if states_increment(_said(x))), None)
        return _led_by(added, window)

    def _amount_naming_more(self, ask: _Ask, window: list[_Sentence]) -> list[_Sentence]:
        """The window with, for an amount asked, the first sentence that names more of the question's words than the
        best one (all it names and more) first: «Welk bedrag is binnen het M&O-budget bestemd voor duurzame terugkeer?»
        is answered by «… de inzet van tien miljoen euro voor duurzame terugkeer binnen het budget …», not by the
        budget «voor migratie en ontwikkeling (inclusief terugkeer)» of before, which scored higher. An amount added
        is passed over unless the addition is asked (``_amount_not_added``)."""
        if ask.kind != "amount":  # a number of another kind: «4.» of a list item would answer «Hoe hoog …?»
            return window
        asked = set(ask.terms)
        named = asked & set(text_terms(_said(window[0])))
        added = asks_increment(ask.question)
        better = next(
            (
                x
                for x in window[1:]
                # (an addition asked and led with: by another addition only)
                if named < asked & set(text_terms(_said(x)))
                and states_increment(_said(x)) == (added and states_increment(_said(window[0])))
            ),
            None,
        )
        return _led_by(better, window)

    def _typed_check(self, ask: _Ask, hits: list[tuple[Paragraph, float]]) -> _TypedCheck:
        """What a sentence must be to answer ``ask``'s kind of answer, read off the question (see ``_TypedCheck``)."""
        question, gloss, kind = ask.question, ask.gloss, ask.kind or ""
        # A question about a named body wants its number, not any amount in a paragraph on the same topic («Wat kost
        # de Dienst Terugkeer en Vertrek per jaar?»): the paragraph must name it. «Nederland» goes without saying in
        # a Dutch government text: «Hoeveel geld is er in Nederland voor …?». An English question's names are looked
        # for as its gloss spells them («Security and Justice» → «Veiligheid en Justitie»). A name joined to common
        # nouns is looked for as the name, as in ``uncovered`` («Op welke datum kreeg het kabinet het ACVZ-advies?»
        # wants a date in a paragraph naming the ACVZ, not the word «acvz-advies»).
        named = named_as_the_stukken(gloss or question, asked_names(gloss or question))
        # A follow-up's answer is about the conversation's topic: «En hoeveel geld gaat daarnaartoe?» after a question
        # on the diaspora is not answered by the total budget, which never names the diaspora. (An English follow-up
        # carries English words: they are looked for as its gloss spells them.)
        carried = set(content_terms(carried_words(gloss or question))) - _GENERIC_TOPIC
        # The answer must come from a paragraph on the question's topic: its terms other than what is counted and
        # the words that name the kind of answer.
        topic = (
            set(content_terms(gloss or own_words(question)))
            - _GENERIC_TOPIC
            - _IMPLICIT_TERMS
            - _interrogatives()
            - _pointers()
            - _DOCUMENT_TALK
            - _TYPED_FRAME
            - (_COUNTRY_WORDS if kind == "countries" else frozenset())
            - answer_count_words(question)
        )
        if carried and not any(self.terms.uses(t) for t in topic):
            # «En hoeveel kwam erbij?» after a question on the budget: its own words are a verb and a pointer, the
            # topic is the one carried over
            topic = set(carried)
        # of an English question's gloss, the share is of the terms the stukken use: a word no paragraph has is
        # mostly an English word the glossary lacks («previously»), and says nothing about the topic
        known_topic = {t for t in topic if t in self.terms.idf} if gloss else topic
        # The topic in the stukken's words too (thesaurus: «jaarlijks» is «per jaar»), as the sentence scores read
        # it: a paragraph covers the better of the two.
        rephrased = rephrased_stems(known_topic)
        topics = [known_topic] + ([rephrased - _GENERIC_TOPIC] if rephrased else [])
        check = _TypedCheck(
            kind=kind,
            what=(
                counted(question)
                if kind in ("count", "named-count")
                # (an English request as asked: "Can you name the NGOs …?" glosses to «kan you name de ngo’s …»)
                else asked_named(gloss or question) or asked_named(question)
                if kind == "named"
                else frozenset()
            ),
            # the question's own names (not a letter of «DT&V», glossed apart)
            given=[n for n in named if len(n) >= 3] if kind == "named" else [],
            named=named,
            # ... and the nouns it is joined to are in the paragraph's text too: «Wanneer is het ACVZ-rapport in de
            # Kamer besproken?» is not answered by the dates of a paragraph on the ACVZ's advice that never says
            # «rapport» (its section heading does: «Bevindingen en aanbevelingen ACVZ-rapport»). A noun that names
            # the kind of answer asked is no such noun: «Hoeveel extra ODA-geld …?» asks an amount of ODA, answered
            # by «zes miljoen euro extra ODA-middelen» in a paragraph that never says «geld».
            # Not for names asked: «Noem de zes landen met capaciteitsprojecten uit het ACVZ-onderzoek» says where the
            # countries are named, and the ACVZ's findings never call themselves «onderzoek» (dev48 yf039 refused).
            nouns=(
                set(content_terms(" ".join(w for n in named for w in joined_nouns(n)))) - _GENERIC_TOPIC
                if kind not in _NAMES_ASKED
                else set()
            ),
            # ... or the stukken's word for the name and its noun together: «EU-landen» are the «lidstaten»
            # (thesaurus.py; dev48 yf020 was refused for a paragraph that never says «landen»)
            nouns_said=set(content_terms(" ".join(expansions(n) for n in named if joined_nouns(n)))),
            # «Wie is de voorzitter van de ACVZ?» is answered by a person named as its chair, not by «Fritsma (PVV)»
            role=asked_role(question) if kind == "person" else None,
            # «Wie zijn de leden van de ACVZ?»: the people named are the body's members only when their own
            # sentence names it; «uw leden Van Klaveren en Bontes» (Kamerleden) are not, a sentence after the
            # ACVZ's name
            members=asks_members(question),
            # «Wanneer verschijnt de volgende rapportage?» wants a date still to come when the document was written
            future=kind == "date" and asks_future(question),
            carried=carried,
            topic=topic,
            known_topic=known_topic,
            topics=topics,
            terms=self.terms,
            written=lambda p: self.handle.documents[p.doc_id].date,
        )
        # ... and not from a paragraph far less on the topic than the best one
        check.topic_min = max(_TOPIC_MIN, _TOPIC_RELATIVE * (check.on_topic(hits[0][0].id) if hits else 0.0))
        return check

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
        own = own_words(question)
        names = [n for n in named_as_the_stukken(own, asked_names(own)) if not self.asked_voices(n)]
        if english:
            names = [d for n in names if (d := name_gloss(n) or (n if self._names_found(n) else None))]
        # A view asked of a voice is its view on it: «Wat is het standpunt van de Europese Commissie over Ghana?»
        # is not answered by the Commission's sentences because the cabinet's paragraph on Ghana is among the best.
        # (the voices asked, also when the answer is not given in their words: «the position of X» reads as X's)
        # (not the voice a speaker is asked against or with: «Wie deelt de visie van de ACVZ …?» asks who shares it)
        asked = [v for v in self.asked_voices(question) if not ask.counter or v != ask.counter[1]]
        # ... and so is what a voice advises: «Klopt het dat de ACVZ adviseert de ontwikkelingshulp aan Ghana stop te
        # zetten?» is not answered by the cabinet sharing another view of the ACVZ
        opinion = view_asked(question) is not None
        view = asked and (opinion or says_advises(question))
        # (advice is a recommendation's: it may score below the reaction under it, so any of the best paragraphs')
        among = scored[:_VOICE_WINDOW] if opinion else scored
        said = [x for x in among if any(same_voice(x.voice, v) for v in asked)] if view else window
        if names and not any(all(names_it(named_in(x.paragraph), n) for n in names) for x in said):
            return []
        topic = " ".join(topic_words(question))
        topic_terms = content_terms(topic)
        if asked and not english and VIEW_WORD_RE.search(question) and topic_terms:
            # «Wat vindt het kabinet van kernenergie?»: no word of what the view is asked on is in the stukken (nor,
            # for an everyday word, the stukken's word for it: thesaurus.py), so they hold no view on it. The
            # cabinet's sentences on anything else were quoted (support 0.34).
            # An adjective says of which, the noun what («een Europees terugkeerfonds»: the stukken's «Europees
            # verband» is no fund, and the cabinet's sentence on it was quoted)
            if not self._uses_any(_without_adjectives(topic), first_parts=True):
                return [f"«{topic}» komt in de stukken die ik doorzoek niet voor."]
        if view and not english:
            # «Wat vindt de ACVZ van de banenmarkten voor terugkeerders?»: the stukken speak of banenmarkten (the
            # question's rarest word they use), but no sentence of the ACVZ among the best does: that is no view
            # of the ACVZ on them, whatever else it says.
            if self._rarest_unsaid(topic_terms, said):
                who = VOICE_NAMES.get(asked[0], asked[0])
                what = "standpunt" if opinion else "advies"
                return [f"In de gevonden passages staat geen {what} van {who} hierover."]
        return None

    def _not_yet(self, ask: _Ask, lead: _Sentence) -> str | None:
        """Why the lead does not answer a question about results, something done already, a vote, a ranking, what
        came after or what is still to come (the stukken only name a plan, or the policy as it stands); None when it
        may."""
        question, kind = ask.question, ask.kind
        said = _said(lead)
        if asks_results(question) and states_plan(said):
            # «Welke resultaten heeft de pilot met banenmarkten opgeleverd?»: the stukken only say what is going
            # to be done («Ook gaat het kabinet in de vorm van een pilot …»); what came of it is not in them.
            return _PLAN_ONLY_RESULTS
        if asks_done_already(question) and states_plan(said):
            # «Heeft het kabinet al eens visumfacilitatie ingetrokken?»: the stukken say what the cabinet will do
            # («Het kabinet zal zich in dat geval … richten op …»), not that it has been done.
            return _PLAN_ONLY_DONE
        if asks_vote(question) and not tells_vote(said):
            # «Welke fracties stemden tegen het extra geld voor terugkeer?»: the sentence on the money says nothing of
            # a vote (row 291)
            return "Hoe er is gestemd, staat niet in de stukken die ik doorzoek."
        if (superlative := asked_ranking(question)) and not ranks(said):
            # «Uit welk land komt de grootste diasporagemeenschap in Nederland?»: the sentences on the diaspora say
            # nothing of which is the largest
            the = "the" if ask.english else "de"
            return f"Wat «{the} {superlative.lower()}» is, staat niet in de stukken die ik doorzoek."
        if asks_development(question) and not self._tells_development_of(question, lead):
            # «Heeft Ghana later alsnog meegewerkt aan gedwongen terugkeer?»: the sentence on what happened then
            # («… een negatief effect had op de medewerking van dit land …») does not say what came after
            return "Wat daarna is gebeurd, staat niet in de stukken die ik doorzoek."
        if (year := year_asked(own_words(question))) and not self._speaks_of_year(lead, year):
            # «Welke landen hebben hun medewerking aan terugkeer in 2015 opgezegd?»: the countries the ACVZ names for
            # capacity projects were quoted, from a paragraph that says nothing of 2015. What the question asks of that
            # year is not in a paragraph that never names it.
            return f"Wat hierover in {year} speelde, staat niet in de stukken die ik doorzoek."
        if not kind and asks_future(question):
            # «Komt er volgend jaar weer een rapportage over dit beleid?»: something still to come is answered by a
            # sentence that says what is to come (a plan, going on, a later time), not by one on the policy as it
            # stands (a date question checks its dates with ``names_future``).
            if not self._speaks_of_later(lead):
                return "Wat hierover na de brief komt, staat niet in de stukken die ik doorzoek."
        return None

    def _speaks_of_later(self, x: _Sentence) -> bool:
        """Does the sentence say what is to come after its document was written (``speaks_of_later``)?"""
        return speaks_of_later(_said(x), self.handle.documents[x.paragraph.doc_id].date)

    def _speaks_of_year(self, lead: _Sentence, year: str) -> bool:
        """Does the lead's paragraph name ``year``, or the lead speak of now («nu», «inmiddels») in a document of
        that year («Hoeveel geld is er in 2015 voor …?»: «… is het totale bedrag … nu vijftien miljoen euro»)?"""
        if year in lead.paragraph.text:
            return True
        written = self.handle.documents[lead.paragraph.doc_id].date or ""
        return written.startswith(year) and tells_development(_said(lead))

    def _tells_development_of(self, question: str, lead: _Sentence) -> bool:
        """Does the lead say what came later of what the question asks about? Its «inmiddels» must be about that:
        «Welke visumfacilitaties heeft Nederland inmiddels ingetrokken?» is not answered by «… maar inmiddels is de
        migratieproblematiek in Europa zo’n prioriteit geworden …» (a topic word of the question, or the stukken's
        word for it, is in the sentence)."""
        text = _said(lead)
        if not tells_development(text):
            return False
        words = " ".join(w for w in topic_words(question) if not tells_development(w))
        # the topic as asked and in the stukken's words (thesaurus.py: «wakker geschud» is «bewust»)
        topic = (
            (set(content_terms(words)) | (rephrased_terms(words) or set()))
            - _IMPLICIT_TERMS
            - _interrogatives()
            - _pointers()
        )
        said = set(text_terms(text))
        if _ANAPHORA_RE.match(text):
            # «Dit was misschien minder het geval in de … geëvalueerde periode, maar inmiddels …»: what «Dit» says came
            # later is what the paragraph said before it
            said |= set(text_terms(lead.paragraph.text[: lead.start]))
        return not topic or bool(topic & said)

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
                (x for x in scored[:_FOCUS_WINDOW] if x.score >= _SECONDARY * lead.score and ask.names_focus(x)), lead
            )
        # «Waarom …?», «Onder welke voorwaarden …?»: a sentence nearly as good as the best that gives the cause or the
        # condition leads (of a voice asked: one of that voice, ``_lead_for_voice``)
        if ask.wanted and not ask.gives_wanted(lead):
            lead = next(
                (x for x in scored[:_TYPED_WINDOW] if x.score >= _SECONDARY * lead.score and ask.gives_wanted(x)), lead
            )
        if asks_reason(question) and not gives_reason(_said(lead)):
            # «Waarom werkt Nederland samen met de gemeenschappen die vluchtelingen opvangen?»: none of the best few
            # says why; a sentence a little further down that gives the cause in so many words («Dit is belangrijk,
            # omdat zij de bereidheid moeten hebben …») leads
            lead = _further_down(scored, lead, gives_cause) or lead
        if ask.counter:
            # «Wie spreekt de ACVZ tegen over het bewustzijn bij andere partijen?»: the answer is who states a view
            # against (or with) the ACVZ's, in a sentence that names it («Anders dan de ACVZ concludeert, is het
            # kabinet van oordeel …»); the ACVZ's own conclusion on the parties was quoted
            relation, other = ask.counter
            lead = next(
                (
                    x
                    for x in scored[: 2 * _VOICE_WINDOW]
                    if x.voice != other
                    and relation_stated(x.paragraph.text[x.start : x.end]) == relation
                    and names_voice_as_body(x.paragraph.text[x.start : x.end], other)
                ),
                lead,
            )
        agreed: _Sentence | None = None
        if asks_agreed(question) and not gives_agreed(_said(lead)):
            # «Waarmee is de Europese Commissie het eens …?»: a sentence a little further down that says the voice
            # agrees («De Commissie is het ermee eens dat het succes daarvan mede afhangt …») leads (also below, of
            # the voice asked)
            agreed = _further_down(scored, lead, gives_agreed, voices[0] if voices else None)
            lead = agreed or lead
        if (
            (nth := ordinal_asked(question))
            and not opens_with_ordinal(_said(lead), nth)
            and not _counts_what(_said(lead), ordinal_noun(question))
        ):
            # «Wat is het tweede onderdeel (brief twee onderdelen)?»: the sentence that says there are two scores best;
            # the one that opens with «Ten tweede» among the best few leads. Not when the lead itself counts what the
            # ordinal counts: «Het tweede spoor van regio-opvang …?» is in «Opvang in de regio heeft twee sporen,
            # namelijk …», not in «Ten tweede wordt in deze brief …» (row 295, dev45 yc061)
            lead = next(
                (x for x in scored[:_FOCUS_WINDOW] if opens_with_ordinal(x.paragraph.text[x.start : x.end], nth)), lead
            )
        if asks_since(question) and not gives_since(_said(lead)):
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
        if not kind and asks_enumeration(question) and not enumerates(_said(lead)):
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
        if not own and not kind and voices[0] != KABINET:
            # «Waarom is gedwongen vertrek volgens Brussel … van belang …?»: the best paragraph's many sentences
            # fill the window, and the Commission speaks in the next one
            near = {p.id for p, _ in hits[:_VOICE_PARAGRAPHS]}
            own = [x for x in scored if x.paragraph.id in near and same_voice(x.voice, voices[0])]
        # «Letten ook andere ministeries dan Justitie en Buitenlandse Zaken op terugkeer, volgens het kabinet?»: the
        # best sentence is another voice's finding (the ACVZ's); the asked voice's sentence that states its view
        # against or with that voice's, naming it («Anders dan de ACVZ concludeert, is het kabinet van oordeel
        # …»), is its say on the finding, where its best-scoring one is on the question's words («Allereerst
        # presenteert het kabinet de bevindingen …»)
        other = scored[0].voice
        replies = bool(own) and not anchor and not kind and other is not None and not same_voice(other, voices[0])
        # «Hoe reageert het kabinet op de vaststelling dat terugkeer meer dan ooit deel is van de buitenlandse
        # betrekkingen?»: the best sentence is the ACVZ's finding, and the cabinet's next sentence takes it up
        # without naming it («Het kabinet ziet dit als een aanmoediging …»); the cabinet's sentence sharing another
        # view of the ACVZ earlier in the reaction was quoted. The reply is quoted with the finding it takes up.
        reply = self._taking_up(scored[0], voices[0], scored) if replies else None
        ask.taken_up = scored[0] if reply is not None else None
        if reply is None and replies:
            reply = next(
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
        elif view_asked(question, DUTCH_VIEWS):
            # «Wat vindt de ACVZ van de kabinetsreactie op haar rapport?»: a view asked, and that voice says
            # nothing among the best sentences. What others say on it is no answer (it was quoted, under a notice,
            # until row 83); the abstention lists the nearest passages.
            who = VOICE_NAMES.get(voices[0], voices[0])
            return f"In de gevonden passages staat geen standpunt van {who} hierover."
        # a fact about a voice («Wanneer heeft de ACVZ haar advies aangeboden?») may be told by another one
        return lead, reply

    def _taking_up(self, finding: _Sentence, voice: str, scored: list[_Sentence]) -> _Sentence | None:
        """The sentence right after ``finding`` in its paragraph, if ``voice`` says it and it takes the finding up
        («Het kabinet ziet dit als …») or states a view with or against it; else None. A recommendation's last
        sentence is followed by the reaction under it: «Hoe reageert de regering op het advies om te investeren in
        de relatie op lange termijn?» is answered by «Reactie: Het kabinet onderschrijft deze aanbeveling.», which
        scores low on the question's words (it says them by «deze aanbeveling»), so the cabinet's «Het kabinet
        deelt de visie van de ACVZ …» further on was quoted (row 279). The reaction must be among the scored
        paragraphs; the answer leads with it, as with the voice asked (the recommendation is quoted after it)."""
        paragraph, text = finding.paragraph, finding.paragraph.text
        following = _next_span(finding)
        rank = finding.rank
        if following is None:
            # only the recommendation that opens a numbered part, and the reaction right under it
            part = self.handle.parts.part_of(paragraph.id) or []
            after = part[1] if len(part) > 1 and part[0].id == paragraph.id else None
            if after is None or after.kind != "reactie":
                return None
            rank = next((x.rank for x in scored if x.paragraph.id == after.id), None)
            if rank is None:
                return None
            paragraph, text = after, after.text
            following = next(iter(sentence_spans(text)), None)
            if following is None:
                return None
        a, b = following
        said, speaker = text[a:b], span_voice(paragraph, a, b)
        if not same_voice(speaker, voice) or not (takes_up(said) or relation_stated(said)):
            return None
        return _Sentence(paragraph, rank, a, b, 0.0, finding.score, speaker)

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
        if ask.counter and relation_stated(_said(lead)) == ask.counter[0]:
            # «Wie is het oneens met de ACVZ …?»: the sentence that states the view against the ACVZ's says who
            return self._extend(question, [lead])
        if ask.taken_up is not None and len(voices) == 1:
            # the reply and the finding it takes up say it all; the voice's other sentences scoring close to the
            # finding are on its topic, not on what the question asks of it
            if ask.taken_up.paragraph is lead.paragraph:
                return [ask.taken_up, lead]
            # a reaction's opening under the recommendation («Het kabinet onderschrijft deze aanbeveling.») says
            # what it thinks, its next sentence what it does about it
            after = _next_span(lead)
            if after is not None and same_voice(span_voice(lead.paragraph, *after), lead.voice or ""):
                more = _Sentence(lead.paragraph, lead.rank, after[0], after[1], 0.0, lead.score, lead.voice)
                return [ask.taken_up, lead, more]
            return [ask.taken_up, lead]
        if len(voices) > 1:
            # "Wat vinden de ACVZ en het kabinet …?": each asked voice gets its say, on the topic (the
            # question without the speakers' names, which would favour any sentence naming them, and without its
            # words for a relation or a view, which would favour «Het kabinet deelt de visie van de ACVZ dat …» on
            # anything for «Deelt u de kritiek van de ACVZ op minder-voor-minder?»).
            # An English question shares no Dutch stems with the text (only names such as «ACVZ»), so there
            # term overlap says nothing: each voice's best-scoring sentence (mostly e5 similarity) speaks.
            topic = [w for w in topic_words(question) if not set(content_terms(w)) & _RELATION_TERMS]
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
                if topic and not english:
                    # a voice's sentence on none of the topic is no say on it: «Op welk punt is het kabinet het
                    # oneens met de ACVZ over de rol van andere partijen?» took in «De ACVZ heeft een brede
                    # consultatie uitgevoerd …» (the lead, naming the ACVZ, states the disagreement)
                    own = [x for x in own if x is lead or _topic_share(topic, x) > 0]
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
            names = [] if english else asked_names(own_words(question))
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

    def _score_sentences(
        self, question: str, q_terms: set[str], hits: list[tuple[Paragraph, float]]
    ) -> list[_Sentence]:
        out: list[_Sentence] = []
        # the question in the stukken's words too (thesaurus.py), as the reranker reads it: a sentence covers the
        # better of the two («de Haagse departementen» is «in Den Haag»; an idiom as a whole: «arme landen» is
        # «ontwikkelingslanden»)
        rephrased = rephrased_terms(question, q_terms)
        asked = [q_terms] + ([rephrased] if rephrased else [])
        # the side asked of each pair of opposites the question takes one side of (not both: «even negatief als
        # daarbuiten» compares them)
        sides = [
            (one, other)
            for a, b in _OPPOSITES
            for one, other in ((a, b), (b, a))
            if q_terms & one and not q_terms & other
        ]
        for rank, (p, _) in enumerate(hits):
            ctx = max(self.terms.paragraph_coverage(t, p.id) for t in asked)
            # Sentence vectors use the same sentence_spans, so each paragraph's voices are computed once.
            voices = {(s, e): v for s, e, v in sentence_voices(p)}
            for start, end, cos in self.handle.sentence_similarity(question, p.id):
                said = set(text_terms(p.text[start:end]))
                lex = max(self.terms.coverage(t, said, p.doc_id) for t in asked)
                score = _W_LEX * lex + _W_DENSE * stretch_cosine(cos) + _W_CTX * ctx + _W_RANK / (1 + rank)
                score -= _W_OPPOSITE * sum(1 for one, other in sides if said & other and not said & one)
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
        # … and what the lead's paragraph says around it, which the reader sees with it: «Wie heeft de ACVZ
        # geraadpleegd voor haar evaluatie?» is answered by «De ACVZ heeft een brede consultatie uitgevoerd …» in
        # the paragraph that speaks of «haar evaluatie»; «De ACVZ heeft in haar evaluatie concrete aanbevelingen
        # opgenomen» adds only that word
        context = set(text_terms(best.paragraph.text))
        covered |= {t for t in q_terms if t in context}
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
            following = _next_span(lead)
            # «Wat speelt … nog meer mee …?»: what else the lead's matter holds is said next, «Ook andere factoren
            # zijn van invloed, zoals …»
            adds = bool(following and _WHAT_ELSE_RE.search(question) and _ALSO_RE.match(text[following[0] :]))
            # «Waarom wordt er al jaren gewerkt aan het aanpassen van de verdragen?»: the reason leads, and what it is
            # the reason for follows it («Om deze reden wordt sinds een aantal jaren ingezet op wijziging …», row 288)
            # when that is what was asked: it holds a question word the reason does not («reden» aside)
            follows = consequence(text[following[0] : following[1]]) if following and asks_reason(question) else None
            because = bool(follows) and bool(
                set(content_terms(question)) & set(text_terms(follows)) - set(text_terms(text[lead.start : lead.end]))
            )
            if following and (
                _CONTINUES_RE.match(text[following[0] : following[1]])
                or _ANNOUNCES_RE.search(text[lead.start : lead.end])
                or adds
                or because
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
