"""Render commdesk's icon set from resources/icons/commdesk.svg into build/icons/ (not committed).

    python packaging/make_icons.py [OUT_DIR]

- PNG 16 24 32 48 64 128 256 512 (``commdesk-<n>.png``), drawn by Qt's own SVG renderer, offscreen;
- ``commdesk.ico`` (Windows) and ``commdesk.icns`` (macOS) when Pillow is installed, else skipped
  with a message (only the Windows / macOS builds need them);
- a copy of the SVG for the hicolor ``scalable`` size.
Cheap when nothing changed.
"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "resources" / "icons" / "commdesk.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512)


def render_pngs(out: Path) -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])  # kept alive while drawing
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        sys.exit(f"make_icons: {SOURCE} is not a valid SVG")
    written = []
    for size in SIZES:
        target = out / f"commdesk-{size}.png"
        image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        renderer.render(painter, QRectF(0, 0, size, size))
        painter.end()
        if not image.save(str(target), "PNG"):
            sys.exit(f"make_icons: could not write {target}")
        written.append(target)
    return written


def write_ico_icns(out: Path) -> None:
    try:
        from PIL import Image
    except ImportError:
        print(
            "make_icons: Pillow is not installed; skipping commdesk.ico and commdesk.icns "
            "(only the Windows and macOS builds need them)"
        )
        return
    biggest = Image.open(out / "commdesk-512.png").convert("RGBA")
    biggest.save(out / "commdesk.ico", format="ICO", sizes=[(s, s) for s in ICO_SIZES])
    try:
        smaller = [Image.open(out / f"commdesk-{s}.png").convert("RGBA") for s in ICNS_SIZES]
        biggest.save(out / "commdesk.icns", format="ICNS", append_images=smaller)
    except (OSError, ValueError, KeyError) as err:  # an old Pillow without ICNS writing
        print(f"make_icons: could not write commdesk.icns ({err}); skipping it")


def main(argv: list[str]) -> int:
    out = Path(argv[0]) if argv else ROOT / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    newest = [out / f"commdesk-{s}.png" for s in SIZES]
    fresh = all(p.exists() and p.stat().st_mtime >= SOURCE.stat().st_mtime for p in newest)
    if not fresh:
        render_pngs(out)
    shutil.copy2(SOURCE, out / "commdesk.svg")
    if not fresh or not (out / "commdesk.ico").exists():
        write_ico_icns(out)
    print(f"make_icons: icons in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
