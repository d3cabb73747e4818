"""Pure citation helpers: reference strings, verbatim quotes, invariants."""

import pytest

from assistant.cite import citation_problems, cited_first, make_citation, markers
from assistant.corpus import document_reference, page_url, paragraph_reference
from assistant.models import Document, Paragraph

LETTER = Document(
    id="kst-29344-128",
    title="Brief",
    type="kamerbrief",
    number="128",
    source_url="https://zoek.officielebekendmakingen.nl/kst-29344-128.html",
    pdf_url="https://zoek.officielebekendmakingen.nl/kst-29344-128.pdf",
)
ACVZ_REPORT = Document(
    id="acvz-2015-tussen-wens-en-werkelijkheid",
    type="rapport",
    date="2015-06-25",
    title="De strategische landenbenadering migratie: tussen wens en werkelijkheid (ACVZ advies 42•2015)",
)
PARA = Paragraph(
    id="kst-29344-128:011",
    doc_id="kst-29344-128",
    ordinal=11,
    page=3,
    page_end=3,
    section=["Bevindingen", "Conditionaliteit"],
    text="De ACVZ is kritisch. Het kabinet niet.",
)


@pytest.mark.parametrize(
    "doc_id, type_, number, expected",
    [
        ("kst-29344-128", "kamerbrief", "128", "Kamerstuk 29 344, nr. 128"),
        ("kst-30573-129", "kamerbrief", "129", "Kamerstuk 30 573, nr. 129"),
        ("kst-29693-1", "kamerbrief", "1", "Kamerstuk 29 693, nr. 1"),
        ("kst-21501-20-997", "verslag", "997", "Kamerstuk 21 501-20, nr. 997"),
        (
            "h-tk-20142015-83-6",
            "handelingen",
            "Handelingen II 2014/15, nr. 83, item 6",
            "Handelingen II 2014/15, nr. 83, item 6",
        ),
        (
            "ah-tk-20142015-2134",
            "aanhangsel",
            "Aanhangsel Handelingen II 2014/15, nr. 2134",
            "Aanhangsel Handelingen II 2014/15, nr. 2134",
        ),
        ("com-2015-453", "eu", "COM(2015) 453 final (CELEX 52015DC0453)", "COM(2015) 453 final (CELEX 52015DC0453)"),
    ],
)
def test_document_reference_per_type(doc_id, type_, number, expected):
    assert document_reference(Document(id=doc_id, title="t", type=type_, number=number)) == expected


def test_acvz_report_reference():
    assert document_reference(ACVZ_REPORT) == "ACVZ-advies «Tussen wens en werkelijkheid» (2015)"


def test_paragraph_reference_and_page_link():
    assert paragraph_reference(LETTER, PARA) == "Kamerstuk 29 344, nr. 128, p. 3"
    note = PARA.model_copy(update={"id": "kst-29344-128:fn2", "kind": "footnote", "page": 2})
    assert paragraph_reference(LETTER, note) == "Kamerstuk 29 344, nr. 128, p. 2, voetnoot 2"
    assert page_url(LETTER, PARA) == "https://zoek.officielebekendmakingen.nl/kst-29344-128.pdf#page=3"
    assert page_url(LETTER.model_copy(update={"pdf_url": None}), PARA) is None


def test_make_citation_carries_everything_staff_need():
    c = make_citation(1, PARA, LETTER, "De ACVZ is kritisch.")
    assert (c.n, c.paragraph_id, c.doc_id, c.page) == (1, PARA.id, "kst-29344-128", 3)
    assert c.reference == "Kamerstuk 29 344, nr. 128, p. 3"
    assert c.url == LETTER.source_url and c.text == PARA.text and c.section == PARA.section


def test_make_citation_refuses_a_quote_that_is_not_verbatim():
    with pytest.raises(ValueError):
        make_citation(1, PARA, LETTER, "De ACVZ is zeer kritisch.")


def test_markers_in_order_with_repeats():
    assert markers("A [1] B [2] C [1]. [x] [12]") == [1, 2, 1, 12]


def _cite(n, quote="De ACVZ is kritisch."):
    return make_citation(n, PARA, LETTER, quote)


def test_citation_problems_empty_for_a_sound_answer():
    assert citation_problems("De ACVZ is kritisch. [1]", [_cite(1)], [PARA.id]) == []


def test_citation_problems_finds_every_violation():
    bad_quote = _cite(2).model_copy(update={"quote": "verzonnen"})
    problems = citation_problems("X [1] Y [3]", [_cite(1), bad_quote], ["other"])
    joined = "\n".join(problems)
    assert "[2] quote is not verbatim" in joined
    assert "[1] cites kst-29344-128:011, which was not retrieved" in joined
    assert "[2] is never referred to" in joined
    assert "[3] in the answer has no citation" in joined


def test_citation_problems_numbering():
    assert citation_problems("a [2]", [_cite(2)], [PARA.id]) == ["citations are not numbered 1..1: [2]"]


@pytest.mark.parametrize(
    "doc_id, dtype, ref",
    [
        ("kst-30573-129", "kamerbrief", "Kamerstuk 30 573, nr. 129"),
        ("kst-21501-20-997", "verslag", "Kamerstuk 21 501-20, nr. 997"),
        ("h-tk-20142015-83-6", "handelingen", "Handelingen II 2014/15, nr. 83, item 6"),
        ("ah-tk-20142015-2134", "aanhangsel", "Aanhangsel Handelingen II 2014/15, nr. 2134"),
    ],
)
def test_document_reference_from_the_id_alone(doc_id, dtype, ref):  # documents added without a number
    assert document_reference(Document(id=doc_id, title="t", type=dtype)) == ref


def test_acvz_report_paragraph_reference_with_page():
    p = Paragraph(id=f"{ACVZ_REPORT.id}:001", doc_id=ACVZ_REPORT.id, ordinal=1, page=12, page_end=12, text="x")
    assert paragraph_reference(ACVZ_REPORT, p) == "ACVZ-advies «Tussen wens en werkelijkheid» (2015), p. 12"


def _cite_of(n, paragraph_id):
    return _cite(n).model_copy(update={"paragraph_id": paragraph_id})


def test_cited_first_puts_the_cited_paragraphs_first_in_citation_order():
    ranked = ["a", "b", "c", "d"]
    cites = [_cite_of(1, "c"), _cite_of(2, "a")]
    assert cited_first(ranked, cites, lambda x: x) == ["c", "a", "b", "d"]


def test_cited_first_counts_a_paragraph_cited_twice_once():
    cites = [_cite_of(1, "b"), _cite_of(2, "c"), _cite_of(3, "b")]
    assert cited_first(["a", "b", "c"], cites, lambda x: x) == ["b", "c", "a"]


def test_cited_first_changes_nothing_without_citations():
    assert cited_first(["a", "b"], [], lambda x: x) == ["a", "b"]


def test_cited_first_neither_adds_nor_drops():
    # a citation of a paragraph that was not ranked (an invariant error, reported elsewhere) adds nothing
    assert cited_first(["a", "b"], [_cite_of(1, "z"), _cite_of(2, "b")], lambda x: x) == ["b", "a"]


def test_cited_first_reads_ids_off_any_item():
    hits = [("a", 0.9), ("b", 0.5)]
    assert cited_first(hits, [_cite_of(1, "b")], lambda hit: hit[0]) == [("b", 0.5), ("a", 0.9)]
