"""The cases desk's work that runs by itself while the window is open: the periodic look at the
clocks escalates an overdue case once, in a worker thread (the GUI thread never waits for it), and
says so in the status bar; a mailbox that cannot be fetched is said in the status bar in words,
never in a dialog."""

from __future__ import annotations

import threading
from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from commdesk.core.cases.workflow import Channel
from commdesk.core.errors import CommdeskError
from commdesk.services.cases.admin import CaseAdminService
from commdesk.services.cases.intake import CaseIntakeService
from commdesk.services.cases.service import CaseService
from commdesk.services.mail.imap_fetch import MailboxFetchService
from commdesk.services.settings import SettingsService
from commdesk.ui.cases.background import CasesDeskJobs
from commdesk.ui.main_window import MainWindow

pytestmark = pytest.mark.timezones

NOW = datetime(2026, 12, 8, 6, 0, tzinfo=UTC)  # Tuesday 14:00 in Shanghai


@pytest.fixture
def overdue(app_services, people):
    ctx = app_services.ctx
    settings = app_services.get(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai"))
    admin = app_services.get(CaseAdminService)
    billing = admin.save_category("billing", "账单", "Billing")
    admin.set_manager(people["officer"].id, people["reviewer"].id)
    ctx.clock = lambda: NOW
    return app_services.get(CaseService).create(
        Channel.LETTER,
        "来信：账单有误",
        category=billing.id,
        owner_id=people["officer"].id,
        received_at=NOW - timedelta(days=7),
    )


def _window(qtbot, services) -> MainWindow:
    window = MainWindow(services.prefs, "en")
    qtbot.addWidget(window)
    window.show()
    window.attach(services)
    qtbot.waitUntil(lambda: window.case_jobs is not None, timeout=10000)
    return window


def test_the_periodic_look_escalates_an_overdue_case_once_in_a_worker_thread(
    qtbot, app_services, overdue, monkeypatch
):
    threads: list[threading.Thread] = []
    real = CaseService.escalate_overdue

    def escalate(self):
        threads.append(threading.current_thread())
        return real(self)

    monkeypatch.setattr(CaseService, "escalate_overdue", escalate)
    window = _window(qtbot, app_services)
    jobs = window.case_jobs
    jobs.escalate_timer.setInterval(1)  # the next look at once instead of in five minutes
    with qtbot.waitSignal(jobs.finished, timeout=10000) as first:
        jobs.escalate_timer.start()
    job, escalations = first.args
    assert job == "escalate" and [e.reference for e in escalations] == [overdue.reference]
    assert escalations[0].manager  # the owner's manager is told
    assert threads and threads[0] is not threading.main_thread()
    assert "1 case clock ran out and was escalated" in window.statusBar().currentMessage()
    with qtbot.waitSignal(jobs.finished, timeout=10000) as second:  # the next tick: nothing left to do
        pass
    assert second.args == ["escalate", []]
    jobs.stop()
    clocks = app_services.get(CaseService).get(overdue.id).clocks
    assert sum(1 for c in clocks if c.escalated_at is not None) == 1


def test_a_mailbox_that_cannot_be_fetched_is_said_in_the_status_bar(qtbot, app_services, people, monkeypatch):
    monkeypatch.setattr(MailboxFetchService, "account", lambda self: object())  # a mailbox is set up

    def unreachable(self, **_kwargs):
        raise CommdeskError("The mail server imap.example.cn did not answer.")

    monkeypatch.setattr(CaseIntakeService, "take_in_mailbox", unreachable)
    window = _window(qtbot, app_services)
    jobs = window.case_jobs
    jobs.escalate_timer.stop()
    with qtbot.waitSignal(jobs.failed, timeout=10000) as failed:
        assert jobs.fetch_now()
    assert failed.args[0] == "intake"
    shown = window.statusBar().currentMessage()
    assert (
        "The feedback mailbox could not be fetched: The mail server imap.example.cn did not answer." in shown
    )
    assert "Cases desk settings" in shown
    # a second fetch while none runs starts again; the failure said again, not piled up in dialogs
    with qtbot.waitSignal(jobs.failed, timeout=10000):
        assert jobs.fetch_now()


def test_fetching_every_n_minutes_is_this_computers_choice(qtbot, app_services, people):
    jobs = CasesDeskJobs(app_services)
    assert jobs.fetch_minutes() == 10  # the default
    jobs.start()
    assert jobs.fetch_timer.isActive() and jobs.fetch_timer.interval() == 10 * 60 * 1000
    jobs.set_fetch_minutes(0)
    assert not jobs.fetch_timer.isActive() and app_services.prefs.value("cases/fetch_minutes") in (0, "0")
    jobs.stop()


def test_someone_who_does_not_work_cases_starts_nothing(qtbot, app_services, people, monkeypatch):
    from commdesk.core.domain.people import Role
    from commdesk.services.people import PeopleService

    press = app_services.get(PeopleService).create(
        "赵敏", "zhao@example.cn", "办公室", {Role.ADMINISTRATOR}, passphrase="zhao-min passphrase 2026"
    )
    app_services.set_person(press)
    jobs = CasesDeskJobs(app_services)
    assert not jobs.escalate_now() and not jobs.fetch_now()
