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


def english_plurals() -> i18n._Translator:
    """A Qt-free English translator for the command line: the source text, except for messages with
    a count, which take their singular or plural form from the English catalogues (``%n case(s)`` ->
    "1 case" / "3 cases"). The catalogues are read on the first counted message only."""
    import contextlib
    import xml.etree.ElementTree as ET

    forms: dict[tuple[str, str, str], tuple[str, str]] = {}
    loaded = False

    def load() -> None:
        for ts in sorted((resources_dir() / "translations").glob("commdesk_*_en.ts")):
            for context in ET.parse(ts).getroot().iter("context"):
                name = context.findtext("name", "")
                for message in context.iter("message"):
                    if message.get("numerus") != "yes":
                        continue
                    found = [f.text or "" for f in message.iter("numerusform")]
                    if len(found) >= 2 and all(found):
                        key = (name, message.findtext("source", ""), message.findtext("comment", ""))
                        forms[key] = (found[0], found[1])

    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        nonlocal loaded
        if n < 0:
            return text
        if not loaded:
            loaded = True
            with contextlib.suppress(OSError, ET.ParseError):  # a damaged install prints the source text
                load()
        pair = forms.get((context, text, disambiguation or ""))
        chosen = text if pair is None else pair[0 if n == 1 else 1]
        return chosen.replace("%n", str(n))

    return translate


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
