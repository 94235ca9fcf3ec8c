"""The benchmark's archive: generated reports written as a folder of corpus files per size, their
records (extracted once, reused by the ingest and page sections) and a filled SQLite store per size.

Everything lives under one work folder (a temporary one unless ``--workdir`` names it), so the page
and browser sections read the stores the ingest section filled.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from bench.corpus import build_corpus

# Every fourth report is a foreign-scope story, always on the same days: 5,400 days give about
# 4,000 attack nights (eleven years of nights), the attack table's size at archive scale.
CORPUS_DAYS = 5400


@dataclass
class Archive:
    workdir: Path
    sizes: list[int]
    records: dict[str, dict[str, Any]] = field(default_factory=dict)  # text -> record
    extractor_version: str = ""
    records_file: Path | None = None  # --records: compare the records with an earlier run's

    @property
    def largest(self) -> int:
        return max(self.sizes)

    def corpus(self, n: int) -> list[tuple[str, str]]:
        """The first n generated reports (every size is a prefix of the largest)."""
        return build_corpus(n, nights=CORPUS_DAYS)

    def folder(self, n: int) -> Path:
        """A folder of n corpus files ({"id", "date_hint", "text"}), written on first use."""
        path = self.workdir / f"reports-{n}"
        done = path / ".complete"
        if not done.exists():
            path.mkdir(parents=True, exist_ok=True)
            for i, (text, published) in enumerate(self.corpus(n)):
                # 100 files per sub-folder: a flat folder of 100k files is slow to list
                sub = path / f"{i // 100:04}"
                sub.mkdir(exist_ok=True)
                (sub / f"r{i:06}.json").write_text(
                    json.dumps({"id": f"r{i:06}", "date_hint": published, "text": text}), encoding="utf-8"
                )
            done.touch()
        return path

    def store_path(self, n: int) -> Path:
        return self.workdir / f"store-{n}.sqlite"

    def store_url(self, n: int) -> str:
        return f"sqlite:///{self.store_path(n)}"
