"""``commdesk cases intake`` as the office runs it: saved .eml files, a web form's GB18030 CSV export
and the feedback mailbox on a real IMAP server; every message accounted for in what it prints, the
acknowledgement sent (--send) and read back from the SMTP test server; a failure exits non-zero."""

from __future__ import annotations

import json
from dataclasses import replace
from email import message_from_bytes, policy

import pytest
from tests.support.outbox import configure

from commdesk.services.mail.imap_fetch import MailboxFetchService
from commdesk.services.settings import SettingsService

OFFICER = ("--as", "李明 Li Ming")

ENGLISH = (
    b"From: Anna Berg <anna@example.de>\r\nTo: feedback@office.example.org\r\n"
    b"Subject: Invoice sent twice\r\nMessage-ID: <anna-1@example.de>\r\n"
    b"Date: Tue, 03 Mar 2026 10:00:00 +0100\r\n\r\nWe received the same invoice twice. Which one do we pay?\r\n"
)
AUTO_REPLY = (
    b"From: press@example.com\r\nTo: feedback@office.example.org\r\nSubject: Automatic reply: news\r\n"
    b"Auto-Submitted: auto-replied\r\nMessage-ID: <auto-1@example.com>\r\n"
    b"Date: Tue, 03 Mar 2026 10:05:00 +0100\r\n\r\nI am out of the office.\r\n"
)


@pytest.fixture
def desk(ctx, people, smtp_server, tmp_path):
    settings = ctx.service(SettingsService)
    settings.save_organisation(replace(settings.organisation(), time_zone="Asia/Shanghai", name="华信"))
    configure(ctx, smtp_server, tmp_path)
    return ctx


def test_eml_files_every_one_accounted_for(run_cli, db_url, desk, tmp_path):
    files = []
    for name, data in (("anna.eml", ENGLISH), ("auto.eml", AUTO_REPLY), ("empty.eml", b"")):
        path = tmp_path / name
        path.write_bytes(data)
        files.append(str(path))
    code, out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", *files)
    assert code == 0, err
    assert "1 new cases, 0 joined their case, 0 duplicates skipped, 2 set aside; 1 acknowledged." in out
    assert "CD-2026-000001  anna.eml  Anna Berg <anna@example.de>  Invoice sent twice" in out
    assert "auto.eml" in out and "it is not answered" in out
    assert "empty.eml" in out and "The message is empty." in out

    code, out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", files[0], "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["counts"]["duplicate"] == 1 and data["messages"][0]["outcome"] == "duplicate"

    code, out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", "--set-aside")
    assert code == 0 and "auto.eml" in out and "empty.eml" in out


def test_a_gb18030_web_form_export(run_cli, db_url, desk, tmp_path):
    form = tmp_path / "留言导出.csv"
    form.write_bytes(
        (
            "姓名,邮箱,电话,主题,留言,提交时间\r\n"
            "张伟,zhangwei@example.cn,13800138000,发票问题,发票抬头写错了，请重开。,2026-03-02 09:15\r\n"
            "匿名,,,,,\r\n"
            ",,13900139000,,周末能否上门服务？,2026-03-02 10:00\r\n"
        ).encode("gb18030")
    )
    code, out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", "--csv", str(form), "--json")
    assert code == 0, err
    data = json.loads(out)
    assert data["counts"] == {
        "new": 2,
        "joined": 0,
        "duplicate": 0,
        "set_aside": 1,
        "staff": 0,
        "event": 0,
        "acknowledged": 1,
    }
    first, second, third = data["messages"]
    assert first["subject"] == "发票问题" and first["acknowledgement_id"] is not None
    assert second["outcome"] == "set_aside" and "row 3" in second["origin"]
    assert third["outcome"] == "new" and "no address to answer" in third["reason"]
    code, out, err = run_cli("--db", db_url, *OFFICER, "cases", "show", first["reference"], "--json")
    case = json.loads(out)
    assert case["channel"] == "web_form" and case["raised_by"] == "张伟"
    assert case["received_at"] == "2026-03-02T01:15:00+00:00"  # the form's time in the office's zone


def test_the_mailbox_with_acknowledgements_sent(run_cli, db_url, desk, imap_mailbox, smtp_server):
    fetcher = desk.service(MailboxFetchService)
    fetcher.save_account(imap_mailbox.account("none"))
    fetcher.set_password(imap_mailbox.password)
    imap_mailbox.deliver(ENGLISH)
    code, out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", "--imap", "--send")
    assert code == 0, err
    assert "1 new cases" in out and "Acknowledgements sent: 1 of 1." in out
    [sent] = smtp_server.messages
    ack = message_from_bytes(sent.data, policy=policy.default)
    assert sent.rcpt_tos == ["anna@example.de"]
    assert str(ack["Subject"]) == "[CD-2026-000001] We have received your message: Invoice sent twice"
    body = ack.get_content()
    assert "Dear Anna Berg" in body and "CD-2026-000001" in body and "(Asia/Shanghai" in body

    code, out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", "--imap")
    assert code == 0 and "0 new cases" in out and smtp_server.messages == [sent]


def test_failures_exit_non_zero_with_the_fix(run_cli, db_url, desk, tmp_path):
    code, _out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", "--imap")
    assert code == 1 and "No feedback mailbox is set up yet" in err
    code, _out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake")
    assert code == 1 and "--imap" in err
    not_a_form = tmp_path / "notes.csv"
    not_a_form.write_text("a,b\r\n1,2\r\n", encoding="utf-8")
    code, _out, err = run_cli("--db", db_url, *OFFICER, "cases", "intake", "--csv", str(not_a_form))
    assert code == 1 and "no column for the message" in err
