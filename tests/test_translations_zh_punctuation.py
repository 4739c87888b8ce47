"""Chinese text uses full-width punctuation: no ASCII "?" or ":" ending a phrase inside a zh_CN
translation ("是否询问了满意度(F)? 评分 1-5:", "首次响应: 已达成"), in every area. Clock times
(9:00), placeholders ({m:02d}), addresses (https://) and mail header names quoted as they are
written ("Precedence: bulk") are not punctuation and are left alone."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = sorted((ROOT / "resources" / "translations").glob("commdesk_*_zh_CN.ts"))
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
PLACEHOLDER = re.compile(r"\{[^{}]*\}")
# ASCII ? or : ending a phrase: followed by the end, a space, Chinese or Chinese punctuation
PHRASE_END = re.compile(r"[?:](?=$|\s|[\u3400-\u9fff\uf900-\ufaff（）“”，。；、])")
HEADER = re.compile(r"[A-Za-z][A-Za-z-]*$")  # "Auto-Submitted:" — a mail header's own name
# the labelled-entry format people type into the contact form ("工作: name@example.com"): quoted as typed
TYPED_FORMATS = {
    ("ContactForm", "工作: "),
    ("ContactForm", "手机: "),
}


def ascii_punctuation(context: str, text: str) -> list[str]:
    if not CJK.search(text):
        return []
    plain = PLACEHOLDER.sub("{}", text)
    found = []
    for m in PHRASE_END.finditer(plain):
        before = plain[: m.start()]
        if HEADER.search(before) or (context, plain[max(0, m.start() - 2) : m.end() + 1]) in TYPED_FORMATS:
            continue
        found.append(plain[max(0, m.start() - 10) : m.end() + 3])
    return found


def translations(ts: Path):
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None:
                continue
            forms = list(tr.iter("numerusform"))
            for text in [f.text or "" for f in forms] if forms else [tr.text or ""]:
                yield name, msg.findtext("source") or "", text


def test_the_scan_finds_what_the_walkthrough_found():
    assert len(ascii_punctuation("CallScreen", "是否询问了满意度(&F)? 评分 1-5:")) == 2
    assert ascii_punctuation("CaseView", "首次响应: 已达成")
    assert not ascii_punctuation("CaseView", "工作日 9:00-18:00，详见 https://example.org")
    assert not ascii_punctuation("CaseView", "{m:02d} 分")
    assert not ascii_punctuation("MailIntake", "这是群发邮件（Precedence: {value}）")
    assert not ascii_punctuation("CaseView", "Is it? yes:")  # no Chinese: English punctuation


@pytest.mark.parametrize("ts", TS, ids=lambda p: p.stem)
def test_no_ascii_question_mark_or_colon_in_chinese(ts):
    bad = [
        f"{context}: {source!r} -> {found}"
        for context, source, text in translations(ts)
        for found in [ascii_punctuation(context, text)]
        if found
    ]
    assert not bad, "use full-width ？ and ： in Chinese:\n" + "\n".join(bad)
