"""History dialogs in zh_CN show words, not codes or ids: the release language, review rule, template
(its display name), channels, the person behind every person-id field (author, last editor, owner,
the meeting's organiser, a contact's owner), approval notes without content hashes, and notes the
system wrote in English (an English session) in Chinese."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QSettings

from commdesk.bootstrap import open_database
from commdesk.core import labels
from commdesk.services.audit import AuditService
from commdesk.services.people import PeopleService
from commdesk.translations import install
from commdesk.ui.common.history import HistoryDialog
from commdesk.ui.common.services import AppServices, Preferences


@pytest.fixture
def demo(demo_db, tmp_path, qapp):
    opened = open_database(demo_db)
    services = AppServices(
        opened.ctx, Preferences(QSettings(str(tmp_path / "p.ini"), QSettings.Format.IniFormat))
    )
    services.set_person(services.get(PeopleService).find("陈静"))
    install("zh_CN")
    yield services
    install("en")
    services.runner.wait(10000)
    opened.ctx.engine.dispose()


def rows(qtbot, services, entity, rid):
    dlg = HistoryDialog(services.get(AuditService), entity, rid, "x")
    qtbot.addWidget(dlg)
    m = dlg.model
    out = [[m.index(r, c).data() or "" for c in range(m.columnCount())] for r in range(m.rowCount())]
    return [(r[m.COL_ACTION], r[m.COL_FIELD], r[m.COL_OLD], r[m.COL_NEW], r[m.COL_NOTE]) for r in out]


def by_field(shown, field):
    return [r for r in shown if r[1] == field]


def test_release_history_in_chinese(qtbot, demo):
    people = {p.id: p.name for p in demo.get(PeopleService).list(include_inactive=True)}
    shown = rows(qtbot, demo, "releases", 4)  # the demo's event notice: edited after approval
    assert by_field(shown, "语言")[0][3] == "中文"
    assert by_field(shown, "审核规则")[-1][2:4] == ("任一指定审核人批准即可", "所有指定审核人均须批准")
    assert by_field(shown, "模板")[0][3] == "活动通知（采访邀请）"
    for field in ("作者", "最后编辑人", "负责人"):
        assert by_field(shown, field)[0][3] in people.values(), field
    assert by_field(shown, "发布渠道")[-1][3] == "官网新闻中心、邮寄给名单"
    notes = [r[4] for r in shown if r[4]]
    assert "版本 1" in notes and "因修改作废了 1 项批准" in notes
    for text in (t for r in shown for t in r[2:5]):
        assert not re.search(r"[0-9a-f]{16,}", text), text  # no content hash
    assert not [r for r in shown if re.search(r"[A-Za-z]{3,}", "".join(r[:2]) + r[4])], shown


def test_a_linked_release_is_named_by_its_reference(qtbot, demo):
    linked = by_field(rows(qtbot, demo, "releases", 6), "关联新闻稿")
    assert linked and re.fullmatch(r"PR-\d{4}-\d{3}", linked[-1][3]), linked


def test_person_ids_become_names_in_meetings_and_contacts(qtbot, demo):
    names = {p.name for p in demo.get(PeopleService).list(include_inactive=True)}
    organiser = by_field(rows(qtbot, demo, "meetings", 1), "组织者")
    assert organiser and organiser[0][3] in names
    owner = [r for r in rows(qtbot, demo, "contacts", 28) if r[1] == "对接人"]
    assert owner and all(r[3] in names or r[3] == "" for r in owner)
    assert any(r[3] in names for r in owner)


def test_system_notes_written_in_english_read_in_chinese(qapp):
    install("zh_CN")
    try:
        assert (
            labels.note_label("releases", "void_approvals", "2 approval(s) voided by an edit")
            == "因修改作废了 2 项批准"
        )
        assert labels.note_label("releases", "approve", "v3 " + "ab" * 32) == "版本 3"
        assert (
            labels.note_label("mail_outbox", "rebuild", "PR-2026-004 v2 " + "cd" * 32) == "PR-2026-004 版本 2"
        )
        assert (
            labels.note_label("mail_outbox", "retry", "resend after interruption") == "上次发送中断后重新发送"
        )
        assert (
            labels.note_label("contacts", "merge", "Wang Lei merged into Wang Lei (Xinhua)")
            == "Wang Lei 已合并到 Wang Lei (Xinhua)"
        )
        assert (
            labels.note_label(
                "contacts", "import", "list.csv: 3 to create, 1 to update, 0 unchanged, 2 rows rejected"
            )
            == "list.csv: 将新建 3，将更新 1，未变 0，拒绝 2 行"
        )
        # what people typed stays as typed
        assert (
            labels.note_label("releases", "request_changes", "See the two comments.")
            == "See the two comments."
        )
    finally:
        install("en")
    assert labels.note_label("releases", "approve", "v3 " + "ab" * 32) == "version 3"


def test_a_declared_person_field_without_lookup_keeps_the_value():
    assert labels.value_label("releases", "author_id", "2") == "2"
    assert (
        labels.value_label("releases", "author_id", "2", names=lambda kind, v: {"2": "李明"}.get(v)) == "李明"
    )
    assert labels.reference_kind("meetings", "organiser_id") == labels.PERSON
    assert labels.field_label("contact_consents", "set_by_id") == labels.field_label(
        "contact_consents", "set_by"
    )


def test_a_long_value_does_not_push_the_note_off_the_dialog(qtbot, demo):
    dlg = HistoryDialog(demo.get(AuditService), "releases", 4, "x")
    qtbot.addWidget(dlg)
    assert dlg.width() >= 1000 or dlg.width() >= int(dlg.screen().availableGeometry().width() * 0.85)
    dlg.show()
    m, view = dlg.model, dlg.view
    assert view.columnViewportPosition(m.COL_NOTE) < view.viewport().width() - 60  # even on an 800x600 screen
    assert max(view.columnWidth(m.COL_OLD), view.columnWidth(m.COL_NEW)) <= max(140, dlg.width() * 0.22)
    long_row = next(r for r in range(m.rowCount()) if len(m.index(r, m.COL_NEW).data() or "") > 200)
    assert (
        m.index(long_row, m.COL_NEW).data(__import__("PySide6.QtCore").QtCore.Qt.ItemDataRole.ToolTipRole)
        == m.index(long_row, m.COL_NEW).data()
    )  # whole in the tooltip
