"""The scorer's logic on ../shared/corpus/dev (English, issue 3), ../shared/corpus/dev-uk
(Ukrainian, issue 6), ../shared/corpus/dev2 (English, issue 13) and ../shared/corpus/dev2-uk
(Ukrainian and Russian, issue 13): each corpus's quality bar.

Runs ../shared/eval/score.py (the scorer the held-out corpora are judged by) as a subprocess
against this checkout and asserts its last line. Skips, saying why, when a corpus or the
scorer is not on this machine.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORER = SHARED / "eval" / "score.py"

BARS = {
    "dev": {"figures_f1": 0.985, "date": 0.99, "oblasts_f1": 0.99, "cities_f1": 0.965, "relevance": 0.99},
    "dev-uk": {"figures_f1": 0.99, "date": 0.99, "oblasts_f1": 0.99, "cities_f1": 0.99, "relevance": 0.99},
    # issue 13: English reports the rules were not written against; the bar is what was reached
    # (2026-12-06), to be raised as the kinds in docs/extraction-misses.md are fixed
    "dev2": {"figures_f1": 0.975, "date": 0.99, "oblasts_f1": 0.99, "cities_f1": 0.985, "relevance": 0.985},
    # issue 13: Ukrainian reports (and four Russian) the rules were not written against; the bar
    # is what was reached (2026-12-06)
    "dev2-uk": {"figures_f1": 0.99, "date": 0.99, "oblasts_f1": 0.99, "cities_f1": 0.99, "relevance": 0.99},
}


@pytest.fixture(scope="module", params=sorted(BARS))
def corpus(request: pytest.FixtureRequest) -> str:
    return request.param


@pytest.fixture(scope="module")
def scores(corpus: str) -> dict[str, float]:
    folder = SHARED / "corpus" / corpus
    if not folder.is_dir() or not any(folder.glob("*.gold.json")):
        pytest.skip(f"no labelled corpus at {folder}")
    if not SCORER.is_file():
        pytest.skip(f"no scorer at {SCORER}")
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(folder), "--project", str(ROOT)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    crashes = re.search(r"crashes: (\d+)", proc.stdout)
    assert crashes is not None, proc.stdout
    values = dict(re.findall(r"(\w+)=([\d.]+)", lines[-1]))
    out = {k: float(v) for k, v in values.items()}
    out["crashes"] = float(crashes.group(1))
    return out


def test_no_crashes(scores: dict[str, float]) -> None:
    assert scores["crashes"] == 0


def test_quality_bar(corpus: str, scores: dict[str, float]) -> None:
    below = {m: scores[m] for m, bar in BARS[corpus].items() if scores[m] < bar}
    assert not below, f"{corpus}: below the bar {BARS[corpus]}: {below}"
