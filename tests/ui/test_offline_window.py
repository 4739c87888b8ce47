"""The window without the server: it opens on the offline copy with a banner saying so, minutes are
taken in live mode with the keyboard and kept, and once the server answers again Reconnect sends
them and the window works on the server."""

from __future__ import annotations

import argparse
import uuid

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox, QPushButton
from tests.services.offline_support import need_server, now_utc, plan_meetings, relayed, team_and_relay


@pytest.fixture(scope="module")
def desk():
    need_server()
    from tests.team.conftest import drop_team_database

    team, relay = team_and_relay()
    ids = plan_meetings(team, now_utc())
    yield team, relay, ids
    relay.stop()
    drop_team_database(team)


def _type(widget, text: str) -> None:
    """Any characters, as a keyboard with an input method sends them (QTest types ASCII only)."""
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def _click(banner, caption: str) -> None:
    button = next(b for b in banner.findChildren(QPushButton) if b.text().replace("&", "") == caption)
    button.click()


def test_offline_window_banner_and_live_minutes_by_keyboard(qtbot, qapp, desk, tmp_path, answer):
    from commdesk.app import GuiApp
    from commdesk.bootstrap import open_database
    from commdesk.persistence.offline import snapshot_path
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.offline import journal_entries, refresh_snapshot
    from commdesk.translations import install
    from commdesk.ui.common.services import Preferences
    from commdesk.ui.navigation import PANES

    install("en")
    team, relay, ids = desk
    url = relayed(team, relay, "officer")
    online = open_database(url, mail_hooks=False)
    path = snapshot_path(online.target.keyring_key)
    refresh_snapshot(online.ctx, path)
    online.ctx.engine.dispose()

    relay.stop()
    prefs = Preferences(QSettings(str(tmp_path / f"p-{uuid.uuid4().hex}.ini"), QSettings.Format.IniFormat))
    args = argparse.Namespace(db=url, lang="en", as_person=None, passphrase_stdin=False)
    gui = GuiApp(qapp, args, prefs)
    gui.lang = "en"
    try:
        gui.show_window()
        gui.open_database()
        qtbot.waitUntil(lambda: bool(gui.window.banner_text("offline")), timeout=20000)
        text = gui.window.banner_text("offline")
        assert "Working offline" in text and "take minutes" in text and "plan a meeting" in text
        assert "read-only" in text and "UTC" in text
        assert gui.opened.offline and gui.services.person().name == team.people["officer"].name

        gui.window.nav.setCurrentRow([p.key for p in PANES].index("meetings"))
        pane = gui.window.panes["meetings"]
        minutes = pane.open_minutes(ids["next_week"])
        qtbot.waitExposed(minutes)
        editor = minutes.editor
        assert minutes.save_button.isEnabled()
        editor.capture.setFocus()
        _type(editor.capture, "会场改到三楼")
        qtbot.keyClick(editor.capture, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # a decision
        qtbot.keyClicks(editor.capture, "Print the badges")
        qtbot.keyClick(editor.capture, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # an action
        qtbot.keyClick(editor.capture, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not editor.dirty)
        (entry,) = journal_entries(path, ("pending",))
        assert entry.op == "minutes.save"
        assert [d["text"] for d in entry.args["draft"]["decisions"]] == ["会场改到三楼"]
        minutes.close()

        relay.start()  # the server is back
        _click(gui.window.banners["offline"], "Try the server now")
        qtbot.waitUntil(lambda: "answers again" in gui.window.banner_text("offline"), timeout=20000)
        _click(gui.window.banners["offline"], "Reconnect")
        qtbot.waitUntil(lambda: not gui.opened.offline and gui.window.services is gui.services, timeout=20000)
        assert not gui.window.banner_text("offline")
        gui.offline.copy_timer.stop()
        gui.offline.keep_copy()  # what the window does on its own a little after it is ready
        qtbot.waitUntil(lambda: not journal_entries(path, ("pending",)), timeout=30000)
        server = gui.services.get(MeetingMinutesService).draft(ids["next_week"])
        assert [d.text for d in server.decisions] == ["会场改到三楼"]
        assert [a.description for a in server.actions] == ["Print the badges"]

        # the copy is made and what the sending changed is shown, before the server goes away again
        assert gui.runner.wait(30000)
        qtbot.waitUntil(lambda: gui.services.announced_upto >= gui.services.commits_so_far())
        gui.window.nav.setCurrentRow([p.key for p in PANES].index("meetings"))
        typing = gui.window.panes["meetings"].open_minutes(ids["next_week"])
        qtbot.waitExposed(typing)
        _type(typing.editor.capture, "断网前的最后一句")
        qtbot.keyClick(typing.editor.capture, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)  # a point
        assert typing.editor.dirty

        relay.stop()  # the server goes away while the window works on it: the offline copy is offered
        qtbot.waitUntil(lambda: bool(gui.window.banner_text("offline-offer")), timeout=30000)
        answer.reply = QMessageBox.StandardButton.Yes  # "Recover unsaved minutes": Recover
        _click(gui.window.banners["offline-offer"], "Work offline")
        qtbot.waitUntil(lambda: bool(gui.window.banner_text("offline")), timeout=20000)
        assert gui.opened.offline and "Working offline" in gui.window.banner_text("offline")
        pane = gui.window.pane("meetings")
        qtbot.waitUntil(lambda: any(w.isVisible() for w in pane.windows), timeout=20000)
        (recovered,) = [w for w in pane.windows if w.isVisible()]
        assert "断网前的最后一句" in [p.text for p in recovered.editor.collect().points]
        qtbot.keyClick(recovered.editor.capture, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: not recovered.editor.dirty)
        (entry,) = journal_entries(path, ("pending",))
        assert "断网前的最后一句" in [p["text"] for p in entry.args["draft"]["points"]]
        recovered.close()
        assert [title for _kind, title, _text in answer.asked] == ["Recover unsaved minutes"]
        relay.start()
    finally:
        gui.runner.wait(20000)
        if gui.window is not None:
            gui.window.close()
        if gui.opened is not None:
            gui.opened.ctx.engine.dispose()


def test_offline_changes_dialog_keeps_mine_and_merges_notes_by_hand(qtbot, desk, monkeypatch):
    from commdesk.bootstrap import open_database
    from commdesk.core.meetings.model import Decision
    from commdesk.persistence.offline import snapshot_path
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.offline import journal_entries, refresh_snapshot, sync
    from commdesk.translations import install
    from commdesk.ui.common.tasks import TaskRunner
    from commdesk.ui.meetings import offline_conflicts
    from commdesk.ui.meetings.offline_conflicts import OfflineChangesDialog

    install("en")
    team, relay, ids = desk
    url = relayed(team, relay, "officer")
    online = open_database(url, mail_hooks=False)
    path = snapshot_path(online.target.keyring_key)
    sync(online.ctx, path)  # whatever an earlier test left waiting
    refresh_snapshot(online.ctx, path)
    online.ctx.engine.dispose()

    relay.stop()
    try:
        offline = open_database(url, mail_hooks=False, offline_ok=True)
        svc = offline.ctx.service(MeetingMinutesService)
        draft = svc.draft(ids["next_week"])
        draft.decisions = [*draft.decisions, Decision("离线：改在线上开")]
        svc.save(draft)
        offline.ctx.engine.dispose()
    finally:
        relay.start()
    admin = open_database(team.url("admin"), mail_hooks=False)
    try:
        theirs = admin.ctx.service(MeetingMinutesService).draft(ids["next_week"])
        theirs.decisions = [*theirs.decisions, Decision("服务器：仍在三楼")]
        admin.ctx.service(MeetingMinutesService).save(theirs)
    finally:
        admin.ctx.engine.dispose()

    online = open_database(url, mail_hooks=False)
    try:
        assert [e.state for e in sync(online.ctx, path).waiting] == ["conflict"]
        shown = []

        def side_by_side(parent, exc):
            shown.append(exc)
            return "mine"

        monkeypatch.setattr(offline_conflicts, "resolve_conflict", side_by_side)
        runner = TaskRunner()
        dialog = OfflineChangesDialog(online.ctx, path, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.table.rowCount() == 1 and "minutes of meeting" in dialog.table.item(0, 0).text()
        qtbot.keyClick(dialog.compare_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=20000)
        assert "saved on the server" in dialog.status.text()
        (exc,) = shown
        assert "离线：改在线上开" in [d.text for d in exc.mine.decisions]
        assert "服务器：仍在三楼" in [d.text for d in exc.theirs.decisions]
        stored = online.ctx.service(MeetingMinutesService).draft(ids["next_week"])
        assert "离线：改在线上开" in [d.text for d in stored.decisions]
        assert not journal_entries(path, ("conflict", "pending"))
        runner.wait(10000)
    finally:
        online.ctx.engine.dispose()

    # once more, on the notes: merged by hand
    online = open_database(url, mail_hooks=False)
    refresh_snapshot(online.ctx, path)
    online.ctx.engine.dispose()
    relay.stop()
    try:
        offline = open_database(url, mail_hooks=False, offline_ok=True)
        svc = offline.ctx.service(MeetingMinutesService)
        draft = svc.draft(ids["next_week"])
        draft.notes = "离线：签到表已打印"
        svc.save(draft)
        offline.ctx.engine.dispose()
    finally:
        relay.start()
    admin = open_database(team.url("admin"), mail_hooks=False)
    try:
        theirs = admin.ctx.service(MeetingMinutesService).draft(ids["next_week"])
        theirs.notes = "服务器：嘉宾名单已定"
        admin.ctx.service(MeetingMinutesService).save(theirs)
    finally:
        admin.ctx.engine.dispose()

    class TypedMerge(offline_conflicts.NotesMergeDialog):
        def exec(self):  # the person edits the merged notes and saves (the real dialog is modal)
            self.show()
            assert self.merged() == "服务器：嘉宾名单已定\n离线：签到表已打印"
            self.editor.selectAll()
            _type(self.editor, "嘉宾名单已定；签到表已打印")
            return 1

    monkeypatch.setattr(offline_conflicts, "NotesMergeDialog", TypedMerge)
    online = open_database(url, mail_hooks=False)
    try:
        assert [e.state for e in sync(online.ctx, path).waiting] == ["conflict"]
        runner = TaskRunner()
        dialog = OfflineChangesDialog(online.ctx, path, runner)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.merge_button.isEnabled()
        qtbot.keyClick(dialog.merge_button, Qt.Key.Key_Space)
        qtbot.waitUntil(lambda: dialog.table.rowCount() == 0, timeout=20000)
        stored = online.ctx.service(MeetingMinutesService).draft(ids["next_week"])
        assert stored.notes == "嘉宾名单已定；签到表已打印"
        runner.wait(10000)
    finally:
        online.ctx.engine.dispose()
