"""``commdesk outbox list`` with held announcement copies: each names the announcement and what to
do; no advice meant for a meeting's invitation ("send it again from the meeting") under them."""

from __future__ import annotations

from tests.support.outbox import configure

from commdesk.services.announcements import AnnouncementService
from commdesk.services.staff.service import StaffService


def test_held_announcement_copies_are_listed_with_what_to_do(
    run_cli, db_url, ctx, people, smtp_server, tmp_path
):
    configure(ctx, smtp_server, tmp_path)
    staff = ctx.service(StaffService)
    lst = staff.save_list("全员通知", "All staff")
    staff.subscribe(staff.add_member("赵六", "zhao@example.org", "办公室").id, lst.id)
    svc = ctx.service(AnnouncementService)
    ctx.current = lambda: people["officer"]
    a = svc.create("年会安排", "年会定于周五举行。", "normal", [lst.id])
    svc.submit(a.id, svc.get(a.id).review.version)
    ctx.current = lambda: people["reviewer"]
    svc.approve(a.id, svc.get(a.id).review.version)
    ctx.current = lambda: people["officer"]
    svc.send(a.id)
    svc.save(a.id, svc.get(a.id).version, "年会安排", "年会改在周六举行。", "normal", [lst.id])

    code, out, err = run_cli("--db", db_url, "--as", "李明", "outbox", "list", "--status", "held")
    assert code == 0, err
    assert f"Announcement {a.id} “年会安排” was changed after this copy was made" in out
    assert f"commdesk announcements send {a.id}" in out
    assert "from the meeting" not in out and "rebuild" not in out
