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
