"""How mail that speaks for the organisation is signed (EM-3), whoever presses Send.

The mail account's signature is its holder's (the demo's: "陈静 / 品牌传播部 · 华信科技有限公司 /
电话 …"): right under a mail someone writes in the compose dialog, wrong under an announcement
李明 owns, a release or an event invitation — every copy then read as 陈静's, whoever sent it. A
record that has an owner (AN-1: an announcement's named owner; a release's, an event's) is signed
by that owner, then their department and the organisation, as the case desk signs an answer with
its writer (``core.cases.escalation.answer_signature``). The area building the draft passes
``signature=signed_by(ctx, owner_id)``; ``Draft.signature`` None keeps the account's.
"""

from __future__ import annotations

from commdesk.core.errors import NotFound
from commdesk.services.context import ServiceContext
from commdesk.services.people import PeopleService
from commdesk.services.settings import SettingsService


def signature_lines(name: str, department: str, organisation: str) -> str:
    """The person, then "department · organisation" (each left out when empty)."""
    unit = " · ".join(part.strip() for part in (department, organisation) if part and part.strip())
    return "\n".join(line for line in (name.strip(), unit) if line)


def signed_by(ctx: ServiceContext, person_id: int | None, name: str = "") -> str | None:
    """The signature of mail sent on behalf of the person ``person_id`` (their name and department,
    then the organisation); ``name`` when the person is unknown. None when nothing is known at all:
    the account's signature is then the only one there is."""
    department = ""
    if person_id is not None:
        try:
            person = ctx.service(PeopleService).get(person_id)
        except NotFound:
            person = None
        if person is not None:
            name, department = person.name, person.department
    organisation = ctx.service(SettingsService).organisation().name
    return signature_lines(name, department, organisation) or None
