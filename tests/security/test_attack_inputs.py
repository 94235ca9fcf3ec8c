"""Inputs an adversary or a careless user feeds the command line (docs/attack-log.md): each is
read through the real extractor and store, and what lands is checked."""
from __future__ import annotations

from datetime import date, timedelta

from salvo.__main__ import main
from salvo.store import Store, bound_attack_date


def test_a_report_dated_in_the_future_is_stored_without_a_night(tmp_path, capsys):
    url = f"sqlite:///{tmp_path / 'salvo.sqlite'}"
    folder = tmp_path / "reports"
    folder.mkdir()
    (folder / "typo.txt").write_text(
        "On the night of 5 March 2099 Russia launched 40 drones at Kyiv; 30 were shot down.\n")
    (folder / "good.txt").write_text(
        "On the night of 6 March 2025 Russia launched 80 drones at Odesa; 60 were shot down.\n")
    assert main(["--database", url, "-q", "ingest", str(folder)]) == 0
    assert "added 2" in capsys.readouterr().out
    store = Store(url)
    # the archive's latest night is the real one, not a year still to come
    assert [row["attack_date"] for row in store.attack_rows()] == ["2025-03-06"]
    [typo] = [store.get_report(r["id"]) for r in store.list_reports() if r["attack_date"] is None]
    assert "2099" in typo.text
    assert typo.attack_date is None
    assert typo.record["drones_launched"] == 40  # its figures are kept for an analyst to date it
    assert any("2099-03-05" in note for note in typo.record["uncertain"])
    store.close()


def test_the_night_after_today_is_kept_for_kyiv_s_clock():
    today = date(2025, 3, 6)
    tomorrow = {"attack_date": "2025-03-07", "uncertain": []}
    assert bound_attack_date(tomorrow, today) is tomorrow
    later = bound_attack_date({"attack_date": (today + timedelta(days=2)).isoformat()}, today)
    assert later["attack_date"] is None and len(later["uncertain"]) == 1
