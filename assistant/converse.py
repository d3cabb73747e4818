"""Conversation: follow-up questions and multi-part questions, resolved without an LLM. Pure functions.

llama-index's ``CondenseQuestionChatEngine`` / ``CondensePlusContextChatEngine`` rewrite a
follow-up with an LLM; the default engine here has none that writes Dutch. A follow-up in this
domain mostly keeps the topic and changes the speaker or the aspect («En wat vindt het kabinet
daarvan?», «En hoeveel geld gaat daarnaartoe?»), so the topic words of the previous question are
carried over — minus the speakers it named, so that a change of speaker is not drowned out.
When an LLM backend is configured, the same resolved question is what it sees.
"""

from __future__ import annotations

import re

from .structure import series_phrase, series_reference
from .text import _ENGLISH_FUNCTION_WORDS, _dutch_stopwords, looks_english, sentences

_TOPIC_WORD_RE = re.compile(r"\w[\w’'-]*")  # keeps «minder-voor-minder» whole

_CONJUNCTION_RE = re.compile(r"^\s*(?:en|maar|of|ook|dus|and|but|also)\b", re.I)
_ANAPHOR_RE = re.compile(
    r"\b(?:daar\w*|hier\w*|dat|deze|die|dit|zij|ze|hun|hen|hem|haar|ervan|erover|erbij|that|this|it|they|them)\b",
    re.I,
)
_QUESTION_WORDS = {
    "wat", "hoe", "wie", "wanneer", "welke", "welk", "waarom", "waar", "hoeveel", "vindt", "vinden", "zegt",
    "zeggen", "staat", "verschillen", "verschil", "mening", "oordelen", "oordeelt", "oordeel", "standpunt",
    "eens", "oneens", "reageert", "reageren", "reactie", "adviseert", "adviseren", "denkt", "denken", "doet",
    "doen", "gaat", "gaan", "heeft", "hebben", "wordt", "worden", "staan", "kun", "kunt", "je", "geven", "geef",
    "noem", "vertel", "leg", "uit", "meer",
    # verbs of saying and judging: «Wat antwoordt het kabinet?» has no topic of its own
    "antwoordt", "antwoorden", "antwoordde", "schrijft", "schrijven", "schreef", "stelt", "stellen", "meent",
    "menen", "concludeert", "concluderen", "erkent", "erkennen", "zei", "zeiden", "vond", "vonden", "reageerde",
    "reageerden", "beoordeelt", "beoordelen", "ziet", "zien",
    "what", "how", "who", "when", "which", "why", "where", "does", "do", "is", "are",
}  # fmt: skip
_SPEAKER_RE = re.compile(
    r"\b(?:de |het )?(?:ACVZ|Adviescommissie(?:(?: voor)? Vreemdelingenzaken)?|kabinet|regering|Europese Commissie|"
    r"Commissie|Europese Raad|JBZ-?[Rr]aad|cabinet|government)\b",
    re.I,
)
_PREPOSITIONS = r"(?:in|op|bij|met|voor|over|aan|naar|uit|tijdens|namens)"
# «… en hoe reageert het kabinet?»: a second question joined by «en» + a question word (or a preposition and a
# question word: «… en in welke landen …?»); «… en in die van 8 oktober?»: a second question that leaves out all
# but what changes (gapping, see ``_gapped``); «… in Kenia en in Somalië?», «… voor vluchtelingen in Kenia en voor
# ondernemers in Somalië?»: the same, ending in a name after its preposition repeated (two places, each answered
# where the stukken name it: no paragraph names both).
_PART_SPLIT_RE = re.compile(
    r",?\s+(?:en|and)\s+(?=(?:wat|hoe|wie|wanneer|welke|waarom|waar|hoeveel|is|zijn|wordt|worden|heeft|kan|"
    rf"what|how|who|when|which|why|is|are|does|do)\b|{_PREPOSITIONS}\s+(?:die|dat)\s+van\b"
    rf"|{_PREPOSITIONS}\s+(?:welke?|wat|wie|hoeveel)\b|{_PREPOSITIONS}\s+(?:[\w’'-]+\s+){{0,2}}(?-i:[A-Z])[\w’'-]*\s*\??\s*$)",
    re.I,
)
_INTERROGATIVE = r"(?:wat|hoe|wie|wanneer|welke|waarom|waar|hoeveel|what|how|who|when|which|why|where)"
_BARE_INTERROGATIVE_RE = re.compile(rf"{_INTERROGATIVE}(?:\s*,?\s+{_INTERROGATIVE})*", re.I)
# «wat in Somalië?» after «Wat doet Nederland in Kenia»; «in die van 8 oktober?» after «… in de JBZ-Raad van maart»
_GAP_RE = re.compile(rf"^(?:(?:wat|wie|hoe|waar|wanneer)\s+)?(?P<prep>{_PREPOSITIONS})\s+(?P<rest>.+)$", re.I)
_GAP_OF_RE = re.compile(r"^(?:die|dat)\s+van\s+(?P<rest>.+)$", re.I)


# Pronominal adverbs point back at the topic and are none: «Wat concludeert het daaruit?» carries «daaruit» into the
# next follow-up's search otherwise
_POINTER_WORD_RE = re.compile(
    r"^(?:daar|hier|er|waar)(?:aan|achter|bij|binnen|boven|buiten|door|in|mee|na|naar|naartoe|om|onder|op|over|"
    r"tegen|toe|tussen|uit|van|vandaan|voor|zonder)$",
    re.I,
)


def topic_words(question: str, speakers: bool = False) -> list[str]:
    """The question's content words as written (no stopwords, question words, pointers, nor speaker names unless
    ``speakers``; of an English question no English function words either: «And what share of it …?» is a
    follow-up)."""
    stop = _dutch_stopwords() | (_ENGLISH_FUNCTION_WORDS if looks_english(question) else frozenset())
    text = question if speakers else _SPEAKER_RE.sub(" ", question)
    words = [w.strip("-") for w in _TOPIC_WORD_RE.findall(text)]
    return [
        w for w in words if len(w) > 1 and w.lower() not in stop | _QUESTION_WORDS and not _POINTER_WORD_RE.match(w)
    ]


def is_followup(question: str) -> bool:
    """Does the question lean on the conversation («En wat vindt het kabinet daarvan?»)?"""
    own = topic_words(question)
    if _CONJUNCTION_RE.match(question) and len(own) <= 4:
        return True
    return not own or (bool(_ANAPHOR_RE.search(question)) and len(own) <= 2)


def resolve_followup(question: str, history: list[str]) -> str:
    """The question to search for: a follow-up gets the topic of the conversation so far.

    ``history`` holds the earlier user questions, oldest first. Returns ``question`` unchanged
    when it stands on its own or there is no history.
    """
    if not history or not is_followup(question):
        return question
    previous = resolve_followup(history[-1], history[:-1])
    # «En in Somalië?» after «Wat doet Nederland in Kenia?» replaces what the previous question asked about:
    # written out (gapping, as in a multi-part question), not with «Kenia» carried over
    return _gapped(_CONJUNCTION_RE.sub("", question).strip(), own_words(previous)) or _with_topic(question, previous)


def _topic_span(question: str, speakers: bool = False) -> list[str]:
    """The stretch of ``question`` from its first topic word to its last, as written but without the speakers
    it names (unless ``speakers``): «alleen een paar ministeries oog hebben voor terugkeer». e5 reads a phrase; the
    bare topic words in parentheses («alleen paar ministeries oog terugkeer») left it a question about the
    speaker's views at large."""
    words = topic_words(question, speakers)
    if not words:
        return []
    tokens = [w.strip("-") for w in _TOPIC_WORD_RE.findall(question if speakers else _SPEAKER_RE.sub(" ", question))]
    lowered = {w.lower() for w in words}
    kept = [i for i, w in enumerate(tokens) if w.lower() in lowered]
    return tokens[kept[0] : kept[-1] + 1] if kept else words


def _with_topic(question: str, previous: str) -> str:
    own = {w.lower() for w in topic_words(question)}
    carried = [w for w in _topic_span(previous) if w.lower() not in own]
    # «Hoe reageert het kabinet daarop?» after «Wat is aanbeveling 2?»: the number is part of the topic,
    # though not a topic word (structure.py).
    phrase = series_phrase(previous) if series_reference(question) is None else None
    if phrase:
        carried = [phrase] + [w for w in carried if w.lower() not in phrase.lower()]
    if not carried:
        return question
    return f"{question.rstrip().rstrip('?')} ({' '.join(dict.fromkeys(carried))})?"


_CARRIED_RE = re.compile(r"\s*\(([^()]*)\)\?$")  # the topic _with_topic appends: «… (topic words)?»

# A chat message often says what it is about before it asks: «Ik lees over de Zijderoute. Welke landen zijn dat in
# deze brief?», «Mijn Kamerlid wil weten of bedrijven betrokken worden. Op welke manier gebeurt dat?». The sentences
# before the question are its context; the way they are introduced («Ik lees …», «Mijn Kamerlid wil weten of …»,
# «Stel dat …») is not.
_CONTEXT_FRAME_RE = re.compile(
    r"^\s*(?:(?:ik|we|wij)\s+(?:lees|las|lazen|zie|zag|zagen|hoor|hoorde|krijg|krijgen|kreeg|kregen)\b"
    r"(?:\s+(?:in\s+de\s+brief\s+)?(?:iets\s+|veel\s+|vragen\s+)?(?:over|dat)\b)?"
    r"|(?:mijn|onze|ons|de|een)\s+[\w-]+\s+(?:wil|wilt|willen)\s+(?:graag\s+)?weten\b"
    r"(?:\s+(?:of|hoe|wat|waarom|wanneer|welke))?"
    r"|(?:mensen|burgers|journalisten|collega[’']?s|kamerleden)\s+vragen\b(?:\s+zich\s+af\b)?"
    r"(?:\s+(?:of|hoe|wat|waarom|wanneer))?"
    r"|(?:ik|we|wij)\s+(?:vraag|vragen)\s+(?:me|mij|ons)\s+af\b(?:\s+(?:of|hoe|wat|waarom|wanneer))?"
    r"|(?:ik|we|wij)\s+(?:wil|willen)\s+(?:graag\s+)?(?=\w)"
    r"|stel\s+(?:dat\s+)?|er\s+wordt\s+(?:veel\s+)?gesproken\s+over\b)",
    re.I,
)


_CLAUSE_THEN_QUESTION_RE = re.compile(r";\s+(?=(?:hoeveel|wat|wie|welke?|wanneer|waarom|waar|hoe)\b)", re.I)


def with_context(question: str) -> str:
    """A question after sentences of context, as the question with the context carried in parentheses («Welke
    landen zijn dat in deze brief (Zijderoute)?»), as a follow-up carries the conversation's topic
    (:func:`own_words`, :func:`carried_words`); anything else unchanged. Only the last sentence may ask: «Is er een
    evaluatie gepland? Zo ja, wanneer?» is two questions, not context and a question."""
    said = sentences(question.strip())
    if said and (m := _CLAUSE_THEN_QUESTION_RE.search(said[-1])):
        # «Ghana werkte minder mee na de negatieve koppeling; hoeveel uitzettingen mislukten daardoor?»: a clause of
        # context before a semicolon, then the question (dev51 yj056 was read as no count asked, and answered with the
        # sentence on Ghana, which has no number)
        rest = said[-1][m.end() :]
        said = [*said[:-1], said[-1][: m.start()], rest[:1].upper() + rest[1:]]
    if (
        len(said) < 2
        or not said[-1].endswith("?")
        or any(s.endswith("?") for s in said[:-1])
        or len(said[-2].split()) < 3
    ):
        return question
    context = " ".join(_CONTEXT_FRAME_RE.sub("", s.rstrip(".!: ")) for s in said[:-1])
    # speakers kept: «Ik wil de ACVZ en het kabinet naast elkaar zetten over …. Wat zeggen ze?» asks them
    carried = _topic_span(context, speakers=True)
    if not carried:
        return said[-1]
    return f"{said[-1].rstrip('?')} ({' '.join(carried)})?"


def own_words(query: str) -> str:
    """A resolved query without the topic carried over from the conversation (see :func:`resolve_followup`)."""
    return _CARRIED_RE.sub("?", query)


def carried_words(query: str) -> str:
    """The topic a resolved query carries over from the conversation («» when it carries none)."""
    m = _CARRIED_RE.search(query)
    return m.group(1) if m else ""


def split_parts(question: str) -> list[str]:
    """The sub-questions of a multi-part question (one item when it has one part).

    Parts are separated by question marks or by «en» + a question word. A part that names no topic
    of its own («… en hoe reageert het kabinet?») is resolved against the part before it.
    """
    pieces = [p.strip() for p in re.split(r"(?<=\?)\s+", question.strip()) if p.strip()]
    if len(pieces) > 1 and not pieces[-1].endswith("?"):
        # «Binnen migratie kan korten wel werken, mits …? Vul de twee voorwaarden in.», «…? Graag alle drie.»: a closing
        # sentence that asks nothing says how to answer the question before it; as a part of its own, «Vul de twee
        # voorwaarden in» was answered with «Deze brief bestaat uit twee elementen» (dev42 zz041)
        pieces[-2:] = [f"{pieces[-2]} {pieces[-1]}"]
    parts: list[str] = []
    for piece in pieces:
        subs = [sub.strip() for sub in _PART_SPLIT_RE.split(piece) if sub.strip()]
        # «Waar en wanneer kwam het verzoek vandaan?», "When and where …?": question words side by side ask one
        # question about one thing, not two parts (the first would be a bare «Waar»)
        while len(subs) > 1 and _BARE_INTERROGATIVE_RE.fullmatch(subs[0]):
            subs[:2] = [f"{subs[0]} en {subs[1]}"]
        parts += subs
    if len(parts) < 2:
        return [question]
    resolved = [parts[0]]
    for part in parts[1:]:
        gapped = _gapped(part, resolved[-1]) or _pointed_back(part, resolved[-1])
        lean = len(topic_words(part)) <= 1 or is_followup(part)  # «hoe reageert het kabinet»: the first part's topic
        resolved.append(gapped or (_with_topic(part, resolved[-1]) if lean else part))
    return resolved


def _gapped(part: str, previous: str) -> str | None:
    """A part that leaves out the words it shares with the part before, written out: «wat in Somalië?» after
    «Wat doet Nederland in Kenia» → «Wat doet Nederland in Somalië?»; «in die van 8 oktober 2015?» after «Wat
    gebeurde er in de JBZ-Raad van maart 2014» → «Wat gebeurde er in de JBZ-Raad van 8 oktober 2015?». None
    when the part has a verb of its own or the part before has no such preposition."""
    m = _GAP_RE.match(part.strip())
    if not m:
        return None
    prep, rest = m.group("prep"), m.group("rest")
    of = _GAP_OF_RE.match(rest)
    if of:  # «in die van X»: the previous part's «in de <noun> van …», with X for what followed «van»
        before = list(re.finditer(rf"\b{prep}\s+(?:de|het)\s+\S+(?:\s+\S+)?\s+van\s+", previous, re.I))
        return previous[: before[-1].end()] + of.group("rest") if before else None
    if len(rest.split()) > 3:  # «… en waar in de brief staat dat?» has its own verb: not a gap
        return None
    before = list(re.finditer(rf"\b{prep}\s+", previous, re.I))
    return previous[: before[-1].start()] + prep + " " + rest if before else None


# «ervan», «daarover», «hierop»: a pronominal adverb stands for «van/over/op + what was named before»
_POINTER_RE = re.compile(r"\b(?:er|daar|hier)(?P<prep>van|over|op)\b", re.I)


def _pointed_back(part: str, previous: str) -> str | None:
    """«… en wat vindt het kabinet ervan?» after «Wat vindt de ACVZ van «minder-voor-minder» buiten het
    migratiedossier»: the pronominal adverb written out with what the part before said after its speaker, when
    that starts with the same preposition → «wat vindt het kabinet van «minder-voor-minder» buiten het
    migratiedossier?». Appending the topic words instead («… ervan (minder-voor-minder …)?») leaves e5 a
    question about the cabinet's views in general, which the letter's opening paragraph matches best. None when
    the part has no such adverb, or the part before names no speaker followed by that preposition."""
    m = _POINTER_RE.search(part)
    speaker = _SPEAKER_RE.search(previous)
    if not m or not speaker:
        return None
    tail = re.match(rf"\s+{m.group('prep')}\s+(?P<what>.+?)\s*\??$", previous[speaker.end() :], re.I)
    if not tail or not topic_words(tail.group("what")):
        return None
    return f"{part[: m.start()]}{m.group('prep').lower()} {tail.group('what')}{part[m.end() :]}"
