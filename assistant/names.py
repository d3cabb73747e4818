"""Names in a question, and whether a text names them. Pure functions.

A question that names something the stukken never mention is not answered from a paragraph on the rest of it
(«Wat vindt Frankrijk van visa?»). A name is found in many forms: inflected («Kenia» ~ «Keniaanse»), by its
inhabitants («Somaliërs» ~ «Somalische»), as names side by side («Justitie en Buitenlandse Zaken»), as the
initials the stukken use for it («Dienst Terugkeer en Vertrek» ~ DT&V), joined to a common noun
(«EU-migratiebeleid»), written out («AO» ~ «Algemeen Overleg») or, for a region, by a country in it.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from .models import Paragraph
from .text import SPELLED_OUT
from .thesaurus import expansions

# Capitalised names in a question (not its first word): «Raad van State», «Turkije», «IND».
_NAME_RE = re.compile(r"(?<!^)(?<![.?!]\s)\b([A-Z][\w’'&-]*(?:\s+(?:van|voor|der|de|en)?\s*[A-Z][\w’'&-]*)*)")
_SUFFIX_RE = re.compile(r"['’](?:s|ers?)$")
_POSSESSIVE_SPLIT_RE = re.compile(r"(?<=['’]s)\s+")
_NAME_JOIN_RE = re.compile(r"\s+(?:en|de)\s+")
_AFTER_INITIALS_RE = re.compile(r"(?<=[A-Z])\s+van\s+")  # «ACVZ van»: see ``question_names``
_GENRE_PREFIX_RE = re.compile(
    r"^(?:Kamer\w*|Tweede|Handelingen|Aanhangsel|Kamerstuk\w*)\s+(?:(?:van|voor|der|de)\s+)?(?=[A-Z])"
)
_GENRE_RE = re.compile(r"^(?:Kamer\w*|Tweede|Handelingen\w*|Aanhangsel\w*|Kamerstuk\w*)$")  # «Handelingennummer»


def question_names(question: str) -> list[str]:
    """Capitalised names in a question, without genre words such as «Kamerstuk» («de Kamervragen van Van
    Klaveren en Bontes» names «Van Klaveren en Bontes»)."""
    # «BSO's», «ngo’s»: a plural (or possessive) ’s is not part of the name; nor is the ’er of a member («Welke
    # PVV'er …?», «VVD’ers») of a party or body written in initials.
    # A possessive ends a name: "the Commission's September action plan" names the Commission, then a month.
    found = (part for n in _NAME_RE.findall(question) for part in _POSSESSIVE_SPLIT_RE.split(n))
    names = (_SUFFIX_RE.sub("", _GENRE_PREFIX_RE.sub("", n)) for n in found)
    # «Wat vindt de ACVZ van EURINT en ERIN?»: a body written in initials is not the start of a «… van …» name
    # («Raad van State» is one), so the «van» after it is the question's, between two names.
    names = (part for n in names for part in _AFTER_INITIALS_RE.split(n))
    return [n for n in names if n and not _GENRE_RE.match(n)]


# The country the stukken are written in, named in a question as the one acting («Nederlandse steun»): no name
# the answer must be about
IMPLICIT_NAMES = frozenset({"Nederland", "Nederlandse", "Nederlands", "Nederlanders", "Netherlands", "Dutch"})
# The seat of government stands for the country as a name asked: «Wie zegt dat in Den Haag en Brussel nu alle
# betrokkenen actief meedenken?» is answered by «… zowel in Nederland als in Brussel, actief meewerken …» (row 296,
# dev46 yd033: refused for not naming Den Haag). Only for the name check, not the search: the letter's own «partijen
# in Den Haag» is what a search for it should find.
_SEATS = {"Den Haag": "Nederland"}
_JOINING_WORDS = frozenset({"en", "de", "van", "voor", "der"})  # between the words of a name or two (``_NAME_RE``)


def asked_names(question: str) -> list[str]:
    """The names a question asks about (:func:`question_names`) other than the country the stukken are written in:
    «Met welk doel krijgen autoriteiten langs de Zijderoute Nederlandse steun?» reads the two capitalised words side
    by side as one name; it asks about the Zijderoute, and the paragraph on it need not say «Nederland» (it was
    refused)."""
    names = []
    for name in question_names(question):
        words = name.split()
        # («Nederland en Brussel» asks about Brussel: the joining word goes with it)
        while words and (words[0] in IMPLICIT_NAMES or words[0] in _JOINING_WORDS):
            words.pop(0)
        while words and (words[-1] in IMPLICIT_NAMES or words[-1] in _JOINING_WORDS):
            words.pop()
        if words:
            names.append(" ".join(words))
    return names


def names_it(text: str, name: str) -> bool:
    """Does lower-cased ``text`` name ``name`` (see :func:`name_found`; «Kenia» ~ «Keniaanse»)?"""
    return name_found(name, lambda n: re.search(phrase_pattern(probe(n)), text) is not None)


def phrase_pattern(probe: str) -> str:
    """A probe at a word start, each of its words possibly inflected: «ministerie van veiligheid» also finds
    «Ministeries van Veiligheid»."""
    return r"(?<!\w)" + r"\w*\s+".join(re.escape(w) for w in probe.split())


def name_found(name: str, mentioned: Callable[[str], bool]) -> bool:
    """Is ``name`` ``mentioned``, whole or as the names it may be side by side: joined by «en» or «de»
    («Justitie en Buitenlandse Zaken», «Nederland de Somalische (overheid)») or not joined at all
    (:func:`_in_segments`)? Each must be mentioned, not the phrase as a whole. A region counts as mentioned
    when a country in it is, and a seat of government when its country is (``_SEATS``)."""

    def found(n: str) -> bool:
        return mentioned(n) or (n in _SEATS and mentioned(_SEATS[n]))

    return (
        found(name)
        or all(found(part) for part in _NAME_JOIN_RE.split(name))
        or _in_segments(name, found)
        or _names_a_compound_of(name, found)
        or abbreviation_mentioned(name, found)
        or (name in SPELLED_OUT and found(SPELLED_OUT[name]))
        # «Aziatische landen», «het Midden-Oosten»: a region is named by the countries in it (thesaurus.py)
        or any(found(place) for place in expansions(name).split())
    )


def abbreviation_mentioned(name: str, mentioned: Callable[[str], bool]) -> bool:
    """Is ``name`` spelled out where the stukken use its initials: «Justitie en Binnenlandse Zaken» is the JBZ of
    «JBZ-Raad», «Dienst Terugkeer en Vertrek» the DT&V. Its capitalised words' initials, with «en» left out or
    written «en» or «&» (VenJ, V&J); three letters at least, as two-letter ones are found by chance."""
    words = name.split()
    if len(words) < 2:
        return False
    forms = [""]
    for w in words:
        if w == "en":
            forms = [f + joint for f in forms for joint in ("", "en", "&")]
        elif w[:1].isupper():
            forms = [f + w[0] for f in forms]
        else:  # «Raad van State»: a small word other than «en» has no initial in the abbreviation
            continue
    return any(len(f) >= 3 and mentioned(f) for f in dict.fromkeys(forms))


def _names_a_compound_of(name: str, mentioned: Callable[[str], bool]) -> bool:
    """Is ``name`` a name joined to common nouns, each name part ``mentioned``: «EU-migratiebeleid»,
    «JBZ-conclusies», «COM-code» name the EU, the JBZ-Raad, a COM document, which the stukken mention, in a
    compound they need not use («migratiebeleid van de Europese Unie»). «Frontex-operatie» is still absent."""
    parts = name.split("-")
    if " " in name or len(parts) < 2:
        return False
    names = [p for p in parts if p[:1].isupper()]
    # a name part may itself be an abbreviation the stukken write out: «M&O-budget» (migratie en ontwikkeling)
    return 0 < len(names) < len(parts) and all(name_found(p, mentioned) for p in names)


def hyphen_parts(name: str) -> list[str]:
    """A name and, when it joins names by hyphens, each of them: «EU-Turkey» → [«EU-Turkey», «EU», «Turkey»]."""
    parts = [p for p in name.split("-") if p[:1].isupper()] if " " not in name else []
    return [name, *parts] if len(parts) > 1 else [name]


def joined_nouns(name: str) -> list[str]:
    """The common nouns a name is joined to («ACVZ-rapport» → [«rapport»]; «EU» → [])."""
    parts = name.split("-")
    if " " in name or len(parts) < 2 or not any(p[:1].isupper() for p in parts):
        return []
    return [p for p in parts if p and not p[:1].isupper()]


def _in_segments(name: str, mentioned: Callable[[str], bool]) -> bool:
    """Is a run of capitalised words two or more names side by side, each ``mentioned``: «het African Diaspora
    Policy Center Afrikaanse beleidsmakers …» reads as one name «African Diaspora Policy Center Afrikaanse»? Split
    greedily, longest mentioned run first."""
    words = name.split()
    i = 0
    while i < len(words):
        if not words[i][0].isupper():  # «Raad van State» is not «Raad» and «van State»
            return False
        j = next((j for j in range(len(words), i, -1) if mentioned(" ".join(words[i:j]))), None)
        if j is None:
            return False
        i = j
    return len(words) > 1


def named_in(p: Paragraph) -> str:
    """A paragraph's text and section headings, lower-cased: where a name asked about must occur."""
    return " ".join([p.text, *p.section]).lower()


# The inhabitants of a country, named for it: «Somaliërs», «Marokkanen», «Irakezen»; the stem before the ending names
# the country and its adjective («Somali» ~ «Somalië», «Somalische»). So does an adjective in «-ees»: «het Ghanese
# voorbeeld» is Ghana's («Ghan» ~ «Ghana»; cut to the usual probe, «Ghane» is not in «Ghana»: dev48 yf032 refused).
_DEMONYM_RE = re.compile(r"^(\w{4,}?)(?:ërs|ër|anen|ezen|ese|ees)$")


def probe(name: str) -> str:
    """What to look for in lower-cased text: a phrase whole, a single word without its last letters
    («Somalië» ~ «Somalische» does not match, «Kenia» ~ «Keniaanse» does), inhabitants by their country's stem
    («Somaliërs» ~ «Somalische»)."""
    if " " in name:
        return name.lower()
    if m := _DEMONYM_RE.match(name):
        return m.group(1).lower()
    return name.lower()[: max(4, len(name) - 2)]
