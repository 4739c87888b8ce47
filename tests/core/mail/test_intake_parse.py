"""Received mail as the feedback desk reads it: the fixture corpus (tests/fixtures/mail/intake) of
charsets, HTML only, forwarded chains, auto-replies, bounces, broken MIME and duplicates."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
from pathlib import Path

import pytest

from commdesk.core.mail.incoming import MessageKind, parse_message

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "mail" / "intake"


def parsed(name: str):
    return parse_message((FIXTURES / name).read_bytes())


def codes(message) -> set[str]:
    return {p.code for p in message.problems}


def test_gb2312_declared_but_gbk_characters_are_read():
    m = parsed("gb2312_declared_gbk.eml")
    assert m.subject == "网站联系电话停用（朱镕基中学）"
    assert m.sender is not None and (m.sender.name, m.sender.address) == ("王喆", "wangzhe@example.cn")
    assert "我是朱镕基中学的老师王喆" in m.text
    assert m.date == dt.datetime(2026, 3, 3, 1, 15, tzinfo=dt.UTC)
    assert m.kind is MessageKind.NORMAL and m.acknowledge
    assert m.problems == ()


def test_undeclared_gbk_subject_and_text_are_read_and_the_guess_is_said():
    m = parsed("undeclared_gbk.eml")
    assert m.subject == "投诉：热线电话无人接听"
    assert "没有人接听" in m.text
    assert {"charset_guessed", "header_guessed"} <= codes(m)
    assert m.readable


def test_big5_declared_and_undeclared():
    declared = parsed("big5_declared.eml")
    assert declared.subject == "詢問記者會的報名方式"
    assert declared.sender is not None and declared.sender.name == "陳小姐"
    assert "是否需要事先登記" in declared.text and declared.problems == ()

    undeclared = parsed("undeclared_big5.eml")
    assert "活動日期有誤，應為三月十五日" in undeclared.text  # not GB18030 mojibake
    assert undeclared.subject == "關於新聞稿的更正"  # the subject follows the text's charset
    assert "charset_guessed" in codes(undeclared)


def test_html_only_becomes_readable_text_without_running_or_fetching_anything():
    m = parsed("html_only.eml")
    assert m.text_from_html
    assert "贵单位发布会的直播链接无法打开 & 回放也找不到。" in m.text
    assert "- 链接一" in m.text and "这里 (https://news.example.net/live)" in m.text
    for hidden in ("alert", "never run", "color: red", "ignored", "<", "tracker.example.net"):
        assert hidden not in m.text


def test_forwarded_chain_keeps_the_body_as_written_and_the_enclosed_message_as_a_file():
    m = parsed("forwarded_chain.eml")
    assert m.text.startswith("Please handle this one.")
    assert "> The article of 1 March misquotes me." in m.text
    (enclosed,) = m.attachments
    assert enclosed.filename == "complaint about the article.eml"
    assert enclosed.content_type == "message/rfc822"
    assert enclosed.content is not None and b"Message-ID: <inner@example.com>" in enclosed.content
    assert enclosed.sha256 == hashlib.sha256(enclosed.content).hexdigest()


@pytest.mark.parametrize("name", ["auto_reply_submitted.eml", "auto_reply_out_of_office.eml"])
def test_auto_replies_are_recognised_and_never_acknowledged(name):
    m = parsed(name)
    assert m.kind is MessageKind.AUTO_REPLY and m.kind_reason
    assert not m.acknowledge and m.readable


def test_chinese_out_of_office_subject_alone_is_an_auto_reply():
    raw = (
        "From: a@example.cn\r\nSubject: =?UTF-8?B?"
        + base64.b64encode("自动回复：我已休假".encode()).decode()
        + "?=\r\nMessage-ID: <x@y>\r\n\r\n休假中\r\n"
    ).encode()
    assert parse_message(raw).kind is MessageKind.AUTO_REPLY
    normal = raw.replace(
        base64.b64encode("自动回复：我已休假".encode()), base64.b64encode("关于外出采访的安排".encode())
    )
    assert parse_message(normal).kind is MessageKind.NORMAL


@pytest.mark.parametrize(
    "header",
    [
        "Precedence: bulk",
        "Precedence: junk",
        "Precedence: list",
        "X-Autoreply: yes",
        "X-Autorespond: vacation",
        "Return-Path: <>",
    ],
)
def test_automatic_mail_headers(header):
    raw = f"From: a@example.org\r\nSubject: hello\r\n{header}\r\nMessage-ID: <h@y>\r\n\r\ntext\r\n".encode()
    assert parse_message(raw).kind is MessageKind.AUTO_REPLY
    assert parse_message(raw.replace(header.encode(), b"Auto-Submitted: no")).kind is MessageKind.NORMAL


def test_bounce_is_recognised_and_names_the_mail_that_bounced():
    m = parsed("bounce_dsn.eml")
    assert m.kind is MessageKind.BOUNCE and not m.acknowledge
    assert m.original_message_id == "<ack-77@office.example.org>"
    assert "User unknown" in m.text


def test_mailer_daemon_without_a_report_is_a_bounce():
    raw = b"From: postmaster@mx.example.org\r\nSubject: hi\r\nMessage-ID: <p@y>\r\n\r\nSorry.\r\n"
    assert parse_message(raw).kind is MessageKind.BOUNCE


def test_broken_mime_is_split_again_and_damaged_base64_decoded_as_far_as_it_goes():
    m = parsed("broken_mime.eml")
    assert m.readable
    assert m.text.startswith("请看附件中的照片，路灯坏了三天")
    (photo,) = m.attachments
    assert photo.filename == "路灯.jpg" and photo.content_type == "image/jpeg"
    assert photo.content is not None and photo.content.startswith(b"\xff\xd8\xff")
    assert {"broken_structure", "bad_transfer_encoding"} <= codes(m)


def test_multipart_without_any_boundary_shows_its_raw_text():
    raw = b"From: a@b.org\r\nSubject: s\r\nContent-Type: multipart/mixed\r\n\r\nJust some text, no parts.\r\n"
    m = parse_message(raw)
    assert m.readable and "Just some text" in m.text
    assert "broken_structure_raw" in codes(m)


def test_duplicates_have_one_fingerprint_however_they_were_saved():
    a, b = parsed("duplicate_a.eml"), parsed("duplicate_b.eml")
    assert a.fingerprint == b.fingerprint and a.message_id == "<dup-1@example.cn>"
    c, d = parsed("no_message_id_a.eml"), parsed("no_message_id_b.eml")  # CRLF vs LF, one more Received
    assert c.fingerprint == d.fingerprint and c.message_id == d.message_id
    assert c.message_id_generated and c.message_id.endswith("@commdesk.invalid>")
    assert "no_message_id" in codes(c)
    assert len({a.fingerprint, c.fingerprint, parsed("big5_declared.eml").fingerprint}) == 3


def test_reply_with_case_reference_and_thread_headers():
    m = parsed("reply_with_reference.eml")
    assert m.subject == "回复：[CD-2026-000123] 网站联系电话停用"
    assert m.in_reply_to == "<answer-123@office.example.org>"
    assert m.references == (
        "<gbk-1@mail.example.cn>",
        "<ack-123@office.example.org>",
        "<answer-123@office.example.org>",
    )
    assert m.thread_ids[0] == "<answer-123@office.example.org>"
    assert m.text.startswith("谢谢，已经更正。")


def test_huge_attachment_is_recorded_not_kept():
    content = bytes(range(256)) * (3 * 4096)  # 3 MiB
    encoded = base64.encodebytes(content).replace(b"\n", b"\r\n")
    raw = (
        b"From: a@example.org\r\nSubject: video\r\nMessage-ID: <big@y>\r\nMIME-Version: 1.0\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
        b"See the video.\r\n--b\r\nContent-Type: video/mp4\r\n"
        b'Content-Disposition: attachment; filename="clip.mp4"\r\nContent-Transfer-Encoding: base64\r\n\r\n'
        + encoded
        + b"--b--\r\n"
    )
    m = parse_message(raw, attachment_cap=1024 * 1024)
    (clip,) = m.attachments
    assert clip.too_large and clip.content is None
    assert clip.size == len(content) and clip.sha256 == hashlib.sha256(content).hexdigest()
    assert "attachment_too_large" in codes(m) and m.readable and m.text == "See the video."
    kept = parse_message(raw, attachment_cap=4 * 1024 * 1024).attachments[0]
    assert not kept.too_large and kept.content == content


def test_message_over_the_limit_is_set_aside_with_its_headers_read():
    raw = b"From: a@example.org\r\nSubject: huge\r\nMessage-ID: <h@y>\r\n\r\n" + b"x" * 5000
    m = parse_message(raw, max_bytes=1000)
    assert not m.readable and "MB" in m.set_aside
    assert m.subject == "huge" and m.text == "" and m.fingerprint


@pytest.mark.parametrize("raw", [b"", b"   \r\n\r\n", b"\x00\x01\x02 binary junk \xff\xfe"])
def test_empty_and_non_mail_input_is_set_aside(raw):
    m = parse_message(raw)
    assert not m.readable and m.set_aside and m.fingerprint and m.message_id.startswith("<")


def test_missing_and_garbled_dates_give_none_with_the_reason():
    raw = b"From: a@example.org\r\nSubject: s\r\nMessage-ID: <d@y>\r\n\r\ntext\r\n"
    assert parse_message(raw).date is None and "no_date" in codes(parse_message(raw))
    garbled = raw.replace(b"Subject: s", b"Subject: s\r\nDate: the day after tomorrow")
    assert parse_message(garbled).date is None and "bad_date" in codes(parse_message(garbled))
    zoned = raw.replace(b"Subject: s", b"Subject: s\r\nDate: Sun, 1 Mar 2026 23:30:00 -0500")
    assert parse_message(zoned).date == dt.datetime(2026, 3, 2, 4, 30, tzinfo=dt.UTC)


def test_unknown_charset_is_read_and_said():
    raw = "From: a@example.org\r\nSubject: s\r\nMessage-ID: <u@y>\r\nContent-Type: text/plain; charset=x-klingon\r\n\r\n你好\r\n"
    m = parse_message(raw.encode("utf-8"))
    assert m.text == "你好" and "charset_unknown" in codes(m)


def test_no_sender_means_no_acknowledgement():
    m = parse_message(b"To: feedback@example.org\r\nSubject: anonymous\r\nMessage-ID: <n@y>\r\n\r\nhello\r\n")
    assert m.readable and m.sender is None and not m.acknowledge and "no_sender" in codes(m)


def test_problem_messages_follow_the_interface_language():
    from commdesk.core import i18n

    i18n.set_translator(lambda ctx, text, dis, n: "译:" + text, "zh_CN")
    m = parse_message(b"From: a@example.org\r\nSubject: s\r\n\r\ntext\r\n")
    assert all(p.message.startswith("译:") for p in m.problems)
