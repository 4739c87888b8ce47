"""One name per role in the Chinese interface: 管理员, 传播专员, 审核人 (the role labels of
core/domain/people.py) wherever a message names the role, in every area's translation file."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from commdesk.core.domain.people import Role

TS = Path(__file__).resolve().parents[2] / "resources" / "translations"


def role_names() -> dict[str, str]:
    """The Chinese label of each role, read from the foundation's translation of Role.label."""
    tree = ET.parse(TS / "commdesk_foundation_zh_CN.ts")
    labels = {}
    for ctx in tree.getroot().iter("context"):
        if ctx.find("name").text != "People":
            continue
        for m in ctx.iter("message"):
            labels[m.find("source").text] = m.find("translation").text
    return {role.value: labels[role.value.capitalize()] for role in Role}


@pytest.mark.parametrize("ts", sorted(TS.glob("commdesk_*_zh_CN.ts")), ids=lambda p: p.stem)
def test_every_message_names_a_role_by_its_label(ts):
    names = role_names()
    assert names == {"administrator": "管理员", "officer": "传播专员", "reviewer": "审核人"}
    wrong = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        for m in ctx.iter("message"):
            source = m.find("source").text or ""
            tr = m.find("translation")
            text = (tr.text or "") + "".join(n.text or "" for n in tr.findall("numerusform"))
            for role, zh in names.items():
                if re.search(rf"\b(an? |the |another |other )?{role}s?\b", source, re.I) and zh not in text:
                    wrong.append(f"{source[:70]!r} -> {text.strip()[:50]!r} (use {zh})")
    assert not wrong, "\n".join(wrong)
