"""Finding and registering the fonts every PDF uses.

The main face is Noto Sans CJK SC (Regular and Bold), converted to TrueType by ``./dev build``
(see ``fontbuild.py`` and resources/fonts/README.md). Looked up, in order:

1. ``$COMMDESK_FONT_DIR`` when set;
2. ``<repo>/resources/fonts`` in a source checkout;
3. ``<package>/resources/fonts`` in an installed wheel;
4. ``<user cache>/fonts``: if nothing was found above but the Noto Sans CJK packages are
   installed, the fonts are built there once (a minute or two, on the first export) so an install
   without a build step still works.

Characters the main face lacks (Arabic, Hebrew, many symbols) are set in a fallback face when the
system has one (DejaVu Sans on Linux, Segoe UI Symbol / Arial on Windows, Arial Unicode on macOS);
anything still missing prints as the font's visible "missing glyph" box, and the PDF's text layer
keeps the real character, so copy and search still work. Nothing here ever raises for odd text.
"""

from __future__ import annotations

import importlib.util
import mmap
import os
import re
import struct
import threading
import weakref
from array import array
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import commdesk
from commdesk.core.documents import fontbuild
from commdesk.core.errors import CommdeskError
from commdesk.core.i18n import translate

MAIN = "CommdeskSans"
MAIN_BOLD = "CommdeskSans-Bold"
FALLBACK = "CommdeskFallback"
FALLBACK_BOLD = "CommdeskFallback-Bold"

_FALLBACK_CANDIDATES: tuple[tuple[str, str], ...] = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("/usr/share/fonts/TTF/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans-Bold.ttf"),
    ("/usr/share/fonts/dejavu/DejaVuSans.ttf", "/usr/share/fonts/dejavu/DejaVuSans-Bold.ttf"),
    ("C:/Windows/Fonts/seguisym.ttf", ""),
    ("C:/Windows/Fonts/arial.ttf", "C:/Windows/Fonts/arialbd.ttf"),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", ""),
    ("/Library/Fonts/Arial Unicode.ttf", ""),
)


@dataclass(frozen=True)
class FontSet:
    regular: Path
    bold: Path
    main_coverage: frozenset[int]
    fallback_coverage: frozenset[int]  # empty when there is no fallback face
    uncovered: re.Pattern[str]  # runs of characters the main face lacks


def font_dirs() -> list[Path]:
    package = Path(commdesk.__file__).resolve().parent
    dirs = []
    if os.environ.get("COMMDESK_FONT_DIR"):
        dirs.append(Path(os.environ["COMMDESK_FONT_DIR"]))
    dirs.append(package.parents[1] / "resources" / "fonts")  # source checkout: <repo>/src/commdesk
    dirs.append(package / "resources" / "fonts")  # wheel: force-included resources/
    dirs.append(cache_font_dir())
    return dirs


def cache_font_dir() -> Path:
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("commdesk")) / "fonts"


def _names() -> tuple[str, str]:
    return fontbuild.SOURCES["Regular"][2], fontbuild.SOURCES["Bold"][2]


def find_font_files(build_if_missing: bool = True) -> tuple[Path, Path]:
    """(regular, bold) TTF paths; builds into the cache if needed and possible, else raises."""
    regular_name, bold_name = _names()
    for folder in font_dirs():
        regular, bold = folder / regular_name, folder / bold_name
        if regular.is_file() and bold.is_file():
            return regular, bold
    sources_installed = all(fontbuild.source_path(w) for w in fontbuild.SOURCES)
    if build_if_missing and sources_installed:
        folder = cache_font_dir()
        try:
            fontbuild.build_all(folder, parallel=False, log=lambda _msg: None)
        except Exception as err:  # disk full, unwritable cache ...: say what to do
            raise CommdeskError(
                translate(
                    "Documents",
                    "The PDF fonts could not be built ({error}). Run ./dev build, or "
                    "reinstall commdesk, and try again.",
                ).format(error=err)
            ) from err
        return folder / regular_name, folder / bold_name
    raise CommdeskError(
        translate(
            "Documents",
            "The PDF fonts are missing (NotoSansCJKsc-Regular.ttf). Run ./dev build, or "
            "reinstall commdesk, and try again.",
        )
    )


_lock = threading.Lock()
_fonts: FontSet | None = None


class _FontData:
    """A TrueType file as reportlab's parser reads it (``data[i]``, ``data[a:b]``, ``len(data)``),
    held in memory except its glyph outlines (the ``glyf`` table, nine tenths of a CJK face),
    which are read from the file as a subset is embedded. reportlab would keep the whole file
    (9 MB a face) and copy the ``glyf`` table again for every subset it embeds.

    Slicing out exactly the ``glyf`` table (reportlab's ``get_table("glyf")``) gives a
    ``_Window`` onto it that reads one glyph at a time.
    """

    def __init__(self, path: Path):
        self.name = str(path)
        self._lock = threading.Lock()
        # kept open with the face: the outlines are read from this very file even if the font is
        # rebuilt meanwhile (the build replaces the file; this handle keeps the old one)
        handle = self._file = open(path, "rb")  # noqa: SIM115 - lives as long as the face
        weakref.finalize(self, handle.close)
        self._size = os.fstat(handle.fileno()).st_size
        start, length = self._size, 0
        header = handle.read(12)
        if len(header) == 12 and header[:4] in (b"\x00\x01\x00\x00", b"true"):
            (tables,) = struct.unpack(">H", header[4:6])
            directory = handle.read(16 * tables)
            for i in range(0, len(directory) - 15, 16):
                if directory[i : i + 4] == b"glyf":
                    start, length = struct.unpack(">LL", directory[i + 8 : i + 16])
        if start + length > self._size:  # a damaged directory: keep it all, reportlab says what is wrong
            start, length = self._size, 0
        self._start, self._end = start, start + length
        handle.seek(0)
        self._before = handle.read(start)
        handle.seek(self._end)
        self._after = handle.read()

    def __len__(self) -> int:
        return self._size

    def fileno(self) -> int:
        return self._file.fileno()

    def _read(self, lo: int, hi: int) -> bytes:
        """Bytes ``lo:hi`` of the file, which lie in the outlines."""
        with self._lock:
            self._file.seek(lo)
            return self._file.read(hi - lo)

    def _slice(self, lo: int, hi: int) -> bytes:
        lo, hi = max(0, min(lo, self._size)), max(0, min(hi, self._size))
        if hi <= lo:
            return b""
        if hi <= self._start:
            return self._before[lo:hi]
        if lo >= self._end:
            return self._after[lo - self._end : hi - self._end]
        parts = []
        if lo < self._start:
            parts.append(self._before[lo:])
        parts.append(self._read(max(lo, self._start), min(hi, self._end)))
        if hi > self._end:
            parts.append(self._after[: hi - self._end])
        return b"".join(parts)

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            lo, hi, step = key.indices(self._size)
            if step != 1:
                return self._slice(0, self._size)[key]
            if lo == self._start and hi == self._end and hi > lo:
                return _Window(self, lo, hi - lo)
            return self._slice(lo, hi)
        index = key + self._size if key < 0 else key
        if not 0 <= index < self._size:
            raise IndexError("font data index out of range")
        return self._slice(index, index + 1)[0]


class _Window:
    """A table of a ``_FontData`` read piece by piece: ``window[a:b]`` reads only those bytes."""

    def __init__(self, data: _FontData, offset: int, length: int):
        self._data, self._offset, self._length = data, offset, length

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, key: int | slice) -> Any:
        if isinstance(key, slice):
            lo, hi, step = key.indices(self._length)
            if step != 1:
                return self._data._slice(self._offset, self._offset + self._length)[key]
            return self._data._slice(self._offset + lo, self._offset + max(lo, hi))
        index = key + self._length if key < 0 else key
        if not 0 <= index < self._length:
            raise IndexError("font table index out of range")
        return self._data._slice(self._offset + index, self._offset + index + 1)[0]


class _Mapped:
    """What reportlab's TTFont reads a face from when given a file object (a name and ``read()``):
    the ``_FontData``'s file mapped into memory, which reportlab parses as fast as bytes, and which
    is unmapped again once parsed (``_face``), leaving nothing behind on the heap."""

    def __init__(self, data: _FontData):
        self.name = data.name
        self._data = data

    def read(self) -> mmap.mmap:
        return mmap.mmap(self._data.fileno(), 0, access=mmap.ACCESS_READ)


class _Metrics:
    """A face's horizontal metrics, ``metrics[glyph] -> (advance, left side bearing)`` as reportlab's
    list of tuples gives them, in two arrays (a tenth of the memory for 30,000 glyphs). Advances
    are kept as floats: reportlab repeats the last full metric's advance for the glyphs after it
    already scaled to 1/1000 em, a fraction for fonts of 2048 units (it rounds them on embedding)."""

    def __init__(self, pairs: list[tuple[float, int]]):
        self._advance = array("d", (a for a, _ in pairs))
        self._bearing = array("H", (b for _, b in pairs))

    def __len__(self) -> int:
        return len(self._advance)

    def __getitem__(self, glyph: int) -> tuple[float, int]:
        return self._advance[glyph], self._bearing[glyph]


def _face(name: str, path: str | Path):
    """reportlab's TTFont for the file at ``path``, then holding what drawing and subsetting need
    in little memory: the outlines stay in the file (``_FontData``), metrics and glyph offsets in
    arrays; the glyph -> characters map (only used to shape text with HarfBuzz, which commdesk
    does not do) is dropped unless HarfBuzz is installed. reportlab parses the file mapped into
    memory (``_Mapped``: as fast as from bytes), which is unmapped once parsed."""
    from reportlab.pdfbase.ttfonts import TTFont

    data = _FontData(Path(path))
    font = TTFont(name, _Mapped(data))
    face = font.face
    mapped, face._ttf_data = face._ttf_data, data
    mapped.close()
    face.hmetrics = _Metrics(face.hmetrics)
    face.glyphPos = array("L", face.glyphPos)
    if importlib.util.find_spec("uharfbuzz") is None:
        face.glyphToChar = {}
    return font


def _coverage(font) -> frozenset[int]:
    return frozenset(code for code, glyph in font.face.charToGlyph.items() if glyph)


def _char_class(codes: frozenset[int]) -> str:
    """A regex character class body listing ``codes`` as ranges."""
    parts = []
    ordered = sorted(codes)
    i = 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        lo, hi = ordered[i], ordered[j]
        parts.append(re.escape(chr(lo)) if lo == hi else f"{re.escape(chr(lo))}-{re.escape(chr(hi))}")
        i = j + 1
    return "".join(parts)


def _register_fallback() -> frozenset[int]:
    from reportlab.lib.fonts import addMapping
    from reportlab.pdfbase import pdfmetrics

    for regular, bold in _FALLBACK_CANDIDATES:
        if not os.path.isfile(regular):
            continue
        try:
            face = _face(FALLBACK, regular)
            pdfmetrics.registerFont(face)
            bold_face = _face(FALLBACK_BOLD, bold) if bold and os.path.isfile(bold) else None
            if bold_face is not None:
                pdfmetrics.registerFont(bold_face)
        except Exception:  # noqa: BLE001 - not embeddable or unreadable: try the next one
            continue
        bold_name = FALLBACK_BOLD if bold_face is not None else FALLBACK
        for is_bold, is_italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
            addMapping(FALLBACK, is_bold, is_italic, bold_name if is_bold else FALLBACK)
        return _coverage(face)
    return frozenset()


def _utf16_hex(code: int) -> str:
    return chr(code).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname, subset):
    """reportlab's ToUnicode CMap, with characters beyond U+FFFF (emoji ...) as UTF-16 pairs.

    reportlab writes them as 5-digit hex, which readers decode as a different character; with
    this, copied or extracted text keeps the emoji the user typed.
    """
    original = _original_to_unicode
    if original is None:  # only installed by _patch_to_unicode, which keeps the original first
        raise RuntimeError("the ToUnicode patch is not installed")
    text = original(fontname, subset)
    if all(v <= 0xFFFF for v in subset):
        return text
    head, _, rest = text.partition("beginbfchar\n")
    _, _, tail = rest.partition("\nendbfchar")
    pairs = "\n".join(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset))
    return f"{head}beginbfchar\n{pairs}\nendbfchar{tail}"


_original_to_unicode: Callable[..., str] | None = None


def _patch_to_unicode() -> None:
    global _original_to_unicode
    from reportlab.pdfbase import ttfonts

    if _original_to_unicode is None and getattr(ttfonts, "makeToUnicodeCMap", None) is not None:
        _original_to_unicode = ttfonts.makeToUnicodeCMap
        ttfonts.makeToUnicodeCMap = _to_unicode_cmap


def fonts() -> FontSet:
    """Register the fonts with reportlab (once per process) and return what was registered."""
    global _fonts
    if _fonts is not None:
        return _fonts
    with _lock:
        if _fonts is not None:
            return _fonts
        from reportlab.lib.fonts import addMapping
        from reportlab.pdfbase import pdfmetrics

        _patch_to_unicode()
        regular, bold = find_font_files()
        main = _face(MAIN, regular)
        pdfmetrics.registerFont(main)
        pdfmetrics.registerFont(_face(MAIN_BOLD, bold))
        # No CJK italic exists; italic maps to the upright faces (Chinese emphasises with bold).
        for is_bold, is_italic in ((0, 0), (0, 1), (1, 0), (1, 1)):
            addMapping(MAIN, is_bold, is_italic, MAIN_BOLD if is_bold else MAIN)
            addMapping(MAIN_BOLD, is_bold, is_italic, MAIN_BOLD)
        main_cov = _coverage(main) | {0x0A, 0x09}
        fallback_cov = _register_fallback() - main_cov
        uncovered = re.compile(f"[^{_char_class(main_cov)}]+")
        _fonts = FontSet(regular, bold, main_cov, fallback_cov, uncovered)
        return _fonts
