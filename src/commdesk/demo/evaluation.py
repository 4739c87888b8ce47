"""Demo of what people say (EV-1, EV-3, EV-4): a small anonymous staff survey of this quarter as a
survey tool (问卷星) exports it, with the respondents' names, phones, IPs, times and sources that the
import drops, and its marks for a question skipped "(跳过)" or left empty "(空)";
three managers' interviews with their themes; two training sessions with who came. And a media-
monitoring export (MD-6, EV-6) of this quarter and the one before: stories about the organisation
that came without a release, and about two named competitors, so the share of voice has something
to compare. Recorded by 李明 (an officer); dates relative to ``now``."""

from __future__ import annotations

import tempfile
from datetime import timedelta
from pathlib import Path

from commdesk.core import timezones as tz
from commdesk.core.evaluation.catalogue import PeriodKind, period_containing
from commdesk.demo.foundation import demo_person
from commdesk.services.evaluation.coverage import EvaluationCoverageService
from commdesk.services.evaluation.voices import EvaluationVoicesService

ORDER = 70  # after the people (0); nothing else depends on it

HEADER = (
    "序号,提交答卷时间,所用时间,来源,来源详情,来自IP,姓名,手机,"
    "1.内部沟通渠道满意度,2.获取所需信息是否方便,3.跨部门沟通是否顺畅,4.您的建议"
)
SOURCES = ("微信", "企业微信", "链接", "手机提交")
ANSWERS = [
    ("5", "非常满意", "4", "希望周报能提前到周四发出"),
    ("4", "满意", "3", "(空)"),
    ("3", "一般", "2", "跨部门会议太多，纪要不及时"),
    ("4", "满意", "(跳过)", "(空)"),  # the question was not shown to this respondent (skip logic)
    ("5", "满意", "3", "内网公告请标注截止日期"),
    ("2", "不满意", "2", "很多通知只在微信群里，容易错过"),
    ("4", "非常满意", "4", "(空)"),
    ("4", "满意", "3", "希望有统一的信息发布日历"),
]
RESPONDENTS = ["孙丽", "周杰", "吴敏", "郑浩", "冯静", "陈晨", "褚磊", "卫红"]

INTERVIEWS = [
    (
        -21,
        "研发中心总监",
        "跨部门沟通、会议效率",
        "项目例会常超时，决议落实不清。",
        "会议纪要 24 小时内分发，行动项进追踪表",
    ),
    (-12, "销售部经理", "信息获取、跨部门沟通", "新产品资料到销售手中太晚。", "发布前一周向销售推送资料包"),
    (
        -5,
        "人力资源部经理",
        "内部公告、信息获取",
        "公告渠道多，员工不知道以哪个为准。",
        "内网为唯一正式渠道，微信群只转链接",
    ),
]

# a monitoring service's export (清博舆情 style): days before today, outlet, headline, kind, tone, reach,
# the brand monitored (the organisation under its short names, as such services write it, or a competitor)
MONITORING_HEADER = "日期,媒体,标题,媒体类型,情感倾向,阅读量,监测对象"
MONITORING = [
    (3, "36氪", "华信科技发布工业物联网安全白皮书", "网媒", "正面", 42000, "华信科技"),
    (9, "澎湃新闻", "智联科技获新一轮融资", "网媒", "中性", 120000, "智联科技"),
    (12, "第一财经", "恒通电子下调全年出货预期", "电视", "负面", 300000, "恒通电子"),
    (17, "界面新闻", "智联科技与三家车企签署合作协议", "网媒", "正面", 65000, "智联科技"),
    (26, "经济观察报", "华信科技参加智能制造论坛", "报纸", "中性", 80000, "华信"),
    (33, "新浪科技", "恒通电子新品发布会", "网媒", "正面", 90000, "恒通电子"),
    (40, "证券时报", "智联科技三季度营收增长", "报纸", "正面", 150000, "智联科技"),
    (100, "财新", "智联科技扩建苏州工厂", "杂志", "中性", 60000, "智联科技"),
    (115, "21世纪经济报道", "恒通电子高管变动", "报纸", "负面", 110000, "恒通电子"),
    (130, "36氪", "华信科技开放日：走进智能工厂", "网媒", "正面", 38000, "Huaxin"),
]

TRAININGS = [
    (-16, "公文与通知写作", "陈静", ["李明", "赵磊", "孙丽", "周杰", "吴敏"], ["郑浩"]),
    (-8, "媒体采访应对", "Emma Schmidt", ["李明", "王芳", "陈静"], ["冯静"]),
]


def seed(ctx, rng, now) -> dict[str, int]:
    officer = demo_person(ctx, "李明")
    original_clock, original_current = ctx.clock, ctx.current
    ctx.clock = lambda: now
    ctx.current = lambda: officer
    voices = ctx.service(EvaluationVoicesService)
    try:
        today = tz.today_in("Asia/Shanghai", lambda: now)
        quarter = period_containing(today, PeriodKind.QUARTER)
        lines = [HEADER]
        for n, (answers, who) in enumerate(zip(ANSWERS, RESPONDENTS, strict=True), start=1):
            sent = today - timedelta(days=10 - n)
            source = SOURCES[n % len(SOURCES)]
            lines.append(
                f"{n},{sent:%Y/%m/%d} 10:{n:02d}:{7 * n:02d},{80 + 23 * n}秒,{source},直接访问,"
                f"10.8.0.{n}(上海-浦东),{who},1380013800{n},{','.join(answers)}"
            )
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "问卷星_内部沟通满意度调查.csv"
            path.write_bytes(("\n".join(lines) + "\n").encode("gb18030"))
            survey = voices.import_survey(path, "内部沟通满意度调查", quarter.code, True, kind="问卷星")
            monitoring = Path(folder) / "舆情监测导出.csv"
            rows = [MONITORING_HEADER] + [
                f"{today - timedelta(days=days):%Y-%m-%d},{outlet},{headline},{kind},{tone},{reach},{brand}"
                for days, outlet, headline, kind, tone, reach, brand in MONITORING
            ]
            monitoring.write_bytes(("\n".join(rows) + "\n").encode("gb18030"))
            stories = ctx.service(EvaluationCoverageService).import_file(monitoring)
        for days, role, themes, notes, follow_ups in INTERVIEWS:
            voices.add_interview(today + timedelta(days=days), role, themes, notes, follow_ups)
        attended = 0
        for days, topic, trainer, present, absent in TRAININGS:
            session = voices.add_training(today + timedelta(days=days), topic, trainer)
            voices.attend(session.id, present)
            voices.attend(session.id, absent, present=False)
            attended += len(present)
    finally:
        ctx.clock, ctx.current = original_clock, original_current
    return {
        "survey responses": survey.responses,
        "interviews": len(INTERVIEWS),
        "training sessions": len(TRAININGS),
        "training attendances": attended,
        "monitored stories": stories.imported,
    }
