"""Command line: `python -m salvo ingest|import-official|sync|export|rebuild …` (see --help).

The store is SALVO_DATABASE_URL or var/salvo.sqlite; --database overrides both.
"""

from __future__ import annotations

import argparse
import getpass
import socket
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import make_url
from sqlalchemy.exc import SQLAlchemyError
from tqdm import tqdm

from salvo import consolidate, table
from salvo.dashboard import auth
from salvo.export import EXPORT_FORMATS, annotations_table, export_metadata, write_export
from salvo.sources import failure_line, sync
from salvo.sources.ingest import IngestError, ingest_sources
from salvo.sources.official import OfficialFormatError
from salvo.sources.official_files import find_official_files, import_official_files, read_path
from salvo.store import Store, database_url


@contextmanager
def progress_bar(description: str, quiet: bool) -> Iterator[Callable[[int, int], None]]:
    """A (done, total) callback drawing a tqdm bar on stderr (nothing when quiet)."""
    bar: tqdm | None = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if quiet:
            return
        if bar is None:  # disable=None: no bar when stderr is not a terminal (logs, CI)
            bar = tqdm(total=total, desc=description, unit="item", file=sys.stderr, disable=None)
        bar.update(done - bar.n)

    try:
        yield update
    finally:
        if bar is not None:
            bar.close()


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def cli_author() -> str:
    """Who writes from the command line: whoever can run it on this machine may write."""
    return f"cli:{getpass.getuser()}@{socket.gethostname()}"


def command_ingest(store: Store, args: argparse.Namespace) -> int:
    with progress_bar("ingest", args.quiet) as progress:
        summary = ingest_sources(
            store, args.items, progress=progress, author=cli_author(), channel=args.channel
        )
    print(summary.describe())
    if summary.not_attack:
        print(f"skipped {summary.not_attack} channel post(s) that are not attack reports")
    for name, reason in summary.passed_over:
        print(f"  passed over: {name}: {reason}")
    for name, reason in summary.failed:
        print(f"  failed: {failure_line(name, reason)}", file=sys.stderr)
    return 1 if summary.failed and not (summary.stored or summary.unchanged) else 0


def command_import_official(store: Store, args: argparse.Namespace) -> int:
    files = find_official_files(args.path)
    if args.weapons is not None:  # a weapon table named on the command line wins over one found
        files = replace(files, weapons=read_path(args.weapons), weapons_name=args.weapons.name)
    print(f"reading {files.describe()}", file=sys.stderr)
    with progress_bar("import", args.quiet) as progress:
        result = import_official_files(store, files, progress=progress, author=cli_author())
    print(result)
    if result.unclassified_models:
        print(
            f"  models with no class (kept per model, not in totals): {', '.join(result.unclassified_models)}"
        )
    return 0


def command_export(store: Store, args: argparse.Namespace) -> int:
    if args.date_from and args.date_to and args.date_from > args.date_to:
        print(f"error: --from ({args.date_from}) is after --to ({args.date_to}): no night is between",
              file=sys.stderr)
        return 2
    # Every night's full conflicts (each candidate, its source and report) travel with it as JSON.
    frame = table.export_frame(store, args.date_from, args.date_to)
    view = f"nights {args.date_from or 'first'} to {args.date_to or 'last'} (python -m salvo export)"
    metadata = export_metadata(frame, view, store.data_version())
    notes = annotations_table(store.annotations(args.date_from, args.date_to))
    output = write_export(frame, args.format, args.output or Path(f"salvo-attacks.{args.format}"),
                          metadata, notes)
    print(f"wrote {len(frame)} attack nights and {len(notes)} annotations to {output}")
    return 0


def _print_sync(results: list[sync.SourceResult]) -> None:
    for result in results:
        if result.locked:
            # a run killed mid-pass holds its lock until it expires: say whose it is and until when
            until = f" until {result.locked_until:%Y-%m-%d %H:%M} UTC" if result.locked_until else ""
            print(f"{result.source}: skipped, locked by {result.lock_owner or 'another run'}{until} "
                  "(another replica syncing it, or a run stopped before it could let go)")
        elif result.error is not None:
            print(f"{result.source}: failed: {result.error}", file=sys.stderr)
        else:
            print(f"{result.source}: added {result.added}, revised {result.revised}, already read "
                  f"{result.unchanged}, not attack reports {result.not_attack} ({result.pages} page(s))")
        for item, reason in result.failed_items:
            print(f"  could not read {item}: {reason}", file=sys.stderr)


def command_sync(store: Store, args: argparse.Namespace) -> int:
    try:
        given = [sync.parse_source(text) for text in args.source]
        settings = sync.SyncSettings.from_env(since=args.since, max_pages=args.max_pages, delay=args.delay)
        interval = sync.parse_interval(args.every) if args.every else None
        if not given:
            sync.configured_sources()  # a broken sources file is refused before any work
    except sync.SyncConfigError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    def sources() -> list[sync.Source]:
        return given or sync.configured_sources()

    if interval is None:
        with progress_bar("sync", args.quiet) as progress:
            results = sync.sync_once(store, sources(), settings, progress=progress, author=cli_author())
        _print_sync(results)
        return 1 if results and all(r.error is not None for r in results) else 0
    stop = threading.Event()
    print(f"syncing {len(sources())} source(s) every {args.every}; Ctrl-C stops", file=sys.stderr)
    try:
        sync.run_worker(store, sources, interval, settings, stop=stop, report=_print_sync,
                        warn=lambda message: print(f"warning: {message}", file=sys.stderr))
    except KeyboardInterrupt:
        stop.set()
    return 0


def command_rebuild(store: Store, _args: argparse.Namespace) -> int:
    print(f"consolidated {consolidate.refresh(store)} attack nights")
    return 0


def command_hash_password(_store: Store | None, _args: argparse.Namespace) -> int:
    try:
        password = getpass.getpass("Editor password: ")
        again = getpass.getpass("Again: ")
    except (EOFError, KeyboardInterrupt):  # input closed (a pipe, Ctrl-D) or abandoned (Ctrl-C)
        print("\nerror: no password given", file=sys.stderr)
        return 2
    if password != again:
        print("error: the two passwords differ", file=sys.stderr)
        return 2
    try:
        hashed = auth.hash_password(password)
    except ValueError as error:  # an empty password
        print(f"error: {error}", file=sys.stderr)
        return 2
    print(hashed)
    print(f"# put it in ${auth.PASSWORD_HASH_ENV} or in .streamlit/secrets.toml as "
          f"{auth.PASSWORD_HASH_SECRET} = \"...\"", file=sys.stderr)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m salvo", description=__doc__)
    parser.add_argument("--database", help="database URL (default: $SALVO_DATABASE_URL or var/salvo.sqlite)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar")
    commands = parser.add_subparsers(dest="command", required=True)

    ingest = commands.add_parser("ingest", help="store reports from files, folders or URLs")
    ingest.add_argument(
        "items",
        nargs="+",
        metavar="PATH|URL",
        help=".txt .md .html or corpus .json files, folders (recursive), http(s) URLs",
    )
    ingest.add_argument(
        "--channel",
        metavar="USERNAME",
        help="the Telegram channel the export(s) are of, as you know it (e.g. kpszsu): its posts are "
        "official when data/official_channels.csv lists it; a channel's title never makes it official",
    )
    ingest.set_defaults(run=command_ingest)

    official = commands.add_parser(
        "import-official", help="import the official-statement dataset (its zip archive, or its CSV)"
    )
    official.add_argument(
        "path", type=Path, metavar="PATH",
        help="the dataset's zip archive, missile_attacks_daily.csv (the weapon table is found beside "
             "it), or the folder holding them",
    )
    official.add_argument("--weapons", type=Path, help="the weapon table, when it is not beside the CSV")
    official.set_defaults(run=command_import_official)

    export = commands.add_parser("export", help="write the attack table, each night's conflicts as JSON")
    export.add_argument("--format", choices=EXPORT_FORMATS, default="csv")
    export.add_argument("--from", dest="date_from", type=_date, help="first attack night (YYYY-MM-DD)")
    export.add_argument("--to", dest="date_to", type=_date, help="last attack night (YYYY-MM-DD)")
    export.add_argument("-o", "--output", type=Path, help="file to write (default salvo-attacks.FORMAT)")
    export.set_defaults(run=command_export)

    syncing = commands.add_parser(
        "sync", help="bring new reports from live sources (Telegram channels' previews, RSS/Atom feeds)"
    )
    syncing.add_argument(
        "--source", action="append", default=[], metavar="telegram:CHANNEL|feed:URL",
        help="a source to read (repeatable); default: the sources file (README, 'Live sources')",
    )
    when = syncing.add_mutually_exclusive_group()
    when.add_argument("--once", action="store_true", help="one pass, then exit (the default)")
    when.add_argument("--every", metavar="INTERVAL", help="keep syncing, a pass every INTERVAL (15m, 1h)")
    syncing.add_argument("--since", type=_date, help="read no further back than this day (YYYY-MM-DD)")
    syncing.add_argument(
        "--max-pages", type=int, help=f"preview pages per source and pass (default {sync.DEFAULT_MAX_PAGES})"
    )
    syncing.add_argument(
        "--delay", type=float,
        help=f"seconds between requests (default {sync.DEFAULT_DELAY_SECONDS:g}, or ${sync.DELAY_ENV})",
    )
    syncing.set_defaults(run=command_sync)

    rebuild = commands.add_parser("rebuild", help="consolidate every attack night again")
    rebuild.set_defaults(run=command_rebuild)

    hashing = commands.add_parser("hash-password", help="hash an editor password for the dashboard")
    hashing.set_defaults(run=command_hash_password, needs_store=False)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        store = Store(args.database) if getattr(args, "needs_store", True) else None
        return args.run(store, args)
    except (IngestError, OfficialFormatError, OSError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 2
    except SQLAlchemyError as error:  # no such database driver, a server that does not answer …
        # the URL without its password: a command's output lands in logs and terminals' scrollback
        print(f"error: cannot use the store at {_shown_url(args.database)}: "
              f"{' '.join(str(getattr(error, 'orig', None) or error).split())[:300]}", file=sys.stderr)
        return 2


def _shown_url(url: str | None) -> str:
    try:
        return make_url(url or database_url()).render_as_string(hide_password=True)
    except (SQLAlchemyError, ValueError):
        return "(a database URL that is no URL)"


if __name__ == "__main__":
    sys.exit(main())
