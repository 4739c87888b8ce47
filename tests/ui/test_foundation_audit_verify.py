"""The audit pane's Verify button walks the hash chain and says whether the log is intact."""

from __future__ import annotations

from PySide6.QtCore import Qt
from sqlalchemy import text


def test_verify_says_intact_then_names_the_tampered_entry(qtbot, app_services, people, ctx, answer):
    from commdesk.ui.admin.audit_pane import AuditPane

    pane = AuditPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1280, 800)
    pane.show()
    qtbot.mouseClick(pane.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answer.asked) == 1, timeout=10000)
    kind, title, message = answer.asked[0]
    assert kind == "info" and "intact" in title.lower() and "The chain is intact up to entry" in message
    assert "The database's record of its last entry agrees" in message
    with ctx.engine.begin() as conn:
        conn.execute(text("UPDATE audit_log SET actor_name = 'Mallory' WHERE seq = 2"))
    qtbot.mouseClick(pane.verify_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(answer.asked) == 2, timeout=10000)
    kind, title, message = answer.asked[1]
    assert kind == "warning" and "Mallory" in message and "The chain is intact up to entry 1 " in message
