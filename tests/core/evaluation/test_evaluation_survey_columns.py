"""Which survey columns say who answered (L1) and which cells are a skipped question (L2): the tools'
traces of an answering are recognised however the tool spells them, a question asking for a name or
a number is identifying, while a question that merely mentions time, a source, e-mail or WeChat
stays a question."""

from __future__ import annotations

import pytest

from commdesk.core.evaluation.surveys import identifying, read_survey, skipped_mark


@pytest.mark.parametrize(
    ("header", "what"),
    [
        ("开始答题时间", "time"),
        ("结束答题时间", "time"),
        ("答题时长", "time"),
        ("提交答卷时间", "time"),
        ("所用时间", "time"),
        ("Timestamp", "time"),
        ("Start time", "time"),
        ("Completion time", "time"),
        ("Last modified time", "time"),
        ("Start Date (UTC)", "time"),
        ("EndDate", "time"),
        ("Duration (in seconds)", "time"),
        ("地理位置(国家和地区)", "place"),
        ("地理位置（省）", "place"),
        ("LocationLatitude", "place"),
        ("来源渠道", "source"),
        ("来源详情", "source"),
        ("来源", "source"),
        ("Collector ID", "source"),
        ("Custom Data 1", "source"),
        ("序号", "record"),
        ("ID", "record"),
        ("Respondent ID", "record"),
        ("ResponseId", "record"),
        ("来自IP", "ip"),
        ("IPAddress", "ip"),
        ("IP Address", "ip"),
        ("RecipientEmail", "email"),
        ("First Name", "name"),
        ("1、您的姓名：", "name"),
        ("What is your name?", "name"),
        ("5、请留下您的手机号码以便回访", "phone"),
        ("Please leave your e-mail address if you want a reply", "email"),
        ("微信昵称", "phone"),
        ("E-mail", "email"),
    ],
)
def test_a_tool_s_trace_of_an_answering_says_who_answered(header, what):
    assert identifying(header) == what


@pytest.mark.parametrize(
    "header",
    [
        "1、您每天花多少时间阅读内部通讯？",
        "2.您最常从哪个来源获取公司信息",
        "How much time do you spend on e-mail each day?",
        "Which source of news do you trust most?",
        "3、您所在的部门：",
        "Score",
        # a communications survey asks about mail, the phone and WeChat: those are questions
        "4、您每天处理多少封邮件？",
        "5、您更喜欢电话还是微信沟通",
        "Which name do you prefer for the newsletter?",
    ],
)
def test_a_question_that_mentions_time_a_source_or_a_channel_is_a_question(header):
    assert identifying(header) is None


def test_a_mapping_cannot_make_a_trace_a_question():
    header = ["开始答题时间", "地理位置(市)", "1.满意度"]
    rows = [(2, ["2026-11-20 09:58:07", "苏州", "5"]), (3, ["2026-11-21 14:22:19", "上海", "4"])]
    read = read_survey(header, rows, True, {"开始答题时间": "何时", "地理位置(市)": "城市"})
    assert [q.text for q in read.questions] == ["1.满意度"]
    assert read.dropped == ["开始答题时间", "地理位置(市)"]
    assert read.samples[:2] == ["", ""]  # not even shown


@pytest.mark.parametrize("cell", ["(跳过)", "（跳过）", "(空)", " (空) ", "-3", "-2", "(Skipped)"])
def test_the_tools_skip_marks(cell):
    assert skipped_mark(cell)


@pytest.mark.parametrize("cell", ["跳过了这个环节", "-", "0", "3", "空调太冷"])
def test_an_answer_is_not_a_skip_mark(cell):
    assert not skipped_mark(cell)


def test_a_skipped_scale_question_is_no_answer_not_an_error():
    header = ["序号", "1、及时性", "2、建议"]
    rows = [(2, ["1", "(跳过)", "(空)"]), (3, ["2", "4", "多发周报"]), (4, ["3", "-3", "(空)"])]
    read = read_survey(header, rows, True)
    assert not read.errors and not read.problem
    assert [r.outcome for r in read.rows] == ["blank", "used", "blank"]  # nothing answered: blank
    assert read.questions[0].kind == "scale"
    assert [r.answers for r in read.responses] == [((4.0, ""), (None, "多发周报"))]
