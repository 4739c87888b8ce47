"""The procedure's checks, one pure function per rule ID (see resources/procedure/procedure.en.md).

Each rule function is named after its ID in lower case (``pc_2``, ``fm_1`` ...) and returns a list of
``Finding``. ``OK`` findings are optional; ``WARN`` can be overridden by the user with a reason (which
the calling service writes to the audit log); ``BLOCK`` cannot.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass


class Level(str, enum.Enum):
    OK = "ok"
    WARN = "warn"
    BLOCK = "block"


@dataclass(frozen=True)
class Finding:
    rule: str  # e.g. "PC-2"
    level: Level
    message: str  # translated, one sentence naming the problem and what to do

    @property
    def blocking(self) -> bool:
        return self.level is Level.BLOCK
