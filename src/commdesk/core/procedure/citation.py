"""Which version of the procedure the rule checks apply: every ``core.rules.Finding`` names it.

The services install the source once the database is open (``services.procedure.cite_in_rule_checks``);
until then, and while no version is in force, findings read as before.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from commdesk.core.i18n import translate

log = logging.getLogger(__name__)

_source: Callable[[], int | None] = lambda: None  # noqa: E731


def use_source(source: Callable[[], int | None] | None) -> None:
    """Where the number of the version in force comes from (None: nowhere)."""
    global _source
    _source = source or (lambda: None)


def version_in_force() -> int | None:
    try:
        return _source()
    except Exception:  # a rule check never fails for want of the procedure's version
        log.warning("the procedure version for the rule checks could not be read", exc_info=True)
        return None


def cite(message: str, version: int) -> str:
    """A rule check's message naming the version of the procedure it applies."""
    return translate("Procedure", "{message} (procedure version {n})").format(message=message, n=version)
