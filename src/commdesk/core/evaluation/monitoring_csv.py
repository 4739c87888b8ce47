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
    in ``COLUMNS``); a subject equal to one of ``own_names`` (the organisation's) is the organisation."""
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
    own = {n.strip().casefold() for n in own_names if n.strip()}
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
                subject="" if subject.casefold() in own else subject[:200],
                journalist=cell.get("journalist", "")[:200],
            )
        )
        result.rows.append(RowOutcome(line, "used"))
    if not result.stories and not result.errors:
        result.problem = translate("Evaluation", "The file holds no story; export some rows with the header.")
    return result
