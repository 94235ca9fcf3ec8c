"""The texts of every report in ../shared/corpus, for tests that check a quick path against the
plain search it stands for on real reports. The corpora are third-party: such tests skip, saying
why, on a machine without them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
CORPORA = SHARED / "corpus"


def corpus_texts(checked: str) -> list[str]:
    """Every corpus report's text (gold labels left out); skips the test when there is none.
    ``checked``: what the test checks on them, for the skip's reason."""
    if not CORPORA.is_dir():
        pytest.skip(f"no corpora at {CORPORA}: {checked} are checked on them when present")
    texts = [
        json.loads(path.read_text(encoding="utf-8"))["text"]
        for path in sorted(CORPORA.glob("*/*.json"))
        if not path.name.endswith(".gold.json")
    ]
    if not texts:
        pytest.skip(f"the corpora at {CORPORA} hold no report")
    return texts
