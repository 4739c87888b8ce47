"""Rotating log file in the platform's log folder; secrets never reach it."""
from __future__ import annotations

import logging
import logging.handlers
import re

_SECRET = re.compile(
    r"(?i)((?:password|passwd|pwd|passphrase|secret|token)\s*[=:]\s*)(\S+)|(://[^:/@\s]+:)([^@/\s]+)(@)"
)


def redact(text: str) -> str:
    def sub(m: re.Match) -> str:
        if m.group(1):
            return m.group(1) + "***"
        return m.group(3) + "***" + m.group(5)

    return _SECRET.sub(sub, text)


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


def setup_logging(debug: bool = False) -> None:
    from .paths import log_dir

    root = logging.getLogger()
    if any(getattr(h, "_commdesk", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = logging.handlers.RotatingFileHandler(
            folder / "commdesk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._commdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
