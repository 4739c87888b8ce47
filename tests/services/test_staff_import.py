"""Importing the staff directory from the files people have: a GB18030 CSV as older Excel saves it
and an .xlsx workbook, every row accounted for, all or nothing unless partial, the same file twice
changing nothing, and nobody who left a list put back on it by an import."""

from __future__ import annotations

import pytest
from openpyxl import Workbook
from tests.support.outbox import configure

from commdesk.core.staff.records import RowOutcome, SubscriptionHow, SubscriptionStatus
from commdesk.services.audit import AuditService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.staff.importing import StaffImportService
from commdesk.services.staff.service import StaffService

CSV = (
    "姓名,邮箱,部门,手机,订阅\r\n"
    "王芳,wang.fang@example.org,市场部,139 1234 5678,全员通知；周报\r\n"
    "李明,LI.MING@example.org,人事部,,全员通知\r\n"
    "赵六,zhao@example.org,,,\r\n"
)


@pytest.fixture
def staff(ctx, people):
    svc = ctx.service(StaffService)
    svc.save_list("全员通知", "All staff")
    svc.save_list("周报", "Weekly", cap_count=1, cap_days=7)
    return svc


def _importer(ctx) -> StaffImportService:
    return ctx.service(StaffImportService)


def _outcomes(report) -> dict[int, RowOutcome]:
    return {r.number: r.outcome for r in report.rows}


def test_a_gb18030_csv_is_read_back_and_reading_it_again_changes_nothing(ctx, staff, tmp_path):
    path = tmp_path / "员工.csv"
    path.write_bytes(CSV.encode("gb18030"))
    report = _importer(ctx).import_file(path)
    assert report.written
    assert _outcomes(report) == {2: RowOutcome.ADDED, 3: RowOutcome.ADDED, 4: RowOutcome.ADDED}
    wang = staff.member("WANG.FANG@example.org")
    assert (wang.name, wang.department, wang.phone, wang.source) == (
        "王芳",
        "市场部",
        "+8613912345678",
        "员工.csv",
    )
    lists = {lst.name_zh: lst.id for lst in staff.lists()}
    assert {s.list_id: s.status for s in wang.subscriptions} == {
        lists["全员通知"]: SubscriptionStatus.SUBSCRIBED,
        lists["周报"]: SubscriptionStatus.SUBSCRIBED,
    }
    assert wang.subscriptions[0].how is SubscriptionHow.IMPORT
    assert staff.member("zhao@example.org").subscriptions == ()

    entries_before = len(ctx.service(AuditService).entries())
    versions = [(m.id, m.version) for m in staff.members()]
    again = _importer(ctx).import_file(path)
    assert again.written and set(_outcomes(again).values()) == {RowOutcome.UNCHANGED}
    assert [(m.id, m.version) for m in staff.members()] == versions
    assert len(ctx.service(AuditService).entries()) == entries_before


def test_an_xlsx_workbook_with_a_list_for_every_row_and_a_changed_department(ctx, staff, tmp_path):
    staff.add_member("李明", "li.ming@example.org", "办公室")
    wb = Workbook()
    ws = wb.active
    ws.append(["Name", "E-mail", "Department", "Phone"])
    ws.append(["李明", "li.ming@example.org", "人事部", 13912345678])
    ws.append(["Anna Berg", "anna@example.de", "Europe", None])
    path = tmp_path / "staff.xlsx"
    wb.save(path)
    report = _importer(ctx).import_file(path, list_names=("Weekly",))
    assert _outcomes(report) == {2: RowOutcome.UPDATED, 3: RowOutcome.ADDED}
    li = staff.member("li.ming@example.org")
    assert (li.department, li.phone) == ("人事部", "+8613912345678")
    weekly = staff.find_list("周报")
    assert {m.email for m in staff.members(list_id=weekly.id)} == {"li.ming@example.org", "anna@example.de"}
    assert "department" in report.rows[0].notes


def test_a_rejected_row_saves_nothing_unless_partial(ctx, staff, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "name,email,lists\n"
        "王芳,wang@example.org,全员通知\n"
        "无邮箱,,全员通知\n"
        "李明,not-an-address,全员通知\n"
        "赵六,zhao@example.org,没有这个列表\n"
        "王芳二,WANG@example.org,\n",
        encoding="utf-8",
    )
    report = _importer(ctx).import_file(path)
    assert not report.written
    assert _outcomes(report) == {
        2: RowOutcome.ADDED,
        3: RowOutcome.REJECTED,
        4: RowOutcome.REJECTED,
        5: RowOutcome.REJECTED,
        6: RowOutcome.REJECTED,
    }
    reasons = {r.number: r.reason for r in report.rejected}
    assert "missing" in reasons[3] and "not valid" in reasons[4]
    assert "没有这个列表" in reasons[5] and "row 2" in reasons[6]
    assert staff.members() == []

    partial = _importer(ctx).import_file(path, partial=True)
    assert partial.written
    assert [m.email for m in staff.members()] == ["wang@example.org"]


def test_people_who_left_a_list_are_never_subscribed_again_by_an_import(ctx, staff, tmp_path):
    path = tmp_path / "staff.csv"
    path.write_text(
        "name,email,lists\n王芳,wang@example.org,全员通知\n李明,li@example.org,全员通知\n", encoding="utf-8"
    )
    _importer(ctx).import_file(path)
    news = staff.find_list("全员通知")
    wang = staff.member("wang@example.org")
    staff.unsubscribe(wang.id, news.id)
    staff.record_bounce("li@example.org")
    report = _importer(ctx).import_file(path)
    assert set(_outcomes(report).values()) == {RowOutcome.UNCHANGED}
    assert len(report.kept_unsubscribed) == 2
    assert "never subscribes them again" in report.rows[0].notes
    assert staff.member("wang@example.org").status_on(news.id) is SubscriptionStatus.UNSUBSCRIBED
    assert staff.member("li@example.org").status_on(news.id) is SubscriptionStatus.BOUNCED
    assert staff.recipients(news.id).recipients == ()


def test_importing_into_a_double_opt_in_list_asks_each_new_member_to_confirm(
    ctx, staff, smtp_server, tmp_path
):
    configure(ctx, smtp_server, tmp_path)
    board = staff.save_list("董事会简报", "Board", double_opt_in=True)
    path = tmp_path / "board.csv"
    path.write_text("name,email\n王芳,wang@example.org\n李明,li@example.org\n", encoding="utf-8")
    report = _importer(ctx).import_file(path, list_names=("董事会简报",))
    assert report.confirmations == 2
    assert {m.status_on(board.id) for m in staff.members()} == {SubscriptionStatus.PENDING}
    assert staff.recipients(board.id).recipients == ()
    queued = ctx.service(OutboxService).list()
    assert len([m for m in queued if m.related_entity == "staff_subscriptions"]) == 2
    again = _importer(ctx).import_file(path, list_names=("董事会简报",))
    assert again.confirmations == 0 and set(_outcomes(again).values()) == {RowOutcome.UNCHANGED}
