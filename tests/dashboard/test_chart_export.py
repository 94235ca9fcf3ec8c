"""Charts for publication (salvo.dashboard.chart_export), their theme on screen, and the nights a
chart's or map's selection leads to (salvo.dashboard.night), on frames built here."""
from __future__ import annotations

import datetime as dt
import struct
import xml.etree.ElementTree as ET
import zlib

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from salvo.dashboard import chart_export, charts, night
from tests.dashboard.synthetic import attack_frame
from tests.dashboard.test_pages import open_page

CONTEXT = chart_export.ExportContext(
    filters="2025-06-01 → 2025-09-28 · weapons: Drones (all) · oblasts: Kharkiv Oblast · sources: official",
    data_version="417", sources="Ukrainian Air Force, Example Wire & Co and 2 more",
    exported=dt.date(2026, 12, 6))
needs_chromium = pytest.mark.skipif(chart_export.export_unavailable() is not None,
                                    reason="exporting images needs Chromium (apt-get install -y chromium)")


def svg_text(svg: bytes) -> str:
    """Every piece of text an SVG draws, joined by spaces (as a reader sees it, entities decoded)."""
    return " ".join(" ".join(ET.fromstring(svg).itertext()).split())


def png_size(png: bytes) -> tuple[int, int]:
    return struct.unpack(">II", png[16:24])


def test_publication_figure_draws_filters_version_and_source_under_a_light_plot():
    figure = charts.themed(charts.timeline_figure(attack_frame(nights=40)), dark=True)
    printed = chart_export.publication_figure(figure, CONTEXT)
    footer = " ".join(note.text for note in printed.layout.annotations)
    assert "Filters: 2025-06-01 → 2025-09-28 · weapons: Drones (all) · oblasts: Kharkiv Oblast" in footer
    assert "Data version 417, exported 2026-12-06" in footer
    # "&" escaped: Plotly reads labels as a little HTML
    assert "figures from Ukrainian Air Force, Example Wire &amp; Co and 2 more" in footer
    assert printed.layout.template.layout.paper_bgcolor == "white"  # the print template, not the dark one
    assert printed.layout.paper_bgcolor == "white"
    assert figure.layout.template.layout.paper_bgcolor == "rgba(0,0,0,0)"  # the screen's figure untouched
    assert not figure.layout.annotations


@needs_chromium
def test_svg_export_carries_title_filters_version_and_source():
    figure = charts.timeline_figure(attack_frame(nights=40), "W")
    svg = chart_export.export_chart(figure, CONTEXT, "svg")
    text = svg_text(svg)
    assert svg.lstrip().startswith(b"<svg")
    # the title names every measure and the nights since issue 14 item 8 (was "…shot down and hits per week")
    assert ("All weapons: launched, shot down, suppressed and locations hit per week, "
            "1 Jun 2025 – 10 Jul 2025") in text
    assert CONTEXT.filters in text
    assert "Data version 417, exported 2026-12-06." in text
    assert "Source: Salvo" in text and "Ukrainian Air Force, Example Wire & Co and 2 more" in text


@needs_chromium
def test_png_export_is_print_sized_and_carries_its_lines_as_metadata():
    figure = charts.rate_summary_figure(attack_frame(nights=40))
    png = chart_export.export_chart(figure, CONTEXT, "png")
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = png_size(png)
    assert width == chart_export.EXPORT_WIDTH * chart_export.PNG_SCALE
    assert height == int(figure.layout.height) * chart_export.PNG_SCALE
    meta = chart_export.png_text(png)
    assert meta["Title"] == ("Interception rate (shot down) by class and family, 95% interval over nights, "
                             "1 Jun 2025 – 10 Jul 2025")  # the nights in the title since issue 14 item 8
    assert meta["Description"] == f"Filters: {CONTEXT.filters}"
    assert "Data version 417" in meta["Source"] and "Example Wire & Co" in meta["Source"]


def test_png_text_chunks_are_valid_and_read_back():
    # a 1x1 PNG written here: signature, IHDR, IDAT, IEND
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(b"\x00\x00")) + chunk(b"IEND", b""))
    marked = chart_export.with_png_text(png, {"Title": "Київ → night", "Source": "a; b"})
    assert chart_export.png_text(marked) == {"Title": "Київ → night", "Source": "a; b"}
    position = 8
    while position < len(marked):  # every chunk's CRC holds
        length, kind = struct.unpack(">I4s", marked[position:position + 8])
        data = marked[position + 8:position + 8 + length]
        (crc,) = struct.unpack(">I", marked[position + 8 + length:position + 12 + length])
        assert crc == zlib.crc32(kind + data)
        position += 12 + length
    with pytest.raises(chart_export.ChartExportError):
        chart_export.with_png_text(b"GIF89a" + b"\x00" * 40, {"Title": "x"})


def test_without_chromium_the_export_says_what_to_install(monkeypatch, tmp_path):
    missing = tmp_path / "no-chromium"
    monkeypatch.setenv(chart_export.BROWSER_ENV, str(missing))
    reason = chart_export.export_unavailable()
    assert reason and str(missing) in reason and "apt-get install -y chromium" in reason
    with pytest.raises(chart_export.ChartExportError, match="apt-get install -y chromium"):
        chart_export.export_chart(charts.timeline_figure(attack_frame(nights=10)), CONTEXT, "png")
    with pytest.raises(chart_export.ChartExportError, match="png or svg"):
        chart_export.export_chart(charts.timeline_figure(attack_frame(nights=10)), CONTEXT, "pdf")


def test_a_dark_page_gets_a_transparent_figure_with_light_text_and_marks():
    figure = charts.timeline_figure(attack_frame())
    assert charts.themed(figure, dark=False) is figure
    dark = charts.themed(figure, dark=True)
    layout = dark.layout.template.layout
    assert layout.paper_bgcolor == "rgba(0,0,0,0)" and layout.plot_bgcolor == "rgba(0,0,0,0)"
    assert layout.font.color == charts.DARK_TEXT
    stars = [trace for trace in dark.data if trace.name == "Salvo night"]
    assert stars and stars[0].marker.color == charts.DARK_TEXT  # black stars would vanish on dark
    assert [t.marker.color for t in figure.data if t.name == "Salvo night"] == ["#000000"]


def frame_of(nights: dict[str, list[str]]) -> pd.DataFrame:
    """Nights (ISO day -> oblasts hit) as the attack frame's columns the selection helpers read."""
    return pd.DataFrame({"attack_date": pd.to_datetime(list(nights)), "oblasts": list(nights.values()),
                         "cities": [[] for _ in nights]})


def test_a_chart_point_leads_to_its_night_or_its_period_nights():
    frame = frame_of({"2025-07-04": ["Kyiv City"], "2025-07-06": [], "2025-07-08": ["Lviv Oblast"],
                      "2025-08-01": ["Kyiv City", "Lviv Oblast"]})
    assert night.period_nights(frame, ["2025-07-06"], "D") == [dt.date(2025, 7, 6)]
    assert night.period_nights(frame, ["2025-07-05"], "D") == []  # a quiet day leads nowhere
    # a week from Monday 30 June holds 4 and 6 July; the month of July all three July nights
    assert night.period_nights(frame, ["2025-06-30"], "W") == [dt.date(2025, 7, 6), dt.date(2025, 7, 4)]
    assert night.period_nights(frame, ["2025-07-01 00:00:00"], "M") == [
        dt.date(2025, 7, 8), dt.date(2025, 7, 6), dt.date(2025, 7, 4)]
    assert night.period_nights(frame, ["not a date", None], "D") == []
    # any moment of a week or month stands for it (the Directions chart's points sit inside theirs)
    assert night.period_nights(frame, ["2025-07-03 14:24:00"], "W") == [
        dt.date(2025, 7, 6), dt.date(2025, 7, 4)]
    assert night.period_nights(frame, ["2025-07-19 09:36:00"], "M") == [
        dt.date(2025, 7, 8), dt.date(2025, 7, 6), dt.date(2025, 7, 4)]
    assert night.place_nights(frame, "oblasts", ["Lviv Oblast"]) == [dt.date(2025, 8, 1), dt.date(2025, 7, 8)]
    # a 7-day rolling point on 8 July covers 2-8 July; the curve past the windows counts its day only
    points = [{"x": "2025-07-08", "curve_number": 0}]
    assert night.window_nights(frame, points, [7]) == [dt.date(2025, 7, 8), dt.date(2025, 7, 6),
                                                       dt.date(2025, 7, 4)]
    assert night.window_nights(frame, [{"x": "2025-07-08", "curve_number": 3}], [7]) == [dt.date(2025, 7, 8)]


def test_a_rate_leads_to_the_nights_it_counts():
    frame = attack_frame(nights=5)
    frame.loc[2, "cruise_destroyed"] = pd.NA  # no rate for cruise missiles that night
    rolling = charts.rolling_rate_figure(frame, "cruise", windows=(7, 30))
    assert charts.rolling_windows(rolling) == [7, 7, 30, 30]
    nights = charts.rated_nights(frame, [charts.GROUPS["cruise"]])
    counted = charts.interception_counts(frame, "cruise", "shot_down")["attack_date"]
    assert nights == sorted((stamp.date() for stamp in counted), reverse=True)
    assert frame.loc[2, "attack_date"].date() not in nights
    assert charts.rated_nights(frame, ["no such group"]) == []


def download_buttons(app: AppTest) -> list[str]:
    """The labels of the buttons that draw a chart's image (each then offers the image drawn)."""
    return [button.label for button in app.button if (button.key or "").endswith("_draw")]


@needs_chromium
# the Timeline with its class and family charts opened (mix=true), as a reader opens them
@pytest.mark.parametrize(("page", "query", "charts_drawn"),
                         [("timeline", {"mix": "true"}, 3), ("interception", {}, 2)])
def test_every_chart_offers_png_and_svg(serve_synthetic, empty_store, page, query, charts_drawn):
    app = open_page(page, query)
    assert download_buttons(app) == ["PNG", "SVG"] * charts_drawn


def test_without_chromium_the_page_says_why_instead_of_offering_downloads(
        serve_synthetic, empty_store, monkeypatch, tmp_path):
    monkeypatch.setenv(chart_export.BROWSER_ENV, str(tmp_path / "no-chromium"))
    app = open_page("interception")
    assert not download_buttons(app)
    notes = [caption.value for caption in app.caption if "need Chromium" in caption.value]
    assert len(notes) == 2 and "apt-get install -y chromium" in notes[0]


def test_the_map_exports_as_a_figure_with_the_pages_shading():
    from salvo.dashboard import map_figure, maps

    frame = frame_of({"2025-07-04": ["Kyiv City"], "2025-07-06": ["Kyiv City", "Lviv Oblast"],
                      "2025-07-08": ["Kyiv City"]}).assign(
        killed=pd.NA, injured=pd.NA, sources=[["Ukrainian Air Force"]] * 3, debris_places=[[]] * 3)
    figure = map_figure.impact_figure(frame)
    shapes = {trace.name: trace for trace in figure.data if trace.fill == "toself"}
    assert len(shapes) == len(maps.oblast_geojson()["features"])
    assert shapes["Kyiv City"].fillcolor == map_figure.hex_colour(maps.ramp_colour(3, 3))
    assert shapes["Lviv Oblast"].fillcolor == map_figure.hex_colour(maps.ramp_colour(1, 3))
    assert shapes["Odesa Oblast"].fillcolor == map_figure.hex_colour(maps.NO_IMPACT_FILL)
    assert list(figure.data).index(shapes["Kyiv City"]) > list(figure.data).index(shapes["Kyiv Oblast"])
    assert [t.name for t in figure.data if t.x == (None,)] == list(maps.legend(3)["nights"])


@needs_chromium
def test_the_map_page_offers_its_map_as_png_and_svg(serve_synthetic, empty_store):
    app = open_page("map")
    assert download_buttons(app) == ["PNG", "SVG"]


def broken_chromium(tmp_path) -> str:
    """An executable that exits at once as a Chromium missing a library does: the export's check
    finds a browser, which then fails when it is asked to draw."""
    browser = tmp_path / "chromium"
    browser.write_text("#!/bin/sh\necho 'error while loading shared libraries: libnss3.so' >&2\nexit 127\n")
    browser.chmod(0o755)
    return str(browser)


def test_a_chromium_that_fails_when_drawing_is_reported_with_the_fix(monkeypatch, tmp_path):
    monkeypatch.setenv(chart_export.BROWSER_ENV, broken_chromium(tmp_path))
    assert chart_export.export_unavailable() is None  # it is there: only drawing shows it broken
    figure = charts.timeline_figure(attack_frame(nights=10))
    with pytest.raises(chart_export.ChartExportError) as raised:
        chart_export.export_chart(figure, CONTEXT, "png")
    message = str(raised.value)
    assert f"Chromium at {tmp_path / 'chromium'} failed while drawing the chart" in message
    assert "apt-get install -y chromium" in message
    assert "Chrome" not in message.replace("Chromium", "")  # never kaleido's advice to download a Chrome


def draw_button(app: AppTest, key: str):
    return next(button for button in app.button if button.key == key)


def test_a_failed_export_says_why_and_offers_no_file(serve_synthetic, empty_store, monkeypatch, tmp_path):
    # Streamlit's own "Failed to generate file for download" comes from a download button whose
    # bytes fail to be made: a button is only ever handed bytes already drawn, so only ours shows
    monkeypatch.setenv(chart_export.BROWSER_ENV, broken_chromium(tmp_path))
    app = open_page("timeline", {"mix": "true"})  # its three charts
    draw_button(app, "timeline_png_draw").click().run()
    assert not app.exception
    assert [error.value for error in app.error] == [
        f"The PNG of this chart could not be made. Chromium at {tmp_path / 'chromium'} failed while drawing "
        "the chart (BrowserFailedError: The browser seemed to close immediately after starting.). Reinstall "
        "it with `apt-get install -y chromium` (or set SALVO_CHROMIUM to a Chromium that starts) and try "
        "again."]
    assert not list(app.get("download_button"))  # nothing to save, no file offered
    assert download_buttons(app) == ["PNG", "SVG"] * 3  # the charts and their buttons stay


@needs_chromium
def test_a_drawn_image_is_offered_to_save_and_a_page_run_drops_it(serve_synthetic, empty_store):
    app = open_page("timeline", {"mix": "true"})  # its three charts
    draw_button(app, "timeline_svg_draw").click().run()
    assert not app.exception and not app.error
    saves = list(app.get("download_button"))
    assert [button.proto.label for button in saves] == ["Save SVG"]
    assert saves[0].proto.url.endswith(".svg")
    assert download_buttons(app) == ["PNG"] + ["PNG", "SVG"] * 2  # the SVG's draw button gave way
    # another period draws other charts: the SVG drawn of the earlier one is no longer offered
    app.radio[0].set_value("M").run()
    assert not list(app.get("download_button")) and download_buttons(app) == ["PNG", "SVG"] * 3


def test_a_browser_failure_reads_as_its_first_line_without_markdown():
    error = RuntimeError("The browser seemed to close immediately after starting.",
                         "You may try installing a known working copy of Chrome by running ",
                         "`$ kaleido_get_chrome`")
    assert chart_export.failure_text(error) == (
        "RuntimeError: The browser seemed to close immediately after starting.")
    assert chart_export.failure_text(TimeoutError()) == "TimeoutError"
    assert chart_export.failure_text(OSError("no `such`\nfile")) == "OSError: no such file"
