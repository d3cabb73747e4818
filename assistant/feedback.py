"""Feedback from users: one JSON line per verdict, appended to a configurable file."""

from __future__ import annotations

import json
import logging
import threading
from datetime import datetime, timezone
from pathlib import Path

from .errors import InvalidQuestionError
from .models import Answer

log = logging.getLogger(__name__)
_LOCK = threading.Lock()  # one writer at a time: lines never interleave
MAX_COMMENT = 2000


def record_feedback(path: Path, question: str, answer: Answer | dict, verdict: str, comment: str | None = None) -> dict:
    """Append ``{time, question, answer, citations, verdict, comment}`` to ``path``; returns the record."""
    if verdict not in {"up", "down"}:
        raise InvalidQuestionError("Oordeel moet 'up' of 'down' zijn.")
    comment = (comment or "").strip()
    if len(comment) > MAX_COMMENT:
        raise InvalidQuestionError(f"Opmerking te lang (maximaal {MAX_COMMENT} tekens).")
    data = answer.model_dump() if isinstance(answer, Answer) else dict(answer)
    row = {
        "time": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "question": question,
        "answer": data.get("text", ""),
        "abstained": data.get("abstained"),
        "citations": [
            {k: c.get(k) for k in ("n", "paragraph_id", "reference", "quote", "status")}
            for c in data.get("citations", [])
        ],
        "verdict": verdict,
        "comment": comment,
    }
    path = Path(path)
    with _LOCK:
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "a", encoding="utf-8") as f:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    log.info("feedback %s recorded in %s", verdict, path)
    return row
