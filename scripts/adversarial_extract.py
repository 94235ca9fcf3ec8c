"""Time the extractor on adversarial one-megabyte inputs (a measurement, not a test).

    .venv/bin/python scripts/adversarial_extract.py

Prints one line per input with its seconds and whether it stayed under the one-second goal;
exits 1 when one did not, or when the extractor raised.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from extract import extract_report

MEGABYTE = 1_000_000
GOAL_SECONDS = 1.0


def repeat(unit: str) -> str:
    return (unit * (MEGABYTE // len(unit) + 1))[:MEGABYTE]


INPUTS = {
    "one number repeated": repeat("1 "),
    "digits, no spaces": "7" * MEGABYTE,
    "thousands separators": repeat("1,000,"),
    "one sentence without a full stop": repeat("Russia launched 500 drones and shot down "),
    "a full report repeated": repeat("Overnight Russia launched 120 drones and 7 Kh-101 missiles; "
                                     "air defence shot down 110 drones and 6 missiles over Kyiv Oblast. "),
    "vague quantities": repeat("dozens of drones and more than "),
    "number words": repeat("twenty-three hundred and "),
    "open brackets": "(" * MEGABYTE,
    "nested brackets around a count": "(" * (MEGABYTE // 2 - 5) + "5 drones" + ")" * (MEGABYTE // 2 - 5),
    "quotes": "“" * MEGABYTE,
    "hyphenated model names": repeat("Kh-101-Kh-555-"),
    "places only": repeat("Kyiv, Lviv, Odesa, Kharkiv Oblast, "),
    "dates only": repeat("on the night of 3 to 4 September, "),
    "Ukrainian report repeated": repeat("У ніч на 4 липня противник атакував 120 ударними БпЛА; збито 110. "),
    "Ukrainian case endings": repeat("Харківщині Київщині Одещині "),
    "newlines": "\n" * MEGABYTE,
    "zero-width and bidi controls": repeat("\u200b\u202e\ufeff5 drones"),
    "HTML full of scripts": repeat("<script>alert('x')</script><img src=x onerror=alert(1)>"),
    "one very long word": "a" * MEGABYTE,
    "lone surrogates": "\ud800" * MEGABYTE,
}


def main() -> int:
    worst, failures = 0.0, 0
    for name, text in INPUTS.items():
        started = time.perf_counter()
        try:
            extract_report(text, published="2025-07-04")
        except Exception as error:  # a measurement: report and go on
            failures += 1
            print(f"{name:40} RAISED {type(error).__name__}: {error}")
            continue
        seconds = time.perf_counter() - started
        worst = max(worst, seconds)
        verdict = "ok" if seconds < GOAL_SECONDS else "OVER ONE SECOND"
        failures += seconds >= GOAL_SECONDS
        print(f"{name:40} {seconds:7.3f} s  {verdict}")
    print(f"{len(INPUTS)} inputs of {MEGABYTE:,} characters; slowest {worst:.3f} s; "
          f"{failures} over goal or raised")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
