"""Gradio app (minimal chat; see issue 5 for the rich UI). No answer logic lives here."""

from __future__ import annotations

import logging
import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from .errors import AssistantError  # noqa: E402
from .pipeline import Assistant  # noqa: E402
from .present import answer_as_markdown, esc  # noqa: E402

log = logging.getLogger(__name__)

EXAMPLES = [
    "Wat vindt het kabinet van «minder-voor-minder»?",
    "Hoeveel geld is er per jaar voor migratie en ontwikkeling?",
    "Welke beleidsprioriteiten heeft het kabinet geformuleerd?",
]


def build_app(assistant: Assistant) -> gr.Blocks:
    from .corpus import paragraph_reference

    h = assistant.handle
    references = {pid: paragraph_reference(h.documents[p.doc_id], p) for pid, p in h.paragraphs.items()}

    def respond(message: str, history: list) -> str:
        try:
            answer = assistant.ask(message)
        except AssistantError as exc:
            return f"⚠️ {esc(str(exc))}"
        return answer_as_markdown(answer, references)

    def ask_api(question: str) -> dict:
        """The same object as `assistant ask --json`; bad input gives {"error": message}."""
        try:
            return assistant.ask(question).model_dump()
        except AssistantError as exc:
            return {"error": str(exc)}

    with gr.Blocks(title="Beleidsassistent — Kamerstuk 29 344, nr. 128", analytics_enabled=False) as demo:
        gr.Markdown(
            "## Beleidsassistent\nVragen over Kamerstuk 29 344, nr. 128 (kabinetsreactie op het ACVZ-advies "
            "«Tussen wens en werkelijkheid»). Elk antwoord noemt de alinea's waarop het steunt."
        )
        gr.ChatInterface(
            respond,
            examples=EXAMPLES,
            chatbot=gr.Chatbot(label="Gesprek", height=520, sanitize_html=True),
            textbox=gr.Textbox(placeholder="Stel een vraag over de stukken…", label="Vraag"),
            api_name="chat",
        )
        with gr.Row(visible=False):
            q = gr.Textbox()
            out = gr.JSON()
            gr.Button().click(ask_api, inputs=q, outputs=out, api_name="ask")
    return demo


def launch(assistant: Assistant, host: str | None = None, port: int | None = None, **kwargs) -> None:
    demo = build_app(assistant)
    demo.queue(default_concurrency_limit=4).launch(
        server_name=host or assistant.settings.ui.host,
        server_port=port or assistant.settings.ui.port,
        show_error=False,
        **kwargs,
    )
