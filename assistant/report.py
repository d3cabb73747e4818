"""Evaluation report rendering: Markdown tables and the recall@k chart."""

from __future__ import annotations

from pathlib import Path

METRICS = (
    "recall@1",
    "recall@3",
    "recall@5",
    "recall@10",
    "mrr",
    "search_recall@1",
    "search_mrr",
    "citation_precision",
    "evidence_recall",
    "quote_hit_rate",
    "abstention_accuracy",
    "unanswerable_abstained",
    "answerable_abstained",
    "invariant_errors",
)


def render_markdown(report: dict) -> str:
    base = report.get("baseline")
    lines = [
        f"# Evaluation report — `{report.get('gold', '')}`",
        "",
        f"{report['items']} items ({report['answerable']} answerable, {report['unanswerable']} unanswerable), "
        f"k = {report.get('k', 10)}.",
        "",
    ]
    if base:
        lines += [f"| metric | assistant | {base['name']} ({base['units']} chunks) | Δ |", "|---|---|---|---|"]
    else:
        lines += ["| metric | value |", "|---|---|"]
    for key in METRICS:
        if base:
            b = base.get(key)
            value = report.get(key)
            delta = f"{value - b:+.4f}" if b is not None and value is not None else ""
            lines.append(f"| {key} | {value} | {'' if b is None else b} | {delta} |")
        else:
            lines.append(f"| {key} | {report.get(key)} |")
    att = report.get("attribution") or {}
    if att.get("items"):
        lines.append(
            f"| attributed to the right speaker | {att['correct']} of {att['items']} |" + (" | |" if base else "")
        )
    for stage, lat in report["latency_ms"].items():
        lines.append(f"| latency {stage} p50 / p95 (ms) | {lat['p50']} / {lat['p95']} |" + (" | |" if base else ""))
    lines += [
        "",
        "recall@k and MRR rank the paragraphs as an answer presents them: those it cites first, in citation order, "
        "then the rest of the search's hits. `search_recall@1` and `search_mrr` rank the search's hits alone.",
    ]
    lines += ["", "## By kind", ""]
    header = "| kind | items | recall@1 | recall@5 | MRR | abstention acc. |"
    sep = "|---|---|---|---|---|---|"
    if base:
        header += f" recall@1 {base['name']} |"
        sep += "---|"
    lines += [header, sep]
    for kind, row in report["by_kind"].items():
        cells = (row["items"], row["recall@1"], row["recall@5"], row["mrr"], row["abstention_accuracy"])
        line = f"| {kind} | " + " | ".join(str(c) for c in cells) + " |"
        if base:
            line += f" {base['by_kind'].get(kind, {}).get('recall@1', '')} |"
        lines.append(line)
    if base:
        lines += ["", "![recall@k](recall_at_k.png)"]
    return "\n".join(lines) + "\n"


def write_chart(report: dict, path: Path) -> None:
    """recall@k (k = 1..10) of the assistant and the baseline, as a PNG."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    ks = list(range(1, len(report["recall_curve"]) + 1))
    fig, ax = plt.subplots(figsize=(6, 4), dpi=100)
    ax.plot(ks, report["recall_curve"], marker="o", label="assistant (hybrid + rerank)")
    base = report.get("baseline")
    if base:
        ax.plot(ks, base["recall_curve"], marker="s", linestyle="--", label=f"{base['name']}")
    ax.set_xlabel("k")
    ax.set_ylabel("recall@k")
    ax.set_ylim(0, 1.02)
    ax.set_xticks(ks)
    ax.grid(alpha=0.3)
    ax.legend(loc="lower right")
    ax.set_title(f"recall@k — {Path(report.get('gold', '')).name}")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
