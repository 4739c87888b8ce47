"""Duplicates, merging with undo, and erasure for ContactService (run inside its unit of work).

A merge stores what undoing it needs in ``contact_merges.undo_json``: both records as they were,
the owner, and which interactions, do-not-contact entries and list memberships moved. The
merged-away contact goes to the trash with ``merged_into`` set (not shown in the trash: undo
the merge to get it back).
"""

from __future__ import annotations

import json
from dataclasses import fields
from datetime import UTC

from sqlalchemy import delete, or_, select, update

from commdesk.core.contacts.duplicates import DuplicateIndex
from commdesk.core.contacts.importing.plan import _dedupe
from commdesk.core.contacts.names import join_name
from commdesk.core.contacts.records import (
    LIST_FIELDS,
    MERGE_CHOICES,
    ROW_FIELDS,
    ContactRecord,
    Email,
    Phone,
    Status,
    Tier,
)
from commdesk.core.contacts.validation import check_contact, complete_names, email_key
from commdesk.core.errors import NotFound, ValidationError
from commdesk.core.i18n import translate
from commdesk.persistence.models import AuditRow
from commdesk.persistence.models.contacts import (
    ContactConsentRow,
    ContactEmailRow,
    ContactListMemberRow,
    ContactMergeRow,
    ContactPhoneRow,
    ContactRow,
    InteractionRow,
)
from commdesk.persistence.repositories import contacts as repo

ENTITY = "contacts"


# ------------------------------------------------------------------------------------ duplicates
def likely_duplicate_ids(session, record: ContactRecord, region: str, exclude_id: int | None) -> list[int]:
    cand, _ = check_contact(complete_names(record), region, required=False)
    ids: set[int] = set()
    keys = [email_key(e.address) for e in cand.emails]
    if keys:
        ids.update(
            session.scalars(select(ContactEmailRow.contact_id).where(ContactEmailRow.address_key.in_(keys)))
        )
    numbers = [p.number for p in cand.phones]
    if numbers:
        ids.update(
            session.scalars(select(ContactPhoneRow.contact_id).where(ContactPhoneRow.number.in_(numbers)))
        )
    d = repo.derived(cand)
    name_cond = []
    if d["pinyin_key"]:
        name_cond.append(ContactRow.pinyin_key == d["pinyin_key"])
    if d["outlet_key"]:
        name_cond.append(ContactRow.outlet_key == d["outlet_key"])
    if name_cond:
        ids.update(session.scalars(select(ContactRow.id).where(or_(*name_cond)).limit(5000)))
    ids.discard(exclude_id)
    if not ids:
        return []
    live = set(
        session.scalars(
            select(ContactRow.id).where(ContactRow.id.in_(list(ids)), ContactRow.deleted.is_(False))
        )
    )
    pool = repo.load_records(session, sorted(live))
    return [m.key for m in DuplicateIndex(pool).find(cand, exclude=exclude_id)]


def pool_records(session) -> dict[int, ContactRecord]:
    """Light records (names, outlet, e-mails, phones) of every contact not in the trash."""
    pool: dict[int, ContactRecord] = {}
    for cid, full, family, given, pinyin, outlet in session.execute(
        select(
            ContactRow.id,
            ContactRow.full_name,
            ContactRow.family_name,
            ContactRow.given_name,
            ContactRow.pinyin,
            ContactRow.outlet,
        )
        .where(ContactRow.deleted.is_(False), ContactRow.erased.is_(False))
        .order_by(ContactRow.sort_key, ContactRow.id)
    ):
        pool[cid] = ContactRecord(
            full_name=full, family_name=family, given_name=given, pinyin=pinyin, outlet=outlet
        )
    for cid, address in session.execute(select(ContactEmailRow.contact_id, ContactEmailRow.address)):
        if cid in pool:
            pool[cid].emails.append(Email("", address))
    for cid, number in session.execute(select(ContactPhoneRow.contact_id, ContactPhoneRow.number)):
        if cid in pool:
            pool[cid].phones.append(Phone("", number))
    return pool


def duplicate_groups(session) -> list[tuple[tuple[int, ...], str]]:
    return [(tuple(g.keys), g.reason_text) for g in DuplicateIndex(pool_records(session)).groups()]


# ------------------------------------------------------------------------------------ merge
MERGE_FIELDS = tuple(f.name for f in fields(ContactRecord))
# The contacts column of each of ``records.ROW_FIELDS`` (what a merge takes from a row, not a record).
ROW_CHOICES = dict(zip(ROW_FIELDS, ("owner_id", "source_date"), strict=True))


def _to_json(rec: ContactRecord) -> dict:
    d = {f: getattr(rec, f) for f in MERGE_FIELDS}
    d["emails"] = [list(e) for e in rec.emails]
    d["phones"] = [list(p) for p in rec.phones]
    d["tier"] = rec.tier.value if rec.tier else None
    d["status"] = rec.status.value if rec.status else None
    return d


def _from_json(d: dict) -> ContactRecord:
    rec = ContactRecord(**{k: v for k, v in d.items() if k in MERGE_FIELDS})
    rec.emails = [Email(*e) for e in d.get("emails", [])]
    rec.phones = [Phone(*p) for p in d.get("phones", [])]
    rec.tier = Tier(d["tier"]) if d.get("tier") else None
    rec.status = Status(d["status"]) if d.get("status") else None
    return rec


def merged_record(keep: ContactRecord, other: ContactRecord, choices: dict[str, str]) -> ContactRecord:
    """Scalars from ``keep`` unless chosen "other" (or empty in keep); lists combined (keep's first)
    unless one side is chosen."""
    unknown = set(choices) - set(MERGE_CHOICES)
    bad = {k: v for k, v in choices.items() if v not in ("keep", "other")}
    if unknown or bad:
        raise ValidationError(
            {
                "choices": translate(
                    "Contacts", "Merge choices must map contact fields to keep or other; wrong: {items}."
                ).format(items=", ".join(sorted(unknown | set(bad))))
            }
        )
    out = keep.copy()
    for f in MERGE_FIELDS:
        if f in LIST_FIELDS:
            continue
        choice = choices.get(f)
        mine, theirs = getattr(keep, f), getattr(other, f)
        if choice == "other" or (choice is None and mine in ("", None) and theirs not in ("", None)):
            setattr(out, f, theirs)
    if choices.get("full_name") == "other" and not any(c in choices for c in ("family_name", "given_name")):
        out.family_name, out.given_name = other.family_name, other.given_name
        if "pinyin" not in choices:
            out.pinyin = other.pinyin
    for f in LIST_FIELDS:
        choice = choices.get(f)
        if choice == "keep":
            continue
        if choice == "other":
            setattr(out, f, list(getattr(other, f)))
            continue
        if f == "emails":
            out.emails = _dedupe(
                keep.emails + [e._replace(primary=False) for e in other.emails],
                lambda e: email_key(e.address),
            )
        elif f == "phones":
            out.phones = _dedupe(
                keep.phones + [p._replace(primary=False) for p in other.phones], lambda p: p.number
            )
        else:
            out.beats = _dedupe(keep.beats + other.beats, str.casefold) if f == "beats" else out.beats
            if f == "outlets":
                extra = [o for o in other.all_outlets if o != out.outlet]
                out.outlets = _dedupe(keep.outlets + extra, str.casefold)
    if (
        choices.get("outlet") == "other"
        and "outlets" not in choices
        and keep.outlet
        and keep.outlet != out.outlet
    ):
        # the kept contact's primary outlet stays as a further one, unless the further outlets were chosen
        out.outlets = _dedupe([keep.outlet] + [o for o in out.outlets if o != out.outlet], str.casefold)
    out.outlets = [o for o in out.outlets if o.casefold() != out.outlet.casefold()]
    return out


def merge(svc, uow, keep_id: int, other_id: int, choices: dict[str, str]) -> int:
    s = uow.session
    if keep_id == other_id:
        raise ValidationError({"other": translate("Contacts", "A contact cannot be merged with itself.")})
    keep_row, other_row = svc._row(s, keep_id), svc._row(s, other_id)
    if keep_row.deleted or other_row.deleted:
        raise ValidationError(
            {"other": translate("Contacts", "Restore the contact from the trash before merging it.")}
        )
    records = repo.load_records(s, [keep_id, other_id])
    keep, other = records[keep_id], records[other_id]
    merged = svc.normalise(merged_record(keep, other, choices))
    moved_interactions = list(
        s.scalars(select(InteractionRow.id).where(InteractionRow.contact_id == other_id))
    )
    moved_consents = list(
        s.scalars(select(ContactConsentRow.id).where(ContactConsentRow.contact_id == other_id))
    )
    keep_lists = set(
        s.scalars(select(ContactListMemberRow.list_id).where(ContactListMemberRow.contact_id == keep_id))
    )
    other_lists = list(
        s.scalars(select(ContactListMemberRow.list_id).where(ContactListMemberRow.contact_id == other_id))
    )
    added_lists = [lid for lid in other_lists if lid not in keep_lists]
    undo = {
        "keep": _to_json(keep),
        "other": _to_json(other),
        "keep_owner": keep_row.owner_id,
        "keep_source": keep_row.source,
        "keep_source_date": _date_text(keep_row.source_date),
        "interactions": moved_interactions,
        "consents": moved_consents,
        "lists_added": added_lists,
        "other_lists": other_lists,
        "choices": choices,
    }
    row_values = {}
    for choice, col in ROW_CHOICES.items():
        mine, theirs = getattr(keep_row, col), getattr(other_row, col)
        take = choices.get(choice) == "other" or (
            choice not in choices and mine is None and theirs is not None
        )
        row_values[col] = theirs if take else mine
    repo.apply_record(keep_row, merged)
    for col, value in row_values.items():
        if getattr(keep_row, col) != value:
            setattr(keep_row, col, value)
    repo.replace_children(s, keep_id, merged, repo.OutletCache(s))
    if moved_interactions:
        s.execute(
            update(InteractionRow)
            .where(InteractionRow.id.in_(moved_interactions))
            .values(contact_id=keep_id)
            .execution_options(synchronize_session=False)
        )
    if moved_consents:
        s.execute(
            update(ContactConsentRow)
            .where(ContactConsentRow.id.in_(moved_consents))
            .values(contact_id=keep_id)
            .execution_options(synchronize_session=False)
        )
    for lid in added_lists:
        s.add(ContactListMemberRow(list_id=lid, contact_id=keep_id))
    other_row.deleted, other_row.deleted_at, other_row.merged_into = True, svc.ctx.clock(), keep_id
    s.flush()
    # the kept contact's version after the merge: an undo after a later edit would lose the edit
    undo["merged_version"] = keep_row.version
    row = ContactMergeRow(
        keep_id=keep_id,
        other_id=other_id,
        at=svc.ctx.clock(),
        by=uow.actor.name,
        undo_json=json.dumps(undo, ensure_ascii=False),
    )
    s.add(row)
    s.flush()
    from commdesk.services.contacts.service import touch_last_contact

    touch_last_contact(s, [keep_id, other_id])
    note = translate("Contacts", "{other} merged into {keep}").format(
        other=other.display_name, keep=merged.display_name
    )
    uow.event(ENTITY, keep_id, "merge", note=note, field="merge_id", new=row.id)
    uow.event(ENTITY, other_id, "merge", note=note, field="merged_into", new=keep_id)
    return row.id


def _date_text(value) -> str | None:
    return value.isoformat() if value else None


def _date_from(text: str | None):
    from datetime import date

    return date.fromisoformat(text) if text else None


class ChangedSinceMerge(ValidationError):
    """The kept contact was edited after the merge: undoing it would lose that edit. Undo again
    with ``discard_changes=True`` to lose it knowingly."""

    def __init__(self, name: str):
        super().__init__(
            {
                "merge": translate(
                    "Contacts",
                    "{name} was changed after the merge; undoing the merge now would lose those changes. "
                    "Undo it anyway only if they may be lost.",
                ).format(name=name)
            }
        )


def undo_merge(svc, uow, merge_id: int, discard_changes: bool = False) -> None:
    s = uow.session
    m = s.get(ContactMergeRow, merge_id)
    if m is None or not m.undo_json or m.undo_json == "{}":
        raise NotFound(
            translate("Contacts", "There is no merge with id {id} that can be undone.").format(id=merge_id)
        )
    if m.undone_at is not None:
        raise ValidationError({"merge": translate("Contacts", "This merge was undone already.")})
    later = s.scalar(
        select(ContactMergeRow.id).where(
            ContactMergeRow.id > m.id,
            ContactMergeRow.undone_at.is_(None),
            or_(
                ContactMergeRow.keep_id.in_([m.keep_id, m.other_id]),
                ContactMergeRow.other_id.in_([m.keep_id, m.other_id]),
            ),
        )
    )
    if later is not None:
        raise ValidationError(
            {
                "merge": translate(
                    "Contacts", "A later merge (id {id}) involves these contacts; undo that one first."
                ).format(id=later)
            }
        )
    undo = json.loads(m.undo_json)
    keep_row, other_row = svc._row(s, m.keep_id), svc._row(s, m.other_id)
    merged_version = undo.get("merged_version")  # merges made before it was recorded: not checked
    if not discard_changes and merged_version is not None and keep_row.version != merged_version:
        raise ChangedSinceMerge(keep_row.full_name or join_name(keep_row.family_name, keep_row.given_name))
    keep_rec = _from_json(undo["keep"])
    repo.apply_record(keep_row, keep_rec)
    keep_row.owner_id = undo.get("keep_owner")
    if "keep_source_date" in undo:  # merges made before the source date was mergeable did not change it
        keep_row.source_date = _date_from(undo["keep_source_date"])
    repo.replace_children(s, keep_row.id, keep_rec, repo.OutletCache(s))
    if undo["interactions"]:
        s.execute(
            update(InteractionRow)
            .where(InteractionRow.id.in_(undo["interactions"]))
            .values(contact_id=other_row.id)
            .execution_options(synchronize_session=False)
        )
    if undo["consents"]:
        s.execute(
            update(ContactConsentRow)
            .where(ContactConsentRow.id.in_(undo["consents"]))
            .values(contact_id=other_row.id)
            .execution_options(synchronize_session=False)
        )
    for lid in undo["lists_added"]:
        s.execute(
            delete(ContactListMemberRow).where(
                ContactListMemberRow.list_id == lid, ContactListMemberRow.contact_id == keep_row.id
            )
        )
    other_row.deleted, other_row.deleted_at, other_row.merged_into = False, None, None
    m.undone_at = svc.ctx.clock()
    s.flush()
    from commdesk.services.contacts.service import touch_last_contact

    touch_last_contact(s, [keep_row.id, other_row.id])
    uow.event(ENTITY, keep_row.id, "undo_merge", field="merge_id", old=m.id)
    uow.event(ENTITY, other_row.id, "undo_merge", field="merge_id", old=m.id)


# ------------------------------------------------------------------------------------ erase
_ERASED_TEXT = dict.fromkeys(repo.SCALAR_FIELDS, "") | {
    "outlets_text": "",
    "beats_text": "",
    "emails_text": "",
    "phones_text": "",
    "search_text": "",
    "sort_key": "",
    "pinyin_key": "",
    "outlet_key": "",
    "primary_email": "",
    "primary_phone": "",
    "tier": None,
    "owner_id": None,
    "source_date": None,
    "last_contact_at": None,
}


def erase(uow, row: ContactRow) -> None:
    s = uow.session
    cid = row.id
    consent_ids = [
        str(i) for i in s.scalars(select(ContactConsentRow.id).where(ContactConsentRow.contact_id == cid))
    ]
    interaction_ids = [
        str(i) for i in s.scalars(select(InteractionRow.id).where(InteractionRow.contact_id == cid))
    ]
    member_keys = [
        f"{lid},{cid}"
        for lid in s.scalars(
            select(ContactListMemberRow.list_id).where(ContactListMemberRow.contact_id == cid)
        )
    ]
    repo.delete_children(s, [cid])
    for model in (InteractionRow, ContactConsentRow, ContactListMemberRow):
        s.execute(delete(model).where(model.contact_id == cid))
    s.execute(
        update(ContactRow)
        .where(ContactRow.id == cid)
        .values(erased=True, deleted=True, deleted_at=uow_now(), **_ERASED_TEXT)
        .execution_options(synchronize_session=False)
    )
    s.expire(row)
    repo.write_search_keys(s.connection(), [(cid, "")])  # search_text is empty now
    # the audit log keeps that something happened, not what the person's data was
    scrub = [
        (ENTITY, [str(cid)]),
        ("contact_consents", consent_ids),
        ("contact_interactions", interaction_ids),
        ("contact_list_members", member_keys),
    ]
    for entity, ids in scrub:
        for part in repo.chunks(ids):
            s.execute(
                update(AuditRow)
                .where(AuditRow.entity == entity, AuditRow.entity_id.in_(part))
                .values(old=None, new=None, note=None)
                .execution_options(synchronize_session=False)
            )
    for m in s.scalars(
        select(ContactMergeRow).where(or_(ContactMergeRow.keep_id == cid, ContactMergeRow.other_id == cid))
    ):
        m.undo_json = "{}"  # personal data of the erased person; such a merge can no longer be undone
    uow.event(ENTITY, cid, "erase", note=translate("Contacts", "personal data erased"))


def uow_now():
    from datetime import datetime

    return datetime.now(UTC)
