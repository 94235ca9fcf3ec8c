"""The Ingest page's previews: what the extractor reads in a pasted text, an upload or a page,
before anything is stored, and the warnings it deserves."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pandas as pd

from salvo.sources import ingest
from salvo.store import RECORD_FIELDS

MAX_PASTE_CHARS = 200_000
MAX_PREVIEW_FILES = 5


def _extract(text: str, name: str, published: dt.date | None) -> dict[str, Any]:
    """Run the extractor on checked text without storing anything; its failures become messages."""
    checked = ingest.check_text(text, name)
    extractor = ingest.default_extractor()
    try:
        record = extractor.extract(checked, published.isoformat() if published else None)
    except Exception as error:  # another part's code: report it on the page, never crash it
        raise ValueError(f"{name}: the extractor failed ({type(error).__name__}: {error})") from error
    if not isinstance(record, dict):
        raise ValueError(f"{name}: the extractor returned {type(record).__name__}, not a record")
    return record


def preview_text(text: str, published: dt.date | None) -> dict[str, Any]:
    return _extract(text, "pasted text", published)


def preview_upload(filename: str, data: bytes) -> list[tuple[str, dict[str, Any]]]:
    return [(raw.name, _extract(raw.text, raw.name, raw.published))
            for raw in ingest.bytes_to_reports(data, filename)]


def preview_url(url: str) -> dict[str, Any]:
    raw = ingest.fetch_url(url)
    return _extract(raw.text, raw.name, raw.published)


def preview_warning(record: dict[str, Any]) -> str | None:
    """Why a previewed text would not count, said before Commit: not an attack report, or no
    attack night (then it joins no night's figures); None when it would count."""
    if not record.get("is_attack_report"):
        return ("This text does not read as a report of an air attack on Ukraine: committed, it is "
                "stored but adds nothing to any night. Check the text before committing it.")
    if not record.get("attack_date"):
        return ("No attack night could be read from this text (give its publication date above if it says "
                "\"overnight\" or a weekday): committed, it joins no night until an analyst corrects "
                "its date.")
    return None


def preview_table(record: dict[str, Any]) -> pd.DataFrame:
    """A record's scored fields as text, for the preview (st.dataframe shows it as data)."""
    def show(value: Any) -> str:
        if isinstance(value, list):
            return "; ".join(map(str, value))
        return "" if value is None else str(value)

    return pd.DataFrame([{"field": name, "value": show(record.get(name))} for name in RECORD_FIELDS])
