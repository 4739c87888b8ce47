"""Not a test: a process that types minutes into the live editor until it is killed.

``python test_meetings_typing_driver.py DB RECOVERY_DIR MEETING_ID`` types ``TEXT`` into the notes one
character at a time and, every ten characters, a point on the capture line (Ctrl+1); after each
character it prints ``typed <n> points <m>``, and after each autosave the editor's own timer makes
``saved <n> points <m>``, so the test knows how far it got and what is safe before it kills it.
"""

from __future__ import annotations

import os
import sys

TEXT = (
    "会议讨论了新品发布的流程与分工，确认发布会于十二月八日上午十点举行。Media list to be checked by Friday; "
    "王芳负责问答口径，李明负责媒体邀请与签到，Emma prepares the English press kit. "
) * 4


def main(db: str, folder: str, meeting_id: int) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, Qt, QTimer
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from commdesk.bootstrap import open_database
    from commdesk.core.meetings.minutes import MINUTES_DRAFTS
    from commdesk.services.meetings.minutes import MeetingMinutesService
    from commdesk.services.meetings.service import MeetingService
    from commdesk.ui.meetings.live import MinutesEditor

    app = QApplication([])
    ctx = open_database(db, migrate=False).ctx
    meeting = ctx.service(MeetingService).get(meeting_id)
    editor = MinutesEditor(
        meeting, ctx.service(MeetingMinutesService).draft(meeting_id), MINUTES_DRAFTS.store(folder)
    )
    editor.show()
    state = {"n": 0, "points": 0}
    write_recovery = editor.write_recovery

    def autosaved() -> None:  # the editor's own autosave timer, reported as it happens
        dirty = editor.dirty
        write_recovery()
        if dirty:
            print(f"saved {state['n']} points {state['points']}", flush=True)

    editor.autosave.timeout.disconnect(write_recovery)
    editor.autosave.timeout.connect(autosaved)

    def type_char(widget, char: str) -> None:  # any character, as a keyboard with an input method sends it
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))

    def step() -> None:
        n = state["n"]
        if n >= len(TEXT):
            return
        type_char(editor.notes, TEXT[n])
        state["n"] = n + 1
        if state["n"] % 10 == 0:
            QTest.keyClicks(editor.capture, f"point {state['points']}")
            QTest.keyClick(editor.capture, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
            state["points"] += 1
        print(f"typed {state['n']} points {state['points']}", flush=True)

    timer = QTimer()
    timer.timeout.connect(step)
    timer.start(20)
    app.exec()


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
