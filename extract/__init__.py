"""Salvo's extraction engine: the text of one report in, one attack record out.

    from extract import extract_report
    record = extract_report(text, published="2025-07-04").to_dict()

Pure Python: no database, no network, no Streamlit. See ../shared/SCHEMA.md for the fields.
English, Ukrainian and Russian reports are read (the language is detected; ``record.language`` says which).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from extract.engine import extract_report
    from extract.report import Evidence, Report, WeaponCount

# For people: which extractor produced a record. (The store tells extractor versions apart by a
# digest of this package's source, so a change is noticed even when this string is not bumped.)
__version__ = "0.2.0"

__all__ = ["Evidence", "Report", "WeaponCount", "__version__", "extract_report"]

# Loaded on first use, not with the package: the dashboard imports light modules of it
# (extract.report's field names) on its start-up path, and the engine with every pattern table
# behind it took half a second of the server's start (README, Performance).
_LAZY = {"extract_report": "extract.engine", "Evidence": "extract.report", "Report": "extract.report",
         "WeaponCount": "extract.report"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'extract' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
