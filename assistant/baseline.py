"""The reference point for evaluation: llama-index's default pipeline on the same corpus.

What a newcomer gets from the llama-index quick start: the document text as it is,
``SentenceSplitter`` with its defaults, a ``VectorStoreIndex`` (in-memory) with the same
embedding model, retrieval of the same k. Its chunks are not paragraphs, so it is scored
on retrieval only (an evidence item is met by a chunk that contains the quote).
"""

from __future__ import annotations

import logging

from llama_index.core import Document as LlamaDocument
from llama_index.core import VectorStoreIndex
from llama_index.core.node_parser import SentenceSplitter
from llama_index.core.schema import QueryBundle

from .config import Settings
from .corpus import load_manifest, read_bytes, read_text
from .embed import make_embedding
from .files import segment_file

log = logging.getLogger(__name__)

BASELINES = ("llamaindex-default",)


class LlamaIndexDefault:
    name = "llamaindex-default"

    def __init__(self, settings: Settings, embed_model=None) -> None:
        docs = []
        for doc in load_manifest(settings.corpus_dir):
            if not doc.file:
                continue
            if doc.file.endswith(".txt"):
                text = read_text(settings.corpus_dir, doc)
            else:  # other formats: the text of their paragraphs
                text = "\n\n".join(p.text for p in segment_file(doc, read_bytes(settings.corpus_dir, doc)))
            if text is not None:
                docs.append(LlamaDocument(text=text, metadata={"doc_id": doc.id}))
        nodes = SentenceSplitter()(docs)
        log.info("baseline: %d chunks", len(nodes))
        self.chunks = len(nodes)
        embed = embed_model if embed_model is not None else make_embedding(settings.embedding)
        self.index = VectorStoreIndex(nodes, embed_model=embed)

    def retrieve(self, question: str, k: int) -> list[dict]:
        hits = self.index.as_retriever(similarity_top_k=k).retrieve(QueryBundle(question))
        return [
            {
                "paragraph_id": h.node.node_id,
                "doc_id": h.node.metadata.get("doc_id"),
                "page": None,
                "score": float(h.score or 0.0),
                "text": h.node.get_content(),
            }
            for h in hits
        ]
