"""The procedure's own life (AP-1..4): versions imported, drafted, reviewed (review engine, kind
"procedure") and adopted with an effective date; department rules; acknowledgements; the yearly
review. See ``service.ProcedureService``."""

from commdesk.services.procedure.service import (
    Acknowledgement,
    ProcedureService,
    ProcedureVersion,
    YearlyReview,
)

__all__ = ["Acknowledgement", "ProcedureService", "ProcedureVersion", "YearlyReview"]
