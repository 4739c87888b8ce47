"""Recovery copies are kept per database: a copy typed on one database is never offered on another,
and copies an earlier commdesk left beside a database file are moved in."""

from __future__ import annotations

from types import SimpleNamespace

from sqlalchemy.engine import make_url

from commdesk.core.meetings.minutes import MinutesDraft, RecoveryStore
from commdesk.ui.meetings.pane import recovery_folder


def _ctx(url: str):
    return SimpleNamespace(database_label="", engine=SimpleNamespace(url=make_url(url)))


def test_each_database_has_its_own_recovery_folder(tmp_path):
    a = recovery_folder(_ctx("postgresql+psycopg://alice:secret@db.example.org/office_a"))
    b = recovery_folder(_ctx("postgresql+psycopg://alice:secret@db.example.org/office_b"))
    c = recovery_folder(_ctx(f"sqlite:///{tmp_path / 'desk.sqlite3'}"))
    assert len({a, b, c}) == 3
    assert "secret" not in str(a)
    assert a == recovery_folder(_ctx("postgresql+psycopg://alice:other@db.example.org/office_a"))


def test_copies_left_beside_a_database_file_are_moved_in(tmp_path):
    db = tmp_path / "desk.sqlite3"
    legacy = RecoveryStore(str(db) + ".recovery")
    legacy.write("7", MinutesDraft(meeting_id=7, notes="typed before the upgrade"), "Weekly")
    folder = recovery_folder(_ctx(f"sqlite:///{db}"))
    recovered = RecoveryStore(folder).read("7")
    assert recovered is not None and recovered.draft.notes == "typed before the upgrade"
    assert not (tmp_path / "desk.sqlite3.recovery").exists()
