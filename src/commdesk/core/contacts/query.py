"""A search of the contact database (the pane's filters, a smart list's saved search), and the
JSON a smart list keeps it in."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import date

#: what a search can be sorted by
SORTS = ("name", "outlet", "title", "tier", "owner", "last_contact", "updated")


@dataclass(frozen=True)
class ContactQuery:
    text: str = ""
    outlet_kind: str | None = None
    beat: str | None = None
    region: str | None = None
    tier: str | None = None
    owner_id: int | None = None
    list_id: int | None = None
    do_not_contact: bool | None = None
    not_contacted_since: date | None = None
    deleted: bool = False
    sort: str = "name"  # one of SORTS
    descending: bool = False


def query_to_json(q: ContactQuery) -> str:
    d = asdict(q)
    if q.not_contacted_since is not None:
        d["not_contacted_since"] = q.not_contacted_since.isoformat()
    return json.dumps(d, ensure_ascii=False, sort_keys=True)


def query_from_json(text: str) -> ContactQuery:
    """The query saved by ``query_to_json``; keys it does not know (an older or newer commdesk's)
    are left out."""
    d = json.loads(text)
    known = {f.name for f in fields(ContactQuery)}
    d = {k: v for k, v in d.items() if k in known}
    if d.get("not_contacted_since"):
        d["not_contacted_since"] = date.fromisoformat(d["not_contacted_since"])
    return ContactQuery(**d)
