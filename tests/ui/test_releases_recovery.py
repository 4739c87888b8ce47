"""Drafting without loss: a real commdesk process is killed (SIGKILL) while a person edits; the next
start offers the unsaved edits back, and saving them makes the next revision."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from datetime import UTC, date, datetime

import pytest
from PySide6.QtWidgets import QMessageBox

import commdesk.ui.common.ask as ask_mod
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.recovery import RELEASE_DRAFTS
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.releases.pane import ReleasesPane

EDITOR = textwrap.dedent("""
    import os, sys, time
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtCore import QSettings
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from commdesk.bootstrap import open_database
    from commdesk.services.people import PeopleService
    from commdesk.ui.common.services import AppServices, Preferences
    from commdesk.ui.releases.pane import ReleasesPane

    app = QApplication([])
    db, release_id, prefs = sys.argv[1], int(sys.argv[2]), sys.argv[3]
    opened = open_database(db, migrate=False)
    services = AppServices(opened.ctx, Preferences(QSettings(prefs, QSettings.Format.IniFormat)))
    services.set_person(opened.ctx.service(PeopleService).find("li@example.org"))
    pane = ReleasesPane(services)
    pane.show()
    pane.select(release_id)
    QTest.keyClicks(pane.editor.ui.titleEdit, " - typed before the crash")
    pane.editor.ui.bodyEdit.setPlainText("第一段，崩溃前输入。")
    deadline = time.monotonic() + 30
    while pane.store.load(release_id) is None or "崩溃前" not in pane.store.load(release_id).value.content.body_markdown:
        app.processEvents()
        time.sleep(0.02)
        if time.monotonic() > deadline:
            sys.exit("no autosave")
    print("AUTOSAVED", flush=True)
    time.sleep(120)          # still editing when the process is killed
""")


def test_killed_process_edits_are_offered_back(qtbot, ctx, app_services, people, db_url, tmp_path, answer):
    ctx.current = lambda: people["officer"]
    release = ctx.service(ReleaseService).create(
        ReleaseEdit(
            ReleaseContent(title="华信发布新平台", body_markdown="第一段。", dateline_date=date(2026, 3, 10)),
            reviewer_ids=(people["reviewer"].id,),
        )
    )
    ctx.current = app_services.person
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
    proc = subprocess.Popen(
        [sys.executable, "-c", EDITOR, db_url, str(release.id), str(tmp_path / "p.ini")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        line = proc.stdout.readline()
        assert line.strip() == "AUTOSAVED", proc.stderr.read() if proc.poll() is not None else line
        proc.send_signal(signal.SIGKILL)
        assert proc.wait(30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(30)
    # Nothing reached the database; the recovery store holds the edit.
    assert ctx.service(ReleaseService).get(release.id).revision == 1
    app_services.set_person(people["officer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    assert [d.key for d in RELEASE_DRAFTS.store(pane.store.folder).list()] == [str(release.id)]
    answer.reply = QMessageBox.StandardButton.Yes
    pane.activated()  # the next start: offered back
    assert pane.release is not None and pane.release.id == release.id
    assert any("not saved" in text for _kind, _title, text in answer.asked)
    assert pane.editor.ui.titleEdit.text() == "华信发布新平台 - typed before the crash"
    assert pane.dirty
    assert pane.save()
    stored = ctx.service(ReleaseService).get(release.id)
    assert stored.revision == 2 and stored.content.body_markdown == "第一段，崩溃前输入。"
    assert pane.store.list() == []


def test_later_keeps_the_copy_and_only_a_confirmed_discard_deletes_it(
    qtbot, ctx, app_services, people, answer
):
    ctx.current = lambda: people["officer"]
    release = ctx.service(ReleaseService).create(ReleaseEdit(ReleaseContent(title="标题")))
    ctx.current = app_services.person
    app_services.set_person(people["officer"])
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.store.save(
        release.id,
        release.edit(content=ReleaseContent(title="改过")),
        saved_at=datetime(2026, 3, 1, tzinfo=UTC),
        person_id=people["officer"].id,
        base_version=release.version,
    )
    answer.reply = QMessageBox.StandardButton.No  # Later (also what Esc presses)
    pane.select(release.id)
    assert pane.editor.ui.titleEdit.text() == "标题" and len(pane.store.list()) == 1
    replies = iter([QMessageBox.StandardButton.Discard, QMessageBox.StandardButton.Yes])  # "for good?" Yes
    answer.asked.clear()
    ask_mod.answerer = lambda kind, title, text, buttons: (
        answer.asked.append((kind, title, text)),
        next(replies),
    )[1]
    again = ReleasesPane(app_services)  # the copy is offered again the next time the release is opened
    qtbot.addWidget(again)
    again.select(release.id)
    assert again.editor.ui.titleEdit.text() == "标题" and again.store.list() == []
    assert [title for _kind, title, _text in answer.asked] == ["Unsaved edits found", "Discard unsaved edits"]


def test_damaged_recovery_file_is_set_aside(tmp_path):
    store = RELEASE_DRAFTS.store(tmp_path)
    (tmp_path / "draft-3.json").write_text("{not json", encoding="utf-8")
    assert store.load(3) is None and (tmp_path / "draft-3.damaged").exists()
    (tmp_path / "release-4.json").write_text("{not json", encoding="utf-8")  # an earlier version's copy
    store = RELEASE_DRAFTS.store(tmp_path)
    assert store.list() == [] and (tmp_path / "release-4.damaged").exists()


@pytest.mark.parametrize("title", ["标题 <b>&", "x" * 500, "🙂 emoji"])
def test_store_round_trip(tmp_path, title):
    from zoneinfo import ZoneInfo

    store = RELEASE_DRAFTS.store(tmp_path)
    edit = ReleaseEdit(
        ReleaseContent(
            title=title,
            embargo=datetime(2026, 5, 1, 10, tzinfo=ZoneInfo("Asia/Shanghai")),
            quotes=(("话", "人"),),
        ),
        "Asia/Shanghai",
        ("wechat",),
        ((3, "科技媒体"),),
        (2,),
    )
    store.save(7, edit, saved_at=datetime(2026, 3, 1, tzinfo=UTC), person_id=1, base_version=4)
    back = store.load(7)
    assert back.value == edit and back.base_version == 4 and back.person_id == 1
