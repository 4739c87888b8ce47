"""The contact's timeline shows the releases mailed to them (written when the server accepted the
mail) and their coverage of our releases, newest first."""

from __future__ import annotations

from datetime import UTC, date, datetime

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import Coverage, ReleaseEdit
from commdesk.services.contacts.service import ContactService
from commdesk.services.releases.coverage import ReleaseCoverageService
from commdesk.services.releases.service import ReleaseService
from commdesk.ui.contacts.pane import ContactsPane


def test_timeline_has_mailings_and_coverage(qtbot, ctx, app_services, people):
    contacts = ctx.service(ContactService)
    c = contacts.create(
        ContactRecord(full_name="张伟", outlet="新华社", emails=[Email("work", "zhang@xinhua.example.cn")])
    )
    release = ctx.service(ReleaseService).create(
        ReleaseEdit(ReleaseContent(title="华信发布新平台", body_markdown="正文"))
    )
    contacts.log_interaction(
        c.id,
        "mailing",
        datetime(2026, 3, 10, 2, tzinfo=UTC),
        "email",
        "Press release sent by e-mail: 华信发布新平台",
        release_id=release.id,
    )
    ctx.service(ReleaseCoverageService).add(
        Coverage(
            release.id,
            "新华社",
            date(2026, 3, 12),
            journalist_id=c.id,
            journalist_name="张伟",
            headline="华信新平台上线",
        )
    )
    pane = ContactsPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.open_record(c.id)
    qtbot.waitUntil(lambda: pane.detail.timeline.topLevelItemCount() == 2, timeout=20000)
    first, second = (pane.detail.timeline.topLevelItem(i) for i in range(2))
    assert (
        first.text(1) == "Coverage"
        and "华信新平台上线" in first.text(5)
        and release.reference in first.text(5)
    )
    assert second.text(1) == "Mailing" and "华信发布新平台" in second.text(5)
