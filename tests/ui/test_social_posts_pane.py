"""The Posts pane and its dialogs as a person uses them: the week shows the posts on their days with
each account's count against its target and the weeks below target explained; a post is written
with the live length counter, submitted and approved from the pane, published by copying its text
and recording its address; the reminder fires when a post's time comes; the asset library finds a
duplicate; the figures dialog imports a CSV and shows the month."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from commdesk.core.review.workflow import State
from commdesk.services.publishing.accounts import AccountService
from commdesk.services.publishing.posts import PostEdit, PostService
from commdesk.services.settings import SettingsService

NOW = datetime(2026, 11, 4, 2, 0, tzinfo=UTC)  # Wednesday 10:00 in Shanghai


@pytest.fixture
def desk(ctx, people, app_services):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    ctx.clock = lambda: NOW
    accounts = ctx.service(AccountService)
    platforms = {p.code: p for p in accounts.add_standard_platforms()}
    weibo = accounts.save_account(platforms["weibo"].id, "市民服务中心")
    posts = ctx.service(PostService)
    first = posts.save(PostEdit(weibo.id, "周一的帖子", NOW - timedelta(days=1, hours=1)))
    second = posts.save(PostEdit(weibo.id, "周四的帖子", NOW + timedelta(days=1)))
    return {"weibo": weibo, "first": first, "second": second}


def _pane(qtbot, app_services):
    from commdesk.ui.publishing.pane import PostsPane

    pane = PostsPane(app_services)
    qtbot.addWidget(pane)
    return pane


def _posts_shown(grid) -> list[tuple[date, int]]:
    """(day, post id) of every post the grid shows."""
    return [(day, int(key.removeprefix("post-"))) for day, key in grid.shown()]


@pytest.mark.timezones
def test_the_week_shows_posts_on_their_days_and_explains_the_cadence(qtbot, app_services, desk):
    pane = _pane(qtbot, app_services)
    shown = _posts_shown(pane.week)
    assert shown == [(date(2026, 11, 3), desk["first"].id), (date(2026, 11, 5), desk["second"].id)]
    cadence = pane.week.cadence_labels[0]
    assert "▼ 2" in cadence.text() and "below the target of 3-5" in cadence.toolTip()
    assert "plan 1 more" in pane.explained.toPlainText()
    pane.tabs.setCurrentWidget(pane.month)
    assert {pid for _d, pid in _posts_shown(pane.month)} == {desk["first"].id, desk["second"].id}
    lines = [label.text() for label in pane.month.cadence_labels]
    # the week of 26 October is before the account's first post: nothing to plan there
    assert lines[0] == "" and "▼ 2" in lines[1]
    assert all(line for line in lines[1:])  # each week from the first post on has its line


def test_submit_and_approve_from_the_pane_then_publish_by_copy_and_record(
    qtbot, app_services, desk, people, answer, monkeypatch
):
    pane = _pane(qtbot, app_services)
    pane.week.select(f"post-{desk['second'].id}")
    assert pane.post.id == desk["second"].id
    assert pane.buttons["submit"].isEnabled() and not pane.buttons["publish"].isEnabled()
    qtbot.mouseClick(pane.buttons["submit"], Qt.MouseButton.LeftButton)
    assert pane.post.state is State.IN_REVIEW
    assert not pane.buttons["approve"].isEnabled()  # the admin wrote it: four eyes
    # why not, in words: the role that approves (not "not possible while In review")
    assert (
        "Reviewer" in pane.buttons["approve"].toolTip() and "while" not in pane.buttons["approve"].toolTip()
    )
    assert pane.buttons["return"].toolTip() == pane.buttons["approve"].toolTip()
    app_services.set_person(people["reviewer"])
    pane.select(desk["second"].id)
    qtbot.mouseClick(pane.buttons["approve"], Qt.MouseButton.LeftButton)
    assert pane.post.state is State.APPROVED
    app_services.set_person(people["admin"])
    pane.select(desk["second"].id)
    assert pane.buttons["publish"].isEnabled()

    recorded = []

    def run(dlg):
        assert QApplication.clipboard().text() == "周四的帖子"
        dlg.url.setText("https://weibo.com/1/abc")
        dlg.save()
        recorded.append(dlg.published)
        return 1

    from commdesk.ui.publishing.publish_dialog import PublishDialog

    monkeypatch.setattr(PublishDialog, "exec", lambda self: run(self))
    qtbot.mouseClick(pane.buttons["publish"], Qt.MouseButton.LeftButton)
    assert recorded[0].published_url == "https://weibo.com/1/abc"
    assert pane.post.state is State.PUBLISHED and not pane.buttons["edit"].isEnabled()


def test_the_reminder_tells_each_due_post_once(qtbot, app_services, desk, ctx):
    pane = _pane(qtbot, app_services)
    pane.check_reminders()  # what was due at start-up is told now
    ctx.clock = lambda: NOW + timedelta(days=1, minutes=1)
    with qtbot.waitSignal(pane.notify_requested) as told:
        assert pane.check_reminders() == [desk["second"].id]
    assert "市民服务中心" in told.args[0] and "周四的帖子" in told.args[1]
    assert pane.check_reminders() == []


def test_the_post_dialog_counts_as_the_platform_does_and_saves(qtbot, app_services, desk, answer):
    from commdesk.ui.publishing.post_dialog import PostDialog

    dlg = PostDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.account.setCurrentIndex(dlg.account.findData(desk["weibo"].id))
    dlg.text.setPlainText("ab看看")
    assert "3 of 2000" in dlg.counter.text()  # two ASCII letters count one on Weibo, and 看看 two
    dlg.text.setPlainText("长" * 2001)
    assert "1 too long" in dlg.counter.text()
    dlg.save()
    assert answer.asked and "2001" in answer.asked[-1][2] and dlg.saved is None
    dlg.text.setPlainText("新帖子 https://example.org/a-very-long-link-to-the-news")
    assert "微博" in dlg.purpose.text() or "Weibo" in dlg.purpose.text()
    assert "微信公众号" in dlg.guide.toPlainText() and "WeChat official account" in dlg.guide.toPlainText()
    dlg.save()
    assert dlg.saved is not None and dlg.saved.review.state is State.DRAFT


def test_the_asset_library_finds_a_duplicate(qtbot, app_services, desk, tmp_path, answer):
    from commdesk.ui.publishing.assets_dialog import AssetLibraryDialog

    one, two = tmp_path / "海报.png", tmp_path / "poster-copy.png"
    one.write_bytes(b"poster")
    two.write_bytes(b"poster")
    dlg = AssetLibraryDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.add_path(str(one))
    dlg.add_path(str(two))
    assert dlg.table.rowCount() == 1 and "海报.png" in dlg.table.item(0, 0).text()
    assert answer.asked[-1][:2] == ("info", "Already in the library")  # a kind the message box knows


def test_the_figures_dialog_imports_a_csv_and_reports_the_month(qtbot, app_services, desk, tmp_path, answer):
    from commdesk.ui.publishing.metrics_dialog import MetricsDialog

    export = tmp_path / "weibo.csv"
    export.write_bytes(
        "日期,粉丝数,阅读数,互动数\n2026-10-01,100,50,5\n2026-10-31,150,60,7\n".encode("gb18030")
    )
    dlg = MetricsDialog(app_services, account_id=desk["weibo"].id)
    qtbot.addWidget(dlg)
    dlg.import_path(str(export))
    assert dlg.months.rowCount() == 1 and dlg.months.item(0, 1).text() == "150"
    assert dlg.chart_view.chart().series()  # followers and interactions drawn
    dlg.report_month.setDate(dlg.report_month.date().__class__(2026, 10, 1))
    # October is before the account's first post in commdesk (2 November): no week off target
    assert dlg.report.item(0, 1).text() == "150" and dlg.report.item(0, 6).text() == "0"


def test_comments_are_logged_answered_from_a_template_and_made_cases(qtbot, app_services, desk, answer):
    from commdesk.services.cases.service import CaseService
    from commdesk.services.publishing.messages import SocialMessageService
    from commdesk.ui.publishing.messages_dialog import MessagesDialog

    app_services.get(SocialMessageService).save_template("开放时间", "您好，开放时间为每天 9:00-17:00。")
    dlg = MessagesDialog(app_services, post_id=desk["first"].id)
    qtbot.addWidget(dlg)
    for text, author in (("几点开门？", "@小王"), ("排队两小时没人管！", "@老李")):
        dlg.body.setPlainText(text)
        dlg.author.setText(author)
        qtbot.mouseClick(dlg.log_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == 2 and dlg.table.item(0, 2).text() == "@小王"
    dlg.table.selectRow(0)
    dlg.template.setCurrentIndex(1)
    dlg.use_template(1)
    assert dlg.reply.toPlainText().startswith("您好")
    qtbot.mouseClick(dlg.answer_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == 1  # answered: no longer among those needing an answer
    dlg.table.selectRow(0)
    answer.reply = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dlg.case_button, Qt.MouseButton.LeftButton)
    made = [m for m in app_services.get(SocialMessageService).list() if m.case_id]
    assert len(made) == 1 and made[0].post_id == desk["first"].id
    case = app_services.get(CaseService).get(made[0].case_id)
    assert "排队两小时没人管" in case.summary and case.reference in answer.asked[-1][2]
    assert answer.asked[-1][0] == "info"


def test_someone_without_a_role_sees_why_and_nothing_breaks(qtbot, app_services, desk, people):
    nobody = replace(people["officer"], roles=frozenset())
    app_services.set_person(nobody)
    pane = _pane(qtbot, app_services)
    assert _posts_shown(pane.week) == [] and "role" in pane.empty.text()
    assert not any(b.isEnabled() for key, b in pane.buttons.items())
    assert pane.check_reminders() == []


def test_a_returned_post_shows_the_comment_and_an_edit_after_approval_shows_what_changed(
    qtbot, app_services, desk, people, answer
):
    posts = app_services.get(PostService)
    post = desk["second"]
    status = posts.submit(post.id, post.review.version)
    app_services.set_person(people["reviewer"])
    pane = _pane(qtbot, app_services)
    pane.select(post.id)
    answer.text = "请写明活动地点。"
    qtbot.mouseClick(pane.buttons["return"], Qt.MouseButton.LeftButton)
    assert pane.post.state is State.RETURNED
    assert "请写明活动地点" in pane.post_view.comments.toPlainText() and "(1)" in pane.post_view.tabText(2)

    app_services.set_person(people["admin"])
    status = posts.submit(post.id, posts.get(post.id).review.version)
    app_services.set_person(people["reviewer"])
    posts.approve(post.id, status.version)
    app_services.set_person(people["admin"])
    edited = posts.get(post.id)
    posts.save(
        PostEdit(edited.account_id, "周四的帖子，地点：市民中心", edited.planned_at), post.id, edited.version
    )
    pane.select(post.id)
    assert pane.post.state is State.IN_REVIEW
    assert "地点：市民中心" in pane.post_view.changes.toPlainText()


def test_a_post_typed_and_not_saved_is_offered_back_after_a_crash(
    qtbot, app_services, desk, answer, monkeypatch
):
    from commdesk.ui.publishing.post_dialog import PostDialog

    dlg = PostDialog(app_services)
    qtbot.addWidget(dlg)
    dlg.account.setCurrentIndex(dlg.account.findData(desk["weibo"].id))
    dlg.text.setPlainText("一篇写了很久的长文")
    dlg.write_draft()  # what the autosave timer does every few seconds
    del dlg  # commdesk stopped: the dialog never closed

    reopened = []

    def run(self):
        reopened.append((self.text.toPlainText(), self.account.currentData(), self.has_unsaved_edits()))
        self.save()
        return 1

    monkeypatch.setattr(PostDialog, "exec", run)
    answer.reply = QMessageBox.StandardButton.Yes  # Recover
    pane = _pane(qtbot, app_services)
    assert pane.offer_recovery() == ["new"]
    assert answer.asked[-1][0] == "question" and "一篇写了很久的长文" in answer.asked[-1][2]
    assert reopened == [("一篇写了很久的长文", desk["weibo"].id, True)]
    assert pane.offer_recovery() == []  # saved: the copy is gone
    assert any(p.text == "一篇写了很久的长文" for p in app_services.get(PostService).list())


def test_dragging_a_post_to_another_day_replans_it_at_the_same_time(qtbot, app_services, desk, answer):
    from PySide6.QtCore import QByteArray, QMimeData, QPointF
    from PySide6.QtGui import QDropEvent

    from commdesk.ui.calendar.widgets import ENTRY_MIME

    pane = _pane(qtbot, app_services)
    second = desk["second"]

    def drop(post_id: int, column: int) -> None:
        data = QMimeData()
        data.setData(ENTRY_MIME, QByteArray(f"post-{post_id}".encode()))
        event = QDropEvent(
            QPointF(5, 5),
            Qt.DropAction.MoveAction,
            data,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        pane.week.days[column].dropEvent(event)

    drop(second.id, 5)  # Saturday
    moved = app_services.get(PostService).get(second.id)
    assert moved.planned_at == second.planned_at + timedelta(days=2)  # Thursday 10:00 -> Saturday 10:00
    assert (date(2026, 11, 7), second.id) in _posts_shown(pane.week)
    assert not answer.asked


def _two_desks_edit(qtbot, app_services, desk):
    """Two people open the same post; the first saves; what the second typed meets a newer copy."""
    from commdesk.ui.publishing.post_dialog import PostDialog

    post = app_services.get(PostService).get(desk["second"].id)
    first, second = PostDialog(app_services, post), PostDialog(app_services, post)
    qtbot.addWidget(first)
    qtbot.addWidget(second)
    first.text.setPlainText("周四的帖子（甲改过）")
    first.save()
    assert first.saved is not None
    second.text.setPlainText("周四的帖子（乙改过）")
    return second


@pytest.mark.parametrize(("choice", "kept"), [("mine", "乙"), ("theirs", "甲")])
def test_a_post_saved_meanwhile_shows_both_versions_and_keeps_the_one_chosen(
    qtbot, app_services, desk, monkeypatch, choice, kept
):
    import commdesk.ui.publishing.post_dialog as post_dialog

    shown = []

    def choose(_parent, exc):
        shown.append(exc)
        return choice

    monkeypatch.setattr(post_dialog, "resolve_conflict", choose)
    second = _two_desks_edit(qtbot, app_services, desk)
    second.save()
    exc = shown[0]  # both versions, as people read them: labels and the text typed on each desk
    assert exc.mine["Text"] == "周四的帖子（乙改过）" and exc.theirs["Text"] == "周四的帖子（甲改过）"
    assert "Asia/Shanghai" in exc.theirs["Planned"] and "市民服务中心" in exc.theirs["Account"]
    stored = app_services.get(PostService).get(desk["second"].id)
    assert kept in stored.text
    assert (second.saved is not None) == (choice == "mine")
    if choice == "theirs":  # the dialog now shows the stored post, nothing typed left unsaved
        assert second.text.toPlainText() == stored.text and not second.has_unsaved_edits()


def test_cancel_on_a_conflict_keeps_what_was_typed(qtbot, app_services, desk, monkeypatch):
    import commdesk.ui.publishing.post_dialog as post_dialog

    monkeypatch.setattr(post_dialog, "resolve_conflict", lambda _p, _e: "cancel")
    second = _two_desks_edit(qtbot, app_services, desk)
    second.save()
    assert second.saved is None and second.text.toPlainText() == "周四的帖子（乙改过）"
    assert "甲" in app_services.get(PostService).get(desk["second"].id).text


def test_a_step_on_a_stale_post_says_so_and_shows_it_as_stored(qtbot, app_services, desk, answer):
    pane = _pane(qtbot, app_services)
    pane.select(desk["second"].id)
    moved = NOW + timedelta(days=2)
    app_services.get(PostService).replan(desk["second"].id, moved)  # on another desk, meanwhile
    answer.reply = QMessageBox.StandardButton.Yes
    pane.cancel_post()
    title, text = answer.asked[-1][1:]
    assert title == "The post cannot be taken off the plan"
    assert "Someone else changed this meanwhile; nothing was done" in text
    assert "Choose which version" not in text
    assert pane.post.planned_at == moved and not pane.post.cancelled


def test_a_post_published_on_another_day_stays_selected_there(qtbot, app_services, desk, people, monkeypatch):
    svc = app_services.get(PostService)
    later = svc.save(PostEdit(desk["weibo"].id, "下周的帖子", NOW + timedelta(weeks=1)))
    svc.submit(later.id)
    app_services.set_person(people["reviewer"])
    svc.approve(later.id)
    app_services.set_person(people["admin"])
    pane = _pane(qtbot, app_services)
    pane.open_record(later.id)  # planned next week; it goes out today, ahead of plan
    assert pane.title.text().startswith("Week of 2026-11-09")

    def run(dlg):
        dlg.url.setText("https://weibo.com/1/early")
        dlg.save()
        return 1

    from commdesk.ui.publishing.publish_dialog import PublishDialog

    monkeypatch.setattr(PublishDialog, "exec", lambda self: run(self))
    qtbot.mouseClick(pane.buttons["publish"], Qt.MouseButton.LeftButton)
    assert pane.title.text().startswith("Week of 2026-11-02")  # the week it went out
    assert pane.post is not None and pane.post.id == later.id and pane.post.state is State.PUBLISHED
    assert (date(2026, 11, 4), later.id) in _posts_shown(pane.week)
    assert "https://weibo.com/1/early" in pane.post_view.detail.toPlainText()


def test_the_figures_chart_names_each_month_under_its_point(qtbot, app_services, desk, tmp_path, answer):
    from PySide6.QtCharts import QCategoryAxis

    from commdesk.ui.publishing.metrics_dialog import MetricsDialog

    export = tmp_path / "weibo.csv"
    export.write_bytes(
        "\ufeff日期,粉丝数,阅读数,互动数\n2026-10-31,150,60,7\n2026-11-30,180,70,9\n2027-01-31,200,80,9\n".encode()
    )
    dlg = MetricsDialog(app_services, account_id=desk["weibo"].id)
    qtbot.addWidget(dlg)
    dlg.import_path(str(export))
    (axis,) = dlg.chart_view.chart().axes(Qt.Orientation.Horizontal)
    assert isinstance(axis, QCategoryAxis)
    assert axis.categoriesLabels() == ["2026-10", "2026-11", "2027-01"]
    assert [axis.endValue(label) for label in axis.categoriesLabels()] == [0, 1, 3]  # December left empty
    followers = next(s for s in dlg.chart_view.chart().series() if s.name() == "Followers")
    assert [(p.x(), p.y()) for p in followers.points()] == [(0, 150), (1, 180), (3, 200)]


def test_a_busy_day_of_the_month_shows_each_post_on_a_line_of_its_own(qtbot, app_services, desk):
    svc = app_services.get(PostService)
    day = NOW + timedelta(days=1)  # Thursday, which already has one post
    for hours in (2, 4, 6):
        svc.save(
            PostEdit(
                desk["weibo"].id, f"同一天的第 {hours} 条帖子，写得比较长一些", day + timedelta(hours=hours)
            )
        )
    pane = _pane(qtbot, app_services)
    pane.resize(1280, 800)
    pane.tabs.setCurrentWidget(pane.month)
    pane.show()
    qtbot.waitExposed(pane)
    cell = next(c for c in pane.month.days if pane.month.day_of(c) == date(2026, 11, 5))
    posts = [cell.item(i) for i in range(1, cell.count())]
    assert len(posts) == 4 and not cell.wordWrap()
    assert all("\n" not in item.text() for item in posts)  # time, platform, state and headline on one line
    assert "[Draft]" in posts[0].text() and "周四的帖子" in posts[0].toolTip()  # the whole post on hover
    # all four seen without scrolling the day (a list view lays its items out on a timer: wait for it)
    qtbot.waitUntil(lambda: 0 <= cell.visualItemRect(posts[-1]).bottom() <= cell.viewport().rect().bottom())
    pane.tabs.setCurrentWidget(pane.week)
    week_cell = next(c for c in pane.week.days if pane.week.day_of(c) == date(2026, 11, 5))
    assert week_cell.wordWrap() and "\n" in week_cell.item(1).text()  # the week has room for two lines


def test_times_read_away_from_the_calendar_name_their_zone(qtbot, app_services, desk, ctx, answer):
    from commdesk.ui.publishing.accounts_dialog import AccountsDialog
    from commdesk.ui.publishing.messages_dialog import MessagesDialog

    pane = _pane(qtbot, app_services)
    pane.check_reminders()
    ctx.clock = lambda: NOW + timedelta(days=1, minutes=1)
    with qtbot.waitSignal(pane.notify_requested) as told:  # the tray shows it without the pane
        pane.check_reminders()
    assert told.args[1].startswith("2026-11-05 10:00 (Asia/Shanghai, UTC+08:00)")
    messages = MessagesDialog(app_services)
    qtbot.addWidget(messages)
    assert messages.table.horizontalHeaderItem(0).text() == "Received (Asia/Shanghai, UTC+08:00)"
    accounts = AccountsDialog(app_services)
    qtbot.addWidget(accounts)
    assert accounts.table.horizontalHeaderItem(3).text() == "Checked by, when (Asia/Shanghai, UTC+08:00)"


@pytest.mark.timezones
def test_a_new_post_is_first_planned_for_tomorrow_morning_in_the_office_zone(qtbot, app_services, desk, ctx):
    from commdesk.ui.publishing.post_dialog import PostDialog

    ctx.clock = lambda: datetime(2026, 11, 4, 16, 30, tzinfo=UTC)  # 00:30 on Thursday in Shanghai
    dlg = PostDialog(app_services)
    qtbot.addWidget(dlg)
    assert dlg.planned.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-06 10:00"
    assert dlg.edit().planned_at == datetime(2026, 11, 6, 2, 0, tzinfo=UTC)


def test_a_recovered_edit_meets_a_change_made_since_the_crash_as_a_conflict(
    qtbot, app_services, desk, answer, monkeypatch
):
    import commdesk.ui.publishing.post_dialog as post_dialog
    from commdesk.ui.publishing.post_dialog import PostDialog

    svc = app_services.get(PostService)
    dlg = PostDialog(app_services, svc.get(desk["second"].id))
    qtbot.addWidget(dlg)
    dlg.text.setPlainText("周四的帖子，崩溃前改了一半")
    dlg.write_draft()
    del dlg  # commdesk stopped
    stored = svc.get(desk["second"].id)  # meanwhile a colleague changes the post
    svc.save(replace(stored.as_edit(), text="周四的帖子（同事已改）"), stored.id, stored.version)

    shown = []
    monkeypatch.setattr(post_dialog, "resolve_conflict", lambda _p, exc: shown.append(exc) or "cancel")
    monkeypatch.setattr(PostDialog, "exec", lambda self: (self.save(), 0)[1])
    answer.reply = QMessageBox.StandardButton.Yes  # Recover
    pane = _pane(qtbot, app_services)
    assert pane.offer_recovery() == [str(desk["second"].id)]
    assert shown and shown[0].theirs["Text"] == "周四的帖子（同事已改）"
    assert shown[0].mine["Text"] == "周四的帖子，崩溃前改了一半"
    assert svc.get(desk["second"].id).text == "周四的帖子（同事已改）"  # not overwritten unseen


def test_the_months_report_is_saved_as_a_csv_excel_reads(qtbot, app_services, desk, tmp_path, monkeypatch):
    import csv

    from PySide6.QtWidgets import QFileDialog

    from commdesk.services.publishing.metrics import SocialMetricsService
    from commdesk.ui.publishing.metrics_dialog import MetricsDialog

    metrics = app_services.get(SocialMetricsService)
    metrics.enter(desk["weibo"].id, date(2026, 10, 1), followers=150, reach=1000, interactions=30)
    dlg = MetricsDialog(app_services, account_id=desk["weibo"].id)
    qtbot.addWidget(dlg)
    dlg.tabs.setCurrentIndex(1)
    dlg.report_month.setDate(dlg.report_month.date().__class__(2026, 10, 1))
    target = tmp_path / "report.csv"
    offered = []

    def choose(_parent, _title, suggested, _filter):
        offered.append(suggested)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", choose)
    qtbot.mouseClick(dlg.save_report_button, Qt.MouseButton.LeftButton)
    assert offered == ["social-report-2026-10.csv"]
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0][:4] == ["Account", "Followers", "Growth", "Engagement"]
    assert rows[1][:4] == ["Weibo · 市民服务中心", "150", "", "3.0%"]
    assert [dlg.report.item(0, c).text() for c in range(4)] == ["Weibo · 市民服务中心", "150", "", "3.0 %"]
    chart = dlg.report_chart.chart()  # the month at a glance: engagement per account
    assert chart.title() == "2026-10: engagement by account"
    (series,) = chart.series()
    (bars,) = series.barSets()
    (axis,) = chart.axes(Qt.Orientation.Horizontal)
    assert axis.categories() == ["Weibo · 市民服务中心"] and [bars.at(0)] == [3.0]


def test_the_accounts_list_says_what_sm1_found_and_who_checked(qtbot, app_services, desk, people):
    from commdesk.ui.publishing.accounts_dialog import AccountsDialog

    accounts = app_services.get(AccountService)
    wechat = next(p for p in accounts.platforms() if p.code == "wechat")
    unchecked = accounts.save_account(wechat.id, "市民服务中心")
    accounts.check_identity(desk["weibo"].id, name=True, avatar=False, profile=False, note="旧标志")
    dlg = AccountsDialog(app_services)
    qtbot.addWidget(dlg)
    rows = {dlg.table.item(r, 0).text(): r for r in range(dlg.table.rowCount())}
    weibo_row, wechat_row = rows["Weibo · 市民服务中心"], rows[unchecked.label()]
    assert dlg.table.item(weibo_row, 2).text() == "to fix: avatar, profile"  # checked, found wanting
    assert dlg.table.item(weibo_row, 3).text() == f"{people['admin'].name} · 2026-11-04 10:00"
    assert (
        dlg.table.item(wechat_row, 2).text() == "not checked yet"
        and dlg.table.item(wechat_row, 3).text() == ""
    )


def test_the_keyboard_replans_a_post_and_a_published_one_says_why_it_stays(
    qtbot, app_services, desk, people, answer
):
    """Alt+Right moves the selected post a day at the same time, Alt+Down an hour (the Calendar
    pane's keys); a post that went out is not moved and the person is told why."""
    svc = app_services.get(PostService)
    second = desk["second"]  # Thursday 10:00
    pane = _pane(qtbot, app_services)
    assert pane.week.select(f"post-{second.id}")
    qtbot.keyClick(pane.week.cell(date(2026, 11, 5)), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert svc.get(second.id).planned_at == second.planned_at + timedelta(days=1)
    assert (date(2026, 11, 6), second.id) in _posts_shown(pane.week) and pane.post.id == second.id
    qtbot.keyClick(pane.week.cell(date(2026, 11, 6)), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert svc.get(second.id).planned_at == second.planned_at + timedelta(days=1, hours=1)
    # on to Saturday, Sunday, then Monday: the week after is shown, the post still selected
    qtbot.keyClick(pane.week.cell(date(2026, 11, 6)), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(pane.week.cell(date(2026, 11, 7)), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(pane.week.cell(date(2026, 11, 8)), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert pane.title.text().startswith("Week of 2026-11-09") and pane.post.id == second.id

    first = desk["first"]
    svc.submit(first.id)
    app_services.set_person(people["reviewer"])
    svc.approve(first.id)
    app_services.set_person(people["admin"])
    svc.record_published(first.id, "https://weibo.com/1/first", at=NOW - timedelta(hours=1))
    pane.step_view(0)
    key = f"post-{first.id}"
    assert pane.week.select(key)
    item = next(
        c.item(i)
        for c in pane.week.days
        for i in range(c.count())
        if c.item(i).data(Qt.ItemDataRole.UserRole) == key
    )
    assert not item.flags() & Qt.ItemFlag.ItemIsDragEnabled and "went out" in item.toolTip()
    qtbot.keyClick(pane.week.cell(date(2026, 11, 4)), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert answer.asked[-1][1] == "The post cannot be moved" and "went out" in answer.asked[-1][2]
    assert svc.get(first.id).published_at == NOW - timedelta(hours=1)


def test_a_post_shows_its_author_state_and_being_off_the_plan(qtbot, app_services, desk, people, answer):
    """Who wrote a post is in its tooltip and its detail; its colour is its review state's; one
    taken off the plan stays on its day struck through, greyed."""
    from PySide6.QtWidgets import QMessageBox

    svc = app_services.get(PostService)
    svc.submit(desk["second"].id)
    pane = _pane(qtbot, app_services)
    thursday = pane.week.cell(date(2026, 11, 5))
    item = thursday.item(1)
    assert "[In review]" in item.text() and item.foreground().color().name() == "#b35900"
    assert f"Owner: {people['admin'].name}" in item.toolTip()
    pane.select(desk["first"].id)
    assert f"Written by: {people['admin'].name}" in pane.post_view.detail.toPlainText()
    answer.reply = QMessageBox.StandardButton.Yes
    pane.cancel_post()
    tuesday = pane.week.cell(date(2026, 11, 3))
    struck = tuesday.item(1)
    assert struck.font().strikeOut() and struck.foreground().color().name() == "#999999"
    assert "taken off the plan" in struck.toolTip()
    assert "▼ 1" in pane.week.cadence_labels[0].text()  # it no longer counts for the week


def test_a_double_click_opens_a_post_and_on_a_days_heading_plans_one_there(
    qtbot, app_services, desk, monkeypatch
):
    from commdesk.ui.publishing.post_dialog import PostDialog

    opened = []
    monkeypatch.setattr(
        PostDialog, "exec", lambda self: opened.append((self.edit().text, self.edit().planned_at)) or 0
    )
    pane = _pane(qtbot, app_services)
    pane.resize(1280, 800)
    pane.show()
    qtbot.waitExposed(pane)
    saturday = pane.week.cell(date(2026, 11, 7))
    where = saturday.visualItemRect(saturday.item(0)).center()  # the day's heading
    qtbot.mouseClick(saturday.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double-click's
    qtbot.mouseDClick(saturday.viewport(), Qt.MouseButton.LeftButton, pos=where)  # first and second
    assert opened == [("", datetime(2026, 11, 7, 2, 0, tzinfo=UTC))]  # a new one, 10:00 in Shanghai
    thursday = pane.week.cell(date(2026, 11, 5))
    where = thursday.visualItemRect(thursday.item(1)).center()
    qtbot.mouseClick(thursday.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.mouseDClick(thursday.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened[-1] == ("周四的帖子", desk["second"].planned_at) and pane.post.id == desk["second"].id


def test_comments_opened_on_a_post_are_logged_on_its_account_under_it(qtbot, app_services, desk):
    """With a second account (LinkedIn sorts before Weibo) the dialog opened on a Weibo post logged
    a comment on LinkedIn, detached from the post: it vanished from the post's list."""
    from commdesk.services.publishing.messages import SocialMessageService
    from commdesk.ui.publishing.messages_dialog import MessagesDialog

    accounts = app_services.get(AccountService)
    linkedin = next(p for p in accounts.platforms() if p.code == "linkedin")
    accounts.save_account(linkedin.id, "Huaxin Technology", target_min=1, target_max=2)
    dlg = MessagesDialog(app_services, post_id=desk["first"].id)
    qtbot.addWidget(dlg)
    assert dlg.account.currentData() == desk["weibo"].id
    assert str(desk["first"].id) in dlg.windowTitle() and "市民服务中心" in dlg.windowTitle()
    dlg.body.setPlainText("几点开门？")
    qtbot.mouseClick(dlg.log_button, Qt.MouseButton.LeftButton)
    assert dlg.table.rowCount() == 1
    [logged] = app_services.get(SocialMessageService).list()
    assert (logged.account_id, logged.post_id) == (desk["weibo"].id, desk["first"].id)


def test_publishing_in_another_week_than_planned_says_what_it_does_to_that_week(
    qtbot, app_services, desk, people
):
    """A post planned in two weeks, published today, counts today: the dialog says so, and that
    the week it leaves then has no post, below the 3-5 target, before it is recorded."""
    from commdesk.ui.publishing.post_dialog import to_qdatetime
    from commdesk.ui.publishing.publish_dialog import PublishDialog

    posts = app_services.get(PostService)
    later = posts.save(PostEdit(desk["weibo"].id, "两周后的帖子", NOW + timedelta(weeks=2)))
    status = posts.submit(later.id)
    app_services.set_person(people["reviewer"])
    posts.approve(later.id, status.version)
    app_services.set_person(people["admin"])
    dlg = PublishDialog(app_services, posts.get(later.id), posts.final_copy(later.id))
    qtbot.addWidget(dlg)
    note = dlg.week_note.text()
    assert "It counts in the week of 2026-11-02, not the week of 2026-11-16" in note
    # the cadence's own sentence: the week left is to come, so it says what to plan
    assert ": 0 post" in note and "week of 2026-11-16, below the target of 3-5 (SM-2); plan 3 more" in note
    assert not dlg.week_note.isHidden()
    dlg.when.setDateTime(to_qdatetime(later.planned_at, "Asia/Shanghai"))  # recorded when planned
    assert dlg.week_note.isHidden() and dlg.week_note.text() == ""
