"""The official-dataset importer: windows, scopes, combined models, both schemas, the real file."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pandas as pd
import pytest

from salvo import vocabulary
from salvo.sources import official
from salvo.sources.official import OfficialFormatError, classify_model, import_official

from .conftest import SHARED

FIXTURES = Path(__file__).parent / "fixtures"
DAILY = FIXTURES / "official_daily.csv"
REFERENCE = SHARED / "reference"


@pytest.mark.parametrize(
    ("model", "expected"),
    [
        ("Shahed-136/131", ("drone", "shahed")),
        ("X-101/X-555 and Kalibr", ("missile", "cruise")),
        ("X-101/X-555 and Kalibr and X-59/X-69", ("missile", None)),  # cruise + guided: no single family
        ("C-300", ("missile", "ballistic")),
        ("C-300 and Iskander-M", ("missile", "ballistic")),
        ("X-59 and Iskander-M", ("missile", None)),  # guided + ballistic
        ("X-47 Kinzhal", ("missile", "aeroballistic")),
        ("Iskander-M/KN-23", ("missile", "ballistic")),
        ("Молнія", ("drone", None)),
        ("Молнія and Lancet", ("drone", None)),
        ("Orlan-10 and ZALA and Supercam", ("drone", None)),
        ("GBU", ("bomb", None)),
        ("Kh-101 cruise missiles", ("missile", "cruise")),
        ("Shahed-type attack drones", ("drone", "shahed")),
        ("Something New", (None, None)),
    ],
)
def test_models_map_to_class_and_family(model, expected):
    assert classify_model(model) == expected


def test_the_weapon_table_classes_a_model_the_vocabulary_lacks():
    assert classify_model("Fixture Glider") == (None, None)
    categories = official.read_weapon_categories(FIXTURES / "weapons.csv")
    assert classify_model("Fixture Glider", categories["Fixture Glider"]) == ("drone", None)


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("{'south': 49, 'east': NaN, 'north': NaN}", {"south": 49}),
        ("['Kyiv oblast', 'Lutsk oblast']", ["Kyiv oblast", "Lutsk oblast"]),
        ("{}", {}),
        (float("nan"), None),
        ("{'broken': ", None),
    ],
)
def test_dict_and_list_cells_are_read_without_their_nans(cell, expected):
    assert official.parse_cell_literal(cell) == expected


@pytest.mark.parametrize(
    ("source", "scope"),
    [
        ("kpszsu/posts/pfbid0abc", "national"),
        ("https://t.me/kpszsu/44624", "national"),
        ("GeneralStaff.ua/posts/pfbid0abc", "national"),
        ("PvKPivden/posts/pfbid0abc", "regional"),
        ("pvkshid/posts/pfbid0abc", "regional"),
        ("kharkivoda.gov.ua/news/123", "regional"),
        ("https://t.me/war_monitor/27083", "other"),
    ],
)
def test_a_rows_source_gives_its_scope(source, scope):
    assert official.source_scope(source)[0] == scope


def test_a_night_sums_its_national_windows_and_never_adds_the_regional_commands(store):
    result = import_official(store, DAILY, FIXTURES / "weapons.csv")
    assert result.rows == 14 and result.skipped_rows == 1  # the undated row
    assert result.nights == 4
    row = store.get_attack(date(2025, 3, 2))
    # overnight Shahed window + overnight missiles + the morning Kinzhal window; the south's 7 and
    # the east's 3 drones are part of the national count; the guided bombs are no missiles.
    assert (row["drones_launched"], row["drones_destroyed"]) == (80, 60)
    assert (row["missiles_launched"], row["missiles_destroyed"]) == (16, 9)
    assert (row["total_launched"], row["total_destroyed"]) == (96, 69)
    assert (row["suppressed"], row["hit_locations"], row["debris_locations"]) == (15, 4, 3)
    assert (
        row["shahed_launched"],
        row["cruise_launched"],
        row["ballistic_launched"],
        row["aeroballistic_launched"],
    ) == (80, 10, 4, 2)
    assert row["oblasts"] == ["Kyiv Oblast", "Volyn Oblast"]
    assert row["models"]["GBU"] == {"launched": 5, "destroyed": 0}
    assert row["sources"][0] == "Ukrainian Air Force" and row["source_type"] == "official"
    assert not row["has_conflict"] and row["quality_flags"] == []


def test_a_night_only_a_regional_command_reported_keeps_the_figure_as_the_regions(store):
    import_official(store, DAILY)
    row = store.get_attack(date(2025, 3, 3))
    # behaviour changed with issue 14: a regional figure never becomes the night's national one
    assert row["drones_launched"] is None
    assert [figures["drones_launched"] for figures in row["regional_figures"].values()] == [2]
    assert "regional_only" in row["quality_flags"]


def test_a_monitoring_channels_single_strike_is_not_added_to_the_statement(store):
    import_official(store, DAILY)
    row = store.get_attack(date(2025, 3, 5))
    assert (row["drones_launched"], row["missiles_launched"], row["total_launched"]) == (45, 2, 47)
    assert row["ballistic_launched"] == 2 and not row["has_conflict"]


def test_a_destroyed_figure_missing_from_a_row_makes_the_sum_a_lower_bound(store):
    import_official(store, DAILY)
    row = store.get_attack(date(2025, 3, 6))
    assert row["missiles_launched"] == 3 and row["missiles_destroyed"] is None
    assert row["total_destroyed"] == 20 and "total_destroyed" in row["lower_bound_fields"]


def test_importing_again_changes_nothing_and_a_revised_file_revises_its_night(store, tmp_path):
    first = import_official(store, DAILY)
    reports, version = store.count_reports(), store.data_version()
    again = import_official(store, DAILY)
    assert (again.added, again.revised, again.unchanged) == (0, 0, first.added)
    assert store.count_reports() == reports
    revised = tmp_path / "revised.csv"
    revised.write_text(
        DAILY.read_text(encoding="utf-8").replace(",45.0,40.0,", ",46.0,41.0,"), encoding="utf-8"
    )
    third = import_official(store, revised)
    assert third.revised == 1 and store.count_reports() == reports and store.data_version() > version
    assert store.get_attack(date(2025, 3, 5))["drones_launched"] == 46


def test_the_older_schema_imports_too(store):
    result = import_official(store, FIXTURES / "official_daily_old_schema.csv")
    assert result.nights == 1
    row = store.get_attack(date(2023, 11, 25))
    assert (row["drones_launched"], row["missiles_launched"], row["guided_launched"]) == (75, 1, 1)


def test_uploaded_bytes_import_like_a_file(store):
    result = import_official(store, DAILY.read_bytes(), (FIXTURES / "weapons.csv").read_bytes())
    assert result.nights == 4 and "4 nights" in str(result)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"a,b,c\n1,2,3\n", "missing columns"),
        (b"", "empty"),
        (b"\x00\x01\x02binary", "binary"),
    ],
)
def test_files_not_in_the_format_are_refused_and_store_nothing(store, content, message):
    with pytest.raises(OfficialFormatError, match=message):
        import_official(store, content)
    assert store.count_reports() == 0 and store.import_runs() == []


@pytest.fixture(scope="module")
def reference_store(tmp_path_factory):
    daily = REFERENCE / "missile_attacks_daily.csv"
    if not daily.exists():
        pytest.skip(f"the official dataset is not at {REFERENCE} (it lives beside the project, never in it)")
    from salvo.store import Store

    handle = Store(f"sqlite:///{tmp_path_factory.mktemp('reference') / 'salvo.sqlite'}")
    result = import_official(handle, daily, REFERENCE / "missiles_and_uavs.csv")
    yield handle, result, pd.read_csv(daily, dtype=str)
    handle.close()


def _expected_sums(frame: pd.DataFrame) -> pd.DataFrame:
    """Launched/destroyed per (night, scope) straight from the CSV: drones and missiles only."""
    frame = frame.copy()
    frame["night"] = frame["time_end"].fillna(frame["time_start"]).str[:10]
    frame["scope"] = [official.source_scope(s)[0] for s in frame["source"]]
    frame["cls"] = [classify_model(m)[0] for m in frame["model"]]
    for column in ("launched", "destroyed"):
        frame[column] = pd.to_numeric(frame[column])
    counted = frame[frame["cls"].isin(["drone", "missile"]) & frame["night"].notna()]
    return counted.groupby(["night", "scope"])[["launched", "destroyed"]].sum()


def test_reference_every_model_has_a_class(reference_store):
    _store, result, _frame = reference_store
    assert result.unclassified_models == []
    frame = pd.read_csv(REFERENCE / "missile_attacks_daily.csv", dtype=str)
    assert [m for m in frame["model"].dropna().unique() if classify_model(m)[0] is None] == []


def test_reference_every_nights_imported_sums_equal_the_csv(reference_store):
    store, result, frame = reference_store
    expected = _expected_sums(frame)
    imported = {}
    for entry in store.list_reports():
        if entry["kind"] == "official":
            night, scope = entry["external_id"].split("/")
            record = entry["record"]
            imported[(night, scope)] = (record["total_launched"] or 0, record["total_destroyed"] or 0)
    assert result.nights == frame["time_end"].fillna(frame["time_start"]).str[:10].nunique()
    mismatches = {
        key: (imported.get(key), (int(row.launched), int(row.destroyed)))
        for key, row in expected.iterrows()
        if imported.get(key) != (int(row.launched), int(row.destroyed))
    }
    assert mismatches == {}
    # and the attack table takes a night's national figures whole when there are any
    table = {row["attack_date"]: row for row in store.attack_rows()}
    national = expected.xs("national", level="scope")
    wrong = {
        night: (table[night]["total_launched"], int(row.launched))
        for night, row in national.iterrows()
        if (table[night]["total_launched"] or 0) != int(row.launched)
    }
    assert wrong == {}


def test_every_model_the_extractor_reads_has_a_table_class_and_keeps_its_family():
    # one vocabulary: the importer recognises the extractor's models by their spellings
    from extract.lang import get_language

    table_families = {"shahed", "cruise", "ballistic", "aeroballistic", "guided"}
    for code in ("en", "uk"):
        for model in get_language(code).models:
            cls, family = classify_model(model.model)
            assert cls in {"drone", "missile", "bomb"}, model.model
            if model.family in table_families:
                assert family == model.family, model.model
    assert classify_model("Gerbera") == ("drone", "shahed")  # decoys count in the Shahed column
    assert classify_model("Orlan-10") == ("drone", None)  # reconnaissance drones count as drones
    assert classify_model("FPV") == ("drone", None)


def test_the_importer_lists_no_model_the_extractor_already_reads():
    from extract.weapons import identify_model

    for name in vocabulary.OTHER_MODELS:
        assert identify_model(name, "en") is None and identify_model(name, "uk") is None, name


COMBINED_HEADER = (
    "time_start,time_end,model,launch_place,target,target_main,launched,destroyed,not_reach_goal,"
    "still_attacking,border_crossing,is_shahed,num_hit_location,num_fall_fragment_location,carrier,"
    "turbojet,turbojet_destroyed,affected region,destroyed_details,launched_details,"
    "launch_place_details,source\n"
)


def test_a_zero_not_reach_goal_beside_a_combined_drone_figure_is_null_with_a_note(store, tmp_path):
    daily = tmp_path / "daily.csv"
    window = "2025-08-10 18:00,2025-08-11 08:30"
    rest = ",,,,,,,,"
    daily.write_text(
        COMBINED_HEADER
        + f"{window},Shahed-136/131,Kursk oblast,Ukraine,,120.0,104.0,0.0,,{{}},,3.0,2.0{rest}"
        + "kpszsu/posts/a\n"
        + f"{window},Iskander-M,Kursk oblast,Ukraine,,2.0,1.0,,,{{}},,,{rest}kpszsu/posts/a\n"
        + "2025-03-10 18:00,2025-03-11 08:30,Shahed-136/131,Kursk oblast,Ukraine,,90.0,60.0,25.0,,{},,,"
        + f"{rest}kpszsu/posts/b\n",
        encoding="utf-8",
    )
    import_official(store, daily)
    combined = store.get_attack(date(2025, 8, 11))
    assert combined["suppressed"] is None  # "not reported apart" is not zero
    assert combined["drones_destroyed"] == 104
    assert combined["combined_fields"] == ["drones_destroyed", "total_destroyed", "shahed_destroyed"]
    (report,) = store.list_reports(attack_date=date(2025, 8, 11))
    assert "not reported apart" in report["record"]["notes"]
    apart = store.get_attack(date(2025, 3, 11))
    assert apart["suppressed"] == 25 and apart["combined_fields"] == []


def test_launch_places_become_canonical_areas_with_their_launches(store, tmp_path):
    daily = tmp_path / "daily.csv"
    window = "2025-09-01 18:00,2025-09-02 08:30"
    rest = ",,,,,,,,"
    daily.write_text(
        COMBINED_HEADER
        + f"{window},Shahed-136/131,Kursk oblast,Ukraine,,80.0,70.0,,,{{}},,,{rest}kpszsu/posts/c\n"
        + f'{window},Shahed-136/131,"Primorsko-Akhtarsk and Chauda, Crimea and south",Ukraine,,40.0,35.0,,,'
        + f"{{}},,,{rest}kpszsu/posts/c\n"
        + f"{window},X-101/X-555,Caspian Sea,Ukraine,,6.0,5.0,,,{{}},,,{rest}kpszsu/posts/c\n"
        + f"{window},KAB,Kursk oblast,Ukraine,,9.0,,,,{{}},,,{rest}kpszsu/posts/c\n",
        encoding="utf-8",
    )
    import_official(store, daily)
    (report,) = store.list_reports(attack_date=date(2025, 9, 2))
    assert report["record"]["unmapped_launch_places"] == ["south"]
    night = store.get_attack(date(2025, 9, 2))
    # Kursk's 80 drones came from it alone (the guided bombs count in no total, so not here);
    # the 40 of the three-place row are each place's shared count, never split or added twice
    assert night["launch_areas"] == {
        "Kursk": {"launched": 80, "shared": None},
        "Primorsko-Akhtarsk": {"launched": None, "shared": 40},
        "Chauda": {"launched": None, "shared": 40},
        "Caspian Sea": {"launched": 6, "shared": None},
    }


def test_reference_every_launch_place_but_a_compass_point_has_an_area():
    daily = REFERENCE / "missile_attacks_daily.csv"
    if not daily.exists():
        pytest.skip(f"the official dataset is not at {REFERENCE} (it lives beside the project, never in it)")
    frame = pd.read_csv(daily, dtype=str)
    places = frame["launch_place"].dropna()
    unmapped = {place for value in places for place in official.launch_places(value)[1]}
    compass = {"north", "south", "east", "west", "north-east", "south-east", "north-west", "south-west"}
    assert unmapped <= compass


def test_a_drone_rows_breakdown_into_shaheds_and_jet_drones_is_kept_on_its_model(store, tmp_path):
    daily = tmp_path / "daily.csv"
    window = "2025-07-14 18:00,2025-07-15 08:30"
    # is_shahed 200 of 267 launched; 4 jet drones, 3 of them shot down
    daily.write_text(
        COMBINED_HEADER
        + f"{window},Shahed-136/131,Kursk oblast,Ukraine,,267.0,178.0,,,{{}},200.0,,,,4.0,3.0,,,,,"
        + "kpszsu/posts/d\n",
        encoding="utf-8",
    )
    import_official(store, daily)
    night = store.get_attack(date(2025, 7, 15))
    assert night["models"]["Shahed-136/131"] == {
        "launched": 267, "destroyed": 178, "shahed_type": 200, "jet": 4, "jet_destroyed": 3}
    assert (night["shahed_launched"], night["shahed_destroyed"]) == (267, 178)  # the family as before


def _daily_rows(tmp_path: Path, *windows: str) -> Path:
    """A daily file of one Shahed row per window ("start,end"), each from the Air Force."""
    daily = tmp_path / "daily.csv"
    rest = ",,,,,,,,"
    daily.write_text(COMBINED_HEADER + "".join(
        f"{window},Shahed-136/131,Kursk oblast,Ukraine,,50.0,40.0,,,{{}},,,{rest}kpszsu/posts/{n}\n"
        for n, window in enumerate(windows)
    ), encoding="utf-8")
    return daily


def test_a_row_whose_date_is_no_calendar_date_is_skipped_and_the_others_imported(store, tmp_path):
    daily = _daily_rows(tmp_path, "2025-05-01 18:00,2025-05-02 08:00", "2025-05-03 18:00,2025-13-45 08:00",
                        "2025-14-01 18:00,2025-14-02 08:00", "2025-05-04 18:00,2025-05-05 08:00")
    result = import_official(store, daily)
    # the slipped end falls back to the window's start; a window with no real date is skipped
    assert (result.rows, result.skipped_rows, result.added) == (4, 1, 3)
    assert [row["attack_date"] for row in store.attack_rows()] == ["2025-05-02", "2025-05-03", "2025-05-05"]


def test_rows_dated_where_no_night_can_be_are_refused_saying_why(store, tmp_path):
    tomorrow = date.today() + timedelta(days=1)
    far = date.today() + timedelta(days=3)
    daily = _daily_rows(tmp_path, "0001-01-01 18:00,0001-01-02 08:00", "2099-05-01 18:00,2099-05-02 08:00",
                        f"{far} 00:00,{far} 08:00", f"{tomorrow} 00:00,{tomorrow} 06:00",
                        "2025-05-01 18:00,2025-05-02 08:00")
    result = import_official(store, daily)
    assert (result.rows, result.skipped_rows, result.added) == (5, 0, 2)
    failed = dict(result.failed)
    assert set(failed) == {"0001-01-02/national", "2099-05-02/national", f"{far}/national"}
    assert "is before 2020-01-01" in failed["0001-01-02/national"]
    assert "is after the day it was read" in failed["2099-05-02/national"]
    # neither 0001 nor 2099 stands as the archive's first or latest night
    assert [row["attack_date"] for row in store.attack_rows()] == ["2025-05-02", tomorrow.isoformat()]
