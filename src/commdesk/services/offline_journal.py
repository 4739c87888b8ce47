"""The services' side of offline writes: which service calls may run on an offline snapshot (the
``offline_write`` mark), how their arguments are kept in the journal (JSON) and read back.

A method marked ``@offline_write(op)`` runs on a snapshot inside an offline operation
(``persistence.offline``): its unit of work may write, and the journal entry (``op``, the argument
as the service received it, the version it was made against, the ids it created, who, when) is
appended in the same transaction. Every other write on a snapshot is refused with
``offline_refusal()``. Replaying the journal on the server is ``services.offline``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import asdict
from datetime import date, datetime
from typing import Any, TypeVar

from commdesk.core.i18n import translate
from commdesk.persistence import offline as store
from commdesk.services.context import ServiceContext

PLAN = "meetings.plan"
MINUTES = "minutes.save"


def offline_refusal() -> str:
    return translate("Offline", "offline: only minutes and planning a meeting; the rest waits for the server")


F = TypeVar("F", bound=Callable[..., Any])


# ------------------------------------------------------------------------------ the services' mark
def offline_write(op: str, allowed: Callable[[Any], bool] = lambda _arg: True) -> Callable[[F], F]:
    """Mark a service method ``method(self, arg)`` as a write that may be made offline (when
    ``allowed(arg)``): on a snapshot it runs and is journaled as ``op`` with ``arg``; elsewhere the
    method runs as it is."""

    def wrap(fn: F) -> F:
        @functools.wraps(fn)
        def inner(self, arg, *args, **kwargs):
            ctx: ServiceContext = self.ctx
            if not getattr(ctx, "offline", False) or not allowed(arg):
                return fn(self, arg, *args, **kwargs)
            person = ctx.current()
            operation = store.OfflineOperation(
                op,
                encode(op, arg),
                _base(op, arg),
                person.id,
                person.login,
                person.name,
                ctx.clock(),
            )
            with store.offline_operation(operation):
                return fn(self, arg, *args, **kwargs)

        return inner  # type: ignore[return-value]  # same signature as fn

    return wrap


def _base(op: str, arg: Any) -> Any:
    if op == MINUTES:
        return {"minutes_id": arg.minutes_id, "version": arg.version}
    return None


# ------------------------------------------------------------------------------ JSON of the arguments
def _plain(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "value") and not isinstance(value, (str, int, float, bool)):
        return value.value
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def encode(op: str, arg: Any) -> Any:
    if op == MINUTES:
        return arg.to_json()
    return _plain(asdict(arg))


def decode_meeting(data: dict) -> Any:
    from commdesk.core.meetings.model import AgendaItem, ChecklistItem, Meeting, Organiser, Participant

    data = dict(data)
    for key in ("start", "invitation_sent_at"):
        if data.get(key):
            data[key] = datetime.fromisoformat(data[key])
    data["organiser"] = Organiser(**data["organiser"]) if data.get("organiser") else None
    data["participants"] = [Participant(**p) for p in data.get("participants", [])]
    data["agenda"] = [AgendaItem(**a) for a in data.get("agenda", [])]
    data["equipment"] = [ChecklistItem(**c) for c in data.get("equipment", [])]
    data["preparation"] = [ChecklistItem(**c) for c in data.get("preparation", [])]
    return Meeting(**data)


def decode(op: str, data: Any) -> Any:
    if op == MINUTES:
        from commdesk.core.meetings.minutes import MinutesDraft

        return MinutesDraft.from_json(data)
    return decode_meeting(data)
