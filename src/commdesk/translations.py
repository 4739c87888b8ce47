"""Loading the UI language: Qt translators for every area's .qm, and the core's translate hook."""

from __future__ import annotations

import locale
import os

from commdesk.core import i18n
from commdesk.paths import resources_dir

SUPPORTED = ("zh_CN", "en")
_installed: list = []


def normalise(lang: str | None) -> str | None:
    if not lang:
        return None
    low = lang.replace("-", "_").lower()
    if low.startswith("zh"):
        return "zh_CN"
    if low.startswith("en") or low in ("c", "posix"):
        return "en"
    return None


def system_language() -> str:
    for var in ("LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"):
        found = normalise(os.environ.get(var, "").split(":")[0].split(".")[0])
        if found:
            return found
    try:
        from PySide6.QtCore import QLocale

        return normalise(QLocale.system().name()) or "en"
    except ImportError:  # pragma: no cover
        return normalise(locale.getlocale()[0]) or "en"


def qt_translation_dirs(reported: str) -> list[str]:
    """Where Qt's own catalogues (qtbase_zh_CN.qm) may be: where Qt says, then inside the PySide6
    package (a PyInstaller bundle keeps them there while QLibraryInfo may point elsewhere)."""
    from pathlib import Path

    dirs = [reported] if reported else []
    try:
        import PySide6

        base = Path(PySide6.__file__).resolve().parent
        dirs += [str(base / "Qt" / "translations"), str(base / "translations")]
    except (ImportError, TypeError):  # pragma: no cover - frozen without a package path
        pass
    return [d for d in dict.fromkeys(dirs) if Path(d).is_dir()]


def install(lang: str) -> str:
    """Install the translators for ``lang`` (replacing earlier ones). Needs a Q(Core)Application."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

    app = QCoreApplication.instance()
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    lang = normalise(lang) or "en"
    # Dates, numbers and Qt's own widgets follow the interface language, whatever the process locale.
    QLocale.setDefault(QLocale("zh_CN") if lang == "zh_CN" else QLocale("en_US"))
    # English too: its catalogues hold the plural forms ("1 case", "2 cases" for "%n case(s)")
    folder = resources_dir() / "translations"
    for qm in sorted(folder.glob(f"commdesk_*_{lang}.qm")):
        tr = QTranslator(app)
        if tr.load(str(qm)):
            app.installTranslator(tr)
            _installed.append(tr)
    if lang != "en":
        qt_tr = QTranslator(app)  # Qt's own dialogs: file dialog, colour names, "bytes", buttons
        for where in qt_translation_dirs(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            if qt_tr.load(f"qtbase_{lang}", where):
                app.installTranslator(qt_tr)
                _installed.append(qt_tr)
                break
    i18n.set_translator(lambda ctx, text, dis, n: QCoreApplication.translate(ctx, text, dis, n), lang)
    current["lang"] = lang
    return lang


current = {"lang": "en"}
