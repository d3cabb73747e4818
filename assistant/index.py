"""Build and open the index: paragraphs in Chroma (dense) and bm25s (lexical).

Layout under ``Settings.index_dir``::

    CURRENT                      JSON pointer to the build being served (replaced atomically)
    builds/<fingerprint>-<time>/ one complete build
        chroma/                  Chroma PersistentClient; we pass embeddings, Chroma never embeds
        bm25/                    llama-index BM25Retriever persisted (bm25s, Dutch stemmer + stopwords)
        paragraphs.jsonl         the paragraph records, the source of truth for citations
        sentences.npz            sentence spans and their embeddings (for choosing quotes)
        documents.json           the manifest as indexed

A build goes into a fresh folder and only the final atomic replace of ``CURRENT`` makes
it live, so a crash mid-build leaves the previous index serving; leftovers are removed
by the next build. A build is skipped when the fingerprint (corpus content, embedding
model, segmenter version, HNSW parameters) is unchanged.
"""

from __future__ import annotations

import fcntl
import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
from tqdm.auto import tqdm

os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")

from llama_index.core import StorageContext, VectorStoreIndex  # noqa: E402
from llama_index.core.base.embeddings.base import BaseEmbedding  # noqa: E402
from llama_index.core.schema import NodeRelationship, RelatedNodeInfo, TextNode  # noqa: E402

from .config import Settings, VectorStoreSettings  # noqa: E402
from .corpus import load_manifest, read_bytes, segment_corpus  # noqa: E402
from .embed import CachingEmbedding, embedding_fingerprint, make_embedding  # noqa: E402
from .errors import IndexMissingError  # noqa: E402
from .models import Document, Paragraph  # noqa: E402
from .structure import NumberedParts  # noqa: E402
from .terms import TermStats  # noqa: E402
from .text import sentence_spans  # noqa: E402
from .voice import VOICE_NAMES  # noqa: E402

log = logging.getLogger(__name__)

# Bump when segmentation or the indexed text changes: it forces a rebuild.
INDEX_FORMAT = "13"  # 13: the signature block's context names «de ondertekenaars»
COLLECTION = "paragraphs"
BM25_LANGUAGE = "dutch"
_KEEP_BUILDS = 2  # the live build and the one before it (a server may still have it open)
_COMPLETE = "COMPLETE"  # written last inside a build folder; folders without it are debris of a crash


@dataclass
class BuildResult:
    built: bool
    path: Path
    paragraphs: int
    seconds: float
    fingerprint: str
    embedded: int | None = None  # texts embedded by this build (None: not tracked)
    reused: int | None = None  # texts whose vectors came from the cache


def fingerprint(settings: Settings) -> str:
    """Hash of everything that shapes the index, computed without segmenting anything."""
    h = hashlib.sha256(
        f"format={INDEX_FORMAT}|emb={embedding_fingerprint(settings.embedding)}|"
        f"hnsw={settings.vector_store.model_dump_json()}".encode()
    )
    for doc in load_manifest(settings.corpus_dir):
        h.update(doc.model_dump_json().encode())
        raw = read_bytes(settings.corpus_dir, doc)
        if raw is not None:
            h.update(hashlib.sha256(raw).digest())
    return h.hexdigest()


def _current(index_dir: Path) -> dict | None:
    try:
        info = json.loads((index_dir / "CURRENT").read_text())
    except (FileNotFoundError, json.JSONDecodeError):
        return None
    if not (index_dir / "builds" / str(info.get("build", "")) / _COMPLETE).is_file():
        return None
    return info


# A record of fewer words than this cannot stand alone: «En dus?», «Oordeel Kamer.», «Gaat u verder.»
_SHORT_WORDS = 12


def is_short(p: Paragraph) -> bool:
    """A body paragraph or debate turn too short to mean anything without what precedes it.

    e5 gives such contentless lines a higher cosine with almost any question than the paragraph that
    answers it (0.85 against 0.84 for «En dus?»), so ``retrieve`` keeps one only when its own words
    share a term with the question."""
    return p.kind in ("body", "spreekbeurt") and len(p.text.split()) < _SHORT_WORDS


def _speaker(p: Paragraph) -> str:
    """A named speaker (Handelingen: «Paternotte (D66)»), not one of the letter's fixed voices."""
    return p.voice if p.voice and p.voice not in VOICE_NAMES else ""


def retrieval_context(paragraphs: list[Paragraph]) -> dict[str, str]:
    """Text indexed with a paragraph but not part of it: a footnote gets the sentence that cites it,
    a paragraph the text of its footnotes, the signature block what it is, a debate turn its speaker.
    Questions about a source ("naar welk Kamerstuk verwijst …") then reach both, and «Wat zei
    Paternotte …?» reaches Paternotte's turns, whose words never name him."""
    by_id = {p.id: p for p in paragraphs}
    ctx: dict[str, str] = {}
    for p in paragraphs:
        if p.kind == "footnote" and p.anchor:
            ctx[p.id] = p.anchor
        elif p.kind == "signature":
            ctx[p.id] = "De brief is ondertekend door de bewindspersonen (de ondertekenaars):"
        elif p.footnotes:
            ctx[p.id] = " ".join(by_id[f].text for f in p.footnotes if f in by_id)
        if _speaker(p):
            ctx[p.id] = f"{_speaker(p)}: {ctx.get(p.id, '')}".strip()
    return ctx


def standalone_context(paragraphs: list[Paragraph]) -> dict[str, str]:
    """Context that counts as a record's own words in term coverage: what a footnote or the signature
    block is (they cannot stand alone), and who speaks a debate turn. A paragraph's own footnotes are
    not added to it: they are records of their own, cited on their own."""
    context = retrieval_context(paragraphs)
    by_id = {p.id: p for p in paragraphs}
    return {
        pid: text if by_id[pid].kind in ("footnote", "signature") else _speaker(by_id[pid])
        for pid, text in context.items()
        if by_id[pid].kind in ("footnote", "signature") or _speaker(by_id[pid])
    }


def to_node(p: Paragraph, context: str = "") -> TextNode:
    """The llama-index node for a paragraph: section path, context and text are embedded and BM25-indexed."""
    # "doc_id" is not in our metadata: llama-index derives it from the SOURCE relationship
    # (ref_doc_id) and writes it into every vector-store record, which also enables
    # deleting a whole document by ref_doc_id.
    meta = {
        "paragraph_id": p.id,
        "page": p.page,
        "kind": p.kind,
        "section": " › ".join(p.section),
        "context": context,
    }
    return TextNode(
        id_=p.id,
        text=p.text,
        metadata=meta,
        relationships={NodeRelationship.SOURCE: RelatedNodeInfo(node_id=p.doc_id)},
        excluded_embed_metadata_keys=["paragraph_id", "page", "kind"],
        excluded_llm_metadata_keys=["paragraph_id", "page", "kind"],
        metadata_template="{value}",
        text_template="{metadata_str}\n\n{content}",
    )


def create_collection(client, cfg: VectorStoreSettings):
    """The paragraphs' collection: cosine space, no embedding function (Chroma never embeds), and an
    HNSW graph dense enough to return the exact nearest neighbours of e5 vectors (see
    ``VectorStoreSettings``)."""
    return client.create_collection(
        COLLECTION,
        embedding_function=None,
        configuration={
            "hnsw": {
                "space": "cosine",
                "max_neighbors": cfg.hnsw_max_neighbors,
                "ef_construction": cfg.hnsw_ef_construction,
                "ef_search": cfg.hnsw_ef_search,
            }
        },
    )


def chroma_client(path: Path):
    import chromadb
    from chromadb.config import Settings as ChromaSettings

    return chromadb.PersistentClient(path=str(path), settings=ChromaSettings(anonymized_telemetry=False))


def _bm25_retriever(nodes: list[TextNode], k: int):
    import Stemmer
    from llama_index.retrievers.bm25 import BM25Retriever

    return BM25Retriever.from_defaults(
        nodes=nodes, similarity_top_k=k, stemmer=Stemmer.Stemmer(BM25_LANGUAGE), language=BM25_LANGUAGE
    )


def build_index(
    settings: Settings, force: bool = False, progress: bool = False, embed_model: BaseEmbedding | None = None
) -> BuildResult:
    """Build the index if the corpus (or model) changed since the live build; atomic.

    ``embed_model`` replaces the configured model for this build (benchmarks inject precomputed
    vectors through it); it must embed into the same space as the configured model.
    """
    t0 = time.perf_counter()
    index_dir = Path(settings.index_dir)
    index_dir.mkdir(parents=True, exist_ok=True)
    with open(index_dir / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # one builder at a time; readers never take the lock
        fp = fingerprint(settings)
        cur = _current(index_dir)
        if cur and cur.get("fingerprint") == fp and not force:
            log.info("index is up to date (%s)", cur["build"])
            return BuildResult(
                False, index_dir / "builds" / cur["build"], cur["paragraphs"], time.perf_counter() - t0, fp
            )

        docs, paragraphs, _ = segment_corpus(settings.corpus_dir)
        name = f"{fp[:16]}-{time.strftime('%Y%m%dT%H%M%S')}-{os.getpid()}"
        build = index_dir / "builds" / name
        build.mkdir(parents=True)
        log.info("building index %s: %d paragraphs", name, len(paragraphs))

        cache = None
        if embed_model is not None:
            embed = embed_model
        else:  # re-embed only texts not seen by an earlier build with this model
            emb_fp = embedding_fingerprint(settings.embedding)
            cache = CachingEmbedding(make_embedding(settings.embedding), index_dir / "cache" / f"{emb_fp[:24]}.npz")
            embed = cache
        context = retrieval_context(paragraphs)
        nodes = [to_node(p, context.get(p.id, "")) for p in paragraphs]
        from llama_index.vector_stores.chroma import ChromaVectorStore

        client = chroma_client(build / "chroma")
        collection = create_collection(client, settings.vector_store)
        storage = StorageContext.from_defaults(vector_store=ChromaVectorStore(chroma_collection=collection))
        VectorStoreIndex(
            nodes, storage_context=storage, embed_model=embed, show_progress=progress, insert_batch_size=512
        )
        _bm25_retriever(nodes, settings.retrieval.candidates).persist(str(build / "bm25"), show_progress=progress)
        _write_sentence_vectors(build / "sentences.npz", paragraphs, embed, settings.embedding.batch_size, progress)
        with open(build / "paragraphs.jsonl", "w", encoding="utf-8") as f:
            for p in paragraphs:
                f.write(p.model_dump_json() + "\n")
        (build / "documents.json").write_text(
            json.dumps([d.model_dump() for d in docs], ensure_ascii=False, indent=1), encoding="utf-8"
        )
        del client, collection, storage
        if cache is not None:
            cache.save()
            log.info("embedded %d new texts, reused %d", cache.embedded, cache.reused)
        (build / _COMPLETE).write_text(fp)

        info = {
            "build": name,
            "fingerprint": fp,
            "paragraphs": len(paragraphs),
            "embedding": embedding_fingerprint(settings.embedding),
            "created": time.strftime("%Y-%m-%dT%H:%M:%S"),
        }
        tmp = index_dir / f".CURRENT.{os.getpid()}"
        tmp.write_text(json.dumps(info, indent=1))
        with open(tmp) as f:
            os.fsync(f.fileno())
        os.replace(tmp, index_dir / "CURRENT")  # the moment the new build goes live
        _collect_garbage(index_dir, keep=name)
        seconds = time.perf_counter() - t0
        log.info("index built in %.1fs", seconds)
        return BuildResult(
            True,
            build,
            len(paragraphs),
            seconds,
            fp,
            cache.embedded if cache else None,
            cache.reused if cache else None,
        )


def _write_sentence_vectors(
    path: Path, paragraphs: list[Paragraph], embed: BaseEmbedding, batch: int, progress: bool
) -> None:
    """Embed every sentence once at build time, so that answering needs no embedding but the question's."""
    owners, starts, ends, texts = [], [], [], []
    for i, p in enumerate(paragraphs):
        # The innermost heading gives a sentence its context ("Ondertekening: De Minister …").
        prefix = f"{p.section[-1]}: " if p.section else ""
        for a, b in sentence_spans(p.text):
            owners.append(i)
            starts.append(a)
            ends.append(b)
            texts.append(prefix + p.text[a:b])
    unique = list(dict.fromkeys(texts))  # a repeated sentence (boilerplate) is embedded once
    row = {t: i for i, t in enumerate(unique)}
    umat = np.zeros((len(unique), 0), dtype=np.float32)
    for k in tqdm(range(0, len(unique), batch), desc="Embedding sentences", disable=not progress):
        block = np.asarray(embed.get_text_embedding_batch(unique[k : k + batch]), dtype=np.float32)
        if umat.shape[1] == 0:
            umat = np.zeros((len(unique), block.shape[1]), dtype=np.float32)
        umat[k : k + len(block)] = block
    umat /= np.maximum(np.linalg.norm(umat, axis=1, keepdims=True), 1e-12)
    mat = umat[[row[t] for t in texts]] if texts else umat
    # float16 halves memory (4-5 sentences per paragraph); cosines stay exact to ~1e-3.
    np.savez(
        path, owner=np.asarray(owners), start=np.asarray(starts), end=np.asarray(ends), vectors=mat.astype(np.float16)
    )


def _read_sentence_vectors(path: Path, order: list[str]) -> dict[str, tuple[list[tuple[int, int]], np.ndarray]]:
    data = np.load(path)
    out: dict[str, tuple[list[tuple[int, int]], np.ndarray]] = {}
    owner, start, end, vectors = data["owner"], data["start"], data["end"], data["vectors"]
    bounds = np.flatnonzero(np.diff(owner)) + 1
    for rows in np.split(np.arange(len(owner)), bounds):
        if len(rows):
            pid = order[int(owner[rows[0]])]
            out[pid] = ([(int(start[r]), int(end[r])) for r in rows], vectors[rows])
    return out


def _collect_garbage(index_dir: Path, keep: str) -> None:
    """Remove crashed builds, and complete ones older than the last _KEEP_BUILDS (called under the lock)."""
    builds = sorted((p for p in (index_dir / "builds").iterdir() if p.is_dir()), key=lambda p: p.stat().st_mtime)
    complete = [p for p in builds if p.name != keep and (p / _COMPLETE).is_file()]
    doomed = [p for p in builds if p.name != keep and not (p / _COMPLETE).is_file()]
    doomed += complete[: max(0, len(complete) - (_KEEP_BUILDS - 1))]
    for p in doomed:
        log.info("removing old build %s", p.name)
        shutil.rmtree(p, ignore_errors=True)
    for p in index_dir.glob(".CURRENT.*"):
        p.unlink(missing_ok=True)


REPEAT_MIN_CHARS = 40  # a shared sentence this long makes one paragraph a repeat of another


@dataclass
class IndexHandle:
    """An opened build: everything retrieval and citation need, loaded once per process."""

    path: Path
    documents: dict[str, Document]
    paragraphs: dict[str, Paragraph]
    vector_index: VectorStoreIndex
    bm25: object  # bm25s.BM25
    embed_model: BaseEmbedding
    vectors: dict[str, np.ndarray]  # paragraph id -> normalised passage embedding (from Chroma), a row of `matrix`
    sentences: dict[str, tuple[list[tuple[int, int]], np.ndarray]]  # paragraph id -> (spans, vectors)
    terms: TermStats  # idf and term sets of the paragraphs
    matrix: np.ndarray  # the passage embeddings, one row per BM25 corpus row (bm25.corpus order)
    parts: NumberedParts  # numbered parts of series («aanbeveling 2»), for questions that point at them
    _sentence_keys: dict[str, frozenset[int]] = field(default_factory=dict, repr=False, compare=False)
    _citing: dict[str, str] | None = field(default=None, repr=False, compare=False)

    def query_vector(self, question: str) -> np.ndarray:
        # The embedding classes cache query vectors, so retrieval and answering embed once.
        v = np.asarray(self.embed_model.get_query_embedding(question), dtype=np.float32)
        return v / (np.linalg.norm(v) or 1.0)

    def dense_similarity(self, question: str, paragraph_ids: list[str]) -> list[float]:
        q = self.query_vector(question)
        return [float(self.vectors[pid] @ q) if pid in self.vectors else 0.0 for pid in paragraph_ids]

    def sentence_keys(self, paragraph_id: str) -> frozenset[int]:
        """Hashes of the paragraph's sentences of ``REPEAT_MIN_CHARS`` or more, spacing and case ignored: a
        paragraph sharing one with another repeats it (``retrieve.distinct``). Shorter sentences («Reactie:»,
        «Zie ook hierboven.») recur without being copies. Computed when first asked, then kept (at 100k
        paragraphs a few ints each, where the normalised strings would take ~50 MB)."""
        keys = self._sentence_keys.get(paragraph_id)
        if keys is None:
            p = self.paragraphs.get(paragraph_id)
            text = p.text if p else ""
            spans = self.sentences.get(paragraph_id, ([], None))[0] or sentence_spans(text)
            keys = frozenset(hash(" ".join(text[a:b].split()).lower()) for a, b in spans if b - a >= REPEAT_MIN_CHARS)
            self._sentence_keys[paragraph_id] = keys
        return keys

    def anchor_similarity(self, question: str, footnote_id: str) -> float | None:
        """The cosine of ``question`` with the body sentence that carries the footnote's marker (None when the
        footnote has no anchor or no paragraph cites it). A footnote is a Kamerstuk number and a title; what it is
        the source of is said by that sentence: «de voetnoot bij het speciale budget van 2004»."""
        if self._citing is None:
            self._citing = {f: p.id for p in self.paragraphs.values() for f in p.footnotes}
        note = self.paragraphs.get(footnote_id)
        citing = self._citing.get(footnote_id)
        if note is None or not note.anchor or citing is None:
            return None
        anchor = " ".join(note.anchor.split())
        text = self.paragraphs[citing].text
        sims = [c for a, b, c in self.sentence_similarity(question, citing) if " ".join(text[a:b].split()) in anchor]
        return max(sims, default=None)

    def sentence_similarity(self, question: str, paragraph_id: str) -> list[tuple[int, int, float]]:
        """(start, end, cosine with the question) for each sentence of the paragraph."""
        spans, vecs = self.sentences.get(paragraph_id, ([], None))
        if not spans:
            return []
        sims = vecs.astype(np.float32) @ self.query_vector(question)
        return [(a, b, float(c)) for (a, b), c in zip(spans, sims)]


def open_index(settings: Settings) -> IndexHandle:
    index_dir = Path(settings.index_dir)
    cur = _current(index_dir)
    if cur is None:
        raise IndexMissingError(f"no index in {index_dir}; build it with `assistant index`")
    if cur.get("embedding") != embedding_fingerprint(settings.embedding):
        raise IndexMissingError(
            f"the index in {index_dir} was built with another embedding model; rebuild it with `assistant index`"
        )
    path = index_dir / "builds" / cur["build"]
    import bm25s
    from llama_index.vector_stores.chroma import ChromaVectorStore

    paragraphs: dict[str, Paragraph] = {}
    with open(path / "paragraphs.jsonl", encoding="utf-8") as f:
        for line in f:
            p = Paragraph.model_validate_json(line)
            paragraphs[p.id] = p
    documents = {d["id"]: Document.model_validate(d) for d in json.loads((path / "documents.json").read_text())}
    embed = make_embedding(settings.embedding)
    collection = chroma_client(path / "chroma").get_collection(COLLECTION, embedding_function=None)
    vector_index = VectorStoreIndex.from_vector_store(
        ChromaVectorStore(chroma_collection=collection), embed_model=embed
    )
    bm25 = bm25s.BM25.load(str(path / "bm25"), load_corpus=True)
    # One matrix of the normalised passage vectors in BM25's row order (exact searches within documents use
    # it, retrieve.py); ``vectors`` maps paragraph ids to views of its rows, so they are held once.
    stored = collection.get(include=["embeddings"])
    position = {pid: i for i, pid in enumerate(stored["ids"])}
    row_ids = [row["paragraph_id"] for row in bm25.corpus]
    missing = [pid for pid in row_ids if pid not in position]
    if missing:
        raise IndexMissingError(
            f"the index in {index_dir} is incomplete ({len(missing)} paragraphs without a vector); "
            "rebuild it with `assistant index`"
        )
    matrix = np.asarray(stored["embeddings"], dtype=np.float32)[[position[pid] for pid in row_ids]]
    del stored
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    matrix /= np.where(norms > 0, norms, 1.0)
    vectors = {pid: matrix[i] for i, pid in enumerate(row_ids)}
    order = list(paragraphs)
    sentences = _read_sentence_vectors(path / "sentences.npz", order)
    log.info("opened index %s (%d paragraphs)", cur["build"], len(paragraphs))
    # «Welke bewindspersonen hebben de brief ondertekend?» is covered by the signature block only through
    # what it is.
    terms = TermStats(list(paragraphs.values()), standalone_context(list(paragraphs.values())))
    parts = NumberedParts(list(paragraphs.values()))
    return IndexHandle(path, documents, paragraphs, vector_index, bm25, embed, vectors, sentences, terms, matrix, parts)


def ensure_index(settings: Settings, progress: bool = False) -> IndexHandle:
    """Open the index, building it first if it is missing or the corpus changed."""
    build_index(settings, progress=progress)
    return open_index(settings)
