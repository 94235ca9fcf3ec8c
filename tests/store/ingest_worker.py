"""A separate process that ingests a folder with a fast stand-in extractor (the durability tests
kill it, or run two at once).

Usage: python -m tests.store.ingest_worker DATABASE_URL FOLDER [SECONDS_PER_EXTRACTION]"""
from __future__ import annotations

import re
import sys
import time
from typing import Any

from salvo.sources.ingest import Extractor, ingest_paths
from salvo.store import Store


def numbered_record(text: str, published: str | None) -> dict[str, Any]:
    """Every figure of a generated report follows from its number, so a test can check each one."""
    number = int(re.search(r"Report (\d+)", text).group(1))
    return {"is_attack_report": True, "attack_date": f"2025-{1 + number % 12:02d}-{1 + number % 28:02d}",
            "drones_launched": number, "drones_destroyed": number // 2, "missiles_launched": None,
            "missiles_destroyed": None, "total_launched": number, "total_destroyed": number // 2,
            "suppressed": None, "hit_locations": None, "debris_locations": None, "killed": None,
            "injured": None, "oblasts": [], "cities": []}


EXTRACTOR = Extractor(numbered_record, "numbered/1")


def main(url: str, folder: str, delay: float = 0.0) -> int:
    def slow(text: str, published: str | None) -> dict[str, Any]:
        time.sleep(delay)  # stands for the real extractor's time on a long report
        return numbered_record(text, published)

    store = Store(url)
    extractor = Extractor(slow, EXTRACTOR.version) if delay else EXTRACTOR
    summary = ingest_paths(store, [folder], extractor=extractor, author="durability test")
    print(f"added {summary.added} skipped {summary.unchanged} failed {len(summary.failed)}", flush=True)
    store.close()
    return 1 if summary.failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1], sys.argv[2], *map(float, sys.argv[3:4])))


def ingest_in_batches(url: str, folder: str, batch_items: int) -> None:
    """Ingest a folder in batches of ``batch_items`` reports: many commits, so a kill -9 at a
    random moment lands between them, inside one, or inside a batch's consolidation."""
    from salvo.sources import ingest

    ingest.BATCH_ITEMS = batch_items
    store = Store(url)
    ingest_paths(store, [folder], extractor=EXTRACTOR, author="fault injection")
    store.close()
