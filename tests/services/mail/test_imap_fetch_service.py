"""The feedback mailbox as the office sets it up: account in settings, password only in the keyring,
fetching through the service against the real Dovecot server, roles checked."""

from __future__ import annotations

import pytest

from commdesk.core.errors import PermissionDenied, ValidationError
from commdesk.core.mail.imap_account import ImapAccount
from commdesk.services.mail.imap_fetch import ImapError, MailboxFetchService
from commdesk.services.settings import SettingsService

MESSAGE = (
    b"From: =?UTF-8?B?546L6Iqz?= <wangfang@example.cn>\r\nTo: feedback@office.example.org\r\n"
    b"Subject: =?UTF-8?B?5Zyo57q/5Y+N6aaI?=\r\nMessage-ID: <svc-1@example.cn>\r\n"
    b"Date: Mon, 09 Mar 2026 09:00:00 +0800\r\n\r\nhello\r\n"
)


def test_set_up_and_fetch_through_the_service(ctx, people, imap_mailbox, _fresh_keyring):
    service = ctx.service(MailboxFetchService)
    assert service.account() is None
    with pytest.raises(ImapError, match="No feedback mailbox is set up yet"):
        service.fetch()

    # 'none' on loopback: the organisation's certificate authority is a setting of its own, tested
    # with the SMTP account; here the stored account and the keyring are what is tested
    findings = service.save_account(imap_mailbox.account("none"))
    assert [f.rule for f in findings] == ["P-5"]  # unencrypted: said as a warning
    with pytest.raises(ImapError, match="password of the feedback mailbox"):
        service.fetch()

    assert service.set_password(imap_mailbox.password) is True
    assert _fresh_keyring.values[("commdesk", f"imap:{imap_mailbox.user}@127.0.0.1")] == imap_mailbox.password
    stored = ctx.service(SettingsService).get_many("mailbox.")
    assert imap_mailbox.password not in repr(stored) and stored["mailbox.user"] == imap_mailbox.user

    imap_mailbox.deliver(MESSAGE)
    batch = service.fetch()
    (fetched,) = batch.messages
    assert fetched.message.subject == "在线反馈" and fetched.message.sender.name == "王芳"
    assert service.fetch(batch.cursor).messages == ()
    assert service.finish(batch.cursor, [fetched.uid]) == 0  # "leave": nothing changes on the server
    assert "connected to" in service.test().lower()


def test_wrong_account_settings_are_refused_with_the_fix(ctx, people):
    service = ctx.service(MailboxFetchService)
    with pytest.raises(ValidationError) as caught:
        service.save_account(
            ImapAccount(host="imap://x", port=0, security="tls", user="", after_fetch="purge")
        )
    assert set(caught.value.errors) == {"host", "port", "security", "user", "after_fetch"}


def test_only_administrators_set_up_the_mailbox(ctx, people, as_person, imap_mailbox):
    as_person(people["officer"])
    assert ctx.service(MailboxFetchService).may_set_up()
    with pytest.raises(PermissionDenied):
        ctx.service(MailboxFetchService).save_account(imap_mailbox.account("ssl"))
