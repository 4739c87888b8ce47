"""The evaluation report's training table (EV-4): a session nobody was marked at says attendance was
not recorded (not "0 / 0", which reads as nobody came), and a last line adds the period up."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from commdesk.core import i18n
from commdesk.core.documents.spec import Table
from commdesk.core.evaluation.document import _said_blocks
from commdesk.translations import english_plurals


@pytest.fixture(autouse=True)
def _english_counts():
    i18n.set_translator(english_plurals(), "en")  # "3 sessions", as the window and the CLI say it


@dataclass(frozen=True)
class _Training:
    day: date
    topic: str
    trainer: str
    expected: int
    present: int


@dataclass(frozen=True)
class _Voices:
    surveys: tuple = ()
    themes: tuple = ()
    trainings: tuple = ()


def _training_table(trainings) -> Table:
    tables = [b for b in _said_blocks(_Voices(trainings=tuple(trainings))) if isinstance(b, Table)]
    assert len(tables) == 1
    return tables[0]


def test_unmarked_sessions_say_so_and_the_period_is_added_up():
    table = _training_table(
        [
            _Training(date(2026, 10, 12), "媒体应对", "王芳", expected=4, present=3),
            _Training(date(2026, 11, 9), "新媒体写作", "李明", expected=0, present=0),
            _Training(date(2026, 12, 1), "危机演练复盘", "", expected=5, present=5),
        ]
    )
    assert table.header[-1] == "Present / marked"
    assert [row[-1] for row in table.rows] == ["3 / 4", "attendance not recorded", "5 / 5", "8 / 9"]
    assert table.rows[-1][:2] == ["All sessions", "3 sessions"]


def test_a_period_whose_sessions_were_never_marked_is_not_recorded_in_total():
    table = _training_table([_Training(date(2026, 11, 9), "新媒体写作", "李明", expected=0, present=0)])
    assert table.rows[-1] == ["All sessions", "1 session", "", "attendance not recorded"]
