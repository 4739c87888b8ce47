"""A held announcement copy in the Outbox pane, as a user reads it: its kind and the record it
belongs to in words (not "announcement" / "announcements 5" as stored), and why it is held naming
the announcement and what to do; in English and in Chinese."""

from __future__ import annotations

from tests.support.outbox import held_announcement

from commdesk.ui.mail.models import KIND
from commdesk.ui.mail.pane import OutboxPane


def _held_copy(ctx, people, smtp_server, tmp_path) -> int:
    aid = held_announcement(
        ctx, people, smtp_server, tmp_path, "网络维护安排", "本周六网络维护。", "本周日网络维护。"
    )
    ctx.current = lambda: people["admin"]
    return aid


def _shown(qtbot, app_services):
    pane = OutboxPane(app_services)
    qtbot.addWidget(pane)
    pane.resize(1100, 700)
    pane.show()
    pane.table.selectRow(0)
    return pane, pane.details.toPlainText()


def test_a_held_announcement_copy_reads_in_words(qtbot, app_services, people, smtp_server, tmp_path):
    aid = _held_copy(app_services.ctx, people, smtp_server, tmp_path)
    pane, details = _shown(qtbot, app_services)
    assert pane.model.index(0, KIND).data() == "announcement"
    assert f"Announcement {aid} “网络维护安排” was changed after this copy was made" in details
    assert "“Send to the lists…” in Announcements" in details and "outbox cancel" in details
    assert f"announcement {aid} “网络维护安排”" in details  # Belongs to
    assert f"announcements {aid}" not in details  # never the table's name


def test_a_held_announcement_copy_reads_in_chinese(qtbot, app_services, people, smtp_server, tmp_path):
    from commdesk import translations

    aid = _held_copy(app_services.ctx, people, smtp_server, tmp_path)
    translations.install("zh_CN")
    pane, details = _shown(qtbot, app_services)
    assert pane.model.index(0, KIND).data() == "内部通知"
    assert f"内部通知 {aid}“网络维护安排”在此副本生成后被修改" in details and "“发送给订阅列表…”" in details
    assert "\nannouncement\n" not in details and f"announcements {aid}" not in details
