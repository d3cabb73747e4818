"""Who is speaking: the voice of a paragraph and of each of its sentences. Pure functions.

The letter speaks with several voices: the ACVZ's findings as the cabinet reports them, the
cabinet's own reaction, and EU bodies (Commissie, Europese Raad, JBZ-raad). They disagree, so an
answer must say whose view it quotes. The voice is derived in two layers:

1. **Structure** (:func:`paragraph_voice`): the document's default speaker (manifest ``voice``),
   overridden by the innermost heading listed in ``section_voices`` (e.g. the ACVZ summary
   sections), by ``item_voice`` for numbered items (the ACVZ's recommendations), and «Reactie:»
   paragraphs always speak for the document's author.
2. **Sentences** (:func:`sentence_voices`): a sentence that names a speaker with a verb of saying
   or judging («De ACVZ constateert …», «… erkent de Europese Commissie …», «Volgens de Raad …»,
   «Wij erkennen …») takes that speaker; the earliest such mention wins, after dropping contrastive
   clauses («Anders dan de ACVZ concludeert, is het kabinet …»). A sentence that names nobody keeps
   the paragraph's voice, unless it opens by pointing back («Daarbij …», «Dit …») — then it
   continues the previous sentence's voice.

No library does this for Dutch parliamentary text; the rules are small and tested sentence by
sentence against the letter (tests/test_voice.py).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .models import Document, Paragraph
from .text import sentence_spans, without_politeness

ACVZ, KABINET, COMMISSIE, EU_RAAD, JBZ_RAAD = "acvz", "kabinet", "europese-commissie", "europese-raad", "jbz-raad"

# How an answer names the voice ("Volgens de ACVZ: …") and how the UI labels it.
VOICE_NAMES = {
    ACVZ: "de ACVZ",
    KABINET: "het kabinet",
    COMMISSIE: "de Europese Commissie",
    EU_RAAD: "de Europese Raad",
    JBZ_RAAD: "de JBZ-raad",
}
VOICE_LABELS = {
    ACVZ: "ACVZ (zoals weergegeven door het kabinet)",
    KABINET: "Kabinet",
    COMMISSIE: "Europese Commissie",
    EU_RAAD: "Europese Raad",
    JBZ_RAAD: "JBZ-raad",
}

_SAY = (
    r"(?:is|zijn|erkent|erkennen|onderschrijft|onderschrijven|concludeert|concludeerde|komt|beveelt|stelt|stelde|"
    r"vindt|vinden|constateert|constateerde|acht|achten|meent|wijst|pleit|adviseert|heeft|hebben|noemt|wil|"
    r"blijft|merkt|geeft|ziet|zet|steunt|kan|zal|werkt|gaat)"
)
# Per voice: patterns that make a sentence that voice's statement.
_SPEAKER: dict[str, list[re.Pattern[str]]] = {
    ACVZ: [
        re.compile(
            rf"(?<!die )(?<!dat )(?<!van )\b(?:de ACVZ|de Adviescommissie Vreemdelingenzaken)\s+(?:\w+\s+)?{_SAY}\b",
            re.I,
        ),
        re.compile(rf"\b{_SAY}\s+de ACVZ\b", re.I),
        re.compile(r"\b(?:volgens de ACVZ|conclusie van de ACVZ is|oordeel van de ACVZ is)\b", re.I),
    ],
    KABINET: [
        re.compile(r"\b(?:het kabinet|de regering|wij)\b", re.I),
        re.compile(rf"^Nederland\s+{_SAY}|^Nederland\s+\w+de\b"),
    ],
    COMMISSIE: [
        re.compile(rf"(?<!die )(?<!dat )(?<!van )\b[Dd]e (?:Europese )?Commissie\s+(?:\w+\s+)?{_SAY}\b"),
        re.compile(rf"\b{_SAY}\s+de (?:Europese )?Commissie\b"),
        re.compile(r"\bvolgens de (?:Europese )?Commissie\b", re.I),
    ],
    EU_RAAD: [
        re.compile(r"\bvolgens de (?:Europese )?Raad\b", re.I),
        re.compile(r"\b(?:in|volgens) de Raadsconclusies\b", re.I),
        re.compile(rf"\bde Europese Raad\s+{_SAY}\b"),
    ],
    JBZ_RAAD: [
        re.compile(r"\b(?:aangenomen|bevestigd|besloten|vastgesteld) (?:op|door|in) de JBZ-[Rr]aad\b"),
        re.compile(rf"\bde JBZ-[Rr]aad\s+{_SAY}\b"),
    ],
}
# Clauses that mention a speaker only to contrast with it.
_CONTRAST_RE = re.compile(r"\b(?:anders dan|in tegenstelling tot)\s+(?:de|het)\s+\S+(?:\s+\w+)?\s*,", re.I)
# A sentence opening like this points back at the one before and continues its voice.
_BACKREF_RE = re.compile(
    r"^(?:\S+\s+){0,2}?(?:daarbij|daarvan|daarnaast|hierbij|dit|deze|dat|zij|ze|haar|hun|ook)\b", re.I
)

# The verbs by which «Brussel» speaks («Wat wil Brussel?», «Brussel vindt …»), and «Den Haag» («Erkent Den Haag …?»);
# the search reads them so too.
BRUSSELS_SPEAKS = "vindt|wil|stelt|zegt|meent|erkent|denkt|verwacht"
# «… van de EU», «… van de EU-lidstaten», «… van de Europese lidstaten»: ministers of the member states together
_OF_THE_EU = r"\s+van\s+de\s+(?:EU(?:-lidstaten)?|Europese\s+(?:Unie|lidstaten)|lidstaten)"
# What follows «regering» when it is another country's: «de regering in Mogadishu», «de regering van Somalië» (row
# 283). Not the cabinet's voice, and the letter's «overheid», «autoriteiten» (thesaurus.py).
IN_ANOTHER_COUNTRY = r"\s+(?:in|van|te)\s+(?!Nederland\b|Den\s+Haag\b)(?-i:[A-Z])"

# Which voice a question asks about.
_ASKED: dict[str, re.Pattern[str]] = {
    # … and its evaluation, report or advice as the one that says something: «volgens de evaluatie», «aldus het
    # rapport» (the stukken's only evaluation is the ACVZ's; «de evaluatie van de ACVZ» names the ACVZ itself)
    ACVZ: re.compile(
        r"\b(?:ACVZ|Adviescommissie|advisory committee"
        r"|(?:volgens|aldus)\s+(?:de|het|dit|deze)\s+(?:evaluatie|rapport|advies|adviesrapport)(?!\s+van\b))\b",
        re.I,
    ),
    # «de Europese ministers van Justitie en Binnenlandse Zaken» are not the cabinet: they meet as the JBZ-Raad
    # Kamervragen ask the minister as «u»: «Deelt u de conclusie …?», «Bent u bereid …?», «Wat is uw reactie …?»
    # («Kunt u aangeven …?» only asks politely: ``text.without_politeness``). «uw Kamer», «uw lid» (the letter's words
    # for the Kamer) are no addressee. "government departments", "a government body" are the state's organs, not
    # the cabinet speaking.
    KABINET: re.compile(
        # «de regering in Mogadishu», «de regering van Somalië» is another country's (row 283)
        rf"\b(?:kabinet\w*|regering(?!{IN_ANOTHER_COUNTRY})"
        # (not the EU's council of ministers: «ministersraad», «Raad van ministers» are the JBZ-Raad below)
        # (nor a meeting of ministers: «Welke vergadering van ministers bevestigde …?» asks which Council, dev48 yf036)
        r"|(?<!Europese )(?<!EU-)(?<!EU )(?<!Raad van )(?<!Council of )(?<!vergadering van )(?<!bijeenkomst van )"
        r"(?<!meeting of )"
        r"minister(?!ie)(?!sraad)(?!s\s+(?:in|van|uit)\s+de\s+JBZ)"
        rf"(?!s\s+van\s+Justitie(?:\s+en\s+Binnenlandse\s+Zaken)?{_OF_THE_EU})\w*"
        r"|staatssecretaris|bewinds(?:personen|persoon|lieden|man|vrouw)"  # the ministers as a body (dev42 zz031)
        r"|cabinet|government(?!\s+(?:department|bod(?:y|ies)|agenc|ministr|official|service|organi[sz]ation))"
        r"|(?:u|uw)(?!\s+(?:Kamer|lid|leden)\b)"
        # «Den Haag» as a speaker is the Dutch government («Erkent Den Haag zelf ook …?», dev52 yk036, row 304); as a
        # place («bij veel partijen in Den Haag») it is not
        rf"|volgens\s+Den\s+Haag|(?:{BRUSSELS_SPEAKS})\s+Den\s+Haag|Den\s+Haag\s+(?:{BRUSSELS_SPEAKS}))\b",
        re.I,
    ),
    # «volgens Brussel», «Wat wil Brussel?»: Brussel as a speaker is the Commission («in Brussel», a place, is not)
    COMMISSIE: re.compile(
        r"\b(?:Europese Commissie|de Commissie|European Commission|volgens Brussel"
        rf"|(?:{BRUSSELS_SPEAKS})\s+Brussel|Brussel\s+(?:{BRUSSELS_SPEAKS}))\b",
        re.I,
    ),
    # the Europese Raad is the EU's heads of government: «volgens de regeringsleiders van de EU», "EU leaders"
    EU_RAAD: re.compile(
        r"\b(?:Europese Raad|Raadsconclusies|European Council|(?:staatshoofden\s+en\s+)?regeringsleiders|Europese top"
        r"|EU-top|EU leaders|heads of (?:state|government))\b",
        re.I,
    ),
    # … and the JBZ-Raad its ministers of justice and home affairs: «de Europese justitieministers», «de ministers
    # in de JBZ-Raad» (speakers, not the place where they met)
    JBZ_RAAD: re.compile(
        r"\b(?:(?:ministers\s+(?:in|van|uit)\s+de\s+)?JBZ-?[Rr]aad|JHA Council"
        r"|(?:Europese|EU-)\s*ministers\s+van\s+Justitie(?:\s+en\s+Binnenlandse\s+Zaken)?"
        r"|(?:Europese|EU-)\s*(?:justitie|migratie)ministers|EU (?:interior|justice|home affairs) ministers"
        # «de Europese justitie- en binnenlandministers», «… ministers van Justitie en van Binnenlandse Zaken»
        r"|(?:Europese|EU-)\s*justitie-\s+en\s+binnenland(?:se\s+zaken)?ministers"
        # … and with the EU after them: «door de justitieministers van de EU», «de ministers van Justitie van de
        # EU-lidstaten» (row 278, dev38 zv024)
        rf"|(?:(?:justitie|migratie)ministers|ministers\s+van\s+Justitie(?:\s+en\s+Binnenlandse\s+Zaken)?){_OF_THE_EU}"
        # the EU's council of ministers, which in the stukken meets as the JBZ-Raad: «Welke ministersraad nam conclusies
        # over het actieplan aan?» (row 294, dev44 yb036; it was read as the cabinet's ministers). Not the
        # Council of Europe's «Comité van Ministers», nor the heads of government of the Europese Raad.
        r"|(?:EU-|Europese\s+)?ministersraad|Raad\s+van\s+ministers|Council\s+of\s+(?:the\s+)?(?:EU\s+)?ministers)\b",
        re.I,
    ),
}


def paragraph_voice(doc: Document, paragraph: Paragraph) -> str | None:
    """The structural voice of a paragraph (before looking at its sentences)."""
    if paragraph.kind == "reactie":
        return doc.voice
    if paragraph.kind == "item" and doc.item_voice:
        return doc.item_voice
    for heading in reversed(paragraph.section):
        if heading in doc.section_voices:
            return doc.section_voices[heading]
    return doc.voice


def assign_voices(doc: Document, paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Set each paragraph's structural voice (in place); returns the list for chaining."""
    for p in paragraphs:
        if p.voice is None:  # a structured source (Handelingen: the speaker) already knows
            p.voice = paragraph_voice(doc, p)
    return paragraphs


def named_speaker(sentence: str) -> str | None:
    """The voice a sentence names as its speaker (earliest mention wins), or None."""
    text = re.sub(r"^\s*Reactie:\s*", "", sentence.lstrip())
    text = _CONTRAST_RE.sub(lambda m: " " * len(m.group(0)), text)
    best: tuple[int, str] | None = None
    for voice, patterns in _SPEAKER.items():
        for pattern in patterns:
            m = pattern.search(text)
            if m and (best is None or m.start() < best[0]):
                best = (m.start(), voice)
    return best[1] if best else None


def sentence_voices(paragraph: Paragraph) -> list[tuple[int, int, str | None]]:
    """(start, end, voice) for every sentence of the paragraph, in order."""
    return list(_sentence_voices(paragraph.text, paragraph.voice))


# Every answer reads the voices of its candidate paragraphs' sentences, and a question on how voices relate or what
# one concludes reads a whole document's, in the search and again in the answer: each paragraph's are worked out
# once (a few hundred regex searches a paragraph; the cache holds far more than the candidates of a question).
@lru_cache(maxsize=8192)
def _sentence_voices(text: str, own: str | None) -> tuple[tuple[int, int, str | None], ...]:
    if own is not None and own not in VOICE_NAMES:
        # A named person (a speaker in the Handelingen): what they say about «het kabinet» is still theirs.
        return tuple((s, e, own) for s, e in sentence_spans(text))
    out: list[tuple[int, int, str | None]] = []
    previous = own
    for start, end in sentence_spans(text):
        sentence = text[start:end]
        voice = named_speaker(sentence)
        if voice is None:
            voice = previous if _BACKREF_RE.match(sentence) else own
        out.append((start, end, voice))
        previous = voice
    return tuple(out)


def span_voice(paragraph: Paragraph, start: int, end: int) -> str | None:
    """The voice of a quote: the voice of the first sentence it overlaps."""
    for s, e, voice in sentence_voices(paragraph):
        if e > start and s < end:
            return voice
    return paragraph.voice


# A body named as a place or a topic, not as a speaker: «binnen de Commissie», «in de Europese Raad», «over
# de ACVZ», «reageerde het kabinet op de ACVZ», "respond to the ACVZ". («volgens», «van» and «met» — «het
# standpunt van», «het eens met» — do ask for the voice.)
_NOT_ASKED_RE = re.compile(
    r"(?:\b(?:binnen|tussen|bij|in|naar|aan|tegen|over|onder|within|between|at|about)"
    # what is reacted to: «reageerde het kabinet op de ACVZ», "respond to the ACVZ" (but «op de JBZ-raad
    # bevestigd» is where the Council spoke)
    r"|\b(?:reage\w*|reactie|antwoord\w*|respon\w*|react\w*|repl\w*)\b[^?]*?\b(?:op|to))\s+(?:de|het|the)?\s*$",
    re.I,
)


# «Waarom werd de ACVZ gevraagd …?», "Why was the ACVZ asked …?": the body is the one asked or appointed, not a
# speaker whose view is asked.
_PATIENT_RE = re.compile(
    # «… de ACVZ om deze evaluatie (heeft) gevraagd»: what was asked of it may come between, after an adverb too
    # («… de adviescommissie schriftelijk om de evaluatie verzocht»)
    r"^\s*(?:\w+\s+)?(?:om\s+[^?,]{1,40}?\s+(?:heeft\s+|hebben\s+|had\s+|werd\s+)?)?(?:gevraagd|verzocht|opgedragen|"
    r"ingesteld|opgericht|benoemd|asked|requested|commissioned|tasked|appointed)\b",
    re.I,
)


# «het verschil tussen de ACVZ en het kabinet»: the difference between two voices asks what each says
_DIFFERENCE_RE = re.compile(
    r"\b(?:verschil\w*|onderscheid|differen\w*)\s+(?:tussen|between)\s+(?:de|het|the)?\s*$", re.I
)


# «… tijdens de periode die de ACVZ onderzocht?»: the body as the subject of a clause that describes something else,
# doing what is no saying or judging (``_VIEW_ASKED_RE``), is not asked for its view; «de conclusie die de ACVZ
# trekt», «de aanbevelingen die de ACVZ deed» describe its view.
_RELATIVE_BEFORE_RE = re.compile(
    r"\b(?P<noun>\w+)\s+(?:die|dat|welke|waarin|waarover|waarop|waarmee)\s+(?:de|het)\s*$", re.I
)
_CLAUSE_RE = re.compile(r"^[^,;?]*")

# «Wat moet het kabinet volgens de eerste aanbeveling heroverwegen?»: the body that must do something is who the
# advice is for, not a speaker whose view is asked.
# «Waarvoor moest de adviescommissie … met iets komen?»: so in the past, what it was asked to do
_OBLIGED_RE = re.compile(r"\b(?:moet|moeten|moest|moesten|must|should)\s+(?:de|het|the)?\s*$", re.I)


# «Is het kabinet het eens met de ACVZ dat andere partijen zich niet bewust zijn …?»: the question states the
# ACVZ's view itself (the «dat»-clause) and asks only the cabinet's.
_AGREE_WITH_RE = re.compile(
    r"\b(?:eens\s+met|agrees?\s+with|(?:deelt|delen|onderschrijft|onderschrijven)\b[^?]{0,30}?\b(?:de|het)\s+"
    r"(?:visie|mening|conclusie|oordeel|analyse|zorg|standpunt)\s+van)\s+(?:de|het|the)?\s*$",
    re.I,
)
_STATED_RE = re.compile(r"^\s*,?\s*(?:dat|that)\b", re.I)


_POSSESSIVE_RE = re.compile(r"[’']s\b")  # "the ACVZ's report", right after the body's name
# a nationality before «regering», "government", «minister»: another country's («de Somalische regering», "the Kenyan
# government"); the Dutch one is the cabinet. Four letters at least: «Kan u …?» is no nationality.
_FOREIGN_BEFORE_RE = re.compile(r"\b(?!Nederlandse\b)[A-Z]\w{3,}(?:sche|se|ese|ian|an|i)\s+$")
# a preposition before «bewindspersonen»: the ministers as a channel («contacten via bewindspersonen»), not a speaker
_THROUGH_RE = re.compile(r"\b(?:via|met|door|tussen|aan|naar|bij|op)\s+(?:de\s+|hun\s+)?$", re.I)


# «de door de ACVZ bekeken periode», «het door het kabinet gekozen beleid»: the voice as the agent of a participle
# that describes a noun, said of what another voice is asked about («Geeft het kabinet toe dat de door de ACVZ
# bekeken periode …?» asks the cabinet alone; dev50 yi010 was answered with the cabinet's and the ACVZ's say, the
# cabinet's sentence on the evaluation it asked for). Alone it still names whose it is: «Wat houdt de door de ACVZ
# voorgestelde aanpak in?»
_ATTRIBUTIVE_AGENT_RE = re.compile(r"\b(?:de|het|een|deze|die|dit)\s+door\s+(?:de\s+|het\s+)?$", re.I)


def voice_mentions(question: str) -> list[tuple[int, str]]:
    """(position, voice) of each fixed voice the question names as a possible speaker; «u» in a question (as in
    Kamervragen) is the cabinet."""
    question = without_politeness(question)
    found, stated, attributive = [], [], []
    for voice, pattern in _ASKED.items():
        for m in pattern.finditer(question):
            before, after = question[: m.start()], question[m.end() :]
            if _ATTRIBUTIVE_AGENT_RE.search(before):
                attributive.append((m.start(), voice))
                continue
            # «about the ACVZ's advice»: a possessive makes it the owner of a view again, as «van de ACVZ» does
            possessive = _POSSESSIVE_RE.match(after) is not None
            if _PATIENT_RE.match(after) or _OBLIGED_RE.search(before):
                continue
            through = _THROUGH_RE.search(before) and m.group().lower().startswith("bewinds")
            if voice == KABINET and (_FOREIGN_BEFORE_RE.search(before) or through):
                # «de Somalische regering», "the Somali government": another country's (dev42 zz056); «contacten via
                # bewindspersonen»: the ministers as a channel, not as the one whose view is asked (dev27 zk035)
                continue
            clause = _CLAUSE_RE.match(after).group()
            relative = _RELATIVE_BEFORE_RE.search(before)
            if relative and clause.strip() and not _VIEW_ASKED_RE.search(f"{relative.group('noun')} {clause}"):
                continue
            if possessive or not _NOT_ASKED_RE.search(before) or _DIFFERENCE_RE.search(before):
                if _AGREE_WITH_RE.search(before) and _STATED_RE.match(after):
                    stated.append((m.start(), voice))
                else:
                    found.append((m.start(), voice))
                break
    return found or stated or attributive


# «de evaluatie van de ACVZ», "the ACVZ's report": the body named as the owner of something, not with a verb of
# saying or judging («Wat vindt de ACVZ …», «volgens de ACVZ»).
_OWNER_BEFORE_RE = re.compile(r"\b(?:van|of)\s+(?:de|het|the)\s*$", re.I)
# «volgens de ACVZ», "according to the cabinet": a voice named as the one whose view it is
_PER_RE = re.compile(r"\b(?:volgens|according\s+to)\b|\baldus\s+(?=(?:de|het)\b)", re.I)
_PER_NAMED_RE = re.compile(r"\b(?:volgens|aldus|according\s+to)\s+(?:(?:de|het|the)\s+)?", re.I)


def only_as_owner(question: str, voice: str) -> bool:
    """Is ``voice`` named in the question only as the owner of something («de aanbevelingen van de ACVZ»,
    "the ACVZ's report"), never as the one who says or thinks («Wat vindt de ACVZ …», «volgens de ACVZ»)?"""
    pattern = _ASKED[voice]
    mentions = list(pattern.finditer(question))
    # «volgens» asks a speaker, unless it names another voice («Wat komt volgens het kabinet uit de evaluatie van de
    # ACVZ naar voren?» names the ACVZ only as the evaluation's owner)
    others = [p for v, p in _ASKED.items() if v != voice]
    if not mentions or any(
        not any(p.match(question, per.end()) for p in others) for per in _PER_NAMED_RE.finditer(question)
    ):
        return False
    return all(
        _OWNER_BEFORE_RE.search(question[: m.start()]) or _POSSESSIVE_RE.match(question[m.end() :]) for m in mentions
    )


# Verbs and nouns of saying, judging and wanting: a question with one of them asks what a voice says or thinks
_VIEW_ASKED_RE = re.compile(
    r"\b(?:vind\w*|vond\w*|zeg\w*|zegt|zei|zeiden|conclude\w*|conclusie\w*|advise\w*|advie\w*|aanbevel\w*|beveelt|"
    r"raadt|raden|meent|menen|mening|stelt|stellen|stelde\w*|erken\w*|constate\w*|oordee\w*|beoordee\w*|denk\w*|"
    r"dacht\w*|standpunt\w*|visie|reactie|reage\w*|deelt|delen|onderschr\w*|kritisch|positief|negatief|eens|oneens|"
    r"pleit\w*|wil|wilt|willen|wilde\w*|waarschuw\w*|benadruk\w*|noemt|noemen|noemde\w*|ziet|zien|zag|verwacht\w*|"
    r"vree\w*|hoopt|acht|achten|gelooft|vraagt|vroeg|antwoord\w*|schrijft|schreef|"
    # … and their participles: «Wat heeft de ACVZ gezegd?»
    r"ge(?:zegd|vonden|conclude\w*|advise\w*|steld|oordeeld|dacht|reageerd|antwoord|constateerd|waarschuwd|pleit|"
    r"noemd|vraagd|schreven|deeld)|erkend|aanbevolen|benadrukt|beoordeeld|onderschreven|"
    r"think\w*|thought|say\w*|said|conclude\w*|recommend\w*|advi\w*|view\w*|opinion|position|believe\w*|want\w*|"
    r"agree\w*|disagree\w*|consider\w*|find|found|react\w*|respond\w*)\b",
    re.I,
)


_HAS_DONE_BEFORE_RE = re.compile(r"\b(?:heeft|hebben|had|hadden)\s+(?:de\s+|het\s+)?$", re.I)
# the voice as the one who received something: «Naar aanleiding van welk overleg kreeg de ACVZ de evaluatieopdracht?»
# asks a fact about the ACVZ, which the cabinet tells («Het kabinet heeft de ACVZ … gevraagd …»); the ACVZ's own
# sentence on its consultation was quoted instead (dev52 yk001, row 304)
_RECEIVED_BEFORE_RE = re.compile(
    r"\b(?:kreeg|kregen|krijgt|krijgen|ontving|ontvingen|ontvangt)\s+(?:de\s+|het\s+)?$", re.I
)
# a past participle ending the question: «aangeboden», «uitgevoerd», and without «ge-»: «overhandigd», «besproken»
_PARTICIPLE_END_RE = re.compile(
    r"\b(?:(?:aan|uit|op|in|af|mee|toe|over|voor|door|terug|vast)?ge\w+|(?:be|ver|ont|her|over)\w{3,})[dtn]\s*\??\s*$",
    re.I,
)


def named_without_a_view(question: str, voice: str) -> bool:
    """Is ``voice`` named in a question that asks no one's view: no verb of saying, judging or wanting, no
    «volgens» («Wat heeft de ACVZ op 25 juni aan het kabinet aangeboden?»)? A fact about the voice, which the
    author may tell."""
    m = _ASKED[voice].search(question)
    if not m or _PER_RE.search(question) or _VIEW_ASKED_RE.search(question):
        return False
    # the voice as the one who did something, in the perfect: «heeft de ACVZ … aangeboden / uitgevoerd»
    if _HAS_DONE_BEFORE_RE.search(question[: m.start()]) and _PARTICIPLE_END_RE.search(question[m.end() :]):
        return True
    return bool(_RECEIVED_BEFORE_RE.search(question[: m.start()]))


def asked_voices(question: str) -> list[str]:
    """The voices a question names, in order ('Is het kabinet het eens met de ACVZ' → kabinet, acvz)."""
    # "de Europese Commissie" must not also count as "de Commissie" of another voice; "JBZ-raad" is not "Europese Raad".
    return [voice for _, voice in sorted(voice_mentions(question))]


def same_voice(voice: str | None, asked: str) -> bool:
    """Does a quote's voice answer for the asked one? A minister or staatssecretaris speaking in the
    Handelingen speaks for the cabinet."""
    if voice == asked:
        return True
    return asked == KABINET and bool(voice) and re.match(r"(minister|staatssecretaris)\b", voice, re.I) is not None


# «Het kabinet deelt de visie van de ACVZ dat …», «is het met de Commissie eens dat …»: the speaker states
# another voice's view as shared — the «dat»-clause is that voice's view too.
_SHARES_RE = re.compile(
    r"\b(?:deelt|delen|onderschrijft|onderschrijven)\s+(?:de|het)\s+(?:visie|mening|conclusie|oordeel|analyse|"
    r"zorg|standpunt)\s+van\s+(?P<who>[^,.;]{2,40}?)\s*,?\s+dat\b"
    r"|\bis\s+het\s+(?:met\s+(?P<who2>[^,.;]{2,40}?)\s+eens|eens\s+met\s+(?P<who3>[^,.;]{2,40}?))\s*,?\s+dat\b",
    re.I,
)


def shared_view(sentence: str) -> str | None:
    """The voice whose view a sentence states as shared by its speaker («Het kabinet deelt de visie van de
    ACVZ dat …» → acvz), or None."""
    m = _SHARES_RE.search(sentence)
    if not m:
        return None
    who = next(g for g in m.groups() if g)
    found = asked_voices(who)
    return found[0] if len(found) == 1 else None


def names_voice(quote: str, voice: str) -> bool:
    """True when the quote itself says who speaks (then an answer need not add 'Volgens …'), also as the
    voice whose view its speaker shares («Het kabinet deelt de visie van de ACVZ dat …» names the ACVZ's)."""
    return named_speaker(quote) == voice or shared_view(quote) == voice


# «Waar zijn de ACVZ en het kabinet het over eens, en waar niet?», «Op welke punten verschillen zij van mening?»,
# "Where do the ACVZ and the cabinet disagree?": a question about how two voices' views relate, not about a topic.
_DISAGREE_ASKED_RE = re.compile(
    r"\b(?:oneens|verschil\w*|afwijk\w*|wijk\w*\s+(?:\S+\s+){0,4}?af|disagree\w*|differ\w*)\b", re.I
)
_AGREE_ASKED_RE = re.compile(r"\b(?:eens|overeen\w*|agree\w*)\b", re.I)
_NOT_ASKED_TOO_RE = re.compile(r"\b(?:niet|not)\b", re.I)
# a yes/no question («Zijn de ACVZ en het kabinet het eens?», «Bent u het eens met de ACVZ?») is answered by both
_YES_NO_RE = re.compile(r"^\s*(?:zijn|is|bent|verschillen|verschilt|are|do|does)\b", re.I)


def relation_asked(question: str) -> str | None:
    """'agree', 'disagree' or 'both' when the question asks where voices agree or differ (whether it names two
    voices and no topic of its own is for the caller to check), else None."""
    disagree = _DISAGREE_ASKED_RE.search(question) is not None
    agree = _AGREE_ASKED_RE.search(question) is not None
    if agree and (disagree or _NOT_ASKED_TOO_RE.search(question) or _YES_NO_RE.match(question)):
        return "both"
    if disagree:
        return "both" if _YES_NO_RE.match(question) else "disagree"
    return "agree" if agree else None


# «Wie is het oneens met de ACVZ …?», «Wie spreekt de ACVZ tegen …?», «Wie denkt er anders over dan de ACVZ?», «Wie
# deelt de visie van de ACVZ …?», "Who disagrees with the ACVZ …?": the speaker asked for by how their view relates
# to the one voice named (who is then no speaker asked)
_WHO_ASKED_RE = re.compile(
    r"^\s*(?:(?:en|maar)\s+)?(?:wie|who|welke\s+(?:partij|partijen|instantie|organisatie))\b", re.I
)
_COUNTER_DISAGREE_RE = re.compile(
    r"\boneens\b|\b(?:spreekt|spreken|sprak|spraken)\b[^?]*\btegen\b|\bweersprek\w*|\bweerspreekt\b|\bweersprak\w*"
    r"|\banders\b[^?]*\bdan\b|\bdisagree\w*|\bcontradict\w*",
    re.I,
)
_COUNTER_AGREE_RE = re.compile(
    r"(?<!on)\beens\b|\b(?:deelt|delen|deelde|deelden)\s+(?:de|het)\s+(?:visie|mening|standpunt|conclusie|analyse)\b"
    r"|\bonderschrijf\w*|\bonderschrijv\w*|\bonderschreven\b|\bagree\w*",
    re.I,
)


def counterpart_asked(question: str) -> tuple[str, str] | None:
    """('disagree' or 'agree', the voice named) when the question asks who holds a view against or with the one
    voice it names («Wie is het oneens met de ACVZ over …?» → ('disagree', 'acvz')), else None."""
    if not _WHO_ASKED_RE.match(question):
        return None
    voices = asked_voices(question)
    if len(voices) != 1:
        return None
    if _COUNTER_DISAGREE_RE.search(question):
        return "disagree", voices[0]
    if _COUNTER_AGREE_RE.search(question):
        return "agree", voices[0]
    return None


# How the letter states one voice's view against another's: «Anders dan de ACVZ concludeert, is het kabinet …»,
# «De inzichten van de ACVZ worden, behoudens enkele kanttekeningen, verwerkt …»; «Het kabinet deelt de visie van de
# ACVZ …», «Het kabinet onderschrijft deze aanbeveling», «kan zich tot op zekere hoogte vinden in dit beeld», «De ACVZ
# is positief over de Nederlandse inzet …».
_DIFFERS_RE = re.compile(
    r"\banders\s+dan\s+(?:de|het)\s+\S+\s+(?:concludeert|constateert|stelt|meent|adviseert|aanbeveelt)|\bkanttekening",
    re.I,
)
_AGREES_RE = re.compile(
    r"\b(?:deelt|delen)\s+de\s+(?:visie|mening|conclusie|zorg|analyse)\s+van|\bonderschrijf\w*|\bonderschrijv\w*"
    r"|\bkan\s+zich\s+(?:tot\s+op\s+zekere\s+hoogte\s+)?vinden\s+in|\bis\s+positief\s+over",
    re.I,
)


def relation_stated(sentence: str) -> str | None:
    """'disagree' or 'agree' when the sentence states a view against or with another's, else None."""
    if _DIFFERS_RE.search(sentence):
        return "disagree"
    return "agree" if _AGREES_RE.search(sentence) else None


# «Het kabinet ziet dit als een aanmoediging …», «Het kabinet kan zich … vinden in dit beeld»: a sentence that takes
# up what the sentence before it says, without naming who said it
_TAKES_UP_RE = re.compile(
    r"\b(?:ziet|zien|beschouwt|beschouwen|ervaart|ervaren)\s+(?:dit|dat|deze)\s+als\b"
    r"|\b(?:dit|deze)\s+(?:beeld|conclusie|constatering|bevinding|oordeel|analyse|visie|advies)\b",
    re.I,
)


def takes_up(sentence: str) -> bool:
    """Does the sentence take up what the sentence before it says («Het kabinet ziet dit als …»)?"""
    return _TAKES_UP_RE.search(sentence) is not None


def names_voice_as_body(text: str, voice: str) -> bool:
    """Does ``text`` name ``voice`` (its name as a question would: «de ACVZ», «het kabinet»)?"""
    return _ASKED[voice].search(text) is not None


# --- a view asked of a speaker (answer.py, choose.py) ------------------------------------------------------------

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

DUTCH_VIEWS = (_OPINION_OF_RE, _OPINION_PERFECT_RE, _OPINION_STATE_RE)

# A view asked of a voice, whichever way it is named («Wat vindt het kabinet …?», «de mening van de regering»)
VIEW_WORD_RE = re.compile(
    r"\b(?:vindt|vinden|vond|vonden|denkt|denken|dacht|dachten|zegt|zeggen|zei|zeiden|standpunt|mening|visie|oordeel"
    r"|opvatting|houding)\b",
    re.I,
)

# An adjective of a place or people ends the speaker found: «Europese», «Nederlandse», «Somalische» …
ADJECTIVE_RE = re.compile(r"^[A-Z]\w*(?:se|sche)$")

# … and a common noun follows it («de Europese ministers»), not a word that ends the phrase («van», «over», «het»)
NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:van|over|op|in|aan|met|tot|voor|bij|het|de|een|dat|dit|daar\w*|hier\w*|er\w*|nu|zelf|dan|toen|ook|al)\b)"
    r"[a-z]\w*"
)

VIEWS = (*DUTCH_VIEWS, _OPINION_EN_RE, _OPINION_EN_OF_RE)


def view_asked(question: str, patterns: tuple[re.Pattern[str], ...] = VIEWS) -> re.Match[str] | None:
    """Where the question asks someone's view or decision, with its speaker (groups ``the``, ``who``, ``name``)."""
    return next((m for r in patterns if (m := r.search(question))), None)
