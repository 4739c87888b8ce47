"""The office's communication procedure has one Chinese name everywhere: the one its own document
gives itself (resources/procedure/procedure.zh.txt: 沟通渠道管理规程, 本规程), so 规程 for short.
A window that says 沟通制度 while the command line says 规程 makes a person wonder whether they
are two documents."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
TS = sorted((ROOT / "resources" / "translations").glob("commdesk_*_zh_CN.ts"))
FULL_NAME = "沟通渠道管理规程"
# the names a translator might reach for instead
OTHER_NAMES = re.compile(r"制度|流程|程序|规定|规范")


def test_the_document_names_itself_so() -> None:
    text = (ROOT / "resources" / "procedure" / "procedure.zh.txt").read_text(encoding="utf-8")
    assert FULL_NAME in text.splitlines()[0]
    assert "本规程" in text


def procedure_messages(path: Path):
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            # the command's name (commdesk procedure draft …) is not a name of the document
            if not re.search(r"\bprocedure\b", re.sub(r"commdesk procedure", "", source), re.IGNORECASE):
                continue
            tr = msg.find("translation")
            forms = [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""]
            yield name, source, forms


@pytest.mark.parametrize("path", TS, ids=lambda p: p.name)
def test_the_procedure_is_called_guicheng(path: Path) -> None:
    wrong = []
    for context, source, forms in procedure_messages(path):
        for text in forms:
            if "规程" not in text or OTHER_NAMES.search(text.replace(FULL_NAME, "")):
                wrong.append(f"{context}: {source!r} -> {text!r}")
            elif "communication procedure" in source.lower() and "沟通" in text and FULL_NAME not in text:
                wrong.append(f"{context}: {source!r} -> {text!r} (the full name is {FULL_NAME})")
    assert not wrong, "\n".join(wrong)


def test_the_yearly_review_is_called_shenshi() -> None:
    """The document says the procedure is 审视 yearly (定期(如每年一次)进行审视和修订): the yearly review
    (AP-2) is 审视 everywhere, not 审查 or 评审 (which read as the four-eyes review of a version)."""
    text = (ROOT / "resources" / "procedure" / "procedure.zh.txt").read_text(encoding="utf-8")
    assert "进行审视和修订" in text
    wrong = []
    for path in TS:
        for ctx in ET.parse(path).getroot().iter("context"):
            for msg in ctx.iter("message"):
                source = msg.findtext("source") or ""
                if not re.search(r"yearly|AP-2|procedure review", source, re.IGNORECASE):
                    continue
                tr = msg.find("translation")
                for t in [n.text or "" for n in tr.iter("numerusform")] or [tr.text or ""]:
                    if "审视" not in t:
                        wrong.append(f"{path.name} {ctx.findtext('name')}: {source!r} -> {t!r}")
    assert not wrong, "\n".join(wrong)
