"""A real process types minutes and is killed with SIGKILL; everything but the last moments comes back."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from commdesk.core.meetings.minutes import MINUTES_DRAFTS
from commdesk.core.meetings.model import AgendaItem, Meeting, MeetingKind, Participant
from commdesk.services.meetings.service import MeetingService

DRIVER = Path(__file__).with_name("test_meetings_typing_driver.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_while_typing_loses_only_what_came_after_the_last_autosave(ctx, people, db_url, tmp_path):
    from test_meetings_typing_driver import TEXT

    meeting = ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="发布会筹备",
            start=datetime.now(UTC) - timedelta(hours=1),
            duration=60,
            room="301",
            participants=[Participant("李明", "li@example.org")],
            agenda=[AgendaItem("流程", "", 30)],
        )
    )
    folder = tmp_path / "recovery"
    env = dict(
        os.environ,
        QT_QPA_PLATFORM="offscreen",
        PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
        PYTHONPATH=os.pathsep.join(
            [str(Path(__file__).parents[2] / "src"), os.environ.get("PYTHONPATH", "")]
        ),
    )
    proc = subprocess.Popen(
        [sys.executable, str(DRIVER), db_url, str(folder), str(meeting.id)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        typed = points = 0
        mark = None  # how far it had typed once 60 characters were in
        safe = -1  # how far the last autosave reached
        for line in proc.stdout:
            what, n, _, p = line.split()
            if what == "saved":
                safe = int(n)
                continue
            typed, points = int(n), int(p)
            if mark is None and typed >= 60:
                mark = (typed, points)
            if mark is not None and safe >= mark[0] and typed > safe:
                # the editor's own autosave has covered the mark and typing went on after it: the
                # process dies mid-typing, with unsaved characters, as a real crash would
                break
        assert mark is not None, proc.stderr.read()
        mark_typed, mark_points = mark
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    recovered = MINUTES_DRAFTS.store(folder).load(str(meeting.id))
    assert recovered is not None
    notes = recovered.value.notes
    assert TEXT.startswith(notes) and len(notes) >= mark_typed
    texts = [p.text for p in recovered.value.points]
    assert [f"point {i}" for i in range(mark_points)] == texts[:mark_points]
    assert all(p.agenda_index == 0 for p in recovered.value.points)
