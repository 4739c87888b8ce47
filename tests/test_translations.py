"""Every user-visible string is translated to zh_CN, with the same placeholders as the source."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))
from i18n_areas import ALL_AREAS, LANGUAGES, sources_by_area, ts_path  # noqa: E402 - scripts/ is on the path now

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:![rsa])?(?::[^{}]*)?\}|%n|%\d")


def messages(ts: Path):
    root = ET.parse(ts).getroot()
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            yield name, msg


def areas_with_sources() -> list[str]:
    src = sources_by_area()
    return [a for a in ALL_AREAS if src[a]]


@pytest.mark.parametrize("area", areas_with_sources())
def test_zh_cn_is_complete_with_matching_placeholders(area):
    ts = ts_path(area, "zh_CN")
    assert ts.exists(), f"{ts.name} missing: run scripts/update_translations.py {area}"
    problems = []
    for ctx, msg in messages(ts):
        source = msg.findtext("source") or ""
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            if tr is not None and tr.get("type") in ("vanished", "obsolete"):
                continue
            problems.append(f"{ctx}: untranslated: {source!r}")
            continue
        text = (
            "".join(tr.itertext())
            if msg.get("numerus") != "yes"
            else " ".join(n.text or "" for n in tr.iter("numerusform"))
        )
        if not text.strip() and source.strip():
            problems.append(f"{ctx}: empty translation: {source!r}")
        if sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(text))):
            problems.append(f"{ctx}: placeholders differ: {source!r} -> {text!r}")
    assert problems == [], "\n".join(problems[:40]) + f"\n({len(problems)} problems)"


@pytest.mark.parametrize("area", areas_with_sources())
def test_ts_files_cover_every_string_in_the_sources(area, tmp_path):
    """A string added to the code but not to the .ts (lupdate not re-run) fails here."""
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    lupdate = str(lupdate) if lupdate.exists() else shutil.which("pyside6-lupdate")
    if not lupdate:
        pytest.fail("pyside6-lupdate is missing from the environment")
    fresh = tmp_path / "fresh.ts"
    files = [str(p) for p in sources_by_area()[area]]
    subprocess.run(
        [lupdate, "-no-obsolete", "-locations", "none", *files, "-ts", str(fresh)],
        check=True,
        capture_output=True,
    )
    wanted = {(c, m.findtext("source")) for c, m in messages(fresh)}
    have = {(c, m.findtext("source")) for c, m in messages(ts_path(area, "zh_CN"))}
    missing = sorted(wanted - have)
    assert not missing, f"run scripts/update_translations.py {area}; missing: {missing[:10]}"


def test_every_language_file_is_committed():
    for area in areas_with_sources():
        for lang in LANGUAGES:
            assert ts_path(area, lang).exists(), ts_path(area, lang)


def test_translate_calls_use_literal_strings():
    """lupdate only sees literals: translate(ctx, text) with a variable or an f-string is invisible."""
    import ast

    bad = []
    hooks = {ROOT / "src" / "commdesk" / "translations.py", ROOT / "src" / "commdesk" / "core" / "i18n.py"}
    for path in (ROOT / "src" / "commdesk").rglob("*.py"):
        if "generated" in path.parts or path in hooks:  # the hooks that forward to Qt
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            fn = node.func
            name = fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", None)
            if name == "translate" and len(node.args) >= 2:
                args = node.args[:2]
            elif name == "tr" and isinstance(fn, ast.Attribute) and node.args:
                args = node.args[:1]
            else:
                continue
            if not all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in args):
                bad.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    assert bad == [], bad


@pytest.mark.parametrize("area", areas_with_sources())
def test_english_plurals_have_their_forms(area):
    """A "%n …(s)" message reads "1 case" / "2 cases" in English: the en file holds both forms
    (scripts/ts_plurals_en.py writes them), each with %n and the source's other placeholders."""
    ts = ts_path(area, "en")
    problems = []
    for ctx, msg in messages(ts):
        if msg.get("numerus") != "yes":
            continue
        source = msg.findtext("source") or ""
        forms = [f.text or "" for f in msg.iter("numerusform")]
        if len(forms) != 2 or not all("%n" in f for f in forms):
            problems.append(f"{ctx}: {source!r} -> {forms!r}")
        elif any(
            sorted(set(PLACEHOLDER.findall(source))) != sorted(set(PLACEHOLDER.findall(f))) for f in forms
        ):
            problems.append(f"{ctx}: placeholders differ: {source!r} -> {forms!r}")
    assert problems == [], "run scripts/ts_plurals_en.py\n" + "\n".join(problems[:40])


def test_english_reads_one_and_many(qapp):
    from commdesk import translations
    from commdesk.core.i18n import translate

    try:
        translations.install("en")
        assert translate("CasesPane", "%n case(s)", n=1) == "1 case"
        assert translate("CasesPane", "%n case(s)", n=3) == "3 cases"
        assert translate("OutboxPane", "Cancel %n message(s)? They will not be sent.", n=1).startswith(
            "Cancel 1 message?"
        )
    finally:
        translations.install("en")
