"""Shared page helpers: the empty frame, the Data page's table and downloads, evidence marking."""
from __future__ import annotations

import datetime as dt
import io
import re

import pandas as pd
import pytest

from salvo import export
from salvo.dashboard import data as ui
from salvo.dashboard import downloads, formatting, previews, report_listing
from salvo.dashboard.formatting import escape_markdown
from salvo.security import neutralise_formulas
from tests.dashboard.synthetic import attack_frame, empty_attack_frame


def test_empty_frame_has_the_documented_columns_and_dtypes():
    ours = ui.empty_attack_frame()
    documented = empty_attack_frame()
    assert list(ours.columns) == list(documented.columns)
    assert ours.dtypes.astype(str).to_dict() == documented.dtypes.astype(str).to_dict()


def test_display_table_flattens_lists_and_names_the_conflicting_fields():
    frame = attack_frame(nights=31)
    table = downloads.display_table(frame)
    assert table.loc[0, "attack_date"] == "2025-06-01"
    assert table.loc[0, "sources"] == "; ".join(frame.loc[0, "sources"])
    assert table.loc[30, "conflict_fields"] == "drones_launched"
    assert table.loc[0, "conflict_fields"] == ""
    assert "conflicts" not in table.columns  # the candidates stay in the store: the downloads join them
    assert table.loc[0, "report_ids"] == "1; 2"
    assert str(table["drones_launched"].dtype) == "Int64"


def test_columns_beyond_the_contract_flatten_too():
    frame = attack_frame(nights=2)
    frame["models"] = [{}, {"Shahed-136": {"launched": 5}}]
    frame["sites"] = [[1, 2], []]  # a column the store may add beside the documented ones
    table = downloads.display_table(frame)
    assert list(table["models"]) == ["", '{"Shahed-136":{"launched":5}}']
    assert list(table["sites"]) == ["1; 2", ""]
    assert export.export_bytes(table, "parquet")


@pytest.mark.parametrize("cell", ["=HYPERLINK(\"http://x\")", "+1+1", "-2+3", "@SUM(A1)", "\tx", "\rx"])
def test_formula_cells_are_neutralised(cell):
    table = pd.DataFrame({"sources": [cell], "n": [5]})
    safe = neutralise_formulas(table)
    assert safe.loc[0, "sources"] == "'" + cell
    assert safe.loc[0, "n"] == 5


def test_plain_text_and_numbers_are_left_alone():
    table = pd.DataFrame({"sources": ["Reuters"], "killed": pd.array([-1], dtype="Int64")})
    assert neutralise_formulas(table).equals(table)


def test_downloads_hold_exactly_the_rows_shown():
    frame = attack_frame(nights=12)
    frame.at[3, "sources"] = ["=cmd|' /C calc'!A0"]
    table = downloads.display_table(frame)

    from_csv = pd.read_csv(io.BytesIO(export.export_bytes(table, "csv")), keep_default_na=False)
    assert list(from_csv.columns) == list(table.columns)
    assert list(from_csv["attack_date"]) == list(table["attack_date"])
    assert from_csv.loc[3, "sources"] == "'=cmd|' /C calc'!A0"

    from_xlsx = pd.read_excel(io.BytesIO(export.export_bytes(table, "xlsx")))
    assert len(from_xlsx) == 12
    assert from_xlsx.loc[3, "sources"].startswith("'=")
    assert list(from_xlsx["total_launched"]) == list(table["total_launched"])

    from_parquet = pd.read_parquet(io.BytesIO(export.export_bytes(table, "parquet")))
    pd.testing.assert_frame_equal(from_parquet, table, check_dtype=False)


def test_evidence_spans_and_marks_are_plain_text():
    text = "The enemy launched 550 drones; <b>270</b> were shot down."
    evidence = {"drones_launched": {"start": 19, "end": 22},
                "drones_destroyed": [{"span": [34, 37]}],
                "total_launched": {"start": 19, "end": 29},
                "bogus": {"start": 500, "end": 510, "text": "elsewhere"}}
    spans = report_listing.evidence_spans(evidence, text)
    assert set(spans["field"]) == {"drones_launched", "drones_destroyed", "total_launched", "bogus"}
    assert spans.set_index("field").loc["drones_destroyed", "words"] == "270"
    # colour marks replaced the ⟦field: words⟧ brackets with issue 14: same spans, same merging
    marks = report_listing.merged_marks(text, spans)
    assert marks == [(19, 29, ["drones_launched", "total_launched"]), (34, 37, ["drones_destroyed"])]
    marked = formatting.highlighted_markdown(text, marks)
    assert marked == ("The enemy launched :orange-background[550 drones]:orange[ ‹drones launched\\, weapons "
                      "launched›]\\; \\<b\\>:green-background[270]:green[ ‹drones shot down›]\\<\\/b\\> were "
                      "shot down\\.")


# An unescaped Streamlit directive opener (":red[", ":orange-background[", ":material/…:").
DIRECTIVE = re.compile(r"(?<!\\):[a-z/_-]+[\[:]")


@pytest.mark.parametrize("hostile", [
    "<script>alert(1)</script> <img src=x onerror=alert(2)>",
    "[click](javascript:alert(1)) ![x](https://evil.example/p.png) <https://evil.example>",
    ":red[RED] :orange-background[fake mark] :material/warning: $$x^2$$ **bold** `code`",
    "] :red[close the mark early] [",
    "    indented like code\n# heading\n> quote\n- item\n1. item\n---",
    "https://bare.example www.bare.example mail@bare.example",
])
def test_marked_report_text_stays_inert(hostile):
    """Only the marks are Markdown: whatever the report holds, inside a mark or outside, reaches
    the page escaped, so no link, HTML, directive, heading or list comes of it."""
    text = f"Overnight {hostile} the enemy launched 40 drones {hostile} and 35 were shot down."
    start = text.index("40 drones")
    marks = [(start - len(hostile) - 1, start + 9, ["drones_launched"]),  # a mark holding the payload
             (text.index("35"), text.index("35") + 2, ["drones_destroyed"])]
    marked = formatting.highlighted_markdown(text, marks)
    assert DIRECTIVE.findall(marked) == [":orange-background[", ":orange[", ":green-background[", ":green["]
    unescaped = re.sub(r"\\[!-/:-@\[-`{-~]", "", marked.replace(formatting.WORD_JOINER, ""))
    for markup in ("<", ">", "](", "**", "`", "$", "#", "!["):
        assert markup not in unescaped, markup
    assert not re.search(r"https?://|www\.|\w@\w", marked)  # bare addresses split: never linked
    assert all(not line.startswith((" ", "\t")) for line in marked.split("\n"))  # no code block
    # the reader still sees every character: unescaping gives back the text (line breaks kept)
    shown = re.sub(r"\\([!-/:-@\[-`{-~])", r"\1", marked.replace(formatting.WORD_JOINER, ""))
    assert re.sub(r"\s+", " ", hostile.strip()) in re.sub(r"\s+", " ", shown)


def test_the_night_pages_sentences_mark_each_figures_words():
    rows = [{"figure": "drones_destroyed", "source": "Air Force (#1) [x](javascript:y)", "value": 104,
             "bound": "exact", "note": "", "chosen": True, "marks": [(12, 29)],
             "sentence": "Air defence downed 104 drones <i>overnight</i>."},
            {"figure": "drones_destroyed", "source": "Odesa governor (#2)", "value": 12, "bound": "lower",
             "note": "Odesa Oblast only", "chosen": False, "marks": [],
             "sentence": "(the record keeps no sentence for it)"}]
    listing = formatting.sentence_list("Drones shot down", rows).split("\n")
    assert listing[0] == "**Drones shot down**"
    assert listing[2] == ("- Air Force \\(\\#1\\) \\[x\\]\\(javascript\\:y\\): **104 ✓** · Air defence "
                          ":green-background[downed 104 drones]:green[ ‹drones shot down›] \\<i\\>overnight"
                          "\\<\\/i\\>\\.")
    assert listing[3].startswith("- Odesa governor \\(\\#2\\): **12 \\(lower\\) — Odesa Oblast only** · ")


def test_escape_markdown_defuses_markup():
    escaped = escape_markdown("[x](javascript:alert(1)) <b>**y**</b>")
    assert "<b>" not in escaped and "](" not in escaped and "**" not in escaped


def test_night_conflicts_lists_every_candidate_from_the_store(populated_store):
    conflicts = report_listing.night_conflicts(populated_store, dt.date(2025, 7, 4))
    # columns renamed for readers with issue 14 ("Figure", "Value", "Source"; "Chosen" added)
    launched = conflicts[conflicts["Figure"] == "Drones launched"]
    assert list(launched["Source"]) == ["Ukrainian Air Force", "Example Wire"]  # the chosen value first
    assert list(launched["Value"]) == ["550", "539"]
    assert list(launched["Chosen"]) == ["chosen", ""]
    # which value won and why, beside it (issue 14 item 8)
    assert launched["Why"].iloc[0].startswith("chosen: Ukrainian Air Force (official, exact)")
    assert launched["Why"].iloc[1] == ""
    # the totals follow the drones; the figures the sources agree on (missiles, killed) are no conflict
    assert set(conflicts["Figure"]) == {"Drones launched", "Weapons launched"}
    assert report_listing.night_conflicts(populated_store, dt.date(2025, 7, 10)).empty  # one source only
    assert report_listing.night_conflicts(populated_store, dt.date(2025, 1, 1)).empty  # no such night
    assert report_listing.night_conflicts(populated_store, None).empty


def download(version: str, view: str, fmt: str, frame: pd.DataFrame) -> bytes:
    """What the Data page's download button of ``fmt`` gives for the shown nights ``frame``."""
    return downloads.download_data(version, view, fmt, frame, "salvo-attacks")()


def csv_from_zip(data: bytes, stem: str = "salvo-attacks") -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """The CSV download's table, metadata and annotations (the zip of salvo.export.csv_bundle)."""
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        names = [f"{stem}.csv", f"{stem}.about.csv", f"{stem}.annotations.csv"]
        assert sorted(bundle.namelist()) == sorted(names)
        return tuple(pd.read_csv(bundle.open(name), keep_default_na=False, dtype={"value": str})
                     for name in names)


def test_downloads_carry_every_nights_full_conflicts_from_the_store(populated_store):
    import json

    from salvo import table as attack_table

    version = f"{populated_store.url}#{populated_store.data_version()}"
    frame = attack_table.load_attacks(populated_store)  # the Data page's filtered, typed rows
    shown = downloads.display_table(frame)
    assert list(shown["conflict_fields"]) == ["drones_launched; total_launched", ""]
    expected = populated_store.get_attack(dt.date(2025, 7, 4))["conflicts"]

    # the CSV download is a zip of the CSV and its metadata since issue 14: same CSV inside
    from_csv, _about, _notes = csv_from_zip(download(version, "all", "csv", frame))
    columns = list(shown.columns)
    columns.insert(columns.index("sources") + 1, "source_urls")  # added with issue 14
    assert list(from_csv.columns) == [*columns[: columns.index("conflict_fields") + 1], "conflicts",
                                      *columns[columns.index("conflict_fields") + 1:]]
    assert json.loads(from_csv.loc[0, "conflicts"]) == expected
    assert from_csv.loc[1, "conflicts"] == ""
    from_xlsx = pd.read_excel(io.BytesIO(download(version, "all", "xlsx", frame)))
    assert json.loads(from_xlsx.loc[0, "conflicts"]) == expected
    from_parquet = pd.read_parquet(io.BytesIO(download(version, "all", "parquet", frame)))
    assert json.loads(from_parquet.loc[0, "conflicts"]) == expected

    one_night = frame[frame["attack_date"] == "2025-07-10"]  # a filtered view
    only, _about, _notes = csv_from_zip(download(version, "10 July", "csv", one_night))
    assert list(only["attack_date"]) == ["2025-07-10"] and list(only["conflicts"]) == [""]


def test_choices_table_explains_each_figure_and_keeps_regional_ones_apart():
    night = pd.Series({
        "drones_destroyed": 104, "killed": pd.NA,
        "choices": {"drones_destroyed": "chosen: Ukrainian Air Force (official, exact)",
                    "killed": "no national figure"},
        "regional_figures": {"Odesa Oblast": {"drones_destroyed": 12}},
    })
    table = formatting.choices_table(night)
    assert table.to_dict("records") == [
        {"Figure": "Drones shot down", "Value": "104",
         "Why": "chosen: Ukrainian Air Force (official, exact)"},
        {"Figure": "Killed", "Value": "—", "Why": "no national figure"},
        {"Figure": "Drones shot down — Odesa Oblast only", "Value": "12",
         "Why": "a regional or local figure: not the night's"},
    ]


def test_choices_table_shows_each_places_casualties_with_its_source():
    night = pd.Series({
        "killed": 5,
        "choices": {"killed": "chosen: Ukrainian Air Force (official, exact)",
                    "killed:Kyiv": "chosen: Reuters (wire), highest count of the official and wire sources; "
                                   "also: Kyiv City administration 1"},
        "casualties_by_place": {"Kyiv": {"oblast": "Kyiv City", "killed": 2}},
    })
    assert formatting.choices_table(night).to_dict("records")[1] == {
        "Figure": "Killed — Kyiv", "Value": "2",
        "Why": "chosen: Reuters (wire), highest count of the official and wire sources; "
               "also: Kyiv City administration 1"}


def test_period_help_says_why_no_change_is_shown():
    row = pd.Series({"current": 347, "previous": pd.NA, "change": pd.NA, "current_covered": 1,
                     "previous_covered": 0, "current_nights": 1, "previous_nights": 1})
    text = formatting.period_help(row, 7)
    assert "Last 7 days: 347 (1 of 1 attack nights give it); the 7 before: — (0 of 1" in text
    assert text.endswith("No change shown: the periods' coverage is not comparable.")


def test_dashes_shows_a_missing_count_as_a_dash_never_none():
    table = pd.DataFrame({"night": ["2026-03-01", "2026-03-02"],
                          "launched": pd.array([1200, pd.NA], dtype="Int64")})
    shown = formatting.dashes(table)
    assert list(shown["launched"]) == ["1,200", "—"] and list(shown["night"]) == ["2026-03-01", "2026-03-02"]


def test_every_attack_table_column_has_a_human_heading():
    labels = formatting.column_labels(list(ui.empty_attack_frame().columns))
    assert labels["drones_destroyed"] == "Drones shot down" and labels["choices"] == "Why"
    assert all(heading != name for name, heading in labels.items())  # none left as the data name


def test_downloads_carry_the_reports_urls_and_an_about_sheet(populated_store):
    from salvo import table

    frame = table.attack_table(populated_store)
    version = f"{populated_store.url}#{populated_store.data_version()}"
    rows = downloads.download_table(version, frame).set_index("attack_date")
    # typed as the CLI's rows (issue 14): the URLs and ids stay lists until a file flattens them
    assert rows.loc["2025-07-04", "source_urls"] == ["https://example.org/af/0704", "https://example.org/wire/0704"]
    assert rows.loc["2025-07-04", "report_ids"] == frame["report_ids"].iloc[0]
    xlsx = download(version, "all nights", "xlsx", frame)
    sheets = pd.read_excel(io.BytesIO(xlsx), sheet_name=None)
    about = dict(zip(sheets["about"]["item"], sheets["about"]["value"].astype(str), strict=True))
    assert about["view"] == "all nights" and about["attack nights"] == "2"
    assert about["data version"] == str(populated_store.data_version())
    parquet = pd.read_parquet(io.BytesIO(download(version, "all nights", "parquet", frame)))
    assert parquet.attrs["salvo"]["view"] == "all nights"
    from_csv, about_csv, _notes = csv_from_zip(download(version, "all nights", "csv", frame))
    about = dict(zip(about_csv["item"], about_csv["value"], strict=True))
    assert about["view"] == "all nights" and about["data version"] == str(populated_store.data_version())
    assert from_csv.loc[0, "source_urls"] == "https://example.org/af/0704; https://example.org/wire/0704"


def test_the_data_pages_parquet_is_the_command_lines(populated_store, tmp_path):
    """The Data page's Parquet download and `python -m salvo export --format parquet` write the
    same typed rows (lists stay lists, counts stay nullable integers)."""
    from salvo import export, table

    version = f"{populated_store.url}#{populated_store.data_version()}"
    frame = table.attack_table(populated_store)
    page = pd.read_parquet(io.BytesIO(download(version, "all", "parquet", frame)))
    written = export.write_export(table.export_frame(populated_store), "parquet", tmp_path / "a.parquet")
    cli = pd.read_parquet(written)
    pd.testing.assert_frame_equal(page, cli)
    assert str(page["killed"].dtype) == "Int64" and list(page["report_ids"].iloc[0]) == [1, 2]


def test_the_data_page_shows_a_dash_for_a_missing_figure_and_counts_that_sort():
    frame = attack_frame(nights=12)  # night 5: no source gave the hits or the suppressed figure
    shown = downloads.shown_table(frame)
    assert shown.loc[5, "hit_locations"].strip("\u2007") == "—"
    assert shown.loc[0, "drones_launched"].strip("\u2007") == f"{frame.loc[0, 'drones_launched']:,}"
    assert len(set(map(len, shown["drones_launched"]))) == 1  # padded alike: the text sorts as the numbers
    assert not shown.isna().any().any()


def test_the_data_page_cuts_a_cell_too_long_for_its_grid_and_the_downloads_keep_it_whole(tmp_path):
    frame = attack_frame(nights=3)
    # night 1 as at hundreds of reports a night: its "Why" lists every other report's figure
    others = ", ".join(f"report {number} 412" for number in range(90_000, 90_400))
    frame.at[1, "choices"] = {"drones_launched": f"chosen: Example Wire (wire, exact); also: {others}"}
    frame.at[2, "choices"] = {"drones_launched": "chosen: Example Wire (wire, exact)"}
    whole = downloads.display_table(frame).loc[1, "choices"]
    assert len(whole) > downloads.MAX_SHOWN_CHARS
    shown = downloads.shown_table(frame)
    cut = shown.loc[1, "choices"]
    assert cut == (f"{whole[:downloads.MAX_SHOWN_CHARS]} … "
                   f"{len(whole) - downloads.MAX_SHOWN_CHARS:,} more characters")
    assert shown.loc[2, "choices"] == downloads.display_table(frame).loc[2, "choices"]  # short: as it is
    assert shown.loc[1, "sources"] == downloads.display_table(frame).loc[1, "sources"]
    written = export.write_export(frame, "parquet", tmp_path / "nights.parquet")
    assert pd.read_parquet(written).loc[1, "choices"] == whole  # the download: whole


def test_the_preview_warns_before_commit_when_a_text_would_not_count():
    warning = previews.preview_warning({"is_attack_report": False})
    assert "does not read as a report of an air attack" in warning
    assert "No attack night" in previews.preview_warning({"is_attack_report": True, "attack_date": None})
    assert previews.preview_warning({"is_attack_report": True, "attack_date": "2026-03-01"}) is None


def test_the_conflicts_say_when_an_analyst_overrode_every_source(populated_store):
    report_listing.save_night_correction(populated_store, dt.date(2025, 7, 4), "drones_launched", "545",
                                         "the Air Force's evening update", "Olena")
    conflicts = report_listing.night_conflicts(populated_store, dt.date(2025, 7, 4))
    launched = conflicts[conflicts["Figure"] == "Drones launched"]
    assert list(launched["Chosen"]) == ["", ""]  # the night took neither source's value
    assert launched["Why"].iloc[0].startswith("corrected by Olena (the Air Force's evening update)")
