"""The server's read-ahead builds the Timeline's default chart into the cache the pages read
(salvo.dashboard.serve.warm_first_run), so the first visitor after a start is served from it."""
from __future__ import annotations

import json

from salvo import table
from salvo.dashboard import charts, serve
from tests.dashboard.test_pages import open_page


def test_the_first_timeline_run_draws_the_chart_the_read_ahead_built(populated_store, monkeypatch):
    built = []
    real_timeline_figure = charts.timeline_figure

    def counted_timeline_figure(frame, freq="D", group="total"):
        built.append((len(frame), freq, group))
        return real_timeline_figure(frame, freq, group)

    monkeypatch.setattr(charts, "timeline_figure", counted_timeline_figure)
    serve.warm_first_run(populated_store, table.load_attacks(populated_store))
    assert built == [(2, "D", "total")]  # two nights, 4 and 10 July: a point per night

    app = open_page("timeline")
    assert built == [(2, "D", "total")]  # the page's default view is the one built ahead
    chart = json.loads(app.get("plotly_chart")[0].proto.spec)
    launched = next(trace for trace in chart["data"] if trace["name"] == "Launched")
    assert len(launched["x"]) == 7  # 4 to 10 July, the nights without a report left empty
