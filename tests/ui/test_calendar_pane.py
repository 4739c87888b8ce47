"""The Calendar pane as a person uses it: every kind on its day in the organisation's zone (named),
the cadence warning explained and resolved by dragging a post into the thin week, the keyboard's
Alt+arrows and Move to… doing the same, what cannot move refused in words, the filters, the list
view and a double-click opening the item's own pane."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import QByteArray, QMimeData, QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QDialog

from commdesk.core.calendar.entries import EntryKind
from commdesk.core.events.records import EventEdit
from commdesk.core.meetings.model import Meeting, MeetingKind
from commdesk.services.events.service import EventService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.posts import PostEdit, PostService
from commdesk.services.settings import SettingsService

NOW = datetime(2026, 11, 4, 2, 0, tzinfo=UTC)  # Wednesday 4 November 10:00 in Shanghai
MONDAY = datetime(2026, 11, 1, 16, 0, tzinfo=UTC)  # Monday 2 November 00:00 in Shanghai


@pytest.fixture
def desk(ctx, people, app_services):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    ctx.clock = lambda: NOW
    accounts = ctx.service(AccountService)
    platforms = {p.code: p for p in accounts.add_standard_platforms()}
    weibo = accounts.save_account(platforms["weibo"].id, "市民服务中心", target_min=2, target_max=3)
    posts = ctx.service(PostService)
    this_week = [
        posts.save(
            PostEdit(weibo.id, f"本周第{i}条", MONDAY + timedelta(days=i, hours=10), campaign="开放日")
        )
        for i in range(3)
    ]
    next_week = posts.save(PostEdit(weibo.id, "下周唯一一条", MONDAY + timedelta(weeks=1, days=1, hours=10)))
    event = ctx.service(EventService).create(
        EventEdit(
            "发布会",
            MONDAY + timedelta(days=3, hours=14),
            MONDAY + timedelta(days=3, hours=16),
            "Asia/Shanghai",
        )
    )
    meeting = ctx.service(MeetingService).save(
        Meeting(
            kind=MeetingKind.IN_PERSON,
            topic="选题会",
            start=MONDAY + timedelta(days=3, hours=15),
            duration=60,
            room="201",
        )
    )
    return {
        "weibo": weibo,
        "this_week": this_week,
        "next_week": next_week,
        "event": event,
        "meeting": meeting,
    }


def _pane(qtbot, app_services, mode=1):
    from commdesk.ui.calendar.pane import CalendarPane

    pane = CalendarPane(app_services)
    qtbot.addWidget(pane)
    pane.mode.setCurrentIndex(mode)
    return pane


def _drop(grid, key: str, day: date) -> None:
    data = QMimeData()
    from commdesk.ui.calendar.widgets import ENTRY_MIME

    data.setData(ENTRY_MIME, QByteArray(key.encode()))
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.MoveAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    grid.cell(day).dropEvent(event)


@pytest.mark.timezones
def test_the_week_shows_every_kind_on_its_day_and_names_the_zone(qtbot, app_services, desk):
    pane = _pane(qtbot, app_services)
    shown = {k: d for d, k in pane.week.shown()}
    assert shown[f"post-{desk['this_week'][0].id}"] == date(2026, 11, 2)
    assert shown[f"event-{desk['event'].id}"] == date(2026, 11, 5)
    assert shown[f"meeting-{desk['meeting'].id}"] == date(2026, 11, 5)
    assert "Asia/Shanghai" in pane.zone_label.text()
    thursday = pane.week.cell(date(2026, 11, 5))
    texts = [thursday.item(i).text() for i in range(thursday.count())]
    assert all(t.startswith("‖") for t in texts[1:])  # the event and the meeting overlap
    assert "on their posting target" in pane.warnings.text()


def test_the_cadence_warning_is_shown_then_resolved_by_dragging_a_post(qtbot, app_services, desk, answer):
    pane = _pane(qtbot, app_services, mode=0)  # the month
    assert "below the target of 2-3" in pane.warnings.text() and "2026-11-09" in pane.warnings.text()
    assert "▼ 1" in pane.month.cadence_labels[2].text()  # 1 November is a Sunday: its week is row 0
    moved = desk["this_week"][2]
    _drop(pane.month, f"post-{moved.id}", date(2026, 11, 12))
    after = app_services.get(PostService).get(moved.id)
    assert after.planned_at == moved.planned_at + timedelta(days=8)  # same time of day, Thursday next week
    assert "2026-11-09" not in pane.warnings.text()
    assert not answer.asked


def test_keyboard_moves_and_move_to_replan_and_what_cannot_move_says_why(
    qtbot, app_services, desk, answer, monkeypatch
):
    from commdesk.ui.calendar.dialogs import MoveDialog

    pane = _pane(qtbot, app_services)
    post = desk["this_week"][0]
    key = f"post-{post.id}"
    assert pane.week.select(key)
    qtbot.keyClick(pane.week.cell(date(2026, 11, 2)), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert app_services.get(PostService).get(post.id).planned_at == post.planned_at + timedelta(days=1)
    qtbot.keyClick(pane.week.cell(date(2026, 11, 3)), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert app_services.get(PostService).get(post.id).planned_at == post.planned_at + timedelta(
        days=1, hours=1
    )

    def choose(dialog, when):
        dialog.day.setDate(when.date())
        dialog.clock.setTime(when.time())
        return QDialog.DialogCode.Accepted

    from PySide6.QtCore import QDate, QDateTime, QTime

    monkeypatch.setattr(
        MoveDialog,
        "exec",
        lambda self: choose(self, QDateTime(QDate(2026, 11, 6), QTime(9, 30))),
    )
    assert pane.week.select(key)
    pane.move_selected()
    assert app_services.get(PostService).get(post.id).planned_at == datetime(2026, 11, 6, 1, 30, tzinfo=UTC)

    meeting = desk["meeting"]
    app_services.get(MeetingService).cancel(meeting.id, "改期")
    pane.refresh()
    cancelled = pane.entries[f"meeting-{meeting.id}"]
    assert "cancelled" in cancelled.movable
    assert pane.week.select(cancelled.key)
    assert not pane.buttons["move"].isEnabled() and "cancelled" in pane.buttons["move"].toolTip()
    assert not pane.replan(cancelled, cancelled.start + timedelta(days=1))
    assert answer.asked[-1][0] == "error" and "cancelled" in answer.asked[-1][2]


def test_moving_an_event_asks_first_since_its_approval_may_be_voided(qtbot, app_services, desk, answer):
    from PySide6.QtWidgets import QMessageBox

    pane = _pane(qtbot, app_services)
    event = desk["event"]
    answer.reply = QMessageBox.StandardButton.No
    _drop(pane.week, f"event-{event.id}", date(2026, 11, 6))
    assert "reviewed again" in answer.asked[-1][2]
    assert app_services.get(EventService).get(event.id).starts_at == event.starts_at
    answer.reply = QMessageBox.StandardButton.Yes
    _drop(pane.week, f"event-{event.id}", date(2026, 11, 6))
    assert app_services.get(EventService).get(event.id).starts_at == event.starts_at + timedelta(days=1)


def test_filters_list_view_and_opening_an_item_in_its_pane(qtbot, app_services, desk, monkeypatch):
    pane = _pane(qtbot, app_services)
    pane.kind_actions[EntryKind.POST].setChecked(False)
    assert {k.split("-")[0] for _d, k in pane.week.shown()} == {"event", "meeting"}
    pane.kind_actions[EntryKind.POST].setChecked(True)
    pane.campaign.setCurrentIndex(pane.campaign.findData("开放日"))
    assert {k.split("-")[0] for _d, k in pane.week.shown()} == {"post"}
    pane.campaign.setCurrentIndex(0)
    pane.mode.setCurrentIndex(2)  # the quarter as a list
    titles = [pane.list.item(r, 3).text() for r in range(pane.list.rowCount())]
    assert "下周唯一一条" in titles and "发布会" in titles
    opened = []
    monkeypatch.setattr(
        type(pane),
        "window",
        lambda self: type("W", (), {"open_record": lambda _s, k, i: opened.append((k, i))})(),
    )
    pane.open_entry(f"event-{desk['event'].id}")
    assert opened == [("events", desk["event"].id)]


def test_a_week_lists_the_accounts_off_target_first_so_a_short_row_still_shows_them(
    qtbot, app_services, desk
):
    """A month's row has room for two or three accounts: the one below its target must not be the
    one cut off (in English the account names wrap onto two lines)."""
    accounts = app_services.get(AccountService)
    platforms = {p.code: p for p in accounts.platforms()}
    for name in ("A 服务号", "B 服务号", "C 服务号"):  # on target every week: a target of 0-5
        accounts.save_account(platforms["wechat"].id, name, target_min=0, target_max=5)
    pane = _pane(qtbot, app_services, mode=0)
    row = pane.month.cadence_labels[2].text().split("<br>")  # the week of 9 November
    assert len(row) == 4 and "▼ 1" in row[0] and "市民服务中心" in row[0]
    assert all("✓" in line for line in row[1:])


def test_the_owner_filter_finds_the_posts_of_their_author(qtbot, app_services, desk, people, as_person):
    """A post's owner is its author: the Owner box offers them, and choosing one leaves that
    person's posts (with their other items) on the week and in the list, named in the tooltip."""
    as_person(people["officer2"])
    emma = app_services.get(PostService).save(
        PostEdit(desk["weibo"].id, "Emma's post", MONDAY + timedelta(days=4, hours=9))
    )
    as_person(people["admin"])
    pane = _pane(qtbot, app_services)
    owners = [pane.owner.itemText(i) for i in range(pane.owner.count())]
    assert "Emma Schmidt" in owners and people["admin"].name in owners
    pane.owner.setCurrentIndex(pane.owner.findData("Emma Schmidt"))
    assert [k for _d, k in pane.week.shown()] == [f"post-{emma.id}"]
    friday = pane.week.cell(date(2026, 11, 6))
    assert "Owner: Emma Schmidt" in friday.item(1).toolTip()
    pane.owner.setCurrentIndex(pane.owner.findData(people["admin"].name))
    shown = {k for _d, k in pane.week.shown()}
    assert {f"post-{p.id}" for p in desk["this_week"]} <= shown and f"post-{emma.id}" not in shown
    pane.owner.setCurrentIndex(pane.owner.findData("Emma Schmidt"))
    pane.mode.setCurrentIndex(2)  # the list: the owner's column
    rows = [[pane.list.item(r, c).text() for c in range(7)] for r in range(pane.list.rowCount())]
    assert [(r[3], r[5]) for r in rows] == [("Emma's post", "Emma Schmidt")]
