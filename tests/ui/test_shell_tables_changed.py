"""Every view follows the commits of the tables it shows, whoever made them and on whichever thread:
nobody tells a pane by hand. A hidden pane catches up when it is shown; a rollback or a read tells
nobody; what panes read on their own writes nothing (else they would reload forever)."""

from __future__ import annotations

import importlib
from datetime import date

import pytest
import tests.support.smtp as loopback
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.workflow import Action
from commdesk.persistence.models import Base
from commdesk.persistence.models.contacts import OutletRow
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.mail.outbox import OutboxService
from commdesk.services.mail.sending import ReleaseMailer
from commdesk.services.people import PeopleService
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.contacts.pane import ContactsPane
from commdesk.ui.navigation import PANES
from commdesk.ui.releases.pane import ReleasesPane

smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)


def _release_edit(title: str = "华信发布新平台") -> ReleaseEdit:
    return ReleaseEdit(ReleaseContent(title=title, body_markdown="第一段。"))


def _on_a_worker(app_services, fn):
    """``fn()`` on a thread-pool thread through the task runner, as long work runs in the window."""
    return app_services.runner.run(lambda _progress, _cancel: fn())


def test_a_release_made_on_a_worker_thread_appears_in_the_releases_pane(qtbot, app_services):
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    assert pane.model.rowCount() == 0
    svc = app_services.get(ReleaseService)
    with qtbot.waitSignal(app_services.tables_changed, timeout=20000) as announced:
        _on_a_worker(app_services, lambda: svc.create(_release_edit()))
    assert {"releases", "release_revisions", "audit_log"} <= announced.args[0]
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)  # no refresh asked for


def test_one_announcement_for_the_commits_of_one_turn_and_none_for_a_rollback(
    qtbot, ctx, app_services, people
):
    seen: list[frozenset[str]] = []
    app_services.tables_changed.connect(seen.append)
    with pytest.raises(RuntimeError), ctx.unit_of_work() as uow:
        uow.session.add(OutletRow(name="新华社", name_key="新华社"))
        uow.session.flush()
        raise RuntimeError("cancelled: rolled back")
    app_services.get(ReleaseService).list()  # a read
    app_services.get(ContactService).create(
        ContactRecord(full_name="张伟", emails=[Email("work", "zhang@xinhua.example.cn")])
    )
    app_services.get(ReleaseService).create(_release_edit())
    qtbot.waitUntil(lambda: bool(seen))
    assert len(seen) == 1 and {"contacts", "releases"} <= seen[0] and "outlets" not in seen[0]


def test_a_hidden_pane_catches_up_when_it_is_shown(qtbot, app_services):
    pane = ContactsPane(app_services)
    qtbot.addWidget(pane)  # built, not shown: like a pane the user is not looking at
    before = pane.model.total
    with qtbot.waitSignal(app_services.tables_changed, timeout=20000):
        app_services.get(ContactService).create(
            ContactRecord(full_name="李娜", emails=[Email("work", "li@thepaper.example.cn")])
        )
    assert pane.model.total == before and "contacts" in pane.watch.stale
    pane.show()
    qtbot.waitUntil(lambda: pane.model.total == before + 1)
    assert not pane.watch.stale


def test_a_pane_that_reloaded_after_its_own_change_does_not_reload_again(qtbot, app_services):
    pane = ReleasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    reloads: list[int] = []
    pane.model.modelReset.connect(lambda: reloads.append(1))
    app_services.get(ReleaseService).create(_release_edit())
    pane.refresh()  # as a pane does right after its own change
    assert len(reloads) == 1 and pane.model.rowCount() == 1
    with qtbot.waitSignal(app_services.tables_changed, timeout=20000):
        pass
    assert len(reloads) == 1  # the announcement of that commit found nothing new


def test_mail_sent_by_the_outbox_shows_in_the_contacts_history(
    qtbot, ctx, app_services, people, smtp_server, tmp_path
):
    contact = ctx.service(ContactService).create(
        ContactRecord(full_name="张伟", outlet="新华社", emails=[Email("work", "zhang@xinhua.example.cn")])
    )
    lists = ctx.service(ContactListService)
    press = lists.create_static("媒体")
    lists.add(press.id, [contact.id])
    configure(ctx, smtp_server, tmp_path)
    app_services.set_person(people["officer"])
    svc = app_services.get(ReleaseService)
    r = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="华信发布新平台",
                body_markdown="第一段。",
                dateline_city="上海",
                dateline_date=date(2026, 3, 10),
            ),
            reviewer_ids=(people["reviewer"].id,),
            lists=((press.id, "媒体"),),
        )
    )
    svc.act(r.id, Action.SUBMIT, note="请审")
    app_services.set_person(people["reviewer"])
    svc.act(r.id, Action.APPROVE)
    app_services.set_person(people["officer"])
    app_services.get(ReleaseMailer).send_to_lists(r.id)
    pane = ContactsPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.open_record(contact.id)
    assert pane.detail.timeline.topLevelItemCount() == 0
    outbox = app_services.get(OutboxService)
    _on_a_worker(app_services, outbox.send_pending)  # as "Send now" does
    qtbot.waitUntil(lambda: len(smtp_server.messages) == 1, timeout=20000)
    qtbot.waitUntil(lambda: pane.detail.timeline.topLevelItemCount() == 1, timeout=20000)
    item = pane.detail.timeline.topLevelItem(0)
    assert item.text(1) == "Mailing" and "华信发布新平台" in item.text(5)


def test_the_people_dialog_follows_a_person_added_elsewhere(qtbot, app_services):
    from commdesk.core.domain.people import Role
    from commdesk.ui.admin.people_dialog import PeopleDialog

    dialog = PeopleDialog(app_services)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = dialog.table.rowCount()
    people = app_services.get(PeopleService)
    _on_a_worker(
        app_services,
        lambda: people.create("赵敏", "zhao@example.org", "品牌传播部", {Role.OFFICER}, "zhao-pass"),
    )
    qtbot.waitUntil(lambda: dialog.table.rowCount() == rows + 1, timeout=20000)


def test_what_the_panes_read_writes_nothing(qtbot, ctx, app_services):
    """A pane reloads after a commit of its tables; were its reload to write one of them, it would
    reload for ever. None writes anything."""
    from commdesk.ui.main_window import MainWindow

    app_services.get(ContactService).create(
        ContactRecord(full_name="张伟", emails=[Email("work", "zhang@xinhua.example.cn")])
    )
    app_services.get(ReleaseService).create(_release_edit())
    window = MainWindow(app_services.prefs, "en")
    qtbot.addWidget(window)
    window.attach(app_services)
    window.show()
    committed: list[frozenset[str]] = []
    stop = ctx.on_committed(committed.append)
    try:
        for spec in PANES:
            window.nav.setCurrentRow(PANES.index(spec))  # built, shown, activated
            pane = window.pane(spec.key)
            pane.on_tables_changed(pane.tables)
        assert committed == []
    finally:
        stop()


def test_every_pane_names_tables_that_exist():
    known = set(Base.metadata.tables)
    for spec in PANES:
        module, _, name = spec.factory.partition(":")
        pane = getattr(importlib.import_module(module), name)
        assert pane.tables, f"{name} shows no table"
        assert pane.tables <= known, f"{name}: {sorted(pane.tables - known)} are no tables"


def test_a_history_dialog_shows_a_change_made_while_it_is_open(qtbot, app_services, people):
    from dataclasses import replace

    from commdesk.services.audit import AuditService
    from commdesk.ui.common.history import HistoryDialog

    officer = people["officer"]
    dialog = HistoryDialog(
        app_services.get(AuditService), "people", officer.id, officer.name, services=app_services
    )
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.model.rowCount()
    service = app_services.get(PeopleService)
    _on_a_worker(app_services, lambda: service.update(replace(officer, department="总经理办公室")))
    qtbot.waitUntil(lambda: dialog.model.rowCount() > before, timeout=20000)
