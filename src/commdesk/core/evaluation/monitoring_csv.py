"""Stories read from a media-monitoring service's CSV export (MD-6, EV-6, EV-7): coverage without a
release, about the organisation or a named competitor.

Monitoring services name their columns differently; ``COLUMNS`` knows the usual English and
Chinese headers, and the person may map any field to a header of the file (``columns``: field ->
header), which wins. The file may be UTF-8 (with or without Excel's byte-order mark) or GB18030
(``core.publishing.metrics_csv.decode``, the one decoder of exported spreadsheets).

Reading is all-or-nothing: every data row ends up a story or blank, else it is an error naming its
line and what to fix, and a file with any error imports nothing.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from datetime import date

from commdesk.core.i18n import translate
from commdesk.core.publishing.metrics_csv import RowOutcome, decode, parse_count, parse_day
from commdesk.core.releases.records import OUTLET_KINDS

FIELDS = ("day", "outlet", "headline", "url", "outlet_kind", "tone", "reach", "subject", "journalist")
REQUIRED = ("day", "outlet")

#: the headers a field is found under, compared without case
COLUMNS: dict[str, tuple[str, ...]] = {
    "day": ("day", "date", "published", "publish date", "日期", "发布日期", "发布时间", "时间"),
    "outlet": ("outlet", "source", "media", "publication", "媒体", "媒体名称", "来源", "站点"),
    "headline": ("headline", "title", "标题", "文章标题"),
    "url": ("url", "link", "链接", "原文链接", "网址"),
    "outlet_kind": ("outlet kind", "media type", "type", "媒体类型", "类型", "媒体类别"),
    "tone": ("tone", "sentiment", "情感", "情感倾向", "调性", "倾向性"),
    "reach": ("reach", "audience", "circulation", "阅读量", "覆盖", "覆盖人数", "传播量", "发行量"),
    "subject": ("subject", "brand", "company", "entity", "主体", "品牌", "对象", "监测对象"),
    "journalist": ("journalist", "author", "reporter", "记者", "作者"),
}

_TONES = {
    "positive": "positive",
    "pos": "positive",
    "正面": "positive",
    "积极": "positive",
    "neutral": "neutral",
    "中性": "neutral",
    "negative": "negative",
    "neg": "negative",
    "负面": "negative",
    "消极": "negative",
}

_KINDS = {
    **{k: k for k in OUTLET_KINDS},
    "print": "newspaper",
    "报纸": "newspaper",
    "报刊": "newspaper",
    "平媒": "newspaper",
    "web": "online",
    "网络": "online",
    "网媒": "online",
    "网站": "online",
    "新闻网站": "online",
    "television": "tv",
    "电视": "tv",
    "广播": "radio",
    "电台": "radio",
    "wire": "agency",
    "通讯社": "agency",
    "杂志": "magazine",
    "期刊": "magazine",
    "自媒体": "social",
    "社交媒体": "social",
    "微博": "social",
    "微信": "social",
}


#: what follows a company's own name: its legal form, longest first (compared without case)
_FORMS_ZH = (
    "集团股份有限公司", "集团有限责任公司", "集团有限公司", "股份有限公司", "有限责任公司", "有限公司",
    "集团公司", "控股", "集团", "公司",
)  # fmt: skip
_FORMS_EN = (
    "co ltd", "company limited", "co", "ltd", "limited", "inc", "incorporated", "corp", "corporation",
    "company", "group", "holdings", "holding", "gmbh", "ag", "plc", "llc", "sa", "bv", "nv",
)  # fmt: skip
#: what may come before a Chinese company's own name: where it is registered
_REGIONS = (
    "中国", "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽",
    "福建", "江西", "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃",
    "青海", "台湾", "内蒙古", "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "深圳", "广州", "杭州", "南京",
    "苏州", "武汉", "成都", "西安", "厦门", "宁波", "青岛", "大连",
)  # fmt: skip
_CJK_RUN = re.compile(r"[\u3400-\u9fff][\u3400-\u9fff（）()·\s]*")
_BRACKETED = re.compile(r"[(（][^)）]*[)）]")
#: the shortest short name: two Chinese characters (华信), or one Latin word of three letters
SHORTEST_ZH = 2
SHORTEST_EN = 3


def _is_cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in text)


def _own_part(name: str) -> str:
    """A name's own part: without brackets, legal form or (Chinese) the region before it:
    "上海华信科技股份有限公司" -> "华信科技", "Huaxin Technology Co., Ltd." -> "huaxin technology"."""
    text = _BRACKETED.sub("", name).casefold()
    if _is_cjk(text):
        text = "".join(text.split())
        stripped = True
        while stripped:
            stripped = False
            for form in _FORMS_ZH:
                if text.endswith(form) and len(text) > len(form):
                    text, stripped = text[: -len(form)], True
            for region in _REGIONS:
                for prefix in (region + "市", region + "省", region):
                    if text.startswith(prefix) and len(text) > len(prefix):
                        text, stripped = text[len(prefix) :], True
        return text
    words = re.sub(r"[^0-9a-z]+", " ", text.replace(".,", " ").replace(".", "")).split()
    while len(words) > 1 and " ".join(words[-2:]) in _FORMS_EN:
        words = words[:-2]
    while len(words) > 1 and words[-1] in _FORMS_EN:
        words = words[:-1]
    return " ".join(words)


class OwnNames:
    """Whether a monitoring service's subject names the organisation: its full name (each language's
    part of "华信科技有限公司 Huaxin Technology Co., Ltd." on its own), or a short name — the start
    of its own part, with or without a legal form or region ("华信科技", "华信", "上海华信", "华信集团",
    "Huaxin"). A name merely contained in ours ("信科", "科技", "Technology") is another's, as is one
    that goes on differently ("华信证券")."""

    def __init__(self, full_names: tuple[str, ...]):
        parts: list[str] = []  # each language's part of each name on its own
        self.exact: set[str] = set()
        for full in full_names:
            full = full.strip()
            if not full:
                continue
            self.exact.add(" ".join(full.casefold().split()))
            chinese = [c for c in (m.group().strip() for m in _CJK_RUN.finditer(full)) if c]
            latin = _CJK_RUN.sub(" ", full).strip(" ,;/|-")
            parts.extend([*chinese, latin] if chinese and latin else [full])
        self.exact |= {" ".join(p.casefold().split()) for p in parts}
        self.own = {o for o in (_own_part(p) for p in parts) if o}

    def match(self, subject: str) -> bool:
        subject = subject.strip()
        if not subject:
            return False
        if " ".join(subject.casefold().split()) in self.exact:
            return True
        short = _own_part(subject)
        if not short:
            return False
        for own in self.own:
            if _is_cjk(short):
                if len(short) >= SHORTEST_ZH and own.startswith(short):
                    return True
            elif len(short) >= SHORTEST_EN and (own == short or own.startswith(short + " ")):
                return True
        return False


@dataclass(frozen=True)
class Story:
    """One story as read (``subject`` "" : about the organisation)."""

    line: int
    day: date
    outlet: str
    headline: str = ""
    url: str = ""
    outlet_kind: str = "online"
    tone: str = "neutral"
    reach: int = 0
    subject: str = ""
    journalist: str = ""


@dataclass
class MonitoringFile:
    stories: list[Story] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    problem: str = ""  # the whole file cannot be read
    encoding: str = ""
    columns: dict[str, str] = field(default_factory=dict)  # field -> the header it was read from

    @property
    def errors(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.outcome == "error"]

    @property
    def ok(self) -> bool:
        return not self.problem and not self.errors and bool(self.stories)


def row_error(line: int, problems: list[str]) -> RowOutcome:
    """A bad row of an imported file: its line and every problem found in it."""
    return RowOutcome(
        line,
        "error",
        translate("Evaluation", "Line {line}: {problems}.").format(line=line, problems="; ".join(problems)),
    )


def _field_names() -> dict[str, str]:
    return {
        "day": translate("Evaluation", "date"),
        "outlet": translate("Evaluation", "outlet"),
        "tone": translate("Evaluation", "tone"),
        "reach": translate("Evaluation", "reach"),
        "outlet_kind": translate("Evaluation", "outlet kind"),
        "url": translate("Evaluation", "link"),
    }


def read_monitoring(
    data: bytes, columns: dict[str, str] | None = None, own_names: tuple[str, ...] = ()
) -> MonitoringFile:
    """Read a monitoring export. ``columns`` maps fields to the file's headers (the rest are found
    in ``COLUMNS``); a subject naming the organisation (``own_names``, read by ``OwnNames``: its full
    name or a short one, "华信科技" for "华信科技有限公司") is the organisation."""
    result = MonitoringFile()
    try:
        text, result.encoding = decode(data)
    except ValueError as exc:
        result.problem = str(exc)
        return result
    reader = csv.reader(io.StringIO(text, newline=""))
    header = next(reader, None)
    if not header:
        result.problem = translate("Evaluation", "The file is empty; export the stories with a header row.")
        return result
    index = {name.strip().casefold(): i for i, name in enumerate(header) if name.strip()}
    for name in FIELDS:
        wanted = (columns or {}).get(name)
        if wanted:
            if wanted.strip().casefold() not in index:
                result.problem = translate(
                    "Evaluation", "The file has no column '{column}' (mapped to {field}); check the mapping."
                ).format(column=wanted, field=name)
                return result
            result.columns[name] = wanted.strip()
            continue
        found = next((h for h in COLUMNS[name] if h.casefold() in index), None)
        if found is not None:
            result.columns[name] = found
    missing = [name for name in REQUIRED if name not in result.columns]
    if missing:
        names = _field_names()
        result.problem = translate(
            "Evaluation",
            "The file has no column for: {fields}; map them to the file's headers ({headers}).",
        ).format(
            fields=", ".join(names[m] for m in missing), headers=", ".join(h for h in header if h.strip())
        )
        return result
    ours = OwnNames(own_names)
    position = {name: index[h.casefold()] for name, h in result.columns.items()}
    for values in reader:
        line = reader.line_num
        cell = {name: (values[i].strip() if i < len(values) else "") for name, i in position.items()}
        if not any(v.strip() for v in values):
            result.rows.append(RowOutcome(line, "blank"))
            continue
        problems: list[str] = []
        day = parse_day(cell["day"])
        if day is None:
            problems.append(
                translate("Evaluation", "the date '{value}' is not a day (write 2026-11-03)").format(
                    value=cell["day"]
                )
            )
        if not cell["outlet"]:
            problems.append(translate("Evaluation", "the outlet is empty"))
        tone = _TONES.get(cell.get("tone", "").casefold()) if cell.get("tone") else "neutral"
        if tone is None:
            problems.append(
                translate("Evaluation", "the tone '{value}' is not positive, neutral or negative").format(
                    value=cell["tone"]
                )
            )
        kind = _KINDS.get(cell.get("outlet_kind", "").casefold()) if cell.get("outlet_kind") else "online"
        if kind is None:
            problems.append(
                translate("Evaluation", "the outlet kind '{value}' is not one of: {kinds}").format(
                    value=cell["outlet_kind"], kinds=", ".join(OUTLET_KINDS)
                )
            )
        reach = parse_count(cell["reach"]) if cell.get("reach") else 0
        if reach is None:
            problems.append(
                translate("Evaluation", "the reach '{value}' is not a whole number").format(
                    value=cell["reach"]
                )
            )
        url = cell.get("url", "")
        if url and not url.lower().startswith(("http://", "https://")):
            problems.append(translate("Evaluation", "the link must start with http:// or https://"))
        if problems:
            result.rows.append(row_error(line, problems))
            continue
        assert day is not None and tone is not None and kind is not None and reach is not None
        subject = cell.get("subject", "")
        result.stories.append(
            Story(
                line=line,
                day=day,
                outlet=cell["outlet"][:200],
                headline=cell.get("headline", "")[:500],
                url=url[:2000],
                outlet_kind=kind,
                tone=tone,
                reach=reach,
                subject="" if ours.match(subject) else subject[:200],
                journalist=cell.get("journalist", "")[:200],
            )
        )
        result.rows.append(RowOutcome(line, "used"))
    if not result.stories and not result.errors:
        result.problem = translate("Evaluation", "The file holds no story; export some rows with the header.")
    return result
