"""Rendering answers: paste-ready text, Markdown with everything from documents escaped."""

from assistant.models import Answer, Citation, Retrieved
from assistant.present import answer_as_markdown, answer_as_text, esc

CITE = Citation(
    n=1,
    paragraph_id="d:001",
    doc_id="d",
    page=3,
    quote="<b>vet</b> & *ster*",
    text="<b>vet</b> & *ster* rest",
    reference="Kamerstuk 29 344, nr. 128, p. 3",
    url="https://example.org/d.html",
    section=["Kop"],
)


def test_esc_neutralises_html_and_markdown():
    out = esc("<script>alert('x')</script> [1] *a* _b_ `c`")
    assert "<" not in out and ">" not in out
    assert "&lt;script&gt;" in out and "&#x27;x&#x27;" in out
    assert "\\[1\\]" in out and "\\*a\\*" in out and "\\_b\\_" in out and "\\`c\\`" in out


def test_markdown_escapes_document_text_and_lists_sources():
    md = answer_as_markdown(Answer(text="<b>vet</b> & *ster* [1]", abstained=False, citations=[CITE]))
    assert "<b>" not in md
    assert "**Bronnen**" in md and "1. Kamerstuk 29 344, nr. 128, p. 3 — Kop" in md
    assert "([bron](https://example.org/d.html))" in md


def test_text_is_paste_ready():
    txt = answer_as_text(Answer(text="Iets [1]", abstained=False, citations=[CITE]))
    assert txt.splitlines()[:3] == ["Iets [1]", "", "Bronnen:"]
    assert "[1] Kamerstuk 29 344, nr. 128, p. 3 (Kop)" in txt


def test_abstention_lists_related_paragraphs_as_not_an_answer():
    ans = Answer(
        text="Dit staat niet in de stukken die ik doorzoek.",
        abstained=True,
        related=[Retrieved(paragraph_id="d:002", doc_id="d", page=4, score=0.1, text="Iets <i>anders</i>.")],
    )
    txt = answer_as_text(ans, {"d:002": "Kamerstuk 29 344, nr. 128, p. 4"})
    assert "Mogelijk relevant (geen antwoord op de vraag):" in txt and "- Kamerstuk 29 344, nr. 128, p. 4: Iets" in txt
    md = answer_as_markdown(ans, {"d:002": "Kamerstuk 29 344, nr. 128, p. 4"})
    assert "<i>" not in md and "Dit staat niet in de stukken" in md


def test_source_panel_escapes_document_text_and_highlights_the_quote():
    from assistant.present import citation_panel_html

    ctx = {
        "paragraph": {
            "text": "Voor <b>vet</b>. Het citaat <script>x</script> hier. Na.",
            "section": ["A", "B"],
            "page": 3,
        },
        "before": {"text": "<img src=x onerror=alert(1)>"},
        "after": None,
        "reference": "Kamerstuk 29 344, nr. 128, p. 3",
        "url": "https://example.org/?a=1&b=<2>",
        "page_url": None,
        "voice": "acvz",
    }
    cite = {"n": 2, "quote": "Het citaat <script>x</script> hier.", "status": "onbevestigd", "voice": "acvz"}
    html = citation_panel_html(ctx, cite)
    assert "<script>" not in html and "<img" not in html and "<b>vet" not in html
    assert "<mark>Het citaat &lt;script&gt;x&lt;/script&gt; hier.</mark>" in html
    assert "A › B" in html and "Pagina:</b> 3" in html and "ACVZ (zoals weergegeven door het kabinet)" in html
    assert "Onbevestigd" in html and "href='https://example.org/?a=1&amp;b=&lt;2&gt;'" in html
