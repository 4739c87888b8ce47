"""Demo outbox: a mail account (no password), and sent, failed, queued and held messages to example
addresses (held: a release mailing whose release was edited after it was queued)."""

from __future__ import annotations

from datetime import date, timedelta

from commdesk.core.mail.account import SmtpAccount
from commdesk.core.mail.attachment import Attachment
from commdesk.core.mail.compose import Delivery, Draft
from commdesk.core.mail.merge import Recipient
from commdesk.core.releases.gate import HOLD_CHANGED
from commdesk.demo.foundation import demo_person
from commdesk.persistence.repositories.mail import OutboxRepository
from commdesk.services.mail.account import MailAccountService
from commdesk.services.mail.outbox import FAILED, HELD, SENT, OutboxService

ORDER = 40

JOURNALISTS = [
    Recipient("zhang.wei@example.com", "张伟", "尊敬的张老师", "新华社", key="demo-1"),
    Recipient("liu.yang@example.com", "刘洋", "尊敬的刘老师", "第一财经", key="demo-2"),
    Recipient("sun.li@example.net", "孙丽", "尊敬的孙老师", "澎湃新闻", key="demo-3"),
    Recipient("anna.berg@example.net", "Anna Berg", "Dear Ms Berg", "Reuters", key="demo-4"),
    Recipient("tom.hill@example.com", "Tom Hill", "Dear Mr Hill", "Bloomberg", key="demo-5"),
]


def seed(ctx, rng, now) -> dict[str, int]:
    person = demo_person(ctx, "陈静")
    ctx.current = lambda: person
    ctx.service(MailAccountService).save_account(
        SmtpAccount(
            host="smtp.example.org",
            port=587,
            security="starttls",
            user="press@example.org",
            sender_name="品牌传播部 陈静",
            sender_address="press@example.org",
            reply_to="press@example.org",
            signature="陈静\n品牌传播部 · 华信科技有限公司\n电话 +86 21 5555 0100",
            per_minute=30,
        )
    )
    outbox = ctx.service(OutboxService)
    clock = ctx.clock
    ctx.clock = lambda: now - timedelta(days=2)
    sent = outbox.queue(
        Draft(
            "【品牌传播部】智能工厂解决方案发布-" + (now - timedelta(days=2)).strftime("%Y%m%d"),
            "{{ salutation }}：\n\n附件为华信科技智能工厂解决方案发布的新闻稿全文，欢迎报道。\n如需采访，请回复本邮件。",
            JOURNALISTS,
            Delivery.PERSONAL,
            attachments=[Attachment("新闻稿-智能工厂解决方案-发布.pdf", b"%PDF-1.4\n% demo\n")],
        ),
        kind="release",
        follow_up_by=(now + timedelta(days=3)).date(),
    )
    ctx.clock = lambda: now - timedelta(hours=3)
    failed = outbox.queue(
        Draft(
            "【总经理办公室】季度媒体沟通会纪要-" + now.strftime("%Y%m%d"),
            "各位好：\n\n附件为本次媒体沟通会纪要，请查阅。",
            [Recipient("wang.fang@example.org", "王芳"), Recipient("li.ming@example.org", "李明")],
            Delivery.DIRECT,
        ),
        kind="minutes",
    )
    # last week's invitation: the follow-up calls are over (EM-5), made in time to all but one
    ctx.clock = lambda: now - timedelta(days=9)
    invited = outbox.queue(
        Draft(
            "【品牌传播部】年度媒体峰会邀请",
            "{{ salutation }}：\n\n诚邀您出席华信科技年度媒体峰会，请于三日内告知是否出席。",
            JOURNALISTS,
            Delivery.PERSONAL,
        ),
        kind="mail",
        follow_up_by=(now - timedelta(days=6)).date(),
    )
    ctx.clock = clock
    queued = outbox.queue(
        Draft(
            "【重要通知】-新品发布会时间调整",
            "{{ salutation }}：\n\n原定下周三的新品发布会改为下周四上午十点，地点不变。",
            JOURNALISTS[:3],
            Delivery.PERSONAL,
        ),
        kind="mail",
    )
    with ctx.unit_of_work() as uow:
        repo = OutboxRepository(uow.session)
        for n, i in enumerate(sent):
            repo.transition(
                i,
                ("queued",),
                status=SENT,
                attempts=1,
                sending_at=now - timedelta(days=2),
                sent_at=now - timedelta(days=2) + timedelta(seconds=2 * n),
                server_reply=f"250 2.0.0 Ok: queued as 4Q{rng.randrange(10**6, 10**7)}",
            )
        for n, i in enumerate(invited):
            at = now - timedelta(days=9) + timedelta(seconds=2 * n)
            repo.transition(i, ("queued",), status=SENT, attempts=1, sending_at=at, sent_at=at)
        for i in failed:
            repo.transition(
                i,
                ("queued",),
                status=FAILED,
                attempts=1,
                sending_at=now - timedelta(hours=3),
                last_error="The mail server refused all recipients (wang.fang@example.org, "
                "li.ming@example.org): 550 5.1.1 Mailbox unavailable",
            )
    ctx.clock = lambda: now - timedelta(days=7)
    for i in invited[:-1]:
        outbox.confirm_follow_up(i)
    ctx.clock = clock
    held = _held_mailing(ctx, outbox, now)
    return {"outbox messages": len(sent) + len(invited) + len(failed) + len(queued) + len(held)}


def _held_mailing(ctx, outbox, now) -> list[int]:
    """Two messages of a release that was changed after they were queued: the outbox holds them."""
    from commdesk.core.releases.workflow import State
    from commdesk.services.releases.service import ReleaseService

    candidates = [
        r for r in ctx.service(ReleaseService).list() if r.state in (State.IN_REVIEW, State.APPROVED)
    ]
    if not candidates:
        return []
    release = ctx.service(ReleaseService).get(candidates[0].id)
    ids = outbox.queue(
        Draft(
            "【新闻稿】" + release.content.title + "-" + now.strftime("%Y%m%d"),
            "{{ salutation }}：\n\n附件为新闻稿全文（PDF），正文如下。",
            JOURNALISTS[3:],
            Delivery.PERSONAL,
            attachments=[Attachment(f"{release.reference}.pdf", b"%PDF-1.4\n% demo\n")],
        ),
        "releases",
        release.id,
        kind="release",
        source_revision="0" * 64,
    )  # an earlier, approved text
    with ctx.unit_of_work() as uow:
        repo = OutboxRepository(uow.session)
        for i in ids:
            repo.transition(i, ("queued",), status=HELD, held_reason=HOLD_CHANGED)
    return ids


__all__ = ["ORDER", "date", "seed"]
