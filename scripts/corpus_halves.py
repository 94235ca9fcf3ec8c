"""Split each hand-labelled corpus into two fixed halves and score the extractor on each.

Rules are written looking at the "read" half only; the "held" half says whether a rule
generalises (issue 13). The split is by a keyed hash of the report id, so it never changes
when files are added: the seed below is the only thing that decides it.

    python scripts/corpus_halves.py                 # score both halves of every corpus
    python scripts/corpus_halves.py --swap          # the same with the halves' roles swapped
    python scripts/corpus_halves.py --link DIR      # also leave symlink folders DIR/<corpus>/{read,held}

Run from the project root, with ../shared beside it.
"""
from __future__ import annotations

import argparse
import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

SEED = "salvo-halves-2026"
SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
CORPORA = ("dev", "dev-uk", "dev2", "dev2-uk")


def half_of(report_id: str, swap: bool = False) -> str:
    """'read' or 'held' for one report id, fixed by SEED."""
    digest = hashlib.sha256(f"{SEED}:{report_id}".encode()).digest()
    read = digest[0] % 2 == 0
    return "read" if read != swap else "held"


def link_halves(corpus: Path, target: Path, swap: bool = False) -> dict[str, Path]:
    """Make target/read and target/held folders of symlinks to the corpus files."""
    folders = {name: target / name for name in ("read", "held")}
    for folder in folders.values():
        folder.mkdir(parents=True, exist_ok=True)
        # A folder left by an earlier run (perhaps with the halves swapped) would keep links to the
        # other half's reports: clear its links, and only links, before making this run's.
        for stale in folder.iterdir():
            if stale.is_symlink():
                stale.unlink()
    for report in sorted(corpus.glob("*.json")):
        if report.name.endswith(".gold.json"):
            continue
        report_id = report.name[: -len(".json")]
        gold = corpus / f"{report_id}.gold.json"
        folder = folders[half_of(report_id, swap)]
        for source in (report, gold):
            (folder / source.name).symlink_to(source)
    return folders


def score(folder: Path) -> str:
    result = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), str(folder)],
        capture_output=True, text=True, check=False,
    )
    lines = (result.stdout or result.stderr).strip().splitlines()
    return lines[-1] if lines else "(no output)"


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--swap", action="store_true", help="swap which half is read and which held")
    parser.add_argument("--link", type=Path, help="keep the symlink folders under this directory")
    parser.add_argument("corpora", nargs="*", default=list(CORPORA))
    args = parser.parse_args()
    base = args.link or Path(tempfile.mkdtemp(prefix="salvo-halves-"))
    for name in args.corpora:
        folders = link_halves(SHARED / "corpus" / name, base / name, args.swap)
        for half, folder in folders.items():
            count = len(list(folder.glob("*.gold.json")))
            print(f"{name:8} {half:4} ({count:2}): {score(folder)}")


if __name__ == "__main__":
    main()
