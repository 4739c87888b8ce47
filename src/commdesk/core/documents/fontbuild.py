"""Build the TrueType fonts the PDF layer embeds from the Noto Sans CJK OpenType files.

reportlab embeds TrueType (glyf) fonts only, while Noto Sans CJK ships CFF outlines, so we:

1. remap the cmap to the Simplified Chinese glyph forms: the pan-CJK "TC" file carries the SC
   forms too, reachable through the GSUB ``locl`` single substitutions of script ``hani``,
   language ``ZHS``; we bake those into the cmap;
2. subset to what an office writes (see ``UNICODE_RANGES``);
3. convert the CFF outlines to quadratic glyf outlines (fontTools cu2qu, as in fontTools'
   otf2ttf snippet) and drop hinting and layout tables reportlab does not use;
4. write the result atomically.

Used by ``scripts/build_fonts.py`` (``./dev build``) and, as a last resort, by ``fonts.py`` to build
into the user's cache folder. fontTools is imported lazily: importing this module is cheap.
"""

from __future__ import annotations

import importlib.util
import os
import tempfile
import time
from pathlib import Path

# Bump when the output would differ (ranges, conversion); stale outputs are then rebuilt.
BUILD_STAMP = "commdesk-fonts-3"

# (source package, source file, output file)
SOURCES = {
    "Regular": ("cvttf_NotoSansCJK_Regular", "NotoSansCJKtc-Regular.otf", "NotoSansCJKsc-Regular.ttf"),
    "Bold": ("cvttf_NotoSansCJK_Bold", "NotoSansCJKtc-Bold.otf", "NotoSansCJKsc-Bold.ttf"),
}

UNICODE_RANGES: tuple[tuple[int, int], ...] = (
    (0x0020, 0x007E),  # Basic Latin
    (0x00A0, 0x00FF),  # Latin-1 Supplement
    (0x0100, 0x017F),  # Latin Extended-A
    (0x01CD, 0x01DC),  # pinyin tone letters (ǎ ǐ ǒ ǔ ǖ ǘ ǚ ǜ)
    (0x0251, 0x0251),
    (0x0261, 0x0261),  # ɑ ɡ (pinyin)
    (0x02C6, 0x02DD),  # spacing modifiers (ˇ ˉ ˊ ˋ ˙)
    (0x0391, 0x03C9),  # Greek letters (α, β, Ω ...)
    (0x2000, 0x206F),  # General Punctuation
    (0x2070, 0x209F),  # super- and subscripts
    (0x20A0, 0x20CF),  # Currency Symbols
    (0x2100, 0x214F),  # Letterlike Symbols
    (0x2150, 0x218F),  # Number Forms (Ⅰ Ⅱ Ⅲ)
    (0x2190, 0x21FF),  # Arrows
    (0x2200, 0x22FF),  # Mathematical Operators
    (0x2460, 0x24FF),  # Enclosed Alphanumerics (① ②)
    (0x25A0, 0x25FF),  # Geometric Shapes (■ □ ● ○ ◆)
    (0x2605, 0x2606),
    (0x2610, 0x2612),
    (0x2713, 0x2718),  # ★ ☆ ☐ ☑ ☒ ✓ ✔ ✕ ✖ ✗ ✘
    (0x3000, 0x303F),  # CJK Symbols and Punctuation
    (0x3200, 0x32FF),  # Enclosed CJK Letters and Months (㈠ ㊣)
    (0x3300, 0x33FF),  # CJK Compatibility (㎡ ㎏)
    (0x3400, 0x4DBF),  # CJK Unified Ideographs Extension A
    (0x4E00, 0x9FFF),  # CJK Unified Ideographs
    (0xFE30, 0xFE4F),  # CJK Compatibility Forms
    (0xFF00, 0xFFEF),  # Halfwidth and Fullwidth Forms
    (0xFFFD, 0xFFFD),  # replacement character
)

_DROP_TABLES = ["GSUB", "GPOS", "BASE", "VORG", "vhea", "vmtx", "DSIG", "JSTF", "MATH", "meta"]
_KEEP_NAME_IDS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 16, 17]


def source_path(weight: str) -> Path | None:
    """Where the installed Noto Sans CJK package keeps its OTF, without importing it."""
    package, filename, _ = SOURCES[weight]
    spec = importlib.util.find_spec(package)
    if spec is None or not spec.submodule_search_locations:
        return None
    for folder in spec.submodule_search_locations:
        candidate = Path(folder) / filename
        if candidate.is_file():
            return candidate
    return None


def read_stamp(path: Path) -> str | None:
    """The build stamp stored in the version string (name ID 5) of a built font, if any."""
    try:
        from fontTools.ttLib import TTFont

        font = TTFont(str(path), lazy=True)
        try:
            version = font["name"].getDebugName(5) or ""
        finally:
            font.close()
    except Exception:  # noqa: BLE001 - unreadable or truncated file: treat as not built
        return None
    marker = "; built by "
    return version.split(marker, 1)[1] if marker in version else None


def is_fresh(source: Path | None, output: Path) -> bool:
    if not output.is_file():
        return False
    if source is not None and output.stat().st_mtime < source.stat().st_mtime:
        return False
    return read_stamp(output) == BUILD_STAMP


def _locl_zhs_map(font) -> dict[str, str]:
    """glyph -> SC glyph, from GSUB 'locl' single substitutions for hani/ZHS."""
    gsub = font["GSUB"].table
    lookup_ids: set[int] = set()
    for script in gsub.ScriptList.ScriptRecord:
        if script.ScriptTag != "hani":
            continue
        for langsys in script.Script.LangSysRecord:
            if langsys.LangSysTag.strip() != "ZHS":
                continue
            for index in langsys.LangSys.FeatureIndex:
                record = gsub.FeatureList.FeatureRecord[index]
                if record.FeatureTag == "locl":
                    lookup_ids.update(record.Feature.LookupListIndex)
    mapping: dict[str, str] = {}
    for lookup_id in sorted(lookup_ids):
        lookup = gsub.LookupList.Lookup[lookup_id]
        for sub in lookup.SubTable:
            if lookup.LookupType == 7:  # extension: unwrap
                if sub.ExtensionLookupType != 1:
                    continue
                sub = sub.ExtSubTable
            elif lookup.LookupType != 1:
                continue
            for source, target in sub.mapping.items():
                mapping.setdefault(source, target)
    return mapping


def _remap_cmap(font) -> int:
    mapping = _locl_zhs_map(font)
    changed = 0
    for table in font["cmap"].tables:
        if not table.isUnicode():
            continue
        for code, glyph in list(table.cmap.items()):
            target = mapping.get(glyph)
            if target is not None:
                table.cmap[code] = target
                changed += 1
    return changed


def _subset(font) -> None:
    from fontTools import subset

    options = subset.Options()
    options.drop_tables = list(options.drop_tables) + _DROP_TABLES
    options.layout_features = []
    options.hinting = False
    options.desubroutinize = True
    options.notdef_outline = True  # missing characters print as a visible box
    options.glyph_names = False
    options.name_IDs = _KEEP_NAME_IDS
    options.name_languages = ["*"]
    unicodes = [cp for lo, hi in UNICODE_RANGES for cp in range(lo, hi + 1)]
    subsetter = subset.Subsetter(options=options)
    subsetter.populate(unicodes=unicodes)
    subsetter.subset(font)


def _cff_to_glyf(font, max_err: float = 1.0) -> None:
    """CFF -> TrueType outlines, after fontTools' Snippets/otf2ttf.py."""
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import newTable

    glyph_order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in glyph_order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, max_err, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    font["glyf"] = glyf = newTable("glyf")
    glyf.glyphOrder = glyph_order
    glyf.glyphs = glyphs
    del font["CFF "]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = newTable("maxp")
    maxp.tableVersion = 0x00010000
    maxp.maxZones = 1
    for attr in (
        "maxTwilightPoints",
        "maxStorage",
        "maxFunctionDefs",
        "maxInstructionDefs",
        "maxStackElements",
        "maxSizeOfInstructions",
        "maxComponentElements",
    ):
        setattr(maxp, attr, 0)
    font["maxp"] = maxp
    maxp.compile(font)
    post = font["post"]
    post.formatType = 3.0  # no glyph names: ~30k CID names would only bloat the file
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\000\001\000\000"


def _rename(font, weight: str) -> None:
    name = font["name"]
    for record in name.names:
        if record.nameID in (1, 3, 4, 6, 16, 17):
            text = record.toUnicode()
            text = text.replace("CJK TC", "CJK SC").replace("CJKtc", "CJKsc")
            name.setName(text, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 5:
            text = record.toUnicode().split("; built by ", 1)[0]
            name.setName(
                f"{text}; built by {BUILD_STAMP}", 5, record.platformID, record.platEncID, record.langID
            )
    os2 = font["OS/2"]
    os2.ulCodePageRange1 |= 1 << 18  # Chinese Simplified (GB 2312)


def build_one(weight: str, source: Path, output: Path) -> float:
    """Build one weight; returns seconds taken. The output appears complete or not at all."""
    from fontTools.ttLib import TTFont

    started = time.monotonic()
    font = TTFont(str(source))
    _remap_cmap(font)
    _subset(font)
    _cff_to_glyf(font)
    _rename(font, weight)
    output.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{output.name}.", suffix=".tmp", dir=output.parent)
    os.close(fd)
    try:
        font.save(tmp)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)
        os.replace(tmp, output)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return time.monotonic() - started


def _build_job(args: tuple[str, str, str]) -> tuple[str, float]:
    weight, source, output = args
    return weight, build_one(weight, Path(source), Path(output))


def build_all(folder: Path, *, force: bool = False, parallel: bool = True, log=print) -> dict[str, float]:
    """Build every stale weight into ``folder``; returns {weight: seconds} of what was built.

    Raises FileNotFoundError naming the package when a source font is not installed.
    """
    jobs = []
    for weight, (package, _, out_name) in SOURCES.items():
        output = folder / out_name
        source = source_path(weight)
        if not force and is_fresh(source, output):
            continue
        if source is None:
            dist = package.replace("_", "-")
            raise FileNotFoundError(
                f"{output.name} must be built from the Python package {dist}, which is not installed; "
                f"install it (pip install {dist}) and run ./dev build"
            )
        jobs.append((weight, str(source), str(output)))
    if not jobs:
        return {}
    log(f"building {', '.join(Path(j[2]).name for j in jobs)} (takes a minute or two)")
    results: dict[str, float] = {}
    if parallel and len(jobs) > 1 and (os.cpu_count() or 1) > 1:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        with ProcessPoolExecutor(max_workers=min(len(jobs), 2), mp_context=context) as pool:
            for weight, seconds in pool.map(_build_job, jobs):
                results[weight] = seconds
    else:
        for job in jobs:
            weight, seconds = _build_job(job)
            results[weight] = seconds
    return results
