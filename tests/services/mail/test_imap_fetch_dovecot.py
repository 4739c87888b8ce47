"""Fetching the feedback mailbox from a real Dovecot server (tests/support/imap.py): only new
messages, nothing marked on the server, a changed UIDVALIDITY, errors a person can act on, cancel."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from commdesk.core.errors import Cancelled
from commdesk.core.mail.incoming import MessageKind
from commdesk.services.mail.imap_fetch import (
    ImapCursor,
    ImapError,
    fetch_new,
    finish_fetched,
    test_imap_connection,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "mail" / "intake"


def simple(n: int, subject: str = "反馈") -> bytes:
    return (
        f"From: Reader {n} <reader{n}@example.cn>\r\nTo: feedback@office.example.org\r\n"
        f"Subject: {subject} {n}\r\nDate: Mon, 09 Mar 2026 09:0{n % 10}:00 +0800\r\n"
        f"Message-ID: <msg-{n}@example.cn>\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n第 {n} 封来信。\r\n"
    ).encode()


def test_fetch_new_messages_then_only_the_newer_ones(imap_mailbox):
    for n in (1, 2):
        imap_mailbox.deliver(simple(n))
    imap_mailbox.deliver((FIXTURES / "gb2312_declared_gbk.eml").read_bytes())
    account = imap_mailbox.account("ssl")

    first = fetch_new(account, imap_mailbox.password, None, ssl_context=imap_mailbox.ssl_context)

    assert [f.message.subject for f in first.messages] == [
        "反馈 1",
        "反馈 2",
        "网站联系电话停用（朱镕基中学）",
    ]
    assert [f.uid for f in first.messages] == [1, 2, 3]
    assert "朱镕基" in first.messages[2].message.text
    assert first.messages[0].message.origin == "INBOX, UID 1"
    assert first.messages[0].raw.startswith(b"From: Reader 1")
    assert first.cursor.last_uid == 3 and first.cursor.uidvalidity == imap_mailbox.status()["UIDVALIDITY"]
    assert not first.more and not first.uidvalidity_changed
    # read-only: nothing was marked as read on the server
    assert all("\\Seen" not in flags for flags in imap_mailbox.flags().values())

    again = fetch_new(account, imap_mailbox.password, first.cursor, ssl_context=imap_mailbox.ssl_context)
    assert again.messages == () and again.cursor == first.cursor

    imap_mailbox.deliver(simple(4))
    later = fetch_new(account, imap_mailbox.password, first.cursor, ssl_context=imap_mailbox.ssl_context)
    assert [f.message.subject for f in later.messages] == ["反馈 4"]
    assert later.cursor.last_uid == 4


def test_batches_are_bounded_and_report_progress(imap_mailbox):
    for n in range(1, 6):
        imap_mailbox.deliver(simple(n))
    account = imap_mailbox.account("starttls")
    seen: list[tuple[int, int]] = []

    batch = fetch_new(
        account,
        imap_mailbox.password,
        None,
        batch_size=2,
        ssl_context=imap_mailbox.ssl_context,
        progress=lambda d, t: seen.append((d, t)),
    )
    assert [f.uid for f in batch.messages] == [1, 2] and batch.remaining == 3 and batch.more
    assert seen == [(1, 2), (2, 2)]
    subjects = [f.message.subject for f in batch.messages]
    while batch.more:
        batch = fetch_new(
            account, imap_mailbox.password, batch.cursor, batch_size=2, ssl_context=imap_mailbox.ssl_context
        )
        subjects += [f.message.subject for f in batch.messages]
    assert subjects == [f"反馈 {n}" for n in range(1, 6)]


def test_changed_uidvalidity_fetches_everything_again_and_fingerprints_catch_the_repeats(imap_mailbox):
    imap_mailbox.deliver(simple(1), folder="Feedback")
    imap_mailbox.deliver(simple(2), folder="Feedback")
    account = imap_mailbox.account("ssl", folder="Feedback")
    first = fetch_new(account, imap_mailbox.password, None, ssl_context=imap_mailbox.ssl_context)
    stored = {f.message.fingerprint for f in first.messages}

    imap_mailbox.recreate_folder("Feedback")  # restored from a backup: same messages, new UIDs
    for n in (1, 2, 3):
        imap_mailbox.deliver(simple(n), folder="Feedback")
    again = fetch_new(account, imap_mailbox.password, first.cursor, ssl_context=imap_mailbox.ssl_context)

    assert again.uidvalidity_changed
    assert again.cursor.uidvalidity != first.cursor.uidvalidity
    assert [f.uid for f in again.messages] == [1, 2, 3]
    new = [f.message.subject for f in again.messages if f.message.fingerprint not in stored]
    assert new == ["反馈 3"]


def test_another_folder_in_the_settings_starts_from_its_beginning(imap_mailbox):
    imap_mailbox.deliver(simple(1))
    imap_mailbox.deliver(simple(2), folder="Web")
    inbox = fetch_new(
        imap_mailbox.account("ssl"), imap_mailbox.password, None, ssl_context=imap_mailbox.ssl_context
    )
    web = fetch_new(
        imap_mailbox.account("ssl", folder="Web"),
        imap_mailbox.password,
        inbox.cursor,
        ssl_context=imap_mailbox.ssl_context,
    )
    assert [f.message.subject for f in web.messages] == ["反馈 2"]
    assert web.cursor.folder == "Web"


def test_bad_input_in_the_mailbox_never_stops_the_fetch(imap_mailbox):
    for name in ("bounce_dsn.eml", "auto_reply_submitted.eml", "broken_mime.eml", "undeclared_big5.eml"):
        imap_mailbox.deliver((FIXTURES / name).read_bytes())
    imap_mailbox.deliver(b"garbage without any header line at all \x00\xff\r\n")
    batch = fetch_new(
        imap_mailbox.account("ssl"), imap_mailbox.password, None, ssl_context=imap_mailbox.ssl_context
    )
    messages = [f.message for f in batch.messages]
    assert [m.kind for m in messages[:2]] == [MessageKind.BOUNCE, MessageKind.AUTO_REPLY]
    assert not messages[0].acknowledge and not messages[1].acknowledge
    assert "路灯坏了" in messages[2].text
    assert messages[3].subject == "關於新聞稿的更正"
    assert messages[4].set_aside  # not a mail message: kept aside with the reason
    assert batch.cursor.last_uid == 5


def test_a_message_over_the_limit_comes_as_headers_only_and_set_aside(imap_mailbox):
    big = simple(1) + b"x" * 200_000 + b"\r\n"
    imap_mailbox.deliver(big)
    batch = fetch_new(
        imap_mailbox.account("ssl"),
        imap_mailbox.password,
        None,
        max_message_bytes=100_000,
        ssl_context=imap_mailbox.ssl_context,
    )
    (fetched,) = batch.messages
    assert len(fetched.raw) < 1000  # only the header crossed the network
    assert fetched.message.subject == "反馈 1" and fetched.message.size == len(big)
    assert fetched.message.set_aside and "MB" in fetched.message.set_aside


def test_cancel_stops_between_messages(imap_mailbox):
    for n in (1, 2, 3):
        imap_mailbox.deliver(simple(n))
    cancel = threading.Event()
    done: list[int] = []

    def progress(n: int, total: int) -> None:
        done.append(n)
        if n == 1:
            cancel.set()

    with pytest.raises(Cancelled):
        fetch_new(
            imap_mailbox.account("ssl"),
            imap_mailbox.password,
            None,
            ssl_context=imap_mailbox.ssl_context,
            progress=progress,
            cancel=cancel,
        )
    assert done == [1]


def test_wrong_password_is_said_in_words_without_the_password(imap_mailbox):
    wrong = "not-the-password-Zq9"
    with pytest.raises(ImapError) as caught:
        fetch_new(imap_mailbox.account("ssl"), wrong, None, ssl_context=imap_mailbox.ssl_context)
    message = str(caught.value)
    assert "refused the user name or password" in message and imap_mailbox.user in message
    assert wrong not in message and caught.value.permanent


def test_plain_ascii_login_and_the_connection_test(dovecot_server):
    from tests.support.imap import ASCII_PASSWORD, ImapMailbox

    mailbox = ImapMailbox(dovecot_server, dovecot_server.add_user(ASCII_PASSWORD), ASCII_PASSWORD)
    mailbox.deliver(simple(1))
    sentence = test_imap_connection(
        mailbox.account("starttls"), ASCII_PASSWORD, ssl_context=mailbox.ssl_context
    )
    assert mailbox.user in sentence and "1" in sentence


def test_unreachable_server_untrusted_certificate_and_missing_folder(imap_mailbox):
    from tests.support.smtp import free_port

    account = imap_mailbox.account("ssl", port=free_port())
    with pytest.raises(ImapError, match="Nothing answers at"):
        fetch_new(account, imap_mailbox.password, None, ssl_context=imap_mailbox.ssl_context, timeout=10)
    with pytest.raises(ImapError, match=r"certificate .* is not trusted"):
        fetch_new(imap_mailbox.account("ssl"), imap_mailbox.password, None, timeout=10)  # the system's CAs
    with pytest.raises(ImapError, match="secure connection"):  # SSL spoken to the STARTTLS port
        fetch_new(
            imap_mailbox.account("ssl", port=imap_mailbox.server.port),
            imap_mailbox.password,
            None,
            ssl_context=imap_mailbox.ssl_context,
            timeout=10,
        )
    with pytest.raises(ImapError, match="folder 'Nowhere' does not exist"):
        fetch_new(
            imap_mailbox.account("ssl", folder="Nowhere"),
            imap_mailbox.password,
            None,
            ssl_context=imap_mailbox.ssl_context,
        )


def test_nothing_changes_on_the_server_unless_the_setting_says_so(imap_mailbox):
    for n in (1, 2, 3):
        imap_mailbox.deliver(simple(n))
    account = imap_mailbox.account("ssl")
    batch = fetch_new(account, imap_mailbox.password, None, ssl_context=imap_mailbox.ssl_context)
    uids = [f.uid for f in batch.messages]

    assert (
        finish_fetched(
            account, imap_mailbox.password, batch.cursor, uids, ssl_context=imap_mailbox.ssl_context
        )
        == 0
    )
    assert all("\\Seen" not in f for f in imap_mailbox.flags().values())

    account.after_fetch = "mark_seen"
    assert (
        finish_fetched(
            account, imap_mailbox.password, batch.cursor, uids[:2], ssl_context=imap_mailbox.ssl_context
        )
        == 2
    )
    flags = imap_mailbox.flags()
    assert ["\\Seen" in flags[u] for u in uids] == [True, True, False]

    account.after_fetch = "delete"
    stale = ImapCursor(batch.cursor.folder, (batch.cursor.uidvalidity or 0) + 1, batch.cursor.last_uid)
    assert (
        finish_fetched(account, imap_mailbox.password, stale, uids, ssl_context=imap_mailbox.ssl_context) == 0
    )
    assert (
        finish_fetched(
            account, imap_mailbox.password, batch.cursor, uids[:1], ssl_context=imap_mailbox.ssl_context
        )
        == 1
    )
    assert sorted(imap_mailbox.flags()) == uids[1:]
