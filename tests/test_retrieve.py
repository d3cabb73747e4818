"""Hybrid retrieval over the real index."""

import gc

import pytest

from assistant.errors import InvalidQuestionError


def ids(hits):
    return [p.id for p, _ in hits]


@pytest.mark.parametrize(
    "question, expected",
    [
        (
            "Welke beleidsprioriteiten heeft het kabinet geformuleerd voor migratie en ontwikkeling?",
            "kst-29344-128:029",
        ),
        ("Wat vindt de ACVZ van negatieve conditionaliteit?", "kst-29344-128:011"),
        ("Hoeveel geld is er voorheen gereserveerd voor migratie en ontwikkeling?", "kst-29344-128:030"),
        ("documentfraude", "kst-29344-128:032"),
        ("ESH-klacht CEC", "kst-29344-128:fn1"),
    ],
)
def test_known_questions_find_their_paragraph_first(assistant, question, expected):
    assert ids(assistant.retriever.search(question, k=5))[0] == expected


@pytest.mark.parametrize(
    "question, expected",
    [
        # English questions are searched as their Dutch gloss (translate.py); e5 across languages put a
        # neighbouring paragraph first for each of these
        ("Which countries does the Netherlands support in collecting and analysing migration data?", "032"),
        ("When was the letter on the cabinet's view of the asylum situation sent to parliament?", "034"),
        ("What role does the diaspora play between the Netherlands and countries of origin?", "037"),
    ],
)
def test_english_questions_find_their_dutch_paragraph_first(assistant, question, expected):
    assert ids(assistant.retriever.search(question, k=5))[0] == f"kst-29344-128:{expected}"


def test_dutch_stemming_matches_inflections(assistant):
    # singular query, plural in the text ("aanbevelingen"): the Dutch stemmer joins them
    hits = ids(assistant.retriever.search("aanbeveling", k=10))
    assert any(h in hits for h in ("kst-29344-128:016", "kst-29344-128:017", "kst-29344-128:025"))


def test_k_and_order(assistant):
    hits = assistant.retriever.search("terugkeer", k=7)
    assert len(hits) == 7
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True)
    assert len(set(ids(hits))) == 7


def test_filter_by_document(assistant):
    hits = assistant.retriever.search("terugkeer", k=5, doc_ids=["kst-29344-128"])
    assert hits and all(p.doc_id == "kst-29344-128" for p, _ in hits)


def test_filter_on_unknown_or_unindexed_document_is_a_clear_error(assistant):
    with pytest.raises(InvalidQuestionError, match="unknown document"):
        assistant.retriever.search("terugkeer", doc_ids=["kst-0-0"])
    with pytest.raises(InvalidQuestionError, match="not indexed"):
        assistant.retriever.search("terugkeer", doc_ids=["kst-30573-129"])


def test_search_returns_the_contract_shape(assistant):
    hits = assistant.search("Wat vindt het kabinet van meer-voor-meer?", k=10)
    assert len(hits) == 10
    first = hits[0].model_dump()
    assert set(first) == {"paragraph_id", "doc_id", "page", "score", "text"}
    assert first["text"] == assistant.handle.paragraphs[first["paragraph_id"]].text


def test_keep_resident_takes_the_index_out_of_full_collections(assistant):
    # `assistant serve` calls it once: a full collection no longer walks the index's objects (at 100k
    # paragraphs ~1M of them, ~440 ms per collection; see benchmarks/latency.py for the effect).
    paragraph = next(iter(assistant.handle.paragraphs.values()))
    assert any(o is paragraph for o in gc.get_objects())
    try:
        assistant.keep_resident()
        assert gc.get_freeze_count() > len(assistant.handle.paragraphs)
        assert not any(o is paragraph for o in gc.get_objects())
    finally:
        gc.unfreeze()


def test_numbered_recommendation_comes_first_in_reading_order(assistant):
    # «2» is no BM25 term and e5 barely tells the four recommendations apart: found by the letter's structure.
    hits = assistant.retriever.search("Is het kabinet het eens met aanbeveling 2?", k=5)
    assert ids(hits)[:2] == ["kst-29344-128:022", "kst-29344-128:023"]  # no. 2 and the reaction to it
    assert all(p.section == ["Concrete aanbevelingen ACVZ", "2."] for p, _ in hits[:2])
    scores = [s for _, s in hits]
    assert scores == sorted(scores, reverse=True)
    whole = ids(assistant.retriever.search("Welke aanbevelingen doet de ACVZ?", k=5))
    assert whole[:4] == ["kst-29344-128:018", "kst-29344-128:022", "kst-29344-128:024", "kst-29344-128:026"]
    assert assistant.retriever.search("Wat is aanbeveling 2?", k=5, doc_ids=["kst-29344-128"])[0][0].id == (
        "kst-29344-128:022"
    )
