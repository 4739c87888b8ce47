"""What people say (EV-1, EV-3, EV-4): a survey export imported anonymously keeps no name, e-mail,
phone or IP anywhere (its tables nor the audit log); GB18030 CSV and xlsx read back; a bad row
refuses the whole file; a tool's mapping is kept; the period's figures equal direct counts."""

from __future__ import annotations

from datetime import date

import openpyxl
import pytest
from sqlalchemy import inspect, text

from commdesk.core.errors import ConflictError, NotFound, PermissionDenied, ValidationError
from commdesk.services.audit import AuditService
from commdesk.services.evaluation.figures import EvaluationFiguresService
from commdesk.services.evaluation.voices import (
    Attendance,
    EvaluationVoicesService,
    not_at_any_session,
)

NAMES = (
    "张伟",
    "李娜",
    "王强",
    "zhang.wei@example.cn",
    "lina@example.cn",
    "13800138000",
    "13912345678",
    "10.1.2.3",
)

SURVEY = (
    "序号,提交答卷时间,来自IP,姓名,邮箱,手机,1.您对内部沟通渠道的满意度,2.获取信息是否方便,3.跨部门沟通,4.建议\n"
    "1,2026/11/20 10:00,10.1.2.3,张伟,zhang.wei@example.cn,13800138000,5,非常满意,4,希望周报更早发出\n"
    "2,2026/11/20 11:00,10.1.2.4,李娜,lina@example.cn,13912345678,3,一般,2,\n"
    ",,,,,,,,,\n"
    "3,2026/11/21 09:30,10.1.2.5,王强,,,4,满意,,会议纪要请及时分发\n"
)

NEW_TABLES = (
    "surveys",
    "survey_questions",
    "survey_responses",
    "survey_answers",
    "survey_mappings",
    "interviews",
    "training_sessions",
    "training_attendance",
    "audit_log",
)


def _every_value(ctx) -> str:
    """Every column of every new table and of the audit log, as text."""
    out = []
    with ctx.engine.connect() as conn:
        names = set(inspect(conn).get_table_names())
        for table in NEW_TABLES:
            if table in names:
                for row in conn.execute(text(f"SELECT * FROM {table}")):
                    out.extend(str(v) for v in row)
    return "\n".join(out)


def _count(ctx, sql, **params):
    with ctx.engine.connect() as conn:
        return conn.execute(text(sql), params).scalar_one()


def test_an_anonymous_survey_keeps_no_one_s_name_anywhere(ctx, people, tmp_path):
    path = tmp_path / "问卷星导出.csv"
    path.write_bytes(SURVEY.encode("gb18030"))
    done = ctx.service(EvaluationVoicesService).import_survey(
        path, "2026 下半年内部沟通调查", "2026H2", True, kind="问卷星"
    )
    assert (done.questions, done.responses, done.blank, done.encoding) == (4, 3, 1, "gb18030")
    # the row number and the time of answering say who answered as surely as a name does
    assert set(done.dropped) == {"序号", "提交答卷时间", "来自IP", "姓名", "邮箱", "手机"}
    assert set(done.skipped) == set()
    stored = _every_value(ctx)
    assert "希望周报更早发出" in stored  # the answers are there
    for name in NAMES:
        assert name not in stored
    assert (
        _count(
            ctx, "SELECT count(*) FROM survey_responses WHERE respondent_name <> '' OR respondent_email <> ''"
        )
        == 0
    )
    (summary,) = ctx.service(EvaluationVoicesService).surveys("2026H2")
    first = summary.questions[0]
    assert (first.kind, first.answered, first.mean, first.distribution, first.satisfied) == (
        "scale",
        3,
        4.0,
        ((3, 1), (4, 1), (5, 1)),
        2,
    )
    assert summary.questions[1].mean == pytest.approx((5 + 3 + 4) / 3)  # the words on the 1-5 scale
    assert summary.questions[2].answered == 2 and summary.questions[3].kind == "text"
    assert summary.questions[3].answered == 2


def test_a_named_survey_keeps_the_name_and_e_mail_only(ctx, people, tmp_path):
    path = tmp_path / "named.csv"
    path.write_text(SURVEY, encoding="utf-8-sig")
    done = ctx.service(EvaluationVoicesService).import_survey(path, "Named", "2026-11", False)
    assert set(done.dropped) == {"序号", "提交答卷时间", "来自IP", "手机"} and done.encoding == "utf-8-sig"
    stored = _every_value(ctx)
    assert "张伟" in stored and "zhang.wei@example.cn" in stored
    assert "13800138000" not in stored and "10.1.2.3" not in stored


def test_an_xlsx_export_reads_back_and_its_mapping_is_kept(ctx, people, tmp_path):
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["Timestamp", "Email Address", "Q1", "Q2", "Comments"])
    ws.append(["2026-10-02", "resp.one@survey.example", 9, "Agree", "More town halls"])
    ws.append(["2026-10-03", "resp.two@survey.example", 7, "Strongly agree", None])
    path = tmp_path / "forms.xlsx"
    wb.save(path)
    voices = ctx.service(EvaluationVoicesService)
    done = voices.import_survey(
        path,
        "Forms",
        "2026Q4",
        True,
        {"Q1": "Channel satisfaction", "Q2": "Information access"},
        kind="Forms",
    )
    assert (done.responses, done.encoding, done.dropped) == (2, "xlsx", ("Timestamp", "Email Address"))
    again = voices.import_survey(path, "Forms again", "2026Q4", True, kind="Forms")  # maps itself
    texts = [q.text for q in voices.surveys("2026Q4")[0].questions]
    assert again.survey_id != done.survey_id and texts == [
        "Channel satisfaction",
        "Information access",
        "Comments",
    ]
    (q1,) = [q for q in voices.surveys("2026Q4")[0].questions if q.text == "Channel satisfaction"]
    assert (q1.scale_max, q1.mean, q1.satisfied) == (10, 8.0, 1)
    assert "resp.one@survey.example" not in _every_value(ctx)


def test_a_bad_row_refuses_the_whole_file(ctx, people, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(
        "满意度,建议\n5,好\n4,\n很好吃,x\n3,\n",
        encoding="utf-8",
    )
    with pytest.raises(ValidationError) as err:
        ctx.service(EvaluationVoicesService).import_survey(path, "Bad", "2026H2", True)
    message = str(err.value)
    assert "Line 4" in message and "很好吃" in message and "满意度" in message
    assert _count(ctx, "SELECT count(*) FROM surveys") == 0
    assert _count(ctx, "SELECT count(*) FROM survey_responses") == 0


def test_the_period_s_voices_equal_direct_counts(ctx, people, tmp_path):
    path = tmp_path / "s.csv"
    path.write_bytes(SURVEY.encode("gb18030"))
    voices = ctx.service(EvaluationVoicesService)
    voices.import_survey(path, "H2", "2026Q4", True)
    voices.import_survey(path, "Q3", "2026Q3", True)
    voices.add_interview(date(2026, 11, 5), "市场部经理", "跨部门沟通、信息获取", "周会太长", "试行站会")
    voices.add_interview(date(2026, 12, 1), "财务部经理", ["跨部门沟通", "审批流程"])
    voices.add_interview(date(2026, 9, 1), "人事部经理", "信息获取")  # the quarter before
    one = voices.add_training(date(2026, 11, 10), "公文写作", "王芳")
    two = voices.add_training(date(2026, 12, 3), "媒体应对", "李明")
    voices.attend(one.id, ["张三", "李四", "王五"])
    voices.attend(one.id, ["赵六"], present=False)
    voices.attend(two.id, ["张三"])
    voices.attend(two.id, ["李四"], present=False)
    result = ctx.service(EvaluationFiguresService).evaluate("2026Q4")
    q4 = "JOIN surveys s ON s.id = q.survey_id WHERE s.closes_on >= '2026-10-01' AND s.closes_on < '2027-01-01'"
    scale = f"FROM survey_answers a JOIN survey_questions q ON q.id = a.question_id {q4} AND q.kind = 'scale'"
    answered = _count(ctx, f"SELECT count(*) {scale}")
    happy = _count(ctx, f"SELECT count(*) {scale} AND a.value >= q.scale_max * 0.8")
    assert (
        result.figure("voices.survey_responses").value
        == _count(
            ctx,
            "SELECT count(*) FROM survey_responses r JOIN surveys s ON s.id = r.survey_id WHERE s.period = '2026Q4'",
        )
        == 3
    )
    assert result.figure("voices.survey_satisfied").value == pytest.approx(happy / answered)
    assert result.figure("voices.survey_satisfied").previous == pytest.approx(
        happy / answered
    )  # same file in Q3
    assert result.figure("voices.interviews").value == 2 and result.figure("voices.interviews").previous == 1
    assert result.figure("voices.training_sessions").value == 2
    present = _count(ctx, "SELECT count(*) FROM training_attendance WHERE present")
    expected = _count(ctx, "SELECT count(*) FROM training_attendance")
    assert result.figure("voices.training_attendance").value == pytest.approx(present / expected) == 4 / 6
    assert result.voices.themes[0] == ("跨部门沟通", 2)


def test_a_kept_mapping_fits_an_export_without_one_of_its_columns(ctx, people, tmp_path):
    voices = ctx.service(EvaluationVoicesService)
    first = tmp_path / "one.csv"
    first.write_text("Q1,Q2,Q3\n5,4,ok\n", encoding="utf-8")
    voices.import_survey(first, "One", "2026Q3", True, {"Q1": "渠道", "Q2": "信息", "Q3": "-"}, kind="Tool")
    second = tmp_path / "two.csv"
    second.write_text("Q1,Q3\n3,fine\n", encoding="utf-8")  # Q2 was dropped from the questionnaire
    done = voices.import_survey(second, "Two", "2026Q4", True, kind="Tool")
    assert done.questions == 1 and done.skipped == ("Q3",)
    assert [q.text for q in voices.surveys("2026Q4")[0].questions] == ["渠道"]
    with pytest.raises(ValidationError, match="Q9"):  # a column named with this file must be in it
        voices.import_survey(second, "Three", "2026Q4", True, {"Q9": "x"}, kind="Tool")


def test_attendance_says_who_was_marked_at_each_session_of_the_period(ctx, people, as_person):
    voices = ctx.service(EvaluationVoicesService)
    one = voices.add_training(date(2026, 11, 10), "公文写作", "王芳")
    two = voices.add_training(date(2026, 12, 3), "媒体应对", "李明")
    old = voices.add_training(date(2026, 9, 30), "旧课程")  # the quarter before
    voices.attend(one.id, ["张三", "李四", "王五"])
    voices.attend(one.id, ["赵六"], present=False)
    voices.attend(two.id, ["张三"])
    voices.attend(two.id, ["李四"], present=False)
    voices.attend(two.id, ["李四"])  # came after all: updated, not added
    voices.attend(old.id, ["钱七"])
    as_person(people["reviewer"])  # reading needs no writer's role
    marked = voices.attendance("2026Q4")
    assert set(marked) == {
        Attendance(one.id, "张三", True),
        Attendance(one.id, "李四", True),
        Attendance(one.id, "王五", True),
        Attendance(one.id, "赵六", False),
        Attendance(two.id, "张三", True),
        Attendance(two.id, "李四", True),
    }
    assert [a.session_id for a in marked] == [two.id] * 2 + [one.id] * 4  # newest session first
    direct = _count(
        ctx,
        "SELECT count(*) FROM training_attendance a JOIN training_sessions s ON s.id = a.session_id "
        "WHERE s.day >= '2026-10-01' AND s.day < '2027-01-01'",
    )
    assert len(marked) == direct == 6
    assert sum(a.present for a in marked) == sum(t.present for t in voices.trainings("2026Q4")) == 5
    assert Attendance(old.id, "钱七", True) in voices.attendance()  # no period: every session
    assert voices.attendance("2026-08") == []

    offered = ["孙丽", "张三", "王五", "周八"]
    assert not_at_any_session(offered, marked) == ["孙丽", "周八", "赵六"]  # 赵六: only absent


def test_trainees_are_the_app_s_people_each_name_once(ctx, people):
    names = [t.name for t in ctx.service(EvaluationVoicesService).trainees()]
    assert {p.name for p in people.values()} <= set(names)
    assert len(names) == len(set(names))


def _interview_history(ctx, interview_id):
    return [
        (e.action, e.field, e.old, e.new)
        for e in ctx.service(AuditService).history("interviews", interview_id)
    ]


def test_an_interview_is_edited_from_its_version_and_the_change_is_logged(ctx, people):
    voices = ctx.service(EvaluationVoicesService)
    made = voices.add_interview(date(2026, 11, 5), "市场部经理", "跨部门沟通", "周会太长", "")
    assert made.version == 1
    added = _interview_history(ctx, made.id)
    assert ("create", "interviewee_role", None, "市场部经理") in added

    edited = voices.edit_interview(
        made.id,
        date(2026, 11, 6),
        "市场部副经理",
        "跨部门沟通、信息获取",
        "周会太长，可改为站会",
        "试行站会",
        expected_version=made.version,
    )
    assert edited.version == 2
    assert edited.themes == ("跨部门沟通", "信息获取") and edited.day == date(2026, 11, 6)
    assert voices.interviews("2026Q4") == [edited]
    changes = _interview_history(ctx, made.id)[len(added) :]
    assert ("update", "interviewee_role", "市场部经理", "市场部副经理") in changes
    assert ("update", "follow_ups", "", "试行站会") in changes
    assert {c[1] for c in changes} >= {"day", "themes", "notes"}

    same = voices.edit_interview(
        made.id,
        edited.day,
        edited.role,
        list(edited.themes),
        edited.notes,
        edited.follow_ups,
        expected_version=2,
    )
    assert same == edited and len(_interview_history(ctx, made.id)) == len(added) + len(changes)

    with pytest.raises(ConflictError) as stale:  # a copy read before the edit above
        voices.edit_interview(made.id, made.day, "部门经理", "信息获取", expected_version=made.version)
    assert "version 1" in str(stale.value) and "version 2" in str(stale.value)
    assert stale.value.theirs["Interviewee (role)"] == "市场部副经理"  # both versions, in words
    assert stale.value.mine["Interviewee (role)"] == "部门经理"
    assert stale.value.mine["Themes"] == "信息获取" and stale.value.theirs["Themes"] == "跨部门沟通、信息获取"
    assert voices.interviews("2026Q4") == [edited]  # nothing overwritten


def test_an_interview_edit_is_refused_in_words(ctx, people, as_person):
    voices = ctx.service(EvaluationVoicesService)
    made = voices.add_interview(date(2026, 11, 5), "市场部经理", "跨部门沟通")
    with pytest.raises(ValidationError) as wrong:
        voices.edit_interview(made.id, made.day, "  ", "", expected_version=1)
    assert set(wrong.value.errors) == {"role", "themes"}
    with pytest.raises(NotFound, match="#999"):
        voices.edit_interview(999, made.day, "部门经理", "信息获取")
    as_person(people["reviewer"])
    with pytest.raises(PermissionDenied):
        voices.edit_interview(made.id, made.day, "部门经理", "信息获取", expected_version=1)
    assert voices.interviews() == [made]


def test_who_came_and_who_did_not_are_recorded_together(ctx, people):
    voices = ctx.service(EvaluationVoicesService)
    held = voices.add_training(date(2026, 11, 10), "公文写作")
    voices.attend(held.id, ["张三", "李四"])
    done = voices.record_attendance(held.id, present=["王五", " 李四 "], absent=["张三", "赵六", ""])
    assert (done.present, done.expected) == (2, 4)
    assert {(a.person, a.present) for a in voices.attendance("2026Q4")} == {
        ("张三", False),
        ("李四", True),
        ("王五", True),
        ("赵六", False),
    }
    with pytest.raises(ValidationError, match="at least one person"):
        voices.record_attendance(held.id, present=[" "], absent=[])
    with pytest.raises(ValidationError, match="#999"):
        voices.record_attendance(999, present=["张三"])


def test_one_interview_is_read_as_stored_now(ctx, people, as_person):
    voices = ctx.service(EvaluationVoicesService)
    made = voices.add_interview(date(2026, 11, 5), "市场部经理", "跨部门沟通")
    voices.edit_interview(made.id, made.day, "市场部经理", "跨部门沟通、信息获取", expected_version=1)
    as_person(people["reviewer"])
    again = voices.interview(made.id)
    assert again.version == 2 and again.themes == ("跨部门沟通", "信息获取")
    with pytest.raises(NotFound, match="#999"):
        voices.interview(999)
