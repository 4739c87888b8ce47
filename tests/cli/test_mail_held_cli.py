"""``commdesk outbox list`` with held announcement copies: each names the announcement and what to
do; no advice meant for a meeting's invitation ("send it again from the meeting") under them."""

from __future__ import annotations

from tests.support.outbox import held_announcement


def test_held_announcement_copies_are_listed_with_what_to_do(
    run_cli, db_url, ctx, people, smtp_server, tmp_path
):
    aid = held_announcement(
        ctx, people, smtp_server, tmp_path, "年会安排", "年会定于周五举行。", "年会改在周六举行。"
    )

    code, out, err = run_cli("--db", db_url, "--as", "李明", "outbox", "list", "--status", "held")
    assert code == 0, err
    assert f"Announcement {aid} “年会安排” was changed after this copy was made" in out
    assert f"commdesk announcements send {aid}" in out
    assert "from the meeting" not in out and "rebuild" not in out
