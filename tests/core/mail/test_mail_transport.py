import ssl

import pytest
from test_mail_compose import ICS
from tests.support.smtp import PASSWORD, USER, free_port

from commdesk.core.mail.account import load_password, store_password
from commdesk.core.mail.attachment import Attachment
from commdesk.core.mail.compose import CalendarInvite, Delivery, Draft, compose
from commdesk.core.mail.merge import Recipient
from commdesk.core.mail.transport import Backoff, MailError, RateLimiter, SmtpTransport, test_connection


def people():
    return [
        Recipient("a@example.org", "张三", "尊敬的张老师", "新华社", key=1),
        Recipient("b@example.org", "李四", "尊敬的李老师", "人民日报", key=2),
        Recipient("c@example.org", "Chris Lee", "Dear Chris", "Reuters", key=3),
    ]


def release(delivery=Delivery.PERSONAL):
    return Draft(
        "【项目A】新品发布新闻稿-20231120",
        "{{ salutation }}：\n\n附件为新闻稿全文。"
        if delivery is Delivery.PERSONAL
        else "各位好：\n\n附件为新闻稿全文。",
        people(),
        delivery,
        attachments=[Attachment("新闻稿-新品发布-20231120.pdf", b"%PDF-1.4 body")],
    )


def test_send_over_starttls_with_the_password_from_the_keyring(smtp_server, memory_keyring):
    account = smtp_server.account()
    store_password(account, PASSWORD)
    [mail] = compose(release(), account)[:1]
    with SmtpTransport(account, load_password(account), ssl_context=smtp_server.client_ssl_context) as t:
        result = t.send(mail.message)
    assert result.reply.startswith("250") and result.refused == {}
    [got] = smtp_server.messages
    assert got.login == USER and got.rcpt_tos == ["a@example.org"] and got.mail_from == "officer@example.org"
    msg = got.message
    assert msg["Message-ID"] == mail.message_id
    assert msg["Subject"] == "【项目A】新品发布新闻稿-20231120"
    assert msg["From"].addresses[0].display_name == "市场部 王芳"
    [att] = list(msg.iter_attachments())
    assert att.get_filename() == "新闻稿-新品发布-20231120.pdf" and att.get_content() == b"%PDF-1.4 body"
    assert PASSWORD.encode() not in got.data


def test_send_over_ssl(smtp_server_factory):
    server = smtp_server_factory("ssl")
    account = server.account(port=server.port)
    with SmtpTransport(account, PASSWORD, ssl_context=server.client_ssl_context) as t:
        for mail in compose(release(), account):
            t.send(mail.message)
    assert [m.rcpt_tos for m in server.messages] == [["a@example.org"], ["b@example.org"], ["c@example.org"]]


def test_plain_server_without_login(smtp_server_factory):
    server = smtp_server_factory("none", auth=False)
    account = server.account()
    with SmtpTransport(account) as t:
        t.send(compose(release(), account)[0].message)
    assert len(server.messages) == 1 and server.messages[0].login is None


def test_bulk_merge_shows_no_other_recipient_anywhere(smtp_server):
    account = smtp_server.account()
    mails = compose(release(), account)
    with SmtpTransport(account, PASSWORD, ssl_context=smtp_server.client_ssl_context) as t:
        for mail in mails:
            t.send(mail.message)
    assert len(smtp_server.messages) == 3
    everyone = {p.address for p in people()}
    for got, person in zip(smtp_server.messages, people(), strict=False):
        assert got.rcpt_tos == [person.address]
        headers = "\n".join(f"{k}: {v}" for k, v in got.message.items())
        assert not any(a in headers or a.encode() in got.data for a in everyone - {person.address})
        assert got.message.get_body(("plain",)).get_content().startswith(person.salutation)


def test_bcc_send_delivers_to_all_without_a_bcc_header(smtp_server):
    account = smtp_server.account()
    [mail] = compose(release(Delivery.BCC), account)
    with SmtpTransport(account, PASSWORD, ssl_context=smtp_server.client_ssl_context) as t:
        t.send(mail.message)
    [got] = smtp_server.messages
    assert sorted(got.rcpt_tos) == sorted(mail.envelope_to)
    assert set(got.rcpt_tos) == {p.address for p in people()} | {"officer@example.org"}
    assert got.message["Bcc"] is None and b"a@example.org" not in got.data
    assert [a.addr_spec for a in got.message["To"].addresses] == ["officer@example.org"]


def test_invitation_arrives_with_a_parseable_calendar_part(smtp_server):
    import icalendar

    account = smtp_server.account()
    draft = Draft(
        "【项目A】会议邀请-20231120",
        "{{ salutation }}：诚邀参加筹备会，议程见附件 invite.ics。",
        people()[:1],
        invite=CalendarInvite(ICS),
    )
    with SmtpTransport(account, PASSWORD, ssl_context=smtp_server.client_ssl_context) as t:
        t.send(compose(draft, account)[0].message)
    msg = smtp_server.messages[0].message
    cal = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    assert cal.get_param("method") == "REQUEST"
    event = icalendar.Calendar.from_ical(cal.get_content()).walk("VEVENT")[0]
    assert str(event["SUMMARY"]) == "新品发布会筹备会"
    assert "invite.ics" in [a.get_filename() for a in msg.iter_attachments()]


def test_wrong_password_is_a_clear_permanent_error(smtp_server):
    account = smtp_server.account()
    with pytest.raises(MailError) as err:
        test_connection(account, "wrong", ssl_context=smtp_server.client_ssl_context)
    assert err.value.permanent and err.value.code == 535
    assert str(err.value) == (
        f"The server refused the password for {USER}: check it with 'commdesk mail set-password'."
    )
    assert "wrong" not in str(err.value)


def test_missing_password_is_named(smtp_server):
    with pytest.raises(MailError, match="set-password") as err:
        SmtpTransport(smtp_server.account(), None, ssl_context=smtp_server.client_ssl_context).open()
    assert err.value.permanent


def test_test_connection_says_what_worked(smtp_server):
    text = test_connection(smtp_server.account(), PASSWORD, ssl_context=smtp_server.client_ssl_context)
    assert "STARTTLS" in text and USER in text


def test_server_down_is_a_temporary_error():
    from commdesk.core.mail.account import SmtpAccount

    account = SmtpAccount("127.0.0.1", free_port(), "starttls", "u", sender_address="officer@example.org")
    with pytest.raises(MailError) as err:
        test_connection(account, "pw", timeout=2)
    assert not err.value.permanent and "127.0.0.1" in str(err.value)


def test_untrusted_certificate_is_permanent(smtp_server):
    with pytest.raises(MailError, match="certificate") as err:
        test_connection(smtp_server.account(), PASSWORD, ssl_context=ssl.create_default_context())
    assert err.value.permanent


def test_ssl_on_a_starttls_port_names_the_setting(smtp_server):
    with pytest.raises(MailError, match="security setting") as err:
        test_connection(
            smtp_server.account(security="ssl"),
            PASSWORD,
            timeout=2,
            ssl_context=smtp_server.client_ssl_context,
        )
    assert err.value.permanent


def test_starttls_on_an_ssl_port_times_out_as_temporary(smtp_server_factory):
    server = smtp_server_factory("ssl")
    with pytest.raises(MailError) as err:
        test_connection(
            server.account(security="starttls"), PASSWORD, timeout=0.5, ssl_context=server.client_ssl_context
        )
    assert not err.value.permanent


def test_the_password_shows_up_nowhere(smtp_server):
    t = SmtpTransport(smtp_server.account(), PASSWORD, ssl_context=smtp_server.client_ssl_context)
    assert PASSWORD not in repr(t) and PASSWORD not in str(vars(smtp_server.account()))


def test_4xx_reply_is_temporary_and_5xx_permanent(smtp_server):
    account = smtp_server.account()
    mails = compose(release(), account)
    smtp_server.fail_next(451, "4.3.0 Try again later")
    smtp_server.fail_next(554, "5.7.1 Rejected as spam")
    with SmtpTransport(account, PASSWORD, ssl_context=smtp_server.client_ssl_context) as t:
        with pytest.raises(MailError) as first:
            t.send(mails[0].message)
        with pytest.raises(MailError) as second:
            t.send(mails[1].message)
        t.send(mails[2].message)  # the connection stays usable
    assert not first.value.permanent and first.value.code == 451 and "Try again later" in first.value.reply
    assert second.value.permanent and second.value.code == 554
    assert [m.rcpt_tos for m in smtp_server.messages] == [["c@example.org"]]


def test_server_going_down_and_coming_back(smtp_server):
    account = smtp_server.account()
    mails = compose(release(), account)
    ctx = smtp_server.client_ssl_context
    with SmtpTransport(account, PASSWORD, ssl_context=ctx) as t:
        t.send(mails[0].message)
    smtp_server.stop()
    with pytest.raises(MailError) as err, SmtpTransport(account, PASSWORD, ssl_context=ctx, timeout=2) as t:
        t.send(mails[1].message)
    assert not err.value.permanent
    smtp_server.start()
    with SmtpTransport(account, PASSWORD, ssl_context=ctx) as t:
        for mail in mails[1:]:
            t.send(mail.message)
    assert [m.message["Message-ID"] for m in smtp_server.messages] == [m.message_id for m in mails]


def test_rate_limiter_spaces_sends_within_a_minute():
    now = [0.0]
    slept = []

    def sleep(seconds):
        slept.append(seconds)
        now[0] += seconds

    limiter = RateLimiter(2, clock=lambda: now[0], sleep=sleep)
    for _ in range(5):
        limiter.wait()
        now[0] += 1
    assert slept == [58.0, 58.0]
    assert RateLimiter(0).delay() == 0.0


def test_backoff_schedule():
    import datetime as dt

    backoff = Backoff()
    assert [backoff.delay(n).total_seconds() / 60 for n in range(1, 7)] == [1, 5, 15, 60, 60, 60]
    temporary = MailError("x", permanent=False)
    assert backoff.should_retry(temporary, 3) and not backoff.should_retry(temporary, 8)
    assert not backoff.should_retry(MailError("x", permanent=True), 1)
    start = dt.datetime(2023, 11, 20, 9, 0)
    assert backoff.next_attempt(2, start) == dt.datetime(2023, 11, 20, 9, 5)
