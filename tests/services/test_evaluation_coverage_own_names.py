"""Coverage of the organisation under its short name (L3): imported or logged by hand, "华信科技" is the
organisation's story (counted in coverage and share of voice), "信科" stays a competitor's."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import text

from commdesk.core.evaluation.monitoring_csv import Story
from commdesk.services.evaluation.coverage import EvaluationCoverageService
from commdesk.services.evaluation.figures import EvaluationFiguresService
from commdesk.services.settings import SettingsService

EXPORT = (
    "发布时间,媒体名称,标题,链接,媒体类型,情感倾向,阅读量,监测对象\n"
    "2026-11-03,人民日报,华信科技发布年度报告,https://example.cn/a,报纸,正面,12000,华信科技\n"
    "2026-11-04,新浪财经,信科新品发布,https://example.cn/b,网媒,中性,3000,信科\n"
    "2026-11-05,财新,Huaxin opens Shenzhen office,https://example.cn/c,网媒,正面,500,Huaxin\n"
)


def test_our_short_names_count_as_ours(ctx, people, tmp_path):
    settings = ctx.service(SettingsService)
    settings.save_organisation(
        replace(
            settings.organisation(),
            name="华信科技有限公司 Huaxin Technology Co., Ltd.",
            time_zone="Asia/Shanghai",
        )
    )
    path = tmp_path / "monitoring.csv"
    path.write_bytes(EXPORT.encode("gb18030"))
    coverage = ctx.service(EvaluationCoverageService)
    done = coverage.import_file(path)
    assert (done.about_us, done.about_competitors) == (2, 1)
    logged = coverage.log(Story(0, date(2026, 11, 6), "第一财经", "华信签约", subject="华信"))
    assert logged.subject == ""
    with ctx.engine.connect() as conn:
        subjects = sorted(s for (s,) in conn.execute(text("SELECT subject FROM release_coverage")))
    assert subjects == ["", "", "", "信科"]
    result = ctx.service(EvaluationFiguresService).evaluate("2026-11")
    assert result.figure("coverage.count").value == 3
    assert dict(result.share_of_voice) == {"": 3, "信科": 1}
