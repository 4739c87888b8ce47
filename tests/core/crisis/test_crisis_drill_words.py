"""A drill's title that says so itself is not marked a second time (the list, the evaluation report)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from commdesk.core.crisis.playbooks import says_drill
from commdesk.core.documents.spec import Table
from commdesk.core.evaluation.document import _crisis_blocks


@pytest.mark.parametrize(
    ("title", "said"),
    [
        ("演练：客户数据泄露", True),
        ("Drill - outage", True),
        (" exercise: recall", True),
        ("数据泄露", False),
    ],
)
def test_a_title_that_says_drill(title, said):
    assert says_drill(title) is said


def test_the_evaluation_report_marks_a_drill_once():
    from datetime import date

    crises = [
        SimpleNamespace(
            title=t,
            drill=True,
            kind="Data leak",
            severity="3",
            opened=date(2026, 12, 1),
            closed=None,
            review="",
        )
        for t in ("演练：客户数据泄露", "数据泄露")
    ]
    table = next(b for b in _crisis_blocks(crises) if isinstance(b, Table))
    assert [row[1] for row in table.rows] == ["演练：客户数据泄露", "数据泄露 (drill)"]
