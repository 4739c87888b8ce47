"""A monitoring service names the organisation by its full or a short name (L3): "华信科技" for
"华信科技有限公司" is our story, not a competitor's; a competitor whose name is contained in ours, or
that starts like ours and goes on differently, stays a competitor."""

from __future__ import annotations

import pytest

from commdesk.core.evaluation.monitoring_csv import OwnNames, read_monitoring

FULL = ("华信科技有限公司 Huaxin Technology Co., Ltd.",)


@pytest.mark.parametrize(
    "subject",
    [
        "华信科技有限公司 Huaxin Technology Co., Ltd.",
        "华信科技有限公司",
        "华信科技",
        "华信",
        "华信公司",
        "华信集团",
        "上海华信",
        "上海华信科技股份有限公司",
        "华信科技（上海）有限公司",
        "Huaxin Technology Co., Ltd.",
        "HUAXIN TECHNOLOGY",
        "Huaxin",
        "Huaxin Group",
    ],
)
def test_the_organisation_by_its_full_or_a_short_name(subject):
    assert OwnNames(FULL).match(subject)


@pytest.mark.parametrize(
    "subject",
    [
        "信科",
        "科技",
        "华",
        "中国华",
        "华信证券",
        "华为",
        "科技有限公司",
        "Technology",
        "Hua",
        "Huaxin Securities",
        "",
    ],
)
def test_a_competitor_contained_in_our_name_or_going_on_differently_is_not_us(subject):
    assert not OwnNames(FULL).match(subject)


def test_an_export_naming_us_by_our_short_name_counts_the_story_as_ours():
    export = (
        "发布时间,媒体名称,标题,情感倾向,阅读量,监测对象\n"
        "2026-11-03,人民日报,华信科技发布年报,正面,12000,华信科技\n"
        "2026-11-04,澎湃新闻,华信开放日,中性,800,华信\n"
        "2026-11-05,新浪财经,信科新品发布,中性,3000,信科\n"
        "2026-11-06,财新,华信证券融资,正面,100,华信证券\n"
    )
    read = read_monitoring(export.encode("gb18030"), own_names=FULL)
    assert [s.subject for s in read.stories] == ["", "", "信科", "华信证券"]
