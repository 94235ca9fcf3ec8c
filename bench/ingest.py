"""Ingest into SQLite: reports/s through `salvo.sources.ingest.ingest_paths` over the archive's folders.

The records come from the extraction section (a lookup by text stands in for the extractor), so
this measures what ingest itself costs: reading files, hashing, storing, consolidating. One
end-to-end run at the smallest size, with the real extractor, shows the sum."""

from __future__ import annotations

import time
from typing import Any

from bench.archive import Archive
from salvo.sources.ingest import Extractor, default_extractor, ingest_paths
from salvo.store import Store

Row = tuple[str, str, str]


def recorded_extractor(archive: Archive) -> Extractor:
    real = default_extractor()

    def lookup(text: str, published: str | None) -> dict[str, Any]:
        record = archive.records.get(text)
        return record if record is not None else real.extract(text, published)

    return Extractor(lookup, real.version)


def ingest(archive: Archive, results: dict) -> list[Row]:
    rows: list[Row] = []
    extractor = recorded_extractor(archive)
    per_size = {}
    for n in archive.sizes:
        folder = archive.folder(n)
        archive.store_path(n).unlink(missing_ok=True)
        store = Store(archive.store_url(n))
        started = time.perf_counter()
        summary = ingest_paths(store, [folder], extractor=extractor)
        elapsed = time.perf_counter() - started
        nights = len(store.attack_rows())
        store.close()
        stored = summary.added + summary.unchanged  # a repeated text is read, hashed and recognised
        per_size[n] = round(stored / elapsed, 1)
        rows.append(("ingest", f"reports/s, {n:,} reports ({nights:,} nights)", f"{stored / elapsed:,.0f}"))
        if summary.failed:
            rows.append(("ingest", f"failed at {n:,}", str(len(summary.failed))))
    results["ingest_reports_per_s_by_size"] = per_size
    results["ingest_reports_per_s"] = per_size[archive.largest]

    smallest = min(archive.sizes)
    scratch = archive.workdir / "store-end-to-end.sqlite"
    scratch.unlink(missing_ok=True)
    store = Store(f"sqlite:///{scratch}")
    started = time.perf_counter()
    summary = ingest_paths(store, [archive.folder(smallest)], extractor=default_extractor())
    elapsed = time.perf_counter() - started
    store.close()
    scratch.unlink(missing_ok=True)
    per_s = (summary.added + summary.unchanged) / elapsed
    results["ingest_with_extraction_reports_per_s"] = round(per_s, 1)
    rows.append(("ingest", f"reports/s with extraction, {smallest:,}", f"{per_s:,.0f}"))
    return rows
