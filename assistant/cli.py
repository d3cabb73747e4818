"""`assistant` command line. Library errors become one-line messages here, and only here.

Exit codes: 0 ok; 1 the assistant could not do it (corpus or index problem); 2 bad input
(question, options, gold file).
"""

from __future__ import annotations

import json
import logging
import os
import sys
from contextlib import contextmanager
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")
os.environ.setdefault("ANONYMIZED_TELEMETRY", "False")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

app = typer.Typer(
    help="Vraag-en-antwoord over Kamerstuk 29 344, nr. 128 en verwante stukken, met bronvermelding per alinea.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

log = logging.getLogger("assistant")

DocOption = Annotated[
    list[str] | None, typer.Option("--doc", help="Only search this document id (repeatable), e.g. kst-29344-128.")
]


@app.callback()
def main(verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Log progress to stderr.")] = False) -> None:
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    # Our own progress at INFO with -v; other libraries (bm25s, httpx, chromadb) only from WARNING.
    handler.addFilter(lambda r: r.name.startswith("assistant") or r.levelno >= logging.WARNING)
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING, handlers=[handler], force=True)


def _fail(message: str, code: int) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@contextmanager
def _errors():
    """Turn the library's deliberate errors into a message and an exit code, never a traceback."""
    from .errors import AssistantError, InvalidQuestionError

    try:
        yield
    except InvalidQuestionError as exc:
        _fail(str(exc), 2)
    except AssistantError as exc:
        _fail(str(exc), 1)
    except OSError as exc:  # an unwritable index folder, a full disk, a file where a folder should be
        where = f": {exc.filename}" if exc.filename else ""
        _fail(f"{exc.strerror or exc}{where}", 1)
    except KeyboardInterrupt:
        _fail("interrupted", 130)


def _open(build: bool = True):
    from .config import Settings
    from .pipeline import Assistant

    return Assistant.open(Settings(), build=build, progress=sys.stderr.isatty())


def _references(assistant) -> dict[str, str]:
    from .corpus import paragraph_reference

    h = assistant.handle
    return {pid: paragraph_reference(h.documents[p.doc_id], p) for pid, p in h.paragraphs.items()}


@app.command()
def index(force: Annotated[bool, typer.Option("--force", help="Rebuild even if nothing changed.")] = False) -> None:
    """Build the index (Chroma + BM25) from corpus/; skipped when the corpus is unchanged."""
    from .config import Settings
    from .index import build_index

    with _errors():
        res = build_index(Settings(), force=force, progress=sys.stderr.isatty())
        state = "built" if res.built else "up to date"
        typer.echo(f"index {state}: {res.paragraphs} paragraphs in {res.path} ({res.seconds:.1f}s)")


@app.command()
def search(
    question: Annotated[str, typer.Argument(help="The question (Dutch or English).")],
    k: Annotated[int, typer.Option("-k", min=1, max=100, help="Number of paragraphs.")] = 10,
    as_json: Annotated[bool, typer.Option("--json", help="Print the retrieved list as JSON.")] = False,
    doc: DocOption = None,
) -> None:
    """Show the paragraphs that best match QUESTION (hybrid BM25 + e5)."""
    from .present import search_as_text

    with _errors():
        assistant = _open()
        hits = assistant.search(question, k=k, doc_ids=doc)
        if as_json:
            typer.echo(json.dumps([h.model_dump() for h in hits], ensure_ascii=False, indent=1))
        else:
            typer.echo(search_as_text(hits, _references(assistant)), nl=False)


@app.command()
def ask(
    question: Annotated[str, typer.Argument(help="The question (Dutch or English).")],
    as_json: Annotated[bool, typer.Option("--json", help="Print the answer object as JSON.")] = False,
    doc: DocOption = None,
    history: Annotated[
        list[str] | None,
        typer.Option("--history", help="An earlier question of the conversation (repeat, oldest first)."),
    ] = None,
) -> None:
    """Answer QUESTION from the stukken, citing paragraphs; says so when they do not answer it."""
    from .present import answer_as_text

    with _errors():
        assistant = _open()
        answer = assistant.ask(question, doc_ids=doc, history=history)
        if as_json:
            typer.echo(json.dumps(answer.model_dump(), ensure_ascii=False, indent=1))
        else:
            typer.echo(answer_as_text(answer, _references(assistant)), nl=False)


@app.command()
def serve(
    port: Annotated[int | None, typer.Option("--port", min=1, max=65535, help="Port (default 7860).")] = None,
    host: Annotated[str | None, typer.Option("--host", help="Address to bind (default 127.0.0.1).")] = None,
) -> None:
    """Serve the chat UI (and its /ask API) with Gradio."""
    from .app import launch

    with _errors():
        assistant = _open()
        launch(assistant, host=host, port=port)


corpus_app = typer.Typer(help="Manage the documents in corpus/ (the index follows).", no_args_is_help=True)
app.add_typer(corpus_app, name="corpus")


def _rebuild(settings) -> None:
    from .index import build_index

    res = build_index(settings, progress=sys.stderr.isatty())
    reuse = f"; embedded {res.embedded} new texts, reused {res.reused}" if res.embedded is not None else ""
    typer.echo(
        f"index {'built' if res.built else 'up to date'}: {res.paragraphs} paragraphs ({res.seconds:.1f}s{reuse})"
    )


@corpus_app.command("list")
def corpus_list(as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False) -> None:
    """All documents in the manifest, indexed or not, with their status."""
    from dataclasses import asdict

    from .config import Settings
    from .manage import list_documents

    with _errors():
        rows = list_documents(Settings())
        if as_json:
            typer.echo(json.dumps([asdict(r) for r in rows], ensure_ascii=False, indent=1))
            return
        for r in rows:
            typer.echo(f"{r.id:<40} {r.type:<12} {r.date or '':<10}  {r.status:<30} {r.title[:70]}")


@corpus_app.command("add")
def corpus_add(
    source: Annotated[
        str,
        typer.Argument(help="Official id (kst-30573-129, h-tk-…, ah-tk-…), a file (PDF, HTML, XML, text) or a URL."),
    ],
    doc_id: Annotated[str | None, typer.Option("--id", help="Id for a file or URL (default: from its name).")] = None,
    title: Annotated[str | None, typer.Option("--title", help="Title (default: from the source).")] = None,
) -> None:
    """Add one document and index it (only new text is embedded)."""
    from .config import Settings
    from .manage import add

    with _errors():
        settings = Settings()
        doc = add(settings, source, doc_id=doc_id, title=title)
        typer.echo(f"added {doc.id}: {doc.title[:80]} ({doc.file})")
        _rebuild(settings)


@corpus_app.command("remove")
def corpus_remove(doc_id: Annotated[str, typer.Argument(help="Document id (see `assistant corpus list`).")]) -> None:
    """Take a document out of the corpus and the index."""
    from .config import Settings
    from .manage import remove

    with _errors():
        settings = Settings()
        remove(settings, doc_id)
        typer.echo(f"removed {doc_id}")
        _rebuild(settings)


@corpus_app.command("sync")
def corpus_sync() -> None:
    """Fetch every manifest document without local text from its official source (needs internet)."""
    from .config import Settings
    from .manage import sync

    with _errors():
        settings = Settings()
        results = sync(settings)
        for doc_id, outcome in results:
            typer.echo(f"{doc_id}: {outcome}")
        if any(o == "added" for _, o in results):
            _rebuild(settings)
        if any(o.startswith("failed") for _, o in results):
            _fail("some documents could not be fetched (see above)", 1)


@app.command()
def kamervragen(
    file: Annotated[Path, typer.Argument(help="Text file with numbered Kamervragen («Vraag 1 …» or «1. …»).")],
    docx: Annotated[Path | None, typer.Option("--docx", help="Write the draft as a Word file.")] = None,
    md: Annotated[Path | None, typer.Option("--md", help="Write the draft as Markdown (default: print it).")] = None,
    doc: DocOption = None,
) -> None:
    """Draft an «Antwoord n» per numbered question, with footnoted sources (Markdown and/or .docx)."""
    from . import kamervragen as kv
    from .errors import AssistantError

    try:
        text = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        _fail(f"cannot read {file}: {getattr(exc, 'strerror', None) or exc}", 2)
    try:
        kv.parse_questions(text)
    except AssistantError as exc:
        _fail(str(exc), 2)
    with _errors():
        draft = kv.draft(_open(), text, doc_ids=doc)
        if docx:
            kv.to_docx(draft, docx)
            typer.echo(f"wrote {docx}")
        if md:
            md.write_text(kv.to_markdown(draft), encoding="utf-8")
            typer.echo(f"wrote {md}")
        if not docx and not md:
            typer.echo(kv.to_markdown(draft), nl=False)


class Split(str, Enum):
    dev = "dev"
    dev2 = "dev2"
    dev3 = "dev3"
    dev4 = "dev4"
    dev5 = "dev5"
    dev6 = "dev6"
    dev7 = "dev7"
    dev8 = "dev8"
    dev9 = "dev9"
    dev10 = "dev10"
    dev11 = "dev11"
    dev12 = "dev12"
    dev13 = "dev13"
    dev14 = "dev14"
    dev15 = "dev15"
    dev16 = "dev16"
    dev17 = "dev17"
    dev18 = "dev18"
    dev19 = "dev19"
    dev20 = "dev20"
    dev21 = "dev21"
    dev22 = "dev22"
    dev23 = "dev23"
    dev24 = "dev24"
    dev25 = "dev25"
    dev26 = "dev26"
    dev27 = "dev27"
    dev28 = "dev28"
    dev29 = "dev29"
    dev30 = "dev30"
    dev31 = "dev31"
    dev32 = "dev32"
    dev33 = "dev33"
    dev34 = "dev34"
    dev35 = "dev35"
    dev36 = "dev36"
    dev37 = "dev37"
    dev38 = "dev38"
    dev39 = "dev39"
    dev40 = "dev40"
    dev41 = "dev41"
    dev42 = "dev42"
    dev43 = "dev43"
    dev44 = "dev44"
    dev45 = "dev45"
    dev46 = "dev46"
    dev47 = "dev47"
    dev48 = "dev48"
    dev49 = "dev49"
    dev50 = "dev50"
    dev51 = "dev51"
    dev52 = "dev52"
    dev53 = "dev53"
    test = "test"
    dev_followups = "dev-followups"
    test_followups = "test-followups"
    dev2_followups = "dev2-followups"


@app.command("eval")
def evaluate(
    out: Annotated[Path, typer.Option("--out", help="Folder for results.jsonl, report.json, report.md.")],
    gold: Annotated[
        Path | None,
        typer.Option("--gold", help="Gold set, JSON Lines (see README). Default: evals/gold/<split>.jsonl."),
    ] = None,
    split: Annotated[
        Split, typer.Option("--split", help="Which packaged gold split to run when --gold is not given.")
    ] = Split.dev,
    k: Annotated[int, typer.Option("--k", min=10, max=100, help="Paragraphs retrieved per question.")] = 10,
    baseline: Annotated[
        str | None, typer.Option("--baseline", help="Also run a reference pipeline: 'llamaindex-default'.")
    ] = None,
    gate: Annotated[
        Path | None, typer.Option("--gate", help="Thresholds (evals/gate.json); exit 1 when a metric falls below.")
    ] = None,
) -> None:
    """Run a gold set through retrieval and answering; write results and a report."""
    from .baseline import BASELINES
    from .config import REPO_ROOT
    from .errors import AssistantError
    from .evaluate import check_gate, load_gold, run_eval

    gold = gold or REPO_ROOT / "evals" / "gold" / f"{split.value}.jsonl"
    thresholds, slack = None, 0
    try:
        load_gold(gold)
        if baseline is not None and baseline not in BASELINES:
            raise AssistantError(f"unknown baseline {baseline!r}; known: {', '.join(BASELINES)}")
        if gate is not None:
            thresholds, slack = _read_gate(gate, gold)
    except AssistantError as exc:
        _fail(str(exc), 2)
    with _errors():
        report = run_eval(_open(), gold, out, k=k, baseline=baseline)
        keys = ("recall@1", "recall@5", "mrr", "citation_precision", "evidence_recall", "abstention_accuracy")
        typer.echo("  ".join(f"{key}={report[key]}" for key in keys))
        if report["attribution"]["items"]:
            a = report["attribution"]
            typer.echo(f"attribution: {a['correct']} of {a['items']} questions attributed to the right speaker")
        if baseline:
            b = report["baseline"]
            typer.echo(f"{baseline}: recall@1={b['recall@1']}  recall@5={b['recall@5']}  mrr={b['mrr']}")
        typer.echo(f"wrote {out / 'results.jsonl'}, {out / 'report.json'}, {out / 'report.md'}")
        if thresholds is not None:
            failures = check_gate(report, thresholds, slack=slack)
            if failures:
                _fail("regression gate failed: " + "; ".join(failures), 1)
            typer.echo("regression gate passed")


def _read_gate(path: Path, gold: Path) -> tuple[dict, int]:
    """The thresholds for ``gold`` and the slack in questions (see evals/gate.json)."""
    from .errors import AssistantError

    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise AssistantError(f"cannot read gate file {path}: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get(gold.name), dict):
        raise AssistantError(f"{path} has no thresholds for {gold.name}")
    slack = data.get("slack_questions", 0)
    if not isinstance(slack, int) or slack < 0:
        raise AssistantError(f"{path}: slack_questions must be a whole number ≥ 0, not {slack!r}")
    return data[gold.name], slack


if __name__ == "__main__":  # pragma: no cover
    app()
