import pytest
from hypothesis import given
from hypothesis import strategies as st

from commdesk.core.rules import Level
from commdesk.core.rules.mail import em_1, em_2, follows_convention


@pytest.mark.parametrize(
    "subject",
    [
        "",
        "   ",
        None,
        "咨询",
        "问事",
        "请问",
        "hello",
        "Hello!",
        "hi",
        "Hi there",
        "question",
        "test",
        "(no subject)",
        "（无主题）",
        "Re: 咨询",
        "回复：问事",
        "FW: hello?",
        "急！",
        "hello hi",
        "  请问？？ ",
    ],
)
def test_em_1_warns_on_empty_or_vague_subjects(subject):
    findings = em_1(subject)
    assert [f.level for f in findings] == [Level.WARN]
    assert findings[0].rule == "EM-1"


@pytest.mark.parametrize(
    "subject",
    [
        "【项目A】周报-20231120",
        "【市场部】新品发布会筹备-2023-11-20",
        "[PR]-媒体邀请-20231120",
        "市场部-周报-20231120",
        "【重要通知】-办公室搬迁",
        "【重要通知】办公室搬迁",
        "Re: 【项目A】周报-20231120",
        "【项目A】季度报告-2023Q4",
        "【项目A】月报-2023年11月",
    ],
)
def test_em_1_accepts_the_procedure_forms(subject):
    assert follows_convention(subject)
    assert em_1(subject) == []


@pytest.mark.parametrize("subject", ["新品发布会的媒体邀请名单", "Question about the press kit for Monday"])
def test_em_1_hints_at_the_form_for_clear_but_unstructured_subjects(subject):
    findings = em_1(subject)
    assert [f.level for f in findings] == [Level.OK]
    assert "[部门/项目代码]-[核心内容]-[日期]" in findings[0].message


@given(st.text(max_size=200))
def test_em_1_never_fails_and_never_blocks(subject):
    assert all(f.level is not Level.BLOCK for f in em_1(subject))


def test_em_2_bulk_with_visible_recipients_is_blocked():
    findings = em_2(["a@example.org", "b@example.org"], None, None, bulk=True)
    assert [f.level for f in findings] == [Level.BLOCK]
    # one visible recipient next to hidden ones still leaks that address
    assert em_2(["a@example.org"], [], ["b@example.org"], bulk=True)[0].blocking
    assert em_2(["a@example.org"], ["c@example.org"], [], bulk=True)[0].blocking


def test_em_2_bulk_done_right_passes():
    assert em_2(["张三 <a@example.org>"], None, None, bulk=True) == []  # personalised
    assert (
        em_2(
            ["me@example.org"],
            None,
            ["a@example.org", "b@example.org"],
            bulk=True,
            sender="我 <me@example.org>",
        )
        == []
    )  # Bcc


def test_em_2_many_visible_recipients_warn_and_bcc_outside_bulk_warns():
    many = [f"p{i}@example.org" for i in range(11)]
    assert [f.level for f in em_2(many, None, None, bulk=False)] == [Level.WARN]
    assert em_2(many[:10], None, None, bulk=False) == []
    assert em_2("a@example.org, A@EXAMPLE.org", None, None) == []  # duplicates count once
    assert [f.level for f in em_2(["a@example.org"], None, ["b@example.org"])] == [Level.WARN]
    assert em_2([], [], [], bulk=False)[0].blocking
