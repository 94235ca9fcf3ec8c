"""A shared link with values the dashboard cannot use (a mistyped date, an unknown weapon, a page
option or night that does not exist) opens its page on what it could use, and says which values it
left out and what it shows instead; the link's words are shown as text, never Markdown."""
from __future__ import annotations

import datetime as dt

from salvo.dashboard import charts
from salvo.dashboard.filters import Filters
from salvo.vocabulary import OBLASTS
from tests.dashboard.test_pages import open_page


def warnings(app) -> str:
    return " ".join(box.value for box in app.warning)


def test_the_lenient_reading_says_what_it_left_out():
    filters, problems = Filters.read_query_params(
        {"from": "2025-02-30", "to": "2025-03-31", "weapon": "drones,lasers", "oblast": "Atlantis"})
    assert filters == Filters(start=None, end=dt.date(2025, 3, 31), weapons=("drones",))
    assert problems == [
        "from: '2025-02-30' is not a date (YYYY-MM-DD)",
        "weapon: unknown 'lasers'; one or more of drones, missiles, shahed, cruise, ballistic, "
        "aeroballistic, guided, comma-separated",
        f"oblast: unknown 'Atlantis'; one or more of {', '.join(OBLASTS)}, comma-separated"]
    assert Filters.read_query_params({"from": "2025-01-01"}) == (Filters(start=dt.date(2025, 1, 1)), [])


def test_a_link_with_bad_filters_opens_on_the_rest_and_says_so(serve_synthetic, empty_store):
    app = open_page("timeline", {"from": "2025-07-01", "to": "2025-13-01", "period": "fortnight",
                                 "weapon": "lasers,[x](http://e.org)"})
    assert not app.error and app.get("plotly_chart")  # the page draws on what it could use
    assert app.date_input(key="flt_from").value == dt.date(2025, 7, 1)
    assert app.date_input(key="flt_to").value is None
    assert app.multiselect(key="flt_weapon").value == []
    said = warnings(app)
    assert "This link's filters could not all be used, so the view falls back" in said
    assert "2025\\-13\\-01" in said and "lasers" in said  # quoted as text, Markdown escaped
    assert "[x](http" not in said  # a link's words never become a link
    assert "This link's page options could not all be used" in said
    default = app.radio(key="opt_period").value  # the page's own default period
    assert (f"period: 'fortnight' is not one of D (night), W (week), M (month); showing "
            f"{charts.FREQ_LABELS[default]}") in said.replace("\\", "")


def test_a_clean_link_says_nothing(serve_synthetic, empty_store):
    app = open_page("timeline", {"from": "2025-07-01", "weapon": "drones", "period": "M"})
    assert not app.error and "This link's" not in warnings(app)


def test_a_link_to_no_night_or_no_period_says_what_it_shows(serve_synthetic, empty_store):
    last = serve_synthetic["attack_date"].max().date()
    app = open_page("night", {"night": "yesterday"})
    assert not app.error
    said = warnings(app).replace("\\", "")
    assert f"night: 'yesterday' is not a date (YYYY-MM-DD); showing {last}" in said
    assert app.date_input(key="night_pick").value == last
    app = open_page("compare", {"a_from": "2025-06-01", "a_to": "2025-06-31", "b_from": "2025-07-01",
                                "b_to": "2025-07-31"})
    assert not app.error
    said = warnings(app).replace("\\", "")
    assert "This link's periods could not all be used" in said and "a_to: '2025-06-31' is not a date" in said
    assert app.date_input(key="cmp_b_to").value == dt.date(2025, 7, 31)
