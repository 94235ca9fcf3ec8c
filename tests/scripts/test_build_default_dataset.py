"""scripts/build_default_dataset.py: a line the extractor got right carries what no hand label
covers, the weapons that hit by class among it; a line it got wrong carries none of it."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from salvo.store import RECORD_FIELDS

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "build_default_dataset.py"


def load_script():
    spec = importlib.util.spec_from_file_location("build_default_dataset", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def labelled(**figures) -> dict:
    gold = dict.fromkeys(RECORD_FIELDS)
    gold.update(is_attack_report=True, attack_date="2025-10-02", oblasts=[], cities=[], **figures)
    return gold


def fake_extractor(record: dict):
    return lambda text, published=None: dict(record)


def test_a_reviewed_line_keeps_the_extractors_hits_by_class():
    script = load_script()
    gold = labelled(drones_launched=140, missiles_launched=10)
    extracted = {**gold, "hits_by_class": {"drone": 12, "missile": 3}}
    report = {"id": "t1", "text": "A statement of our own.", "url": None, "lang": "en"}
    line = script.build_line(report, gold, fake_extractor(extracted))
    assert line["provenance"] == "extractor+reviewed"
    assert line["record"]["hits_by_class"] == {"drone": 12, "missile": 3}


def test_a_line_the_extractor_got_wrong_carries_no_hits():
    script = load_script()
    gold = labelled(drones_launched=140)
    extracted = {**gold, "drones_launched": 150, "hits_by_class": {"drone": 12}}
    report = {"id": "t2", "text": "A statement of our own.", "url": None, "lang": "en"}
    line = script.build_line(report, gold, fake_extractor(extracted))
    assert line["provenance"] == "gold" and "hits_by_class" not in line["record"]


def test_a_governors_count_stays_his_regions_in_the_shipped_line():
    # a regional figure shipped without its scope would become the night's national figure
    script = load_script()
    gold = {**labelled(drones_launched=40, drones_destroyed=12), "oblasts": ["Odesa Oblast"]}
    extracted = {
        **gold,
        "scopes": {"drones_destroyed": {"scope": "regional", "place": "Odesa Oblast"}},
        "debris_places": ["Odesa Oblast"],
    }
    report = {"id": "t3", "text": "A governor's post of our own.", "url": None, "lang": "en"}
    line = script.build_line(report, gold, fake_extractor(extracted))
    assert line["record"]["scopes"] == {"drones_destroyed": {"scope": "regional", "place": "Odesa Oblast"}}
    assert line["record"]["debris_places"] == ["Odesa Oblast"]


def test_a_scope_is_shipped_only_for_a_figure_the_extractor_got_right():
    script = load_script()
    gold = labelled(drones_launched=40, drones_destroyed=12)
    extracted = {
        **gold,
        "drones_launched": 45,
        "scopes": {
            "drones_launched": {"scope": "local", "place": "Izmail"},
            "drones_destroyed": {"scope": "regional", "place": "Odesa Oblast"},
        },
        "debris_places": ["Odesa Oblast"],
    }
    report = {"id": "t4", "text": "A governor's post of our own.", "url": None, "lang": "en"}
    line = script.build_line(report, gold, fake_extractor(extracted))
    assert line["provenance"] == "gold"
    assert line["record"]["scopes"] == {"drones_destroyed": {"scope": "regional", "place": "Odesa Oblast"}}
    assert "debris_places" not in line["record"]  # the extras of a record it got wrong stay out
