"""Recovery copies are kept per database: a copy typed on one database is never offered on another,
and copies an earlier commdesk left beside a database file are moved in."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from types import SimpleNamespace

from sqlalchemy.engine import make_url

from commdesk.core.meetings.minutes import MINUTES_DRAFTS, MinutesDraft
from commdesk.paths import recovery_dir


def _ctx(url: str):
    return SimpleNamespace(database_label="", engine=SimpleNamespace(url=make_url(url)))


def test_each_database_has_its_own_recovery_folder(tmp_path):
    a = MINUTES_DRAFTS.open(_ctx("postgresql+psycopg://alice:secret@db.example.org/office_a")).folder
    b = MINUTES_DRAFTS.open(_ctx("postgresql+psycopg://alice:secret@db.example.org/office_b")).folder
    c = MINUTES_DRAFTS.open(_ctx(f"sqlite:///{tmp_path / 'desk.sqlite3'}")).folder
    assert len({a, b, c}) == 3
    assert "secret" not in str(a)
    assert a == recovery_dir(_ctx("postgresql+psycopg://alice:other@db.example.org/office_a"), "minutes")


def test_copies_left_beside_a_database_file_are_moved_in(tmp_path):
    db = tmp_path / "desk.sqlite3"
    legacy = tmp_path / "desk.sqlite3.recovery"
    legacy.mkdir()
    old = MinutesDraft(meeting_id=7, notes="typed before the upgrade").to_json()  # the earlier shape
    old.update(
        key="7", label="Weekly", saved_at=datetime(2026, 3, 1, tzinfo=UTC).isoformat(), live={"item": 1}
    )
    (legacy / "minutes-7.json").write_text(json.dumps(old), encoding="utf-8")
    recovered = MINUTES_DRAFTS.open(_ctx(f"sqlite:///{db}")).load("7")
    assert recovered is not None and recovered.value.notes == "typed before the upgrade"
    assert recovered.label == "Weekly" and recovered.extra == {"item": 1}
    assert not legacy.exists()
