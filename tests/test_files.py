"""PDF (text layer with pages) and HTML ingest."""

from __future__ import annotations

import pytest

from assistant.corpus import paragraph_reference
from assistant.errors import CorpusError
from assistant.files import file_format, pdf_to_text_layer, segment_file
from assistant.models import Document

from .pdfmaker import make_pdf

REPORT = Document(
    id="acvz-2015-tussen-wens-en-werkelijkheid",
    title="De strategische landenbenadering migratie: tussen wens en werkelijkheid (ACVZ advies 42)",
    type="rapport",
    date="2015-06-25",
    file="documents/acvz.pdf",
    voice="acvz",
)
PAGES = [
    [
        "De strategische landenbenadering migratie is een instrument om de medewerking van landen van",
        "herkomst aan gedwongen terugkeer te verbeteren. De ACVZ heeft dit instrument geëvalueerd.",
    ],
    [
        "Negatieve conditionaliteit buiten het migratiedomein is volgens de ACVZ niet effectief, omdat zij niet",
        "de personen raakt die over terugname beslissen. Positieve prikkels werken beter en bieden een duur-",
        "zaam perspectief voor de samenwerking met herkomstlanden.",
    ],
]


@pytest.fixture(scope="module")
def report_paragraphs():
    return segment_file(REPORT, make_pdf(PAGES))


def test_pdf_pages_become_page_numbers(report_paragraphs):
    assert [p.page for p in report_paragraphs] == [1, 2]
    assert report_paragraphs[1].text.startswith("Negatieve conditionaliteit buiten het migratiedomein")
    assert "geëvalueerd" in report_paragraphs[0].text  # non-ASCII survives


def test_pdf_hyphenation_is_repaired(report_paragraphs):
    assert "een duurzaam perspectief" in report_paragraphs[1].text


def test_pdf_reference_has_the_page(report_paragraphs):
    assert paragraph_reference(REPORT, report_paragraphs[1]) == (
        "ACVZ-advies «Tussen wens en werkelijkheid» (2015), p. 2"
    )


def test_text_layer_marks_page_starts():
    layer = pdf_to_text_layer(make_pdf([["eerste pagina"], ["tweede pagina"]]))
    assert layer.splitlines() == [" eerste pagina", " tweede pagina"]


@pytest.mark.parametrize("raw", [b"%PDF-1.4 kapot", b"geen pdf"])
def test_broken_pdf_is_refused(raw):
    with pytest.raises(CorpusError, match="not a readable PDF|no text layer"):
        pdf_to_text_layer(raw)


def test_pdf_without_text_is_refused():
    with pytest.raises(CorpusError, match="no text layer"):
        pdf_to_text_layer(make_pdf([[]]))


HTML = """<!DOCTYPE html><html><head><title>Kamerstuk</title><script>var x = "<p>niet dit</p>";</script>
<style>p { color: red }</style></head><body>
<nav><p>Menu: Home</p></nav>
<div id="broodtekst">
<h1>Brief van de minister</h1>
<p>Hierbij informeer ik uw Kamer over de &eacute;&eacute;rste resultaten.</p>
<h2>Resultaten</h2>
<p>In 2015 keerden <b>42</b> mensen
terug.</p>
<ul><li>Terugkeer naar Irak</li><li>Terugkeer naar Marokko</li></ul>
</div><footer><p>Colofon</p></footer></body></html>"""


def test_html_paragraphs_sections_and_no_navigation():
    d = Document(id="kst-30573-129", title="Brief", type="kamerbrief", file="kst-30573-129.html", voice="kabinet")
    paras = segment_file(d, HTML.encode())
    texts = [p.text for p in paras]
    assert texts == [
        "Hierbij informeer ik uw Kamer over de éérste resultaten.",
        "In 2015 keerden 42 mensen terug.",
        "Terugkeer naar Irak",
        "Terugkeer naar Marokko",
    ]
    assert paras[1].section == ["Resultaten"] and paras[2].kind == "item" and paras[0].voice == "kabinet"
    assert paragraph_reference(d, paras[1]) == "Kamerstuk 30 573, nr. 129"


def test_unsupported_file_type_is_refused():
    with pytest.raises(CorpusError, match="unsupported file type"):
        file_format("notitie.docx")
