"""The official dataset in one step: its zip archive as downloaded, either CSV with the weapon
table beside it, a folder, or files dropped together; both column sets. The archives are built
here from rows written for the test."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import date
from pathlib import Path

import pytest

from salvo import consolidate
from salvo.__main__ import main
from salvo.sources.official import OfficialFormatError
from salvo.sources.official_files import (
    files_from_uploads,
    find_official_files,
    import_official_files,
    read_archive,
)
from salvo.store import Store

NEW_COLUMNS = ["time_start", "time_end", "model", "launch_place", "target", "launched", "destroyed",
               "not_reach_goal", "border_crossing", "affected region", "source"]
OLD_COLUMNS = ["time_start", "time_end", "model", "launch_place", "target", "launched", "destroyed",
               "not_reach_goal", "cross_border_belarus", "back_russia", "affected region", "source"]
NEW_ROWS = [
    {"time_start": "2025-06-11 18:00", "time_end": "2025-06-12 08:30", "model": "Shahed-136/131",
     "launch_place": "Kursk oblast", "target": "Ukraine", "launched": "140", "destroyed": "119",
     "not_reach_goal": "12", "border_crossing": "{}", "affected region": "['Kharkiv oblast']",
     "source": "kpszsu/posts/test-archive-night"},
    {"time_start": "2025-06-11 18:00", "time_end": "2025-06-12 08:30", "model": "Iskander-M",
     "launch_place": "Belgorod oblast", "target": "Kharkiv", "launched": "3", "destroyed": "1",
     "not_reach_goal": "", "border_crossing": "{}", "affected region": "",
     "source": "kpszsu/posts/test-archive-night"},
    {"time_start": "2025-06-13 19:00", "time_end": "2025-06-14 07:00", "model": "Test Kite",
     "launch_place": "Oryol oblast", "target": "Ukraine", "launched": "7", "destroyed": "5",
     "not_reach_goal": "", "border_crossing": "{}", "affected region": "",
     "source": "kpszsu/posts/test-kite-night"},
]
OLD_ROWS = [
    {"time_start": "2023-12-01 19:00", "time_end": "2023-12-02 07:00", "model": "Shahed-136/131",
     "launch_place": "Kursk oblast", "target": "Ukraine", "launched": "25", "destroyed": "21",
     "not_reach_goal": "", "cross_border_belarus": "2", "back_russia": "1",
     "affected region": "['Odesa oblast']",
     "source": "kpszsu/posts/test-old-night"},
]
WEAPONS = [{"model": "Shahed-136/131", "category": "UAV"}, {"model": "Test Kite", "category": "UAV"},
           {"model": "Iskander-M", "category": "ballistic missile"}]


def csv_bytes(columns: list[str], rows: list[dict[str, str]]) -> bytes:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns)
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue().encode()


DAILY_NEW = csv_bytes(NEW_COLUMNS, NEW_ROWS)
DAILY_OLD = csv_bytes(OLD_COLUMNS, OLD_ROWS)
WEAPON_TABLE = csv_bytes(["model", "category"], WEAPONS)


def archive(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zipped:
        for name, data in members.items():
            zipped.writestr(name, data)
    return buffer.getvalue()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return Store(f"sqlite:///{tmp_path / 'official.sqlite'}")


@pytest.mark.parametrize("weapons_name", ["missiles_and_uavs.csv", "missiles_and_uav.csv"])
def test_the_archive_imports_as_downloaded_whatever_the_weapon_table_is_called(
    store, tmp_path, weapons_name
):
    path = tmp_path / "archive.zip"
    path.write_bytes(archive({"missile_attacks_daily.csv": DAILY_NEW, weapons_name: WEAPON_TABLE}))
    files = find_official_files(path)
    assert files.weapons_name == weapons_name
    result = import_official_files(store, files)
    assert (result.nights, result.added, result.unclassified_models) == (2, 2, [])
    night = store.get_attack(date(2025, 6, 12))
    assert night is not None and night["source_type"] == "official"
    assert (night["drones_launched"], night["missiles_launched"], night["total_launched"]) == (140, 3, 143)
    # the weapon table classes a model nothing else knows: its 7 launched are drones
    assert store.get_attack(date(2025, 6, 14))["drones_launched"] == 7
    assert store.import_runs()[-1]["source"] == str(path)


def test_the_weapon_table_is_what_classes_an_unknown_model(store, tmp_path):
    path = tmp_path / "daily-only.zip"
    path.write_bytes(archive({"release/missile_attacks_daily.csv": DAILY_NEW}))
    result = import_official_files(store, find_official_files(path))
    assert result.unclassified_models == ["Test Kite"]
    assert store.get_attack(date(2025, 6, 14))["drones_launched"] is None


def test_either_csv_finds_the_other_beside_it_and_a_folder_works(tmp_path):
    (tmp_path / "missile_attacks_daily.csv").write_bytes(DAILY_NEW)
    (tmp_path / "missiles_and_uav.csv").write_bytes(WEAPON_TABLE)
    for given in (tmp_path / "missile_attacks_daily.csv", tmp_path / "missiles_and_uav.csv", tmp_path):
        files = find_official_files(given)
        found = (files.daily, files.weapons, files.weapons_name)
        assert found == (DAILY_NEW, WEAPON_TABLE, "missiles_and_uav.csv")


def test_a_folder_holding_only_the_archive_imports_it(tmp_path):
    (tmp_path / "download.zip").write_bytes(archive({"missile_attacks_daily.csv": DAILY_OLD}))
    assert find_official_files(tmp_path).daily == DAILY_OLD


def test_the_old_column_set_imports_from_an_archive(store, tmp_path):
    path = tmp_path / "old.zip"
    path.write_bytes(archive({"missile_attacks_daily.csv": DAILY_OLD,
                              "missiles_and_uavs.csv": WEAPON_TABLE}))
    import_official_files(store, find_official_files(path))
    night = store.get_attack(date(2023, 12, 2))
    figures = (night["drones_launched"], night["drones_destroyed"], night["oblasts"])
    assert figures == (25, 21, ["Odesa Oblast"])


def test_dropped_files_are_told_apart_by_name_or_content():
    zipped = archive({"missile_attacks_daily.csv": DAILY_NEW, "missiles_and_uavs.csv": WEAPON_TABLE})
    assert files_from_uploads([("download (3).zip", zipped)]).weapons == WEAPON_TABLE
    pair = files_from_uploads([("missiles_and_uavs.csv", WEAPON_TABLE),
                               ("missile_attacks_daily.csv", DAILY_NEW)])
    assert (pair.daily, pair.weapons) == (DAILY_NEW, WEAPON_TABLE)
    renamed = files_from_uploads([("attacks-export.csv", DAILY_OLD)])
    assert (renamed.daily, renamed.weapons) == (DAILY_OLD, None)
    with pytest.raises(OfficialFormatError, match="cannot tell which"):
        files_from_uploads([("one.csv", DAILY_NEW), ("two.csv", DAILY_OLD)])


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (archive({"notes.txt": b"nothing here"}), "holds no missile_attacks_daily.csv"),
        (b"PK\x03\x04 broken archive", "not a readable zip archive"),
    ],
)
def test_a_wrong_archive_is_refused_with_the_reason(data, message):
    with pytest.raises(OfficialFormatError, match=message):
        read_archive(data, "download.zip")


def test_a_wrong_archive_stores_nothing(store, tmp_path):
    path = tmp_path / "wrong.zip"
    path.write_bytes(archive({"missile_attacks_daily.csv": b"a,b\n1,2\n"}))
    with pytest.raises(OfficialFormatError, match="missing columns"):
        import_official_files(store, find_official_files(path))
    assert store.count_reports() == 0


def test_the_command_imports_the_archive_and_again_changes_nothing(tmp_path, capsys):
    path = tmp_path / "archive.zip"
    path.write_bytes(archive({"missile_attacks_daily.csv": DAILY_NEW,
                              "missiles_and_uavs.csv": WEAPON_TABLE}))
    url = f"sqlite:///{tmp_path / 'cli.sqlite'}"
    assert main(["--database", url, "-q", "import-official", str(path)]) == 0
    assert "2 night reports added" in capsys.readouterr().out
    assert main(["--database", url, "-q", "import-official", str(path)]) == 0
    assert "0 night reports added, 0 revised, 2 unchanged" in capsys.readouterr().out
    assert consolidate.refresh(Store(url)) == 2
    assert main(["--database", url, "import-official", str(tmp_path / "missing.zip")]) == 2
    assert "no such file" in capsys.readouterr().err
