"""Duplicates, merging with undo, and erasure of media contacts: the rules, run inside
``ContactService``'s unit of work (which checks who may do them).

A merge stores what undoing it needs in ``contact_merges.undo_json``: both records as they were,
the owner, and which interactions, do-not-contact entries and list memberships moved. The
merged-away contact goes to the trash with ``merged_into`` set (not shown in the trash: undo
the merge to get it back).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Hashable
from dataclasses import fields
from datetime import date, datetime
from typing import Any, cast

from sqlalchemy.orm import Session

from commdesk.core.contacts.duplicates import DuplicateIndex
from commdesk.core.contacts.importing.plan import dedupe
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
from commdesk.persistence.models.contacts import ContactRow
from commdesk.persistence.repositories.contacts import history, lists, matching, merges
from commdesk.persistence.repositories.contacts.outlets import OutletCache
from commdesk.persistence.repositories.contacts.rows import (
    apply_record,
    derived,
    load_records,
    replace_children,
)
from commdesk.persistence.unit_of_work import UnitOfWork
from commdesk.services.contacts.common import CONTACT_KINDS, ENTITY, contact_row, display_name

Normalise = Callable[[ContactRecord], ContactRecord]


# ------------------------------------------------------------------------------------ duplicates
def likely_duplicate_ids(
    session: Session, record: ContactRecord, region: str, exclude_id: int | None
) -> list[int]:
    """Stored contacts not in the trash that are probably the person of ``record``, best first."""
    cand, _ = check_contact(complete_names(record), region, required=False)
    d = derived(cand)
    ids = matching.candidate_ids(
        session,
        [email_key(e.address) for e in cand.emails],
        [p.number for p in cand.phones],
        d["pinyin_key"],
        d["outlet_key"],
        exclude_id,
    )
    if not ids:
        return []
    pool = load_records(session, ids)
    return [cast(int, m.key) for m in DuplicateIndex(pool).find(cand, exclude=exclude_id)]


def duplicate_groups(session: Session) -> list[tuple[tuple[int, ...], str]]:
    """Groups of likely duplicates among the contacts not in the trash: shared e-mails and numbers
    by GROUP BY in the database, names compared only within their block (outlet, initials)."""
    index = DuplicateIndex(matching.pool_records(session, channels=False))
    emails, phones = matching.shared_keys(session)
    index.email.update(cast(dict[str, list[Hashable]], emails))
    index.phone.update(cast(dict[str, list[Hashable]], phones))
    groups = index.groups()
    return [(tuple(cast(int, k) for k in g.keys), g.reason_text) for g in groups]


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
            out.emails = dedupe(
                keep.emails + [e._replace(primary=False) for e in other.emails],
                lambda e: email_key(e.address),
            )
        elif f == "phones":
            out.phones = dedupe(
                keep.phones + [p._replace(primary=False) for p in other.phones], lambda p: p.number
            )
        else:
            out.beats = dedupe(keep.beats + other.beats, str.casefold) if f == "beats" else out.beats
            if f == "outlets":
                extra = [o for o in other.all_outlets if o != out.outlet]
                out.outlets = dedupe(keep.outlets + extra, str.casefold)
    if (
        choices.get("outlet") == "other"
        and "outlets" not in choices
        and keep.outlet
        and keep.outlet != out.outlet
    ):
        # the kept contact's primary outlet stays as a further one, unless the further outlets were chosen
        out.outlets = dedupe([keep.outlet] + [o for o in out.outlets if o != out.outlet], str.casefold)
    out.outlets = [o for o in out.outlets if o.casefold() != out.outlet.casefold()]
    return out


def merge(
    uow: UnitOfWork, keep_id: int, other_id: int, choices: dict[str, str], normalise: Normalise, now: datetime
) -> int:
    """Merge ``other`` into ``keep`` (see ``ContactService.merge``); returns the merge's id."""
    s = uow.session
    if keep_id == other_id:
        raise ValidationError({"other": translate("Contacts", "A contact cannot be merged with itself.")})
    keep_row, other_row = contact_row(s, keep_id), contact_row(s, other_id)
    if keep_row.deleted or other_row.deleted:
        raise ValidationError(
            {"other": translate("Contacts", "Restore the contact from the trash before merging it.")}
        )
    records = load_records(s, [keep_id, other_id])
    keep, other = records[keep_id], records[other_id]
    merged = normalise(merged_record(keep, other, choices))
    moved_interactions = merges.interaction_ids(s, other_id)
    moved_consents = merges.consent_ids(s, other_id)
    moved_cases = merges.case_ids(s, other_id)
    moved_invitees = merges.invitee_ids(s, other_id, keep_id)
    keep_lists = set(lists.lists_with(s, keep_id))
    other_lists = lists.lists_with(s, other_id)
    added_lists = [lid for lid in other_lists if lid not in keep_lists]
    undo: dict[str, Any] = {
        "keep": _to_json(keep),
        "other": _to_json(other),
        "keep_owner": keep_row.owner_id,
        "keep_source": keep_row.source,
        "keep_source_date": _date_text(keep_row.source_date),
        "interactions": moved_interactions,
        "consents": moved_consents,
        "cases": moved_cases,
        "invitees": moved_invitees,
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
    apply_record(keep_row, merged)
    for col, value in row_values.items():
        if getattr(keep_row, col) != value:
            setattr(keep_row, col, value)
    replace_children(s, keep_id, merged, OutletCache(s))
    merges.move_interactions(s, moved_interactions, keep_id)
    merges.move_consents(s, moved_consents, keep_id)
    merges.move_cases(s, moved_cases, keep_id)
    merges.move_invitees(s, moved_invitees, keep_id)
    for lid in added_lists:
        lists.add_members(s, lid, [keep_id])
    other_row.deleted, other_row.deleted_at, other_row.merged_into = True, now, keep_id
    s.flush()
    # the kept contact's version after the merge: an undo after a later edit would lose the edit
    undo["merged_version"] = keep_row.version
    merge_id = merges.add_merge(
        s, keep_id, other_id, now, uow.actor.name, json.dumps(undo, ensure_ascii=False)
    )
    history.touch_last_contact(s, [keep_id, other_id], CONTACT_KINDS)
    note = translate("Contacts", "{other} merged into {keep}").format(
        other=other.display_name, keep=merged.display_name
    )
    uow.event(ENTITY, keep_id, "merge", note=note, field="merge_id", new=merge_id)
    uow.event(ENTITY, other_id, "merge", note=note, field="merged_into", new=keep_id)
    return merge_id


def _date_text(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _date_from(text: str | None) -> date | None:
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


def undo_merge(uow: UnitOfWork, merge_id: int, discard_changes: bool, now: datetime) -> None:
    """Give both contacts back as they were before the merge (see ``ContactService.undo_merge``)."""
    s = uow.session
    m = merges.merge_row(s, merge_id)
    if m is None or not m.undo_json or m.undo_json == "{}":
        raise NotFound(
            translate("Contacts", "There is no merge with id {id} that can be undone.").format(id=merge_id)
        )
    if m.undone_at is not None:
        raise ValidationError({"merge": translate("Contacts", "This merge was undone already.")})
    later = merges.later_merge(s, m)
    if later is not None:
        raise ValidationError(
            {
                "merge": translate(
                    "Contacts", "A later merge (id {id}) involves these contacts; undo that one first."
                ).format(id=later)
            }
        )
    undo = json.loads(m.undo_json)
    keep_row, other_row = contact_row(s, m.keep_id), contact_row(s, m.other_id)
    merged_version = undo.get("merged_version")  # merges made before it was recorded: not checked
    if not discard_changes and merged_version is not None and keep_row.version != merged_version:
        raise ChangedSinceMerge(display_name(keep_row))
    keep_rec = _from_json(undo["keep"])
    apply_record(keep_row, keep_rec)
    keep_row.owner_id = undo.get("keep_owner")
    if "keep_source_date" in undo:  # merges made before the source date was mergeable did not change it
        keep_row.source_date = _date_from(undo["keep_source_date"])
    replace_children(s, keep_row.id, keep_rec, OutletCache(s))
    merges.move_interactions(s, undo["interactions"], other_row.id)
    merges.move_consents(s, undo["consents"], other_row.id)
    merges.move_cases(s, undo.get("cases", []), other_row.id)  # merges from before the cases desk: none
    merges.move_invitees(s, undo.get("invitees", []), other_row.id)
    lists.remove_from_lists(s, keep_row.id, undo["lists_added"])
    other_row.deleted, other_row.deleted_at, other_row.merged_into = False, None, None
    m.undone_at = now
    s.flush()
    history.touch_last_contact(s, [keep_row.id, other_row.id], CONTACT_KINDS)
    uow.event(ENTITY, keep_row.id, "undo_merge", field="merge_id", old=m.id)
    uow.event(ENTITY, other_row.id, "undo_merge", field="merge_id", old=m.id)


# ------------------------------------------------------------------------------------ erase
def erase(uow: UnitOfWork, row: ContactRow, now: datetime) -> None:
    """Remove a person's personal data for good (see ``ContactService.erase``)."""
    cid = row.id
    merges.erase_contact(uow.session, row, now)
    uow.event(ENTITY, cid, "erase", note=translate("Contacts", "personal data erased"))
