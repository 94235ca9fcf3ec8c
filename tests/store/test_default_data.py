"""The dataset Salvo ships with: facts only, loaded once into a new store."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.launch_areas import launch_area_table
from salvo.sources import default_data
from salvo.sources.default_data import CURATED_VERSION, DEFAULT_DATASET_PATH, ensure_default_data
from salvo.store import HIT_KEYS, NewReport

from .conftest import record

LINES = [
    {
        "id": "x1",
        "url": "https://www.reuters.com/world/europe/example-1",
        "outlet": "Reuters",
        "source_type": "wire",
        "published": "2025-07-04",
        "language": "en",
        "provenance": "gold",
        "record": record(
            attack_date="2025-07-04",
            drones_launched=539,
            missiles_launched=11,
            total_launched=550,
            cities=["Kyiv"],
            oblasts=["Kyiv City"],
        ),
    },
    {
        "id": "x2",
        "url": "https://example.org/story-2",
        "outlet": "Example",
        "published": "2025-07-04",
        "provenance": "extractor+reviewed",
        "record": record(attack_date="2025-07-04", killed=2),
    },
    {
        "id": "x3",
        "url": "https://example.org/story-3",
        "published": "2024-01-02",
        "provenance": "extractor",
        "record": record(attack_date="2024-01-02", missiles_launched=99),
    },
]


@pytest.fixture
def dataset(tmp_path) -> Path:
    path = tmp_path / "default_reports.jsonl"
    path.write_text("\n".join(json.dumps(line) for line in LINES) + "\n", encoding="utf-8")
    return path


def test_a_new_store_gets_the_shipped_nights_once(store, dataset):
    assert ensure_default_data(store, dataset) == 3
    assert ensure_default_data(store, dataset) == 0
    assert store.count_reports() == 3
    nights = {row["attack_date"]: row for row in store.attack_rows()}
    assert nights["2025-07-04"]["total_launched"] == 550 and nights["2025-07-04"]["killed"] == 2
    assert nights["2025-07-04"]["sources"] == ["Reuters", "Example"]
    detail = store.get_report(store.list_reports()[0]["id"])
    assert detail.kind == "curated" and detail.text is None and detail.extractor_version == CURATED_VERSION


def test_a_store_first_filled_elsewhere_still_gets_the_shipped_data(store, dataset):
    store.save_report(NewReport(text="An analyst's own report of 12 drones."), record(), "fake/1")
    assert ensure_default_data(store, dataset) == 3


def test_nothing_happens_without_the_file(store, tmp_path):
    assert ensure_default_data(store, tmp_path / "absent.jsonl") == 0
    assert store.count_reports() == 0


def test_a_malformed_line_is_listed_and_the_rest_load(store, tmp_path):
    from salvo.sources.default_data import load_curated_records

    path = tmp_path / "bad.jsonl"
    path.write_text(json.dumps(LINES[0]) + "\n{not json\n" + json.dumps({"id": "y"}) + "\n", encoding="utf-8")
    summary = load_curated_records(store, path)
    assert summary.added == 1 and [name for name, _ in summary.failed] == ["bad.jsonl:2", "bad.jsonl:3"]


def test_get_store_opens_the_environment_url_and_loads_the_shipped_data(monkeypatch, tmp_path, dataset):
    monkeypatch.setenv("SALVO_DATABASE_URL", f"sqlite:///{tmp_path / 'app.sqlite'}")
    monkeypatch.setattr(default_data, "DEFAULT_DATASET_PATH", dataset)
    monkeypatch.setattr(default_data, "_default_store", None)
    handle = default_data.get_store()
    assert handle is default_data.get_store() and handle.count_reports() == 3
    handle.close()


@pytest.mark.skipif(not DEFAULT_DATASET_PATH.exists(), reason="data/default_reports.jsonl not built yet")
def test_the_shipped_file_holds_facts_and_no_article_text():
    allowed = {"id", "url", "outlet", "source_type", "published", "language", "provenance", "record"}
    fields = set(record())
    area_names = {area.name for area in launch_area_table()}
    for number, line in enumerate(DEFAULT_DATASET_PATH.read_text(encoding="utf-8").splitlines(), start=1):
        item = json.loads(line)
        assert set(item) <= allowed, f"line {number}: unexpected keys {set(item) - allowed}"
        extras = {"bounds", "scopes", "weapons", "launch_areas", "casualties_by_place", "hits_by_class",
                  "debris_places"}
        assert set(item["record"]) <= fields | extras, f"line {number}: {set(item['record']) - fields}"
        # the extractor's models and launch areas: names and counts, nothing longer
        for weapon in item["record"].get("weapons", []):
            assert set(weapon) == {"model", "class", "family", "launched", "destroyed"}, f"line {number}"
            assert len(weapon["model"]) < 40 and all(
                weapon[k] is None or isinstance(weapon[k], int) for k in ("launched", "destroyed"))
        assert set(item["record"].get("launch_areas", [])) <= area_names, f"line {number}"
        # the casualties the extractor ties to one place: a place of the record's, counts only
        places = {*item["record"]["oblasts"], *item["record"]["cities"]}
        for place, kinds in item["record"].get("casualties_by_place", {}).items():
            assert place in places and kinds, f"line {number}: {place}"
            assert set(kinds) <= {"killed", "injured"} and all(isinstance(v, int) for v in kinds.values())
        # the weapons the extractor counts as having hit: a class the consolidation reads, counts only
        hits = item["record"].get("hits_by_class", {})
        assert set(hits) <= set(HIT_KEYS) and all(isinstance(v, int) for v in hits.values()), f"line {number}"
        bounds = item["record"].get("bounds", {})
        assert set(bounds.values()) <= {"lower", "upper", "approximate"} and set(bounds) <= fields
        # a figure that counts one place's weapons: which figure, regional or local, and the place
        for name, scope in item["record"].get("scopes", {}).items():
            assert name in fields and set(scope) == {"scope", "place"}, f"line {number}: {name}"
            assert scope["scope"] in {"regional", "local"} and len(scope["place"]) < 80
        assert item["provenance"] in {"gold", "extractor", "extractor+reviewed"}
        strings = [item["outlet"] or "", *item["record"]["oblasts"], *item["record"]["cities"],
                   *item["record"].get("debris_places", [])]
        assert all(len(s) < 80 for s in strings), f"line {number}: a long string is not a fact"
