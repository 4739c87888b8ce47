"""The procedure's own life (AP-1..4): versions imported, drafted, reviewed (review engine, kind
"procedure") and adopted with an effective date; department rules; acknowledgements; the yearly
review (``service.ProcedureService``); the rule checks naming the version in force (``citation``,
light: imported at start-up, so the service is imported only when first asked for)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commdesk.services.procedure.service import (
        Acknowledgement,
        ProcedureService,
        ProcedureVersion,
        YearlyReview,
    )

__all__ = ["Acknowledgement", "ProcedureService", "ProcedureVersion", "YearlyReview"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from commdesk.services.procedure import service

        return getattr(service, name)
    raise AttributeError(name)
