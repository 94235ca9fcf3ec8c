"""The nights a rate leaves out are named on the Interception page, each a link to the Night page:
a night whose launched figure is a lower bound below its shot-down figure is no impossible night
(the Reports page does not list it), yet no rate can be taken from it."""
from __future__ import annotations

import pandas as pd
import pytest

from tests.dashboard.test_pages import open_page


@pytest.fixture
def left_out_frame(synthetic_frame: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> pd.DataFrame:
    from salvo.dashboard import data as ui

    frame = synthetic_frame.copy()
    bounded, impossible = frame.index[10], frame.index[20]
    # "more than 300 weapons", and 342 shot down: not impossible, no rate
    frame.loc[bounded, ["total_launched", "total_destroyed"]] = [300, 342]
    frame.at[bounded, "lower_bound_fields"] = ["total_launched"]
    frame.at[bounded, "quality_flags"] = []
    frame.loc[impossible, ["total_launched", "total_destroyed"]] = [100, 150]
    frame.at[impossible, "quality_flags"] = ["total_destroyed>total_launched"]
    monkeypatch.setattr(ui, "attack_source", lambda: (frame, "left-out#1"))  # its own cached views
    return frame


def test_the_interception_page_names_each_night_it_leaves_out(left_out_frame, empty_store):
    app = open_page("interception")
    warning = " ".join(box.value for box in app.warning)
    assert "2 night(s) are left out of the rates (All weapons)" in warning
    assert "1 of them give launched only as a lower bound" in warning
    linked = {link.label for link in app.get("page_link")}
    for index in (10, 20):
        assert left_out_frame.at[index, "attack_date"].date().isoformat() in linked
