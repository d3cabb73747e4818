"""Numbered parts a question points at: «aanbeveling 2», «de tweede aanbeveling», «recommendation 3»,
«Welke aanbevelingen doet de ACVZ?», «voetnoot 2»; and the page it points at («op pagina 7»).

Neither retriever can find these. BM25's tokens are two characters or longer, so «2» is not a term at
all, and e5 barely separates «aanbeveling 2» from «aanbeveling 3»; every part of a series shares the
word of its heading. The segmenter keeps the numbering as the innermost heading, below the heading that
names the series (the letter: «Concrete aanbevelingen ACVZ › 2.»), and gives each footnote its number
(``<doc>:fn2``) and the paragraph that carries its marker, so the lookup is structural — the paragraphs
of part n of a series whose heading holds the noun, footnote n — the way a reader turns to it.

Pure functions over questions (``series_reference``) and a lookup over paragraphs (``NumberedParts``),
used by retrieval (the parts asked for come first) and answering (a whole series is quoted as a list).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass

from .models import Paragraph

# The noun of a numbered series in a question → the word its heading uses. The letter numbers its
# recommendations; another series noun is one entry here.
# «noot» is a footnote too («de tweede noot», row 283).
_NOUNS = {
    "aanbeveling": "aanbeveling",
    "recommendation": "aanbeveling",
    "voetnoot": "voetnoot",
    "noot": "voetnoot",
    "footnote": "voetnoot",
    "note": "voetnoot",
}
FOOTNOTES = "voetnoot"  # the series of a document's footnotes
RECOMMENDATIONS = "aanbeveling"  # the series of a report's recommendations
_ORDINALS = {
    "eerste": 1, "tweede": 2, "derde": 3, "vierde": 4, "vijfde": 5, "zesde": 6, "zevende": 7, "achtste": 8,
    "negende": 9, "tiende": 10, "laatste": -1,
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
    "ninth": 9, "tenth": 10, "last": -1,
}  # fmt: skip
_NOUN = r"\b(?P<noun>aanbeveling|recommendation|(?:voet)?no(?:ot|ten)|footnote|note)(?P<plural>en|s)?"
# «aanbeveling 2», «aanbevelingen 1 en 3», «aanbeveling nr. 2», «recommendations 2 and 4»
_NUMBERED_RE = re.compile(
    _NOUN + r"\s+(?:(?:nr|no|nummer|number)\.?\s*)?(?P<nums>\d{1,2}(?:\s*(?:,|en|and|&|t/m|tot en met)\s*\d{1,2})*)\b",
    re.I,
)
# «aanbeveling vier», «recommendation two», «aanbevelingen twee en drie»: a number written out after the noun.
# «een» is left out (the article: «Is aanbeveling een goed idee?»); a plural with one such word is a count, not a
# part («in haar aanbevelingen vier voorstellen»), which series_reference checks.
_CARDINALS = {
    "één": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7, "acht": 8, "negen": 9, "tien": 10,
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip
_CARDINAL = "(?:" + "|".join(_CARDINALS) + ")"
_CARDINAL_RE = re.compile(
    _NOUN
    + r"\s+(?:(?:nr|no|nummer|number)\.?\s*)?(?P<cards>"
    + _CARDINAL
    + r"(?:\s*(?:,|en|and|&)\s*"
    + _CARDINAL
    + r")*)(?![\w-])",
    re.I,
)
# «de tweede aanbeveling», «the third recommendation», «de eerste en de derde aanbeveling»
_ORDINAL_RE = re.compile(
    r"\b(?P<ords>(?:"
    + "|".join(_ORDINALS)
    + r")(?:\s*(?:,|en|and)\s*(?:de\s+|the\s+)?(?:"
    + "|".join(_ORDINALS)
    + r"))*)\s+"
    + _NOUN
    + r"\b",
    re.I,
)
# A question about a whole series: its plural, and no other word but those that do not narrow it — question
# words, who is asked, verbs of saying, judging or reacting, the document («Welke aanbevelingen doet de
# ACVZ?», «Hoe reageert het kabinet op de aanbevelingen?», "What are the ACVZ's recommendations?").
_SERIES_RE = re.compile(_NOUN + r"\b", re.I)
_NOT_NARROWING = re.compile(
    # («er», «staat», «bevat»: «Welke voetnoten staan er in de brief?», «Wat staat er in de voetnoten?», row 300)
    r"\b(welke|wat|hoe|noem|geef|is|zijn|waren|doet|deed|doen|geeft|gaf|heeft|hebben|had|staan|stonden|noemt|"
    r"staat|stond|er|bevat|bevatten|"
    r"formuleert|geformuleerd|opgenomen|gedaan|gegeven|de|het|een|die|in|van|haar|hun|rapport|advies|evaluatie|"
    r"brief|acvz|adviescommissie|voor|vreemdelingenzaken|kabinet|regering|minister|staatssecretaris|reageert|"
    r"reageren|reageerde|reactie|vindt|vinden|vond|oordeelt|oordelen|denkt|neemt|nemen|over|overgenomen|"
    r"onderschrijft|onderschrijven|eens|mee|op|met|concrete|alle|twee|drie|vier|vijf|what|which|how|list|does|"
    r"did|do|make|made|give|gave|the|its|of|all|report|are|were|by|s|cabinet|government|respond|responds|"
    r"react|reacts|think|thinks|about|to|on|two|three|four|five)\b|[’'?.!,:;()«»]",
    re.I,
)


# What footnotes hold: «Welke Kamerstukken worden in de voetnoten genoemd?» asks for all of them.
_NOT_NARROWING_FOR = {
    FOOTNOTES: re.compile(
        r"\b(kamerstuk(?:ken)?|stukken|bronn?e?n?|verwijzingen|worden|werden|genoemd|vermeld|aangehaald|"
        r"documents?|sources?|cited|mentioned)\b",
        re.I,
    )
}


@dataclass(frozen=True)
class SeriesReference:
    """Parts ``numbers`` of the series named by ``noun`` (heading word); ``numbers`` None: all of them, or with
    ``page`` those on that page («de voetnoot op pagina 7»)."""

    noun: str
    numbers: tuple[int, ...] | None
    page: int | None = None


def _noun(m: re.Match) -> tuple[str, bool]:
    """(heading word, plural?) of a matched series noun («voetnoten» → ('voetnoot', True))."""
    word = m.group("noun").lower()
    if word in ("voetnoten", "noten"):
        return FOOTNOTES, True
    return _NOUNS[word], bool(m.group("plural"))


def _numbers(text: str) -> list[int]:
    nums = [int(n) for n in re.findall(r"\d{1,2}", text)]
    if re.search(r"t/m|tot en met", text, re.I) and len(nums) == 2 and nums[0] <= nums[1]:
        return list(range(nums[0], nums[1] + 1))
    return nums


def series_phrase(question: str) -> str | None:
    """The words that point at numbered parts, as written («aanbeveling 2», «tweede aanbeveling»), for a
    follow-up that leans on them («Hoe reageert het kabinet daarop?»); None for none or a whole series."""
    m = _NUMBERED_RE.search(question) or _cardinal_match(question) or _ORDINAL_RE.search(question)
    return m.group(0) if m else None


def _cardinal_match(question: str) -> re.Match | None:
    """«aanbeveling vier», «aanbevelingen twee en drie»; not a plural with one count («aanbevelingen vier»)."""
    m = _CARDINAL_RE.search(question)
    if m and _noun(m)[1] and len(re.findall(_CARDINAL, m.group("cards"), re.I)) < 2:
        return None
    return m


def series_reference(question: str) -> SeriesReference | None:
    """The numbered parts a question asks about, if it names any (pure; see module doc)."""
    m = _NUMBERED_RE.search(question)
    if m:
        nums = [n for n in _numbers(m.group("nums")) if n > 0]
        if nums:
            return SeriesReference(_noun(m)[0], tuple(dict.fromkeys(nums)))
    m = _cardinal_match(question)
    if m:
        words = re.findall(_CARDINAL, m.group("cards").lower())
        return SeriesReference(_noun(m)[0], tuple(dict.fromkeys(_CARDINALS[w] for w in words)))
    m = _ORDINAL_RE.search(question)
    if m:
        words = re.findall("|".join(_ORDINALS), m.group("ords").lower())
        return SeriesReference(_noun(m)[0], tuple(dict.fromkeys(_ORDINALS[w] for w in words)))
    m = _SERIES_RE.search(question)
    # «Welke Kamerstukken noemt de voetnoot op pagina 7?»: the part(s) of the series on the page named
    if m and (page := page_reference(question)):
        return SeriesReference(_noun(m)[0], None, page)
    if m and _noun(m)[1]:
        noun = _noun(m)[0]
        rest = _NOT_NARROWING.sub(" ", question[: m.start()] + " " + question[m.end() :])
        if noun in _NOT_NARROWING_FOR:
            rest = _NOT_NARROWING_FOR[noun].sub(" ", rest)
        if not rest.strip():
            return SeriesReference(noun, None)
    return None


# «op pagina 7», «blz. 3», «p. 3» (the parliamentary citation form), "on page 2", «de eerste pagina»
_PAGE_RE = re.compile(
    r"\b(?:pagina|bladzijde|blz\.?|p\.|page)\s*(?P<num>\d{1,3})\b|\b(?P<ord>"
    + "|".join(w for w in _ORDINALS if w not in ("laatste", "last"))
    + r")\s+(?:pagina|bladzijde|page)\b",
    re.I,
)


def page_reference(question: str) -> int | None:
    """The page a question points at («Welke Kamerstukken noemt de voetnoot op pagina 7?»), if it names one.
    Neither retriever reads a page: BM25 has no one-digit terms and e5 no sense of layout; the reader of a
    paginated document turns to it (``retrieve`` puts the paragraphs on that page first)."""
    m = _PAGE_RE.search(question)
    if not m:
        return None
    page = int(m.group("num")) if m.group("num") else _ORDINALS[m.group("ord").lower()]
    return page if page > 0 else None


_PART_HEADING_RE = re.compile(r"^(\d{1,2})\.?$")


class NumberedParts:
    """The numbered parts of each series in the indexed documents: a part is the run of paragraphs under a
    heading «n.» whose enclosing headings name the series («Concrete aanbevelingen ACVZ»); footnote n is the
    note and the paragraph that carries its marker (series «voetnoot»)."""

    def __init__(self, paragraphs: list[Paragraph]) -> None:
        # (doc_id, series headings) -> number -> paragraphs in reading order
        self._parts: dict[tuple[str, tuple[str, ...]], dict[int, list[Paragraph]]] = defaultdict(
            lambda: defaultdict(list)
        )
        self._part_of: dict[str, list[Paragraph]] = {}
        by_id = {p.id: p for p in paragraphs}
        for p in sorted(paragraphs, key=lambda p: (p.doc_id, p.ordinal)):
            if p.kind == "footnote":
                # footnote n: the note, then the paragraph that carries its marker (the anchor sentence)
                number = p.id.rsplit(":fn", 1)[-1]
                if number.isdigit():
                    parent = by_id.get(p.parent or "")
                    self._parts[(p.doc_id, (FOOTNOTES,))][int(number)] += [p] + ([parent] if parent else [])
                continue
            m = _PART_HEADING_RE.match(p.section[-1].strip()) if len(p.section) >= 2 else None
            if m:
                part = self._parts[(p.doc_id, tuple(p.section[:-1]))][int(m.group(1))]
                part.append(p)
                self._part_of[p.id] = part

    def _series(self, noun: str, doc_ids: frozenset[str] | None) -> list[dict[int, list[Paragraph]]]:
        """The parts (number → paragraphs) of each series whose headings name ``noun``, within ``doc_ids``."""
        return [
            parts
            for (doc_id, headings), parts in self._parts.items()
            if (doc_ids is None or doc_id in doc_ids) and any(noun in h.lower() for h in headings)
        ]

    def find(self, ref: SeriesReference, doc_ids: frozenset[str] | None = None) -> list[list[Paragraph]]:
        """The parts ``ref`` points at, each as its paragraphs in reading order (the recommendation, then
        the reactions to it); series by series, parts in the order asked (a whole series: in order)."""
        out: list[list[Paragraph]] = []
        for parts in self._series(ref.noun, doc_ids):
            numbers = sorted(parts) if ref.numbers is None else [max(parts) if n == -1 else n for n in ref.numbers]
            out += [parts[n] for n in numbers if n in parts]
        if ref.page:  # the parts that open on that page
            out = [part for part in out if part[0].page and part[0].page <= ref.page <= part[0].page_end]
        return out

    def part_of(self, paragraph_id: str) -> list[Paragraph] | None:
        """The numbered part (its paragraphs in reading order) a paragraph belongs to; footnotes excepted."""
        return self._part_of.get(paragraph_id)

    def members(self, noun: str) -> frozenset[str]:
        """The ids of every paragraph in a part of the series named by ``noun`` (all documents)."""
        return frozenset(p.id for parts in self._series(noun, None) for part in parts.values() for p in part)

    def numbers(self, noun: str, doc_ids: frozenset[str] | None = None) -> list[int]:
        """The part numbers the series named by ``noun`` have (empty: no such series)."""
        return sorted({n for parts in self._series(noun, doc_ids) for n in parts})

    def lookup(self, ref: SeriesReference, doc_ids: frozenset[str] | None = None) -> list[Paragraph]:
        """The paragraphs retrieval puts first: every paragraph of the parts asked for; of a whole series,
        the opening paragraph of each part (the recommendation itself), then the paragraph after each (where
        the reaction to it starts)."""
        parts = self.find(ref, doc_ids)
        if ref.numbers is None:  # the openings, then what follows each (where a reaction starts)
            return [part[0] for part in parts] + [part[1] for part in parts if len(part) > 1]
        return [p for part in parts for p in part]
