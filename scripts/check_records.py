"""Snapshot the extractor's records on every text we have, and compare two snapshots.

A restructuring of extract/ must leave every record as it was; a new rule must change only the
records it means to. This script says which:

    python scripts/check_records.py --write /tmp/records-before.json     # before the change
    python scripts/check_records.py --compare /tmp/records-before.json   # after it

The texts: every report of every corpus in ../shared/corpus (read with ``published`` set to the
report's ``date_hint``), the four seed stories in ../shared/seeds (with the publication dates
../shared/tools/speed_articles.py gives them) and the benchmark's synthetic corpus
(bench.corpus.build_corpus, seeded, so the same every run). A record is the whole ``to_dict()``,
evidence included. Snapshots hold report text from the corpora: keep them outside the repository.

Run from the project root, with ../shared beside it. ``--compare`` exits 1 when any record differs.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.corpus import build_corpus  # noqa: E402
from extract import extract_report  # noqa: E402

SHARED = ROOT.parent / "shared"
# The seed stories carry no machine-readable date; these are the ones speed_articles.py uses,
# in the seeds' sorted order.
SEED_DATES = ("2025-09-03", "2025-09-03", "2025-09-20", "2025-07-04")
BENCH_REPORTS = 3000


def texts(shared: Path = SHARED) -> Iterator[tuple[str, str, str | None]]:
    """(key, text, published) for every text the check covers, in a fixed order."""
    for corpus in sorted(p for p in (shared / "corpus").iterdir() if p.is_dir()):
        for path in sorted(corpus.glob("*.json")):
            if path.name.endswith(".gold.json"):
                continue
            item = json.loads(path.read_text(encoding="utf-8"))
            yield f"corpus/{corpus.name}/{item.get('id') or path.stem}", item["text"], item.get("date_hint")
    for path, published in zip(sorted((shared / "seeds").glob("*.txt")), SEED_DATES, strict=False):
        yield f"seeds/{path.stem}", path.read_text(encoding="utf-8"), published
    for i, (text, published) in enumerate(build_corpus(BENCH_REPORTS)):
        yield f"bench/{i:05d}", text, published


def snapshot() -> dict[str, dict]:
    """Every covered text's full record, keyed as :func:`texts` names them, read today as the
    command line and the ingest read them (the day of reading bounds a night)."""
    today = datetime.now(UTC).date()
    return {key: extract_report(text, published=published, today=today).to_dict()
            for key, text, published in texts()}


def differences(before: dict, after: dict) -> list[str]:
    """One line per record that is missing on one side or differs in a top-level field."""
    lines = []
    for key in sorted(before.keys() | after.keys()):
        if key not in after:
            lines.append(f"{key}: only in the snapshot")
            continue
        if key not in before:
            lines.append(f"{key}: new (not in the snapshot)")
            continue
        old, new = before[key], after[key]
        for name in sorted(old.keys() | new.keys()):
            if old.get(name) != new.get(name):
                lines.append(f"{key}: {name}: {_short(old.get(name))} -> {_short(new.get(name))}")
    return lines


def _short(value: object, limit: int = 160) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return text if len(text) <= limit else text[: limit - 3] + "..."


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--write", metavar="SNAPSHOT", type=Path, help="write the records to this JSON file")
    group.add_argument("--compare", metavar="SNAPSHOT", type=Path, help="compare the records with this file")
    args = parser.parse_args(argv)
    records = snapshot()
    if args.write:
        if args.write.resolve().is_relative_to(ROOT):
            parser.error("a snapshot holds corpus text: write it outside the repository")
        args.write.write_text(json.dumps(records, ensure_ascii=False, sort_keys=True), encoding="utf-8")
        print(f"{len(records)} records written to {args.write}")
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    # Compare through JSON so both sides have the same types (tuples as lists, and so on).
    after = json.loads(json.dumps(records, ensure_ascii=False))
    lines = differences(before, after)
    for line in lines:
        print(line)
    changed = len({line.split(":", 1)[0] for line in lines})
    compared = len(before.keys() & after.keys())
    print(f"{compared} records compared, {changed} differ ({len(lines)} differences)")
    return 1 if lines else 0


if __name__ == "__main__":
    sys.exit(main())
