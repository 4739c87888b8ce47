"""The KPI catalogue: every figure is described, and periods parse to the days they name."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from commdesk.core.errors import ValidationError
from commdesk.core.evaluation.catalogue import (
    BY_KEY,
    CATALOGUE,
    PeriodKind,
    Unit,
    parse_period,
    period_containing,
)


def test_every_figure_has_a_rule_definition_source_and_unit():
    assert len(BY_KEY) == len(CATALOGUE)
    for kpi in CATALOGUE:
        assert kpi.rule.split("-")[0] in {"EV", "EM", "PC", "MD", "SM"}, kpi.key
        assert kpi.name and kpi.definition.endswith(".") and kpi.source, kpi.key
        assert isinstance(kpi.unit, Unit) and kpi.unit.label
        assert kpi.group.label


def test_the_issue_s_figures_are_all_in_the_catalogue():
    rules = {k.rule for k in CATALOGUE}
    assert {"PC-5", "PC-7", "MD-5", "MD-6", "EV-5", "EV-6", "SM-6"} <= rules
    for key in ("mail.follow_up_rate", "coverage.share_of_voice", "cases.fcr", "social.weeks_on_target"):
        assert key in BY_KEY


@pytest.mark.parametrize(
    ("text", "kind", "first", "end", "previous"),
    [
        ("2026Q4", PeriodKind.QUARTER, date(2026, 10, 1), date(2027, 1, 1), "2026Q3"),
        ("2026q1", PeriodKind.QUARTER, date(2026, 1, 1), date(2026, 4, 1), "2025Q4"),
        ("2026H2", PeriodKind.HALF, date(2026, 7, 1), date(2027, 1, 1), "2026H1"),
        ("2026H1", PeriodKind.HALF, date(2026, 1, 1), date(2026, 7, 1), "2025H2"),
        ("2026", PeriodKind.YEAR, date(2026, 1, 1), date(2027, 1, 1), "2025"),
        ("2026-01", PeriodKind.MONTH, date(2026, 1, 1), date(2026, 2, 1), "2025-12"),
        (" 2026-3 ", PeriodKind.MONTH, date(2026, 3, 1), date(2026, 4, 1), "2026-02"),
    ],
)
def test_periods_parse_to_their_days(text, kind, first, end, previous):
    period = parse_period(text)
    assert (period.kind, period.first, period.end) == (kind, first, end)
    assert period.previous().code == previous
    assert parse_period(period.code) == period
    assert period.previous().end == period.first


@pytest.mark.parametrize("text", ["", "2026Q5", "2026H3", "2026-13", "Q4 2026", "26Q1"])
def test_a_wrong_period_is_refused_in_words(text):
    with pytest.raises(ValidationError) as err:
        parse_period(text)
    assert "2026Q4" in str(err.value.errors["period"])


def test_bounds_are_midnights_in_the_organisation_s_zone():
    start, end = parse_period("2026Q4").bounds("Asia/Shanghai")
    assert start == datetime(2026, 9, 30, 16, tzinfo=UTC)
    assert end == datetime(2026, 12, 31, 16, tzinfo=UTC)
    start, _ = parse_period("2026-11").bounds("America/Los_Angeles")
    assert start == datetime(2026, 11, 1, 7, tzinfo=UTC)  # PDT until 1 November, 02:00


def test_the_period_holding_a_day():
    assert period_containing(date(2026, 11, 15), PeriodKind.QUARTER).code == "2026Q4"
    assert period_containing(date(2026, 6, 30), PeriodKind.HALF).code == "2026H1"
    assert period_containing(date(2026, 6, 30), PeriodKind.MONTH).code == "2026-06"


def test_a_change_names_its_unit_as_the_figure_does():
    """'-16.8' under 'Review turnaround' said nothing: a change in hours, minutes or per month says so."""
    from commdesk.core.evaluation.catalogue import format_change, format_value

    for kpi in CATALOGUE:
        value, change = format_value(kpi, 2.5), format_change(kpi, -1.25)
        if kpi.unit in (Unit.MINUTES, Unit.HOURS, Unit.PER_MONTH):
            assert value.endswith(kpi.unit.label) and change == f"-1.2 {kpi.unit.label}", kpi.key
        elif kpi.unit is Unit.PERCENT:
            assert value == "250.0 %" and change.startswith("-125.0") and change != "-125.0", kpi.key
        elif kpi.unit is Unit.SCORE:
            assert change == "-1.25", kpi.key
        else:
            assert change == "-1", kpi.key
    assert format_change(BY_KEY["releases.review_turnaround"], 3.0) == "+3.0 hours"
