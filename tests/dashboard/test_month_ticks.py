"""Monthly charts name their ticks by month: left to itself Plotly ticks a few months' bars at day
dates ("Aug 31", "Sep 30") an analyst reads as nights."""
from __future__ import annotations

import pytest

from salvo.dashboard import charts, weapons
from tests.dashboard.synthetic import attack_frame

MONTHLY_BUILDERS = {
    "hits": lambda frame: weapons.hits_figure(frame, "M"),
    "hit share": lambda frame: weapons.hit_share_figure(frame, "M"),
    "families": lambda frame: weapons.family_figure(frame, "M"),
    "kinds": lambda frame: weapons.kind_figure(frame, "M"),
    "kind shares": lambda frame: weapons.kind_figure(frame, "M", share=True),
    "timeline class mix": lambda frame: charts.class_mix_figure(frame, "M"),
}


@pytest.mark.parametrize("name", MONTHLY_BUILDERS)
def test_a_few_months_are_ticked_month_by_month(name):
    figure = MONTHLY_BUILDERS[name](attack_frame(nights=75, start="2023-08-01"))
    assert figure.data, name  # the synthetic nights give every figure: the chart is drawn
    assert (figure.layout.xaxis.dtick, figure.layout.xaxis.tickformat) == ("M1", "%b %Y")


@pytest.mark.parametrize(("nights", "dtick", "tickformat"), [
    (28 * 31, "M3", "%b %Y"),  # 28 months: a tick a quarter
    (48 * 31, "M12", "%Y"),  # four years: a tick a year
])
def test_longer_spans_are_ticked_by_quarter_or_year(nights, dtick, tickformat):
    figure = weapons.hits_figure(attack_frame(nights=nights, start="2022-09-01"), "M")
    assert (figure.layout.xaxis.dtick, figure.layout.xaxis.tickformat) == (dtick, tickformat)


def test_weeks_and_nights_keep_plotly_s_own_ticks():
    frame = attack_frame(nights=75, start="2023-08-01")
    for freq in ("W", "D"):
        axis = weapons.hits_figure(frame, freq).layout.xaxis
        assert (axis.dtick, axis.tickformat) == (None, None)
