"""At the door: when the door is open for check-in (``door_window``, ``door_refusal``), and finding
an invitee: type part of a name, its pinyin or its initials, as in the contacts' search (王伟: "王",
"wang", "wangwei", "ww"), or the outlet; the best match comes first."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from commdesk.core import timezones as tz
from commdesk.core.contacts.names import SHORT_TERM, fold_latin, has_chinese, search_keys, sort_key, to_pinyin
from commdesk.core.events.records import Invitee, RsvpStatus
from commdesk.core.i18n import translate

#: how long after its end people can still be checked in (names typed in from the paper list that
#: evening), when the event ends late in its day
AFTER_THE_END = timedelta(hours=6)


@dataclass(frozen=True)
class DoorWindow:
    """When check-in is open: ``opens <= now < closes`` (instants, UTC)."""

    opens: datetime
    closes: datetime

    def __contains__(self, instant: datetime) -> bool:
        return self.opens <= instant < self.closes


def door_window(starts_at: datetime, ends_at: datetime, zone: str) -> DoorWindow:
    """The door opens at midnight of the event's first day in the event's zone (guests come early,
    the desk tries the window that morning) and closes at the end of its last day there, but never
    less than ``AFTER_THE_END`` after the event ends. Days are the event's own (a Shanghai event
    run from a desk in Los Angeles still opens at midnight in Shanghai)."""
    first = tz.to_zone(starts_at, zone).date()
    last = tz.to_zone(ends_at, zone).date()
    opens = tz.wall_clock(first, time(0, 0), zone)
    closes = max(
        tz.wall_clock(last + timedelta(days=1), time(0, 0), zone), tz.to_utc(ends_at) + AFTER_THE_END
    )
    return DoorWindow(tz.to_utc(opens), tz.to_utc(closes))


def door_refusal(starts_at: datetime, ends_at: datetime, zone: str, now: datetime) -> str:
    """ "" when ``now`` is inside the door window, else why check-in is refused, naming the event's
    time and zone and when the door opens or closed (in the event's zone)."""
    window = door_window(starts_at, ends_at, zone)
    if now in window:
        return ""
    when = tz.format_span(starts_at, ends_at, zone)
    if now < window.opens:
        return translate(
            "Events",
            "Check-in opens on the day of the event, at {opens}; the event is on {when}. Nobody can be "
            "checked in before then.",
        ).format(opens=tz.format_instant(window.opens, zone, with_zone=False), when=when)
    return translate(
        "Events",
        "Check-in closed at {closes}; the event was on {when}. Write who else came in the event's "
        "follow-up notes.",
    ).format(closes=tz.format_instant(window.closes, zone, with_zone=False), when=when)


def _keys(invitee: Invitee) -> list[str]:
    keys = search_keys(invitee.name, invitee.pinyin or None)
    spelled = invitee.pinyin or to_pinyin(invitee.name)
    if spelled:
        keys.append(spelled.lower())  # "wang wei": the surname is a word of its own, as "Anna Wang"'s
    if invitee.outlet:
        keys.append(fold_latin(invitee.outlet))
    return keys


def _rank(invitee: Invitee, term: str) -> int | None:
    """0 when a key (or a word of it) is the term, 1 when one begins with it, 2 when one contains it; None when none
    matches. As in the contacts' search, a Latin term shorter than ``SHORT_TERM`` matches only where
    a key begins (a Chinese character matches anywhere: Chinese has no spaces between words)."""
    anywhere = len(term) >= SHORT_TERM or has_chinese(term)
    best = None
    for key in _keys(invitee):
        if any(word == term for word in key.split()):
            return 0
        begins = any(word.startswith(term) for word in key.split())
        for candidate in (key, key.replace(" ", "")):
            if candidate == term:
                return 0
            rank = (
                1 if begins or candidate.startswith(term) else 2 if anywhere and term in candidate else None
            )
            if rank is not None and (best is None or rank < best):
                best = rank
    return best


def find(invitees: list[Invitee], text: str) -> list[Invitee]:
    """The invitees ``text`` names, best first: a whole name, pinyin or initials, then names beginning
    with it, then names containing it; within each, those expected (accepted, not yet in) before the
    rest, then by name (Chinese by pinyin). An empty text gives everyone in that order."""
    term = fold_latin(" ".join(text.split())).replace(" ", "")

    def expected(i: Invitee) -> int:
        return 0 if i.status is RsvpStatus.ACCEPTED and not i.checked_in else 1

    if not term:
        return sorted(invitees, key=lambda i: (expected(i), sort_key(i.name), i.id))
    ranked = [(rank, i) for i in invitees if (rank := _rank(i, term)) is not None]
    ranked.sort(key=lambda pair: (pair[0], expected(pair[1]), sort_key(pair[1].name), pair[1].id))
    return [i for _rank_, i in ranked]
