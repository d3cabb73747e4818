"""Citation verification (pure): extractive checks and generated-answer parsing."""

from __future__ import annotations

from assistant.cite import make_citation
from assistant.models import Answer, Document, Paragraph
from assistant.text import content_terms
from assistant.verify import Source, _claims, lexical_support, verify_answer, verify_generated

DOC = Document(id="kst-1-2", title="Brief", type="kamerbrief", dossier="1", number="2")
P1 = Paragraph(
    id="kst-1-2:001",
    doc_id="kst-1-2",
    ordinal=1,
    page=1,
    page_end=1,
    text="Het budget is vijftien miljoen euro. Daarvan gaat tien miljoen naar terugkeer.",
)
P2 = Paragraph(
    id="kst-1-2:002",
    doc_id="kst-1-2",
    ordinal=2,
    page=2,
    page_end=2,
    text="De diaspora speelt een rol bij ontwikkeling.",
)
SOURCES = [Source(1, P1, DOC), Source(2, P2, DOC)]
PARAS = {P1.id: P1, P2.id: P2}


def lexical(claim, paragraph):
    return lexical_support(claim, paragraph, content_terms)


def test_claims_take_markers_that_trail_the_sentence():
    assert _claims("Het budget is groot. [1] De diaspora helpt [2].") == [
        ("Het budget is groot.", [1]),
        ("De diaspora helpt.", [2]),
    ]


def test_claims_keep_several_markers_and_abbreviations():
    assert _claims("Zie Kamerstuk 29 344, nr. 128 hierover [1][2].") == [
        ("Zie Kamerstuk 29 344, nr. 128 hierover.", [1, 2])
    ]


def test_claims_without_markers_are_kept_with_none():
    assert _claims("Een zin zonder bron.") == [("Een zin zonder bron.", [])]


def test_lexical_support_is_high_for_the_right_paragraph_and_low_for_another():
    good, span = lexical("Tien miljoen euro gaat naar terugkeer.", P1)
    bad, _ = lexical("Tien miljoen euro gaat naar terugkeer.", P2)
    assert good > 0.6 > 0.1 > bad
    assert P1.text[span[0] : span[1]].startswith("Daarvan gaat tien miljoen")


def test_generated_answer_with_a_supported_citation_is_confirmed():
    a = verify_generated("Er gaat tien miljoen naar terugkeer [1].", SOURCES, lexical, 0.45)
    assert [(c.n, c.status) for c in a.citations] == [(1, "bevestigd")]
    assert a.citations[0].quote == "Daarvan gaat tien miljoen naar terugkeer." and a.notices == []


def test_wrong_source_is_kept_and_marked_unconfirmed():
    a = verify_generated("Er gaat tien miljoen naar terugkeer [2].", SOURCES, lexical, 0.45)
    assert a.text == "Er gaat tien miljoen naar terugkeer [1]."  # renumbered, not dropped
    assert [(c.paragraph_id, c.status) for c in a.citations] == [(P2.id, "onbevestigd")]
    assert a.notices and a.notices[0].startswith("Onbevestigd: [1]")


def test_nonexistent_source_is_removed_and_reported():
    a = verify_generated("Er gaat tien miljoen naar terugkeer [1] [9].", SOURCES, lexical, 0.45)
    assert "[9]" not in a.text and a.text == "Er gaat tien miljoen naar terugkeer [1]."
    assert a.notices == ["Verwijderd: [9] verwijst naar een bron die niet bestaat."]


def test_citations_are_renumbered_in_order_of_appearance():
    a = verify_generated(
        "De diaspora speelt een rol [2]. Het budget is vijftien miljoen euro [1].", SOURCES, lexical, 0.45
    )
    assert a.text == "De diaspora speelt een rol [1]. Het budget is vijftien miljoen euro [2]."
    assert [c.paragraph_id for c in a.citations] == [P2.id, P1.id]


def test_uncited_statement_is_reported():
    a = verify_generated(
        "Het budget is vijftien miljoen euro [1]. Verder is alles in orde en goed geregeld.", SOURCES, lexical, 0.45
    )
    assert a.notices == ["Zonder bron: «Verder is alles in orde en goed geregeld.»"]


def test_extractive_answer_checks_verbatim_and_retrieved():
    good = make_citation(1, P1, DOC, "Het budget is vijftien miljoen euro.")
    other = make_citation(2, P2, DOC, "De diaspora speelt een rol bij ontwikkeling.")
    ans = Answer(text="x [1] y [2]", abstained=False, citations=[good, other])
    checked = verify_answer(ans, PARAS, [P1.id])
    assert [c.status for c in checked.citations] == ["bevestigd", "onbevestigd"]
    assert "niet gevonden bij deze vraag" in checked.notices[0]
    forged = good.model_copy(update={"quote": "Het budget is twintig miljoen euro."})
    checked = verify_answer(Answer(text="x [1]", abstained=False, citations=[forged]), PARAS, [P1.id])
    assert checked.citations[0].status == "onbevestigd" and "niet letterlijk" in checked.notices[0]
    ghost = good.model_copy(update={"paragraph_id": "kst-1-2:999"})
    checked = verify_answer(Answer(text="x [1]", abstained=False, citations=[ghost]), PARAS, [P1.id])
    assert "bestaat niet" in checked.notices[0]


def test_support_threshold_separates_the_calibration_claims(assistant):
    """evals/claims/claims.jsonl: paraphrased claims with the paragraph that does / does not support them."""
    import json

    from assistant.config import REPO_ROOT, LLMSettings
    from assistant.generate import GenerativeAnswerer

    rows = [json.loads(line) for line in (REPO_ROOT / "evals/claims/claims.jsonl").read_text().splitlines()]
    cfg = LLMSettings()
    gen = GenerativeAnswerer(assistant.handle, cfg, llm=object())
    right = sum(
        (gen.support(r["claim"], assistant.handle.paragraphs[r["paragraph"]])[0] >= cfg.min_support) == r["supported"]
        for r in rows
    )
    assert len(rows) >= 20 and right / len(rows) >= 0.95
