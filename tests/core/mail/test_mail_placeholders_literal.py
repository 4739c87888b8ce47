"""EM-2's unfilled-placeholder check reads as placeholders only what a template holds: a
personalised draft's subject and text (every name known, written correctly), and in a Bcc mail a
person wrote the names the mail merge would fill in. Text that is final (a filled-in template, a
quote of the customer's words) goes as written, and an ordinary mail quoting "{{ name }}" is only
warned about."""

from __future__ import annotations

from email import message_from_bytes, policy

import pytest

from commdesk.core.errors import ValidationError
from commdesk.core.mail.account import SmtpAccount
from commdesk.core.mail.compose import Delivery, Draft, check, compose, to_eml_bytes, written_placeholders
from commdesk.core.mail.merge import Recipient
from commdesk.core.rules import Level

QUOTE = "您好，您的留言我们已收到：\n> 你们的邮件开头写着“{{ name }}”，没有替换成我的名字！\n我们会尽快处理。"


@pytest.fixture
def account():
    return SmtpAccount(
        "smtp.example.org", 587, "starttls", "desk@example.org", "客服中心", "desk@example.org"
    )


def people():
    return [
        Recipient("a@example.org", "张三", "尊敬的张先生", key=1),
        Recipient("b@example.org", "李四", key=2),
    ]


def em2(findings):
    return [f for f in findings if f.rule == "EM-2" and f.level is not Level.OK]


def _text(mail) -> str:
    return (
        message_from_bytes(to_eml_bytes(mail.message), policy=policy.default)
        .get_body(("plain",))
        .get_content()
    )


def test_final_text_quoting_a_placeholder_goes_as_written(account):
    draft = Draft("【客服】留言已收到", QUOTE, people()[:1], Delivery.DIRECT, literal=True)
    assert em2(check(draft, account)) == []
    [mail] = compose(draft, account)
    assert "“{{ name }}”，没有替换成我的名字" in _text(mail)


def test_final_text_with_braces_that_do_not_parse_as_a_template_goes_as_written(account):
    for text in ("{% if %}", "{{ name ", "a {{{ b }}} c", "}}{{", "{# 注释"):
        draft = Draft("【客服】留言已收到", text, people(), Delivery.BCC, literal=True)
        assert not any(f.blocking for f in check(draft, account)), text
        assert text.strip() in _text(compose(draft, account)[0])


def test_an_ordinary_mail_a_person_wrote_is_warned_not_refused(account):
    draft = Draft("【客服】留言已收到", QUOTE, people()[:1], Delivery.DIRECT)
    [finding] = em2(check(draft, account))
    assert finding.level is Level.WARN and "{{ name }}" in finding.message and "as written" in finding.message
    assert "{{ name }}" in _text(compose(draft, account)[0])  # a warning does not stop composing


def test_a_bcc_mail_with_the_merges_placeholders_is_still_refused(account):
    draft = Draft("【项目A】邀请-20231120", "{{ salutation }}：您好", people(), Delivery.BCC)
    [finding] = em2(check(draft, account))
    assert finding.blocking and "{{ salutation }}" in finding.message
    with pytest.raises(ValidationError, match="personalis"):
        compose(draft, account)
    # braces that are no name the merge fills in are text, in a Bcc mail too
    other = Draft("【项目A】邀请-20231120", "本次活动代号 {{ 活动 }}，{% 不是模板 %}", people(), Delivery.BCC)
    assert em2(check(other, account)) == [] and not any(f.blocking for f in check(other, account))


def test_a_mail_merge_still_refuses_what_it_cannot_fill(account):
    unknown = Draft("【项目A】邀请-20231120", "{{ salutaton }}：您好", people())
    assert any(f.blocking and "salutaton" in f.message for f in check(unknown, account))
    broken = Draft("【项目A】邀请-20231120", "{{ name ", people())
    assert check(broken, account)[0].blocking
    with pytest.raises(ValueError):
        Draft("x", "{{ name }}", people(), Delivery.PERSONAL, literal=True)  # a merge is a template


def test_written_placeholders_reads_names_without_parsing():
    assert written_placeholders("{{ name }} {{-salutation}} {{ 活动 }} {% if %} {{ outlet or '' }}") == {
        "name",
        "salutation",
        "outlet",
    }
    assert written_placeholders("{{ broken") == {"broken"} and written_placeholders("") == set()
