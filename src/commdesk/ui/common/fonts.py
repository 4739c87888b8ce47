"""Chinese text in the UI on machines without a Chinese system font.

When no installed font family covers Simplified Chinese, commdesk registers the Noto Sans CJK SC
fonts it uses for PDFs (resources/fonts, built by ./dev build) as application fonts, so no string
ever shows as boxes.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from commdesk.paths import resources_dir

log = logging.getLogger(__name__)
_done = False


def ensure_cjk_font(app: QApplication) -> str | None:
    global _done
    if _done:
        return None
    _done = True
    if QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return None
    family = None
    for name in ("NotoSansCJKsc-Regular.ttf", "NotoSansCJKsc-Bold.ttf"):
        path = resources_dir() / "fonts" / name
        if not path.exists():
            log.warning("no Chinese font on this system and %s is missing (run ./dev build)", path)
            continue
        fid = QFontDatabase.addApplicationFont(str(path))
        if fid >= 0 and family is None:
            family = QFontDatabase.applicationFontFamilies(fid)[0]
    if family:
        font = app.font()
        # Keep the system's Latin face first; Qt falls back to the CJK family for Chinese characters.
        font.setFamilies([*font.families(), family])
        app.setFont(font)
        QFont.insertSubstitution(font.family(), family)
    return family
