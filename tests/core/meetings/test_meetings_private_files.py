"""Minutes recovery copies and meeting exports are private to their owner (0600, folders 0700)."""

from __future__ import annotations

import os
import stat

import pytest

from commdesk.core.meetings.minutes import MINUTES_DRAFTS, MinutesDraft

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_recovery_copies_are_private_whatever_the_umask(tmp_path, umask_022):
    store = MINUTES_DRAFTS.store(tmp_path / "db.sqlite3.recovery" / "minutes")
    path = store.save("m-1", MinutesDraft(meeting_id=1), label="Weekly")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.parent.parent.stat().st_mode) == 0o700
    assert store.load("m-1") is not None
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no partial file left


def test_meeting_exports_from_the_command_line_are_private(run_cli, demo_factory, umask_022, tmp_path):
    import json

    db = demo_factory(tmp_path / "demo.sqlite3")
    code, out, err = run_cli("--db", db, "meetings", "list", "--json")
    assert code == 0, err
    first = str(json.loads(out)[0]["id"])
    for name in ("invite.ics", "agenda.pdf"):
        target = tmp_path / "exports" / name
        target.parent.mkdir(exist_ok=True)
        code, _, err = run_cli("--db", db, "meetings", "export", first, str(target))
        assert code == 0, err
        assert stat.S_IMODE(target.stat().st_mode) == 0o600, name
    assert sorted(p.name for p in (tmp_path / "exports").iterdir()) == ["agenda.pdf", "invite.ics"]
