"""How current the store is, in words, from the live sources' sync status (salvo.sources.sync writes it).

The Overview's line ("updated 12 min ago from 3 sources; 1 failing: feed:…") and the Ingest page's
table read the store's ``sync_sources`` rows through these functions; they never fetch anything.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pandas as pd


def ago(moment: datetime, now: datetime) -> str:
    """``just now``, ``12 min ago``, ``3 h ago``, ``2 days ago``."""
    seconds = max((now - moment).total_seconds(), 0)
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} h ago"
    return f"{int(seconds // 86400)} days ago"


def is_failing(status: dict[str, Any]) -> bool:
    """The source's last pass failed (a success with unreadable items is no failure)."""
    return status["last_attempt_at"] is not None and status["last_attempt_at"] != status["last_success_at"]


def freshness_line(statuses: list[dict[str, Any]], now: datetime | None = None) -> str | None:
    """The Overview's line on live sources; None when no source has ever been synced."""
    if not statuses:
        return None
    now = now or datetime.now(UTC)
    succeeded = [s for s in statuses if s["last_success_at"] is not None]
    failing = [s["source"] for s in statuses if is_failing(s)]
    if succeeded:
        latest = max(s["last_success_at"] for s in succeeded)
        count = len(succeeded)
        line = f"Live sources: updated {ago(latest, now)} from {count} source{'s' if count != 1 else ''}"
    else:
        line = "Live sources: not updated yet"
    if failing:
        line += f"; {len(failing)} failing ({', '.join(failing[:3])}{', …' if len(failing) > 3 else ''})"
    return line + "."


def status_table(statuses: list[dict[str, Any]], now: datetime | None = None) -> pd.DataFrame:
    """One row per source for the Ingest page: when it last succeeded, its last error, what it added."""
    now = now or datetime.now(UTC)
    rows = [
        {
            "source": s["source"],
            "state": "failing" if is_failing(s) else ("ok" if s["last_success_at"] else "not run"),
            "last success": ago(s["last_success_at"], now) if s["last_success_at"] else "never",
            "last error": s["last_error"] or "",
            "reports added": int(s["reports_added"] or 0),
            "last pass": (f"{s['last_added']} added, {s['last_revised']} revised, "
                          f"{s['last_not_attack']} not attack reports") if s["last_success_at"] else "",
            "syncing now": bool(s["lock_owner"] and s["lock_expires_at"] and s["lock_expires_at"] > now),
        }
        for s in statuses
    ]
    return pd.DataFrame(rows, columns=["source", "state", "last success", "last error", "reports added",
                                       "last pass", "syncing now"])
