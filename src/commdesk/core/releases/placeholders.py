"""The placeholders a release template may use, with descriptions and sample values (zh, en).

Every placeholder has an English name (``organisation``) and a Chinese one (``机构名称``): the zh
templates use the Chinese names, the en templates the English ones, and either name works in any
template (templates saved before the Chinese names existed keep working). ``canonical`` maps a name
to the English one; ``name_in`` gives the name to show in a template of a language."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from commdesk.core.i18n import translate


@dataclass(frozen=True)
class Placeholder:
    name: str
    _describe: Callable[[], str]
    sample_zh: str
    sample_en: str
    multiline: bool = False  # kept as separate lines (hard breaks) when inserted

    @property
    def description(self) -> str:
        return self._describe()

    def sample(self, language: str) -> str:
        return self.sample_zh if language == "zh" else self.sample_en


def _p(name, describe, zh, en, multiline=False) -> tuple[str, Placeholder]:
    return name, Placeholder(name, describe, zh, en, multiline)


KNOWN_PLACEHOLDERS: Mapping[str, Placeholder] = dict(
    [
        _p(
            "organisation",
            lambda: translate("Releases", "Name of the organisation (from settings)"),
            "星河科技股份有限公司",
            "Xinghe Technology Co., Ltd.",
        ),
        _p(
            "organisation_short",
            lambda: translate("Releases", "Short name of the organisation"),
            "星河科技",
            "Xinghe",
        ),
        _p(
            "date",
            lambda: translate("Releases", "Date of the release, written out"),
            "2025年3月18日",
            "March 18, 2025",
        ),
        _p("city", lambda: translate("Releases", "City of the dateline"), "深圳", "Shenzhen"),
        _p(
            "title",
            lambda: translate("Releases", "Headline of the release"),
            "星河科技发布新一代家用储能系统",
            "Xinghe Technology launches its next-generation home battery",
        ),
        _p(
            "spokesperson",
            lambda: translate("Releases", "Name of the person quoted or speaking"),
            "陈明",
            "Chen Ming",
        ),
        _p(
            "spokesperson_title",
            lambda: translate("Releases", "Position of the spokesperson"),
            "首席执行官",
            "Chief Executive Officer",
        ),
        _p(
            "quote",
            lambda: translate("Releases", "Main quotation of the spokesperson"),
            "我们希望让每个家庭都能用上安全、可负担的清洁能源。",
            "We want every household to have safe, affordable clean energy.",
        ),
        _p(
            "product",
            lambda: translate("Releases", "Name of the product"),
            "星河 H5 储能系统",
            "Xinghe H5 home battery",
        ),
        _p(
            "product_summary",
            lambda: translate("Releases", "One sentence on what the product does"),
            "一套可储存10千瓦时电能、支持手机远程管理的家用储能系统",
            "a 10 kWh home battery that can be managed remotely from a phone",
        ),
        _p(
            "availability",
            lambda: translate("Releases", "Where and from when the product is available"),
            "4月1日起在全国各授权门店及官方网站发售",
            "on sale from April 1 at authorised dealers and online",
        ),
        _p("price", lambda: translate("Releases", "Price, with currency"), "人民币 29,800 元", "RMB 29,800"),
        _p(
            "event_name",
            lambda: translate("Releases", "Name of the event"),
            "2025 清洁能源开放日",
            "Clean Energy Open Day 2025",
        ),
        _p(
            "event_date",
            lambda: translate("Releases", "Date and time of the event"),
            "2025年4月10日（星期四）14:00-17:00",
            "Thursday, April 10, 2025, 2:00-5:00 p.m.",
        ),
        _p(
            "event_place",
            lambda: translate("Releases", "Venue and address of the event"),
            "深圳市南山区科技园星河大厦一层报告厅",
            "Auditorium, Xinghe Tower, Science Park, Nanshan, Shenzhen",
        ),
        _p(
            "registration",
            lambda: translate("Releases", "How and until when to register"),
            "请于4月7日前发送邮件至 media@xinghe.example 报名",
            "please register by April 7 at media@xinghe.example",
        ),
        _p(
            "subject",
            lambda: translate("Releases", "What a statement or response is about"),
            "近期网络上关于我司产品安全的不实信息",
            "recent untrue reports online about the safety of our products",
        ),
        _p(
            "incident",
            lambda: translate("Releases", "Short, factual description of what happened"),
            "3月16日，我司位于东莞的仓库发生一起小型火情",
            "A small fire broke out at our warehouse in Dongguan on March 16",
        ),
        _p(
            "measures",
            lambda: translate("Releases", "What the organisation is doing about it"),
            "已成立专项工作组，配合有关部门开展调查",
            "We have set up a task force and are assisting the authorities",
            multiline=True,
        ),
        _p(
            "next_update",
            lambda: translate("Releases", "When the next update will be given"),
            "3月19日18:00前",
            "by 6:00 p.m. on March 19",
        ),
        _p(
            "hotline",
            lambda: translate("Releases", "Telephone number for the public"),
            "400-800-1234",
            "+86 400 800 1234",
        ),
        _p(
            "website",
            lambda: translate("Releases", "Web address for more information"),
            "https://www.xinghe.example",
            "https://www.xinghe.example/en",
        ),
        _p(
            "boilerplate",
            lambda: translate("Releases", "\u201cAbout us\u201d text (from settings)"),
            "星河科技成立于2010年，总部位于深圳，专注于家用与工商业储能产品的研发和制造。",
            "Founded in 2010 and based in Shenzhen, Xinghe Technology designs and builds energy storage "
            "for homes and businesses.",
            multiline=True,
        ),
        _p(
            "media_contact",
            lambda: translate("Releases", "Media contact block (from settings)"),
            "王芳\n品牌与公共关系部\n电话：0755-8888 6666\n邮箱：media@xinghe.example",
            "Wang Fang\nBrand and Public Relations\nPhone: +86 755 8888 6666\nEmail: media@xinghe.example",
            multiline=True,
        ),
    ]
)


#: English name -> the name the zh templates use
ZH_NAMES: Mapping[str, str] = {
    "organisation": "机构名称",
    "organisation_short": "机构简称",
    "date": "日期",
    "city": "城市",
    "title": "标题",
    "spokesperson": "发言人",
    "spokesperson_title": "发言人职务",
    "quote": "引语",
    "product": "产品名称",
    "product_summary": "产品简介",
    "availability": "上市信息",
    "price": "价格",
    "event_name": "活动名称",
    "event_date": "活动时间",
    "event_place": "活动地点",
    "registration": "报名方式",
    "subject": "声明事由",
    "incident": "事件经过",
    "measures": "应对措施",
    "next_update": "下次通报时间",
    "hotline": "咨询电话",
    "website": "网址",
    "boilerplate": "机构介绍",
    "media_contact": "媒体联系方式",
}
#: Chinese name -> English name
ALIASES: Mapping[str, str] = {zh: en for en, zh in ZH_NAMES.items()}


def canonical(name: str) -> str:
    """The English name of a placeholder written either way (unknown names unchanged)."""
    return ALIASES.get(name, name)


def name_in(name: str, language: str) -> str:
    """How a placeholder is written in a template of ``language``: ``机构名称`` in zh, ``organisation`` in en."""
    name = canonical(name)
    return ZH_NAMES.get(name, name) if language == "zh" else name


def with_aliases(values: Mapping[str, object]) -> dict[str, object]:
    """``values`` under both names of every known placeholder (a value given by either name)."""
    out: dict[str, object] = dict(values)  # a name given explicitly wins over its alias
    for key, value in values.items():
        english = canonical(key)
        out.setdefault(english, value)
        if english in ZH_NAMES:
            out.setdefault(ZH_NAMES[english], value)
    return out


def sample_values(language: str) -> dict[str, str]:
    """Sample data for previews, in the template's language ("zh" or "en"); the renderer adds the
    Chinese names."""
    return {name: p.sample(language) for name, p in KNOWN_PLACEHOLDERS.items()}
