"""Ingest throughput: parsing/segmenting official XML and PDF into paragraph records (no embedding).

Prints paragraphs/s and MB/s for the real Handelingen XML in ../shared/corpus/external/ob-xml
(clean original and the 14 damaged copies, which also need repair), a generated multi-page PDF,
and — as the baseline measured in the same run — the letter's own text layer.

    python benchmarks/ingest.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from pdfmaker import make_pdf  # noqa: E402

from assistant.corpus import load_manifest, read_bytes  # noqa: E402
from assistant.files import segment_file  # noqa: E402
from assistant.models import Document  # noqa: E402

EXTERNAL = (
    ROOT.parent / "shared" / "corpus" / "external"
    if (ROOT.parent / "shared").is_dir()
    else Path("/work/shared/corpus/external")
) / "ob-xml"


def measure(name: str, items: list[tuple[Document, bytes]], repeat: int) -> None:
    size = sum(len(b) for _, b in items)
    times, count = [], 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = sum(len(segment_file(d, b)) for d, b in items)
        times.append(time.perf_counter() - t0)
    t = statistics.median(times)
    print(
        f"{name:<44} {len(items):>4} docs {count:>6} paragraphs {t * 1000:>8.1f} ms "
        f"{count / t:>9.0f} para/s {size / t / 1e6:>6.2f} MB/s"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    letter = next(d for d in load_manifest(ROOT / "corpus") if d.file)
    measure("baseline: letter text layer", [(letter, read_bytes(ROOT / "corpus", letter))], args.repeat)
    clean = EXTERNAL / "h-tk-20172018-61-10.xml"
    measure(
        "Handelingen XML (clean original)",
        [(Document(id=clean.stem, title="x", type="handelingen", file=clean.name), clean.read_bytes())],
        args.repeat,
    )
    damaged = sorted((EXTERNAL / "prettified-mojibake").glob("*.xml"))
    measure(
        "Handelingen XML (14 damaged, repaired)",
        [(Document(id=p.stem, title="x", type="handelingen", file=p.name), p.read_bytes()) for p in damaged],
        args.repeat,
    )
    line = "De strategische landenbenadering is een instrument om medewerking aan terugkeer te verbe-"
    pages = [
        [line, "teren; de ACVZ evalueerde het instrument in 2015 en deed aanbevelingen.", ""] * 12 for _ in range(40)
    ]
    pdf = make_pdf(pages)
    measure(
        "PDF (40 pages, generated)", [(Document(id="pdf", title="x", type="rapport", file="x.pdf"), pdf)], args.repeat
    )


if __name__ == "__main__":
    main()
