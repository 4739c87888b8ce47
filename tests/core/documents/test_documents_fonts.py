"""The converted fonts: TrueType outlines, Simplified Chinese forms, cheap no-op rebuild."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path

import pytest

from commdesk.core.documents import fontbuild, fonts

ROOT = Path(__file__).resolve().parents[3]


def _built() -> tuple[Path, Path]:
    regular, bold = fonts.find_font_files(build_if_missing=False)
    return regular, bold


def test_fonts_are_truetype_subsets_with_simplified_forms():
    from fontTools.ttLib import TTFont

    regular, _ = _built()
    font = TTFont(str(regular), lazy=True)
    assert "glyf" in font and "CFF " not in font
    cmap = font.getBestCmap()
    for char in "新闻稿发布会骨直将，。《》€①㎡ǎ":
        assert ord(char) in cmap, char
    assert fontbuild.read_stamp(regular) == fontbuild.BUILD_STAMP
    assert "SC" in font["name"].getDebugName(1)
    source = fontbuild.source_path("Regular")
    if source is None:
        pytest.skip("the Noto Sans CJK package is not installed; cannot compare with the source")
    src = TTFont(str(source), lazy=True)
    locl = fontbuild._locl_zhs_map(src)
    src_cmap = src.getBestCmap()
    # these have distinct SC forms (the comma sits low-left, not centred): the built font has them
    for char in "，。骨":
        assert src_cmap[ord(char)] in locl, char
        sc_glyph = src["CFF "].cff.topDictIndex[0].CharStrings[locl[src_cmap[ord(char)]]]
        sc_glyph.decompile()
        assert font["hmtx"][cmap[ord(char)]][0] == src["hmtx"][locl[src_cmap[ord(char)]]][0]


def test_build_is_a_quick_no_op_when_up_to_date():
    script = ROOT / "scripts" / "build_fonts.py"
    regular, bold = _built()
    if regular.parent != ROOT / "resources" / "fonts":
        pytest.skip("fonts are not in this checkout's resources/fonts")
    spec = importlib.util.spec_from_file_location("build_fonts_under_test", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    before = (regular.stat().st_mtime_ns, bold.stat().st_mtime_ns)
    started = time.monotonic()
    assert module.main([]) == 0
    assert time.monotonic() - started < 5  # generous: a timing sanity check, not a benchmark
    assert (regular.stat().st_mtime_ns, bold.stat().st_mtime_ns) == before
