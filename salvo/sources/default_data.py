"""The dataset Salvo ships with (data/default_reports.jsonl: curated reports, facts without text)
and the process-wide store that the dashboard opens with that dataset loaded.

The store itself (salvo.store) knows nothing of this file: loading it is ingesting, so it lives
with the other ways a report arrives.
"""

from __future__ import annotations

import json
import threading
from datetime import date
from pathlib import Path

from salvo import consolidate
from salvo.sources import ProgressCallback
from salvo.sources.ingest import (
    BATCH_ITEMS,
    IngestError,
    IngestSummary,
    check_label,
    unexpected_failure,
)
from salvo.sources.outlets import classify_source
from salvo.store import PROJECT_ROOT, NewReport, SavedReport, Store, bound_figures, database_url, parse_date

DEFAULT_DATASET_PATH = PROJECT_ROOT / "data" / "default_reports.jsonl"

CURATED_VERSION = "curated/1"
CURATED_REQUIRED = ("id", "record")


def _save_curated(store: Store, line: str, run_id: int | None) -> tuple[SavedReport, date | None]:
    """Store one line of a curated file; returns what was saved and the record's night."""
    item = json.loads(line)
    if not isinstance(item, dict) or any(k not in item for k in CURATED_REQUIRED):
        raise IngestError(f"needs the fields {', '.join(CURATED_REQUIRED)}")
    record = item["record"]
    if not isinstance(record, dict):
        raise IngestError("record must be an object")
    for key in ("url", "outlet", "source_type", "language", "published"):
        check_label(item.get(key), f'"{key}"')
    record = bound_figures({**record, "provenance": item.get("provenance")})
    source = classify_source(item.get("url"), item.get("outlet"))
    saved = store.save_report(
        NewReport(
            text=None,
            kind="curated",
            source_url=item.get("url"),
            outlet=item.get("outlet") or source.outlet,
            source_type=item.get("source_type") or source.source_type,
            published=parse_date(item.get("published")),
            language=item.get("language"),
            external_id=str(item["id"]),
        ),
        record,
        CURATED_VERSION,
        run_id,
    )
    return saved, parse_date(record.get("attack_date"))


def load_curated_records(store: Store, path: Path, progress: ProgressCallback | None = None) -> IngestSummary:
    """Load a JSON-lines file of curated reports (facts, no text) — see docs/data-model.md.

    Each line: {"id", "url", "outlet", "source_type", "published", "language", "provenance",
    "record": {SCHEMA.md fields}}. A malformed line is listed in ``failed``; the others load.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    summary = IngestSummary(run_id=store.start_run("default", str(path), "salvo (shipped dataset)"))
    for first in range(0, len(lines), BATCH_ITEMS):
        # As in `_run`: a batch's reports and their nights' rows commit together, and the nights
        # of lines found already stored are consolidated again.
        with store.batch():
            nights: set[date] = set()
            for number, line in enumerate(lines[first : first + BATCH_ITEMS], start=first + 1):
                if not line.strip():
                    continue
                try:
                    saved, night = _save_curated(store, line, summary.run_id)
                except (json.JSONDecodeError, IngestError) as error:
                    summary.failed.append((f"{path.name}:{number}", str(error)))
                    continue
                except Exception as error:  # one line nobody foresaw: listed, the others load
                    failure = unexpected_failure(f"line {number}", error)
                    summary.failed.append((f"{path.name}:{number}", failure))
                    continue
                summary.count(saved)
                if saved.created or saved.re_extracted:
                    nights.update(saved.attack_dates)
                else:
                    nights.update([night] if night else [])
                if progress:
                    progress(number, len(lines))
            if nights:
                consolidate.refresh(store, nights)
    store.finish_run(
        summary.run_id,
        added=summary.stored,
        skipped=summary.unchanged,
        failed=len(summary.failed),
        details={"failed": summary.failed[:100]},
    )
    return summary


_default_store: Store | None = None
_default_lock = threading.Lock()


def get_store() -> Store:
    """The process-wide store on `database_url()`, with the shipped data loaded into a new one."""
    global _default_store
    with _default_lock:
        if _default_store is None or _default_store.url != database_url():
            store = Store()
            ensure_default_data(store)
            consolidate.ensure_current_rules(store)  # rows of a store made by older rules
            _default_store = store
        return _default_store


def ensure_default_data(store: Store, path: Path | None = None) -> int:
    """Load the dataset Salvo ships with, once per store; returns the reports added.

    Once means once: a store that has had a default-data run keeps whatever the analyst made
    of it since, and a store first filled by the CLI still gets the shipped nights on the
    app's first start. Nothing happens when the file is missing. ``path`` defaults to
    data/default_reports.jsonl.
    """
    path = path or DEFAULT_DATASET_PATH
    if not path.exists() or any(run["kind"] == "default" for run in store.import_runs()):
        return 0
    return load_curated_records(store, path).stored
