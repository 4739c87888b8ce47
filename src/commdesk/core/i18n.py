"""Translation hook for Qt-free code.

The core may not import Qt, yet its messages (validation, procedure findings, PDF labels) must be
translatable. Call ``translate("Context", "Source text")`` exactly like
``QCoreApplication.translate``: pyside6-lupdate picks the literal strings up, and the application
installs Qt's translator here at start-up (``set_translator``). Without one, the source (English)
text is returned, which is what tests of the core see.

Keep the first two arguments string literals, or lupdate cannot see them.
"""

from __future__ import annotations

from collections.abc import Callable

_Translator = Callable[[str, str, "str | None", int], str]
_translator: _Translator | None = None
_language = "en"


def set_translator(fn: _Translator | None, language: str = "en") -> None:
    """Install ``fn`` as the translator of the interface language ``language`` (``zh_CN``, ``en``)."""
    global _translator, _language
    _translator = fn
    _language = language


def language() -> str:
    """The interface language the installed translator speaks (``zh_CN``, ``en``)."""
    return _language


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    if _translator is None:
        return text.replace("%n", str(n)) if n >= 0 else text
    return _translator(context, text, disambiguation, n)
