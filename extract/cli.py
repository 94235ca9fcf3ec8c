"""Command line: ``python -m extract PATH... [--published YYYY-MM-DD] [--format jsonl|csv] [--jobs N]``.

Reads .txt, .md, .markdown, .html/.htm (main text through trafilatura), corpus .json
({"id", "url", "lang", "date_hint", "text"}), folders (recursively) and ``-`` for stdin, and
writes one record per report. A file that cannot be read costs one line on stderr; the run
goes on and the exit code is 1 if any input failed. A folder's files of other types are each
named on stderr too, as passed over (not a failure). ``--jobs N`` extracts on N processes
(0: one per core); records come out in input order either way.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import sys
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import islice
from pathlib import Path
from typing import TextIO

from extract import reader
from extract.engine import extract_report
from extract.published import parse_published
from extract.report import NUMERIC_FIELDS

CSV_FIELDS = (
    "id",
    "source",
    "is_attack_report",
    "attack_date",
    *NUMERIC_FIELDS,
    "oblasts",
    "cities",
    "returned",
    "language",
)


class InputError(Exception):
    """An input that cannot be turned into report text; the message is shown to the user."""


@dataclass
class Document:
    source: str
    text: str
    id: str | None = None
    published: str | None = None


def html_to_text(html: str) -> str:
    import trafilatura  # imported here: only HTML inputs need it

    text = trafilatura.extract(html, include_comments=False, include_tables=False)
    if text is None:
        raise InputError("no main text found in the HTML")
    return text


def read_document(path: Path) -> Document:
    """One file through the shared reader (extract.reader: the suffixes, size cap and binary
    check salvo's ingest applies too), then by its kind."""
    suffix = path.suffix.lower()
    try:
        text = reader.decode(reader.read_bytes(path), reader.size_limit(suffix))
    except reader.ReadError as exc:
        raise InputError(str(exc)) from exc
    if suffix in reader.HTML_SUFFIXES:
        return Document(str(path), html_to_text(text))
    if suffix in reader.JSON_SUFFIXES:
        return corpus_document(text, str(path))
    return Document(str(path), text)


def corpus_document(raw: str, source: str) -> Document:
    try:
        record = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON ({exc.msg}, line {exc.lineno})") from exc
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise InputError('not a corpus record: expected an object with a "text" string')
    hint = record.get("date_hint")
    return Document(
        source,
        record["text"],
        str(record["id"]) if record.get("id") is not None else None,
        hint if isinstance(hint, str) else None,
    )


def expand(paths: list[str]) -> Iterator[str | Path]:
    """Files in argument order; folders give their report files, sorted, recursively (the shared
    reader's rule: readable suffixes, corpus gold labels left out); ``-`` is stdin."""
    for arg in paths:
        if arg == "-":
            yield arg
        else:
            yield from reader.expand_paths([arg])


PARALLEL_CHUNK = 2000  # documents in flight at once: bounds memory on a folder of 100k reports


def _extract_one(text: str, published: str | None, today: date) -> dict:
    return extract_report(text, published, today).to_dict()


def _extract_all(
    docs: Iterable[tuple[Document, str | None]], jobs: int, today: date
) -> Iterator[tuple[Document, dict]]:
    """(document, record) in input order, extracted here (jobs 1) or on ``jobs`` processes;
    ``today`` is the day of reading every record is bounded by."""
    if jobs == 1:
        for doc, published in docs:
            yield doc, _extract_one(doc.text, published, today)
        return
    docs = iter(docs)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        while chunk := list(islice(docs, PARALLEL_CHUNK)):
            texts = [doc.text for doc, _ in chunk]
            dates = [published for _, published in chunk]
            records = pool.map(_extract_one, texts, dates, [today] * len(chunk),
                               chunksize=max(1, len(chunk) // (jobs * 4)))
            yield from zip((doc for doc, _ in chunk), records, strict=True)


def _row(doc: Document, record: dict) -> dict:
    out = {"id": doc.id, "source": doc.source}
    for name in CSV_FIELDS[2:]:
        value = record.get(name)
        out[name] = ";".join(value) if isinstance(value, list) else value
    out["id"] = doc.id
    return out


def main(
    argv: list[str] | None = None,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin, stdout, stderr = stdin or sys.stdin, stdout or sys.stdout, stderr or sys.stderr
    parser = argparse.ArgumentParser(
        prog="python -m extract", description="Extract attack records from reports."
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files, folders, or - for stdin")
    parser.add_argument("--published", help="publication date YYYY-MM-DD (overrides a corpus date_hint)")
    parser.add_argument("--format", choices=("jsonl", "csv"), default="jsonl")
    parser.add_argument("--jobs", type=int, default=1, metavar="N",
                        help="extract on N processes (0: one per core; default 1)")
    args = parser.parse_args(argv)
    if args.published is not None and parse_published(args.published) is None:
        parser.error(f"--published must be YYYY-MM-DD, not {args.published!r}")
    if args.jobs < 0:
        parser.error(f"--jobs must be 0 (one per core) or more, not {args.jobs}")
    jobs = args.jobs or os.cpu_count() or 1

    failed = 0
    writer = (
        csv.DictWriter(stdout, fieldnames=CSV_FIELDS, extrasaction="ignore") if args.format == "csv" else None
    )
    if writer is not None:
        writer.writeheader()

    # files of other types in a folder are named (not failures: the exit code stays 0)
    for path in reader.passed_over(arg for arg in args.paths if arg != "-"):
        print(f"extract: {path}: passed over: {path.suffix or 'no suffix'} is not a report file type",
              file=stderr)

    def readable() -> Iterator[tuple[Document, str | None]]:
        nonlocal failed
        for item in expand(args.paths):
            try:
                if item == "-":
                    doc = Document("-", stdin.read())
                else:
                    if not Path(item).exists():
                        raise InputError("no such file or folder")
                    doc = read_document(Path(item))
            except InputError as exc:
                failed += 1
                print(f"extract: {item}: {exc}", file=stderr)
                continue
            yield doc, args.published or doc.published

    # the command line is where extraction meets the clock: the day of reading bounds every night
    for doc, record in _extract_all(readable(), jobs, datetime.now(UTC).date()):
        record["id"] = doc.id
        if writer is not None:
            writer.writerow(_row(doc, record))
        else:
            record["source"] = doc.source
            stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failed else 0
