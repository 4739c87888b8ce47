"""Shared set-up for outbox tests: an account on the loopback test server, trusted through the
organisation-CA setting, with the password in the (test) keyring."""

from __future__ import annotations

from pathlib import Path

from tests.support.smtp import PASSWORD

from commdesk.core.mail.attachment import Attachment
from commdesk.core.mail.compose import Delivery, Draft
from commdesk.core.mail.merge import Recipient
from commdesk.services.mail.account import MailAccountService
from commdesk.services.mail.outbox import OutboxService


def configure(ctx, server, tmp_path: Path, password: str | None = PASSWORD, **overrides) -> OutboxService:
    ca = tmp_path / "org-ca.pem"
    ca.write_bytes(server.client_ssl_context.get_ca_certs(binary_form=False) and _pem(server))
    accounts = ctx.service(MailAccountService)
    accounts.save_account(server.account(**overrides), ca_file=str(ca))
    if password is not None:
        accounts.set_password(password)
    return ctx.service(OutboxService)


def _pem(server) -> bytes:
    import ssl

    der = server.client_ssl_context.get_ca_certs(binary_form=True)[0]
    return ssl.DER_cert_to_PEM_cert(der).encode()


def recipients(n: int) -> list[Recipient]:
    names = ["张三", "李四", "王五", "赵六", "Chris Lee", "Anna Berg", "孙七", "周八"]
    return [
        Recipient(
            f"r{i}@example.org",
            names[i % len(names)],
            f"尊敬的{names[i % len(names)]}",
            "新华社",
            key=100 + i,
        )
        for i in range(n)
    ]


def release_draft(n: int = 3) -> Draft:
    return Draft(
        "【品牌传播部】新品发布新闻稿-20261201",
        "{{ salutation }}：\n\n附件为新闻稿全文，敬请参阅。",
        recipients(n),
        Delivery.PERSONAL,
        attachments=[Attachment("新闻稿-新品发布-20261201.pdf", b"%PDF-1.4 release")],
    )


def held_announcement(ctx, people, server, tmp_path: Path, subject: str, text: str, edited: str) -> int:
    """An announcement 李明 (``people["officer"]``) owns, approved by 王芳, queued to one subscribed
    member, then edited: its copy is held. Returns the announcement's id; ctx acts as the officer."""
    from commdesk.services.announcements import AnnouncementService
    from commdesk.services.staff.service import StaffService

    configure(ctx, server, tmp_path)
    staff = ctx.service(StaffService)
    lst = staff.save_list("全员通知", "All staff")
    staff.subscribe(staff.add_member("赵六", "zhao@example.org", "办公室").id, lst.id)
    svc = ctx.service(AnnouncementService)
    ctx.current = lambda: people["officer"]
    a = svc.create(subject, text, "normal", [lst.id])
    svc.submit(a.id, svc.get(a.id).review.version)
    ctx.current = lambda: people["reviewer"]
    svc.approve(a.id, svc.get(a.id).review.version)
    ctx.current = lambda: people["officer"]
    svc.send(a.id)
    svc.save(a.id, svc.get(a.id).version, subject, edited, "normal", [lst.id])
    return a.id
