"""Render answers for people: plain text (CLI, paste into a draft) and Markdown (web UI).

Everything coming from documents or questions is escaped before it goes into Markdown,
so HTML in a question or a paragraph is shown as text, never executed.
"""

from __future__ import annotations

import html

from .models import Answer, Retrieved


def _section(section: list[str]) -> str:
    return " › ".join(section)


def _voice(c) -> str:
    from .voice import VOICE_LABELS

    return VOICE_LABELS.get(c.voice or "", c.voice or "")


def _status(c) -> str:
    return " [onbevestigd]" if c.status == "onbevestigd" else ""


def answer_as_text(answer: Answer, references: dict[str, str] | None = None) -> str:
    """The answer with a source list under it, ready to paste into a draft."""
    lines = [answer.text, ""]
    if answer.query:
        lines += [f"(Gezocht als: {answer.query})", ""]
    if answer.notices:
        lines += [f"Let op: {n}" for n in answer.notices] + [""]
    if answer.abstained:
        if answer.related:
            lines.append("Mogelijk relevant (geen antwoord op de vraag):")
            for r in answer.related:
                ref = (references or {}).get(r.paragraph_id, r.paragraph_id)
                lines.append(f"- {ref}: {_snippet(r.text)}")
        return "\n".join(lines).rstrip() + "\n"
    lines.append("Bronnen:")
    for c in answer.citations:
        where = f" ({_section(c.section)})" if c.section else ""
        speaker = f" — {_voice(c)}" if c.voice else ""
        lines.append(f"[{c.n}] {c.reference}{where}{speaker}{_status(c)}")
        lines.append(f"    «{c.quote}»")
        if c.url:
            lines.append(f"    {c.url}")
    return "\n".join(lines) + "\n"


def search_as_text(hits: list[Retrieved], references: dict[str, str]) -> str:
    lines = []
    for i, h in enumerate(hits, 1):
        lines.append(
            f"{i:>2}. {references.get(h.paragraph_id, h.paragraph_id)}  [{h.paragraph_id}]  score {h.score:.4f}"
        )
        lines.append(f"    {_snippet(h.text, 200)}")
    return "\n".join(lines) + "\n"


def _snippet(text: str, limit: int = 140) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


_MD_SPECIAL = set("\\`*_[]#|~")


def esc(text: str) -> str:
    """Escape for Markdown-with-HTML: no tag from a document or question survives as markup."""
    out = "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in text)
    out = html.escape(out, quote=True)  # after the backslashes: entities like &#x27; stay intact
    return out.replace("\n", "  \n")


def answer_as_markdown(answer: Answer, references: dict[str, str] | None = None) -> str:
    """Answer plus a numbered source list (reference, page, quote) for the chat UI."""
    if answer.abstained:
        parts = [f"**{esc(answer.text)}**"] + [f"\n\n> {esc(n)}" for n in answer.notices]
        if answer.related:
            parts.append("\n\nMogelijk relevant (geen antwoord op de vraag):\n")
            for r in answer.related:
                ref = (references or {}).get(r.paragraph_id, r.paragraph_id)
                parts.append(f"\n- {esc(ref)}: {esc(_snippet(r.text))}")
        return "".join(parts)
    parts = [esc(answer.text)]
    for n in answer.notices:
        parts.append(f"\n\n> {esc(n)}")
    parts.append("\n\n**Bronnen**\n")
    for c in answer.citations:
        where = f" — {esc(_section(c.section))}" if c.section else ""
        link = f" ([bron]({html.escape(c.page_url or c.url or '', quote=True)}))" if (c.page_url or c.url) else ""
        speaker = f" — *{esc(_voice(c))}*" if c.voice else ""
        flag = " **onbevestigd**" if c.status == "onbevestigd" else ""
        parts.append(f"\n{c.n}. {esc(c.reference)}{where}{speaker}{link}{flag}  \n   «{esc(c.quote)}»")
    return "".join(parts)


def citation_panel_html(context: dict, citation: dict) -> str:
    """The source panel: the cited paragraph within its section, the quote highlighted, who speaks,
    page, reference and the official link. Every piece of document text is escaped."""
    from .voice import VOICE_LABELS

    p = context["paragraph"]
    text, quote = p["text"], citation["quote"]
    i = text.find(quote)
    if i >= 0:
        body = html.escape(text[:i]) + "<mark>" + html.escape(quote) + "</mark>" + html.escape(text[i + len(quote) :])
    else:  # cannot happen for a verified citation; show the paragraph plain
        body = html.escape(text)
    body = body.replace("\n", "<br>")
    section = " › ".join(p.get("section") or []) or "(geen kop)"
    voice = VOICE_LABELS.get(context.get("voice") or citation.get("voice") or "", "")
    parts = [
        f"<h4>[{int(citation['n'])}] {html.escape(context['reference'])}</h4>",
        f"<p><b>Sectie:</b> {html.escape(section)} · <b>Pagina:</b> {int(p['page'])}"
        + (f" · <b>Spreker:</b> {html.escape(voice)}" if voice else "")
        + "</p>",
    ]
    if citation.get("status") == "onbevestigd":
        parts.append("<p class='onbevestigd'>Onbevestigd: de bron ondersteunt deze zin niet aantoonbaar.</p>")
    if context.get("before"):
        parts.append(f"<p class='context'>{html.escape(_snippet(context['before']['text'], 400))}</p>")
    parts.append(f"<p class='geciteerd'>{body}</p>")
    if context.get("after"):
        parts.append(f"<p class='context'>{html.escape(_snippet(context['after']['text'], 400))}</p>")
    link = context.get("page_url") or context.get("url")
    if link:
        parts.append(
            f"<p><a href='{html.escape(link, quote=True)}' target='_blank' rel='noopener noreferrer'>"
            "Officiële publicatie</a></p>"
        )
    return "\n".join(parts)
