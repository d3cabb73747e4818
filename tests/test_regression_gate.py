"""Fast regression gate (part of `make test`): the gold-set figures must not drop below evals/gate.json.

The second test proves the gate bites: with the reranker switched off (a deliberately
degraded ranking) the same gate fails.
"""

import json

import pytest

from assistant.evaluate import check_gate, run_eval
from assistant.pipeline import Assistant

from .test_gold import GOLD

GATE = json.loads((GOLD.parent / "gate.json").read_text())


SPLITS = [
    "dev",
    "dev2",
    "dev3",
    "dev4",
    "dev5",
    "dev6",
    "dev7",
    "dev8",
    "dev9",
    "dev10",
    "dev11",
    "dev12",
    "dev13",
    "dev14",
    "dev15",
    "dev16",
    "dev17",
    "dev18",
    "dev19",
    "dev20",
    "dev21",
    "dev22",
    "dev23",
    "dev24",
    "dev25",
    "dev26",
    "dev27",
    "dev28",
    "dev29",
    "dev30",
    "dev31",
    "dev32",
    "test",
    "dev-followups",
    "test-followups",
    "dev2-followups",
]


@pytest.mark.parametrize("split", SPLITS)
def test_gold_set_figures_stay_above_the_gate(assistant, split, tmp_path):
    report = run_eval(assistant, GOLD / f"{split}.jsonl", tmp_path)
    assert check_gate(report, GATE[f"{split}.jsonl"]) == []


def test_gate_fails_on_a_degraded_ranking(index_settings, tmp_path):
    degraded = index_settings.model_copy(deep=True)
    degraded.retrieval.rerank = False  # plain reciprocal-rank fusion, as in the first version
    report = run_eval(Assistant.open(degraded, build=False), GOLD / "dev.jsonl", tmp_path)
    failures = check_gate(report, GATE["dev.jsonl"])
    assert any(f.startswith("recall@1") for f in failures), failures


def test_check_gate_reports_min_and_max_violations():
    gate = {"min": {"recall@1": 0.9, "mrr": 0.5}, "max": {"invariant_errors": 0}}
    assert check_gate({"recall@1": 0.95, "mrr": 0.5, "invariant_errors": 0}, gate) == []
    assert check_gate({"recall@1": 0.85, "mrr": None, "invariant_errors": 2}, gate) == [
        "recall@1 = 0.85 < 0.9",
        "mrr = None < 0.5",
        "invariant_errors = 2 > 0",
    ]
