"""Where the calendar's entries come from: each kind read through its own area, a fixed number of
queries whatever the period holds (the press releases, their publication and the end of their
embargo; the social posts, planned or published; the announcements, when sent or planned to be;
the media events; the meetings). Each entry names its owner, whom the owner filter looks for: a
release's author, a post's author, an announcement's owner, an event's owner, a meeting's
organiser. ``CalendarService`` filters and shows them; nothing here decides what a person sees."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from commdesk.core import timezones as tz
from commdesk.core.calendar.entries import Entry, EntryKind
from commdesk.core.i18n import translate
from commdesk.core.releases import workflow as release_workflow
from commdesk.core.review.workflow import State
from commdesk.persistence.repositories import releases as release_repo
from commdesk.services.announcements.service import AnnouncementService
from commdesk.services.context import ServiceContext
from commdesk.services.events.service import EventService
from commdesk.services.meetings.service import MeetingService
from commdesk.services.publishing.posts import PostService, PostSummary
from commdesk.services.releases.service import ReleaseService

# an entry that is an instant is drawn (and exported) as this long
INSTANT = timedelta(minutes=30)

# whether an instant (or a span from it to an end) falls in the period read
Within = Callable[..., bool]


def not_movable_published() -> str:
    return translate("Calendar", "It went out at this time; what was published stays where it is.")


def entries(ctx: ServiceContext, start: datetime, end: datetime) -> list[Entry]:
    """Every kind's entries in [start, end) (UTC)."""

    def within(at: datetime | None, until: datetime | None = None) -> bool:
        if at is None:
            return False
        return at < end and (until or at + timedelta(seconds=1)) > start

    out: list[Entry] = []
    out += releases(ctx, within)
    out += posts(ctx, start, end)
    out += announcements(ctx, start, end)
    out += events(ctx, within)
    out += meetings(ctx, start, end)
    return out


def releases(ctx: ServiceContext, within: Within) -> list[Entry]:
    """Releases through the releases service's list; the time a published one went out is its
    last "publish" step (one statement for all of them), which the list does not carry."""
    summaries = ctx.service(ReleaseService).list()
    published = [r.id for r in summaries if r.state is release_workflow.State.PUBLISHED]
    with ctx.unit_of_work() as uow:
        went_out = {
            i: st.at
            for i, st in release_repo.last_steps(
                uow.session, published, release_workflow.Action.PUBLISH.value
            ).items()
        }
    out = []
    for r in summaries:
        base = Entry(
            EntryKind.RELEASE,
            r.id,
            r.title,
            tz.to_utc(r.updated_at),
            owner=r.author_name,
            state=r.state.label,
            status=r.state.value,
            reference=r.reference,
        )
        at = went_out.get(r.id)
        if at is not None and within(at):
            out.append(replace(base, start=tz.to_utc(at), movable=not_movable_published()))
        if r.embargo is not None and within(r.embargo):
            movable = ""
            if r.state not in release_workflow.EDITABLE_STATES:
                movable = translate(
                    "Calendar", "A release that is “{state}” can no longer be edited."
                ).format(state=r.state.label)
            detail = translate("Calendar", "Embargo ends ({zone})").format(zone=r.embargo_tz or "UTC")
            out.append(
                replace(
                    base,
                    kind=EntryKind.EMBARGO,
                    start=tz.to_utc(r.embargo),
                    movable=movable,
                    detail=detail,
                )
            )
    return out


def posts(
    ctx: ServiceContext,
    start: datetime,
    end: datetime,
    account_id: int | None = None,
    with_cancelled: bool = False,
) -> list[Entry]:
    return [
        post_entry(p)
        for p in ctx.service(PostService).list(start, end, account_id=account_id)
        if with_cancelled or not p.cancelled
    ]


def announcements(ctx: ServiceContext, start: datetime, end: datetime) -> list[Entry]:
    """Sent announcements when they went out, the others when they are planned to (one bounded
    read); a sent one stays where it is."""
    why = translate(
        "Calendar",
        "It was sent at this time; a sent announcement stays where it is.",
    )
    out = []
    for a in ctx.service(AnnouncementService).between(start, end):
        at = a.sent_at or a.planned_at
        if at is None:
            continue
        out.append(
            Entry(
                EntryKind.ANNOUNCEMENT,
                a.id,
                a.subject,
                tz.to_utc(at),
                channel=a.audience,
                owner=a.owner_name,
                state=a.state.label,
                status=a.state.value,
                reference=a.reference,
                detail=a.body[:200],
                movable=why if a.sent_at is not None else "",
                version=a.version,
            )
        )
    return out


def events(ctx: ServiceContext, within: Within) -> list[Entry]:
    out = []
    for e in ctx.service(EventService).list():
        if not within(e.starts_at, e.ends_at):
            continue
        over = e.ends_at <= ctx.clock()
        out.append(
            Entry(
                EntryKind.EVENT,
                e.id,
                e.title,
                tz.to_utc(e.starts_at),
                tz.to_utc(e.ends_at),
                owner=e.owner,
                state=State(e.review_state or State.DRAFT.value).label,
                status=e.review_state or State.DRAFT.value,
                reference=e.reference,
                detail=e.place,
                movable=translate("Calendar", "The event is over; it stays when it happened.")
                if over
                else "",
                version=e.version,
            )
        )
    return out


def meetings(ctx: ServiceContext, start: datetime, end: datetime) -> list[Entry]:
    # a meeting that began before ``start`` but runs into it: looked for a day earlier
    rows = ctx.service(MeetingService).list(start - timedelta(days=1), end)
    out = []
    for m in rows:
        if m.start is None:
            continue
        finish = m.end or m.start + INSTANT
        if not (m.start < end and finish > start):
            continue
        status = ""
        if m.cancelled:
            status, state, movable = (
                "cancelled",
                translate("Calendar", "cancelled"),
                translate("Calendar", "The meeting was cancelled; plan a new one instead."),
            )
        else:
            state = (
                translate("Calendar", "invitation sent")
                if m.invitation_sent
                else translate("Calendar", "planned")
            )
            movable = ""
        out.append(
            Entry(
                EntryKind.MEETING,
                m.id,
                m.topic,
                tz.to_utc(m.start),
                tz.to_utc(finish),
                owner=m.organiser,
                state=state,
                status=status,
                reference=translate("Calendar", "Meeting {id}").format(id=m.id),
                detail=m.place,
                movable=movable,
                version=m.version,
            )
        )
    return out


def post_entry(p: PostSummary) -> Entry:
    """A social post on the calendar: at the time it went out (else is planned), under its author,
    with its review state; one that went out stays where it is."""
    if p.cancelled:
        status, state = "cancelled", translate("Calendar", "taken off the plan")
    elif p.published_at is not None:
        status, state = State.PUBLISHED.value, State.PUBLISHED.label
    else:
        status, state = (p.state or State.DRAFT).value, (p.state or State.DRAFT).label
    return Entry(
        EntryKind.POST,
        p.id,
        p.headline(60),
        tz.to_utc(p.when),
        channel=p.account,
        channels=(p.account,),
        campaign=p.campaign,
        owner=p.author_name,
        state=state,
        status=status,
        reference=translate("Calendar", "Post {id}").format(id=p.id),
        detail=p.text[:200],
        movable=not_movable_published() if p.published_at else "",
        version=p.version,
    )
