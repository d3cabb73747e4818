"""The Gradio app: chat with clickable citations and a source panel, filters, Kamervragen, feedback.

No answer logic lives here: every action calls the same library functions as the CLI
(``Assistant.ask_stream``, ``Assistant.context``, ``kamervragen.draft``, ``record_feedback``), and
every action is also a named API endpoint (``/ask``, ``/chat``, ``/paragraph``, ``/kamervragen``,
``/feedback``) usable with ``gradio_client``. All document and question text is HTML-escaped
before it reaches the page (``present.esc``); Gradio's sanitiser is a second line.
"""

from __future__ import annotations

import logging
import os
import re
import tempfile
from pathlib import Path

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr  # noqa: E402

from . import kamervragen as kv  # noqa: E402
from .errors import AssistantError  # noqa: E402
from .feedback import record_feedback  # noqa: E402
from .models import Answer  # noqa: E402
from .pipeline import Assistant  # noqa: E402
from .present import answer_as_markdown, citation_panel_html, esc  # noqa: E402

log = logging.getLogger(__name__)

EXAMPLES = [
    "Wat vindt het kabinet van «minder-voor-minder»?",
    "Wat vinden de ACVZ en het kabinet van negatieve conditionaliteit?",
    "Hoeveel geld is er per jaar voor migratie en ontwikkeling?",
    "Welke beleidsprioriteiten heeft het kabinet geformuleerd?",
    "Hoe reageert het kabinet op de aanbevelingen van de ACVZ?",
    "Waar staat in de brief iets over Somalië?",
]
KAMERVRAGEN_EXAMPLE = """Vraag 1
Hoeveel geld is er per jaar beschikbaar voor migratie en ontwikkeling?

Vraag 2
Wat vindt het kabinet van negatieve conditionaliteit («minder-voor-minder»)?

Vraag 3
Hoeveel terugnameovereenkomsten heeft Nederland in 2015 gesloten?"""
PANEL_EMPTY = "<p class='panel-leeg'>Klik op een bronnummer [n] in het antwoord om de alinea in context te zien.</p>"

# Clicking «[n]» in an answer selects source n in the radio group, which fills the source panel.
HEAD = """<script>
document.addEventListener("click", function (e) {
  var a = e.target.closest && e.target.closest('a[href^="#bron-"]');
  if (!a) return;
  e.preventDefault();
  var n = a.getAttribute("href").slice(6);
  var input = document.querySelector('#bronkeuze input[value="' + n + '"]');
  if (input) { input.click(); }
}, true);
</script>"""
CSS = """
#bronpaneel mark { background: #ffe58a; padding: 0 .1em; }
#bronpaneel .context { color: #666; font-size: .92em; }
#bronpaneel .onbevestigd { color: #a00; font-weight: bold; }
.panel-leeg { color: #666; }
"""


def _linked(markdown: str) -> str:
    """Citation markers (escaped as ``\\[n\\]`` by present.esc) become links the page script handles."""
    return re.sub(r"\\\[(\d+)\\\]", r"[\\[\1\\]](#bron-\1)", markdown)


def _filter_label(docs, types, date_from, date_to) -> str:
    parts = []
    if docs:
        parts.append("documenten: " + ", ".join(docs))
    if types:
        parts.append("type: " + ", ".join(types))
    if date_from or date_to:
        parts.append(f"periode: {date_from or '…'} – {date_to or '…'}")
    return "; ".join(parts)


def build_app(assistant: Assistant) -> gr.Blocks:
    h = assistant.handle
    indexed = sorted({p.doc_id for p in h.paragraphs.values()})
    doc_choices = [(f"{h.documents[d].title[:70]} ({d})", d) for d in indexed]
    type_choices = sorted({h.documents[d].type for d in indexed})
    feedback_path = assistant.settings.ui.feedback_path

    def doc_filter(docs, types, date_from, date_to) -> list[str] | None:
        selected = assistant.select_documents(docs or None, types or None, date_from or None, date_to or None)
        if selected == []:
            raise AssistantError("Geen document voldoet aan het filter; verruim het filter.")
        return selected

    # --- chat -----------------------------------------------------------------------------------
    def chat_ui(message, messages, state, docs, types, date_from, date_to):
        """Stream the answer into the chat; state keeps the questions and the last answer."""
        messages = list(messages or [])
        state = dict(state or {"questions": [], "answer": None, "question": None})
        messages.append({"role": "user", "content": esc(message or "")})
        try:
            doc_ids = doc_filter(docs, types, date_from, date_to)
            stream = assistant.ask_stream(message, doc_ids=doc_ids, history=state["questions"])
            answer = None
            for answer in stream:
                if answer.citations or answer.abstained:
                    break  # final (verified) answer
                yield (
                    messages + [{"role": "assistant", "content": esc(answer.text)}],
                    state,
                    gr.update(),
                    PANEL_EMPTY,
                    "",
                )
            for answer in stream:  # drain (the extractive engine yields once)
                pass
        except AssistantError as exc:
            messages.append({"role": "assistant", "content": f"⚠️ {esc(str(exc))}"})
            yield messages, state, gr.update(choices=[], value=None), PANEL_EMPTY, ""
            return
        md = _linked(answer_as_markdown(answer))
        label = _filter_label(docs, types, date_from, date_to)
        if label:
            md += f"\n\n*Filter — {esc(label)}*"
        messages.append({"role": "assistant", "content": md})
        state["questions"] = state["questions"] + [message]
        state["answer"], state["question"] = answer.model_dump(), message
        choices = [(f"[{c.n}] {c.reference}", str(c.n)) for c in answer.citations]
        yield messages, state, gr.update(choices=choices, value=None), PANEL_EMPTY, ""

    def show_source(n, state):
        if not n or not state or not state.get("answer"):
            return PANEL_EMPTY, ""
        cite = next((c for c in state["answer"]["citations"] if str(c["n"]) == str(n)), None)
        if cite is None:
            return PANEL_EMPTY, ""
        ctx = assistant.context(cite["paragraph_id"])
        return citation_panel_html(ctx, cite), cite["reference"] + (
            f" ({' › '.join(cite['section'])})" if cite.get("section") else ""
        )

    def new_conversation():
        return (
            [],
            {"questions": [], "answer": None, "question": None},
            gr.update(choices=[], value=None),
            PANEL_EMPTY,
            "",
        )

    def give_feedback(verdict: str, comment: str, state) -> str:
        if not state or not state.get("answer"):
            return "Stel eerst een vraag; feedback hoort bij een antwoord."
        try:
            record_feedback(feedback_path, state["question"], state["answer"], verdict, comment)
        except (AssistantError, OSError) as exc:
            return f"⚠️ Feedback niet opgeslagen: {esc(str(exc))}"
        return "Dank u: uw oordeel is opgeslagen."

    # --- Kamervragen ------------------------------------------------------------------------------
    def kamervragen_ui(text, docs, types, date_from, date_to):
        try:
            d = kv.draft(assistant, text, doc_ids=doc_filter(docs, types, date_from, date_to))
        except AssistantError as exc:
            return f"⚠️ {esc(str(exc))}", None, None
        try:
            folder = Path(tempfile.mkdtemp(prefix="kamervragen-"))
            (folder / "concept-antwoorden.md").write_text(kv.to_markdown(d), encoding="utf-8")
            kv.to_docx(d, folder / "concept-antwoorden.docx")
        except OSError as exc:  # a full disk must not leave the user without the draft on screen
            log.error("export failed: %s", exc)
            return kv.to_markdown(d, esc=esc) + f"\n\n⚠️ Export mislukt: {esc(exc.strerror or str(exc))}", None, None
        return (
            kv.to_markdown(d, esc=esc),
            str(folder / "concept-antwoorden.docx"),
            str(folder / "concept-antwoorden.md"),
        )

    # --- API-only endpoints -----------------------------------------------------------------------
    def ask_api(question: str, history: list[str] | None = None) -> dict:
        """The same object as `assistant ask --json`; bad input gives {"error": message}."""
        try:
            return assistant.ask(question, history=history or None).model_dump()
        except AssistantError as exc:
            return {"error": str(exc)}

    def chat_api(question: str) -> str:
        """The answer as the chat shows it (Markdown with the numbered source list)."""
        try:
            return answer_as_markdown(assistant.ask(question))
        except AssistantError as exc:
            return f"⚠️ {esc(str(exc))}"

    def paragraph_api(paragraph_id: str) -> dict:
        """A paragraph with the ones before and after it, its reference, link and speaker."""
        try:
            return assistant.context(paragraph_id)
        except AssistantError as exc:
            return {"error": str(exc)}

    def kamervragen_api(text: str) -> dict:
        """Draft answers for numbered Kamervragen: items with answers, footnote texts and the Markdown."""
        try:
            d = kv.draft(assistant, text)
        except AssistantError as exc:
            return {"error": str(exc)}
        return {**d.model_dump(), "markdown": kv.to_markdown(d)}

    def feedback_api(question: str, answer: dict, verdict: str, comment: str = "") -> dict:
        """Append a verdict ('up'/'down') on an answer to the feedback log."""
        try:
            return record_feedback(feedback_path, question, Answer.model_validate(answer), verdict, comment)
        except (AssistantError, ValueError) as exc:
            return {"error": str(exc)}

    with gr.Blocks(title="Beleidsassistent — Kamerstuk 29 344, nr. 128", analytics_enabled=False) as demo:
        gr.Markdown(
            "## Beleidsassistent\nVragen over Kamerstuk 29 344, nr. 128 (kabinetsreactie op het ACVZ-advies "
            "«Tussen wens en werkelijkheid») en de stukken die daarbij horen. Elk antwoord noemt de alinea's "
            "waarop het steunt en wie er aan het woord is."
        )
        state = gr.State({"questions": [], "answer": None, "question": None})
        with gr.Accordion("Filter", open=False):
            with gr.Row():
                f_docs = gr.Dropdown(doc_choices, multiselect=True, label="Document", elem_id="filter-doc")
                f_types = gr.Dropdown(type_choices, multiselect=True, label="Soort document", elem_id="filter-type")
                f_from = gr.Textbox(label="Vanaf datum (JJJJ-MM-DD)", elem_id="filter-van")
                f_to = gr.Textbox(label="Tot en met datum", elem_id="filter-tot")
        filters = [f_docs, f_types, f_from, f_to]
        with gr.Tab("Vragen", elem_id="tab-vragen"):
            with gr.Row():
                with gr.Column(scale=3):
                    chatbot = gr.Chatbot(label="Gesprek", height=480, sanitize_html=True, elem_id="gesprek")
                    question = gr.Textbox(placeholder="Stel een vraag over de stukken…", label="Vraag", elem_id="vraag")
                    with gr.Row():
                        send = gr.Button("Vraag stellen", variant="primary", elem_id="verstuur")
                        reset = gr.Button("Nieuw gesprek", elem_id="nieuw-gesprek")
                    gr.Examples(EXAMPLES, inputs=question, label="Voorbeeldvragen")
                    with gr.Row():
                        up = gr.Button("👍 Goed antwoord", elem_id="duim-omhoog", size="sm")
                        down = gr.Button("👎 Niet goed", elem_id="duim-omlaag", size="sm")
                        comment = gr.Textbox(label="Opmerking (optioneel)", elem_id="opmerking", scale=3)
                    thanks = gr.Markdown(elem_id="feedback-melding")
                with gr.Column(scale=2):
                    choice = gr.Radio([], label="Bronnen bij het laatste antwoord", elem_id="bronkeuze")
                    panel = gr.HTML(PANEL_EMPTY, elem_id="bronpaneel")
                    reference = gr.Textbox(
                        label="Verwijzing", buttons=["copy"], interactive=False, elem_id="verwijzing"
                    )
        with gr.Tab("Kamervragen", elem_id="tab-kamervragen"):
            gr.Markdown(
                "Plak genummerde Kamervragen («Vraag 1 …» of «1. …»). Per vraag volgt een concept-«Antwoord n» "
                "met bronnen als voetnoot, of de mededeling dat de stukken de vraag niet beantwoorden."
            )
            kv_in = gr.Textbox(lines=10, label="Kamervragen", value=KAMERVRAGEN_EXAMPLE, elem_id="kv-invoer")
            kv_go = gr.Button("Concept-antwoorden maken", variant="primary", elem_id="kv-maak")
            kv_out = gr.Markdown(elem_id="kv-uitvoer")
            with gr.Row():
                kv_docx = gr.File(label="Word (.docx)", elem_id="kv-docx")
                kv_md = gr.File(label="Markdown (.md)", elem_id="kv-md")

        outputs = [chatbot, state, choice, panel, reference]
        # The box empties when the question is sent, not when the answer is done: the next question, typed while
        # an (LLM) answer streams, is not wiped.
        sent = gr.State("")
        for trigger in (send.click, question.submit):
            trigger(lambda q: ("", q), question, [question, sent], api_visibility="private").then(
                chat_ui, [sent, chatbot, state, *filters], outputs, api_visibility="private"
            )
        reset.click(new_conversation, None, outputs, api_visibility="private")
        choice.input(show_source, [choice, state], [panel, reference], api_visibility="private")
        up.click(lambda c, s: give_feedback("up", c, s), [comment, state], thanks, api_visibility="private")
        down.click(lambda c, s: give_feedback("down", c, s), [comment, state], thanks, api_visibility="private")
        kv_go.click(kamervragen_ui, [kv_in, *filters], [kv_out, kv_docx, kv_md], api_visibility="private")

        gr.api(ask_api, api_name="ask")
        gr.api(chat_api, api_name="chat")
        gr.api(paragraph_api, api_name="paragraph")
        gr.api(kamervragen_api, api_name="kamervragen")
        gr.api(feedback_api, api_name="feedback")
    return demo


def _auth(settings) -> list[tuple[str, str]] | None:
    """Login pairs from ASSISTANT_UI__USERS ('a:x,b:y') or a users file; None = no login."""
    pairs: list[str] = []
    if settings.ui.users is not None:
        pairs += [p for p in settings.ui.users.get_secret_value().split(",") if p.strip()]
    if settings.ui.users_file is not None:
        try:
            lines = Path(settings.ui.users_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise AssistantError(f"gebruikersbestand {settings.ui.users_file} niet leesbaar: {exc.strerror}") from None
        pairs += [line for line in lines if line.strip() and not line.lstrip().startswith("#")]
    out = []
    for pair in pairs:
        name, sep, password = pair.strip().partition(":")
        if not sep or not name or not password:
            raise AssistantError("login: elke gebruiker als 'naam:wachtwoord'")
        out.append((name, password))
    return out or None


def launch(assistant: Assistant, host: str | None = None, port: int | None = None, **kwargs) -> None:
    settings = assistant.settings
    demo = build_app(assistant)
    assistant.keep_resident()  # the server holds the index until it exits
    demo.queue(default_concurrency_limit=4).launch(
        server_name=host or settings.ui.host,
        server_port=port or settings.ui.port,
        show_error=False,
        auth=_auth(settings),
        auth_message="Log in met de gegevens die u van de beheerder hebt gekregen.",
        # Serve nothing from disk beyond Gradio's own cache: not the corpus, the index or the feedback log.
        allowed_paths=[],
        blocked_paths=[str(settings.corpus_dir), str(settings.index_dir), str(settings.ui.feedback_path.parent)],
        head=HEAD,
        css=CSS,
        footer_links=[],
        **kwargs,
    )
