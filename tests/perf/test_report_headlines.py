"""The Reports page's listing reads only headline fields from the store; they must be the fields
the full listing gives, corrections included."""
from __future__ import annotations

from datetime import date

from salvo.store import NewReport, Store


def test_headlines_match_the_full_listing_with_corrections(tmp_path):
    store = Store(f"sqlite:///{tmp_path / 'headlines.sqlite'}")
    records = [
        {"is_attack_report": True, "attack_date": "2025-07-04", "total_launched": 550, "total_destroyed": 477,
         "oblasts": ["Kyiv City"], "drones_launched": 539},
        {"is_attack_report": True, "attack_date": "2025-07-05", "total_launched": None,
         "total_destroyed": None, "oblasts": []},
        {"is_attack_report": False, "attack_date": None, "oblasts": []},
    ]
    ids = [store.save_report(NewReport(text=f"report {i}", published=date(2025, 7, 4 + i)), record,
                             "t/1").report_id for i, record in enumerate(records)]
    store.correct_report(ids[0], "total_launched", 551, reason="statement revised", author="analyst")
    store.correct_report(ids[1], "attack_date", "2025-07-06", reason="night of the 6th", author="analyst")

    headlines = store.list_report_headlines()
    full = store.list_reports()
    assert [h["id"] for h in headlines] == [r["id"] for r in full] == ids[::-1]
    for headline, report in zip(headlines, full, strict=True):
        assert headline["attack_date"] == report["attack_date"]
        assert headline["corrected_fields"] == report["corrected_fields"]
        assert headline["record"] == {name: report["record"].get(name) for name in Store.HEADLINE_FIELDS}
    by_id = {h["id"]: h for h in headlines}
    assert by_id[ids[0]]["record"]["total_launched"] == 551
    assert by_id[ids[1]]["attack_date"] == date(2025, 7, 6)
    assert by_id[ids[2]]["record"]["is_attack_report"] is False
    assert "drones_launched" not in by_id[ids[0]]["record"]
