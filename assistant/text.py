"""Pure text helpers: hyphenation repair, normalisation, sentence spans, Dutch terms.

No I/O and no models here, so every function is cheap to test in isolation.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from functools import lru_cache

from .translate import english_only

# Words that follow a suspended compound ("kennis-, arbeids- en studiemigratie"):
# a line ending in "arbeids-" followed by "en" keeps its hyphen and the space.
_SUSPENSION_FOLLOWERS = {"en", "of", "tot", "noch"}

_WORD_RE = re.compile(r"\w+", re.UNICODE)


def join_lines(lines: list[str]) -> str:
    """Join PDF text-layer lines into running text, repairing line-end hyphenation.

    ``verschil-`` + ``lende`` becomes ``verschillende``; a hyphen before an upper-case
    continuation (``EU-`` + ``Kader``) or before a conjunction (``arbeids-`` + ``en``) is
    kept, because there it is a real hyphen.
    """
    out = ""
    for raw in lines:
        line = raw.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha():
            first_word = line.split(" ", 1)[0]
            if line[0].islower() and first_word.lower() not in _SUSPENSION_FOLLOWERS:
                out = out[:-1] + line
            elif line[0].islower():
                out = out + " " + line
            else:
                out = out + line
        else:
            out = out + " " + line
    return out


def normalise_for_match(text: str) -> str:
    """The evaluation contract's comparison form: hyphenation removed, whitespace collapsed, lower case."""
    text = unicodedata.normalize("NFC", text)
    text = re.sub(r"(?<=\w)-\s*\n\s*(?=[a-zà-ÿ])", "", text)
    text = re.sub(r"\s+", " ", text).strip()
    return text.lower()


def contains_quote(paragraph_text: str, quote: str) -> bool:
    """True when ``quote`` occurs in the paragraph under the contract's normalisation."""
    q = normalise_for_match(quote)
    return bool(q) and q in normalise_for_match(paragraph_text)


# Abbreviations after which a full stop does not end a sentence.
_ABBREVIATIONS = {
    "jl",
    "nr",
    "nrs",
    "art",
    "bijv",
    "o.a",
    "d.w.z",
    "e.d",
    "ca",
    "mr",
    "dhr",
    "mevr",
    "drs",
    "dr",
    "prof",
    "ir",
    "ing",
    "m.b.t",
    "t.a.v",
    "i.p.v",
    "z.g",
    "resp",
    "vgl",
    "zgn",
    "blz",
    "p",
    "pp",
    "e.a",
    "etc",
    "incl",
    "excl",
    "min",
    "max",
    "sept",
    "okt",
    "nov",
    "dec",
    "jan",
    "feb",
    "aug",
    "st",
}
_INITIALS_RE = re.compile(r"(?:\w\.)*\w")  # "a.g", "k.h.d.m", "p"
_SENTENCE_END_RE = re.compile(r"[.!?][»”’\")]*(?=\s+)")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Split running Dutch text into sentences; returns (start, end) offsets into ``text``.

    Offsets rather than strings guarantee that a quote built from a span occurs verbatim
    in the paragraph. Abbreviations (``nr.``, ``jl.``), initials (``A.G.``) and a full stop
    followed by a lower-case word or a digit do not end a sentence. Line breaks (list
    items) always do.
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    candidates: list[int] = []
    for m in _SENTENCE_END_RE.finditer(text):
        end = m.end()
        token = text[: m.start() + 1].rsplit(None, 1)[-1].rstrip(".!?").lstrip("(«\"'").lower()
        nxt = text[end:].lstrip()
        if not nxt:
            continue
        if text[m.start()] == "." and (token in _ABBREVIATIONS or _INITIALS_RE.fullmatch(token)):
            continue
        if not (nxt[0].isupper() or nxt[0] in "«(\"'‘“" or nxt[0].isdigit() and re.match(r"\d+\.\s", nxt)):
            continue
        candidates.append(end)
    candidates += [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    for end in sorted(set(candidates)):
        if end <= start:
            continue
        s, e = _strip_span(text, start, end)
        if e > s:
            spans.append((s, e))
        start = end
    s, e = _strip_span(text, start, n)
    if e > s:
        spans.append((s, e))
    return spans


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in sentence_spans(text)]


@lru_cache(maxsize=1)
def _dutch_stopwords() -> frozenset[str]:
    from bm25s.stopwords import STOPWORDS_DUTCH

    return frozenset(STOPWORDS_DUTCH)


@lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("dutch")


def content_terms(text: str) -> list[str]:
    """Stemmed Dutch content words (stopwords and one-letter tokens removed), in order."""
    stop = _dutch_stopwords()
    words = [w for w in _WORD_RE.findall(text.lower()) if len(w) > 1 and w not in stop]
    return _stemmer().stemWords(words)


def text_terms(text: str) -> list[str]:
    """A document text's content terms and, after them, the compounds a coordination leaves out («kennis-,
    arbeids- en studiemigratie» → «arbeidsmigratie»: ``elided_compounds``). For the text side only: of the
    splits tried most are not words, which costs nothing in a text but would weigh as rare terms in a question."""
    lowered = text.lower()
    terms = content_terms(lowered)
    if "- " in lowered or " -" in lowered:
        terms += _stemmer().stemWords(elided_compounds(lowered))
    return terms


# «kennis-, arbeids- en studiemigratie», «herkomst-, transit- en bestemmingslanden»: the parts before a hyphen share
# the last word's head; «mensensmokkel en -handel»: the part after one shares the first word's modifier.
_FORWARD_ELISION_RE = re.compile(r"((?:\b\w+-,?\s+)+)(?:en|of|and|or)\s+(\w{6,})\b")
_BACKWARD_ELISION_RE = re.compile(r"\b(\w{6,})\s+(?:en|of)\s+-(\w{3,})\b")
_MIN_PART = 3  # the shortest head or modifier a split may leave


def elided_compounds(text: str) -> list[str]:
    """The whole words a coordination with hyphens leaves out: «kennis-, arbeids- en studiemigratie» →
    «kennismigratie», «arbeidsmigratie» (and «mensensmokkel en -handel» → «mensenhandel»). Where the last word
    splits into modifier and head is not known, so every split is tried: the words that are not Dutch
    («arbeidsgratie») match no question term and cost nothing."""
    out: list[str] = []
    for m in _FORWARD_ELISION_RE.finditer(text):
        last = m.group(2)
        heads = [last[i:] for i in range(_MIN_PART, len(last) - _MIN_PART + 1)]
        for part in re.findall(r"(\w+)-", m.group(1)):
            out += [part + head for head in heads]
    for m in _BACKWARD_ELISION_RE.finditer(text):
        first, tail = m.group(1), m.group(2)
        out += [first[:i] + tail for i in range(_MIN_PART, len(first) - _MIN_PART + 1)]
    return out


# «Waar hangt het succes van af?»: a separable verb split in a main clause («hangt … af») is one word where the
# text uses a subordinate clause («… dat het succes mede afhangt van …»). The particle ends the question; the
# finite verb is among the first words after the question word.
_PARTICLE_END_RE = re.compile(r"\b(af|op|aan|uit|mee|toe|terug|door|bij|na|om|in|over|voor)\s*\?\s*$", re.I)


def question_terms(question: str, known: Callable[[str], bool] = lambda term: True) -> list[str]:
    """The question's content terms, plus the joined separable verb («hangt … af» → «afhangt») when it has one.
    The verb is one of the three words after the question word («Hoeveel vluchtelingen vangt Kenia op?»): the
    joined words that ``known`` accepts (a word the corpus uses) count."""
    terms = content_terms(question)
    m = _PARTICLE_END_RE.search(question)
    words = _WORD_RE.findall(question.lower())
    if m:
        terms += [t for w in words[1:4] for t in content_terms(m.group(1).lower() + w) if known(t)]
    return terms


# «Kunt u aangeven hoeveel …?», «Wilt u toelichten waarom …?»: Kamervragen ask politely; what follows is the question
# («aangeven» would be searched for as a word of the stukken, and «Hoeveel …» would not be read as a count).
_POLITE_ASK_RE = re.compile(
    r"^\s*(?:kunt|kan|wilt|zou)\s+u\s+(?:(?:nader|ook|kort)\s+)?(?:aangeven|toelichten|uiteenzetten|zeggen|vertellen|"
    r"melden|verduidelijken|bevestigen|beschrijven|specificeren|uitleggen)\s*,?\s+(?=\w)",
    re.I,
)


def without_politeness(question: str) -> str:
    """The question a polite Kamervraag asks: «Kunt u aangeven hoeveel geld …?» → «Hoeveel geld …?». A question
    that is only the formula («Kunt u aangeven?») is returned as it is."""
    m = _POLITE_ASK_RE.match(question)
    if not m:
        return question
    rest = question[m.end() :]
    return rest[:1].upper() + rest[1:]


# «Waar staat in de brief iets over documentfraude?», «Wat zegt de brief over Somalië?»: looking something up in the
# document. The frame is no question about the letter itself: «brief» would find its opening paragraph («Deze brief
# bestaat uit twee elementen»), «staat» and «zegt» are no topic. What follows «over» is what is looked for.
_DOCUMENT = r"(?:de|het|deze|dit)\s+(?:brief|kamerbrief|stuk|stukken|tekst)"
_DOCUMENT_EN = r"(?:the|this)\s+(?:letter|document|text)"
_LOOKUP_RES = (
    re.compile(
        rf"^\s*waar\s+(?:in\s+{_DOCUMENT}\s+)?(?:staat|staan|gaat|wordt|lees\s+ik)\s+(?:er\s+)?(?:in\s+{_DOCUMENT}\s+)?"
        r"(?:iets\s+|wat\s+)?(?:het\s+)?(?:(?:gesproken|geschreven)\s+)?over\s+(?P<topic>.+?)\s*\??\s*$",
        re.I,
    ),
    re.compile(
        rf"^\s*wat\s+(?:zegt|schrijft|vermeldt|meldt|staat\s+er\s+in)\s+{_DOCUMENT}\s+over\s+(?P<topic>.+?)\s*\??\s*$",
        re.I,
    ),
    re.compile(
        rf"^\s*(?:staat|staan)\s+er\s+(?:in\s+{_DOCUMENT}\s+)?iets\s+over\s+(?P<topic>.+?)(?:\s+in\s+{_DOCUMENT})?\s*\??\s*$",
        re.I,
    ),
    # the same in English: "What does the letter say about remittances?" found the letter's own opening («Deze
    # brief …») by its word «letter»
    re.compile(
        rf"^\s*what\s+does\s+{_DOCUMENT_EN}\s+say\s+(?:about|on)\s+(?:(?:the|a|an)\s+)?(?P<topic>.+?)\s*\??\s*$"
        rf"|^\s*where\s+does\s+{_DOCUMENT_EN}\s+(?:mention|discuss|talk\s+about|deal\s+with|say\s+\w+\s+about)\s+"
        r"(?:(?:the|a|an)\s+)?(?P<topic2>.+?)\s*\??\s*$"
        rf"|^\s*(?:is\s+there\s+anything|does\s+{_DOCUMENT_EN}\s+say\s+anything)\s+(?:in\s+{_DOCUMENT_EN}\s+)?"
        rf"(?:about|on)\s+(?:(?:the|a|an)\s+)?(?P<topic3>.+?)(?:\s+in\s+{_DOCUMENT_EN})?\s*\??\s*$",
        re.I,
    ),
)


def lookup_topic(question: str) -> str | None:
    """What a look-up in the document looks for: «Waar staat in de brief iets over documentfraude?» →
    «documentfraude»; None for any other question."""
    for pattern in _LOOKUP_RES:
        m = pattern.match(question)
        if m:
            return next(topic for topic in m.groups() if topic)
    return None


# «Hoe wordt druk op herkomstlanden volgens de brief concreet uitgeoefend?»: the stukken are the letter, so «volgens de
# brief» names no voice and no topic; searched, «brief» finds the letter's paragraphs about itself.
_PER_DOCUMENT_RE = re.compile(
    rf"(?:\s*,)?\s+volgens\s+{_DOCUMENT}(?!\s+van\b)(?:\s*,)?"
    rf"|(?:\s*,)?\s+according\s+to\s+{_DOCUMENT_EN}(?:\s*,)?",
    re.I,
)


def without_lookup_frame(question: str) -> str:
    """A look-up as what it looks for (:func:`lookup_topic`); any other question without «volgens de brief»."""
    return lookup_topic(question) or _PER_DOCUMENT_RE.sub("", question)


# «Wat houdt meer-voor-meer in?», «Wat betekent maatwerk in …?», «Wat wordt bedoeld met conditionaliteit?» ask what
# «Wat is X?» asks: the verb is the frame, no word to search for («houdt … in» found «Dat houdt dus in dat …»,
# «betekent» a sentence on the approach in general). «Wat betekent X voor Y?» asks what X means to Y: not a frame.
_DEFINITION_RES = (
    re.compile(r"^\s*wat\s+(?P<verb>houdt|houden)\s+(?P<what>.+?)\s+(?:precies\s+|eigenlijk\s+)?in\s*\??\s*$", re.I),
    re.compile(
        r"^\s*wat\s+(?P<verb>betekent|betekenen)\s+(?P<what>(?:(?!(?<![\w-])voor(?![\w-])).)+?)\s*\??\s*$", re.I
    ),
    re.compile(
        r"^\s*wat\s+(?P<verb>wordt|worden)\s+(?:er\s+)?(?:precies\s+|eigenlijk\s+)?(?:bedoeld\s+met|verstaan\s+onder)\s+"
        r"(?P<what>.+?)\s*\??\s*$",
        re.I,
    ),
    # the same asked in a polite formula («Kunt u aangeven wat minder-voor-minder inhoudt?» → «Wat … inhoudt?»)
    re.compile(
        r"^\s*wat\s+(?P<what>(?:(?!(?<![\w-])voor(?![\w-])).)+?)\s+(?P<verb>inhoudt|inhouden|betekent|betekenen)\s*\??\s*$",
        re.I,
    ),
)


def without_definition_frame(question: str) -> str:
    """A question for a definition as «Wat is X?» (``_DEFINITION_RES``); any other question unchanged."""
    for pattern in _DEFINITION_RES:
        m = pattern.match(question)
        if m and m["verb"].lower() in ("houden", "betekenen", "worden", "inhouden"):
            return f"Wat zijn {m['what']}?"
        if m:
            return f"Wat is {m['what']}?"
    return question


# «M&O» is how the ministries write «migratie en ontwikkeling»; the stukken write it out. No search finds it:
# BM25's tokenizer drops «m&o», and e5 does not know it. A compound names the head: «het M&O-budget» is «het budget
# voor migratie en ontwikkeling» (the thesaurus maps words to words; this is a rewrite of the phrase).
_M_EN_O_RE = re.compile(r"(?<![\w&])M&O(?![\w&])(?:-(?P<head>\w+))?", re.I)


# Government and parliamentary abbreviations of what the stukken write out, which no initials rule finds (too short,
# or a compound's initials: a name check looks each up written out); «M&O» is also written out in the question
# (``spelled_out``), the others where the stukken never use them (``ExtractiveAnswerer.with_names_written_out``):
# «het verzoek tijdens het AO» is the «Algemeen Overleg» of the letter.
SPELLED_OUT = {
    "M&O": "migratie en ontwikkeling",
    "OS": "ontwikkelingssamenwerking",
    "AO": "Algemeen Overleg",
    "VAO": "Voortgezet Algemeen Overleg",
    "WGO": "wetgevingsoverleg",
}


def spelled_out(question: str) -> str:
    """The question with the abbreviation «M&O» written out as the stukken write it."""
    full = SPELLED_OUT["M&O"]
    return _M_EN_O_RE.sub(lambda m: f"{m['head']} voor {full}" if m["head"] else full, question)


def what_is_asked(question: str) -> str:
    """The question without the frame it is asked in — a polite formula, a look-up in the document, a request for
    a definition — and with «M&O» written out, as it is searched and answered."""
    return spelled_out(without_definition_frame(without_lookup_frame(without_politeness(question))))


def clean_question(text: str) -> str:
    """Remove control characters (keeping ordinary whitespace as spaces) and collapse whitespace."""
    kept = []
    for ch in text:
        cat = unicodedata.category(ch)
        if ch in "\t\n\r" or cat == "Zs":
            kept.append(" ")
        elif cat.startswith("C"):
            continue
        else:
            kept.append(ch)
    return re.sub(r"\s+", " ", "".join(kept)).strip()


_ENGLISH_FUNCTION_WORDS = frozenset(
    "the a an of to and on for with about what which who whom whose how why when where does do did are "
    "were has have its it this that these those be been can could should would will government letter much many "
    "by at as or from into than not no all any each every some there their they them our your you also only such "
    "other more most out up".split()
)
# Frequent English content words of questions that are not Dutch words ("Which organisations carry out return
# projects?" has one function word). Counted only in lower case: «Business Support Organisations» is a name.
_ENGLISH_CONTENT_WORDS = frozenset(
    "get gets give gives given make makes made say says said think thinks want wants need needs happen happened "
    "happens carry carries carried take takes taken support supports supported recommend recommends mention "
    "mentions mentioned agree agrees explain describe organisations organizations countries country people "
    "return returns year years money".split()
)
# Function words of both languages: they count towards the share, but alone do not make a question English
# («In welke landen is geïnvesteerd in …?» is Dutch).
_SHARED_FUNCTION_WORDS = frozenset("in is was had".split())


def looks_english(text: str) -> bool:
    """A cheap language guess for questions: mostly English function words → English."""
    found = _WORD_RE.findall(text)
    words = [w.lower() for w in found]
    hits = sum(w in _ENGLISH_FUNCTION_WORDS for w in words)
    # content words count in lower case only: «Business Support Organisations» is a name in a Dutch question; the
    # glossary knows English content words that no list here has («managing migration flows»)
    hits += sum(
        w in _ENGLISH_CONTENT_WORDS or (w not in _ENGLISH_FUNCTION_WORDS and english_only(w))
        for i, w in ((i, w.lower() if i == 0 else w) for i, w in enumerate(found))
        if i == 0 or w.islower()
    )
    shared = sum(w in _SHARED_FUNCTION_WORDS for w in words)
    # one English word typed alone («remittances») is English too
    # a fifth: English questions have content words no glossary lists ("Which Dutch service accompanies departing
    # rejected asylum seekers?" has two words it knows in eight); over the gold questions no Dutch one comes near
    return (hits >= 2 or hits == len(words) == 1) and hits + shared >= 0.2 * len(words)


_NUMBER_WORDS = (
    r"één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|twintig|dertig|veertig|vijftig|"
    r"honderd|duizend|miljoen|miljard|vijftien|helft|procent|two|three|four|five|ten|million|billion"
)
_MONTHS = r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december"
# a number that is not just a year («in 2014» does not answer «hoeveel»)
_A_NUMBER_RE = re.compile(rf"\d+(?:[.,]\d+)*(?<!\b1[89]\d\d)(?<!\b20\d\d)(?!\d)|\b({_NUMBER_WORDS})\b", re.I)
# Offices only a person holds: «Wie is de voorzitter van …?» asks for a person (answer type «person»).
_OFFICES_NL = (
    r"voorzitter|directeur|minister|staatssecretaris|ambassadeur|secretaris|commissaris|rapporteur|woordvoerder|"
    r"president|premier|leider|hoofd"
)
_OFFICES_EN = (
    r"chair\w*|director|minister|state\s+secretary|ambassador|secretary|commissioner|rapporteur|spokes\w+|"
    r"president|leader|head"
)
# What a «Welke …?» question wants named (answer type «named», :func:`asked_named`)
_NAMED_NL = r"ambassades|organisaties|ngo\W?s|instanties|gemeenten|steden|bedrijven|ondernemingen|werkgevers"
_NAMED_EN = r"embassies|organi[sz]ations|ngos|cities|companies|employers"
_NAMES_OF = r"(?:hoe\s+heten|welke\s+namen\s+hebben|wat\s+zijn\s+de\s+namen\s+van)\s+(?:de|die|deze)\s+"
_TYPES = {
    # Checked first: «Hoeveel procent …?» / "What is the … rate?" wants a percentage, not any number
    # (a debate's «plaats 105» does not answer "What is the unemployment rate?").
    "percentage": (
        re.compile(r"\b(hoeveel\s+procent|percent(?:age)?|rate)\b", re.I),
        re.compile(r"\d\s*%|\b(procent|percent|per\s+cent|procentpunt\w*)\b", re.I),
    ),
    # «Wat kost …?», «Hoeveel geld …?» wants an amount of money: «vier beleidsprioriteiten» does not answer it.
    "amount": (
        re.compile(
            r"^\s*(?:wat\s+kost|wat\s+kosten|hoeveel\s+(?:\w+\s+)?(?:geld|euro|miljoen|miljard|budget|(?:[\w-]*-)?middelen|financiering|subsidie)|hoe\s+(?:duur|groot\s+(?:is|was)\s+het\s+budget)|"
            r"(?:wat|hoe\s+hoog)\s+(?:zijn|waren|is|was)\s+de\s+(?:totale\s+|jaarlijkse\s+)?kosten\b|"
            r"welk\s+budget\b|(?:wat|hoe\s+hoog)\s+(?:is|was)\s+het\s+budget\b|welk\s+bedrag\b|"
            r"welk\s+(?:deel|aandeel)\s+van\s+(?:het|de)\s+(?:[\w-]*budget|[\w-]*middelen|geld)\b|"
            r"how\s+much\s+(?:money|funding|budget)|what\s+does\b.*\bcost|"
            # "What is the budget of the African Diaspora Policy Center?" asks an amount as «Wat is het budget» does
            r"(?:what|how\s+(?:large|big|high))\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+)?(?:budget|costs?)\b)\b",
            re.I,
        ),
        re.compile(r"\b(euro|dollar|EUR)\b|[€$]", re.I),
    ),
    # «Wie is de voorzitter van …?» wants a person's name («K.H.D.M. Dijkhoff», «Fritsma (PVV)»), not the
    # body's paragraph: the role nouns are those only a person holds.
    "person": (
        re.compile(
            r"^\s*(?:wie\s+(?:is|was|zijn|waren)\s+(?:(?:in|op|sinds|tot)\s+\S+\s+|nu\s+|toen\s+)?(?:de|het)\s+(?:\w+\s+)?"
            rf"(?:{_OFFICES_NL}|ondertekenaars?)\b"
            # the members: «Wie zit er in de ACVZ?», «Wie zaten er in de commissie?»
            r"|wie\s+(?:zit|zitten|zat|zaten)\s+(?:er\s+)?in\b"
            rf"|who\s+(?:is|was|are|were)\s+the\s+(?:\w+\s+)?(?:{_OFFICES_EN}|signator\w*))",
            re.I,
        ),
        # initials and surname, or a member with her party («Fritsma (PVV)»; «(ACVZ)», «(VenJ)» are bodies)
        re.compile(
            r"\b(?:[A-Z]\.){1,5}\s*[A-Z][a-z]+|\b[A-Z][a-z]+\s+\((?:PVV|VVD|CDA|D66|SP|PvdA|GL|GroenLinks|CU|"
            r"ChristenUnie|SGP|PvdD|50PLUS|DENK|FvD|JA21|BBB|NSC)\)"
        ),
    ),
    # «Hoeveel landen / organisaties …?» counts named things: «Irak, Afghanistan en Pakistan» answers it by
    # enumeration as well as a number does.
    "named-count": (
        re.compile(
            r"^\s*(?:hoeveel|how\s+many)\s+(?:\w+\s+)?(?:landen|lidstaten|organisaties|ngo\W?s|ministeries|"
            r"departementen|partijen|gemeenten|steden|instanties|bewindspersonen|countries|organi[sz]ations)\b",
            re.I,
        ),
        _A_NUMBER_RE,
    ),
    # «Hoeveel mensen / visa …?» counts people or things: an amount of money is no such count («En hoeveel
    # mensen zijn daarmee al teruggekeerd?» after a question on a budget), nor is a list item's label («4.»),
    # nor an enumeration of countries («Hoeveel asielzoekers …?»).
    "count": (
        re.compile(
            # «Hoeveel kwam erbij?», «Hoeveel blijft er over?»: a verb after «hoeveel» counts nothing named
            r"^\s*(?:hoeveel|how\s+many)\s+(?!geld\b|euro|budget|procent|tijd\b|van\b|daarvan\b|is\b|zijn\b|was\b|waren\b|"
            r"kost|bedraagt|bedroeg|keer\b|wordt\b|werd\b|worden\b|werden\b|gaat\b|ging\b|gaan\b|gingen\b|komt\b|kwam\b|"
            r"komen\b|kwamen\b|blijft\b|bleef\b|blijven\b|bleven\b|staat\b|stond\b|staan\b|stonden\b|heeft\b|had\b|"
            r"hebben\b|hadden\b|money|of\b)\w+",
            re.I,
        ),
        _A_NUMBER_RE,
    ),
    "number": (
        # «Hoe groot is de aandacht / de rol / het belang …?» asks how much in words («slechts beperkt»), not a number
        re.compile(
            r"^\s*(hoeveel(?!\s+tijd\b)|hoe\s+(?:veel|hoog|vaak)|"
            r"hoe\s+groot(?!\s+(?:is|was|zijn|waren)\b[^?]{0,40}?\b(?:de|het)\s+(?:\w+\s+)?(?:aandacht|rol|belang|invloed|bereidheid|"
            r"betrokkenheid|bewustzijn|kans|risico|druk|steun|effect|prioriteit)\b)|"
            # «Welk deel daarvan …?», "What share of it …?": a part of what the conversation counted
            r"welk\s+(?:deel|aandeel)\s+daarvan|what\s+(?:share|part|portion|proportion)\s+of\s+(?:it|that|this)|"
            r"how\s+(?:much|many|often))\b",
            re.I,
        ),
        _A_NUMBER_RE,
    ),
    # «Welke landen …?» wants the countries named («Irak, Afghanistan en Pakistan») or the kinds of country
    # listed («herkomst-, transit- en bestemmingslanden»): a sentence that only says «herkomstlanden» does not
    # tell which («Welke landen weigeren hun onderdanen terug te nemen?» is not answered in the stukken). So does
    # «Welke herkomstlanden …?»: a compound of «landen» asks the same.
    "countries": (
        re.compile(
            r"^\s*(?:(?:in|met|uit|aan|naar|voor|van|tussen|bij)\s+)?welke\s+(?:\w+\s+)?(?:\w*landen|lidstaten)\b"
            r"|^\s*(?:(?:in|with|to|from)\s+)?which\s+(?:\w+\s+)?(?:countries|member\s+states)\b",
            re.I,
        ),
        re.compile(
            r"\b[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+)+,?\s+(?:en|of)\s+[A-Z][\w’'-]+"
            r"|\b\w+-,\s+(?:\w+-,?\s+)*(?:en|of)\s+\w*landen\b"
            # … or the countries described where the stukken name none: «worden uitgevoerd in landen die kampen met
            # specifieke uitdagingen op het gebied van migratie»
            r"|\bin\s+landen\s+die\b"
        ),
    ),
    # «Welke ambassades / organisaties …?» wants them named: «verschillende ngo’s» or «de ambassades van hun
    # herkomstlanden» names none. A name here is a capitalised word inside the sentence, «Nederland» aside.
    "named": (
        re.compile(
            rf"^\s*(?:(?:in|met|uit|aan|naar|voor|van|bij|door)\s+)?welke\s+(?:\w+\s+)?(?:{_NAMED_NL})\b"
            # their names asked: «Hoe heten de ngo’s …?», «Welke namen hebben de ngo’s …?»
            rf"|^\s*{_NAMES_OF}(?:\w+\s+)?(?:{_NAMED_NL})\b"
            rf"|^\s*(?:(?:in|with|by|to|from)\s+)?which\s+(?:\w+\s+)?(?:{_NAMED_EN})\b",
            re.I,
        ),
        re.compile(r"(?<=[a-z,;)»]\s)(?!Nederland\b|Nederlandse\b)[A-Z][\w’'&-]+"),
    ),
    # «Hoe heet het advies …?», «Wat is de titel van …?» wants its name: a title in guillemets («Tussen wens en
    # werkelijkheid») or a name of capitalised words (Global Forum for Migration and Development). The sentence that
    # names the advice without its title does not answer it («De ACVZ heeft een brede consultatie uitgevoerd …»).
    "title": (
        re.compile(
            r"^\s*(?:hoe\s+(?:heet|heette|heten|heetten)|(?:wat|welke)\s+(?:is|was)\s+de\s+(?:titel|naam)\s+van\s+(?:de|het)\s+(?:\w+\s+)?(?:\w+-)?"
            r"(?:advies|rapport|brief|notitie|evaluatie|actieplan|programma|project|netwerk|instrument)"
            r"|onder\s+welke\s+(?:titel|naam)|what\s+(?:is|was)\s+the\s+(?:title|name)\s+of\s+the\s+(?:\w+\s+)?"
            r"(?:advice|report|letter|evaluation|action\s+plan|programme|program|project|network)|what\s+(?:is|was)\s+.+\s+called)\b",
            re.I,
        ),
        re.compile(r"«[^»]{3,}»|\b[A-Z][\w’'-]+(?:\s+(?:van|voor|for|and|of|en)?\s*[A-Z][\w’'-]+){2,}"),
    ),
    "date": (
        re.compile(
            r"^\s*(wanneer|sinds\s+wanneer|(?:op|sinds|vanaf|tot)\s+welke\s+(?:dag|datum)|(?:in|sinds|vanaf)\s+welk\s+jaar|"
            # a stretch of time is told by its dates («Hoeveel tijd zat er tussen het verzoek en het advies?»)
            r"welk\s+jaar|hoeveel\s+tijd|hoe\s*lang|when|since\s+when|in\s+which\s+year|how\s+long|"
            r"(?:on\s+)?(?:what|which)\s+(?:day|date))\b",
            re.I,
        ),
        re.compile(
            # a year, a month, «jl.» — or a stretch of time counted back («sinds een aantal jaren», «de afgelopen
            # decennia»): «Sinds wanneer wordt ingezet op wijziging van de verdragen?» has no other answer
            rf"\b(1[89]\d\d|20\d\d|jl\.|{_MONTHS}"
            r"|sinds\s+(?:een\s+aantal|enkele|vele|geruime|lange)\s+(?:jaren|jaar|tijd|maanden|decennia)"
            r"|(?:de\s+)?afgelopen\s+(?:jaren|decennia|maanden))\b",
            re.I,
        ),
    ),
}


# «Wanneer kan negatieve conditionaliteit effectief zijn?» asks under which condition, not on which date:
# «wanneer» + a modal or «is» + a judging adjective (or a verb of working) as the predicate.
_CONDITION_RE = re.compile(
    r"^\s*(?:wanneer|when)\s+(?:kan|kunnen|mag|mogen|moet|moeten|is|zijn|can|may|should|are)\b.*\b"
    r"(?:effectief|nuttig|zinvol|nodig|toegestaan|gerechtvaardigd|wenselijk|verstandig|passend|proportioneel|"
    # … or a verb of working: «Wanneer kan een negatieve prikkel toch effect hebben?», "When can sanctions work?"
    r"effect|werken|helpen|slagen|succesvol|"
    r"effective|useful|justified|necessary|appropriate|work|help|succeed)\b(?:\s+\w+){0,4}\s*\??\s*$"
    # … or the verb of working itself: «Wanneer werkt negatieve conditionaliteit volgens de ACVZ?», also carried
    # into a later part of the question («… en wanneer volgens het kabinet (werkt negatieve conditionaliteit)»)
    r"|^\s*wanneer\s+(?:[^?(]*\(\s*)?(?:werkt|werken|helpt|helpen|slaagt|slagen|loont|lonen)\b",
    re.I,
)


# «Wanneer verschijnt de volgende voortgangsrapportage?» asks about something still to come: a date the
# document looks back on (the previous report, another letter) does not answer it.
# «de volgende rapportage», «Wanneer wordt … opnieuw geëvalueerd?»: a time still to come
_FUTURE_QUESTION_RE = re.compile(
    r"\b(?:volgende|komende|eerstvolgende|gepland|opnieuw|nogmaals|herha\w*|next|upcoming|planned|again|repeat\w*)\b"
    r"|^\s*when\s+(?:will|shall)\b",
    re.I,
)
_FUTURE_PHRASE_RE = re.compile(
    r"\b(?:volgend|komend)\s+(?:jaar|voorjaar|najaar|kwartaal)|\bkomende\s+(?:maanden|weken|periode)\b"
    r"|\b(?:voor|na)\s+de\s+(?:zomer|kerst)\b|\b(?:eind|einde)\s+van\s+dit\s+jaar\b|\bbinnenkort\b",
    re.I,
)


# «Wanneer is de brief verstuurd?», «Van wanneer is deze brief?», "When was the letter sent?": the date of the
# document itself, which a letter's text does not state (it is in the publication's metadata).
_OWN_DATE_RE = re.compile(
    r"^\s*(?:wanneer|van\s+wanneer|op\s+welke\s+datum|welke\s+datum|when)\b[^?]*?\b(?:de|deze|the|this)\s+"
    r"(?:kamer)?(?:brief|letter)\s*(?:(?:is|werd|was|heeft)\s+)?(?:\w+\s+)?"
    r"(?:verstuurd|gestuurd|verzonden|geschreven|gedateerd|ondertekend|gepubliceerd|verschenen|sent|written|dated|"
    r"published|signed|dateren|gedagtekend)?\s*\??\s*$",
    re.I,
)


def asks_own_date(question: str) -> bool:
    """Does the question ask the date of the document itself («Wanneer is de brief verstuurd?»)?"""
    return bool(_OWN_DATE_RE.match(question))


def dutch_date(iso: str) -> str:
    """'2015-11-05' → '5 november 2015' (the input unchanged when it is not an ISO date)."""
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", iso)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return iso
    return f"{int(m.group(3))} {_MONTHS.split('|')[int(m.group(2)) - 1]} {m.group(1)}"


# «Wanneer krijgt de Kamer een nieuwe rapportage?», «Wanneer treedt de nieuwe wet in werking?»: something new,
# asked in the present tense, is still to come («Wanneer verscheen de nieuwe visie?» looks back).
_NEW_QUESTION_RE = re.compile(r"\bnieuwe?\b", re.I)
_PRESENT_WANNEER_RE = re.compile(
    r"^\s*wanneer\s+(?:(?!(?:is|was|werd|heeft|hebben|kwam|kreeg|dacht|bracht|mocht|moest|wist)\b)\w+t|gaan|komen|zal|"
    r"zullen|worden)\b",
    re.I,
)


def asks_future(question: str) -> bool:
    """Does the question ask about something still to come («de volgende rapportage», «volgend jaar», "next",
    «Wanneer krijgt de Kamer een nieuwe rapportage?»)?"""
    return bool(
        _FUTURE_QUESTION_RE.search(question)
        or _FUTURE_PHRASE_RE.search(question)  # «Komt er volgend jaar weer een rapportage?»
        or (_NEW_QUESTION_RE.search(question) and _PRESENT_WANNEER_RE.match(question))
    )


def names_future(sentence: str, written: str | None) -> bool:
    """Does the sentence name a time after ``written`` (its document's ISO date): a later year, or a phrase
    such as «volgend jaar», «voor de zomer»? Without a known date only the phrases count."""
    if _FUTURE_PHRASE_RE.search(sentence):
        return True
    if not written:
        return False
    year = int(written[:4])
    return any(int(y) > year for y in re.findall(r"\b(?:19|20)\d\d\b", sentence))


_LEADING_CONJUNCTION_RE = re.compile(r"^\s*(?:en|maar|of|ook|and|but)\s+", re.I)
# «Met hoeveel organisaties …?», «In how many countries …?» ask a count as «Hoeveel organisaties …?» does
_PREPOSITION_BEFORE_COUNT_RE = re.compile(
    r"^\s*(?:met|in|aan|bij|van|voor|op|uit|naar|over|tot|with|for|to|from|of|by)\s+(?=(?:hoeveel|how\s+(?:many|much))\b)",
    re.I,
)


# What staff type into a search box is no sentence: «aantal gedwongen terugkeerders 2015», «datum aanbieding acvz
# advies». It has no question word to say what it wants; a noun naming the kind of answer does.
_CLOSING_PUNCTUATION_RE = re.compile(r"[?!.:]\s*$")
_SENTENCE_WORDS = frozenset(
    "de het een die dat deze dit wat wie hoe welke welk wanneer waarom waar hoeveel is zijn was waren wordt worden "
    "heeft hebben kan kunnen zal zullen moet moeten geef noem som beschrijf leg vat licht".split()
)
_KEYWORD_TYPE_RES = (
    # «speciaal budget m&o sinds» asks since when, before «budget» asks an amount
    (re.compile(r"^(?P<pre>.+?)\s+(?P<noun>sinds)(?P<rest>)$", re.I), "sinds wanneer "),
    (re.compile(r"^(?P<pre>.*?)\b(?P<noun>datum|data|dag|jaartal)\b(?P<rest>.*)$", re.I), "wanneer "),
    (re.compile(r"^(?P<pre>.*?)\b(?P<noun>aantal(?:len)?)\b(?P<rest>.*)$", re.I), "hoeveel "),
    (re.compile(r"^(?P<pre>.*?)\b(?P<noun>kosten|bedrag|bedragen|budget|geld)\b(?P<rest>.*)$", re.I), "welk bedrag "),
)


def keyword_query(question: str) -> bool:
    """Typed as keywords, not asked as a sentence: one to eight words, no closing punctuation, and none of the
    words a Dutch sentence or question is made with (an article, a question word, a verb that opens one)."""
    if _CLOSING_PUNCTUATION_RE.search(question) or looks_english(question):
        return False
    return 1 <= len(question.split()) <= 8 and not any(w in _SENTENCE_WORDS for w in _WORD_RE.findall(question.lower()))


def _keyword_reading(question: str) -> tuple[str, str] | None:
    """A keyword query with a type noun: (the question it stands for, the noun as typed), else None."""
    if not keyword_query(question):
        return None
    for pattern, asks in _KEYWORD_TYPE_RES:
        m = pattern.match(question.strip())
        if m:
            return asks + " ".join(" ".join(m.group("pre", "rest")).split()), m.group("noun")
    return None


def _as_asked(question: str) -> str:
    """A keyword query as the question its type noun asks («aantal gedwongen terugkeerders 2015» → «hoeveel
    gedwongen terugkeerders 2015»), so that the questions' patterns read it; anything else unchanged."""
    reading = _keyword_reading(question)
    return reading[0] if reading else question


def keyword_type_noun(question: str) -> str | None:
    """The noun by which a keyword query asks its type («kosten» of «kosten geldovermakingen»), else None. It is
    a keyword too: the query may be about the costs rather than ask their amount."""
    reading = _keyword_reading(question)
    return reading[1] if reading else None


def answer_type(question: str) -> str | None:
    """'amount', 'percentage', 'person', 'named-count', 'count', 'number', 'countries', 'named' or 'date' when
    the question asks for one, else None. A keyword query asks by its type noun (``keyword_query``)."""
    question = _as_asked(question)
    question = _LEADING_CONJUNCTION_RE.sub("", question)  # «En hoeveel daarvan …?» asks as «Hoeveel daarvan …?»
    question = _PREPOSITION_BEFORE_COUNT_RE.sub("", question)
    for kind, (asks, _) in _TYPES.items():
        if asks.search(question):
            return None if kind == "date" and _CONDITION_RE.search(question) else kind
    return None


# Numbers that name something rather than count it: a reference («nr. 101», «item 8», «Kamerstuk 19 637»,
# «COM (2015) 453», «2014/15», «p. 3») or a day of a date («26 juni»). «Hoeveel …?» is not answered by them.
_NAMING_NUMBER_RE = re.compile(
    rf"\b\d{{4}}/\d{{2,4}}"
    rf"|\b(?:nrs?\.|items?|artikel|art\.|p\.|pagina|Kamerstuk(?:ken)?)\s*\d+(?:(?:[\s,-]+|\s+en\s+)(?:nrs?\.\s*)?\d+)*"
    rf"|\bCOM\s*\(\d{{4}}\)\s*\d+|\b\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{_MONTHS})\b",
    re.I,
)


# Something the reader counts: «in Irak, Afghanistan en Pakistan» (three or more names), or a list
# introduction («… de volgende beleidsprioriteiten geformuleerd:») whose numbered or dashed items follow.
_ENUMERATION_RE = re.compile(r"\b[A-Z][\w’'-]+(?:,\s+[A-Z][\w’'-]+)+,?\s+(?:en|of)\s+[A-Z][\w’'-]+")
_LIST_ITEM_START_RE = re.compile(r"\s*\n\s*(?:\d{1,2}\.|[-–•])\s")
# … of names of more than one word, their asides left out: «namelijk de Ministeries van Veiligheid en Justitie
# (VenJ) (inclusief …), Buitenlandse Zaken (BZ) (…) en Financiën (FIN)» names three ministries
_NAME = r"[A-Z][\w’'-]+(?:\s+(?:van\s+|voor\s+)?[A-Z][\w’'-]+)*"
_NAMES_ENUMERATION_RE = re.compile(rf"\b{_NAME}(?:\s+en\s+{_NAME})?(?:\s*,\s+{_NAME})+,?\s+(?:en|of)\s+{_NAME}")
_PARENTHESES_RE = re.compile(r"\s*\([^()]*\)")


def _without_parentheses(text: str) -> str:
    """The text without its asides in parentheses, nested ones too."""
    while True:
        shorter = _PARENTHESES_RE.sub("", text)
        if shorter == text:
            return text
        text = shorter


_LIST_LABEL_RE = re.compile(r"^\s*\d{1,2}\.\s")  # «4. Blijf inzetten op …»: a label, not a count
_MONEY_RE = re.compile(
    rf"(?:€\s*)?(?:\d+(?:[.,]\d+)*|\b(?:{_NUMBER_WORDS}))(?:\s+(?:miljoen|miljard|duizend))?\s+(?:euro|dollar)\b|€\s*\d+(?:[.,]\d+)*",
    re.I,
)


# «Hoeveel keer …?»: any number answers. «Hoeveel mensen …?» is answered by a number of people in other words
# («5.000 vreemdelingen»), not by «drie thema's».
_ANY_COUNTED = frozenset(content_terms("keer stuks"))
_PEOPLE = frozenset(content_terms("mensen personen"))
_PEOPLE_NOUNS = frozenset(
    content_terms(
        "mensen personen vreemdelingen asielzoekers migranten terugkeerders vluchtelingen onderdanen burgers "
        "leden ambtenaren medewerkers deelnemers kinderen mannen vrouwen Nederlanders"
    )
)
_COUNTED_RE = re.compile(r"^\s*(?:(?:en|maar|ook)\s+)?hoeveel\s+(\w+(?:[’']s)?)(?:\s+(\w+(?:[’']s)?))?", re.I)


def counted(question: str) -> frozenset[str]:
    """What a Dutch «Hoeveel <noun> …?» counts: the stems of the (at most two) words after «hoeveel»
    («Hoeveel gedwongen terugkeerders …?»), empty when any count may answer it."""
    m = _COUNTED_RE.match(_as_asked(question))
    if not m or looks_english(question):
        return frozenset()
    stems = frozenset(content_terms(" ".join(g for g in m.groups() if g)))
    if stems & _ANY_COUNTED:
        return frozenset()
    return stems | _PEOPLE_NOUNS if stems & _PEOPLE else stems


def _counts_other_thing(sentence: str, number: re.Match[str], what: frozenset[str]) -> bool:
    """Is this number followed by a noun that is not what the question counts? «twee elementen» does not
    answer «Hoeveel leden …?»; «drie thema's» answers «Hoeveel thema's …?», «vier beleidsprioriteiten» answers
    «Hoeveel prioriteiten …?» (a compound ends in the counted word)."""
    following = content_terms(sentence[number.end() : number.end() + 40])[:2]
    if not following:
        return False
    return not any(f.endswith(w) or w.endswith(f) for f in following for w in what)


_ROLE_RE = re.compile(rf"\b({_OFFICES_NL}|{_OFFICES_EN})\b", re.I)
_ROLE_IN_DUTCH = {
    "chair": "voorzitter", "director": "directeur", "state secretary": "staatssecretaris", "ambassador": "ambassadeur",
    "secretary": "secretaris", "commissioner": "commissaris", "spokes": "woordvoerder", "leader": "leider",
    "head": "hoofd",
}  # fmt: skip


def asked_role(question: str) -> str | None:
    """The office a «Wie is de voorzitter van …?» question asks the holder of, in Dutch («voorzitter»); None when
    it asks none («Wie heeft de brief ondertekend?»)."""
    m = _ROLE_RE.search(question)
    if not m:
        return None
    role = re.sub(r"\s+", " ", m.group(1).lower())
    return next((nl for en, nl in _ROLE_IN_DUTCH.items() if role.startswith(en)), role)


_NAMED_NOUN_RE = re.compile(rf"\b(?:(?:welke|which)\s+|{_NAMES_OF})(?:\w+\s+)?({_NAMED_NL}|{_NAMED_EN})\b", re.I)
_NAMED_IN_DUTCH = {"embassies": "ambassades", "organisations": "organisaties", "organizations": "organisaties",
                   "ngos": "ngo's", "cities": "steden", "companies": "bedrijven",
                   "employers": "werkgevers"}  # fmt: skip
# «verschillende ngo’s», «een aantal bedrijven»: the text says there are some, without naming them
_UNNAMED_RE = re.compile(r"\b(?:verschillende|enkele|diverse|meerdere|andere|een\s+aantal|vele|veel)\s+(\w+)", re.I)


def _names_none_of(sentence: str, what: frozenset[str]) -> bool:
    """Does the sentence speak of what is asked without naming it: «verschillende ngo’s», «IOM en ngo’s» (a plural
    in lower case with no name after it — «ngo’s als …», «de ambassades van Marokko en …» do name them)?"""
    if any(set(content_terms(m.group(1))) & what for m in _UNNAMED_RE.finditer(sentence)):
        return True
    for m in _WORD_RE.finditer(sentence):
        word = m.group(0)
        if word.islower() and set(content_terms(word)) & what:
            if not re.match(
                r"[’']?s?\s*(?:(?:als|zoals|van|in|uit|:|,)\s*)?(?:de\s+|het\s+)?[A-Z]", sentence[m.end() :]
            ):
                return True
    return False


def asked_named(question: str) -> frozenset[str]:
    """The stem of what a «Welke ngo’s / organisaties …?» question wants named («ngo»), else empty."""
    m = _NAMED_NOUN_RE.search(question)
    if not m:
        return frozenset()
    noun = m.group(1).lower().replace("’", "'")
    return frozenset(content_terms(_NAMED_IN_DUTCH.get(noun, noun)))


def carries(kind: str, sentence: str, after: str = "", what: frozenset[str] = frozenset()) -> bool:
    """Does the sentence contain an answer of this type (an amount of money, a percentage, a person's name,
    a number, a date)? For a number, ``after`` (the text following the sentence) lets a list introduction
    count: «Hoeveel beleidsprioriteiten …?» is answered by the list of them. ``what``: for a count, the
    stems of what is counted (:func:`counted`); a number of something else does not answer it. For «named»,
    ``what`` is what must be named (:func:`asked_named`): a sentence that speaks of «verschillende ngo’s» says
    they are not named, whatever other name it holds."""
    if kind == "named" and what:
        # the names must be of the kind asked: the sentence speaks of it («Internationale Organisatie …» for
        # «Welke organisaties …?»; the DT&V is no ngo), and not as unnamed
        low = sentence.lower()
        if not any(w.rstrip("s") in low for w in what) or _names_none_of(sentence, what):
            return False
    if kind in ("count", "named-count"):
        sentence = _LIST_LABEL_RE.sub(" ", _MONEY_RE.sub(" ", sentence))
        if kind == "named-count" and (
            _ENUMERATION_RE.search(sentence) or _NAMES_ENUMERATION_RE.search(_without_parentheses(sentence))
        ):
            return True
        if what:
            plain = _NAMING_NUMBER_RE.sub(" ", sentence)
            if not any(not _counts_other_thing(plain, m, what) for m in _A_NUMBER_RE.finditer(plain)):
                return plain.rstrip().endswith(":") and bool(_LIST_ITEM_START_RE.match(after))
        kind = "number" if kind == "named-count" else "count"
    if kind in ("number", "count"):
        sentence = _NAMING_NUMBER_RE.sub(" ", sentence)
        if sentence.rstrip().endswith(":") and _LIST_ITEM_START_RE.match(after):
            return True
        if kind == "number" and _ENUMERATION_RE.search(sentence):
            return True
    return bool(_TYPES[kind][1].search(sentence))


_SOURCE_QUESTION_RE = re.compile(
    r"\b(welke?\s+(?:\w+\s+)?(?:kamer)?stuk(ken)?|verwijs\w*|verwezen|bron|bronnen|voetnoot|vindplaats\w*|"
    r"which\s+document|source|footnote)\b",
    re.I,
)


# What names one thing exactly: a date («8 september 2015», «25–26 juni 2015»), a Kamerstuk or COM number.
_IDENTIFIER_RE = re.compile(
    rf"\b\d{{1,2}}(?:\s*[–-]\s*\d{{1,2}})?\s+(?:{_MONTHS})(?:\s+\d{{4}})?\b"
    r"|\bKamerstuk(?:ken)?\s+\d+\s+\d+(?:-[\dA-Z]+)?,\s+nrs?\.\s+\d+"
    r"|\bCOM\s*\(\d{4}\)\s*\d+",
    re.I,
)


def identifiers(text: str) -> list[str]:
    """The exact names in a text that BM25 splits into common tokens: dates, Kamerstuk and COM numbers
    (normalised for matching)."""
    return [normalise_for_match(m.group(0)) for m in _IDENTIFIER_RE.finditer(text)]


# «Wat adviseert de ACVZ …?», «Wat raadt de ACVZ aan …?», "What does the ACVZ recommend …?": the advice asked
# for is, first of all, a report's numbered recommendations. The noun «advies» / "advice" is not: it names the
# whole report («het ACVZ-advies», "the ACVZ's advice on negative conditionality").
_ADVICE_RE = re.compile(
    r"\b(?:adviseer\w*|adviseert|adviseren|adviseerde\w*|advises|advised|advise|aanbevel\w*|beveelt|raadt|raden|"
    r"recommend\w*)\b",
    re.I,
)


def asks_advice(question: str) -> bool:
    """Does the question ask what is advised or recommended?"""
    return bool(_ADVICE_RE.search(question))


_REASON_QUESTION_RE = re.compile(
    r"^\s*(?:(?:en|maar)\s+)?(?:waarom|om\s+welke\s+reden(?:en)?|wat\s+is\s+de\s+reden|hoe\s+komt\s+het|why|for\s+what\s+reason)\b",
    re.I,
)
# A cause, a purpose or a consequence said in so many words: «omdat», «zodat», «daarmee», «om … te …».
_REASON_RE = re.compile(
    r"\b(?:omdat|want|immers|doordat|zodat|vanwege|dankzij|daarom|daardoor|daarmee|hierdoor|hiermee|reden|"
    r"naar\s+aanleiding\s+van|because|since|so\s+that)\b|\bom\s+(?:\S+\s+){1,8}?te\s+\w",
    re.I,
)


# «Om deze reden …», «Daarom …», «Vandaar …»: the sentence before is the reason, this one what follows from it.
_BECAUSE_OF_THAT_RE = re.compile(r"\b(?:om\s+(?:deze|die)\s+reden(?:en)?|daarom|daardoor|hierdoor|vandaar)\b", re.I)


def follows_from_previous(sentence: str) -> bool:
    """Does the sentence state a consequence of the one before it («Om deze reden …», «Daarom …»)?"""
    return bool(_BECAUSE_OF_THAT_RE.search(sentence))


def opens_with_consequence(sentence: str) -> bool:
    """Does the sentence open by stating a consequence of the one before («Om deze reden wordt …»)? It is then no
    answer without that one."""
    return bool(_BECAUSE_OF_THAT_RE.match(sentence))


# «Onder welke voorwaarden …?», «In welke gevallen …?», «Wanneer kan … effectief zijn?» ask a condition; a
# sentence states one with «mits», «indien», «op voorwaarde dat», «tenzij», «in bepaalde gevallen».
_CONDITION_QUESTION_RE = re.compile(
    r"\b(?:onder\s+welke\s+(?:voorwaarden?|omstandigheden)|in\s+welke\s+gevallen|op\s+welke\s+voorwaarden?|"
    r"under\s+what\s+(?:conditions?|circumstances)|in\s+which\s+cases)\b",
    re.I,
)
_CONDITION_GIVEN_RE = re.compile(
    r"\b(?:mits|indien|tenzij|op\s+voorwaarde|in\s+bepaalde\s+gevallen|provided|unless)\b", re.I
)


# «Wat is nieuw aan het actieplan?», "What is new about …?" asks what a document does for the first time; a sentence
# says so in so many words («Daarbij wordt voor het eerst ook de inzet van conditionaliteit expliciet genoemd»).
_NOVELTY_QUESTION_RE = re.compile(
    r"\b(?:wat\s+is\s+(?:er\s+)?(?:nieuw|vernieuwend)|wat\s+(?:staat|komt)\s+er\s+voor\s+het\s+eerst|nieuw\s+aan"
    r"|what\s+is\s+new|what'?s\s+new|new\s+about)\b",
    re.I,
)
_NOVELTY_GIVEN_RE = re.compile(r"\b(?:voor\s+het\s+eerst|for\s+the\s+first\s+time)\b", re.I)


def asks_novelty(question: str) -> bool:
    """Does the question ask what is new (about a plan, a document)?"""
    return bool(_NOVELTY_QUESTION_RE.search(question))


def gives_novelty(sentence: str) -> bool:
    """Does the sentence say that something happens for the first time («voor het eerst»)?"""
    return bool(_NOVELTY_GIVEN_RE.search(sentence))


def asks_condition(question: str) -> bool:
    """Does the question ask under which condition («Onder welke voorwaarden …?», «Wanneer kan X effect
    hebben?»)?"""
    return bool(_CONDITION_QUESTION_RE.search(question) or _CONDITION_RE.search(question))


def gives_condition(sentence: str) -> bool:
    """Does the sentence state a condition in so many words («mits», «indien», «tenzij», …)?"""
    return bool(_CONDITION_GIVEN_RE.search(sentence))


# «Wie ondertekende de brief?», «Welke bewindslieden …?», «Wie is de staatssecretaris?», "Who signed …?": the
# signatories or an office («ministeries» is not an office).
_SIGNATORY_RE = re.compile(
    r"\b(?:onderteken\w*|getekend|tekende|tekenden|sign\w*|bewinds\w*|ministers?|staatssecretaris(?:sen)?|"
    r"secretary|secretaries|ondertekenaars?)\b",
    re.I,
)


def asks_signatory(question: str) -> bool:
    """Does the question ask who signed, or about a minister or state secretary (whose office and name the
    signature block gives)?"""
    return bool(_SIGNATORY_RE.search(question))


def asks_reason(question: str) -> bool:
    """Does the question ask why («Waarom …?», "Why …?")?"""
    return bool(_REASON_QUESTION_RE.search(question))


# A cause said with a causal conjunction: the strongest sign that a sentence answers «Waarom …?»
_BECAUSE_RE = re.compile(r"\b(?:omdat|doordat|aangezien|because)\b", re.I)


def gives_cause(sentence: str) -> bool:
    """Does the sentence give a cause with a causal conjunction («omdat», «doordat», «aangezien»)?"""
    return bool(_BECAUSE_RE.search(sentence))


# «Sinds wanneer …?», «Hoe lang bestaat … al?», "Since when …?": asked from when something has been so; a start
# point («sinds 2004», «vanaf 2014», «sinds een aantal jaren») tells it, where another date in a sentence
# nearer the question's words does not («… kamerbrief van 22 april 2015 …»)
_SINCE_QUESTION_RE = re.compile(
    r"^\s*(?:sinds\s+wanneer|vanaf\s+wanneer|since\s+when)\b|^\s*hoe\s*lang\b.*\bal\b"
    r"|^\s*how\s+long\s+(?:has|have|had)\b",
    re.I,
)
_SINCE_RE = re.compile(
    r"\b(?:sinds|vanaf|since)\s+(?:(?:1[89]|20)\d\d|een\s+aantal|enkele|vele|geruime|lange|jaar|jaren|decennia)\b",
    re.I,
)


def asks_since(question: str) -> bool:
    """Does the question ask from when something has been so («Sinds wanneer …?», «Hoe lang … al?»)?"""
    return bool(_SINCE_QUESTION_RE.search(question))


def gives_since(sentence: str) -> bool:
    """Does the sentence give a start point («sinds 2004», «sinds een aantal jaren»)?"""
    return bool(_SINCE_RE.search(sentence))


def gives_reason(sentence: str) -> bool:
    """Does the sentence say why — a cause, purpose or consequence in so many words?"""
    return bool(_REASON_RE.search(sentence))


# «Welke resultaten heeft de pilot opgeleverd?», «Wat zijn de resultaten van …?»: what came of something.
_RESULTS_QUESTION_RE = re.compile(
    r"\b(?:welke|wat\s+(?:zijn|waren))\s+(?:de\s+)?(?:resultaten|uitkomsten|opbrengsten)\b|\bopgeleverd\b|"
    r"\bwhat\s+(?:were|are|have\s+been)\s+the\s+(?:results|outcomes)\b|\bwhat\s+(?:did|has)\b.*\b(?:achieved?|yielded?)\b",
    re.I,
)
# A plan, not a result: «Ook gaat het kabinet … het bedrijfsleven meer betrekken», «… zullen nieuwe initiatieven
# opgezet worden».
_PLAN_RE = re.compile(r"\b(?:gaat|gaan|zal|zullen)\b", re.I)


# Going on with what is done now: «Het kabinet ziet dit als een aanmoediging om te blijven investeren …», «en het
# kabinet zal hiermee doorgaan»; «blijven» with a verb («die niet in Nederland mogen blijven» is staying).
_GOES_ON_RE = re.compile(
    r"\b(?:blijf\w*|blijven)\s+(?:(?:zich|we|wij|ook|wel|daarom|uiteraard|natuurlijk)\s+)*(?!die\b|dat\b|of\b|en\b)\w+en\b"
    r"|\b(?:doorgaan|voortzetten|voortgezet)\b",
    re.I,
)


def speaks_of_later(sentence: str, written: str | None) -> bool:
    """Does the sentence say what is to come after ``written`` (its document's ISO date): a plan («zal», «gaat»),
    going on with something («blijven investeren»), or a later time (:func:`names_future`)?"""
    return bool(_PLAN_RE.search(sentence) or _GOES_ON_RE.search(sentence)) or names_future(sentence, written)


# «Heeft het kabinet al eens visumfacilitatie ingetrokken?», "Has it ever been done?": whether something has been
# done already, which a plan («Het kabinet zal zich … richten op … (te denken valt aan intrekken visumfacilitatie)»)
# does not tell
_DONE_ALREADY_RE = re.compile(r"\b(?:al\s+eens|al\s+ooit|(?:has|have|had)\b[^?]*\b(?:ever|already))\b", re.I)


def asks_done_already(question: str) -> bool:
    """Does the question ask whether something has been done already («al eens», "ever")?"""
    return bool(_DONE_ALREADY_RE.search(question))


def asks_results(question: str) -> bool:
    """Does the question ask what came of something (its results, what it yielded)?"""
    return bool(_RESULTS_QUESTION_RE.search(question))


def states_plan(sentence: str) -> bool:
    """Does the sentence say what is going to be done (gaat, zal, zullen), rather than what was done?"""
    return bool(_PLAN_RE.search(sentence))


def asks_for_source(question: str) -> bool:
    """Does the question ask which stuk or source is referred to (answered by a footnote)?"""
    return bool(_SOURCE_QUESTION_RE.search(question))


# A question that names a kind of document («in de brief», «de motie», «het debat») prefers paragraphs
# from documents of that type (manifest `type`) once the corpus holds more than one kind.
_GENRES = {
    "kamerbrief": re.compile(r"\b(kamer)?brie(f|ven)\b|\bletter\b", re.I),
    "handelingen": re.compile(r"\b(moties?|motie-\w+|debat\w*|handelingen|amendement\w*|debate|motion)\b", re.I),
    "rapport": re.compile(r"\b(rapport|advies|report)\b", re.I),
    "verslag": re.compile(r"\b(verslag|overleg)\b", re.I),
    "aanhangsel": re.compile(r"\b(kamervragen|schriftelijke\s+vragen|aanhangsel)\b", re.I),
}


def asked_genres(question: str) -> set[str]:
    """The document types the question names («Wat staat er in de brief …» → {'kamerbrief'})."""
    return {genre for genre, pattern in _GENRES.items() if pattern.search(question)}
