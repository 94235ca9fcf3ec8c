"""A shared link to the Reports page whose page or report number is no number a store can hold
(docs/attack-log.md): the page opens, and says what it left out."""
from __future__ import annotations

import pytest

from salvo.dashboard.report_listing import link_number
from tests.dashboard.conftest import REPORTS
from tests.dashboard.test_pages import open_page


@pytest.mark.parametrize("query", [
    {"page": "²"},  # a digit to str.isdigit, no number to int
    {"report": "²"},
    {"report": "99999999999999999999999"},  # more than the store's 64-bit integers hold
    {"page": "99999999999999999999999", "report": "١"},  # an Arabic-Indic one
])
def test_a_link_s_unusable_number_opens_the_listing_and_says_so(populated_store, query):
    app = open_page("reports", query)
    assert not app.error, [box.value for box in app.error]
    assert len(app.dataframe[0].value) == len(REPORTS)  # the listing is drawn
    said = " ".join(box.value for box in app.warning).replace("\\", "")
    for key, value in query.items():
        if key == "report" or not value.isascii():
            assert f"{key}: {value!r} is no {key} number" in said


def test_a_link_s_number_is_ascii_digits_that_fit():
    assert link_number("12") == 12 and link_number("0") == 0
    assert link_number("999999999999999999") == 999_999_999_999_999_999
    for value in ("", "-1", "1.5", " 3", "²", "١", "9" * 19):
        assert link_number(value) is None
