"""Home's first screen read from a SQLite file with the standard library (the start-up glance).

The same reads as ``repositories/home.py`` (the same conditions, order and limits, so the same rows
come back), written as SQL for a read-only ``sqlite3`` connection (``persistence/glance.py``):
the window shows Home from them before SQLAlchemy and the tables' classes are imported. Values
come back as the tables' classes give them (timestamps aware, in UTC; dates as dates; flags as
bools). ``tests/ui/test_home_glance.py`` checks that Home made from these reads equals Home made by
``HomeService``. Reads only.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from commdesk.core.cases.workflow import OPEN_STATUSES
from commdesk.core.i18n import translate
from commdesk.core.releases.workflow import Approval, ReleaseFacts, State
from commdesk.core.review.kinds import Kind
from commdesk.core.review.workflow import Facts as ReviewFacts
from commdesk.core.review.workflow import State as ReviewState
from commdesk.core.review.workflow import reviewers_needed

# a post without a title is named by the start of its text (``repositories.review.POST_NAME_CHARS``)
POST_NAME_CHARS = 80
# the workflow states whose releases still wait to go out (``repositories.home.UNFINISHED``)
UNFINISHED = ("draft", "in_review", "changes_requested", "approved", "scheduled")
ACTIVE_ACTIONS = ("open", "in_progress")
# the statuses of a case still being worked on (``repositories.home.OPEN_CASES``)
OPEN_CASES = tuple(sorted(s.value for s in OPEN_STATUSES))


# ------------------------------------------------------------------------------------ values
def stored_instant(value: datetime) -> str:
    """An instant as the tables store it: UTC, ``YYYY-MM-DD HH:MM:SS.ffffff``."""
    v = value.astimezone(UTC)
    return f"{v.year:04d}-{v.month:02d}-{v.day:02d} {v.hour:02d}:{v.minute:02d}:{v.second:02d}.{v.microsecond:06d}"


def _instant(value) -> datetime | None:
    """A stored timestamp as the tables' classes hand it back: aware, in UTC."""
    if value is None:
        return None
    dt = value if isinstance(value, datetime) else datetime.fromisoformat(value)
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def _at(value) -> datetime:
    """A timestamp column that is never empty (``updated_at``, a step's ``at``)."""
    instant = _instant(value)
    if instant is None:
        raise ValueError("a required timestamp is empty")
    return instant


def _day(value) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(value)


def _zone(name: str | None) -> ZoneInfo | None:
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _embargo(embargo, embargo_tz: str | None) -> datetime | None:
    """The stored embargo in the release's own zone (``repositories.releases.embargo_of``)."""
    instant = _instant(embargo)
    zone = _zone(embargo_tz)
    return instant.astimezone(zone) if instant is not None and zone is not None else instant


def _marks(values) -> str:
    return ", ".join("?" for _ in values)


# ------------------------------------------------------------------------------------ lines
@dataclass(frozen=True)
class GlancePerson:
    id: int
    name: str
    active: bool
    has_passphrase: bool


@dataclass(frozen=True)
class ReleaseLine:
    id: int
    reference: str
    title: str
    state: str
    updated_at: datetime
    embargo: datetime | None  # in the release's own zone
    embargo_tz: str
    author: str = ""  # read for the releases that wait for a review (Home names their author)


@dataclass(frozen=True)
class ReturnedLine:
    id: int
    reference: str
    title: str
    note: str
    by: str
    at: datetime
    open_comments: int


@dataclass(frozen=True)
class ActionLine:
    id: int
    meeting_id: int
    description: str
    deadline: date | None
    status: str
    meeting_topic: str


@dataclass(frozen=True)
class MeetingLine:
    id: int
    topic: str
    kind: str
    start: datetime | None
    duration: int | None
    tz: str
    place: str


@dataclass(frozen=True)
class InquiryLine:
    contact_id: int
    name: str
    summary: str
    deadline: datetime | None


@dataclass(frozen=True)
class OutboxLine:
    id: int
    status: str
    subject: str
    recipients: tuple[str, ...]
    related: tuple[str | None, str | None]
    last_error: str | None
    uncertain: bool
    retrying: bool
    held_reason: str | None


@dataclass(frozen=True)
class CaseLine:
    id: int
    reference: str
    summary: str
    status: str
    received_at: datetime
    next_due_at: datetime | None
    owner: str


# ------------------------------------------------------------------------------------ who, where
def schema_revisions(conn: sqlite3.Connection) -> frozenset[str]:
    """The rows of ``alembic_version`` (empty when the table does not exist)."""
    if conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
    ).fetchone():
        return frozenset(r[0] for r in conn.execute("SELECT version_num FROM alembic_version"))
    return frozenset()


def people_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM people").fetchone()[0])


def person(conn: sqlite3.Connection, person_id: int) -> GlancePerson | None:
    row = conn.execute(
        "SELECT id, name, active, passphrase_hash FROM people WHERE id = ?", (person_id,)
    ).fetchone()
    return None if row is None else GlancePerson(row[0], row[1], bool(row[2]), bool(row[3]))


def active_people(conn: sqlite3.Connection) -> list[GlancePerson]:
    rows = conn.execute("SELECT id, name, active, passphrase_hash FROM people WHERE active IS 1")
    return [GlancePerson(r[0], r[1], bool(r[2]), bool(r[3])) for r in rows]


def person_roles(conn: sqlite3.Connection, person_id: int) -> frozenset[str]:
    """The role values a person holds (``people.roles``, comma-separated)."""
    row = conn.execute("SELECT roles FROM people WHERE id = ?", (person_id,)).fetchone()
    return frozenset(r.strip() for r in (row[0] or "").split(",") if r.strip()) if row else frozenset()


def procedure_pending(conn: sqlite3.Connection, person_id: int, today: date) -> int | None:
    """The version of the procedure in force on ``today`` when ``person_id`` has not acknowledged it
    (``services.procedure.ProcedureService.pending_for``)."""
    from commdesk.core.procedure import VersionFacts, current_version

    rows = conn.execute("SELECT number, state, effective_on FROM procedure_versions").fetchall()
    number = current_version([VersionFacts(n, s == "adopted", _day(d)) for n, s, d in rows], today)
    if number is None:
        return None
    done = conn.execute(
        "SELECT 1 FROM procedure_acknowledgements a JOIN procedure_versions v ON v.id = a.version_id "
        "WHERE v.number = ? AND a.person_id = ?",
        (number, person_id),
    ).fetchone()
    return None if done else number


def procedure_in_review(conn: sqlite3.Connection) -> tuple[int, str, datetime, ReviewFacts] | None:
    """The draft version of the procedure in the review engine's review (one draft at a time): its
    number, author's name, last change and the review's facts (``repositories.procedure.draft_in_review``
    and ``services.home.HomeService._procedure_reviews``)."""
    row = conn.execute(
        "SELECT v.number, v.created_by_name, v.updated_at, r.id, r.state, r.author_id, r.last_editor_id, "
        "r.content_hash FROM procedure_versions AS v JOIN review_items AS r "
        "ON r.kind = 'procedure' AND r.item_id = v.id "
        "WHERE v.state = 'draft' AND r.state = 'in_review' ORDER BY v.number DESC LIMIT 1"
    ).fetchone()
    if row is None:
        return None
    approvals = conn.execute(
        "SELECT reviewer_id, content_hash FROM review_approvals WHERE review_id = ? AND voided_at IS NULL "
        "ORDER BY id",
        (row[3],),
    ).fetchall()
    needed = conn.execute(
        "SELECT value FROM settings WHERE key = ?", ("review.reviewers." + Kind.PROCEDURE.value,)
    ).fetchone()
    facts = ReviewFacts(
        Kind.PROCEDURE,
        ReviewState(row[4]),
        row[5],
        row[6],
        row[7],
        tuple((a[0], a[1]) for a in approvals),
        reviewers_needed(json.loads(needed[0]) if needed else 1),
    )
    return row[0], row[1], _at(row[2]), facts


# the pane that opens an item of each titled kind in review, and its record's id (``review_line``)
REVIEW_PANES = {Kind.POST: "posts", Kind.ANNOUNCEMENT: "announcements", Kind.EVENT_INVITATION: "events"}


def review_line(kind: Kind, title: str, author: str) -> tuple[str, str, str]:
    """The words of an item in the review engine's review on Home and in the start-up glance: the
    kind in words and its title, its author, and the pane that opens it (the record is the item)."""
    words = {
        Kind.POST: lambda: translate("Home", "Social post: {title}"),
        Kind.ANNOUNCEMENT: lambda: translate("Home", "Announcement: {title}"),
        Kind.EVENT_INVITATION: lambda: translate("Home", "Event invitation: {title}"),
    }[kind]()
    title = " ".join(title.split())  # a post named by its text: its lines on one line
    return (
        words.format(title=title or "—"),
        translate("Home", "by {author}").format(author=author or "—"),
        REVIEW_PANES[kind],
    )


def items_in_review(
    conn: sqlite3.Connection, limit: int
) -> list[tuple[Kind, int, str, str, datetime, ReviewFacts]]:
    """The posts, announcements and event invitations in review (``repositories.review.in_review``):
    kind, item id, title, author's name, last change and the review's facts."""
    kinds = tuple(REVIEW_PANES)
    rows = conn.execute(
        "SELECT r.id, r.kind, r.item_id, "
        "COALESCE(NULLIF(p.title, ''), SUBSTR(p.text, 1, ?), a.subject, e.title, ''), w.name, "
        "r.author_id, r.last_editor_id, r.content_hash, r.updated_at, v.reviewer_id, v.content_hash "
        "FROM (SELECT * FROM review_items WHERE state = 'in_review' "
        f"AND kind IN ({_marks(kinds)}) ORDER BY updated_at DESC, id DESC LIMIT ?) AS r "
        "JOIN people AS w ON w.id = r.author_id "
        "LEFT JOIN social_posts AS p ON r.kind = 'post' AND p.id = r.item_id "
        "LEFT JOIN announcements AS a ON r.kind = 'announcement' AND a.id = r.item_id "
        "LEFT JOIN events AS e ON r.kind = 'event_invitation' AND e.id = r.item_id "
        "LEFT JOIN review_approvals AS v ON v.review_id = r.id AND v.voided_at IS NULL "
        "ORDER BY r.updated_at DESC, r.id DESC, v.id",
        (POST_NAME_CHARS, *(k.value for k in kinds), limit),
    ).fetchall()
    if not rows:
        return []
    needed = dict(
        conn.execute(
            f"SELECT key, value FROM settings WHERE key IN ({_marks(kinds)})",
            tuple("review.reviewers." + k.value for k in kinds),
        ).fetchall()
    )
    found: dict[int, list] = {}
    for r in rows:
        line = found.setdefault(r[0], [*r[1:9], []])
        if r[9] is not None:
            line[8].append((r[9], r[10]))
    out = []
    for (
        kind_value,
        item_id,
        title,
        author,
        author_id,
        editor_id,
        content_hash,
        at,
        approvals,
    ) in found.values():
        kind = Kind(kind_value)
        count = needed.get("review.reviewers." + kind.value)
        facts = ReviewFacts(
            kind,
            ReviewState("in_review"),
            author_id,
            editor_id,
            content_hash,
            tuple(approvals),
            reviewers_needed(json.loads(count) if count else 1),
        )
        out.append((kind, item_id, title or "", author or "", _at(at), facts))
    return out


def org_settings(conn: sqlite3.Connection) -> dict[str, object]:
    """The organisation's settings rows (``org.*``) and their JSON values."""
    rows = conn.execute("SELECT key, value FROM settings WHERE key LIKE 'org.' || '%'")
    return {key: json.loads(value) for key, value in rows}


# ------------------------------------------------------------------------------------ Home
_RELEASE = (
    "r.id, r.reference, r.title, r.state, r.author_id, r.last_editor_id, r.content_hash, r.review_rule, "
    "r.embargo, r.embargo_tz, r.submit_note, r.updated_at"
)


def _release_line(row, author: str = "") -> ReleaseLine:
    return ReleaseLine(row[0], row[1], row[2], row[3], _at(row[11]), _embargo(row[8], row[9]), row[9], author)


def in_review_for(
    conn: sqlite3.Connection, person_id: int, limit: int
) -> list[tuple[ReleaseLine, ReleaseFacts]]:
    """``repositories.home.in_review_for``."""
    rows = conn.execute(
        f"SELECT {_RELEASE} FROM releases AS r JOIN release_reviewers AS v ON v.release_id = r.id "
        "WHERE v.person_id = ? AND r.state = 'in_review' ORDER BY r.updated_at DESC, r.id DESC LIMIT ?",
        (person_id, limit),
    ).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    reviewers: dict[int, set[int]] = {}
    for release_id, reviewer in conn.execute(
        f"SELECT release_id, person_id FROM release_reviewers WHERE release_id IN ({_marks(ids)})", ids
    ):
        reviewers.setdefault(release_id, set()).add(reviewer)
    approvals: dict[int, list[Approval]] = {}
    for release_id, reviewer, content_hash in conn.execute(
        f"SELECT release_id, reviewer_id, content_hash FROM release_approvals WHERE release_id IN ({_marks(ids)}) "
        "AND voided_at IS NULL ORDER BY id",
        ids,
    ):
        approvals.setdefault(release_id, []).append(Approval(reviewer, content_hash))
    names = person_names(conn, {r[4] for r in rows})
    return [
        (
            _release_line(r, names.get(r[4], "?")),
            ReleaseFacts(
                state=State(r[3]),
                author_id=r[4],
                last_editor_id=r[5],
                content_hash=r[6],
                reviewer_ids=frozenset(reviewers.get(r[0], ())),
                review_rule=r[7],
                approvals=tuple(approvals.get(r[0], ())),
                embargo=_embargo(r[8], r[9]),
                submit_note=r[10],
            ),
        )
        for r in rows
    ]


def person_names(conn: sqlite3.Connection, ids) -> dict[int, str]:
    wanted = sorted({i for i in ids if i is not None})
    if not wanted:
        return {}
    return dict(
        conn.execute(f"SELECT id, name FROM people WHERE id IN ({_marks(wanted)})", wanted).fetchall()
    )


def returned_to(conn: sqlite3.Connection, person_id: int, limit: int) -> tuple[list[ReturnedLine], int]:
    """``repositories.home.returned_to``."""
    mine = "state = 'changes_requested' AND (author_id = ? OR last_editor_id = ?)"
    total = conn.execute(f"SELECT count(*) FROM releases WHERE {mine}", (person_id, person_id)).fetchone()[0]
    rows = conn.execute(
        f"SELECT id, reference, title, updated_at FROM releases WHERE {mine} ORDER BY updated_at DESC LIMIT ?",
        (person_id, person_id, limit),
    ).fetchall()
    ids = [r[0] for r in rows]
    steps: dict[int, tuple] = {}
    comments: dict[int, int] = {}
    if ids:
        for release_id, note, actor_name, at in conn.execute(
            "SELECT release_id, note, actor_name, at FROM release_steps WHERE id IN (SELECT max(id) FROM "
            f"release_steps WHERE release_id IN ({_marks(ids)}) AND action = 'request_changes' GROUP BY release_id)",
            ids,
        ):
            steps[release_id] = (note, actor_name, _at(at))
        comments = {
            release_id: int(n)
            for release_id, n in conn.execute(
                f"SELECT release_id, count(*) FROM release_comments WHERE release_id IN ({_marks(ids)}) "
                "AND resolved_at IS NULL GROUP BY release_id",
                ids,
            )
        }
    out = []
    for release_id, reference, title, updated_at in rows:
        step = steps.get(release_id)
        out.append(
            ReturnedLine(
                release_id,
                reference,
                title,
                step[0] if step else "",
                step[1] if step else "",
                step[2] if step else _at(updated_at),
                comments.get(release_id, 0),
            )
        )
    return out, int(total)


def embargoes_until(conn: sqlite3.Connection, until: datetime, limit: int) -> tuple[list[ReleaseLine], int]:
    """``repositories.home.embargoes_until``."""
    where = f"r.state IN ({_marks(UNFINISHED)}) AND r.embargo IS NOT NULL AND r.embargo <= ?"
    params = (*UNFINISHED, stored_instant(until))
    total = conn.execute(f"SELECT count(*) FROM releases AS r WHERE {where}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT {_RELEASE} FROM releases AS r WHERE {where} ORDER BY r.embargo LIMIT ?", (*params, limit)
    ).fetchall()
    return [_release_line(r) for r in rows], int(total)


def open_actions_of(conn: sqlite3.Connection, person_id: int, limit: int) -> tuple[list[ActionLine], int]:
    """``repositories.home.open_actions_of``."""
    where = f"a.owner_person_id = ? AND a.status IN ({_marks(ACTIVE_ACTIONS)})"
    params = (person_id, *ACTIVE_ACTIONS)
    total = conn.execute(f"SELECT count(*) FROM meeting_actions AS a WHERE {where}", params).fetchone()[0]
    rows = conn.execute(
        "SELECT a.id, a.meeting_id, a.description, a.deadline, a.status, m.topic FROM meeting_actions AS a "
        f"JOIN meetings AS m ON m.id = a.meeting_id WHERE {where} "
        "ORDER BY a.deadline IS NULL, a.deadline, a.id LIMIT ?",
        (*params, limit),
    )
    return [ActionLine(i, mid, text, _day(d), status, topic) for i, mid, text, d, status, topic in rows], int(
        total
    )


_MEETING = "m.id, m.topic, m.kind, m.start, m.duration, m.tz, m.room, m.link, m.dial_in"


def _meeting_line(row) -> MeetingLine:
    mid, topic, kind, start, duration, zone, room, link, dial_in = row
    place = room if kind == "in_person" else (link or dial_in)
    return MeetingLine(mid, topic, kind, _instant(start), duration, zone, place)


def meetings_between(
    conn: sqlite3.Connection, start: datetime, end: datetime, limit: int
) -> list[MeetingLine]:
    """``repositories.home.meetings_between``."""
    rows = conn.execute(
        f"SELECT {_MEETING} FROM meetings AS m WHERE m.start >= ? AND m.start < ? AND m.cancelled IS 0 "
        "ORDER BY m.start, m.id LIMIT ?",
        (stored_instant(start), stored_instant(end), limit),
    )
    return [_meeting_line(r) for r in rows]


def meetings_without_minutes_out(
    conn: sqlite3.Connection, start: datetime, end: datetime, limit: int
) -> list[MeetingLine]:
    """``repositories.home.meetings_without_minutes_out``."""
    rows = conn.execute(
        f"SELECT {_MEETING} FROM meetings AS m WHERE m.start >= ? AND m.start < ? AND m.cancelled IS 0 "
        "AND NOT (EXISTS (SELECT 1 FROM meeting_minutes AS newest WHERE newest.meeting_id = m.id "
        "AND newest.distributed_at IS NOT NULL AND NOT (EXISTS (SELECT 1 FROM meeting_minutes AS newer "
        "WHERE newer.meeting_id = newest.meeting_id AND newer.number > newest.number)))) "
        "ORDER BY m.start, m.id LIMIT ?",
        (stored_instant(start), stored_instant(end), limit),
    )
    return [_meeting_line(r) for r in rows]


def open_inquiries(conn: sqlite3.Connection, limit: int) -> tuple[list[InquiryLine], int]:
    """``repositories.home.open_inquiries``."""
    where = (
        "i.kind = 'inquiry' AND i.answered_at IS NULL AND EXISTS (SELECT 1 FROM contacts AS c "
        "WHERE c.id = i.contact_id AND c.deleted IS 0)"
    )
    total = conn.execute(f"SELECT count(*) FROM contact_interactions AS i WHERE {where}").fetchone()[0]
    rows = conn.execute(
        "SELECT i.contact_id, (SELECT c.full_name FROM contacts AS c WHERE c.id = i.contact_id), i.summary, "
        f"i.deadline FROM contact_interactions AS i WHERE {where} "
        "ORDER BY i.deadline IS NULL, i.deadline, i.id LIMIT ?",
        (limit,),
    )
    return [
        InquiryLine(cid, full_name or "", summary, _instant(deadline))
        for cid, full_name, summary, deadline in rows
    ], int(total)


def outbox_trouble(conn: sqlite3.Connection, limit: int) -> list[OutboxLine]:
    """``repositories.home.outbox_trouble``."""
    out: list[OutboxLine] = []
    for status in ("held", "failed"):
        rows = conn.execute(
            "SELECT id, status, subject, recipients, related_entity, related_id, last_error, uncertain, "
            "next_attempt_at, held_reason FROM mail_outbox WHERE status = ? ORDER BY id DESC LIMIT ?",
            (status, limit),
        )
        out += [
            OutboxLine(
                r[0],
                r[1],
                r[2],
                tuple(json.loads(r[3] or "[]")),
                (r[4], r[5]),
                r[6],
                bool(r[7]),
                r[1] == "failed" and r[8] is not None,
                r[9],
            )
            for r in rows
        ]
    return out


# ------------------------------------------------------------------------------------ the cases desk
_CASE = (
    "c.id, c.reference, c.summary, c.status, c.received_at, c.next_due_at, "
    "(SELECT p.name FROM people AS p WHERE p.id = c.owner_id)"
)


def _case_line(row) -> CaseLine:
    case_id, reference, summary, status, received_at, due, owner = row
    return CaseLine(case_id, reference, summary or "", status, _at(received_at), _instant(due), owner or "")


def cases_due_before(conn: sqlite3.Connection, end: datetime, limit: int) -> tuple[list[CaseLine], int]:
    """``repositories.home.cases_due_before``."""
    where = f"c.status IN ({_marks(OPEN_CASES)}) AND c.next_due_at IS NOT NULL AND c.next_due_at < ?"
    rows = conn.execute(
        f"SELECT {_CASE}, count(*) OVER () FROM cases AS c WHERE {where} "
        "ORDER BY c.next_due_at, c.id LIMIT ?",
        (*OPEN_CASES, stored_instant(end), limit),
    ).fetchall()
    return [_case_line(r[:-1]) for r in rows], int(rows[0][-1]) if rows else 0


def case_intake(conn: sqlite3.Connection) -> tuple[int, int, CaseLine | None]:
    """``repositories.home.case_intake``: the two counts and the oldest unanswered case in one
    statement."""
    firsts = " UNION ALL ".join(
        f"SELECT * FROM (SELECT {_CASE} FROM cases AS c WHERE c.status = ? AND c.first_response_at IS NULL "
        "ORDER BY c.received_at, c.id LIMIT 1)"
        for _ in OPEN_CASES
    )
    row = conn.execute(
        "SELECT n.set_aside, n.new, o.* FROM (SELECT "
        "(SELECT count(*) FROM case_intake_messages WHERE outcome = 'set_aside' AND looked_at IS NULL) "
        "AS set_aside, (SELECT count(*) FROM cases WHERE status = 'new') AS new) AS n "
        f"LEFT JOIN (SELECT * FROM ({firsts}) ORDER BY 5, 1 LIMIT 1) AS o ON 1 = 1",
        OPEN_CASES,
    ).fetchone()
    return int(row[0] or 0), int(row[1] or 0), _case_line(row[2:]) if row[2] is not None else None
