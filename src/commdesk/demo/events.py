"""Demo media event (MD-2): the company open day, in a few days, accompanying the release that
announces it. Its invitation was written by 李明 and approved by 王芳; the invitation list is the
"新品发布会 2026" list (do-not-contact and address-less contacts left out). The invitations are not
queued: the demo's outbox mails only reserved example domains, and the contacts' addresses are
not all such; pressing Send in the Events pane queues them. Some journalists answered already
(by phone, recorded by hand), one by a reply the intake read."""

from __future__ import annotations

from datetime import time, timedelta
from email.message import EmailMessage

from commdesk.core import timezones as tz
from commdesk.core.events.records import EventEdit, RsvpStatus
from commdesk.demo.foundation import demo_person
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.events.replies import EventReplyService
from commdesk.services.events.review import EventReview
from commdesk.services.events.service import EventService
from commdesk.services.releases.service import ReleaseService

ORDER = 45  # after the contacts' lists (10), the releases (20) and the mail account (40)

ZONE = "Asia/Shanghai"
AGENDA = "13:30 签到\n14:00 致辞：华信科技总裁\n14:20 智能工厂参观\n15:30 媒体问答\n16:00 结束"
BODY = (
    "诚挚邀请您出席华信科技 2026 开放日。届时我们将带您参观位于张江的智能工厂，"
    "介绍华信智联平台 3.0 的最新进展，并安排高管接受采访。"
)


def seed(ctx, rng, now) -> dict[str, int]:
    li, wang = demo_person(ctx, "李明"), demo_person(ctx, "王芳")
    original_clock, original_current = ctx.clock, ctx.current

    def at(days: float, person) -> None:
        ctx.clock = lambda: now + timedelta(days=days)
        ctx.current = lambda: person

    try:
        day = tz.today_in(ZONE, lambda: now) + timedelta(days=5)
        release = next(
            (r for r in ctx.service(ReleaseService).list(search="开放日") if "开放日" in r.title), None
        )
        at(-4, li)
        events = ctx.service(EventService)
        event = events.create(
            EventEdit(
                title="华信科技 2026 开放日",
                starts_at=tz.wall_clock(day, time(13, 30), ZONE),
                ends_at=tz.wall_clock(day, time(16, 0), ZONE),
                zone=ZONE,
                place="上海市浦东新区张江高科技园区 华信科技智能工厂 1 号楼",
                agenda=AGENDA,
                invitation_subject=f"【邀请函】华信科技 2026 开放日-{day:%Y%m%d}",
                invitation_body=BODY,
                release_id=release.id if release is not None else None,
            )
        )
        lists = ctx.service(ContactListService)
        built = events.add_from_lists(event.id, [lists.find("新品发布会 2026").id])
        review = ctx.service(EventReview)
        review.submit(event.id, note="请审阅开放日邀请函。")
        at(-3.8, wang)
        review.approve(event.id, note="同意。")
        invitees = events.invitees(event.id)
        answered = 0
        for n, invitee in enumerate(invitees[:5]):
            at(-3 + n * 0.4, li)
            status = (RsvpStatus.ACCEPTED, RsvpStatus.ACCEPTED, RsvpStatus.TENTATIVE, RsvpStatus.ACCEPTED)[
                n % 4
            ]
            if n == 4:  # a reply the mail intake read
                reply = EmailMessage()
                reply["From"] = invitee.email or "journalist@example.com"
                reply["Subject"] = f"回复：{event.invitation_subject} [RSVP-{invitee.rsvp_token}]"
                reply.set_content(
                    "感谢邀请，那天有采访任务，无法出席。\n\n> 诚挚邀请您出席华信科技 2026 开放日。"
                )
                ctx.service(EventReplyService).record_reply(reply)
            else:
                events.record_answer(invitee.id, status, plus_ones=1 if n == 1 else 0)
            answered += 1
        return {
            "media events": 1,
            "event invitees": len(built.added),
            "event answers": answered,
        }
    finally:
        ctx.clock, ctx.current = original_clock, original_current
