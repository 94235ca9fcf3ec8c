"""Extraction beyond one machine: the same per-report extraction, run on a Dask cluster.

Extraction is per report and shares nothing, so it spreads over any number of workers. A run
reads a folder of report files (anything ``python -m salvo ingest`` reads) or a Parquet archive
(one row per report: a ``text`` column and optionally ``id``, ``published``, ``url``, ``outlet``,
``title``, ``language``, ``source_type``), extracts every report on the workers and writes one
JSON-lines file per partition: the report's metadata, its record and the extractor's version, or
the reason it could not be read. ``store_extracted`` then stores those records through the normal
ingest path (no second extraction; the same text twice is one report; nights re-consolidated).

    python -m salvo.distributed extract ARCHIVE OUT [--scheduler tcp://host:8786 | --workers N]
    python -m salvo.distributed store OUT [--database URL]

On a real cluster OUT must be storage every worker and the storing machine reach (a shared
folder, or any fsspec URL such as s3://bucket/run-1). docs/scaling.md says when this is worth it.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable, Iterator
from dataclasses import asdict
from datetime import date, datetime
from pathlib import Path
from typing import Any

from salvo.sources.ingest import (
    Extractor,
    IngestError,
    IngestSummary,
    RawReport,
    check_text,
    default_extractor,
    expand_paths,
    ingest_reports,
    read_file,
)
from salvo.store import Store, parse_date

PARQUET_SUFFIXES = {".parquet", ".pq"}
PARQUET_COLUMNS = ("text", "id", "published", "url", "outlet", "title", "language", "source_type")
PART_GLOB = "part-*.jsonl"


# --- on the workers ------------------------------------------------------------------------------


def raw_from_row(row: dict[str, Any], index: int) -> RawReport:
    """A Parquet row as a report (missing optional columns are None)."""
    text = row.get("text")
    external_id = row.get("id")
    published = row.get("published")
    return RawReport(
        text=text if isinstance(text, str) else "",
        name=f"row {external_id if external_id is not None else index}",
        url=row.get("url") or None,
        published=parse_date(published.isoformat() if hasattr(published, "isoformat") else published),
        language=row.get("language") or None,
        title=row.get("title") or None,
        outlet=row.get("outlet") or None,
        external_id=str(external_id) if external_id is not None else None,
        source_type=row.get("source_type") or None,
    )


def _as_json(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date | datetime) else value


def extract_partition(items: Iterable[Any]) -> list[dict[str, Any]]:
    """Extract the reports of one partition: file paths (str) or Parquet rows (dict).

    Never raises for one bad input: an unreadable file or report becomes a line with ``error``."""
    extractor = default_extractor()
    lines: list[dict[str, Any]] = []
    for index, item in enumerate(items):
        try:
            raws = read_file(Path(item)) if isinstance(item, str) else [raw_from_row(item, index)]
        except IngestError as error:
            lines.append({"name": str(item), "error": str(error)})
            continue
        for raw in raws:
            lines.append(_extract_one(raw, extractor))
    return lines


def _extract_one(raw: RawReport, extractor: Extractor) -> dict[str, Any]:
    try:
        text = check_text(raw.text, raw.name)
        moment = raw.posted_at or raw.published
        record = extractor.extract(text, moment.isoformat() if moment else None)
    except IngestError as error:
        return {"name": raw.name, "error": str(error)}
    except Exception as error:  # the extractor is another team's code: report, never crash a run
        return {"name": raw.name, "error": f"the extractor failed ({type(error).__name__}: {error})"}
    report = {key: _as_json(value) for key, value in asdict(raw).items()}
    report["text"] = text
    return {"name": raw.name, "report": report, "record": record, "extractor_version": extractor.version}


# --- on the client -------------------------------------------------------------------------------


def archive_bag(archive: Path | str, partitions: int | None = None) -> Any:
    """A dask.bag of the archive's items: file paths of a folder, or the rows of a Parquet archive."""
    import dask.bag as db

    path = Path(archive)
    if path.suffix.lower() in PARQUET_SUFFIXES or (path.is_dir() and any(path.glob("*.parquet"))):
        import dask.dataframe as dd

        frame = dd.read_parquet(str(path))
        if "text" not in frame.columns:
            raise IngestError(f"{archive}: a Parquet archive needs a 'text' column")
        frame = frame[[c for c in PARQUET_COLUMNS if c in frame.columns]]
        if partitions:
            frame = frame.repartition(npartitions=partitions)
        return frame.to_bag(format="dict")
    files = [str(p) for p in expand_paths([path])]
    if not files:
        raise IngestError(f"{archive}: no report files found")
    return db.from_sequence(files, npartitions=partitions or min(len(files), 64))


def extract_on_cluster(archive: Path | str, out: Path | str, *, partitions: int | None = None) -> list[str]:
    """Extract every report of ``archive`` on the current Dask scheduler (a ``dask.distributed``
    Client made beforehand, or Dask's local default) into JSON-lines files under ``out``;
    returns the files written."""
    bag = archive_bag(archive, partitions)
    lines = bag.map_partitions(extract_partition).map(lambda line: json.dumps(line, default=str))
    if "://" not in str(out):
        Path(out).mkdir(parents=True, exist_ok=True)
    target = f"{str(out).rstrip('/')}/{PART_GLOB}"
    return [str(name) for name in lines.to_textfiles(target, name_function=lambda i: f"{i:05}")]


def _parts(out: Path | str) -> list[str]:
    return [str(p) for p in sorted(Path(out).glob(PART_GLOB))]


def store_extracted(store: Store, out: Path | str, progress: Any = None) -> IngestSummary:
    """Store the records of an extraction run (one partition file at a time, so memory holds one
    partition). Failed lines are listed in the summary's ``failed``; nothing else is lost."""
    parts = _parts(out)
    if not parts:
        raise IngestError(f"{out}: no extraction output ({PART_GLOB}) found")
    failed: list[tuple[str, str]] = []
    records: dict[str, dict[str, Any]] = {}
    versions: set[str] = set()

    def load(part: str) -> list[RawReport]:
        records.clear()  # ingest stores one partition's reports before it loads the next
        raws = []
        for number, line in enumerate(_read_lines(part), start=1):
            try:
                item = json.loads(line)
                if "error" in item:
                    failed.append((str(item.get("name")), str(item["error"])))
                    continue
                raw = _raw_from_json(item["report"])
                records[raw.text] = item["record"]
                versions.add(item["extractor_version"])
            except (json.JSONDecodeError, KeyError, TypeError, ValueError) as error:
                failed.append((f"{Path(part).name}:{number}", f"malformed line ({error})"))
                continue
            raws.append(raw)
        return raws

    def recorded(text: str, _published: str | None) -> dict[str, Any]:
        return records[text]

    version = _single_version(parts)
    summary = ingest_reports(store, parts, load, source=f"dask run {out}",
                             extractor=Extractor(recorded, version), progress=progress)
    summary.failed[:0] = failed
    return summary


def _single_version(parts: list[str]) -> str:
    """The extractor version of a run: one, since every worker ran the same code."""
    for part in parts:
        for line in _read_lines(part):
            try:
                return str(json.loads(line)["extractor_version"])
            except (json.JSONDecodeError, KeyError, TypeError):
                continue
    raise IngestError("the extraction output holds no extracted report")


def _read_lines(part: str) -> Iterator[str]:
    with open(part, encoding="utf-8") as handle:
        yield from (line for line in handle if line.strip())


def _raw_from_json(report: dict[str, Any]) -> RawReport:
    values = dict(report)
    values["published"] = parse_date(values.get("published"))
    posted = values.get("posted_at")
    values["posted_at"] = datetime.fromisoformat(posted) if isinstance(posted, str) else None
    return RawReport(**values)


# --- command line --------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m salvo.distributed", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("extract", help="extract an archive on a Dask cluster")
    run.add_argument("archive", help="a folder of report files or a Parquet archive")
    run.add_argument("out", help="folder (or fsspec URL) for the JSON-lines output")
    run.add_argument("--scheduler", help="address of a running Dask scheduler (default: a local cluster)")
    run.add_argument("--workers", type=int, default=None, help="local cluster: worker processes")
    run.add_argument("--partitions", type=int, default=None, help="partitions (default: by input size)")
    keep = commands.add_parser("store", help="store an extraction run's records")
    keep.add_argument("out", help="the folder an extract run wrote")
    keep.add_argument("--database", help="database URL (default: SALVO_DATABASE_URL or var/salvo.sqlite)")
    args = parser.parse_args(argv)
    try:
        if args.command == "extract":
            from dask.distributed import Client, LocalCluster

            if args.scheduler:
                client = Client(args.scheduler)
            else:
                client = Client(LocalCluster(n_workers=args.workers, threads_per_worker=1))
            with client:
                parts = extract_on_cluster(args.archive, args.out, partitions=args.partitions)
            print(f"wrote {len(parts)} partition file(s) to {args.out}")
            return 0
        store = Store(args.database)
        summary = store_extracted(store, args.out)
    except IngestError as error:
        parser.exit(1, f"{parser.prog}: {error}\n")
    print(summary.describe())
    for name, reason in summary.failed[:20]:
        print(f"  {name}: {reason}")
    return 1 if summary.failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
