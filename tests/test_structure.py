"""Numbered parts a question points at: the pure parser and the lookup (structure.py)."""

import pytest

from assistant.models import Paragraph
from assistant.structure import NumberedParts, SeriesReference, page_reference, series_reference


@pytest.mark.parametrize(
    "question, numbers",
    [
        ("Wat is aanbeveling 4?", (4,)),
        ("Hoe reageert het kabinet op aanbeveling 3?", (3,)),
        ("Wat vindt het kabinet van aanbevelingen 1 en 3?", (1, 3)),
        ("Wat staat er bij aanbeveling nr. 2?", (2,)),
        ("Vat aanbevelingen 1 t/m 3 samen.", (1, 2, 3)),
        ("Wat houdt de tweede aanbeveling van de ACVZ in?", (2,)),
        ("Hoe reageert het kabinet op de eerste en de derde aanbeveling?", (1, 3)),
        ("Wat is de laatste aanbeveling?", (-1,)),
        ("What is the ACVZ's third recommendation?", (3,)),
        ("How does the cabinet respond to recommendation 2?", (2,)),
        # the number written out after the noun (dev27 zk039)
        ("Aanbeveling vier: wat houdt die in en wat is de reactie?", (4,)),
        ("Wat zegt aanbeveling nummer twee over de dialoog?", (2,)),
        ("Hoe reageert het kabinet op aanbevelingen twee en drie?", (2, 3)),
        ("What does recommendation three say?", (3,)),
    ],
)
def test_numbered_parts_are_read_from_the_question(question, numbers):
    assert series_reference(question) == SeriesReference("aanbeveling", numbers)


@pytest.mark.parametrize(
    "question, numbers",
    [
        ("Wat staat er in voetnoot 2?", (2,)),
        ("Wat staat er in de voetnoten 1 en 3?", (1, 3)),
        ("What does footnote 3 say?", (3,)),
        ("Wat staat er in de laatste voetnoot?", (-1,)),
        ("Welke voetnoten heeft de brief?", None),
        ("Welke Kamerstukken worden in de voetnoten van de brief genoemd?", None),
    ],
)
def test_footnotes_by_number_are_a_series_too(question, numbers):
    assert series_reference(question) == SeriesReference("voetnoot", numbers)


@pytest.mark.parametrize(
    "question",
    [
        "Welke aanbevelingen doet de ACVZ?",
        "Noem de aanbevelingen van de ACVZ.",
        "Welke vier aanbevelingen doet de ACVZ in haar rapport?",
        "What are the ACVZ's recommendations?",
        # who reacts how to all of them
        "Hoe reageert het kabinet op de aanbevelingen van de ACVZ?",
        "Welke aanbevelingen heeft het kabinet overgenomen?",
        "How does the cabinet respond to the recommendations?",
        # row 300: «er» and «staat» narrow nothing
        "Welke aanbevelingen zijn er?",
        "Welke aanbevelingen staan er in het rapport?",
    ],
)
def test_the_whole_series_is_asked_as_a_list_of_the_plural(question):
    assert series_reference(question) == SeriesReference("aanbeveling", None)


@pytest.mark.parametrize(
    "question",
    [
        # row 300: refused («Welke voetnoten staan er …?») or answered with a paragraph on something else
        "Welke voetnoten staan er in de brief?",
        "Wat staat er in de voetnoten?",
        "Wat bevatten de voetnoten?",
    ],
)
def test_all_footnotes_asked(question):
    assert series_reference(question) == SeriesReference("voetnoot", None)


@pytest.mark.parametrize(
    "question",
    [
        # narrowed to some of them, by topic or by what is done with them
        "Welke aanbevelingen van de ACVZ zijn uitgevoerd in 2016?",
        "Welke aanbevelingen over terugkeer doet de ACVZ?",
        "Welke landen worden genoemd in de aanbevelingen?",
        "Welke Kamerstukken worden in de aanbevelingen genoemd?",  # footnotes are Kamerstukken; these are not
        # one recommendation, found by its content
        "Welke aanbeveling doet de ACVZ over de relatie met landen van herkomst op lange termijn?",
        "Reageert het kabinet positief op de aanbeveling om in de lange termijn relatie te investeren?",
        # numbers that are not parts
        "Welke Kamerstukken noemt de brief bij Kamerstuk 30 573, nr. 125?",
        "Wat gebeurde er in 2015 met de aanbevelingen?",
        # a count after a plural, an article, a longer number word
        "Doet de ACVZ in haar aanbevelingen vier voorstellen?",
        "Is aanbeveling een goed idee?",
        "Wat staat er in aanbeveling vierentwintig?",
        "Welke aanbevelingen over Ghana staan er in het rapport?",
    ],
)
def test_no_numbered_part_when_the_question_points_at_none(question):
    assert series_reference(question) is None


def _p(ordinal: int, section: list[str], kind: str = "body", doc: str = "d") -> Paragraph:
    return Paragraph(
        id=f"{doc}:{ordinal:03d}", doc_id=doc, ordinal=ordinal, page=1, page_end=1, section=section, kind=kind,
        text=f"tekst {ordinal}",
    )  # fmt: skip


SERIES = ["Concrete aanbevelingen ACVZ"]
PARAGRAPHS = [
    _p(1, SERIES),
    _p(2, [*SERIES, "1."], "item"),
    _p(3, [*SERIES, "1."], "reactie"),
    _p(4, [*SERIES, "2."], "item"),
    _p(5, [*SERIES, "2."], "reactie"),
    _p(6, [*SERIES, "2."], "reactie"),
    _p(7, ["Voortgangsrapportage", "1."]),  # a numbered heading in a series that is not of recommendations
    _p(8, [*SERIES, "3."], "item"),
]


def _ids(paragraphs):
    return [p.id for p in paragraphs]


def test_lookup_gives_every_paragraph_of_the_parts_asked_in_the_order_asked():
    parts = NumberedParts(list(reversed(PARAGRAPHS)))  # order of the input does not matter
    assert _ids(parts.lookup(SeriesReference("aanbeveling", (2,)))) == ["d:004", "d:005", "d:006"]
    assert _ids(parts.lookup(SeriesReference("aanbeveling", (3, 1)))) == ["d:008", "d:002", "d:003"]
    assert _ids(parts.lookup(SeriesReference("aanbeveling", (-1,)))) == ["d:008"]
    assert parts.lookup(SeriesReference("aanbeveling", (9,))) == []


def test_a_whole_series_is_the_opening_paragraph_of_each_part_then_where_each_reaction_starts():
    parts = NumberedParts(PARAGRAPHS)
    assert _ids(parts.lookup(SeriesReference("aanbeveling", None))) == ["d:002", "d:004", "d:008", "d:003", "d:005"]
    assert [_ids(part) for part in parts.find(SeriesReference("aanbeveling", None))] == [
        ["d:002", "d:003"],
        ["d:004", "d:005", "d:006"],
        ["d:008"],
    ]


def test_lookup_respects_a_document_filter():
    parts = NumberedParts(PARAGRAPHS + [_p(1, [*SERIES, "1."], "item", doc="e")])
    ref = SeriesReference("aanbeveling", (1,))
    assert _ids(parts.lookup(ref)) == ["d:002", "d:003", "e:001"]
    assert _ids(parts.lookup(ref, frozenset({"e"}))) == ["e:001"]


def test_footnote_n_is_the_note_and_the_paragraph_with_its_marker():
    note = Paragraph(
        id="d:fn2", doc_id="d", ordinal=90, page=1, page_end=1, kind="footnote", text="Kamerstuk 1, nr. 2.",
        parent="d:001",
    )  # fmt: skip
    parts = NumberedParts([*PARAGRAPHS, note])
    assert _ids(parts.lookup(SeriesReference("voetnoot", (2,)))) == ["d:fn2", "d:001"]
    assert _ids(parts.lookup(SeriesReference("voetnoot", None))) == ["d:fn2", "d:001"]
    assert parts.numbers("voetnoot") == [2] and parts.numbers("aanbeveling") == [1, 2, 3]


def test_the_part_a_paragraph_belongs_to_and_the_members_of_a_series():
    note = Paragraph(
        id="d:fn1", doc_id="d", ordinal=91, page=1, page_end=1, kind="footnote", text="Kamerstuk 1, nr. 2.",
        parent="d:004",
    )  # fmt: skip
    parts = NumberedParts([*PARAGRAPHS, note])
    assert _ids(parts.part_of("d:005")) == ["d:004", "d:005", "d:006"]
    assert _ids(parts.part_of("d:007")) == ["d:007"]  # its own series (Voortgangsrapportage)
    assert parts.part_of("d:001") is None and parts.part_of("d:fn1") is None  # a footnote is no such part
    assert parts.members("aanbeveling") == {"d:002", "d:003", "d:004", "d:005", "d:006", "d:008"}


@pytest.mark.parametrize(
    "question, page",
    [
        ("Welke Kamerstukken noemt de voetnoot op pagina 7?", 7),
        ("Wat staat er in Kamerstuk 29 344, nr. 128, p. 3 over Ghana?", 3),  # the parliamentary citation form
        ("Wat staat er op blz. 4?", 4),
        ("Welke aanbeveling staat op bladzijde 5?", 5),
        ("What does the letter say on page 2?", 2),
        ("Wat staat er op de eerste pagina?", 1),
        ("Wat is het beleid?", None),
        ("Welke stappen zet het kabinet? Ik las het in de samenvatting.", None),  # «stap.» is no page
        ("Wat staat er op pagina 0?", None),
    ],
)
def test_the_page_a_question_points_at(question, page):
    assert page_reference(question) == page


def test_a_series_noun_with_a_page_asks_the_parts_on_that_page():
    assert series_reference("Welke Kamerstukken noemt de voetnoot op pagina 7?") == SeriesReference("voetnoot", None, 7)
    assert series_reference("Welke aanbeveling staat op pagina 5?") == SeriesReference("aanbeveling", None, 5)
    assert series_reference("Wat staat er in voetnoot 2 op pagina 2?") == SeriesReference("voetnoot", (2,))  # a number
    later = [p.model_copy(update={"page": 2, "page_end": 2}) for p in PARAGRAPHS if p.ordinal >= 4]
    parts = NumberedParts([p for p in PARAGRAPHS if p.ordinal < 4] + later)
    assert [_ids(part) for part in parts.find(SeriesReference("aanbeveling", None, 2))] == [
        ["d:004", "d:005", "d:006"],
        ["d:008"],
    ]
    assert parts.find(SeriesReference("aanbeveling", None, 9)) == []


def test_a_note_is_a_footnote_when_numbered():
    # row 283 (dev39 zw052): «de tweede noot» was no footnote, and the question was refused
    from assistant.structure import FOOTNOTES, series_reference

    assert series_reference("Welk stuk staat in de tweede noot, en wat is de titel ervan?").numbers == (2,)
    assert series_reference("Wat staat er in noot 3?").noun == FOOTNOTES
    assert series_reference("What does note 2 say?").numbers == (2,)
    assert series_reference("Is dit een goede noot?") is None
