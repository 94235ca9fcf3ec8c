"""Every page in AppTest: no exception, its key elements, on the synthetic frame, on an empty
store and on a real store filled through the ingest API."""
from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from salvo.dashboard import data as ui
from salvo.dashboard import formatting, maps, report_listing, salvos
from salvo.dashboard.filters import Filters, apply_filters
from salvo.dashboard.formatting import escape_markdown
from salvo.dashboard.pages import PAGE_NAMES
from tests.dashboard.conftest import APP, REPORTS, ROOT

QUERY = {"from": "2025-07-01", "to": "2025-08-31", "weapon": "drones,cruise", "oblast": "Kyiv City",
         "source": "official,wire"}


def open_page(name: str, query: dict[str, str] | None = None) -> AppTest:
    """Run app.py (the entry page, with the sidebar) and then switch to the page.

    AppTest's switch_page runs the page alone, without app.py's sidebar; the filters the first
    run read from the URL stay in session state, as they do between pages in the real app.
    """
    app = AppTest.from_file(APP, default_timeout=60)
    app.query_params.update(query or {})
    app.run()
    if name != "overview":
        app.switch_page(f"views/{name}.py")
        app.run()
    assert not app.exception, [e.value for e in app.exception]
    return app


def elements(app: AppTest, kind: str) -> list:
    return list(app.get(kind))


def infos(app: AppTest) -> str:
    return " ".join(box.value for box in app.info)


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_runs_on_synthetic_data(serve_synthetic, empty_store, name):
    app = open_page(name)
    assert not app.error
    if name != "reports":  # reports come from the (empty) store, not from the attack frame
        assert ui.EMPTY_MESSAGE not in infos(app)


def test_overview_shows_the_last_night_and_periods(serve_synthetic, empty_store):
    app = open_page("overview")
    last = serve_synthetic.iloc[-1]
    assert app.metric[0].label == "Launched"
    assert app.metric[0].value == f"{last['total_launched']:,}"
    headers = [h.value for h in app.subheader]
    assert headers[0] == f"Last attack night: {formatting.fmt_date(last['attack_date'])}"
    assert "Last 7 days against the 7 before" in headers and "Largest attacks" in headers
    assert any(c.value.startswith("Data as of the night of") for c in app.caption)
    assert any(m.label.startswith("All weapons, last 30 days") for m in app.metric)


def test_timeline_and_rates_draw_their_charts(serve_synthetic, empty_store):
    # The Timeline opens on its headline chart; its class and family charts are built when their
    # expander is opened, and a link that says so (mix=true) opens it again (the browser tests
    # check that opening it puts mix=true in the link).
    timeline = open_page("timeline")
    assert len(elements(timeline, "plotly_chart")) == 1
    timeline.session_state["mix"] = True
    timeline.run()
    assert len(elements(timeline, "plotly_chart")) == 3
    assert len(elements(open_page("timeline", {"mix": "true"}), "plotly_chart")) == 3
    rates = open_page("interception", {"definition": "shot_down_or_suppressed"})
    assert len(elements(rates, "plotly_chart")) == 2
    assert "rate = shot down or suppressed ÷ launched" in infos(rates)


def test_map_draws_a_deck(serve_synthetic, empty_store):
    app = open_page("map")
    decks = elements(app, "deck_gl_json_chart")
    assert len(decks) == 1
    assert '"GeoJsonLayer"' in decks[0].proto.json
    assert maps.CITY_LEGEND in [m.value for m in app.markdown]  # hits and debris-only apart, with a legend


def test_every_run_hands_the_browser_the_filters_values(serve_synthetic, empty_store):
    """A rerun sends each filter widget with its value, not only the run that seeded it from the
    URL: a browser that had not drawn the first run's widgets yet (a click during the first run on
    a busy machine) drew the weapon and source filters empty while the view kept them."""
    app = open_page("overview", QUERY)
    app.run()  # the rerun a click asks for
    shown = {"flt_weapon": (["drones", "cruise"], ["Drones (all)", "Cruise missiles"]),
             "flt_oblast": (["Kyiv City"], ["Kyiv City"]),
             "flt_source": (["official", "wire"], ["official", "wire"])}
    for key, (values, labels) in shown.items():
        widget = app.multiselect(key=key)
        assert widget.value == values
        assert widget.proto.set_value  # the browser is told the value instead of keeping its own
        assert list(widget.proto.raw_values) == labels
    for key, day in {"flt_from": "2025-07-01", "flt_to": "2025-08-31"}.items():
        widget = app.date_input(key=key)
        assert widget.proto.set_value
        assert list(widget.proto.value) == [day]


def test_filters_are_restored_from_the_url(serve_synthetic, empty_store):
    app = open_page("overview", QUERY)
    assert app.date_input(key="flt_from").value == dt.date(2025, 7, 1)
    assert app.date_input(key="flt_to").value == dt.date(2025, 8, 31)
    assert app.multiselect(key="flt_weapon").value == ["drones", "cruise"]
    assert app.multiselect(key="flt_oblast").value == ["Kyiv City"]
    assert app.multiselect(key="flt_source").value == ["official", "wire"]
    app.switch_page("views/data.py").run()
    expected = apply_filters(serve_synthetic, Filters.from_query_params(QUERY))
    assert 0 < len(expected) < len(serve_synthetic)
    assert len(app.dataframe[0].value) == len(expected)
    buttons = elements(app, "download_button")
    assert len(buttons) == 3
    # a download is built on the click and leaves the page as it is: no run of the page
    assert all(button.proto.ignore_rerun for button in buttons)


def test_the_timeline_lists_its_salvo_nights_once_asked(serve_synthetic, empty_store):
    expected = serve_synthetic.loc[salvos.salvo_nights(serve_synthetic), "attack_date"].dt.date.tolist()
    assert expected  # the synthetic frame has salvo nights to list
    app = open_page("timeline")
    assert f"Salvo nights in view: {len(expected)}" in [h.value for h in app.subheader]
    listing = next(e for e in app.expander if e.label.startswith("List the"))
    assert listing.label == f"List the {len(expected)} salvo night(s) with their figures and sources"
    assert not [table for table in app.dataframe if "total_launched" in table.value.columns]
    app = open_page("timeline", {"salvos": "true"})
    table = next(table.value for table in app.dataframe if "total_launched" in table.value.columns)
    assert [night.date() for night in table["attack_date"]] == expected


def test_page_options_live_in_the_url(serve_synthetic, empty_store):
    # Sidebar changes are driven in the browser tests: AppTest drops app.py's sidebar on reruns.
    app = open_page("timeline", {"period": "M", "group": "missiles"})
    assert app.radio(key="opt_period").value == "M"
    assert app.radio(key="opt_group").value == "missiles"
    app.radio(key="opt_period").set_value("W").run()
    assert app.query_params["period"] == "W"
    assert app.query_params["group"] == "missiles"


def test_every_run_hands_the_browser_the_page_options(serve_synthetic, empty_store):
    """Like the sidebar's filters, a page option kept in the URL is sent with its value on a rerun
    too, so a browser that had not drawn the first run's radio does not show the default."""
    app = open_page("timeline", {"period": "M", "group": "missiles"})
    app.run()  # the rerun a click asks for
    for key, (value, label) in {"opt_period": ("M", "month"), "opt_group": ("missiles", "Missiles")}.items():
        widget = app.radio(key=key)
        assert widget.value == value
        assert widget.proto.set_value  # the browser is told the choice instead of keeping its own
        assert widget.proto.raw_value == label


def test_a_view_with_no_nights_says_so(serve_synthetic, empty_store):
    app = open_page("timeline", {"from": "2030-01-01"})
    assert "No attack night matches the filters" in infos(app)
    assert not elements(app, "plotly_chart")


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_every_page_runs_on_an_empty_store(empty_store, name):
    app = open_page(name)
    assert not app.error
    if name in ("overview", "timeline", "interception", "map", "reports", "data"):
        assert ui.EMPTY_MESSAGE in infos(app)
    if name == "map":  # Ukraine's shape still draws
        assert len(elements(app, "deck_gl_json_chart")) == 1


def test_overview_reads_the_real_store(populated_store):
    app = open_page("overview")
    assert app.subheader[0].value == "Last attack night: Thu 10 Jul 2025"
    assert (app.metric[0].label, app.metric[0].value) == ("Launched", "418")


def test_reports_lists_and_opens_a_report_with_marked_values(populated_store):
    app = open_page("reports", {"report": "1"})
    assert len(app.dataframe[0].value) == len(REPORTS)
    assert app.header[0].value.startswith("Report 1:")
    # colour marks (Markdown) instead of ⟦field: words⟧ in a code block since issue 14
    text = next(m.value for m in app.markdown if ":orange-background[" in m.value)
    assert ":orange-background[550]:orange[ ‹drones launched›]" in text
    assert ":red-background[2 people]:red[ ‹killed›]" in text
    evidence = app.dataframe[2].value
    assert set(evidence["field"]) >= {"drones_launched", "missiles_launched"}
    conflicts = app.dataframe[3].value  # human column names since issue 14
    assert {"Ukrainian Air Force", "Example Wire"} <= set(conflicts["Source"])
    why = app.dataframe[4].value.set_index("Figure")["Why"]
    assert why["Drones launched"].startswith("chosen: Ukrainian Air Force (official, exact)")


def test_the_data_page_names_the_conflicting_fields_of_the_real_store(populated_store):
    app = open_page("data")
    shown = app.dataframe[0].value.set_index("attack_date")
    assert "conflicts" not in shown.columns  # the candidates are joined into the downloads only
    assert shown.loc["2025-07-04", "conflict_fields"] == "drones_launched; total_launched"
    assert shown.loc["2025-07-10", "conflict_fields"] == ""
    assert len(elements(app, "download_button")) == 3


def button(app: AppTest, label: str):
    [found] = [b for b in app.button if b.label == label]
    return found


def listed_ids(app: AppTest) -> list[int]:
    return [int(i) for i in app.dataframe[0].value["id"]]


def listing_caption(app: AppTest) -> str:
    return next(c.value for c in app.caption if c.value.startswith("Reports "))


def test_reports_are_listed_a_page_at_a_time_with_the_page_in_the_url(populated_store, monkeypatch):
    monkeypatch.setattr(report_listing, "REPORTS_PER_PAGE", 2)
    app = open_page("reports")
    assert listed_ids(app) == [3, 2]  # newest first
    assert listing_caption(app).startswith("Reports 1–2 of 3 matching")
    assert "(page 1 of 2)" in listing_caption(app)
    assert button(app, "← Newer reports").disabled

    button(app, "Older reports →").click().run()
    assert listed_ids(app) == [1]
    assert listing_caption(app).startswith("Reports 3–3 of 3 matching")
    assert app.query_params["page"] == "2"
    assert button(app, "Older reports →").disabled and not button(app, "← Newer reports").disabled

    button(app, "← Newer reports").click().run()
    assert listed_ids(app) == [3, 2]
    assert "page" not in app.query_params


def test_a_shared_link_opens_its_page_and_report_and_an_unknown_page_shows_the_last(populated_store,
                                                                                    monkeypatch):
    monkeypatch.setattr(report_listing, "REPORTS_PER_PAGE", 2)
    app = open_page("reports", {"page": "2", "report": "1"})
    assert listed_ids(app) == [1]
    assert app.header[0].value.startswith("Report 1:")
    app = open_page("reports", {"page": "99"})
    assert listed_ids(app) == [1] and "(page 2 of 2)" in listing_caption(app)
    app = open_page("reports", {"page": "-3"})
    assert listed_ids(app) == [3, 2]


def test_the_report_listing_applies_the_night_and_source_filters(populated_store):
    app = open_page("reports", {"from": "2025-07-05"})
    assert listed_ids(app) == [3]
    assert listing_caption(app).startswith("Reports 1–1 of 1 matching")
    app = open_page("reports", {"to": "2025-07-05"})
    assert listed_ids(app) == [2, 1]
    app = open_page("reports", {"source": "wire"})
    assert listed_ids(app) == [] and listing_caption(app).startswith("Reports 0–0 of 0 matching")


def test_a_correction_needs_a_reason_and_then_reaches_the_table(populated_store):
    from salvo import table

    app = open_page("reports", {"report": "1"})
    app.selectbox[0].select("drones_launched")
    app.text_input[0].input("560")
    button(app, "Save correction").click().run()
    assert app.error and "Not saved" in app.error[0].value
    assert populated_store.corrections(report_id=1) == []

    app.text_input[1].input("Air Force revised the figure at 11:00")
    button(app, "Save correction").click().run()
    assert not app.exception and "Saved: drones_launched 550 → 560" in app.success[0].value
    [correction] = populated_store.corrections(report_id=1)
    assert correction.reason == "Air Force revised the figure at 11:00"
    assert correction.author.startswith("local user ")  # AppTest is a local browser, no editor configured
    night = table.load_attacks(populated_store).set_index("attack_date").loc["2025-07-04"]
    assert night["drones_launched"] == 560


def test_a_night_correction_needs_a_reason_and_then_sets_the_night_s_figure(populated_store):
    from salvo import table

    app = open_page("reports", {"report": "1"})
    night_field = next(box for box in app.selectbox if box.label == "Figure of the night")
    night_field.select("killed")
    value = next(box for box in app.text_input if box.key == "night_value")
    value.input("3")
    button(app, "Save night correction").click().run()
    assert app.error and "Not saved" in app.error[0].value
    assert [c for c in populated_store.corrections() if c.target == "attack"] == []

    next(box for box in app.text_input if box.key == "night_reason").input("Governor's update at noon")
    button(app, "Save night correction").click().run()
    assert not app.exception and any("Saved: killed of the night" in s.value for s in app.success)
    [correction] = [c for c in populated_store.corrections() if c.target == "attack"]
    assert (correction.field, correction.new_value) == ("killed", 3)
    assert correction.reason == "Governor's update at noon"
    night = table.load_attacks(populated_store).set_index("attack_date").loc["2025-07-04"]
    assert night["killed"] == 3 and "killed" in night["corrected_fields"]


def test_a_report_text_is_never_markup(populated_store, test_extractor):
    from salvo.sources import ingest

    hostile = REPORTS[2][3] + " <img src=x onerror=alert(1)> [link](javascript:alert(1))"
    result = ingest.ingest_text(populated_store, hostile, extractor=ingest.Extractor(
        lambda text, published: test_extractor.extract(REPORTS[2][3], published), "test-extractor/1"))
    app = open_page("reports", {"report": str(result.report_id)})
    # the text is Markdown with colour marks since issue 14 (a code block before): escaped, shown as it is
    shown = escape_markdown("<img src=x onerror=alert(1)> [link]")
    text = next(m.value for m in app.markdown if shown in m.value)
    assert not re.search(r"(?<!\\)<|(?<!\\)\]\(|(?<!\\):alert", text)  # no tag, link or directive left
    assert not any("onerror" in m.value for m in app.markdown if m.value != text)  # nowhere else


def test_ingest_previews_then_commits(populated_store):
    before = populated_store.count_reports()
    app = open_page("ingest")
    app.text_area(key="paste_text").input(REPORTS[0][3]).run()
    app.button(key="paste_preview").click().run()
    preview = app.dataframe[0].value.set_index("field")["value"]
    assert preview["drones_launched"] == "550"
    assert populated_store.count_reports() == before  # a preview stores nothing
    app.button(key="paste_commit").click().run()
    assert "Already stored as report 1" in app.success[0].value
    assert populated_store.count_reports() == before  # the same text twice is one report


def test_ingest_commits_a_new_report_to_the_table(populated_store):
    from salvo import table

    text = REPORTS[2][3] + " A later update gave no new figures."
    app = open_page("ingest")
    app.text_area(key="paste_text").input(text).run()
    app.button(key="paste_preview").click().run()
    app.button(key="paste_commit").click().run()
    assert "Stored as new report 4" in app.success[0].value
    assert table.load_attacks(populated_store).set_index("attack_date").loc["2025-07-10", "n_reports"] == 2


def test_ingest_refuses_empty_text_without_storing(populated_store):
    app = open_page("ingest")
    app.text_area(key="paste_text").input("   ").run()
    assert app.button(key="paste_preview").disabled


OFFICIAL_FIXTURES = ROOT / "tests" / "store" / "fixtures"


def test_ingest_imports_the_official_csv_with_progress(empty_store):
    from salvo import table

    daily = (OFFICIAL_FIXTURES / "official_daily.csv").read_bytes()
    weapons = (OFFICIAL_FIXTURES / "weapons.csv").read_bytes()
    app = open_page("ingest")
    # one drop zone takes the CSVs together (or the archive): the weapon table is told by its header
    app.file_uploader(key="official_files").set_value([("missile_attacks_daily.csv", daily, "text/csv"),
                                                       ("weapons.csv", weapons, "text/csv")])
    app.run()
    app.button(key="official_import").click().run()
    assert not app.exception and not app.error
    assert app.success[0].value.startswith("Imported: ")
    nights = table.load_attacks(empty_store)
    assert "2025-03-02" in set(nights["attack_date"].dt.strftime("%Y-%m-%d"))
    assert (nights["source_type"] == "official").any()


def test_the_overview_asks_for_the_official_series_until_an_archive_is_dropped(
    serve_synthetic, empty_store
):
    import io
    import zipfile

    assert ui.OFFICIAL_MISSING in infos(open_page("overview"))
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as zipped:
        daily = (OFFICIAL_FIXTURES / "official_daily.csv").read_bytes()
        zipped.writestr("data/missile_attacks_daily.csv", daily)
        zipped.writestr("data/missiles_and_uav.csv", (OFFICIAL_FIXTURES / "weapons.csv").read_bytes())
    app = open_page("ingest")
    dropped = [("archive.zip", archive.getvalue(), "application/zip")]
    app.file_uploader(key="official_files").set_value(dropped)
    app.run()
    app.button(key="official_import").click().run()
    assert not app.error
    assert escape_markdown("weapon table missiles_and_uav.csv") in app.success[0].value
    assert empty_store.count_reports(kind="official") > 0
    assert ui.OFFICIAL_MISSING not in infos(open_page("overview"))


def test_the_overview_counts_the_official_reports_once_per_data_version(serve_synthetic, empty_store,
                                                                       monkeypatch):
    # the count scans every report (a second at a million): not on every run of the page
    counted = []
    count_reports = type(empty_store).count_reports

    def counting(self, kind=None):
        counted.append(kind)
        return count_reports(self, kind)

    monkeypatch.setattr(type(empty_store), "count_reports", counting)
    for _run in range(3):
        assert ui.OFFICIAL_MISSING in infos(open_page("overview"))
    assert counted.count("official") == 1


def test_the_live_sources_tab_shows_each_status_and_saves_an_editors_sources(
    empty_store, tmp_path, monkeypatch
):
    sources_file = tmp_path / "sources.txt"
    monkeypatch.setenv("SALVO_SYNC_SOURCES", str(sources_file))
    sources_file.write_text("telegram:kpszsu\n", encoding="utf-8")
    empty_store.record_sync_status("telegram:kpszsu", succeeded=True, added=4)
    empty_store.record_sync_status("feed:https://example.org/rss", succeeded=False,
                                   error="the server answered 503")
    assert "Live sources: updated just now from 1 source; 1 failing" in " ".join(
        c.value for c in open_page("overview").caption)
    app = open_page("ingest")
    table = next(frame.value for frame in app.dataframe if "reports added" in frame.value).set_index("source")
    assert table.loc["telegram:kpszsu", "reports added"] == 4
    assert table.loc["feed:https://example.org/rss", "last error"] == "the server answered 503"
    app.text_area(key="sync_sources_text").input("telegram:kpszsu\nnot a source").run()
    app.button(key="sync_sources_save").click().run()
    assert app.error and "line 2" in app.error[0].value
    assert sources_file.read_text(encoding="utf-8") == "telegram:kpszsu\n"  # the good list stays
    app.text_area(key="sync_sources_text").input("telegram:kpszsu\nfeed:https://example.org/rss").run()
    app.button(key="sync_sources_save").click().run()
    assert not app.error and "feed:https://example.org/rss" in sources_file.read_text(encoding="utf-8")


def test_ingest_refuses_a_broken_official_csv_and_stores_nothing(empty_store):
    app = open_page("ingest")
    app.file_uploader(key="official_files").set_value([("daily.csv", b"\x00\x01 not a csv", "text/csv")])
    app.run()
    app.button(key="official_import").click().run()
    assert not app.exception
    assert app.error and app.error[0].value.startswith("Not imported: ")
    assert empty_store.count_reports() == 0


def test_ingest_stores_uploaded_files(populated_store):
    before = populated_store.count_reports()
    upload = (REPORTS[1][3] + " Rescuers worked through the morning.").encode()
    app = open_page("ingest")
    app.file_uploader(key="upload_files").set_value([("wire.txt", upload, "text/plain"),
                                                     ("empty.txt", b"", "text/plain")])
    app.run()
    app.button(key="upload_commit").click().run()
    assert not app.exception
    assert "Added 1 report(s)" in app.success[0].value
    assert any(escape_markdown("empty.txt") in warning.value for warning in app.warning)
    assert populated_store.count_reports() == before + 1


def test_files_uploaded_together_are_counted_as_one_tally(populated_store):
    before = populated_store.count_reports()
    new = (REPORTS[2][3] + " Crews cleared the debris by noon.").encode()
    app = open_page("ingest")
    app.file_uploader(key="upload_files").set_value([("new.txt", new, "text/plain"),
                                                     ("known.txt", REPORTS[0][3].encode(), "text/plain")])
    app.run()
    app.button(key="upload_commit").click().run()
    assert not app.exception
    assert app.success[0].value.startswith("Added 1 report(s); 1 already stored.")
    assert populated_store.count_reports() == before + 1


def test_ingest_of_a_telegram_export_counts_posts_that_are_not_attack_reports(empty_store):
    export = Path(__file__).parents[1] / "fixtures" / "telegram_export.json"
    app = open_page("ingest")
    upload = ("result.json", export.read_bytes(), "application/json")
    app.file_uploader(key="upload_files").set_value([upload])
    app.run()
    app.button(key="upload_commit").click().run()
    assert not app.exception
    message = app.success[0].value
    assert "Added 1 report(s)" in message
    assert "1 channel post(s) were not attack reports" in message
    assert empty_store.count_reports() == 1


def test_ingest_states_the_upload_cap_and_refuses_hostile_files(populated_store):
    import json

    before = populated_store.count_reports()
    app = open_page("ingest")
    assert any("Up to 50 MB per file" in caption.value for caption in app.caption)
    hostile = [("surrogate.json", json.dumps({"text": "drones \ud800"}).encode(), "application/json"),
               ("deep.json", b"[" * 50_000 + b"]" * 50_000, "application/json"),
               ("nul.txt", b"drones\x00\x00", "text/plain")]
    app.file_uploader(key="upload_files").set_value(hostile)
    app.run()
    app.button(key="upload_commit").click().run()
    assert not app.exception
    warnings = " ".join(warning.value for warning in app.warning)
    assert "lone surrogate" in warnings and "nested too deeply" in warnings and "binary" in warnings
    assert populated_store.count_reports() == before


def test_ingest_previews_and_stores_a_url(populated_store, monkeypatch):
    import threading
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    body = (f"<html><head><title>Night of 10 July</title></head><body><article><p>{REPORTS[2][3]}</p>"
            "<p>Crews worked at the sites through the morning.</p></article></body></html>").encode()

    class Page(BaseHTTPRequestHandler):
        def do_GET(self):
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    monkeypatch.setenv("SALVO_FETCH_ALLOW", "127.0.0.1")  # the test's page is served on loopback
    server = ThreadingHTTPServer(("127.0.0.1", 0), Page)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_port}/night-0710"
        before = populated_store.count_reports()
        app = open_page("ingest")
        app.text_input(key="url_input").input(url).run()
        app.button(key="url_preview").click().run()
        assert not app.error, [e.value for e in app.error]
        assert app.dataframe[0].value.set_index("field").loc["drones_launched", "value"] == "400"
        assert populated_store.count_reports() == before
        app.button(key="url_commit").click().run()
        assert app.success[0].value.startswith("Stored as report ")
        assert populated_store.count_reports() == before + 1
    finally:
        server.shutdown()
        thread.join()


def test_ingest_explains_an_unreachable_url(populated_store, monkeypatch):
    monkeypatch.setenv("SALVO_FETCH_ALLOW", "127.0.0.1")
    app = open_page("ingest")
    app.text_input(key="url_input").input("http://127.0.0.1:9/nothing-listens-here").run()
    app.button(key="url_preview").click().run()
    assert not app.exception
    assert app.error[0].value.startswith("Cannot use this address: ")


def test_a_failing_extractor_is_a_message_not_a_crash(empty_store, monkeypatch):
    from salvo.sources import ingest

    def broken(text, published):
        raise StopIteration("extractor bug")

    monkeypatch.setattr(ingest, "default_extractor", lambda: ingest.Extractor(broken, "broken/1"))
    app = open_page("ingest")
    app.text_area(key="paste_text").input(REPORTS[0][3]).run()
    app.button(key="paste_preview").click().run()
    assert not app.exception
    assert escape_markdown("the extractor failed (StopIteration: extractor bug)") in app.error[0].value


def test_ingest_previews_uploaded_files_before_storing(populated_store):
    before = populated_store.count_reports()
    app = open_page("ingest")
    app.file_uploader(key="upload_files").set_value([
        ("night.md", REPORTS[2][3].encode(), "text/markdown"),
        ("blob.txt", b"\xff\xfe\x00\x00" * 10, "text/plain"),
    ])
    app.run()
    app.button(key="upload_preview").click().run()
    assert not app.exception
    assert app.dataframe[0].value.set_index("field").loc["missiles_launched", "value"] == "18"
    assert app.error and app.error[0].value.startswith(escape_markdown("blob.txt"))
    assert populated_store.count_reports() == before


def test_every_page_and_export_survives_a_bad_stored_value(populated_store, tmp_path):
    """Issue 15, item 1: a figure no int column holds, stored by an older Salvo or a hand edit."""
    import json

    from salvo.__main__ import main
    from tests.security.test_magnitudes import HUGE, _poison

    _poison(populated_store, dt.date(2025, 7, 20),
            json.dumps({"attack_date": "2025-07-20", "drones_launched": HUGE, "source_type": "outlet",
                        "n_reports": 1, "oblasts": ["Kyiv City"], "cities": ["Kyiv"]}))
    for name in PAGE_NAMES:
        open_page(name)  # asserts that no exception reached the page
    for fmt in ("csv", "xlsx", "parquet"):
        output = tmp_path / f"out.{fmt}"
        command = ["--database", populated_store.url, "-q", "export", "--format", fmt, "-o", str(output)]
        assert main(command) == 0


def test_a_pages_weapon_control_follows_the_sidebars_weapon_filter(serve_synthetic, empty_store):
    """A shared link asking the Timeline for all weapons while the sidebar keeps cruise missiles only
    shows cruise missiles: the page's control offers only what the sidebar names."""
    app = open_page("timeline", {"weapon": "cruise", "group": "total"})
    control = next(radio for radio in app.radio if radio.label == "Weapons")
    assert list(control.options) == ["Cruise missiles"] and control.value == "cruise"
    assert app.query_params["group"] == "cruise"  # the link now says what is shown
    timeline = json.loads(next(iter(app.get("plotly_chart"))).proto.spec)
    title = timeline["layout"]["title"]["text"]
    assert title.startswith("Cruise missiles: launched and shot down per night, ")
    rates = open_page("interception", {"weapon": "drones"})
    assert list(next(r for r in rates.radio if r.label == "Rolling rate for").options) == [
        "Drones", "Shahed / decoy drones"]
    summary = next(t.value for t in rates.dataframe if "label" in t.value.columns)
    assert set(summary["label"]) == {"Drones", "Shahed / decoy drones"}  # no rate of weapons filtered out


@pytest.mark.parametrize("page", ["timeline", "interception"])
def test_a_pages_weapon_control_says_when_the_sidebar_narrows_it(serve_synthetic, empty_store, page):
    def notes(app) -> list[str]:
        return [c.value for c in app.caption if "follow the sidebar's weapon filter" in c.value]

    assert notes(open_page(page, {"weapon": "missiles"})) == [
        "The weapons offered here follow the sidebar's weapon filter: only the classes and families it "
        "names, never all weapons."]
    assert notes(open_page(page)) == []


def test_the_ingest_preview_warns_before_commit_when_a_text_is_no_attack_report(empty_store, monkeypatch):
    from salvo.sources import ingest

    not_an_attack = ingest.Extractor(lambda text, published: {"is_attack_report": False, "attack_date": None},
                                     "test-extractor/1")
    monkeypatch.setattr(ingest, "default_extractor", lambda: not_an_attack)
    app = open_page("ingest")
    app.text_area(key="paste_text").input("The city council met on Tuesday to approve the budget.").run()
    app.button(key="paste_preview").click().run()
    assert any("does not read as a report of an air attack" in box.value for box in app.warning)
    assert app.button(key="paste_commit")  # the reader decides, warned, before anything is stored
    assert empty_store.count_reports() == 0


def test_the_overview_says_its_view_and_that_a_weapon_filter_keeps_nights_not_figures(serve_synthetic,
                                                                                         empty_store):
    app = open_page("overview", {"weapon": "cruise"})
    assert any("weapons: Cruise missiles" in c.value for c in app.caption)
    assert any("a night's figures stay those of all its weapons" in box.value for box in app.info)
    cruise_nights = serve_synthetic[serve_synthetic["cruise_launched"] > 0]
    # the headline is the night's all-weapons figure, as the note says
    assert app.metric[0].value == f"{cruise_nights.iloc[-1]['total_launched']:,}"
    unfiltered = open_page("overview")
    assert not any("weapon filter" in box.value for box in unfiltered.info)
