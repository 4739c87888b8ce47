"""Rotating log file in the platform's log folder; secrets and personal data never reach it.

The log is private (0600, its folder 0700). SQL statements are not logged (SQLAlchemy's loggers
stay at WARNING even with --debug: their lines would carry parameters, i.e. contacts' data), and
a database error's parameters and the server's DETAIL lines are cut from every message and
traceback, whatever logged them.
"""

from __future__ import annotations

import logging
import logging.handlers
import re

_SECRET = re.compile(
    r"(?i)((?:password|passwd|pwd|passphrase|secret|token)\s*[=:]\s*)(\S+)|(://[^:/@\s]+:)([^@/\s]+)(@)"
)
# what a database error may carry: bound parameters, and the server's detail on the offending row
_DB_DETAIL = re.compile(
    r"(?m)^\s*\[parameters: .*?\]\s*$|^\s*(?:DETAIL|HINT|KEY|CONTEXT):.*$|"
    r"\[parameters: .*?\](?=\s|$)"
)


def redact(text: str) -> str:
    def sub(m: re.Match) -> str:
        if m.group(1):
            return m.group(1) + "***"
        return m.group(3) + "***" + m.group(5)

    return _DB_DETAIL.sub("[database detail left out]", _SECRET.sub(sub, text))


class RedactingFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return redact(super().format(record))


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Each log file (the first and every rotated one) is created owner-only."""

    def _open(self):
        from commdesk.core.files import private_file

        private_file(self.baseFilename)
        return super()._open()


def setup_logging(debug: bool = False) -> None:
    from commdesk.core.files import private_folder
    from commdesk.paths import log_dir

    root = logging.getLogger()
    if any(getattr(h, "_commdesk", False) for h in root.handlers):
        return
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)  # statements and their parameters: never
    try:
        folder = private_folder(log_dir())
        handler: logging.Handler = _PrivateRotatingFileHandler(
            folder / "commdesk.log", maxBytes=2_000_000, backupCount=5, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler._commdesk = True  # type: ignore[attr-defined]
    root.addHandler(handler)
