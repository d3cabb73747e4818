"""The gold sets in evals/gold: valid contract format, and every quote occurs in the letter."""

import json
from pathlib import Path

import pytest

from assistant.evaluate import load_gold
from assistant.text import contains_quote, normalise_for_match

GOLD = Path(__file__).resolve().parent.parent / "evals" / "gold"
FILES = sorted(GOLD.glob("*.jsonl"))
KINDS = {
    "fact",
    "number",
    "list",
    "paraphrase",
    "english",
    "footnote",
    "page-break",
    "attribution",
    "multi",
    "unanswerable",
    "followup",
}


def test_gold_files_exist():
    assert {f.name for f in FILES} >= {"dev.jsonl", "test.jsonl", "dev-followups.jsonl", "test-followups.jsonl"}


def test_followups_carry_history_and_attribution_items_a_voice():
    items = [i for f in FILES for i in load_gold(f)]
    assert sum(1 for i in items if i.history) >= 15
    voices = {"acvz", "kabinet", "europese-commissie", "europese-raad", "jbz-raad"}
    attribution = [i for i in items if i.kind == "attribution"]
    assert attribution and all(i.voice in voices for i in attribution)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_gold_items_follow_the_contract(path):
    items = load_gold(path)
    for line in path.read_text(encoding="utf-8").splitlines():
        raw = json.loads(line)
        assert set(raw) >= {"id", "question", "answerable", "kind", "evidence"}
    for item in items:
        assert item.kind in KINDS
        assert item.answerable == bool(item.evidence), item.id
        assert (item.kind == "unanswerable") == (not item.answerable), item.id


def test_ids_unique_across_splits():
    ids = [i.id for f in FILES for i in load_gold(f)]
    assert len(ids) == len(set(ids))


def test_enough_items_of_every_kind():
    items = [i for f in FILES for i in load_gold(f)]
    assert len(items) >= 100
    assert sum(not i.answerable for i in items) >= 20
    assert {i.kind for i in items} == KINDS


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_quote_occurs_in_the_letter(path, paragraphs, letter_text):
    raw = normalise_for_match(letter_text)
    for item in load_gold(path):
        for ev in item.evidence:
            for quote in ev.any_of:
                assert any(contains_quote(p.text, quote) for p in paragraphs if p.doc_id == ev.doc), (item.id, quote)
                # and in the published text layer itself, unless it spans a page break or a footnote marker
                if item.kind not in {"page-break", "footnote"}:
                    assert normalise_for_match(quote) in raw, (item.id, quote)
