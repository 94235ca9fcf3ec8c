"""Annotations on the Timeline: the chart markers (text as text), the page's panel (adding needs
an editor), and attacks.json carrying the notes of its range."""
from __future__ import annotations

import datetime as dt
import json

import pytest

from salvo.dashboard import auth, charts
from tests.dashboard.test_api import filled_store, get  # noqa: F401 -- the API tests' store and client
from tests.dashboard.test_pages import open_page

HOSTILE = '<img src=x onerror=alert(1)> <a href="http://evil.example">air defence</a>'


def test_the_timeline_marks_each_annotated_day_with_its_notes_as_text(synthetic_frame):
    figure = charts.timeline_figure(synthetic_frame, "D")
    day = synthetic_frame["attack_date"].iloc[3].date()
    notes = ((day, "IRIS-T delivered", "Olena"), (day, HOSTILE, "Taras <b>"),
             (day + dt.timedelta(days=9), "Decoys counted apart", "Olena"))
    marked = charts.with_annotations(figure, notes)
    assert len(figure.data) == len(marked.data) - 1 and not figure.layout.shapes  # the cached one stays
    trace = marked.data[-1]
    assert trace.name == "Annotation" and trace.yaxis == "y2"
    assert [str(x)[:10] for x in trace.x] == [day.isoformat(), (day + dt.timedelta(days=9)).isoformat()]
    hover = trace.customdata[0]
    assert hover.startswith("IRIS-T delivered (Olena)<br>")
    assert "&lt;img src=x onerror=alert(1)&gt;" in hover and "<img" not in hover and "<a " not in hover
    assert "(Taras &lt;b&gt;)" in hover
    later = (day + dt.timedelta(days=9)).isoformat()
    assert [shape.x0 for shape in marked.layout.shapes] == [day.isoformat(), later]
    assert charts.with_annotations(figure, ()).to_json() == figure.to_json()


def test_the_timeline_page_draws_the_notes_and_an_editor_adds_one(populated_store):
    populated_store.add_annotation("2025-07-05", "Second IRIS-T battery on duty", author="Olena")
    app = open_page("timeline")
    expander = next(e for e in app.expander if e.label.startswith("Annotations in view"))
    assert expander.label == "Annotations in view: 1"
    assert list(app.dataframe[0].value["note"]) == ["Second IRIS-T battery on duty"]
    charts_json = [json.loads(chart.proto.spec) for chart in app.get("plotly_chart")]
    assert any(trace.get("name") == "Annotation" for spec in charts_json for trace in spec["data"])
    app.date_input(key="annotation_day").set_value(dt.date(2025, 7, 9))
    app.text_input(key="annotation_text").input("Reporting moves to the evening statement")
    next(iter(app.get("form_submit_button"))).click()
    app.run()
    assert not app.exception
    saved = populated_store.annotations()
    assert [a.text for a in saved] == ["Second IRIS-T battery on duty",
                                       "Reporting moves to the evening statement"]
    assert saved[1].author.startswith("local user ")  # AppTest is the local editor
    assert any("Added the note on 2025" in s.value for s in app.success)


def test_a_viewer_sees_the_notes_but_no_form(populated_store, monkeypatch):
    populated_store.add_annotation("2025-07-05", "Second IRIS-T battery on duty", author="Olena")
    monkeypatch.setattr(auth, "editor", lambda: None)
    app = open_page("timeline")
    assert list(app.dataframe[0].value["note"]) == ["Second IRIS-T battery on duty"]
    assert not [t for t in app.text_input if t.key == "annotation_text"]
    assert any("to add annotations you need to sign in" in box.value for box in app.info)


@pytest.mark.usefixtures("filled_store")
def test_attacks_json_carries_the_annotations_of_its_range(empty_store):
    empty_store.add_annotation("2025-01-10", "Patriot delivery announced", author="Olena")
    empty_store.add_annotation("2025-02-10", "Outside January", author="Taras")
    status, _headers, body = get("/api/attacks.json", "from=2025-01-01&to=2025-01-31")
    answer = json.loads(body)
    assert status == 200
    assert [(n["night"], n["text"], n["author"]) for n in answer["annotations"]] == [
        ("2025-01-10", "Patriot delivery announced", "Olena")]
    assert set(answer["annotations"][0]) == {"night", "text", "author", "added_at"}


def test_the_data_pages_downloads_carry_the_notes_of_the_shown_nights(populated_store):
    import io

    import pandas as pd

    from salvo import table
    from salvo.dashboard import downloads

    populated_store.add_annotation("2025-07-06", "IRIS-T battery handed over", author="Olena")
    populated_store.add_annotation("2025-08-15", "After the shown nights", author="Taras")
    version = f"{populated_store.url}#{populated_store.data_version()}"
    shown = table.load_attacks(populated_store)  # 4 and 10 July
    xlsx = downloads.download_data(version, "all", "xlsx", shown, "s")()
    sheet = pd.read_excel(io.BytesIO(xlsx), sheet_name="annotations", dtype=str)
    assert list(zip(sheet["night"], sheet["text"], sheet["author"], strict=True)) == [
        ("2025-07-06", "IRIS-T battery handed over", "Olena")]
    parquet = pd.read_parquet(io.BytesIO(downloads.download_data(version, "all", "parquet", shown, "s")()))
    assert [note["text"] for note in parquet.attrs["annotations"]] == ["IRIS-T battery handed over"]
    import zipfile

    with zipfile.ZipFile(io.BytesIO(downloads.download_data(version, "all", "csv", shown, "s")())) as bundle:
        notes = pd.read_csv(bundle.open("s.annotations.csv"), dtype=str)
    assert list(notes["text"]) == ["IRIS-T battery handed over"]
