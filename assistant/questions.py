"""What a question asks for, and whether a sentence gives it. Pure functions.

The extractive answer checks that the sentence it quotes carries what the question asks for: a number for
«Hoeveel …?», a date for «Wanneer …?», a person for «Wie is de voorzitter …?», names for «Welke organisaties …?»
(``answer_type``, ``carries``); a cause for «Waarom …?», a condition for «Onder welke voorwaarden …?», a start point
for «Sinds wanneer …?», a plan or a later time for what is still to come (the ``asks_…`` / ``gives_…`` pairs). The
reranker reads the same kinds. Regular expressions over Dutch (and English) question and sentence forms, each with
the gold questions that asked for it in evals/CHANGELOG.md; the text helpers they build on are in ``text``.
"""

from __future__ import annotations

import re

from .text import _WORD_RE, content_terms, looks_english, normalise_for_match
from .thesaurus import expansions
from .translate import to_dutch

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
_NAMED_NL = r"ambassades|organisaties|ngo(?:\W?s)?|instanties|gemeenten|steden|bedrijven|ondernemingen|werkgevers"
_NAMED_EN = r"embassies|organi[sz]ations|ngos|cities|companies|employers"
_NAMES_OF = r"(?:hoe\s+heten|welke\s+namen\s+hebben|wat\s+zijn\s+de\s+namen\s+van)\s+(?:de|die|deze)\s+"
# … or requested, as a Kamervraag asks: «Noem de ngo’s die …», «Geef alle organisaties …», "Can you name the NGOs …?"
# (dev48 yf025: answered with «verschillende ngo’s», which names none)
_NAMES_REQUESTED = r"(?:noem|geef|(?:(?:can|could)\s+you\s+)?(?:name|list))\s+(?:(?:de|alle|the|all)\s+)?"
# The members of a body asked: «Wie zit er in de ACVZ?», «Wie zaten er in de commissie?», «Wie zijn de leden van de
# ACVZ?», «Uit wie bestaat de ACVZ?», "Who are the members of …?"
_MEMBERS = (
    r"wie\s+(?:zit|zitten|zat|zaten)\s+(?:er\s+)?in\b|wie\s+(?:zijn|waren)\s+(?:de\s+)?leden\s+van\b"
    r"|uit\s+wie\s+(?:bestaat|bestond|bestaan|bestonden)\b|who\s+(?:are|were)\s+the\s+members\s+of\b"
)
_MEMBERS_RE = re.compile(rf"^\s*(?:{_MEMBERS})", re.I)


def asks_members(question: str) -> bool:
    """Does the question ask who the members of a body are («Wie zijn de leden van de ACVZ?»)?"""
    return bool(_MEMBERS_RE.match(question))


# What is not counted: «Hoeveel aandacht is er … besteed aan …?» asks how much in words («zeer veel aandacht»)
_UNCOUNTED = r"(?:aandacht|belang|ruimte|moeite|invloed|vertrouwen|prioriteit)\b"

# What tells a date (and, with a lasting condition, an end: «until»)
_DATE_ANSWER_RE = re.compile(
    # a year, a month, «jl.» — or a stretch of time counted back («sinds een aantal jaren», «de afgelopen
    # decennia»): «Sinds wanneer wordt ingezet op wijziging van de verdragen?» has no other answer
    rf"\b(1[89]\d\d|20\d\d|jl\.|{_MONTHS}"
    r"|sinds\s+(?:een\s+aantal|enkele|vele|geruime|lange)\s+(?:jaren|jaar|tijd|maanden|decennia)"
    r"|(?:de\s+)?afgelopen\s+(?:jaren|decennia|maanden)"
    # … or a stretch of time counted: «drie jaar», «18 maanden», "two years"
    rf"|(?:\d+|{_NUMBER_WORDS}|an?|one|two|three|four|five)\s+(?:jaar|jaren|maanden|weken|years?|months|weeks))\b",
    re.I,
)


_TYPES = {
    # Checked first: «Hoeveel procent …?» / "What is the … rate?" wants a percentage, not any number
    # (a debate's «plaats 105» does not answer "What is the unemployment rate?").
    "percentage": (
        re.compile(r"\b(hoeveel\s+procent|percent(?:age)?|rate)\b", re.I),
        re.compile(r"\d\s*%|\b(procent|percent|per\s+cent|procentpunt\w*)\b", re.I),
    ),
    # «Wat kost …?», «Hoeveel geld …?» wants an amount of money: «vier beleidsprioriteiten» does not answer it. So
    # does a compound of money: «Hoeveel ontwikkelingsgeld …?», «Hoeveel ODA-geld …?», «Hoeveel jaarbudget …?».
    "amount": (
        re.compile(
            # («wat de DT&V jaarlijks kost?»: asked indirectly, «Kunt u aangeven wat …», the verb comes last)
            r"^\s*(?:wat\s+kost|wat\s+kosten|wat\s+(?:de|het|een)\s+[^?]*?\s(?:kost|kosten)(?=\s*\?)|"
            # in the past too: «Wat heeft het ACVZ-onderzoek gekost?», «Hoeveel hebben de projecten gekost?»
            r"(?:wat|hoeveel)\s+(?:heeft|hebben|had|hadden)\s[^?]*?\bgekost\b|(?:wat|hoeveel)\s+(?:kostte|kostten)\b|"
            r"hoeveel\s+(?:\w+\s+)?(?:[\w-]*geld|euro|miljoen|miljard|[\w-]*budget|(?:[\w-]*-)?middelen|financiering|subsidie)|hoe\s+(?:duur|groot\s+(?:is|was)\s+het\s+budget)|"
            r"(?:wat|hoe\s+hoog)\s+(?:zijn|waren|is|was)\s+de\s+(?:totale\s+|jaarlijkse\s+)?kosten\b|"
            r"welk\s+budget\b|(?:wat|hoe\s+hoog)\s+(?:is|was)\s+het\s+budget\b|welk\s+bedrag\b|"
            # ... or of an amount named («Welk deel van de vijftien miljoen is bestemd voor …?», dev11 u008, row 299)
            rf"welk\s+(?:deel|aandeel)\s+van\s+(?:het|de)\s+(?:[\w-]*budget|[\w-]*middelen|geld|(?:(?:{_NUMBER_WORDS}|\d+)\s+)?(?:miljoen|miljard|euro))\b|"
            r"how\s+much\s+(?:money|funding|budget)|what\s+does\b.*\bcost|"
            # "How much did the Netherlands spend on …?" (row 282)
            r"how\s+much\s+(?:did|does|do|has|have|had|will|would)\b[^?]*?\b(?:spen[dt]|cost|pa(?:y|id)|invest|allocat|charg|earn)\w*|"
            # what someone earns or is charged is money: «Wat verdient een terugkeerder gemiddeld …?», "What fee does
            # the IOM charge …?" (row 294, dev44 yb025, yb026)
            r"wat\s+(?:verdient|verdienen|verdiende|verdienden)\b(?!\s+(?:de\s+)?(?:aanbeveling|voorkeur)\b)|what\s+(?:\w+\s+)?(?:fees?|salar(?:y|ies)|wages?|prices?)\b|"
            # "By how many million euros …?": euros counted are an amount («hoeveel miljoen euro» above)
            r"how\s+many\s+(?:(?:million|billion|thousand)\s+)?(?:euros?|dollars?)\b|how\s+many\s+(?:millions|billions)\b|"
            # «Wat is de omvang van de Nederlandse bijdrage aan het ADPC?»: the size of a contribution is money
            r"(?:wat\s+(?:is|was)\s+de\s+omvang\s+van|hoe\s+groot\s+(?:is|was))\s+(?:de|het)\s+(?:\w+\s+)?"
            r"(?:bijdrage|subsidie|financiering|[\w-]*budget)\b|"
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
            # the members: «Wie zit er in de ACVZ?», «Wie zijn de leden van de ACVZ?» (see ``asks_members``)
            rf"|{_MEMBERS}"
            # who heads a body: «Wie leidde de adviescommissie toen …?», «Wie zat de ACVZ voor?» (row 301, dev50 yi060),
            # «Wie zat de JBZ-Raad voor?» (row 303, dev51 yj061); not who guides a matter («Wie leidt het vertrek … in
            # goede banen?»)
            r"|wie\s+(?:leidt|leidde|leidden|zit|zat)\s+(?:de|het)\s+(?:\w+\s+)?(?:\w+-)?"
            r"(?:adviescommissie|commissie|acvz|dienst|ministerie|organisatie|raad)\b(?![^?]*\bin\s+goede\s+banen\b)"
            # «Welke minister gaat over integratie?», "Which minister …?": the holder of an office (row 282)
            r"|(?:welke|which)\s+(?:ministers?|staatssecretaris(?:sen)?|bewindspersonen|bewindspersoon|bewindslieden"
            r"|state\s+secretar(?:y|ies))\b"
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
            rf"^\s*(?:hoeveel|how\s+many)\s+(?!geld\b|euro|budget|procent|tijd\b|{_UNCOUNTED}|van\b|daarvan\b|is\b|zijn\b|was\b|waren\b|"
            r"kost|bedraagt|bedroeg|keer\b|wordt\b|werd\b|worden\b|werden\b|gaat\b|ging\b|gaan\b|gingen\b|komt\b|kwam\b|"
            r"komen\b|kwamen\b|blijft\b|bleef\b|blijven\b|bleven\b|staat\b|stond\b|staan\b|stonden\b|heeft\b|had\b|"
            r"hebben\b|hadden\b|money|of\b)\w+"
            # figures asked for at the end: «Heeft de investering tot meer vertrek geleid, in cijfers?» (dev53 yl057,
            # row 305: answered with the sentence naming the countries; as a «number», an enumeration answers)
            r"|^(?!\s*(?:hoeveel|how\s+m))[^?]*\bin\s+(?:cijfers|getallen|aantallen|figures|numbers)\s*\?\s*$",
            re.I,
        ),
        _A_NUMBER_RE,
    ),
    "number": (
        # «Hoe groot is de aandacht / de rol / het belang …?» asks how much in words («slechts beperkt»), not a number
        re.compile(
            # («Hoe hoog staat terugkeer op de agenda?» asks a standing in words: «slechts beperkt op de agenda»)
            rf"^\s*(hoeveel(?!\s+(?:tijd\b|{_UNCOUNTED}))|hoe\s+(?:veel|hoog(?!\s+(?:staat|stond|staan|stonden)\b)|vaak)|"
            r"hoe\s+groot(?!\s+(?:is|was|zijn|waren)\b[^?]{0,40}?\b(?:de|het)\s+(?:\w+\s+)?(?:aandacht|rol|belang|invloed|bereidheid|"
            r"betrokkenheid|bewustzijn|kans|risico|druk|steun|effect|prioriteit)\b)|"
            # «Welk deel daarvan …?», "What share of it …?": a part of what the conversation counted
            r"welk\s+(?:deel|aandeel)\s+daarvan|what\s+(?:share|part|portion|proportion)\s+of\s+(?:it|that|this)|"
            r"how\s+(?:much|many|often)|"
            # figures asked: «Wat waren de IOM-vertrekcijfers over 2015?», «Welke terugkeercijfers …?» (row 282)
            r"(?:wat\s+(?:zijn|waren)\s+de|welke)\s+[\w-]*cijfers)\b",
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
            r"|^\s*(?:(?:in|with|to|from)\s+)?which\s+(?:\w+\s+)?(?:countries|member\s+states)\b"
            # as a Kamervraag asks it: «Noem de landen waar …», «Geef alle herkomstlanden …», "List the countries …"
            r"|^\s*(?:noem|geef)\s+(?:(?:de|alle)\s+)?(?:\w+\s+)?(?:\w*landen|lidstaten)\b"
            r"|^\s*(?:name|list)\s+(?:(?:the|all)\s+)?(?:\w+\s+)?(?:countries|member\s+states)\b",
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
    # «Welk itemnummer hoort bij het verzoek van Fritsma?», «Welk nummer heeft het EU Actieplan?», "Which
    # parliamentary paper …?" want a reference: a Kamerstuk, a number of the Handelingen, a COM number. A
    # recommendation's label («2.») is none. (A source asked is no such kind: ``answer_type`` says why.)
    "reference": (
        re.compile(
            r"^\s*(?:(?:in|onder|naar|bij|uit|van)\s+)?welke?\s+(?:\w+\s+){0,2}?(?:item|dossier)?"
            r"(?:nummers?|kamerstuk\w*|vindplaats\w*|referenties?|stuk(?:ken)?)\b"
            r"|^\s*(?:(?:in|under)\s+)?which\s+(?:\w+\s+){0,2}?(?:numbers?|papers?|references?)\b"
            r"|^\s*what\s+(?:is|was)\s+the\s+(?:\w+\s+)?(?:number|reference)\b",
            re.I,
        ),
        re.compile(r"\bKamerstuk(?:ken)?\s+\d|\bnrs?\.\s*\d|\bitems?\s+\d|\bCOM\s*\(\d{4}\)|\bHandelingen\s+II\b"),
    ),
    # «Welke ambassades / organisaties …?» wants them named: «verschillende ngo’s» or «de ambassades van hun
    # herkomstlanden» names none. A name here is a capitalised word inside the sentence, «Nederland» aside.
    "named": (
        re.compile(
            # … or a compound of one («Welke diasporaorganisaties …?», «Welke hulporganisaties …?»)
            rf"^\s*(?:(?:in|met|uit|aan|naar|voor|van|bij|door)\s+)?welke\s+(?:\w+\s+)?\w*(?:{_NAMED_NL})\b"
            # their names asked: «Hoe heten de ngo’s …?», «Welke namen hebben de ngo’s …?»
            rf"|^\s*{_NAMES_OF}(?:\w+\s+)?(?:{_NAMED_NL})\b"
            rf"|^\s*{_NAMES_REQUESTED}(?:\w+\s+)?(?:\w*(?:{_NAMED_NL})|{_NAMED_EN})\b"
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
            r"|onder\s+welke\s+(?:titel|naam)|under\s+(?:which|what)\s+(?:title|name)|what\s+(?:is|was)\s+the\s+(?:title|name)\s+of\s+the\s+(?:\w+\s+)?"
            r"(?:advice|report|letter|evaluation|action\s+plan|programme|program|project|network)|what\s+(?:is|was)\s+.+\s+called)\b",
            re.I,
        ),
        re.compile(r"«[^»]{3,}»|\b[A-Z][\w’'-]+(?:\s+(?:van|voor|for|and|of|en)?\s*[A-Z][\w’'-]+){2,}"),
    ),
    # «Tot wanneer …?» asks an end: a date, or a condition that lasts («Zolang vrijwillige terugkeer nog niet … is,
    # blijft er ruimte …», dev23 zg021); a sentence with neither does not tell it («Tot wanneer loopt de overeenkomst
    # met Somalië?» was answered with the Somali project's contract, which names no end: dev52 yk058, row 304). Its own
    # type, before «date»: a «Zolang …» sentence answers no other date question («Wanneer loopt de pilot af?»).
    "until": (
        re.compile(r"^\s*tot\s+wanneer\b|^\s*until\s+when\b", re.I),
        re.compile(rf"{_DATE_ANSWER_RE.pattern}|\bzolang\b|\bas\s+long\s+as\b", re.I),
    ),
    "date": (
        re.compile(
            # («Tot wanneer …?» asks an end: «until», above)
            r"^\s*(wanneer|(?:sinds|vanaf)\s+wanneer|(?:op|sinds|vanaf|tot)\s+welke\s+(?:dag|datum)"
            r"|(?:in|sinds|vanaf)\s+welk\s+jaar|"
            # a stretch of time is told by its dates («Hoeveel tijd zat er tussen het verzoek en het advies?»)
            # «Welk jaartal …?» asks a year as «welk jaar» does; «Wat is de looptijd / duur van …?» a stretch of time
            r"welk\s+jaar(?:tal)?|hoeveel\s+tijd|hoe\s*lang|when|(?:since|from)\s+when"
            r"|in\s+(?:which|what)\s+year|how\s+long|"
            r"(?:wat|hoe\s+lang)\s+(?:is|was|zijn|waren)\s+de\s+(?:loop)?(?:tijd|duur)\b|"
            # «Wat is de datum van de opdrachtbrief?» (a need stated is asked so: ``text.without_politeness``)
            r"wat\s+(?:is|was|zijn|waren)\s+de\s+dat(?:um|a)\s+van\b|"
            r"what\s+(?:is|was)\s+the\s+(?:duration|term|running\s+time)\b|"
            r"(?:on\s+)?(?:what|which)\s+(?:day|date))\b",
            re.I,
        ),
        _DATE_ANSWER_RE,
    ),
}


# «Wanneer kan negatieve conditionaliteit effectief zijn?» asks under which condition, not on which date:
# «wanneer» + a modal, «is», «heeft», «vindt» or «acht» + a judging adjective (or a verb of working) as the
# predicate: «Wanneer heeft het inhouden van voordelen toch effect?», «… wanneer vindt het kabinet het wel effectief?».
_CONDITION_RE = re.compile(
    r"^\s*(?:wanneer|when)\s+(?:kan|kunnen|mag|mogen|moet|moeten|zou|zouden|is|zijn|wordt|worden|heeft|hebben|"
    r"vindt|vinden|acht|achten|can|may|should|would|are|does|do)\b.*\b"
    r"(?:effectief|nuttig|zinvol|nodig|toegestaan|gerechtvaardigd|wenselijk|verstandig|passend|proportioneel|logisch|"
    # … or a verb of working: «Wanneer kan een negatieve prikkel toch effect hebben?», "When can sanctions work?"
    r"effect|werken|helpen|slagen|succesvol|"
    r"effective|useful|justified|necessary|appropriate|work|help|succeed)\b(?:\s+\w+){0,4}\s*\??\s*$"
    # … or the verb of working itself: «Wanneer werkt negatieve conditionaliteit volgens de ACVZ?», also carried
    # into a later part of the question («… en wanneer volgens het kabinet (werkt negatieve conditionaliteit)»)
    r"|^\s*wanneer\s+(?:[^?(]*\(\s*)?(?:werkt|werken|helpt|helpen|slaagt|slagen|loont|lonen)\b"
    # … or a choice of means: «Wanneer grijpt de regering naar minder-voor-minder?», «Wanneer kiest het kabinet voor …?»
    r"|^\s*wanneer\s+(?:grijpt|grijpen|kiest|kiezen)\b"
    # … or what is obvious: «Wanneer ligt het voor de hand een tegenprestatie te leveren?» (row 286, dev40 zx019)
    r"|^\s*wanneer\s+(?:ligt|liggen|lag|lagen)\s+(?:het\s+)?(?:\w+\s+){0,2}?voor\s+de\s+hand\b"
    # … or how something turns out: «Wanneer valt een keuze … slecht uit voor terugkeer?» (row 293, dev43 ya006)
    r"|^\s*wanneer\s+(?:valt|vallen|pakt|pakken)\b[^?]*\buit\b"
    # … or losing out: «Wanneer trekt terugkeer aan het kortste eind?», «Wanneer delft terugkeer het onderspit?»
    # (row 301, dev50 yi011)
    r"|^\s*wanneer\b[^?]*\b(?:aan\s+het\s+kortste\s+eind|het\s+onderspit|het\s+af\s+tegen)\b",
    re.I,
)


# «Wanneer verschijnt de volgende voortgangsrapportage?» asks about something still to come: a date the
# document looks back on (the previous report, another letter) does not answer it.
# «de volgende rapportage», «Wanneer wordt … opnieuw geëvalueerd?»: a time still to come
_FUTURE_QUESTION_RE = re.compile(
    r"\b(?:volgende|komende|eerstvolgende|gepland|opnieuw|nogmaals|herha\w*|next|upcoming|planned|again|repeat\w*)\b"
    # «een vervolgevaluatie», «een vervolgonderzoek», "a follow-up study": what comes after
    r"|\bvervolg\w*|\bfollow-?up\b"
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
# asked in the present tense, is still to come («Wanneer verscheen de nieuwe visie?» looks back); so is something
# again («Wanneer krijgt de Kamer weer een update …?», dev51 yj064, row 303: a date of 2014 was quoted)
_NEW_QUESTION_RE = re.compile(r"\b(?:nieuwe?|weer)\b", re.I)
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
    # («Tegen hoeveel landen zijn al maatregelen genomen?», dev48 yf027: answered with the cabinet's view on them)
    r"^\s*(?:met|in|aan|bij|van|voor|op|om|uit|naar|over|tot|tegen|onder|door|via|with|for|to|from|of|by|against|"
    r"on|among)\s+(?=(?:hoeveel|how\s+(?:many|much))\b)",
    re.I,
)


# What staff type into a search box is no sentence: «aantal gedwongen terugkeerders 2015», «datum aanbieding acvz
# advies». It has no question word to say what it wants; a noun naming the kind of answer does.
_CLOSING_PUNCTUATION_RE = re.compile(r"[?!.:]\s*$")
_SENTENCE_WORDS = frozenset(
    "de het een die dat deze dit wat wie hoe welke welk wanneer waarom waar hoeveel is zijn was waren wordt worden "
    "heeft hebben kan kunnen zal zullen moet moeten geef noem som beschrijf leg vat licht".split()
)
_QUESTION_WORDS = frozenset("wat wie welke welk wanneer waarom waar hoe hoeveel".split())
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


# A terse question is a noun phrase with a question mark, headed by the noun that names the kind of answer:
# «Aantal deelnemende werkgevers aan de banenmarktpilot?», «Budget migratie en ontwikkeling vóór de verhoging?»,
# «Namen van de ngo's in de terugkeerprojecten?». Unlike keywords it may hold articles; a verb right after the noun
# makes it a sentence («Kosten zijn gedaald?»).
_TERSE_HEAD_RE = re.compile(
    r"^\s*(?P<noun>aantal(?:len)?|datum|data|jaartal|bedrag|bedragen|budget|kosten|namen)\s+"
    r"(?!(?:is|zijn|was|waren|wordt|worden|werd|werden|heeft|hebben|had|kan|kunnen|zal|zullen|moet|moeten|staat|"
    r"staan|gaat|gaan|ging|bedraagt|bedroeg|blijft|blijven|stijgt|stijgen|daalt|dalen)\b)"
    r"(?P<rest>[^?!.:]+?)\s*\?\s*$",
    re.I,
)
_TERSE_ASKS = {
    **dict.fromkeys(("aantal", "aantallen"), "hoeveel "),
    **dict.fromkeys(("datum", "data", "jaartal"), "wanneer "),
    **dict.fromkeys(("bedrag", "bedragen", "budget", "kosten"), "welk bedrag "),
    "namen": "hoe heten ",
}
# … or a topic typed first and the question after it: «Kenia: ondersteuning ambtenaren, welk jaartal?»,
# «Maatwerkprogramma's met herkomstlanden: wiens plan?». The question part is read first, the topic after it.
_TOPIC_FIRST_RE = re.compile(
    # (a preposition may open the question: «Evaluatie én advies: onder welke titel …?», row 295, dev45 yc060)
    r"^\s*(?P<topic>[^?!.]+?)\s*[:,]\s*(?P<asked>(?:(?:onder|in|op|met|van|voor|bij|uit|aan|naar|sinds|vanaf|tot)\s+)?"
    r"(?:wat|wie|wiens|welke?|wanneer|waar\w*|hoe\w*|hoeveel)\b[^:,?!.]*\?)\s*$",
    re.I,
)

_ARTICLES = frozenset(("de", "het", "een"))
# … a topic of at most eight words (no verb or question word among them), the question after its colon
_TOPIC_COLON_RE = re.compile(r"^\s*(?P<topic>(?:[^\s:]+\s+){0,7}[^\s:]+)\s*:\s*\w", re.I)


def _keyword_reading(question: str) -> tuple[str, str | None] | None:
    """A keyword query or a terse question with a type noun, or a topic typed before its question: (the question
    it stands for, the noun as typed — None for a topic first), else None."""
    if keyword_query(question):
        for pattern, asks in _KEYWORD_TYPE_RES:
            m = pattern.match(question.strip())
            if m:
                return asks + " ".join(" ".join(m.group("pre", "rest")).split()), m.group("noun")
        return None
    if m := _TERSE_HEAD_RE.match(question):
        noun = m.group("noun")
        rest = re.sub(r"^van\s+", "", m.group("rest"), flags=re.I) if noun.lower() == "namen" else m.group("rest")
        return _TERSE_ASKS[noun.lower()] + rest + "?", noun
    first = _WORD_RE.match(question.strip())
    if first and (m := _TOPIC_FIRST_RE.match(question)):
        # «Het M&O-budget: hoe lang bestaat dat al?»: a topic with its article, typed before a colon; a clause
        # before a comma is no topic («De ACVZ zegt dat …, hoe reageert het kabinet?»)
        article_topic = (
            first.group().lower() in _ARTICLES
            and (c := _TOPIC_COLON_RE.match(question)) is not None
            and not any(w in _SENTENCE_WORDS - _ARTICLES for w in _WORD_RE.findall(c.group("topic").lower()))
        )
        # … or a whole clause before a colon and a bare question after it, a few words with no verb of its own: «Het
        # geld voor M&O is geoormerkt: vanaf welk jaar al?» (row 301, dev50 yi008). Not a question before the colon:
        # «Wat is het budget: welk jaartal?» keeps its own reading
        clause_topic = (
            first.group().lower() not in _QUESTION_WORDS
            and question[m.end("topic") :].lstrip().startswith(":")
            and len(_WORD_RE.findall(m.group("asked"))) <= 4
            and not any(w in _SENTENCE_WORDS - _QUESTION_WORDS for w in _WORD_RE.findall(m.group("asked").lower()))
        )
        if first.group().lower() not in _SENTENCE_WORDS or article_topic or clause_topic:
            return f"{m.group('asked')[:-1].rstrip()} {m.group('topic')}?", None
    return None


def _as_asked(question: str) -> str:
    """A keyword query as the question its type noun asks («aantal gedwongen terugkeerders 2015» → «hoeveel
    gedwongen terugkeerders 2015»), so that the questions' patterns read it; anything else unchanged."""
    reading = _keyword_reading(question)
    return reading[0] if reading else question


def keyword_type_noun(question: str) -> str | None:
    """The noun by which a keyword query or a terse question asks its type («kosten» of «kosten
    geldovermakingen»), else None. It is a keyword too: the query may be about the costs rather than ask their
    amount."""
    reading = _keyword_reading(question)
    return reading[1] if reading else None


def answer_type(question: str) -> str | None:
    """'amount', 'percentage', 'person', 'named-count', 'count', 'number', 'countries', 'reference', 'named',
    'title', 'until' or 'date' when the question asks for one, else None. A keyword query or a terse question asks by
    its type noun (``keyword_query``, ``_keyword_reading``)."""
    question = _as_asked(question)
    question = _LEADING_CONJUNCTION_RE.sub("", question)  # «En hoeveel daarvan …?» asks as «Hoeveel daarvan …?»
    question = _PREPOSITION_BEFORE_COUNT_RE.sub("", question)
    for kind, (asks, _) in _TYPES.items():
        if kind == "reference" and asks_for_source(question):
            # «In welk Kamerstuk …?», «Welke vindplaats …?»: a footnote answers, cited from a sentence that carries
            # only its marker (``asks_for_source``); a number of a stuk asked otherwise is read off the sentence
            continue
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


# «In welke vier landen …?», "Which three countries …?": the number says how many the answer names
# («Noem de zes landen …», but not «Van de vijftien miljoen …»: an amount, no count of things named)
_HOW_MANY_NAMED_RE = re.compile(
    rf"\b(?:welke|which|de|the)\s+({_NUMBER_WORDS}|\d+)\s+(?!(?:miljoen|miljard|duizend|honderd|procent|euro|million|"
    r"billion|thousand|percent)\b)(?=[a-z])",
    re.I,
)


def answer_count_words(question: str) -> frozenset[str]:
    """The stems of a number that says how many things the answer names («In welke vier landen …?» → «vier»): a
    count of the answer, not a word of the question's topic a paragraph must share (the sentence «In Marokko,
    Afghanistan, Irak en Somalië …» never says «vier»)."""
    return frozenset(content_terms(" ".join(m.group(1) for m in _HOW_MANY_NAMED_RE.finditer(question))))


def counted(question: str) -> frozenset[str]:
    """What a «Hoeveel <noun> …?» counts: the stems of the (at most two) words after «hoeveel»
    («Hoeveel gedwongen terugkeerders …?»), empty when any count may answer it."""
    # An English question counts what its Dutch gloss names ("How many rejected asylum seekers …?" →
    # «afgewezen asielzoekers»): «twee elementen» does not answer it. A word the glossary left as written
    # («displaced», «staff») is no requirement: no Dutch sentence spells it.
    english = looks_english(question)
    # «Uit hoeveel leden bestaat de ACVZ?» counts as «Hoeveel leden …?» (as ``answer_type`` reads it)
    m = _COUNTED_RE.match(_PREPOSITION_BEFORE_COUNT_RE.sub("", _as_asked(to_dutch(question) if english else question)))
    if not m:
        return frozenset()
    written = set(re.findall(r"\w+", question.lower())) if english else set()
    words = " ".join(g for g in m.groups() if g and g.lower() not in written)
    stems = frozenset(content_terms(words))
    if stems & _ANY_COUNTED:
        return frozenset()
    # ... or as the stukken name it: «Uit hoeveel onderdelen bestaat deze brief?» by «twee elementen»
    stems |= frozenset(content_terms(expansions(words)))
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


_NAMED_NOUN_RE = re.compile(
    rf"\b(?:(?:welke|which)\s+|{_NAMES_OF}|^\s*{_NAMES_REQUESTED})(?:\w+\s+)?(\w*(?:{_NAMED_NL})|{_NAMED_EN})\b", re.I
)
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
    """The stem of what a «Welke ngo’s / organisaties …?» question wants named («ngo»), else empty; a terse
    question as the question it stands for («Namen van de ngo's …?»: «Hoe heten de ngo's …?»)."""
    m = _NAMED_NOUN_RE.search(_as_asked(question))
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
        # … or described as a kind of it, a compound ending in it: «Diasporaorganisaties in Nederland worden
        # geconsulteerd …» tells which organisations (as «in landen die …» tells which countries)
        if any(re.search(rf"\w{{3,}}{re.escape(w.rstrip('s'))}", low) for w in what):
            return True
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
    r"\b(welke?\s+(?:\w+\s+)?(?:kamer)?stuk(ken)?|verwijs\w*|verwezen|bron|bronnen|voetnoot|noot|vindplaats\w*|"
    # the number of a Kamerstuk is its source: «Welk dossiernummer staat in de noot?» (dev41, row 289)
    r"(?:dossier|stuk|kamerstuk)nummers?|"
    # «Waar kan ik de brieven over de extra ODA-middelen nalezen?»: where a document is to be read is its source
    # (where the stukken say something is a look-up: «Waar staat iets over …?»)
    r"waar\s+(?:kan|kun|vind|lees)\s+(?:ik|je|men|u)\s+(?:\w+\s+){0,2}(?:kamer)?(?:brief|brieven|stuk|stukken|rapport|"
    r"advies|debat|verslag|(?:raads)?conclusies|actieplan)\b|"
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


# «Klopt het dat de ACVZ een apart terugkeerministerie adviseert?»: advising as a verb, said of someone (the noun
# «aanbeveling» mostly points at a numbered part, answered by its text whatever its words)
_ADVISES_RE = re.compile(
    r"\b(?:adviseert|adviseren|adviseerde|adviseerden|geadviseerd|beveelt|bevelen|beval|aanbevolen|raadt|raden|raadde"
    r"|aangeraden)\b",
    re.I,
)


def says_advises(question: str) -> bool:
    """Does the question ask what someone advises (the verb: «Wat adviseert de ACVZ over …?»)?"""
    return bool(_ADVISES_RE.search(question))


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
    return consequence(sentence) is not None


def consequence(sentence: str) -> str | None:
    """What a sentence opening with a consequence of the one before says follows («Om deze reden wordt … ingezet op
    wijziging van deze verdragen» → «wordt … ingezet op wijziging van deze verdragen»), or None."""
    m = _BECAUSE_OF_THAT_RE.match(sentence)
    return sentence[m.end() :] if m else None


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
    r"|what\s+is\s+new|what'?s\s+new|new\s+about"
    # "What does the action plan mention explicitly for the first time?", «Wat noemt het plan voor het eerst?»
    r"|what\s+(?:does|did|do)\b[^?]*\bfor\s+the\s+first\s+time|wat\s+(?:noemt|noemde|doet|deed|zegt|zei)\b[^?]*\bvoor\s+het\s+eerst)\b",
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


# «Wie heeft de brief ondertekend?», «Namens welke bewindslieden is deze brief verstuurd?», «Wie zijn de
# afzenders?», "Who signed the letter?": who signed or sent the document, which its signature block says, not
# who holds an office («Welke minister gaat over terugkeer?»). Signing asks who signed the document when the
# question asks who («Wie tekenden deze kabinetsreactie?») or names the document; «Heeft Pakistan een
# terugnameovereenkomst getekend?», "Which countries have signed a readmission agreement …?" ask about an agreement.
_SIGNING = r"(?:onderteken\w*|getekend|tekenden?|sign(?:ed)?)"


def _together(a: str, b: str) -> str:
    """A pattern for ``a`` and ``b`` in one question, in either order."""
    return rf"\b{a}\b[^?]*?\b{b}\b|\b{b}\b[^?]*?\b{a}\b"


# («namen» the noun, not the verb: «Welke maatregelen namen zij …»)
_NAMES = r"(?:(?:welke|de|die|drie|twee)\s+namen|namen\s+(?:staan|stonden))"
_UNDER_THE_DOCUMENT = r"(?:onder|onderaan)\s+(?:de|deze)\s+(?:brief|kabinetsreactie|reactie)"
_WHO_SIGNED_RE = re.compile(
    rf"\b(?:wie|who|welke\s+(?:\w+\s+)?(?:bewinds\w*|ministers?|staatssecretaris\w*|personen)"
    rf"|which\s+(?:\w+\s+)?(?:ministers?|officials?|secretar\w+))\b[^?]*?\b{_SIGNING}\b"
    rf"|{_together(_SIGNING, '(?:brief|kabinetsreactie|letter)')}"
    r"|\b(?:ondertekenaars?|afzenders?|signator\w*)\b"
    # «Onder de brief staan drie namen; van wie?», «Welke namen staan onderaan de kabinetsreactie?» (row 301)
    rf"|{_together(_NAMES, _UNDER_THE_DOCUMENT)}"
    # «Welke handtekeningen staan onderaan de brief?», «de handtekening onder de kabinetsreactie»
    rf"|{_together('(?:handtekening(?:en)?|signatures?)', '(?:brief|kabinetsreactie|letter|reactie)')}"
    r"|\b(?:namens\s+(?:wie|welke)|on\s+whose\s+behalf|bewinds\w*|ministers?|staatssecretaris(?:sen)?)\b.*"
    r"\b(?:verstuurd|verzonden|gestuurd|stuurden|geschreven|onder\s+(?:de|deze)\s+(?:brief|kabinetsreactie|reactie)"
    r"|sent|written)\b",
    re.I,
)


def asks_who_signed(question: str) -> bool:
    """Does the question ask who signed or sent the document (its signature block answers it whole)?"""
    return bool(_WHO_SIGNED_RE.search(question))


def asks_signatory(question: str) -> bool:
    """Does the question ask who signed, or about a minister or state secretary (whose office and name the
    signature block gives)?"""
    return bool(_SIGNATORY_RE.search(question)) or asks_who_signed(question)


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
    r"|^\s*how\s+long\s+(?:has|have|had)\b"
    # «… of bestaat het al langer?», «Bestaat dat budget al lang?» (row 294, dev44 yb009)
    r"|\b(?:bestaat|bestaan|bestond|bestonden)\s+(?:\w+\s+){0,3}al\s+(?:langer|lang|jaren)\b",
    re.I,
)
_SINCE_RE = re.compile(
    r"\b(?:sinds|vanaf|since)\s+(?:(?:1[89]|20)\d\d|een\s+aantal|enkele|vele|geruime|lange|jaar|jaren|decennia)\b",
    re.I,
)


# «En hoeveel daarvan gaat naar duurzame terugkeer?», «Welk deel van het budget …?», "How much of it …?": a part of a
# whole, told by the sentence that puts the one within the other («tien miljoen euro voor duurzame terugkeer binnen het
# budget van vijftien miljoen euro»), not by another amount for the same thing («zes miljoen euro … toegevoegd»)
_SHARE_QUESTION_RE = re.compile(
    r"\bhoeveel\s+(?:\w+\s+)?(?:daarvan|hiervan|ervan)\b|\b(?:welk|welke|wat\s+is\s+het)\s+(?:deel|aandeel|gedeelte)\b"
    r"|\bhoeveel\s+van\s+(?:het|de|die|dat|dit|deze)\b|\bhow\s+much\s+of\b|\bwhat\s+(?:share|part|portion|proportion)\b",
    re.I,
)
_SHARE_RE = re.compile(
    r"\bbinnen\s+(?:het|de|een)\s+(?:\w+\s+)?(?:budget|bedrag|totaal|middelen)\b|\b(?:daarvan|waarvan)\b"
    r"|\b(?:deel|aandeel|gedeelte|helft)\s+van\b|\bvan\s+(?:het|de)\s+totale\b",
    re.I,
)


# «Welke onderwerpen kunnen projecten voor migratiemanagement behandelen?», «Wat hoort er allemaal bij …?», «Noem
# …»: several things asked, which a sentence that enumerates them gives («Afhankelijk van de lokale context kan het
# gaan om de aanpak van mensensmokkel en -handel, grensbewaking, het waarborgen van rechten van migranten, …»)
_ENUMERATION_QUESTION_RE = re.compile(
    # a plural right after «welke», or after adjectives («Welke Europese operationele samenwerkingsverbanden …?»)
    r"^\s*(?:(?:\w+\s+)?welke\s+(?:\w+e\s+){0,3}\w+(?:en|s|’s|'s)\b|noem\b|which\s+\w+s\b|list\b|name\s+the\b)"
    r"|\ballemaal\b"
    # what money is spent on: «Waaraan gaat de tien miljoen … op?», «Waaraan worden de middelen besteed?»
    r"|^\s*(?:waaraan|waarvoor)\s+(?:\S+\s+){1,10}?(?:besteed|uitgegeven|op|ingezet|gebruikt|aangewend)\s*\?",
    re.I,
)
_ENUMERATES_RE = re.compile(r"[^,]+,[^,]+,.*\b(?:en|of|and|or)\b")


def asks_enumeration(question: str) -> bool:
    """Does the question ask for several things («Welke onderwerpen …?», «Wat hoort er allemaal bij …?»)?"""
    return bool(_ENUMERATION_QUESTION_RE.search(question))


def enumerates(sentence: str) -> bool:
    """Does the sentence enumerate three things or more («A, B, C en D»; commas in asides do not count)?"""
    return bool(_ENUMERATES_RE.search(_without_parentheses(sentence)))


# «Waarmee is de Europese Commissie het eens als het gaat om vrijwillige terugkeer?»: what a voice agrees with, which
# the sentence that says it agrees tells («De Commissie is het ermee eens dat …»; «eens» is a stopword to the search)
_AGREED_QUESTION_RE = re.compile(
    r"^\s*(?:waarmee|waarover|met\s+wat|(?:met|over)\s+welke?\s+\w+)\s+(?:is|zijn|was|waren)\b.*\bhet\s+eens\b", re.I
)
_AGREES_RE = re.compile(
    r"\bhet\s+(?:er\s*mee\s+|daarmee\s+|hiermee\s+|erover\s+)?eens\b|\b(?:deelt|delen)\s+de\s+(?:visie|mening|conclusie)"
    r"|\bonderschrij\w+",
    re.I,
)


def asks_agreed(question: str) -> bool:
    """Does the question ask what a voice agrees with («Waarmee is de Commissie het eens …?»)?"""
    return bool(_AGREED_QUESTION_RE.search(question))


def gives_agreed(sentence: str) -> bool:
    """Does the sentence say its speaker agrees («is het ermee eens dat», «deelt de visie van», «onderschrijft»)?"""
    return bool(_AGREES_RE.search(sentence))


# «Heeft Ghana later alsnog meegewerkt …?», «Werkt Nigeria inmiddels mee …?», «Is het daarna in de Kamer besproken?»:
# what came after what the stukken report, which only a sentence that speaks of that later time tells («… maar
# inmiddels is de migratieproblematiek in Europa zo’n prioriteit geworden …»)
_DEVELOPMENT_QUESTION_RE = re.compile(
    # not «iets voor nu en iets voor later» (a time to come, asked of a plan: row 294, dev44 yb044)
    r"\b(?:(?<!voor\s)(?<!tot\s)later|alsnog|inmiddels|sindsdien|daarna|nadien|intussen|since\s+then|afterwards|by\s+now"
    # «Heeft de PVV na ontvangst van de brief een debat aangevraagd?» (row 282)
    r"|na\s+(?:de\s+)?(?:ontvangst|publicatie|verschijning)\s+van"
    # what came of something done: «Is de medewerking van Burundi verbeterd na de capaciteitsprojecten?» (the sentence
    # that names the projects says nothing of what followed: dev52 yk063, row 304)
    r"|(?:verbeterd|toegenomen|gestegen|gedaald|afgenomen|veranderd|beter\s+geworden)\s+(?:na|sinds|dankzij|door)\b(?!\s+wie\b))\b",
    re.I,
)
_DEVELOPMENT_RE = re.compile(
    r"\b(?:later|alsnog|inmiddels|sindsdien|daarna|nadien|intussen|thans|tegenwoordig|nu|meer\s+dan\s+ooit"
    # … or what something led to («De inzet van VenJ en BZ heeft er in ieder geval toe geleid dat …»)
    r"|toe\s+geleid|geleid\s+tot)\b",
    re.I,
)


# «Uit welk land komt de grootste diasporagemeenschap?», "Which country sends the most …?": one thing ranked above
# the others is asked — not «op het hoogste niveau» (a level), nor «de effectiefste manier» (the text says that itself)
_SUPERLATIVES = r"grootste|meeste|hoogste|laagste|kleinste|minste|sterkste|largest|biggest|most|highest|lowest|smallest"
_RANKING_QUESTION_RE = re.compile(
    rf"\b(?:welk|welke|wie|which|who|what)\b[^?]*?\b(?:de|het|the)\s+(?P<sup>{_SUPERLATIVES})\b"
    r"(?!\s+\w*(?:niveau|level|mate|degree|extent)\b)",
    re.I,
)
_RANKS_RE = re.compile(
    rf"\b(?:{_SUPERLATIVES}|meest|minst|grootst|hoogst|laagst|belangrijkste|voornaamste|effectiefste|\w+ste\s+plaats)\b",
    re.I,
)


def asked_ranking(question: str) -> str | None:
    """The superlative of a question that asks which one ranks first («de grootste»), else None."""
    m = _RANKING_QUESTION_RE.search(question)
    return m.group("sup") if m else None


def ranks(sentence: str) -> bool:
    """Does the sentence rank something above the rest («de meeste lidstaten», «de effectiefste manier»)?"""
    return bool(_RANKS_RE.search(sentence))


# «in 2015», «in het jaar 2014», «tijdens 2015», "in 2015", "during 2014": a year the question is restricted to;
# not «sinds 2004» (a span that runs to now) nor «2014/15» (a parliamentary session in a reference)
_YEAR_ASKED_RE = re.compile(
    r"\b(?:in|tijdens|gedurende|during|over)\s+(?:(?:het\s+jaar|the\s+year)\s+)?(?P<year>(?:19|20)\d\d)(?![\w/-])", re.I
)


def year_asked(question: str) -> str | None:
    """The year a question restricts what it asks to («Welke landen hebben in 2015 … opgezegd?»), or None."""
    m = _YEAR_ASKED_RE.search(question)
    return m.group("year") if m else None


def asks_development(question: str) -> bool:
    """Does the question ask what came later («inmiddels», «later alsnog», «daarna»)?"""
    return bool(_DEVELOPMENT_QUESTION_RE.search(question))


def tells_development(sentence: str) -> bool:
    """Does the sentence speak of a later time or of now («inmiddels», «sindsdien», «nu», «meer dan ooit»)?"""
    return bool(_DEVELOPMENT_RE.search(sentence))


def asks_share(question: str) -> bool:
    """Does the question ask a part of a whole («hoeveel daarvan», «welk deel van …»)?"""
    return bool(_SHARE_QUESTION_RE.search(question))


def gives_share(sentence: str) -> bool:
    """Does the sentence put a part within its whole («… binnen het budget van …», «waarvan», «de helft van»)?"""
    return bool(_SHARE_RE.search(sentence))


def asks_since(question: str) -> bool:
    """Does the question ask from when something has been so («Sinds wanneer …?», «Hoe lang … al?»)?"""
    return bool(_SINCE_QUESTION_RE.search(_as_asked(question)))


def gives_since(sentence: str) -> bool:
    """Does the sentence give a start point («sinds 2004», «sinds een aantal jaren»)?"""
    return bool(_SINCE_RE.search(sentence))


# «Wat is het tweede onderdeel van de brief?», «Wat is de eerste stap?»: the place in an enumeration asked, which
# the stukken mark at the sentence's start («Ten tweede wordt in deze brief …», «Allereerst presenteert …»)
_ORDINALS = ("eerste", "tweede", "derde", "vierde", "vijfde")
_ORDINAL_ASKED_RE = re.compile(rf"(?<!ten )\b(?:het|de)\s+({'|'.join(_ORDINALS)})\b(?:\s+(\w+))?", re.I)


def ordinal_asked(question: str) -> str | None:
    """The ordinal a question asks for («het tweede onderdeel» → «tweede»), or None."""
    m = _ORDINAL_ASKED_RE.search(question)
    return m.group(1).lower() if m else None


def ordinal_noun(question: str) -> str | None:
    """What the ordinal counts («het tweede spoor» → «spoor»), or None."""
    m = _ORDINAL_ASKED_RE.search(question)
    return m.group(2) if m else None


def opens_with_ordinal(sentence: str, ordinal: str) -> bool:
    """Does the sentence open with that place of an enumeration («Ten tweede …»; «Allereerst …» for the first)?"""
    first = r"|allereerst|eerst" if ordinal == "eerste" else ""
    return re.match(rf"\s*(?:ten\s+{ordinal}|{ordinal}ns{first})\b", sentence, re.I) is not None


def gives_reason(sentence: str) -> bool:
    """Does the sentence say why — a cause, purpose or consequence in so many words?"""
    return bool(_REASON_RE.search(sentence))


# «Welke resultaten heeft de pilot opgeleverd?», «Wat zijn de resultaten van …?»: what came of something.
_RESULTS_QUESTION_RE = re.compile(
    r"\b(?:welke|wat\s+(?:zijn|waren))\s+(?:de\s+)?(?:resultaten|uitkomsten|opbrengsten)\b|\bopgeleverd\b|"
    # the verb split around its subject: «Wat leverden de projecten in Burundi concreet op?» (row 294, dev44 yb029)
    r"\bwat\s+(?:levert|leveren|leverde|leverden)\b[^?.]*?\bop\s*(?:\?|$)|"
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
# … «al ergens», «al daadwerkelijk» too: «Is het intrekken van visumfacilitatie al ergens toegepast?» (row 287)
_DONE_ALREADY_RE = re.compile(
    r"\b(?:al\s+(?:eens|ooit|ergens|daadwerkelijk|echt)|daadwerkelijk\s+al"
    # «Heeft het kabinet visumfacilitatie inmiddels echt stopgezet?» (dev51 yj063, row 303)
    r"|inmiddels\s+(?:al\s+)?(?:echt|daadwerkelijk|werkelijk)|(?:has|have|had)\b[^?]*\b(?:ever|already))\b",
    re.I,
)


# «Welke fracties stemden tegen het extra geld voor terugkeer?», "How did MEPs vote …?": how a vote went, which only a
# sentence that speaks of a vote tells (a motion «aangenomen», «verworpen»); the budget sentence was quoted (dev41
# zy062, row 291). Not «stemden in met» (agreed: «Wanneer stemden de justitieministers in met …?»).
_VOTED = r"stemde|stemden|gestemd|voted?"  # the words of a vote both the question and the sentence may use
_VOTE_ASKED_RE = re.compile(rf"\b(?:{_VOTED}|stemming|stemgedrag|voting)\b", re.I)
_AGREED_TO_RE = re.compile(r"\bin\s+met\b|\bingestemd\b", re.I)
# … but a parliamentary party or the Kamer agrees by a vote: «Stemde de PVV-fractie in met de reactie …?» (dev52 yk062,
# row 304: the letter's sentence naming «uw lid Fritsma (PVV)» was quoted)
_PARLIAMENT_RE = re.compile(
    r"\b(?:[Ff]racties?|Kamerleden|Kamermeerderheid|(?:Tweede|Eerste)\s+Kamer|PVV|VVD|PvdA|CDA|SP|D66|GroenLinks"
    r"|ChristenUnie|SGP|PvdD|50PLUS)\b"
)
_VOTE_RE = re.compile(rf"\b(?:{_VOTED}|stemming\w*|stemmen|aangenomen|verworpen|adopted|rejected)\b", re.I)


def asks_vote(question: str) -> bool:
    """Does the question ask how a vote went («Welke fracties stemden tegen …?»), not who agreed to what?"""
    if not _VOTE_ASKED_RE.search(question):
        return False
    return not _AGREED_TO_RE.search(question) or bool(_PARLIAMENT_RE.search(question))


def tells_vote(sentence: str) -> bool:
    """Does the sentence speak of a vote (stemmen, a motion aangenomen or verworpen)?"""
    return bool(_VOTE_RE.search(sentence))


def asks_done_already(question: str) -> bool:
    """Does the question ask whether something has been done already («al eens», "ever")?"""
    return bool(_DONE_ALREADY_RE.search(question))


def asks_results(question: str) -> bool:
    """Does the question ask what came of something (its results, what it yielded)?"""
    return bool(_RESULTS_QUESTION_RE.search(question))


# An amount added to another («is hier zes miljoen euro voor duurzame terugkeer aan toegevoegd», «zes miljoen euro
# extra ODA-middelen») is not the amount there is; a question on the addition says so («Hoeveel kwam erbij?», «Hoe
# groot was de extra impuls …?», "By how much did the budget grow?")
_INCREMENT_RE = re.compile(r"\b(?:toegevoegd|extra|erbij|bijgekomen|verhoogd|verhoging|aanvullende?)\b", re.I)
_INCREMENT_ASKED_RE = re.compile(
    r"\b(?:toegevoegd|extra|erbij|bij\s*gekomen|(?:kwam|kwamen|komt|komen)\s+(?:er\s+)?bij|verhoog\w*|verhoging|"
    r"gegroeid|groei\w*|impuls|aanvull\w*|toegenomen|toename|gestegen|stijging|meer\s+dan\s+(?:eerst|voorheen|vroeger)|"
    r"grow|grew|grown|increase\w*|added|additional|more\s+than\s+before)\b",
    re.I,
)


def states_increment(sentence: str) -> bool:
    """Does the sentence state an amount added to another («… aan toegevoegd», «extra»)?"""
    return bool(_INCREMENT_RE.search(sentence))


def asks_increment(question: str) -> bool:
    """Does the question ask what was added or how much something grew?"""
    return bool(_INCREMENT_ASKED_RE.search(question))


def states_plan(sentence: str) -> bool:
    """Does the sentence say what is going to be done (gaat, zal, zullen), rather than what was done?"""
    return bool(_PLAN_RE.search(sentence))


def asks_for_source(question: str) -> bool:
    """Does the question ask which stuk or source is referred to (answered by a footnote)?"""
    return bool(_SOURCE_QUESTION_RE.search(question))


# «Waar is de koppeling … beschreven?», «Waar zijn die conclusies gepubliceerd?»: where something was written down.
# The sentence that says it answers, and its footnote, if it has one, is where (row 288).
_WHERE_WRITTEN_RE = re.compile(
    r"^\s*waar\s+(?:is|zijn|werd|werden|wordt|worden)\b[^?]*\b"
    r"(?:beschreven|uitgewerkt|vastgelegd|toegelicht|uiteengezet|gepubliceerd|te\s+vinden)\s*\??\s*$",
    re.I,
)


def asks_where_written(question: str) -> bool:
    """Does the question ask where something was written down («Waar is … beschreven?»)?"""
    return bool(_WHERE_WRITTEN_RE.search(question))


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
