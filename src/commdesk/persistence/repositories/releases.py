"""Press releases in and out of the database: rows <-> ``core.releases`` records, and the queries.

Functions take a Session and flush at most; the services commit. A release's facts for the workflow
(``facts_of``) and its full record (``to_release``) are read here, so the services hold no query.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from typing import TypeVar
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import Boolean, Integer, Select, String, cast, func, literal, select, union_all
from sqlalchemy.orm import Session

from commdesk.core.domain.people import Role, parse_roles
from commdesk.core.releases.content import Quote, ReleaseContent
from commdesk.core.releases.records import ApprovalInfo, Release
from commdesk.core.releases.workflow import Approval, ReleaseFacts, State
from commdesk.persistence.models import Base, PersonRow
from commdesk.persistence.models.releases import (
    CoverageRow,
    ReleaseApprovalRow,
    ReleaseAttachmentRow,
    ReleaseCommentRow,
    ReleasePublicationRow,
    ReleaseReviewerRow,
    ReleaseRevisionRow,
    ReleaseRow,
    ReleaseStepRow,
    ReleaseTemplateRow,
)

RowT = TypeVar("RowT", bound=Base)


# ------------------------------------------------------------------------------------ mapping
def zone(name: str | None) -> ZoneInfo | None:
    """The time zone called ``name``; None for an empty or unknown name."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def embargo_of(row: ReleaseRow) -> datetime | None:
    """The stored embargo instant in the release's own zone (as every display and message shows it)."""
    tz = zone(row.embargo_tz)
    return row.embargo.astimezone(tz) if row.embargo is not None and tz is not None else row.embargo


def content_of(row: ReleaseRow) -> ReleaseContent:
    return ReleaseContent(
        title=row.title,
        subtitle=row.subtitle,
        dateline_city=row.dateline_city,
        dateline_date=row.dateline_date,
        body_markdown=row.body_markdown,
        quotes=tuple(Quote(t, a) for t, a in json.loads(row.quotes_json or "[]")),
        boilerplate=row.boilerplate,
        media_contact=row.media_contact,
        language=row.language,
        embargo=embargo_of(row),
    )


def approval_info(a: ReleaseApprovalRow) -> ApprovalInfo:
    return ApprovalInfo(
        a.id,
        a.reviewer_id,
        a.reviewer_name,
        a.content_hash,
        a.revision,
        a.at,
        a.note,
        a.voided_at,
        a.voided_reason,
    )


def person_names(session: Session, ids: Iterable[int | None]) -> dict[int, str]:
    """People's names by id (for authors, editors, owners and reviewers)."""
    wanted = {i for i in ids if i is not None}
    if not wanted:
        return {}
    rows = session.execute(select(PersonRow.id, PersonRow.name).where(PersonRow.id.in_(wanted)))
    return {pid: name for pid, name in rows}  # noqa: C416 - a Result row is not a 2-tuple to dict()


def person_exists(session: Session, person_id: int) -> bool:
    return session.get(PersonRow, person_id) is not None


def may_review(session: Session, person_id: int) -> tuple[str, bool]:
    """A chosen reviewer's name, and whether they can review at all (active, with the reviewer role)."""
    person = session.get(PersonRow, person_id)
    if person is None:
        return "", False
    return person.name, bool(person.active) and Role.REVIEWER in parse_roles(person.roles)


def facts_of(row: ReleaseRow, session: Session) -> ReleaseFacts:
    """What the workflow decides on: state, authorship, reviewers and the valid approvals."""
    approvals = valid_approvals(session, row.id)
    reviewers = session.scalars(
        select(ReleaseReviewerRow.person_id).where(ReleaseReviewerRow.release_id == row.id)
    )
    return facts_from(row, reviewers, approvals)


def facts_from(
    row: ReleaseRow, reviewer_ids: Iterable[int], approvals: Iterable[ReleaseApprovalRow]
) -> ReleaseFacts:
    """``facts_of`` from the release's reviewers and approvals as already read (the voided ones
    are left out here)."""
    return ReleaseFacts(
        state=State(row.state),
        author_id=row.author_id,
        last_editor_id=row.last_editor_id,
        content_hash=row.content_hash,
        reviewer_ids=frozenset(reviewer_ids),
        review_rule=row.review_rule,
        approvals=tuple(Approval(a.reviewer_id, a.content_hash) for a in approvals if a.voided_at is None),
        embargo=embargo_of(row),  # its messages name its zone
        submit_note=row.submit_note,
    )


def review_selects(release_ids: list[int], pad: tuple = ()) -> list[Select]:
    """Two SELECTs of one shape, for a UNION ALL: the reviewers ("reviewer", release id, person,
    NULL, *pad, NULL) and the valid approvals ("approval", release id, reviewer, content hash, *pad,
    approval id: their order) of the releases ``release_ids``. ``pad``: typed NULL columns that a
    reader putting more rows into the same UNION has in between."""
    no_text, no_n = cast(None, String()), cast(None, Integer())
    return [
        select(
            literal("reviewer").label("kind"),
            ReleaseReviewerRow.release_id.label("release_id"),
            ReleaseReviewerRow.person_id.label("person"),
            no_text.label("text"),
            *pad,
            no_n.label("n"),
        ).where(ReleaseReviewerRow.release_id.in_(release_ids)),
        select(
            literal("approval"),
            ReleaseApprovalRow.release_id,
            ReleaseApprovalRow.reviewer_id,
            ReleaseApprovalRow.content_hash,
            *pad,
            ReleaseApprovalRow.id,
        ).where(ReleaseApprovalRow.release_id.in_(release_ids), ReleaseApprovalRow.voided_at.is_(None)),
    ]


def facts_of_many(rows: Iterable[ReleaseRow], session: Session) -> dict[int, ReleaseFacts]:
    """``facts_of`` for many releases in one statement, their reviewers and valid approvals
    together (a list must not read each row's reviewers and approvals one release at a time: on a
    server every statement is a round trip)."""
    rows = list(rows)
    ids = [r.id for r in rows]
    if not ids:
        return {}
    reviewers: dict[int, set[int]] = {i: set() for i in ids}
    approvals: dict[int, list[tuple[int, Approval]]] = {i: [] for i in ids}
    for kind, release_id, person, content_hash, n in session.execute(union_all(*review_selects(ids))):
        if kind == "reviewer":
            reviewers[release_id].add(person)
        else:
            approvals[release_id].append((n, Approval(person, content_hash)))
    return {
        row.id: ReleaseFacts(
            state=State(row.state),
            author_id=row.author_id,
            last_editor_id=row.last_editor_id,
            content_hash=row.content_hash,
            reviewer_ids=frozenset(reviewers[row.id]),
            review_rule=row.review_rule,
            approvals=tuple(a for _n, a in sorted(approvals[row.id], key=lambda x: x[0])),
            embargo=embargo_of(row),
            submit_note=row.submit_note,
        )
        for row in rows
    }


def _reviewers_and_names(session: Session, row: ReleaseRow) -> tuple[tuple[int, ...], dict[int, str]]:
    """The release's reviewers (by id) and the names of its reviewers, author, last editor and owner,
    in one statement (two round trips to a server before)."""
    people = {i for i in (row.author_id, row.last_editor_id, row.owner_id) if i is not None}
    reviewers = (
        select(ReleaseReviewerRow.person_id, PersonRow.name, literal(True, Boolean()))
        .outerjoin(PersonRow, PersonRow.id == ReleaseReviewerRow.person_id)
        .where(ReleaseReviewerRow.release_id == row.id)
    )
    others = select(PersonRow.id, PersonRow.name, literal(False, Boolean())).where(PersonRow.id.in_(people))
    reviewer_ids: list[int] = []
    names: dict[int, str] = {}
    for person_id, name, reviewer in session.execute(union_all(reviewers, others) if people else reviewers):
        if reviewer:
            reviewer_ids.append(person_id)
        if name is not None:
            names[person_id] = name
    return tuple(sorted(reviewer_ids)), names


@dataclass
class ReleaseParts:
    """What a release's record needs besides its row: its reviewers, the names it shows (reviewers,
    author, last editor, owner) and every approval (valid and voided, oldest first), as read inside
    a unit of work. A workflow step decides on them (``facts``) and, after it has written, makes
    the record of what it wrote from them (``release``) without reading the release again: an
    approval it staged is added (``approvals.append``), one it voided is the same object."""

    row: ReleaseRow
    reviewer_ids: tuple[int, ...]
    names: dict[int, str]
    approvals: list[ReleaseApprovalRow]

    def facts(self) -> ReleaseFacts:
        return facts_from(self.row, self.reviewer_ids, self.approvals)

    def release(self) -> Release:
        return _release(self.row, self.reviewer_ids, self.names, self.approvals)


def parts_of(row: ReleaseRow, session: Session) -> ReleaseParts:
    """The release's reviewers with the names it shows (one statement) and its approvals (one)."""
    reviewer_ids, names = _reviewers_and_names(session, row)
    return ReleaseParts(row, reviewer_ids, names, approvals_of(session, row.id))


def to_release(row: ReleaseRow, session: Session) -> Release:
    return parts_of(row, session).release()


def _release(
    row: ReleaseRow,
    reviewer_ids: tuple[int, ...],
    names: dict[int, str],
    approvals: Iterable[ReleaseApprovalRow],
) -> Release:
    return Release(
        id=row.id,
        reference=row.reference,
        state=State(row.state),
        content=content_of(row),
        embargo_tz=row.embargo_tz,
        channels=tuple(json.loads(row.channels_json or "[]")),
        lists=tuple((int(i), str(n)) for i, n in json.loads(row.lists_json or "[]")),
        reviewer_ids=reviewer_ids,
        reviewer_names=tuple(names.get(i, "?") for i in reviewer_ids),
        review_rule=row.review_rule,
        submit_note=row.submit_note,
        template_key=row.template_key,
        content_hash=row.content_hash,
        revision=row.revision,
        author_id=row.author_id,
        author_name=names.get(row.author_id, "?"),
        last_editor_id=row.last_editor_id,
        last_editor_name=names.get(row.last_editor_id, "?") if row.last_editor_id is not None else "?",
        owner_id=row.owner_id,
        owner_name=names.get(row.owner_id, "?") if row.owner_id is not None else "?",
        linked_id=row.linked_id,
        published_at=row.published_at,
        created_at=row.created_at,
        updated_at=row.updated_at,
        version=row.version,
        approvals=tuple(approval_info(a) for a in approvals),
    )


# ------------------------------------------------------------------------------------ releases
def get(session: Session, release_id: int) -> ReleaseRow | None:
    return session.get(ReleaseRow, release_id)


def add(session: Session, row: RowT) -> RowT:
    """Add a new row of the release area (a release, comment, coverage entry, attachment, template)
    and flush, so it has its id."""
    session.add(row)
    session.flush()
    return row


def stage(session: Session, row: Base) -> None:
    """Add a new row (a revision, step, approval, publication) to be written with the next flush."""
    session.add(row)


def by_reference(session: Session, reference: str) -> ReleaseRow | None:
    return session.scalar(select(ReleaseRow).where(ReleaseRow.reference == reference))


def references_starting(session: Session, prefix: str) -> list[str]:
    return list(session.scalars(select(ReleaseRow.reference).where(ReleaseRow.reference.like(prefix + "%"))))


def list_with_counts(
    session: Session, state: State | None = None, search: str = ""
) -> list[tuple[ReleaseRow, str | None, int]]:
    """Releases, the last changed first; of one state; whose title or reference contains
    ``search``: each with its author's name and its number of coverage entries, in one statement
    (three round trips to a server before)."""
    author = select(PersonRow.name).where(PersonRow.id == ReleaseRow.author_id).scalar_subquery()
    coverage = (
        select(func.count())
        .select_from(CoverageRow)
        .where(CoverageRow.release_id == ReleaseRow.id)
        .scalar_subquery()
    )
    q = select(ReleaseRow, author, coverage).order_by(ReleaseRow.updated_at.desc(), ReleaseRow.id.desc())
    if state is not None:
        q = q.where(ReleaseRow.state == state.value)
    if search.strip():
        like = f"%{search.strip()}%"
        q = q.where(ReleaseRow.title.ilike(like) | ReleaseRow.reference.ilike(like))
    return [(row, name, int(n or 0)) for row, name, n in session.execute(q)]


def link_choices(session: Session) -> list[tuple[int, str, str, str]]:
    """(id, reference, title, language) of every release, the last changed first."""
    rows = session.execute(
        select(ReleaseRow.id, ReleaseRow.reference, ReleaseRow.title, ReleaseRow.language).order_by(
            ReleaseRow.updated_at.desc(), ReleaseRow.id.desc()
        )
    )
    return [(i, ref, title, language) for i, ref, title, language in rows]


def returned_to(session: Session, person_id: int) -> list[ReleaseRow]:
    """Releases with "changes requested" whose author or last editor is ``person_id``."""
    return list(
        session.scalars(
            select(ReleaseRow)
            .where(
                ReleaseRow.state == State.CHANGES_REQUESTED.value,
                (ReleaseRow.author_id == person_id) | (ReleaseRow.last_editor_id == person_id),
            )
            .order_by(ReleaseRow.updated_at.desc())
        )
    )


def state_and_hash(session: Session, release_id: int) -> tuple[State, str] | None:
    """The release's state and approved-content hash, or None when it is gone."""
    row = session.execute(
        select(ReleaseRow.state, ReleaseRow.content_hash).where(ReleaseRow.id == release_id)
    ).first()
    return None if row is None else (State(row.state), row.content_hash)


# ------------------------------------------------------------------------------------ reviewers
def reviewer_rows(session: Session, release_id: int) -> list[ReleaseReviewerRow]:
    return list(
        session.scalars(select(ReleaseReviewerRow).where(ReleaseReviewerRow.release_id == release_id))
    )


def add_reviewer(session: Session, release_id: int, person_id: int) -> None:
    session.add(ReleaseReviewerRow(release_id=release_id, person_id=person_id))


def remove(session: Session, row: object) -> None:
    """Delete one row (a reviewer, a coverage entry) in the caller's unit of work."""
    session.delete(row)


# ------------------------------------------------------------------------------------ approvals
def approvals_of(session: Session, release_id: int) -> list[ReleaseApprovalRow]:
    """Every approval, valid or voided, oldest first."""
    return list(
        session.scalars(
            select(ReleaseApprovalRow)
            .where(ReleaseApprovalRow.release_id == release_id)
            .order_by(ReleaseApprovalRow.id)
        )
    )


def valid_approvals(
    session: Session, release_id: int, reviewer_id: int | None = None
) -> list[ReleaseApprovalRow]:
    """The approvals not voided (of one reviewer when given)."""
    q = select(ReleaseApprovalRow).where(
        ReleaseApprovalRow.release_id == release_id, ReleaseApprovalRow.voided_at.is_(None)
    )
    if reviewer_id is not None:
        q = q.where(ReleaseApprovalRow.reviewer_id == reviewer_id)
    return list(session.scalars(q.order_by(ReleaseApprovalRow.id)))


def last_approved_revision(session: Session, release_id: int) -> int | None:
    """The highest revision number anyone approved (voided or not)."""
    return session.scalar(
        select(func.max(ReleaseApprovalRow.revision)).where(ReleaseApprovalRow.release_id == release_id)
    )


# ------------------------------------------------------------------------------------ history
def revisions_of(session: Session, release_id: int) -> list[ReleaseRevisionRow]:
    return list(
        session.scalars(
            select(ReleaseRevisionRow)
            .where(ReleaseRevisionRow.release_id == release_id)
            .order_by(ReleaseRevisionRow.number)
        )
    )


def steps_of(session: Session, release_id: int) -> list[ReleaseStepRow]:
    return list(
        session.scalars(
            select(ReleaseStepRow).where(ReleaseStepRow.release_id == release_id).order_by(ReleaseStepRow.id)
        )
    )


def last_step(session: Session, release_id: int, action: str) -> ReleaseStepRow | None:
    """The latest workflow step of ``action`` (e.g. the last change request)."""
    return session.scalars(
        select(ReleaseStepRow)
        .where(ReleaseStepRow.release_id == release_id, ReleaseStepRow.action == action)
        .order_by(ReleaseStepRow.id.desc())
    ).first()


def last_steps(session: Session, release_ids: Iterable[int], action: str) -> dict[int, ReleaseStepRow]:
    """``last_step`` of each release in one statement (those without such a step are left out)."""
    ids = list(release_ids)
    if not ids:
        return {}
    latest = (
        select(func.max(ReleaseStepRow.id))
        .where(ReleaseStepRow.release_id.in_(ids), ReleaseStepRow.action == action)
        .group_by(ReleaseStepRow.release_id)
    )
    return {
        st.release_id: st
        for st in session.scalars(select(ReleaseStepRow).where(ReleaseStepRow.id.in_(latest)))
    }


def publications_of(session: Session, release_id: int) -> list[ReleasePublicationRow]:
    """Where and when the release went out, the earliest first."""
    return list(
        session.scalars(
            select(ReleasePublicationRow)
            .where(ReleasePublicationRow.release_id == release_id)
            .order_by(ReleasePublicationRow.at)
        )
    )


def latest_publication(session: Session, release_id: int) -> ReleasePublicationRow | None:
    """The publication recorded last."""
    return session.scalars(
        select(ReleasePublicationRow)
        .where(ReleasePublicationRow.release_id == release_id)
        .order_by(ReleasePublicationRow.id.desc())
    ).first()


# ------------------------------------------------------------------------------------ comments
def comment(session: Session, comment_id: int) -> ReleaseCommentRow | None:
    return session.get(ReleaseCommentRow, comment_id)


def comments_of(session: Session, release_id: int) -> list[ReleaseCommentRow]:
    return list(
        session.scalars(
            select(ReleaseCommentRow)
            .where(ReleaseCommentRow.release_id == release_id)
            .order_by(ReleaseCommentRow.id)
        )
    )


def open_comment_count(session: Session, release_id: int) -> int:
    """Comments on the release nobody resolved yet."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(ReleaseCommentRow)
            .where(ReleaseCommentRow.release_id == release_id, ReleaseCommentRow.resolved_at.is_(None))
        )
        or 0
    )


def open_comment_counts(session: Session, release_ids: Iterable[int]) -> dict[int, int]:
    """``open_comment_count`` of each release in one statement (none open: left out)."""
    ids = list(release_ids)
    if not ids:
        return {}
    rows = session.execute(
        select(ReleaseCommentRow.release_id, func.count())
        .where(ReleaseCommentRow.release_id.in_(ids), ReleaseCommentRow.resolved_at.is_(None))
        .group_by(ReleaseCommentRow.release_id)
    )
    return {release_id: int(n) for release_id, n in rows}


# ------------------------------------------------------------------------------------ coverage
def coverage_entry(session: Session, coverage_id: int) -> CoverageRow | None:
    return session.get(CoverageRow, coverage_id)


def coverage(
    session: Session,
    release_id: int | None = None,
    start: date | None = None,
    end: date | None = None,
    journalist_id: int | None = None,
) -> list[tuple[CoverageRow, str]]:
    """Coverage entries with their release's reference, by day (``start``/``end`` inclusive)."""
    q = select(CoverageRow, ReleaseRow.reference).join(ReleaseRow, ReleaseRow.id == CoverageRow.release_id)
    if release_id is not None:
        q = q.where(CoverageRow.release_id == release_id)
    if start is not None:
        q = q.where(CoverageRow.day >= start)
    if end is not None:
        q = q.where(CoverageRow.day <= end)
    if journalist_id is not None:
        q = q.where(CoverageRow.journalist_id == journalist_id)
    q = q.order_by(CoverageRow.day, CoverageRow.id)
    return [(row, ref) for row, ref in session.execute(q)]


# ------------------------------------------------------------------------------------ attachments
def attachment(session: Session, attachment_id: int) -> ReleaseAttachmentRow | None:
    return session.get(ReleaseAttachmentRow, attachment_id)


def attachments_of(session: Session, release_id: int) -> list[ReleaseAttachmentRow]:
    return list(
        session.scalars(
            select(ReleaseAttachmentRow)
            .where(ReleaseAttachmentRow.release_id == release_id)
            .order_by(ReleaseAttachmentRow.id)
        )
    )


# ------------------------------------------------------------------------------------ templates
def stored_templates(session: Session) -> list[ReleaseTemplateRow]:
    """Every template an administrator stored (the built-in ones live in ``core.releases.library``)."""
    return list(session.scalars(select(ReleaseTemplateRow)))


def stored_template(session: Session, key: str, language: str) -> ReleaseTemplateRow | None:
    return session.scalar(
        select(ReleaseTemplateRow).where(
            ReleaseTemplateRow.key == key, ReleaseTemplateRow.language == language
        )
    )
