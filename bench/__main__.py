"""``python -m bench``: run every section, print its table, write bench/results.json."""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from pathlib import Path

from bench.corpus import build_corpus

RESULTS = Path(__file__).with_name("results.json")

Row = tuple[str, str]  # (label, value as shown)


def extraction(results: dict) -> list[Row]:
    """Extraction throughput on one core over the synthetic corpus.

    Timed in CPU seconds of this process (time.process_time), so other work on a shared machine
    does not count against the extractor; the best of three passes is reported."""
    from extract import extract_report

    corpus = build_corpus()
    megabytes = sum(len(text.encode()) for text, _ in corpus) / 1e6
    extract_report(*corpus[0])  # compile the patterns outside the timing
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for text, published in corpus:
            extract_report(text, published)
        best = min(best, time.process_time() - started)
    per_s = len(corpus) / best
    results["extract_articles_per_s"] = round(per_s, 1)
    results["extract_mb_per_s"] = round(megabytes / best, 3)

    worst = 0.0
    for name, text in pathological_inputs().items():
        started = time.process_time()
        extract_report(text)
        elapsed = time.process_time() - started
        worst = max(worst, elapsed)
        results[f"pathological_{name}_s"] = round(elapsed, 3)
    results["pathological_worst_s"] = round(worst, 3)
    return [
        ("reports", f"{len(corpus)}"),
        ("corpus size", f"{megabytes:.2f} MB"),
        ("articles/s (one core)", f"{per_s:,.0f}"),
        ("MB/s", f"{megabytes / best:.2f}"),
        ("worst 1 MB pathological input", f"{worst:.3f} s"),
    ]


def pathological_inputs() -> dict[str, str]:
    megabyte = 1_000_000
    return {
        "ones": ("1 " * (megabyte // 2)),
        "ands": ("and " * (megabyte // 4)),
        "digits": "7" * megabyte,
        "one_line": ("Russia launched 500 drones and shot down " * (megabyte // 40))[:megabyte],
        "dozens": ("dozens of drones and more than " * (megabyte // 30))[:megabyte],
    }


SECTIONS: dict[str, Callable[[dict], list[Row]]] = {"extraction": extraction}


def main() -> None:
    results: dict = {}
    for name, section in SECTIONS.items():
        rows = section(results)
        width = max(len(label) for label, _ in rows)
        print(f"\n{name}")
        print("-" * (width + 16))
        for label, value in rows:
            print(f"{label:<{width}}  {value:>12}")
    RESULTS.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {RESULTS}")


if __name__ == "__main__":
    main()
