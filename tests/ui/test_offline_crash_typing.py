"""Minutes typed offline survive a SIGKILL: a real process types into the live editor on the offline
copy and is killed; started again (still offline) the typed minutes come back from their recovery
copy, are saved into the offline journal, and reach the server once it answers again."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
from tests.services.offline_support import need_server, now_utc, plan_meetings, relayed, team_and_relay

DRIVER = Path(__file__).with_name("test_offline_typing_driver.py")


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")
def test_sigkill_while_typing_offline_keeps_the_minutes(tmp_path):
    need_server()
    from tests.team.conftest import drop_team_database

    from commdesk.bootstrap import open_database
    from commdesk.core.meetings.minutes import MINUTES_DRAFTS
    from commdesk.persistence.offline import snapshot_path
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.offline import journal_entries, refresh_snapshot, sync

    team, relay = team_and_relay()
    try:
        meeting_id = plan_meetings(team, now_utc())["next_week"]
        url = relayed(team, relay, "officer")
        online = open_database(url, mail_hooks=False)
        path = snapshot_path(online.target.keyring_key)
        refresh_snapshot(online.ctx, path)
        online.ctx.engine.dispose()
        relay.stop()

        offline = open_database(url, mail_hooks=False, offline_ok=True)
        folder = MINUTES_DRAFTS.open(offline.ctx).folder  # where the window keeps them for this database
        offline.ctx.engine.dispose()
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            PYTHON_KEYRING_BACKEND="keyring.backends.null.Keyring",
            PYTHONPATH=os.pathsep.join(
                [str(Path(__file__).parents[2] / "src"), os.environ.get("PYTHONPATH", "")]
            ),
        )
        proc = subprocess.Popen(
            [sys.executable, str(DRIVER), url, str(folder), str(meeting_id)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        try:
            safe = -1
            for line in proc.stdout:
                what, n, _, _p = line.split()
                if what == "saved":
                    safe = int(n)
                elif safe >= 60 and int(n) > safe:  # autosaved past 60 characters, typing goes on
                    break
            assert safe >= 60, proc.stderr.read()
            os.kill(proc.pid, signal.SIGKILL)
            proc.wait(10)
        finally:
            if proc.poll() is None:
                proc.kill()
        assert proc.returncode == -signal.SIGKILL

        again = open_database(url, mail_hooks=False, offline_ok=True)  # restarted, still offline
        try:
            assert again.offline
            recovered = MINUTES_DRAFTS.open(again.ctx).load(str(meeting_id))
            assert recovered is not None and len(recovered.value.notes) >= safe
            again.ctx.service(MeetingMinutesService).save(recovered.value)
            (entry,) = journal_entries(path, ("pending",))
            assert entry.args["draft"]["notes"] == recovered.value.notes
        finally:
            again.ctx.engine.dispose()
        typed = recovered.value.notes

        relay.start()
        back = open_database(url, mail_hooks=False)
        try:
            assert sync(back.ctx, path).applied == 1
        finally:
            back.ctx.engine.dispose()
        other = open_database(team.url("reviewer"), mail_hooks=False)
        try:
            assert other.ctx.service(MeetingMinutesService).draft(meeting_id).notes == typed
        finally:
            other.ctx.engine.dispose()
    finally:
        relay.stop()
        drop_team_database(team)
