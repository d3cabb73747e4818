"""The `assistant` command, run as a real subprocess against an index in tmp_path."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from .test_gold import GOLD

EXE = str(Path(sys.executable).with_name("assistant"))


def run(args, index_dir, timeout=300, **kw):
    env = {**os.environ, "ASSISTANT_INDEX_DIR": str(index_dir)}
    return subprocess.run([EXE, *args], capture_output=True, text=True, env=env, timeout=timeout, **kw)


@pytest.mark.parametrize(
    "cmd",
    [
        [],
        ["index"],
        ["search"],
        ["ask"],
        ["serve"],
        ["eval"],
        ["kamervragen"],
        ["corpus"],
        ["corpus", "add"],
        ["corpus", "sync"],
    ],
)
def test_help_for_every_command(cmd, tmp_path):
    out = run([*cmd, "--help"], tmp_path)
    assert out.returncode == 0 and "Usage:" in out.stdout


def test_ask_json_is_the_answer_object(index_settings):
    out = run(["ask", "Hoeveel geld is er per jaar voor migratie en ontwikkeling?", "--json"], index_settings.index_dir)
    assert out.returncode == 0, out.stderr
    answer = json.loads(out.stdout)
    assert set(answer) >= {"text", "abstained", "citations"}
    c = answer["citations"][0]
    assert set(c) >= {"n", "paragraph_id", "doc_id", "page", "quote", "text", "reference", "url"}
    assert c["reference"].startswith("Kamerstuk 29 344, nr. 128, p. ")


def test_ask_plain_text_has_a_source_list(index_settings):
    out = run(["ask", "Wat vindt de ACVZ van negatieve conditionaliteit?"], index_settings.index_dir)
    assert out.returncode == 0
    assert "Bronnen:" in out.stdout and "[1] Kamerstuk 29 344, nr. 128, p. 3" in out.stdout


def test_search_json_is_the_retrieved_list(index_settings):
    out = run(["search", "documentfraude", "-k", "4", "--json"], index_settings.index_dir)
    hits = json.loads(out.stdout)
    assert len(hits) == 4 and hits[0]["paragraph_id"] == "kst-29344-128:032"
    assert set(hits[0]) == {"paragraph_id", "doc_id", "page", "score", "text"}


@pytest.mark.parametrize("question", ["", "   ", "x" * 20_000, "vraag\x07met bel"])
def test_bad_question_exit_2_without_traceback(index_settings, question):
    out = run(["ask", question], index_settings.index_dir)
    assert out.returncode == 2
    assert out.stderr.startswith("error: ") and "Traceback" not in out.stderr
    assert out.stdout == ""


def test_bad_option_exit_2(index_settings):
    out = run(["search", "terugkeer", "-k", "0"], index_settings.index_dir)
    assert out.returncode == 2 and "Traceback" not in out.stderr


def test_missing_index_is_built_on_first_use(tmp_path):
    out = run(["ask", "Wat is de strategische landenbenadering migratie?", "--json"], tmp_path / "fresh")
    assert out.returncode == 0, out.stderr
    assert (tmp_path / "fresh" / "CURRENT").is_file()
    again = run(["index"], tmp_path / "fresh")
    assert again.returncode == 0 and "up to date" in again.stdout


def test_eval_writes_the_contract_files(index_settings, tmp_path):
    out = run(["eval", "--gold", str(GOLD / "dev.jsonl"), "--out", str(tmp_path / "ev")], index_settings.index_dir)
    assert out.returncode == 0, out.stderr
    rows = [json.loads(line) for line in (tmp_path / "ev" / "results.jsonl").read_text().splitlines()]
    gold = (GOLD / "dev.jsonl").read_text().splitlines()
    assert len(rows) == len(gold)
    row = rows[0]
    assert set(row) == {"id", "question", "history", "retrieved", "searched", "answer", "latency_ms"}
    assert len(row["retrieved"]) >= 10
    # the same hits in the search's order, before the answer put what it cites first (row 263)
    for r in rows:
        assert sorted(r["searched"]) == sorted(h["paragraph_id"] for h in r["retrieved"])
        if r["answer"]["citations"]:
            assert r["retrieved"][0]["paragraph_id"] == r["answer"]["citations"][0]["paragraph_id"]
    assert set(row["retrieved"][0]) == {"paragraph_id", "doc_id", "page", "score", "text"}
    assert set(row["answer"]) == {"text", "abstained", "citations", "notices", "query"}
    assert set(row["latency_ms"]) == {"retrieve", "answer"}
    report = json.loads((tmp_path / "ev" / "report.json").read_text())
    for key in (
        "recall@1",
        "recall@3",
        "recall@5",
        "recall@10",
        "mrr",
        "search_recall@1",
        "search_mrr",
        "citation_precision",
        "evidence_recall",
        "abstention_accuracy",
        "latency_ms",
    ):
        assert key in report
    assert report["invariant_errors"] == 0
    md = (tmp_path / "ev" / "report.md").read_text()
    assert "| recall@5 |" in md and "| search_recall@1 |" in md


def test_eval_with_a_broken_gold_file_exit_2(index_settings, tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "question": "q"}\n')
    out = run(["eval", "--gold", str(bad), "--out", str(tmp_path / "o")], index_settings.index_dir)
    assert out.returncode == 2 and "bad.jsonl:1" in out.stderr and "Traceback" not in out.stderr
    missing = run(
        ["eval", "--gold", str(tmp_path / "none.jsonl"), "--out", str(tmp_path / "o")], index_settings.index_dir
    )
    assert missing.returncode == 2 and "not found" in missing.stderr


def test_broken_corpus_exit_1_with_message(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "manifest.json").write_text("[]")
    env_dir = tmp_path / "ix"
    out = subprocess.run(
        [EXE, "index"],
        capture_output=True,
        text=True,
        timeout=120,
        env={
            **os.environ,
            "ASSISTANT_INDEX_DIR": str(env_dir),
            "ASSISTANT_CORPUS_DIR": str(tmp_path / "c" / "missing"),
        },
    )
    assert out.returncode == 1 and out.stderr.startswith("error: no corpus manifest") and "Traceback" not in out.stderr
    empty = subprocess.run(
        [EXE, "index"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "ASSISTANT_INDEX_DIR": str(env_dir), "ASSISTANT_CORPUS_DIR": str(tmp_path / "c")},
    )
    assert empty.returncode == 1 and "nothing to index" in empty.stderr and "Traceback" not in empty.stderr
    assert not (env_dir / "CURRENT").exists()


def test_eval_split_baseline_and_gate(index_settings, tmp_path):
    out = run(
        [
            "eval",
            "--split",
            "test",
            "--out",
            str(tmp_path / "ev"),
            "--baseline",
            "llamaindex-default",
            "--gate",
            str(GOLD.parent / "gate.json"),
        ],
        index_settings.index_dir,
    )
    assert out.returncode == 0, out.stderr
    assert "regression gate passed" in out.stdout
    report = json.loads((tmp_path / "ev" / "report.json").read_text())
    assert report["gold"].endswith("test.jsonl")
    base = report["baseline"]
    assert base["name"] == "llamaindex-default" and len(base["recall_curve"]) == 10
    # the baseline has no answer: its search order is its only ranking, compared with the assistant's search alone
    assert base["search_recall@1"] == base["recall@1"] and base["search_mrr"] == base["mrr"]
    md = (tmp_path / "ev" / "report.md").read_text()
    assert f"| search_recall@1 | {report['search_recall@1']} | {base['recall@1']} |" in md
    assert report["recall@1"] > base["recall@1"] and report["search_recall@1"] > base["recall@1"]
    assert (tmp_path / "ev" / "recall_at_k.png").stat().st_size > 5000
    assert "llamaindex-default" in (tmp_path / "ev" / "report.md").read_text()


def test_eval_unknown_baseline_exit_2(index_settings, tmp_path):
    out = run(["eval", "--out", str(tmp_path / "o"), "--baseline", "bm25"], index_settings.index_dir)
    assert out.returncode == 2 and "unknown baseline" in out.stderr


def test_eval_gate_bad_file_exit_2_and_failed_gate_exit_1(index_settings, tmp_path):
    gold = tmp_path / "mini.jsonl"
    gold.write_text((GOLD / "test.jsonl").read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    cases = {
        "geen-json.json": ("{", "cannot read gate file"),
        "andere-split.json": ('{"dev.jsonl": {"min": {}}}', "has no thresholds for mini.jsonl"),
        "slack.json": ('{"slack_questions": -1, "mini.jsonl": {"min": {}}}', "slack_questions must be"),
    }
    for name, (text, message) in cases.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        out = run(
            ["eval", "--gold", str(gold), "--out", str(tmp_path / "o"), "--gate", str(tmp_path / name)],
            index_settings.index_dir,
        )
        assert out.returncode == 2 and message in out.stderr and "Traceback" not in out.stderr, (name, out.stderr)
        assert not (tmp_path / "o").exists()  # nothing ran
    # a threshold no run reaches: the gate fails, also with a slack of one question (the one item is all of it)
    (tmp_path / "hoog.json").write_text(
        '{"slack_questions": 1, "mini.jsonl": {"max": {"invariant_errors": -1}}}', encoding="utf-8"
    )
    out = run(
        ["eval", "--gold", str(gold), "--out", str(tmp_path / "o"), "--gate", str(tmp_path / "hoog.json")],
        index_settings.index_dir,
    )
    assert out.returncode == 1 and "regression gate failed: invariant_errors = 0 > -1" in out.stderr


def test_unusable_index_location_exit_1_with_message(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    out = run(["index"], blocker / "index")
    assert out.returncode == 1 and out.stderr.startswith("error: ") and "Traceback" not in out.stderr
    assert "a-file" in out.stderr


def test_kamervragen_command_writes_docx_and_markdown(index_settings, tmp_path):
    from docx import Document

    questions = tmp_path / "vragen.txt"
    questions.write_text(
        "1. Hoeveel geld is er per jaar voor migratie en ontwikkeling?\n2. Wat is de hoofdstad van Frankrijk?\n",
        encoding="utf-8",
    )
    out = run(
        ["kamervragen", str(questions), "--docx", str(tmp_path / "a.docx"), "--md", str(tmp_path / "a.md")],
        index_settings.index_dir,
    )
    assert out.returncode == 0, out.stderr
    md = (tmp_path / "a.md").read_text(encoding="utf-8")
    assert "### Antwoord 1" in md and "[^1]: Kamerstuk 29 344, nr. 128, p. 6" in md and "geen antwoord" in md
    assert "Antwoord 2" in [p.text for p in Document(str(tmp_path / "a.docx")).paragraphs]
    bad = tmp_path / "leeg.txt"
    bad.write_text("geen genummerde vragen", encoding="utf-8")
    out = run(["kamervragen", str(bad)], index_settings.index_dir)
    assert out.returncode == 2 and "genummerde" in out.stderr and "Traceback" not in out.stderr
    out = run(["kamervragen", str(tmp_path / "bestaat-niet.txt")], index_settings.index_dir)
    assert out.returncode == 2 and "cannot read" in out.stderr
