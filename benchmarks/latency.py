"""Latency benchmark: index build time, search and ask p50/p95 (warm), against baselines.

Baselines measured in the same run, on the same questions: each retriever alone
(BM25 only, dense only) — the floor the hybrid search is built on.

    python benchmarks/latency.py [--repeat 3] [--gold evals/gold/dev.jsonl]

Targets (issue #2): search p95 < 100 ms, ask p95 < 300 ms, build of the letter < 60 s.
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from llama_index.core.schema import QueryBundle

from assistant.config import Settings
from assistant.evaluate import load_gold
from assistant.index import build_index
from assistant.pipeline import Assistant

ROOT = Path(__file__).resolve().parent.parent


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def timed(fn, questions: list[str], repeat: int, cache=None) -> list[float]:
    """Milliseconds per call. The query-vector cache is emptied first: every call embeds its question,
    as a new question from a user would."""
    out = []
    for _ in range(repeat):
        for q in questions:
            if cache is not None:
                cache.items.clear()
            t = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t) * 1000)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=3, help="passes over the questions (first pass warms caches)")
    ap.add_argument("--gold", type=Path, default=ROOT / "evals" / "gold" / "dev.jsonl")
    args = ap.parse_args()
    questions = [i.question for i in load_gold(args.gold)]

    with tempfile.TemporaryDirectory() as tmp:
        settings = Settings(index_dir=Path(tmp) / "index")
        t = time.perf_counter()
        res = build_index(settings)
        build_s = time.perf_counter() - t
        assistant = Assistant.open(settings, build=False)
        assistant.keep_resident()  # as `assistant serve` does
        for q in questions:  # warm-up: model, caches, lazily loaded structures
            assistant.ask(q)
        retr = assistant.retriever
        dense = assistant.handle.vector_index.as_retriever(similarity_top_k=settings.retrieval.candidates)
        bm25 = retr._bm25_for(None)
        cache = assistant.handle.embed_model._cache
        rows = {
            "baseline: bm25 only": timed(lambda q: bm25.retrieve(QueryBundle(q)), questions, args.repeat),
            "baseline: dense only": timed(lambda q: dense.retrieve(QueryBundle(q)), questions, args.repeat, cache),
            "search (hybrid, k=10)": timed(lambda q: assistant.search(q, k=10), questions, args.repeat, cache),
            "ask (extractive)": timed(assistant.ask, questions, args.repeat, cache),
        }
    print(f"questions: {len(questions)} x {args.repeat} passes (warm process, every question embedded anew)")
    print(f"index build (letter, {res.paragraphs} paragraphs, cold process): {build_s:.1f} s   target < 60 s")
    print(f"{'stage':<26}{'p50 ms':>9}{'p95 ms':>9}{'max ms':>9}")
    for name, vals in rows.items():
        print(f"{name:<26}{statistics.median(vals):>9.1f}{pct(vals, 0.95):>9.1f}{max(vals):>9.1f}")
    s95, a95 = pct(rows["search (hybrid, k=10)"], 0.95), pct(rows["ask (extractive)"], 0.95)
    floor = pct(rows["baseline: bm25 only"], 0.95) + pct(rows["baseline: dense only"], 0.95)
    print(f"hybrid overhead over its two retrievers (p95): {s95 - floor:+.1f} ms")
    print(
        f"targets: search p95 {s95:.1f} < 100 ms: {'ok' if s95 < 100 else 'MISSED'}; "
        f"ask p95 {a95:.1f} < 300 ms: {'ok' if a95 < 300 else 'MISSED'}; "
        f"build {build_s:.1f} < 60 s: {'ok' if build_s < 60 else 'MISSED'}"
    )
    print(f"peak RSS: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
