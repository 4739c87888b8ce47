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


def test_faces_held_lean_embed_exactly_what_reportlab_embeds():
    # The registered faces keep their outlines in the file and their metrics in arrays; a subset
    # embedded in a PDF must be byte for byte the one reportlab makes from the whole file, for the
    # CJK faces and for the fallback face (whose accented letters are composite glyphs).
    from reportlab.pdfbase.ttfonts import TTFont

    text = "新闻稿发布会，。《》 Press release ÀÉÎõüçñ ǎ € ① ㎡ 0123 !?"
    files = [*_built()]
    files += [Path(regular) for regular, _ in fonts._FALLBACK_CANDIDATES[:3] if Path(regular).is_file()][:1]
    for number, path in enumerate(files):
        lean = fonts._face(f"LeanCheck{number}", path).face
        whole = TTFont(f"WholeCheck{number}", str(path)).face
        codes = [ord(char) for char in dict.fromkeys(text) if ord(char) in whole.charToGlyph]
        assert len(codes) > 20, path
        assert lean.makeSubset(codes) == whole.makeSubset(codes), path
        assert lean.charWidths == whole.charWidths
        assert [lean.hmetrics[g] for g in range(len(whole.hmetrics))] == whole.hmetrics
