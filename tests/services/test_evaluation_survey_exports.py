"""Real survey tools' exports imported anonymously (L1, L2): the traces a tool keeps of each answering
(when — 开始答题时间, Timestamp, Start Date —, how long, where from — 地理位置, 来源渠道, IP —, the
respondent's number in the tool) never reach a table or the audit log, whatever the mapping says;
问卷星's skip marks are no answer and are counted."""

from __future__ import annotations

import csv
import io

import openpyxl
import pytest
from sqlalchemy import inspect, text

from commdesk.services.evaluation.voices import EvaluationVoicesService

TABLES = ("surveys", "survey_questions", "survey_responses", "survey_answers", "survey_mappings", "audit_log")


def _stored(ctx) -> str:
    """Every value of every survey table and of the audit log, as text."""
    out = []
    with ctx.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        for table in TABLES:
            if table in names:
                out.extend(str(v) for row in conn.execute(text(f"SELECT * FROM {table}")) for v in row)
    return "\n".join(out)


def _csv(rows: list[list[str]]) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


# 腾讯问卷 (wj.qq.com), 下载数据 › CSV: GB18030, with the answering's start and end, its length,
# where the IP places it, the link's custom field and the channel
TENCENT = [
    ["编号", "用户ID", "开始答题时间", "结束答题时间", "答题时长", "地理位置(国家和地区)", "地理位置(省)",
     "地理位置(市)", "自定义字段", "来源渠道", "IP", "微信昵称",
     "1.您对公司内部沟通的总体满意度", "2.您最希望改进的地方"],
    ["1", "144115212345678", "2026-11-20 09:58:07", "2026-11-20 10:03:41", "334秒", "中国", "上海",
     "浦东新区", "dept-pr-07", "微信", "101.88.12.34", "小鱼儿", "非常满意", "周报早点发"],
    ["2", "144115287654321", "2026-11-21 14:22:19", "2026-11-21 14:25:02", "163秒", "中国", "江苏",
     "苏州", "dept-hr-02", "二维码", "58.211.7.9", "老王", "一般", ""],
]  # fmt: skip
TENCENT_TRACES = ("144115212345678", "2026-11-20 09:58", "10:03:41", "334秒", "浦东新区", "苏州", "江苏",
                  "dept-pr-07", "dept-hr-02", "二维码", "101.88.12.34", "58.211.7.9", "小鱼儿", "老王")  # fmt: skip

# 问卷星 (wjx.cn), 下载答卷数据 › 按文本: 序号, submission time, time taken, source, source detail, IP
# with its place; "(跳过)" where skip logic passed a question by, "(空)" for an empty text answer
WJX = [
    ["序号", "提交答卷时间", "所用时间", "来源", "来源详情", "来自IP", "1、您所在的部门：",
     "2、内部信息获取是否及时", "3、跨部门协作是否顺畅", "4、您的建议："],
    ["1", "2026/11/20 10:03:41", "334秒", "微信", "朋友圈", "101.88.12.34(上海-浦东)", "品牌传播部", "5",
     "(跳过)", "周报早点发"],
    ["2", "2026/11/21 14:25:02", "163秒", "手机提交", "直接访问", "58.211.7.9(江苏-苏州)", "行政部", "3", "4",
     "(空)"],
    ["3", "2026/11/22 08:01:15", "95秒", "链接", "企业微信", "223.5.5.5(浙江-杭州)", "产品部", "(跳过)", "2",
     "会议纪要请及时分发"],
]  # fmt: skip
WJX_TRACES = ("2026/11/20", "10:03:41", "334秒", "163秒", "朋友圈", "直接访问", "企业微信", "101.88.12.34",
              "上海-浦东", "江苏-苏州", "223.5.5.5")  # fmt: skip

# Google Forms, Responses › Download responses (.csv): the submission's timestamp and, when collected,
# the e-mail address
GOOGLE = [
    ["Timestamp", "Email Address", "How satisfied are you with internal communication?", "Any comments?"],
    ["2026/11/20 10:03:41 AM GMT+8", "zhang.wei@example.cn", "4", "More town halls"],
    ["2026/11/21 2:25:02 PM GMT+8", "li.na@example.cn", "5", ""],
]
GOOGLE_TRACES = ("10:03:41 AM", "2:25:02 PM", "zhang.wei@example.cn", "li.na@example.cn")

# SurveyMonkey, Export › All responses data › CSV: two header rows, the respondent's and collector's
# numbers, start and end, IP and the custom data the link carried
MONKEY = [
    ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address", "First Name",
     "Last Name", "Custom Data 1", "How satisfied are you with the weekly newsletter?", "What should change?"],
    ["", "", "", "", "", "", "", "", "", "Response", "Open-Ended Response"],
    ["118840119077", "431002211", "11/20/2026 09:58:07 AM", "11/20/2026 10:03:41 AM", "101.88.12.34", "", "",
     "", "emp-0413", "Very satisfied", "Shorter issues"],
    ["118840123456", "431002211", "11/21/2026 02:22:19 PM", "11/21/2026 02:25:02 PM", "58.211.7.9", "", "",
     "", "emp-0288", "Neutral", ""],
]  # fmt: skip
MONKEY_TRACES = ("118840119077", "118840123456", "431002211", "09:58:07", "02:25:02", "101.88.12.34",
                 "58.211.7.9", "emp-0413", "emp-0288")  # fmt: skip

# Microsoft Forms, Open results in Excel (.xlsx): the response's number, start, completion and last
# change, and "anonymous" where the form did not record who answered
MS_FORMS = [
    ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time",
     "How satisfied are you with the intranet news?", "What would you add?"],
    [1, "11/20/26 9:58:07", "11/20/26 10:03:41", "anonymous", "", "11/20/26 10:07:12", 4, "A staff directory"],
    [2, "11/21/26 14:22:19", "11/21/26 14:25:02", "anonymous", "", "", 2, ""],
]  # fmt: skip
MS_TRACES = ("9:58:07", "10:03:41", "10:07:12", "14:22:19", "14:25:02")


def _write(tmp_path, name: str, rows: list[list]) -> object:
    path = tmp_path / name
    if name.endswith(".xlsx"):
        wb = openpyxl.Workbook()
        for row in rows:
            wb.active.append(row)
        wb.save(path)
    elif "腾讯" in name or "问卷星" in name:
        path.write_bytes(_csv(rows).encode("gb18030"))
    else:
        path.write_text(_csv(rows), encoding="utf-8-sig")
    return path


@pytest.mark.parametrize(
    ("name", "rows", "traces", "questions", "responses"),
    [
        ("腾讯问卷.csv", TENCENT, TENCENT_TRACES, 2, 2),
        ("问卷星.csv", WJX, WJX_TRACES, 4, 3),
        ("google-forms.csv", GOOGLE, GOOGLE_TRACES, 2, 2),
        ("surveymonkey.csv", MONKEY, MONKEY_TRACES, 2, 2),
        ("microsoft-forms.xlsx", MS_FORMS, MS_TRACES, 2, 2),
    ],
)
def test_an_anonymous_export_keeps_no_trace_of_when_where_or_who(
    ctx, people, tmp_path, name, rows, traces, questions, responses
):
    path = _write(tmp_path, name, rows)
    header = [str(h) for h in rows[0]]
    answer_columns = set(header[-questions:])
    # the person even maps every column as a question: the traces stay out all the same
    mapping = {h: h for h in header}
    done = ctx.service(EvaluationVoicesService).import_survey(
        path, "内部沟通调查", "2026Q4", True, mapping, kind=name
    )
    assert (done.questions, done.responses, done.period) == (questions, responses, "2026Q4")
    assert set(done.dropped) == set(header) - answer_columns
    stored = _stored(ctx)
    for value in traces:
        assert value not in stored, value
    (summary,) = ctx.service(EvaluationVoicesService).surveys("2026Q4")
    assert [q.text for q in summary.questions] == header[-questions:]
    assert summary.period == "2026Q4" and summary.responses == responses
    # nor does the order of the rows or their lines in the file (the order of answering) survive
    with ctx.engine.connect() as conn:
        assert {line for (line,) in conn.execute(text("SELECT line FROM survey_responses"))} == {0}


def test_a_named_survey_keeps_the_name_but_not_when_or_where(ctx, people, tmp_path):
    path = _write(tmp_path, "问卷星.csv", [["姓名", *WJX[0]], *(["张伟", *r] for r in WJX[1:])])
    done = ctx.service(EvaluationVoicesService).import_survey(path, "实名调查", "2026Q4", False)
    assert done.responses == 3 and "姓名" not in done.dropped
    stored = _stored(ctx)
    assert "张伟" in stored
    for value in WJX_TRACES:
        assert value not in stored, value


def test_skip_marks_are_no_answer_and_are_counted(ctx, people, tmp_path):
    path = _write(tmp_path, "问卷星.csv", WJX)
    done = ctx.service(EvaluationVoicesService).import_survey(path, "问卷星", "2026Q4", True)
    assert done.skipped_answers == 3  # two "(跳过)", one "(空)"
    stored = _stored(ctx)
    assert "跳过" not in stored and "(空)" not in stored
    (summary,) = ctx.service(EvaluationVoicesService).surveys("2026Q4")
    timely, smooth, advice = summary.questions[1:]
    assert (timely.kind, timely.answered, timely.mean) == ("scale", 2, 4.0)
    assert (smooth.kind, smooth.answered, smooth.mean) == ("scale", 2, 3.0)
    assert (advice.kind, advice.answered) == ("text", 2)


def test_numeric_skip_codes_are_no_answer(ctx, people, tmp_path):
    # 问卷星's 按序号 download: -3 where a question was skipped, -2 where it was left empty
    rows = [["序号", "1、满意度", "2、及时性"], ["1", "5", "-3"], ["2", "-2", "4"], ["3", "4", "5"]]
    path = _write(tmp_path, "问卷星-序号.csv", rows)
    done = ctx.service(EvaluationVoicesService).import_survey(path, "按序号", "2026Q4", True)
    assert (done.responses, done.skipped_answers) == (3, 2)
    (summary,) = ctx.service(EvaluationVoicesService).surveys("2026Q4")
    assert [(q.answered, q.mean) for q in summary.questions] == [(2, 4.5), (2, 4.5)]
