"""No table on any page shows st.dataframe's grey "None": a value no source gave reads "—" (issue 14).

st.dataframe draws a missing cell as "None" whatever the styler or column config says, so every
table a page draws must reach it with no missing cell at all. Each page runs in AppTest on data
with figures missing, and every table it draws is checked."""
from __future__ import annotations

import pandas as pd
import pytest

from salvo.dashboard.pages import PAGE_NAMES
from tests.dashboard.test_pages import open_page


def missing_cells(app) -> list[tuple[int, list[str]]]:
    """(table number, columns) of each drawn table holding a missing value."""
    found = []
    for number, table in enumerate(app.dataframe):
        value = table.value
        if isinstance(value, pd.DataFrame) and value.isna().any().any():
            found.append((number, list(value.columns[value.isna().any()])))
    return found


@pytest.fixture
def sparse_frame(synthetic_frame: pd.DataFrame) -> pd.DataFrame:
    """The synthetic nights with more figures no source gave: casualties, shoot-downs, families."""
    frame = synthetic_frame.copy()
    for column in ("killed", "injured", "drones_destroyed", "total_destroyed", "cruise_launched",
                   "shahed_destroyed", "debris_locations"):
        frame.loc[frame.index % 4 == 1, column] = pd.NA
    return frame


@pytest.mark.parametrize("name", PAGE_NAMES)
def test_no_page_draws_a_missing_value_from_the_attack_table(monkeypatch, sparse_frame, empty_store, name):
    from salvo.dashboard import data as ui

    monkeypatch.setattr(ui, "attack_source", lambda: (sparse_frame, "sparse#1"))
    app = open_page(name)
    assert missing_cells(app) == []


@pytest.mark.parametrize("name, query", [
    ("reports", {}), ("reports", {"report": "2"}), ("reports", {"report": "3"}),
    ("night", {"night": "2025-07-04"}), ("data", {}), ("map", {}), ("compare", {}), ("overview", {}),
])
def test_no_page_draws_a_missing_value_from_the_store(populated_store, name, query):
    app = open_page(name, query)
    assert app.dataframe, "the page drew no table to check"
    assert missing_cells(app) == []


def test_the_data_page_draws_a_dash_where_no_source_gave_the_figure(monkeypatch, sparse_frame, empty_store):
    from salvo.dashboard import data as ui

    monkeypatch.setattr(ui, "attack_source", lambda: (sparse_frame, "sparse#1"))
    table = open_page("data").dataframe[0].value
    assert table.loc[1, "killed"].strip("\u2007") == "—"  # night 1: no casualty figure
    assert table.loc[0, "killed"].strip("\u2007") == str(sparse_frame.loc[0, "killed"])


def test_the_night_page_shows_a_dash_for_a_source_without_a_date(populated_store, test_extractor):
    from salvo.sources import ingest
    from tests.dashboard.conftest import REPORTS

    ingest.ingest_text(populated_store, "Update. " + REPORTS[1][3], published=None, extractor=test_extractor)
    app = open_page("night", {"night": "2025-07-04"})
    sources = next(t.value for t in app.dataframe if "published" in t.value.columns)
    assert "—" in list(sources["published"]) and "2025-07-04" in list(sources["published"])
    assert missing_cells(app) == []
