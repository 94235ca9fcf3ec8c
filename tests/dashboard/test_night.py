"""The Night page (issue 18 item 3): one night's official record beside every other source, field
by field, with each figure's sentence, the value chosen and why, on a store built here."""
from __future__ import annotations

import datetime as dt

import pytest

from salvo import consolidate
from salvo.dashboard import formatting
from salvo.dashboard.formatting import escape_markdown
from salvo.reconcile import NO_TEXT, reconcile_night, web_link
from salvo.store import NewReport
from tests.dashboard.test_pages import open_page

NIGHT = dt.date(2025, 8, 12)
# Sentences written for this test in the style of a statement, a wire story and a governor's post.
AIR_FORCE = "Overnight the enemy attacked with 210 strike drones; 190 of them were shot down."
WIRE = "Russia sent more than 230 drones against Ukraine overnight, officials said."
GOVERNOR = "Air defence destroyed 14 drones over the Poltava region overnight, the governor said."


def evidence(sentence: str, words: str) -> dict:
    start = sentence.index(words)
    return {"start": start, "end": start + len(words), "text": words, "sentence_start": 0,
            "sentence_end": len(sentence), "sentence": sentence}


def record(**figures) -> dict:
    return {"is_attack_report": True, "attack_date": NIGHT.isoformat(), "oblasts": [], "cities": [],
            **figures}


@pytest.fixture
def night_store(empty_store):
    store = empty_store
    store.save_report(NewReport(text=None, kind="official", external_id=f"{NIGHT}/national",
                                outlet="Ukrainian Air Force", source_type="official", published=NIGHT,
                                title="official dataset: national figures"),
                      record(drones_launched=200, drones_destroyed=185), "official-import/1")
    store.save_report(NewReport(text=AIR_FORCE, outlet="Air Force statement", source_type="official",
                                published=NIGHT, source_url="https://example.org/af/0812"),
                      record(drones_launched=210, drones_destroyed=190,
                             evidence={"drones_launched": evidence(AIR_FORCE, "210"),
                                       "drones_destroyed": evidence(AIR_FORCE, "190")}), "test/1")
    store.save_report(NewReport(text=WIRE, outlet="Example Wire", source_type="wire", published=NIGHT,
                                source_url="javascript:alert(1)"),
                      record(drones_launched=230, bounds={"drones_launched": "lower"},
                             evidence={"drones_launched": evidence(WIRE, "more than 230")}), "test/1")
    store.save_report(NewReport(text=GOVERNOR, outlet="Poltava governor", source_type="outlet",
                                published=NIGHT, source_url="https://example.org/poltava"),
                      record(drones_destroyed=14, scope="regional", oblasts=["Poltava Oblast"],
                             evidence={"drones_destroyed": evidence(GOVERNOR, "14")}), "test/1")
    consolidate.refresh(store)
    return store


def test_the_reconciliation_puts_every_source_beside_the_official_record(night_store):
    result = reconcile_night(night_store, NIGHT)
    assert list(result.sources["source"]) == ["Ukrainian Air Force", "Air Force statement", "Example Wire",
                                              "Poltava governor"]
    assert list(result.sources["kind"]) == ["official dataset", "official statement", "wire agency",
                                            "regional or local account"]
    # the wire's "more than 230" is a lower bound above the official exact figures: the night takes it
    assert result.row["drones_launched"] == 230
    figures = result.figures.set_index(["figure", "source"])
    wire = figures.loc[("drones_launched", "Example Wire (#3)")]
    assert (wire["value"], wire["bound"], wire["chosen"]) == (230, "lower", True)
    assert wire["sentence"] == WIRE
    assert wire["marks"] == [(WIRE.index("more than 230"), WIRE.index("more than 230") + 13)]
    official = figures.loc[("drones_launched", "Ukrainian Air Force (#1)")]
    assert (official["value"], official["sentence"], official["chosen"]) == (200, NO_TEXT, False)
    statement = figures.loc[("drones_destroyed", "Air Force statement (#2)")]
    assert (statement["value"], statement["sentence"]) == (190, AIR_FORCE)
    # both official, published the same day: the later-stored statement's 190, not the dataset's 185
    assert result.row["drones_destroyed"] == 190
    assert statement["chosen"]
    assert not figures.loc[("drones_destroyed", "Ukrainian Air Force (#1)"), "chosen"]
    governor = figures.loc[("drones_destroyed", "Poltava governor (#4)")]
    assert governor["note"].startswith("Poltava Oblast only") and not governor["chosen"]

    grid = result.grid.set_index("figure")
    assert grid.loc["drones_launched", "night"] == "230 or more"  # the night's value is a bound too
    assert grid.loc["drones_launched", "Example Wire (#3)"] == "230 or more ✓"
    assert grid.loc["drones_launched", "Ukrainian Air Force (#1)"] == "200"
    assert grid.loc["drones_destroyed", "Poltava governor (#4)"] == "14 (Poltava Oblast only)"
    assert grid.loc["drones_launched", "why"] == result.row["choices"]["drones_launched"]
    assert grid.loc["drones_launched", "why"].startswith("chosen: Example Wire")
    # only web addresses become links
    assert list(result.sources["url"].fillna("none")) == ["none", "https://example.org/af/0812", "none",
                                                          "https://example.org/poltava"]


def test_only_web_addresses_are_links():
    assert web_link("https://example.org/x") == "https://example.org/x"
    assert web_link("javascript:alert(1)") is None
    assert web_link("/tmp/report.txt") is None
    assert web_link(None) is None


def test_the_night_page_opens_the_night_in_the_url(night_store):
    app = open_page("night", {"night": NIGHT.isoformat()})
    assert not app.error
    assert app.subheader[0].value == f"Night of {formatting.fmt_date(NIGHT)}"
    grid = app.dataframe[0].value.set_index("figure")
    assert grid.loc["Drones launched", "night"] == "230 or more"
    assert grid.loc["Drones launched", "Example Wire (#3)"] == "230 or more ✓"
    assert grid.loc["Drones shot down", "night"] == "190"
    assert grid.loc["Drones shot down", "Air Force statement (#2)"] == "190 ✓"
    assert grid.loc["Drones shot down", "why"].startswith("chosen: Air Force statement (official, exact)")
    # the sentences are Markdown with the value's words marked since issue 14 (a table before)
    launched = next(m.value for m in app.markdown if m.value.startswith("**Drones launched**"))
    start = WIRE.index("more than 230")
    assert (f"{escape_markdown(WIRE[:start])}:orange-background[more than 230]:orange[ ‹drones launched›]"
            f"{escape_markdown(WIRE[start + 13:])}") in launched
    shot_down = next(m.value for m in app.markdown if m.value.startswith("**Drones shot down**"))
    assert ":green-background[190]:green[ ‹drones shot down›]" in shot_down and "**190 ✓**" in shot_down
    sources = app.dataframe[1].value
    assert list(sources["report"]) == [f"reports?report={i}" for i in (1, 2, 3, 4)]
    assert app.query_params["night"] == NIGHT.isoformat()
    assert "Drones launched" in app.warning[0].value  # the official figures disagree with the wire's


def test_the_night_page_says_when_no_report_falls_on_the_night(night_store):
    app = open_page("night", {"night": "2025-08-20"})
    assert not app.error
    assert "No report falls on the night of 2025-08-20" in app.info[0].value
    assert "2025-08-12" in app.info[0].value


def test_the_night_page_defaults_to_the_last_night(night_store):
    app = open_page("night")
    assert app.query_params["night"] == NIGHT.isoformat()
    assert app.subheader[0].value == f"Night of {formatting.fmt_date(NIGHT)}"


def test_the_overview_reports_and_data_pages_link_to_the_night(night_store):
    overview = open_page("overview")
    [link] = [element for element in overview.get("page_link") if "Reconcile" in element.proto.label]
    assert link.proto.page.endswith("night") and "night=2025-08-12" in link.proto.query_string
    reports = open_page("reports", {"report": "2"})
    [link] = [element for element in reports.get("page_link") if "Reconcile" in element.proto.label]
    assert "night=2025-08-12" in link.proto.query_string
    data = open_page("data")
    assert list(data.dataframe[0].value["reconcile"]) == ["night?night=2025-08-12"]


def test_a_page_run_on_its_own_links_to_the_night_by_address(night_store):
    from streamlit.testing.v1 import AppTest

    from tests.dashboard.conftest import ROOT

    app = AppTest.from_file(str(ROOT / "views" / "overview.py"), default_timeout=60)
    app.run()
    assert not app.exception
    assert any("](night?night=2025-08-12)" in block.value for block in app.markdown)


def test_marked_sentence_finds_the_words_in_each_sentence():
    from salvo.reconcile import marked_sentence

    first = {**evidence(AIR_FORCE, "190"), "start": 100 + AIR_FORCE.index("190"), "sentence_start": 100}
    second = {"text": "14", "sentence": GOVERNOR}  # no offsets: the first match in the sentence
    joined, marks = marked_sentence([first, second])
    assert joined == f"{AIR_FORCE} … {GOVERNOR}"
    assert [joined[start:end] for start, end in marks] == ["190", "14"]
    assert marks[1][0] == len(AIR_FORCE) + 3 + GOVERNOR.index("14")
    assert marked_sentence({"text": "about 40"}) == ("about 40", [(0, 8)])  # words without a sentence
    assert marked_sentence({"text": "99", "sentence": AIR_FORCE}) == (AIR_FORCE, [])  # not in it: no mark
    assert marked_sentence(None) == ("", [])


def test_an_upper_bound_reads_as_one_in_the_grid(empty_store):
    # "nearly 90 people were injured" beside an exact 97: the 90 is no exact figure
    for outlet, injured, bounds in (("Outlet A", 90, {"injured": "upper"}), ("Outlet B", 97, {})):
        empty_store.save_report(NewReport(text=None, kind="curated", external_id=outlet, outlet=outlet,
                                          source_type="outlet", published=NIGHT),
                                record(injured=injured, bounds=bounds), "test/1")
    consolidate.refresh(empty_store)
    grid = reconcile_night(empty_store, NIGHT).grid.set_index("figure")
    assert grid.loc["injured", "Outlet A (#1)"] == "up to 90"
    assert grid.loc["injured", "Outlet B (#2)"] == "97 ✓"
    assert grid.loc["injured", "night"] == "97"
