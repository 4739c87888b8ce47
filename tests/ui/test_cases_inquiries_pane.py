"""The cases pane offers answering a media inquiry only to the media liaison (an officer, MD-5): a
reviewer sees the answer button off with the reason, and may still write a note."""

from __future__ import annotations

from commdesk.core.cases.workflow import Channel
from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.services.cases.service import CaseService
from commdesk.services.contacts.service import ContactService
from commdesk.ui.cases.pane import CasesPane


def test_a_reviewer_is_not_offered_to_answer_a_media_inquiry(qtbot, app_services, ctx, people, as_person):
    journalist = ctx.service(ContactService).create(
        ContactRecord(full_name="吴记者", outlet="南方周末", emails=[Email("work", "wu@infzm.example", True)])
    )
    as_person(people["officer"])
    inquiry = ctx.service(CaseService).create(
        Channel.MEDIA_INQUIRY, "询问发布会安排", contact_id=journalist.id
    )
    letter = ctx.service(CaseService).create(
        Channel.LETTER, "来信咨询", customer=("赵女士", "", "zhao@example.org")
    )  # an address to answer: Reply… is off where there is none
    as_person(people["reviewer"])
    app_services.set_person(people["reviewer"])
    pane = CasesPane(app_services)
    qtbot.addWidget(pane)
    pane.show()
    pane.refresh_permissions()
    pane.show_case(inquiry.id, quiet=True)
    view = pane.view
    assert not view.reply_button.isEnabled() and "MD-5" in view.reply_button.toolTip()
    assert view.note_button.isEnabled()
    pane.show_case(letter.id, quiet=True)
    assert view.reply_button.isEnabled()
    as_person(people["officer"])
    app_services.set_person(people["officer"])
    pane.refresh_permissions()
    pane.show_case(inquiry.id, quiet=True)
    assert view.reply_button.isEnabled()
