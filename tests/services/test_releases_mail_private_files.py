"""Every file the releases and mail areas write — text, HTML and
PDF exports, a release's .eml files, the outbox's .eml export, the mailer's .eml files without an
account, and the unsaved-draft recovery copies — is owner-only (0600, its new folder 0700) even
under the usual umask 022, and no temporary file is left beside it."""

from __future__ import annotations

import os
import stat
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
import tests.support.smtp as loopback
from tests.support.outbox import configure

from commdesk.core.contacts.records import ContactRecord, Email
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.recovery import RELEASE_DRAFTS
from commdesk.core.releases.workflow import Action
from commdesk.services.contacts.lists import ContactListService
from commdesk.services.contacts.service import ContactService
from commdesk.services.mail.sending import ReleaseMailer
from commdesk.services.releases.export import ReleaseExportService
from commdesk.services.releases.service import ReleaseService

smtp_certificate, smtp_server_factory, smtp_server = (
    loopback.smtp_certificate,
    loopback.smtp_server_factory,
    loopback.smtp_server,
)
pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a Linux/macOS matter")


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def umask_022():
    old = os.umask(0o022)
    yield
    os.umask(old)


def _approved(ctx, people, as_person) -> int:
    ctx.clock = lambda: datetime(2026, 3, 10, 2, 0, tzinfo=UTC)
    contact = ctx.service(ContactService).create(
        ContactRecord(
            full_name="王伟", outlet="新华社", language="zh", emails=[Email("work", "wang@media.example.cn")]
        )
    )
    lists = ctx.service(ContactListService)
    press = lists.create_static("媒体")
    lists.add(press.id, [contact.id])
    svc = ctx.service(ReleaseService)
    as_person(people["officer"])
    r = svc.create(
        ReleaseEdit(
            ReleaseContent(
                title="新平台上线",
                body_markdown="平台今日上线。",
                dateline_city="上海",
                dateline_date=date(2026, 3, 10),
                language="zh",
            ),
            reviewer_ids=(people["reviewer"].id,),
            lists=((press.id, "媒体"),),
        )
    )
    svc.act(r.id, Action.SUBMIT, note="请审")
    as_person(people["reviewer"])
    svc.act(r.id, Action.APPROVE)
    as_person(people["officer"])
    return r.id


def test_every_export_and_recovery_copy_is_owner_only_under_umask_022(
    ctx, people, as_person, smtp_server, tmp_path, umask_022
):
    release_id = _approved(ctx, people, as_person)
    out = tmp_path / "out"
    out.mkdir()
    exporter = ctx.service(ReleaseExportService)
    written = [exporter.export(release_id, out / f"release.{fmt}", fmt) for fmt in ("txt", "html", "pdf")]
    written += exporter.export_eml(release_id, out)  # Export -> .eml / releases eml
    mailer = ctx.service(ReleaseMailer)
    no_account = tmp_path / "no-account"
    no_account.mkdir()
    written += mailer.save_eml(release_id, no_account)  # Send to lists without an account
    as_person(people["admin"])
    outbox = configure(ctx, smtp_server, tmp_path)
    as_person(people["officer"])
    ids = mailer.send_to_lists(release_id)
    from_outbox = tmp_path / "outbox"
    from_outbox.mkdir()
    written += outbox.export_eml(ids, from_outbox)  # outbox export --folder
    release = ctx.service(ReleaseService).get(release_id)
    recovery = tmp_path / "data" / "recovery"  # a folder that does not exist yet
    written.append(
        RELEASE_DRAFTS.store(recovery).save(
            release_id,
            release.edit(),
            saved_at=datetime(2026, 3, 10, 2, 0, tzinfo=UTC),
            base_version=release.version,
        )
    )

    assert len(written) == 7
    for path in written:
        assert path.exists() and _mode(path) == 0o600, path
    assert _mode(recovery) == 0o700 and _mode(recovery.parent) == 0o700
    assert (out / "release.txt").read_text(encoding="utf-8").count("平台今日上线") == 1
    for folder in (out, no_account, from_outbox, recovery):  # nothing half-written left behind
        assert not [p for p in folder.iterdir() if p.name.startswith(".") or p.suffix == ".part"], folder
