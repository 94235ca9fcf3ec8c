"""``python -m bench --scale N``: Salvo at archive scale (docs/scaling.md), apart from the sections.

1. A synthetic store of N reports, ingested through `salvo.sources.ingest.ingest_reports` (the
   path every file, URL and Dask run takes: batches of 200, each batch's nights consolidated in
   its own transaction). Extracting N real-size reports would take hours on one core, so the
   records are made directly: the bench corpus's first :data:`DISTINCT` reports (one per day of
   the archive's days, so one day's reports are all copies of its own report) are extracted for
   real once, and report ``i`` is copy ``i // DISTINCT`` of report ``i % DISTINCT``: the same text
   with a line naming the copy (a distinct text, so a distinct report), the same publication date
   and the real record of its original. Rates, the store's size and the process's peak RSS.
2. Every page against that store in AppTest (as the ``pages`` section runs them): the attack
   table's read, each page cold and warm, and that process's peak RSS.
3. The Dask path: the first ``--dask-reports`` reports of the bench corpus as files, extracted by
   `python -m salvo.distributed extract` on a LocalCluster of two workers, against the same
   extraction (`salvo.distributed.extract_partition`) in one process; then the cluster's output
   stored with `python -m salvo.distributed store`.

Each phase runs in a process of its own, so a peak RSS is that phase's alone.
"""

from __future__ import annotations

import bisect
import functools
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bench.archive import CORPUS_DAYS, Archive

ROOT = Path(__file__).resolve().parent.parent
DISTINCT = CORPUS_DAYS  # distinct reports behind the synthetic store: one per day of the archive
COPY_MARK = "\n\n(bench copy "  # the line that makes a copy's text distinct
DASK_REPORTS = 2_000
ORDERS = ("round", "date")  # the order the synthetic reports arrive in (ingest_phase)
Row = tuple[str, str, str]


def peak_rss_mb() -> float:
    """This process's resident-set high-water mark (Linux /proc)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return round(int(line.split()[1]) / 1024, 1)
    raise RuntimeError("no VmHWM in /proc: peak RSS is measured on Linux only")


def sample_records(workdir: Path) -> list[tuple[str, str, dict[str, Any]]]:
    """(text, published, record) of the DISTINCT reports, extracted once and kept in workdir."""
    from extract import extract_report

    cache = workdir / f"scale-sample-{DISTINCT}.json"
    if cache.exists():
        return [tuple(item) for item in json.loads(cache.read_text())]  # type: ignore[misc]
    corpus = Archive(workdir, [DISTINCT]).corpus(DISTINCT)
    sample = [(text, published, extract_report(text, published).to_dict()) for text, published in corpus]
    cache.write_text(json.dumps(sample, ensure_ascii=False))
    return sample


def copy_at(i: int, n: int, order: str, by_date: list[int]) -> tuple[int, int]:
    """(original, copy) of the i-th of n synthetic reports. ``round``: a day at a time round the
    DISTINCT days (every batch touches ~150 nights: the worst order for consolidation); ``date``:
    every copy of the earliest original first, then the next day's (``by_date``, the originals in
    date order), as an archive that arrives by date: a batch touches one or two nights. Both
    orders make the same n (original, copy) pairs."""
    if order == "round":
        return i % DISTINCT, i // DISTINCT
    starts = _date_starts(n, tuple(by_date))
    position = bisect.bisect_right(starts, i) - 1
    return by_date[position], i - starts[position]


@functools.lru_cache(maxsize=1)
def _date_starts(n: int, by_date: tuple[int, ...]) -> list[int]:
    """Where each original's copies begin in date order: original j has n // DISTINCT copies, one
    more when j < n % DISTINCT (as in round order)."""
    base, extra = divmod(n, DISTINCT)
    starts, at = [], 0
    for original in by_date:
        starts.append(at)
        at += base + (original < extra)
    return starts


def ingest_phase(n: int, url: str, workdir: Path, order: str = "round") -> dict[str, Any]:
    """Ingest n synthetic reports in the given order (:func:`copy_at`) into a new store at url;
    the rates, counts and peak RSS."""
    from salvo.sources.ingest import Extractor, RawReport, default_extractor, ingest_reports
    from salvo.store import Store, parse_date

    sample = sample_records(workdir)
    version = default_extractor().version
    by_date = sorted(range(DISTINCT), key=lambda index: (sample[index][1], index))

    def load(i: int) -> list[RawReport]:
        original, copy = copy_at(i, n, order, by_date)
        text, published, _record = sample[original]
        return [RawReport(text=f"{text}{COPY_MARK}{copy})", name=f"synthetic {i}",
                          published=parse_date(published), external_id=f"s{i:07}")]

    def recorded(text: str, _published: str | None) -> dict[str, Any]:
        copy_of = text.rsplit(COPY_MARK, 1)[0]
        return records[copy_of]

    records = {text: record for text, _published, record in sample}
    store = Store(url)
    started, cpu_started = time.perf_counter(), time.process_time()
    summary = ingest_reports(store, range(n), load, source=f"bench --scale {n}",
                             extractor=Extractor(recorded, version))
    wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    nights = len(store.attack_rows())
    store.close()
    stored = summary.added + summary.unchanged
    return {"reports": stored, "order": order, "failed": len(summary.failed), "nights": nights,
            "ingest_reports_per_s": round(stored / wall, 1),
            "ingest_reports_per_cpu_s": round(stored / cpu, 1),
            "ingest_s": round(wall, 1), "ingest_cpu_s": round(cpu, 1), "peak_rss_mb": peak_rss_mb()}


def pages_phase(url: str) -> dict[str, Any]:
    """The attack table's read and every page cold and warm against the store at url."""
    import streamlit.logger

    from bench.pages import empty_page_caches, run_page, time_attack_table, use_store
    from salvo.dashboard.pages import PAGE_NAMES

    def timed(name: str) -> tuple[float, float]:
        """(wall ms, CPU ms of this process) of one run of the page: on a shared machine the CPU
        time is the page's own cost, the wall time also what other jobs took from it."""
        cpu_started = time.process_time()
        wall = run_page(name)
        return round(wall * 1000, 1), round((time.process_time() - cpu_started) * 1000, 1)

    streamlit.logger.set_log_level("error")
    use_store(url)
    run_page("methodology")  # Streamlit's own first-run setup, not a page's cost
    cpu_started = time.process_time()
    table_ms = round(time_attack_table() * 1000, 1)
    table_cpu_ms = round((time.process_time() - cpu_started) * 1000, 1)
    cold, warm, cold_cpu, warm_cpu = {}, {}, {}, {}
    for name in PAGE_NAMES:
        empty_page_caches()
        cold[name], cold_cpu[name] = timed(name)
        warm[name], warm_cpu[name] = min(timed(name) for _ in range(3))
    return {"attack_table_ms": table_ms, "attack_table_cpu_ms": table_cpu_ms, "page_cold_ms": cold,
            "page_warm_ms": warm, "page_cold_cpu_ms": cold_cpu, "page_warm_cpu_ms": warm_cpu,
            "peak_rss_mb": peak_rss_mb()}


def extract_one_process(folder: Path, out: Path) -> dict[str, Any]:
    """What every Dask worker runs (`extract_partition`), over the whole folder in this process."""
    from salvo.distributed import extract_partition
    from salvo.sources.ingest import expand_paths

    started = time.perf_counter()
    lines = extract_partition(str(path) for path in expand_paths([folder]))
    out.mkdir(parents=True, exist_ok=True)
    (out / "part-00000.jsonl").write_text("".join(json.dumps(line, default=str) + "\n" for line in lines))
    return {"reports": len(lines), "seconds": round(time.perf_counter() - started, 1)}


def _phase(*args: str) -> dict[str, Any]:
    """Run one phase (``python -m bench.scale ...``) in a process of its own; its JSON result."""
    done = subprocess.run([sys.executable, "-m", "bench.scale", *args], check=True, cwd=ROOT,
                          stdout=subprocess.PIPE, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def _timed(command: list[str], env: dict[str, str] | None = None) -> float:
    started = time.perf_counter()
    subprocess.run(command, check=True, cwd=ROOT, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def _load() -> str:
    return " ".join(f"{value:.1f}" for value in os.getloadavg())


def dask_phase(workdir: Path, reports: int) -> dict[str, Any]:
    """Extraction on a LocalCluster of two workers against one process, then storing, same corpus."""
    folder = Archive(workdir, [reports]).folder(reports)
    one = _phase("extract-one", str(folder), str(workdir / "dask-one"))
    load_before = _load()
    cluster_s = _timed([sys.executable, "-m", "salvo.distributed", "extract", str(folder),
                        str(workdir / "dask-two"), "--workers", "2"])
    store_path = workdir / "store-dask.sqlite"
    store_path.unlink(missing_ok=True)
    store_s = _timed([sys.executable, "-m", "salvo.distributed", "store", str(workdir / "dask-two"),
                      "--database", f"sqlite:///{store_path}"])
    store_path.unlink(missing_ok=True)
    return {"reports": reports, "one_process_s": one["seconds"], "two_workers_s": round(cluster_s, 1),
            "store_s": round(store_s, 1), "load_average": load_before}


def scale(workdir: Path, n: int, dask_reports: int = DASK_REPORTS,
          order: str = "round") -> tuple[dict[str, Any], list[Row]]:
    """Every phase at n reports arriving in ``order`` (:func:`copy_at`; see the module's
    docstring): results and table rows."""
    store_path = workdir / f"store-scale-{n}.sqlite"
    store_path.unlink(missing_ok=True)
    url = f"sqlite:///{store_path}"
    results: dict[str, Any] = {"scale_reports": n, "load_average_start": _load()}
    _phase("sample", str(workdir))  # the real extraction of the distinct reports, outside the timing
    ingest = results["scale_ingest"] = _phase("ingest", str(n), url, str(workdir), order)
    store_files = workdir.glob(f"{store_path.name}*")  # the database, its WAL and shared memory
    results["scale_store_mb"] = round(sum(path.stat().st_size for path in store_files) / 1e6)
    pages = results["scale_pages"] = _phase("pages", url)
    dask = results["scale_dask"] = dask_phase(workdir, dask_reports) if dask_reports else None
    results["load_average_end"] = _load()
    size = f"{n:,} reports" + (" by date" if order == "date" else "")
    rows: list[Row] = [
        ("scale", f"ingest reports/s (wall), {size} ({ingest['nights']:,} nights)",
         f"{ingest['ingest_reports_per_s']:,.0f}"),
        ("scale", f"ingest reports per CPU second, {size}", f"{ingest['ingest_reports_per_cpu_s']:,.0f}"),
        ("scale", f"ingest peak RSS, {size}", f"{ingest['peak_rss_mb']:,.0f} MB"),
        ("scale", f"store on disk, {size}", f"{results['scale_store_mb']:,} MB"),
        ("scale", f"attack table read, {size}, wall (CPU)",
         f"{pages['attack_table_ms']:,.0f} ({pages['attack_table_cpu_ms']:,.0f}) ms"),
        *[("scale", f"{name} at {size}, cold / warm ms, wall (CPU)",
           f"{pages['page_cold_ms'][name]:,.0f} ({pages['page_cold_cpu_ms'][name]:,.0f}) / "
           f"{pages['page_warm_ms'][name]:,.0f} ({pages['page_warm_cpu_ms'][name]:,.0f})")
          for name in pages["page_cold_ms"]],
        ("scale", f"pages peak RSS, {size}", f"{pages['peak_rss_mb']:,.0f} MB"),
        ("scale", "load average at start / end", f"{results['load_average_start']} / {_load()}"),
    ]
    if dask:
        rows += [
            ("scale", f"extract {dask['reports']:,} files, one process (wall)",
             f"{dask['one_process_s']:.1f} s"),
            ("scale", f"extract {dask['reports']:,} files, Dask LocalCluster 2 workers (wall)",
             f"{dask['two_workers_s']:.1f} s"),
            ("scale", f"store the Dask output, {dask['reports']:,} reports", f"{dask['store_s']:.1f} s"),
        ]
    return results, rows


def _main(argv: list[str]) -> Iterator[dict[str, Any]]:
    phase, *args = argv
    if phase == "sample":
        sample_records(Path(args[0]))
        yield {"distinct": DISTINCT}
    elif phase == "ingest":
        yield ingest_phase(int(args[0]), args[1], Path(args[2]), *args[3:4])
    elif phase == "pages":
        yield pages_phase(args[0])
    elif phase == "extract-one":
        yield extract_one_process(Path(args[0]), Path(args[1]))
    else:
        raise SystemExit(f"unknown phase {phase!r}")


if __name__ == "__main__":
    for result in _main(sys.argv[1:]):
        print(json.dumps(result))
