"""The scorer's logic on ../shared/corpus/dev: the quality bar of issue 3.

Runs ../shared/eval/score.py (the scorer the held-out corpus is judged by) as a subprocess
against this checkout and asserts its last line. Skips, saying why, when the corpus or the
scorer is not on this machine.
"""

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "eval" / "score.py"

BAR = {"figures_f1": 0.93, "date": 0.95, "oblasts_f1": 0.88, "cities_f1": 0.85, "relevance": 0.97}


@pytest.fixture(scope="module")
def scores() -> dict[str, float]:
    if not CORPUS.is_dir() or not any(CORPUS.glob("*.gold.json")):
        pytest.skip(f"no labelled dev corpus at {CORPUS}")
    if not SCORER.is_file():
        pytest.skip(f"no scorer at {SCORER}")
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), "--project", str(ROOT)],
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


@pytest.mark.parametrize("metric", sorted(BAR))
def test_quality_bar(scores: dict[str, float], metric: str) -> None:
    assert scores[metric] >= BAR[metric], f"{metric}={scores[metric]} below {BAR[metric]}"
