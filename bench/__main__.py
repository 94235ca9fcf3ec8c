"""``python -m bench``: run every section, print one table, write bench/results.json.

``make bench`` runs the full set (1k, 10k and 100k reports: about a quarter of an hour on two
cores); ``python -m bench --quick`` runs 1k and 5k in a minute or two; ``--sizes`` and
``--sections`` pick others; ``--scale N`` measures a synthetic store of N reports and the Dask
path instead (bench/scale.py, docs/scaling.md). Sections are the functions of :data:`SECTIONS`,
run in order: each takes the shared :class:`~bench.archive.Archive` and the results dict, and
returns table rows.
"""

from __future__ import annotations

import argparse
import cProfile
import hashlib
import json
import pstats
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from bench.archive import Archive
from bench.browser import browser
from bench.corpus import KINDS, kind_of, size_summary
from bench.ingest import ingest
from bench.pages import pages
from bench.scale import DASK_REPORTS, ORDERS, scale

RESULTS = Path(__file__).with_name("results.json")
SCALE_RESULTS = Path(__file__).with_name("scale-results.json")
FULL_SIZES = [1_000, 10_000, 100_000]
QUICK_SIZES = [1_000, 5_000]

Row = tuple[str, str, str]  # (section, measure, value as shown)


def extraction(archive: Archive, results: dict) -> list[Row]:
    """Extraction on one core: one pass over the largest archive, read at every size on the way,
    and per kind of report (whole articles, Air Force statements, governors' posts, foreign stories)
    over the whole pass, with the corpus's size distribution beside the rates.

    Timed in CPU seconds of this process (time.process_time), so other work on a shared machine
    does not count against the extractor. The records are kept for the ingest section; their digest
    (``records_sha256``) tells two runs of the same corpus whose records differ, and with
    ``--records FILE`` every record is compared with an earlier run's (:func:`check_records`)."""
    from extract import __version__, extract_report

    corpus = archive.corpus(archive.largest)
    extract_report(*corpus[0])  # compile the patterns outside the timing
    checkpoints = set(archive.sizes)
    rows: list[Row] = []
    by_size = {}
    by_kind: dict[str, list[float]] = {kind: [0, 0.0, 0.0] for kind in KINDS}  # reports, seconds, MB
    record_digests: list[str] = []
    megabytes = elapsed = 0.0
    for i, (text, published) in enumerate(corpus, start=1):
        started = time.process_time()
        record = extract_report(text, published).to_dict()
        seconds = time.process_time() - started
        archive.records[text] = record
        record_digests.append(
            hashlib.sha256(json.dumps(record, sort_keys=True, ensure_ascii=False).encode()).hexdigest()
        )
        size = len(text.encode()) / 1e6
        megabytes += size
        elapsed += seconds
        totals = by_kind[kind_of(i - 1)]
        totals[0] += 1
        totals[1] += seconds
        totals[2] += size
        if i in checkpoints:
            by_size[i] = {"articles_per_s": round(i / elapsed, 1), "mb_per_s": round(megabytes / elapsed, 3)}
            rows.append(("extraction", f"reports/s one core, {i:,} reports ({megabytes:.1f} MB)",
                         f"{i / elapsed:,.0f}"))
            rows.append(("extraction", f"MB/s one core, {i:,} reports", f"{megabytes / elapsed:.2f}"))
    sizes = size_summary(corpus)
    results["extract_by_kind"] = {}
    for kind, (count, seconds, mb) in by_kind.items():
        if not count:
            continue
        results["extract_by_kind"][kind] = {
            "reports": count, "per_s": round(count / seconds, 1), "mb_per_s": round(mb / seconds, 3),
            "bytes": sizes[kind],
        }
        spread = sizes[kind]
        rows.append(("extraction", f"{KIND_NAMES[kind]}/s one core ({spread['min']:,}-{spread['max']:,} B, "
                     f"median {spread['median']:,.0f})", f"{count / seconds:,.0f} ({mb / seconds:.2f} MB/s)"))
    archive.extractor_version = __version__
    results["extract_by_size"] = by_size
    results["extract_sizes"] = sizes
    results["extract_articles_per_s"] = by_size[archive.largest]["articles_per_s"]
    results["extract_whole_articles_per_s"] = results["extract_by_kind"].get("article", {}).get("per_s")
    results["extract_mb_per_s"] = by_size[archive.largest]["mb_per_s"]
    results["records_sha256"] = hashlib.sha256("".join(record_digests).encode()).hexdigest()
    if archive.records_file is not None:
        rows += check_records(archive.records_file, record_digests, results)
    results["extract_profile"] = profile_summary([report for i, report in enumerate(corpus[:2000])
                                                  if kind_of(i) == "article"][:300])
    return rows


def check_records(path: Path, digests: list[str], results: dict) -> list[Row]:
    """Compare each report's record (by digest) with those an earlier run saved in ``path``, or
    save them there when there are none yet. A change meant only to be faster leaves every
    record as it was; the reports whose records differ are named by their index in the corpus."""
    if not path.exists():
        path.write_text(json.dumps({"digests": digests}) + "\n")
        return [("extraction", f"records saved to {path.name}", f"{len(digests):,}")]
    try:
        saved = json.loads(path.read_text())["digests"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SystemExit(f"--records {path}: not a records file written by the bench ({error})") from error
    compared = min(len(saved), len(digests))
    differing = [i for i in range(compared) if saved[i] != digests[i]]
    results["records_compared"] = compared
    results["records_differing"] = len(differing)
    results["records_differing_first"] = differing[:20]
    same = compared - len(differing)
    return [("extraction", f"records identical to {path.name}", f"{same:,} of {compared:,}")]


# How the table names each kind of report.
KIND_NAMES = {"article": "whole articles", "statement": "Air Force statements", "governor": "governor posts",
              "foreign": "foreign-scope stories"}


def profile_summary(corpus: list[tuple[str, str]], top: int = 10) -> dict[str, list[str]]:
    """Where extraction time goes over a sample (the bench profiles whole articles): own time per
    extract module (a regex's time charged to the module that ran it) and the functions with the
    most own time."""
    from extract import extract_report

    profiler = cProfile.Profile()
    profiler.enable()
    for text, published in corpus:
        extract_report(text, published)
    profiler.disable()
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    total = sum(entry[2] for entry in stats.values())
    by_module: dict[str, float] = {}
    for (file, _line, _name), (_cc, _nc, own, _cum, callers) in stats.items():
        if file == "~":  # a builtin (re.Pattern.search …): charge it to the callers
            for (caller_file, _, _), caller_entry in callers.items():
                module = Path(caller_file).name
                by_module[module] = by_module.get(module, 0.0) + caller_entry[2]
        else:
            by_module[Path(file).name] = by_module.get(Path(file).name, 0.0) + own
    ranked = sorted(stats.items(), key=lambda item: item[1][2], reverse=True)[:top]
    return {
        "by_module": [f"{seconds / total:5.1%} {module}" for module, seconds in
                      sorted(by_module.items(), key=lambda item: item[1], reverse=True)[:top]],
        "by_function": [f"{own / total:5.1%} {Path(file).name}:{line} {name}"
                        for (file, line, name), (_, _, own, _, _) in ranked],
    }


def extraction_parallel(archive: Archive, results: dict) -> list[Row]:
    """`python -m extract FOLDER --jobs 0` (one process per core), wall time, output discarded."""
    import os

    cores = os.cpu_count() or 1
    rows: list[Row] = []
    by_size = {}
    for n in archive.sizes:
        folder = archive.folder(n)
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "extract", str(folder), "--jobs", "0"], check=True,
                       stdout=subprocess.DEVNULL, cwd=Path(__file__).resolve().parent.parent)
        elapsed = time.perf_counter() - started
        by_size[n] = round(n / elapsed, 1)
        rows.append(("extraction", f"articles/s all {cores} cores (wall), {n:,} files",
                     f"{n / elapsed:,.0f}"))
    results["extract_all_cores_articles_per_s_by_size"] = by_size
    results["extract_all_cores_articles_per_s"] = by_size[archive.largest]
    results["cores"] = cores
    return rows


def pathological(archive: Archive, results: dict) -> list[Row]:
    """The slowest of a few hostile one-megabyte inputs (CPU seconds)."""
    from extract import extract_report

    megabyte = 1_000_000
    inputs = {
        "ones": ("1 " * (megabyte // 2)),
        "ands": ("and " * (megabyte // 4)),
        "digits": "7" * megabyte,
        "one_line": ("Russia launched 500 drones and shot down " * (megabyte // 40))[:megabyte],
        "dozens": ("dozens of drones and more than " * (megabyte // 30))[:megabyte],
    }
    worst = 0.0
    for name, text in inputs.items():
        started = time.process_time()
        extract_report(text)
        elapsed = time.process_time() - started
        worst = max(worst, elapsed)
        results[f"pathological_{name}_s"] = round(elapsed, 3)
    results["pathological_worst_s"] = round(worst, 3)
    return [("extraction", "worst 1 MB pathological input", f"{worst:.3f} s")]


SECTIONS: dict[str, Callable[[Archive, dict], list[Row]]] = {
    "extraction": extraction,
    "parallel": extraction_parallel,
    "pathological": pathological,
    "ingest": ingest,  # needs extraction's records (else it extracts), fills the stores
    "pages": pages,  # needs ingest's stores
    "browser": browser,  # needs ingest's largest store
}


def print_table(rows: list[Row]) -> None:
    width = max(len(measure) for _, measure, _ in rows)
    print(f"\n{'section':<12}{'measure':<{width}}  {'value':>16}")
    print("-" * (width + 30))
    for section, measure, value in rows:
        print(f"{section:<12}{measure:<{width}}  {value:>16}")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help=f"sizes {QUICK_SIZES} instead of {FULL_SIZES}")
    parser.add_argument("--sizes", help="comma-separated report counts, e.g. 1000,20000")
    parser.add_argument("--sections", help=f"comma-separated, of: {', '.join(SECTIONS)} (default all)")
    parser.add_argument("--workdir", type=Path, help="keep the generated archive and stores here")
    parser.add_argument("--output", type=Path, help="where to write the JSON results "
                        f"(default {RESULTS.name}, with --scale {SCALE_RESULTS.name})")
    parser.add_argument("--scale", type=int, metavar="N", help="instead of the sections: a synthetic "
                        "store of N reports (ingest, pages, peak RSS) and the Dask path (bench/scale.py)")
    parser.add_argument("--dask-reports", type=int, default=DASK_REPORTS, metavar="M",
                        help="with --scale: reports the Dask comparison extracts "
                        f"(default {DASK_REPORTS:,}; 0 skips it)")
    parser.add_argument("--order", choices=ORDERS, default="round",
                        help="with --scale: the synthetic reports' order, a day at a time round the "
                        "archive's days (round, the default: the worst for consolidation) or every "
                        "copy of a day together, day after day (date: as a real archive arrives)")
    parser.add_argument("--records", type=Path, help="compare every extracted record with those an earlier "
                        "run saved in this file (saved there when it does not exist yet)")
    args = parser.parse_args(argv)
    try:
        args.sizes = sorted({int(s) for s in args.sizes.split(",")}) if args.sizes else (
            QUICK_SIZES if args.quick else FULL_SIZES)
    except ValueError:
        parser.error(f"--sizes takes whole numbers separated by commas, not {args.sizes!r}")
    if min(args.sizes) < 1:
        parser.error("--sizes must be positive")
    if args.scale is not None and args.scale < 1:
        parser.error("--scale must be positive")
    if args.dask_reports < 0:
        parser.error("--dask-reports cannot be negative")
    args.output = args.output or (SCALE_RESULTS if args.scale else RESULTS)
    args.sections = args.sections.split(",") if args.sections else list(SECTIONS)
    unknown = [name for name in args.sections if name not in SECTIONS]
    if unknown:
        parser.error(f"unknown section(s) {', '.join(unknown)}; choose from {', '.join(SECTIONS)}")
    return args


def main(argv: list[str] | None = None) -> None:
    args = parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="salvo-bench-") as scratch:
        workdir = args.workdir or Path(scratch)
        workdir.mkdir(parents=True, exist_ok=True)
        if args.scale:
            started = time.perf_counter()
            results, rows = scale(workdir, args.scale, args.dask_reports, args.order)
            results["bench_seconds"] = round(time.perf_counter() - started, 1)
            rows.append(("bench", "whole run", f"{results['bench_seconds']:.0f} s"))
            print_table(rows)
            args.output.write_text(json.dumps(results, indent=2) + "\n")
            print(f"\nwrote {args.output}")
            return
        archive = Archive(workdir, args.sizes, records_file=args.records)
        results: dict = {"sizes": args.sizes}
        rows: list[Row] = []
        started = time.perf_counter()
        for name in args.sections:
            section_started = time.perf_counter()
            rows += SECTIONS[name](archive, results)
            print(f"[bench] {name} done in {time.perf_counter() - section_started:.0f} s", file=sys.stderr)
        results["bench_seconds"] = round(time.perf_counter() - started, 1)
    rows.append(("bench", "whole run", f"{results['bench_seconds']:.0f} s"))
    print_table(rows)
    args.output.write_text(json.dumps(results, indent=2) + "\n")
    print(f"\nwrote {args.output}")


if __name__ == "__main__":
    main()
