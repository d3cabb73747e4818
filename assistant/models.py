"""Typed records that flow through the pipeline.

The paragraph is the unit of citation: everything the assistant says points at a
:class:`Paragraph` by its stable id. The JSON shapes of :class:`Retrieved` and
:class:`Answer` are the evaluation contract (see README), so field names here are
load-bearing: other tools read them.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field


class Document(BaseModel):
    """One entry of the corpus manifest: known by title, date and URL, indexed only if it has text."""

    id: str = Field(description="Official-style id, e.g. 'kst-29344-128'.")
    title: str
    type: str = Field(description="kamerbrief, rapport, verslag, handelingen, aanhangsel, eu, ...")
    dossier: str | None = None
    number: str | None = None
    date: str | None = None
    source_url: str | None = None
    pdf_url: str | None = Field(default=None, description="Official PDF, for page-anchored links ('#page=3').")
    file: str | None = Field(default=None, description="Text file inside the corpus directory, if available.")
    headings: dict[str, int] = Field(
        default_factory=dict,
        description="Heading text -> level (1 = top). The PDF text layer loses typography, so levels are given here.",
    )
    voice: str | None = Field(
        default=None, description="Who speaks in the document by default (e.g. 'kabinet' for a Kamerbrief)."
    )
    section_voices: dict[str, str] = Field(
        default_factory=dict,
        description="Heading text -> voice of the paragraphs under it (e.g. the sections summarising the ACVZ).",
    )
    item_voice: str | None = Field(
        default=None, description="Voice of numbered items (kind 'item'), e.g. 'acvz' for its recommendations."
    )


class Paragraph(BaseModel):
    """A citable unit: a body paragraph, a numbered item, a reaction, a footnote or the signature block."""

    id: str = Field(description="Stable id, '<doc_id>:<ordinal:03d>' or '<doc_id>:fn<number>' for footnotes.")
    doc_id: str
    ordinal: int = Field(description="Position in the document (footnotes follow the body).")
    page: int = Field(description="Page on which the paragraph starts (1-based; 0 = the source has no pages).")
    page_end: int = Field(description="Page on which the paragraph ends.")
    section: list[str] = Field(default_factory=list, description="Headings above the paragraph, outermost first.")
    kind: str = Field(default="body", description="body | item | reactie | footnote | signature")
    text: str = Field(description="Paragraph text, hyphenation repaired, footnote markers removed.")
    footnotes: list[str] = Field(default_factory=list, description="Ids of footnotes referenced from this paragraph.")
    parent: str | None = Field(default=None, description="For footnotes: the paragraph that references it.")
    anchor: str | None = Field(default=None, description="For footnotes: the body sentence that carries the marker.")
    label: str | None = Field(
        default=None,
        description="Where in the document when there are no pages (XML): the speaker, «motie-X c.s. (…)», "
        "«vraag 2», «voetnoot 1».",
    )
    voice: str | None = Field(
        default=None,
        description="Who speaks (structure: document, section, item/«Reactie»); sentences may name another "
        "speaker, see assistant.voice.sentence_voices.",
    )

    @property
    def section_label(self) -> str:
        return " › ".join(self.section)


class Retrieved(BaseModel):
    """One retrieval hit, as written to results.jsonl and printed by `assistant search --json`."""

    paragraph_id: str
    doc_id: str
    page: int
    score: float
    text: str


class Citation(BaseModel):
    """A numbered citation inside an answer. `quote` occurs verbatim in `text`."""

    n: int
    paragraph_id: str
    doc_id: str
    page: int
    quote: str
    text: str
    reference: str = Field(description="Parliamentary reference form, e.g. 'Kamerstuk 29 344, nr. 128, p. 3'.")
    url: str | None = Field(default=None, description="The document's official URL.")
    page_url: str | None = Field(default=None, description="The official PDF opened at the cited page, if any.")
    section: list[str] = Field(default_factory=list, description="Headings above the paragraph.")
    voice: str | None = Field(
        default=None, description="Who speaks in the quote: acvz, kabinet, europese-commissie, ..."
    )
    status: Literal["bevestigd", "onbevestigd"] = Field(
        default="bevestigd",
        description="'onbevestigd' when verification could not confirm that the paragraph supports the claim "
        "(shown to the user, never silently dropped).",
    )
    support: float | None = Field(
        default=None, description="Support of the claim by the paragraph, 0..1 (generated answers only)."
    )


class Answer(BaseModel):
    """What `assistant ask --json` prints and the `/ask` API endpoint returns."""

    text: str
    abstained: bool
    citations: list[Citation] = Field(default_factory=list)
    related: list[Retrieved] = Field(
        default_factory=list,
        description="When abstaining: the nearest paragraphs, offered as possibly relevant (not as evidence).",
    )
    notices: list[str] = Field(
        default_factory=list,
        description="What the user must know besides the text: parts of the question the stukken do not answer, "
        "citations removed or unconfirmed, an LLM backend that failed.",
    )
    engine: str = Field(default="extractive", description="'extractive' or 'llm:<model>'.")
    query: str | None = Field(
        default=None, description="The question as searched, when a follow-up was resolved against the conversation."
    )
