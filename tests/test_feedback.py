"""Feedback log: append-only JSON Lines, validated input."""

import json
import threading

import pytest

from assistant.errors import InvalidQuestionError
from assistant.feedback import record_feedback
from assistant.models import Answer


def test_feedback_is_appended_as_json_lines(tmp_path):
    path = tmp_path / "sub" / "feedback.jsonl"
    answer = Answer(text="x [1]", abstained=False)
    record_feedback(path, "Vraag één?", answer, "up")
    record_feedback(path, "Vraag twee?", answer.model_dump(), "down", "  te kort  ")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert [r["verdict"] for r in rows] == ["up", "down"]
    assert rows[1]["comment"] == "te kort" and rows[0]["question"] == "Vraag één?"
    assert set(rows[0]) == {"time", "question", "answer", "abstained", "citations", "verdict", "comment"}


def test_concurrent_writers_do_not_interleave(tmp_path):
    path = tmp_path / "f.jsonl"
    answer = Answer(text="y" * 5000, abstained=False)
    threads = [threading.Thread(target=record_feedback, args=(path, f"q{i}", answer, "up")) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len([json.loads(line) for line in path.read_text().splitlines()]) == 20


@pytest.mark.parametrize("verdict, comment", [("meh", ""), ("up", "x" * 3000)])
def test_bad_feedback_is_refused(tmp_path, verdict, comment):
    with pytest.raises(InvalidQuestionError):
        record_feedback(tmp_path / "f.jsonl", "q", Answer(text="t", abstained=False), verdict, comment)
    assert not (tmp_path / "f.jsonl").exists()
