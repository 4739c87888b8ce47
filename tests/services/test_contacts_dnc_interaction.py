"""Logging a call or mail to someone marked do-not-contact on that channel warns:
the service refuses without a reason and audits the reason when one is given; other channels,
and the person calling us (an inquiry), do not warn."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from commdesk.core.contacts.consent import dnc_channel
from commdesk.core.contacts.records import ContactRecord, Email, Phone
from commdesk.services.audit import AuditService
from commdesk.services.contacts.service import ContactService, DoNotContactWarning

NOW = datetime(2026, 5, 4, 8, tzinfo=UTC)


@pytest.fixture
def wang(ctx, people, as_person):
    svc = ctx.service(ContactService)
    made = svc.create(
        ContactRecord(
            full_name="王伟", emails=[Email("", "ww@xinhua.example.com")], phones=[Phone("", "13912345678")]
        )
    )
    svc.set_do_not_contact(made.id, "phone", "asked on 3 May: e-mail only")
    as_person(people["officer"])
    return svc, made.id


def test_dnc_channel_of_an_interaction():
    assert dnc_channel("call", "") == "phone" and dnc_channel("pitch", "phone") == "phone"
    assert dnc_channel("mailing", "") == "email" and dnc_channel("pitch", "mail") == "mail"
    assert dnc_channel("meeting", "in_person") is None and dnc_channel("pitch", "wechat") is None


def test_call_to_a_do_not_call_contact_warns_and_needs_a_reason(ctx, wang):
    svc, cid = wang
    findings = svc.interaction_findings(cid, "call", "phone")
    assert [f.level.value for f in findings] == ["warn"] and "e-mail only" in findings[0].message
    with pytest.raises(DoNotContactWarning, match="王伟 asked not to be contacted by phone"):
        svc.log_interaction(cid, "call", NOW, "phone", "follow-up on the budget")
    with pytest.raises(DoNotContactWarning):
        svc.log_interaction(cid, "pitch", NOW, "phone", "pitch", override="  ")
    assert svc.history(cid) == []
    logged = svc.log_interaction(
        cid, "call", NOW, "phone", "returned their call", override="they called us first"
    )
    assert [i.id for i in svc.history(cid)] == [logged.id]
    notes = [
        e.note
        for e in ctx.service(AuditService).history("contact_interactions", logged.id)
        if e.action == "override"
    ]
    assert notes and notes[0].startswith("they called us first | CR-3: ")


def test_other_channels_and_inbound_inquiries_do_not_warn(wang):
    svc, cid = wang
    assert svc.interaction_findings(cid, "pitch", "email") == []
    assert svc.interaction_findings(cid, "inquiry", "phone") == []  # they called us
    svc.log_interaction(cid, "pitch", NOW, "email", "budget pitch")
    svc.log_interaction(cid, "inquiry", NOW, "phone", "asked about the budget")
    assert len(svc.history(cid)) == 2


def test_the_record_of_a_sent_release_mailing_is_always_written(wang):
    svc, cid = wang
    svc.set_do_not_contact(cid, "email", "unsubscribed")
    logged = svc.log_interaction(cid, "mailing", NOW, "email", "Press release sent by e-mail", release_id=7)
    assert [i.id for i in svc.history(cid)] == [logged.id]
    with pytest.raises(DoNotContactWarning):  # a person logging a mailing of their own is warned
        svc.log_interaction(cid, "mailing", NOW, "email", "sent the invitation myself")
