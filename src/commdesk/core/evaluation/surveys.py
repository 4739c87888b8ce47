"""Staff surveys read from any survey tool's export (EV-1): CSV (UTF-8 with or without Excel's
byte-order mark, or GB18030) or an Excel workbook (.xlsx, its first sheet).

Columns are of three sorts:

- identifying (``IDENTIFYING``: 姓名, 手机, 邮箱, IP, name, e-mail, phone, ...) and the traces the
  tool keeps of each answering (``TRACES``: when it was answered — 提交答卷时间, 开始答题时间,
  Timestamp, Start time —, how long it took, where from — 地理位置, 来源渠道, 来源详情 —, the
  respondent's number in the tool — 序号, Respondent ID): in a small office a time, a place or a
  number says who answered as surely as a name does. Never stored when the survey is anonymous (no
  mapping can make them questions), and the reading says which were dropped; for a named survey the
  name and e-mail are kept with the response, the others are dropped all the same;
- the tool's own bookkeeping (``BOOKKEEPING``: 总分, Score, Status, ...): skipped;
- questions: every other column. A mapping (header -> question, "-" to skip a column) renames
  them; it is kept per kind of export so the next file of the same tool maps itself.

A question is a scale when most of its answers are numbers from 0 to 10 or the usual satisfaction
words (非常满意 ... 非常不满意, very satisfied ... very dissatisfied, agree ...); its top is 5 or
10. Every other question is text.

A question the respondent skipped is no answer: an empty cell, or the marks the tools write for it
(问卷星's ``(跳过)`` and ``(空)``, the skip codes -2 and -3 of its numeric export; ``SKIP_MARKS``);
the reading counts them (``skipped_answers``).

Reading is all-or-nothing: every data row ends up a response or blank, else it is an error naming
its line and the fix, and a file with any error imports nothing.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from dataclasses import dataclass, field

from commdesk.core.evaluation.monitoring_csv import row_error
from commdesk.core.i18n import translate
from commdesk.core.publishing.metrics_csv import RowOutcome, decode

SKIP = "-"

#: identifying columns: (what it is, words found in Chinese headers, whole words in other headers)
IDENTIFYING: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("name", ("姓名", "名字", "称呼", "填写人", "答题人"), ("name", "full name", "respondent", "your name")),
    ("email", ("邮箱", "邮件", "电子邮件"), ("email", "e-mail", "mail address")),
    ("phone", ("手机", "电话", "联系方式", "微信"), ("phone", "mobile", "telephone", "tel", "wechat")),
    ("ip", ("ip", "ip地址", "来自ip"), ("ip", "ip address")),
    ("id", ("工号", "身份证", "员工编号", "学号"), ("employee id", "staff id", "employee number", "user id")),
)

#: what still asks who answered inside a whole question ("5、请留下您的手机号码以便回访"); a question
#: that merely mentions e-mail, the phone or WeChat ("您每天处理多少封邮件？", "How much time do
#: you spend on e-mail?") is a question. The words above identify a column only in a short label.
IDENTIFYING_IN_QUESTIONS: tuple[tuple[str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("name", ("姓名", "名字", "填写人", "答题人"), ("your name", "full name", "first name", "last name")),
    (
        "email",
        ("邮箱", "邮件地址", "电子邮件地址"),
        ("email address", "e-mail address", "your email", "your e-mail"),
    ),
    (
        "phone",
        ("手机号", "电话号码", "联系电话", "联系方式", "微信号", "微信昵称"),
        ("phone number", "mobile number"),
    ),
    ("ip", ("ip地址", "来自ip"), ("ip address",)),
    ("id", ("工号", "身份证", "员工编号", "学号"), ("employee id", "staff id", "employee number", "user id")),
)
#: a label, not a question: at most this many Chinese characters or words once "1、", "您的", "Your"
#: and the closing colon are left off
LABEL_CHARS = 6
LABEL_WORDS = 3
_NUMBERING = re.compile(r"^\s*(?:q\s*)?\d+\s*[、.．:：)）]?\s*", re.IGNORECASE)
_ASKING = re.compile(r"^(?:请(?:输入|填写|留下)?)?(?:您的|你的)|^(?:please enter )?(?:your )", re.IGNORECASE)

#: the traces a survey tool keeps of each answering, by what they tell: (what, headers). A header is
#: compared as ``_plain`` writes it: without case, bracketed notes ("(UTC)", "（省）"), punctuation
#: or spaces, "StartDate" split into words; so "Start Date (UTC)" is "start date" and "地理位置（省）"
#: is "地理位置".
TRACES: tuple[tuple[str, frozenset[str]], ...] = (
    (
        "time",  # when it was answered, or how long it took
        frozenset(
            {
                "提交答卷时间",
                "提交时间",
                "答题时间",
                "开始时间",
                "结束时间",
                "开始答题时间",
                "结束答题时间",
                "完成时间",
                "填写时间",
                "作答时间",
                "修改时间",
                "更新时间",
                "创建时间",
                "所用时间",
                "答题时长",
                "填写时长",
                "作答时长",
                "用时",
                "答题用时",
                "提交日期",
                "timestamp",
                "start time",
                "start date",
                "startdate",
                "end time",
                "end date",
                "completion time",
                "completion date",
                "completed",
                "completed at",
                "submitted",
                "submitted at",
                "submit date",
                "submission date",
                "submission time",
                "date submitted",
                "last modified time",
                "last modified",
                "modified time",
                "recorded date",
                "created at",
                "created",
                "date",
                "time",
                "duration",
                "time taken",
                "time spent",
                "elapsed time",
            }
        ),
    ),
    (
        "place",  # where it was answered from
        frozenset(
            {
                "地理位置",
                "ip属地",
                "ip归属地",
                "填写地区",
                "填写地点",
                "定位",
                "位置",
                "经度",
                "纬度",
                "location",
                "location latitude",
                "location longitude",
                "latitude",
                "longitude",
                "geolocation",
                "geo location",
            }
        ),
    ),
    (
        "source",  # how the respondent came to it: a link of their own, their device
        frozenset(
            {
                "来源",
                "来源渠道",
                "来源详情",
                "渠道",
                "投放渠道",
                "填写设备",
                "设备",
                "操作系统",
                "浏览器",
                "自定义字段",
                "source",
                "channel",
                "distribution channel",
                "collector",
                "collector id",
                "referrer",
                "referer",
                "user agent",
                "browser",
                "device",
                "operating system",
                "custom data",
                "custom data 1",
                "custom data 2",
                "external reference",
                "network id",
                "tags",
            }
        ),
    ),
    (
        "record",  # the respondent's number in the tool: the tool's own data says whose it is
        frozenset(
            {
                "序号",
                "编号",
                "答卷编号",
                "答卷id",
                "回答id",
                "用户id",
                "用户标识",
                "openid",
                "微信openid",
                "id",
                "response id",
                "respondent id",
                "submission id",
                "response",
                "respondent",
                "",  # Typeform's "#", the response's token
            }
        ),
    ),
)

#: the tools' own columns that say nothing of who answered, compared as ``_plain`` writes them
BOOKKEEPING = frozenset(
    {
        "总分",
        "得分",
        "分数",
        "答题状态",
        "score",
        "total score",
        "total points",
        "quiz feedback",
        "points",
        "status",
        "progress",
        "finished",
        "response type",
        "user language",
    }
)

#: SurveyMonkey's second header row names each column's kind of answer under the question
SUBHEADER = frozenset({"response", "open-ended response", "回复", "开放式回复", "回答"})

#: what the tools write in a question the respondent skipped (问卷星: "(跳过)" by skip logic, "(空)"
#: for an empty text; -3 and -2 in its numeric export), compared without case or spaces
SKIP_MARKS = frozenset({"(跳过)", "（跳过）", "(空)", "（空）", "跳过", "-3", "-2", "(skipped)", "n/a"})

#: satisfaction and agreement words on a 1-5 scale
WORDS: dict[str, int] = {
    "非常满意": 5,
    "很满意": 5,
    "满意": 4,
    "比较满意": 4,
    "一般": 3,
    "中立": 3,
    "不太满意": 2,
    "不满意": 2,
    "很不满意": 1,
    "非常不满意": 1,
    "非常同意": 5,
    "同意": 4,
    "比较同意": 4,
    "不同意": 2,
    "非常不同意": 1,
    "very satisfied": 5,
    "satisfied": 4,
    "neutral": 3,
    "neither satisfied nor dissatisfied": 3,
    "dissatisfied": 2,
    "very dissatisfied": 1,
    "strongly agree": 5,
    "agree": 4,
    "neither agree nor disagree": 3,
    "disagree": 2,
    "strongly disagree": 1,
}

_NUMBER = re.compile(r"(\d{1,2})(?:\.0+)?\s*分?")
_WORD_CHARS = re.compile(r"[a-z]+(?:[- ][a-z]+)*")


_BRACKETED = re.compile(r"[(（\[【<《][^)）\]】>》]*[)）\]】>》]")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_NOT_WORD = re.compile(r"[^0-9a-z\u3400-\u9fff]+")


def _plain(header: str) -> str:
    """A header as the lists above hold it: "Start Date (UTC)" -> "start date", "地理位置（省）" ->
    "地理位置", "IPAddress" -> "ip address"."""
    words = _NOT_WORD.sub(" ", _BRACKETED.sub(" ", _CAMEL.sub(" ", header.strip())).casefold()).split()
    if any(_has_cjk(w) for w in words):
        return "".join(words)
    return " ".join(words).replace("ipaddress", "ip address")


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= c <= "\u9fff" for c in text)


def trace(header: str) -> str | None:
    """What a column of the tool's own tells of an answering ("time", "place", "source", "record"),
    None for any other column."""
    if not header.strip():
        return None
    plain = _plain(header)
    for what, headers in TRACES:
        if plain in headers:
            return what
    if plain.startswith(("地理位置", "ip属地")):
        return "place"
    return None


def identifying(header: str) -> str | None:
    """What a column that says who answered holds ("name", "email", "phone", "ip", "id", or a trace
    of the answering: "time", "place", "source", "record"), None for any other."""
    text = header.strip().casefold()
    if not text:
        return None
    found = trace(header)
    if found is not None:
        return found
    latin = _CAMEL.sub(" ", header.strip()).casefold().replace("ipaddress", "ip address")
    words = set(_WORD_CHARS.findall(latin))
    joined = " ".join(_WORD_CHARS.findall(latin))
    for what, chinese, english in IDENTIFYING if _label(header) else IDENTIFYING_IN_QUESTIONS:
        if any(c in text for c in chinese if not c.isascii()) or text in chinese:
            return what
        for term in english:
            if term in words or re.search(rf"(?<![a-z]){re.escape(term)}(?![a-z])", joined):
                return what
    return None


def _label(header: str) -> bool:
    """Whether a header is a short label ("手机", "您的邮箱：", "E-mail") rather than a question."""
    text = _ASKING.sub("", _NUMBERING.sub("", header.strip())).strip(" :：?？*")
    if _has_cjk(text):
        return len("".join(text.split())) <= LABEL_CHARS
    return len(re.findall(r"[a-z0-9]+", text.casefold().replace("e-mail", "email"))) <= LABEL_WORDS


def skipped_mark(cell: str) -> bool:
    """Whether a cell is the mark a tool writes for a question the respondent skipped."""
    return "".join(cell.split()).casefold() in SKIP_MARKS


def scale_value(text: str) -> float | None:
    """The number an answer stands for on a scale (0-10, or a satisfaction word as 1-5)."""
    cleaned = text.strip().casefold()
    if cleaned in WORDS:
        return float(WORDS[cleaned])
    m = _NUMBER.fullmatch(cleaned)
    if m and 0 <= int(m.group(1)) <= 10:
        return float(int(m.group(1)))
    return None


@dataclass(frozen=True)
class Question:
    header: str
    text: str
    kind: str  # "scale" | "text"
    scale_max: int = 5


@dataclass(frozen=True)
class Response:
    line: int
    answers: tuple[tuple[float | None, str], ...]  # per question: (scale value, text)
    name: str = ""  # only when the survey is not anonymous
    email: str = ""


@dataclass
class SurveyFile:
    header: list[str] = field(default_factory=list)  # the file's columns, in its order
    questions: list[Question] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    rows: list[RowOutcome] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)  # identifying headers not stored
    skipped: list[str] = field(default_factory=list)  # the tool's bookkeeping, or mapped to "-"
    samples: list[str] = field(default_factory=list)  # per column: its first answer ("" if identifying)
    skipped_answers: int = 0  # answers the respondent skipped, marked so by the tool (``SKIP_MARKS``)
    problem: str = ""
    encoding: str = ""

    @property
    def errors(self) -> list[RowOutcome]:
        return [r for r in self.rows if r.outcome == "error"]


def table_from_csv(data: bytes) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    """(header, [(line, cells)], encoding) of a CSV export; ValueError naming the fix."""
    text, encoding = decode(data)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None) or []
        rows = [(reader.line_num, row) for row in reader]
    except csv.Error as exc:
        raise ValueError(
            translate(
                "Evaluation", "Line {line} cannot be read as CSV ({reason}); save the file again as CSV."
            ).format(line=reader.line_num, reason=exc)
        ) from None
    return header, rows, encoding


def table_from_xlsx(path, file: str) -> tuple[list[str], list[tuple[int, list[str]]], str]:
    """(header, [(row number, cells)], "xlsx") of a workbook's first sheet; ValueError naming the fix."""
    import zipfile
    from xml.etree.ElementTree import ParseError

    import openpyxl

    from commdesk.core.contacts.importing.guards import check_xlsx

    check_xlsx(path, file)  # FileRefused is a ValueError naming the file and the fix
    try:
        wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
        try:
            ws = wb.worksheets[0]
            ws.reset_dimensions()
            matrix = [
                (n, ["" if v is None else _cell(v) for v in values])
                for n, values in enumerate(ws.iter_rows(values_only=True), start=1)
            ]
        finally:
            wb.close()
    except (KeyError, OSError, TypeError, IndexError, zipfile.BadZipFile, ParseError, EOFError) as exc:
        raise ValueError(
            translate(
                "Evaluation", "{file} is not a readable Excel workbook ({reason}); save it again as .xlsx."
            ).format(file=file, reason=exc)
        ) from None
    if not matrix:
        return [], [], "xlsx"
    return matrix[0][1], matrix[1:], "xlsx"


def _answered(cells: list[str], i: int) -> bool:
    return i < len(cells) and bool(cells[i].strip()) and not skipped_mark(cells[i])


def _cell(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_survey(
    header: list[str],
    rows: list[tuple[int, list[str]]],
    anonymous: bool,
    mapping: dict[str, str] | None = None,
    kept: dict[str, str] | None = None,
) -> SurveyFile:
    """What a survey export holds. ``mapping``: header -> question text ("-": skip the column), each
    header must be in the file; ``kept``: the mapping kept for this kind of export, applied to the
    headers the file has (an export may leave a column out)."""
    result = SurveyFile()
    second = {c.strip().casefold() for c in rows[0][1] if c.strip()} if rows else set()
    if second and second <= SUBHEADER:
        rows = rows[1:]  # SurveyMonkey's second header row ("Response", "Open-Ended Response")
    mapping_given = mapping or {}
    mapping = {k.strip().casefold(): v.strip() for k, v in ((kept or {}) | mapping_given).items()}
    header = [h.strip() for h in header]
    result.header = header
    if not any(header):
        result.problem = translate("Evaluation", "The file is empty; export the answers with a header row.")
        return result
    unknown = [k.strip() for k in mapping_given if k.strip().casefold() not in {h.casefold() for h in header}]
    if unknown:
        result.problem = translate(
            "Evaluation", "The file has no column '{column}' (in the mapping); the columns are: {headers}."
        ).format(column=unknown[0], headers=", ".join(h for h in header if h))
        return result
    name_at = email_at = None
    question_at: list[int] = []
    texts: list[str] = []
    for i, h in enumerate(header):
        if not h:
            continue
        what = identifying(h)
        if what is not None:
            if not anonymous and what == "name" and name_at is None:
                name_at = i
            elif not anonymous and what == "email" and email_at is None:
                email_at = i
            else:
                result.dropped.append(h)
            continue
        mapped = mapping.get(h.casefold())
        if mapped == SKIP or (mapped is None and _plain(h) in BOOKKEEPING):
            result.skipped.append(h)
            continue
        question_at.append(i)
        texts.append((mapped or h)[:500])
    result.samples = [
        "" if not h or identifying(h) else next((c[i].strip() for _n, c in rows if _answered(c, i)), "")[:80]
        for i, h in enumerate(header)
    ]
    if not question_at:
        result.problem = translate(
            "Evaluation", "The file has no question column (only: {headers}); map a column to a question."
        ).format(headers=", ".join(h for h in header if h))
        return result

    def at(values: list[str], i: int | None) -> str:
        return values[i].strip() if i is not None and i < len(values) else ""

    def answer(values: list[str], i: int) -> str:
        """A question's answer, "" when the respondent skipped it."""
        cell = at(values, i)
        return "" if skipped_mark(cell) else cell

    # a question is a scale when most of its answers are on one
    kinds: list[tuple[str, int]] = []
    for i in question_at:
        filled = [answer(cells, i) for _line, cells in rows if answer(cells, i)]
        numbers = [n for n in (scale_value(a) for a in filled) if n is not None]
        if filled and len(numbers) * 2 > len(filled):
            kinds.append(("scale", 5 if max(numbers) <= 5 else 10))
        else:
            kinds.append(("text", 5))
    result.questions = [
        Question(header[i], t, k, m) for i, t, (k, m) in zip(question_at, texts, kinds, strict=True)
    ]

    width = len(header)
    for line, values in rows:
        if not any(v.strip() for v in values):
            result.rows.append(RowOutcome(line, "blank"))
            continue
        problems: list[str] = []
        if len(values) > width and any(v.strip() for v in values[width:]):
            problems.append(
                translate(
                    "Evaluation",
                    "it has {count} cells but the header has {width}; put answers with commas in quotes",
                ).format(count=len(values), width=width)
            )
        answers: list[tuple[float | None, str]] = []
        marked = 0
        for i, q in zip(question_at, result.questions, strict=True):
            cell = answer(values, i)
            marked += cell != at(values, i)
            if q.kind == "scale":
                number = scale_value(cell) if cell else None
                if cell and number is None:
                    problems.append(
                        translate(
                            "Evaluation",
                            "'{value}' in '{question}' is not on its 1-{top} scale (write a number or a word "
                            "such as 满意, or leave it empty)",
                        ).format(value=cell[:40], question=q.text[:60], top=q.scale_max)
                    )
                answers.append((number, ""))
            else:
                answers.append((None, cell))
        if problems:
            result.rows.append(row_error(line, problems))
            continue
        if all(v is None and not t for v, t in answers):
            result.rows.append(RowOutcome(line, "blank"))  # bookkeeping only: nothing was answered
            continue
        result.skipped_answers += marked
        result.responses.append(
            Response(line, tuple(answers), at(values, name_at)[:200], at(values, email_at)[:320])
        )
        result.rows.append(RowOutcome(line, "used"))
    if not result.responses and not result.errors:
        result.problem = translate(
            "Evaluation", "The file holds no answer; export the responses with the header."
        )
    return result


@dataclass(frozen=True)
class QuestionResult:
    text: str
    kind: str
    scale_max: int
    answered: int
    mean: float | None  # scales
    distribution: tuple[tuple[int, int], ...]  # scales: (value, answers), low to high
    satisfied: int  # scales: answers in the top two steps of five (8 or more of ten)


def satisfied(value: float, scale_max: int) -> bool:
    """An answer in the top two of five steps: 4-5 of 5, 8-10 of 10."""
    return value >= scale_max * 0.8


def question_result(
    text: str, kind: str, scale_max: int, values: list[float], answers: int
) -> QuestionResult:
    """A question's result from its numbers (scale) or its count of answers (text)."""
    if kind != "scale":
        return QuestionResult(text, kind, scale_max, answers, None, (), 0)
    counts = Counter(int(v) for v in values)
    return QuestionResult(
        text,
        kind,
        scale_max,
        len(values),
        sum(values) / len(values) if values else None,
        tuple(sorted(counts.items())),
        sum(1 for v in values if satisfied(v, scale_max)),
    )


def parse_themes(text: str) -> list[str]:
    """Interview themes as tags: split on commas, semicolons, 、 or new lines; each once."""
    seen: dict[str, str] = {}
    for part in re.split(r"[,;，；、\n]+", text):
        tag = part.strip()[:80]
        if tag and tag.casefold() not in seen:
            seen[tag.casefold()] = tag
    return list(seen.values())
