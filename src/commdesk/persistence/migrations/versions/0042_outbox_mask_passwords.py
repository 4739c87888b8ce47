"""mail: meeting passwords out of the invitations already stored

Revision ID: 0042_outbox_mask_passwords
Revises: 0041_outbox_hold
Create Date: 2026-12-06

Before 0041 an invitation was queued with the meeting password written into its calendar text (the
``Password: …`` / ``密码：…`` line of the description, ``core.meetings.ics``), so the outbox row and
every backup of the database held the password ("secrets stay in the keyring"). This
replaces it with the mask the outbox uses since 0041 in every stored invitation, sent ones included
(the record of what went out need not keep the password), and gives the unsent ones the keyring
entry (``secret_ref``) from which the password is put back only while the message is handed to the
server. The logic is written out here, not imported, so that this revision keeps doing what it did.
"""

from __future__ import annotations

from email import message_from_bytes, policy

import sqlalchemy as sa
from alembic import op

revision = "0042_outbox_mask_passwords"
down_revision = "0041_outbox_hold"
branch_labels = None
depends_on = None

MASK = "\u25cf" * 6  # mail_sending.SECRET_MASK
LABELS = ("Password: ", "密码：")  # the description's password line, in English and in Chinese
CALENDAR_TYPES = ("text/calendar", "application/ics")


def _mask_lines(value: str) -> str:
    lines = value.split("\n")
    for n, line in enumerate(lines):
        for label in LABELS:
            if line.startswith(label) and line[len(label) :] != MASK:
                lines[n] = label + MASK
    return "\n".join(lines)


def mask_calendar(text: str) -> str | None:
    """The iCalendar ``text`` with every password line masked; None when there was none."""
    import icalendar

    cal = icalendar.Calendar.from_ical(text)
    changed = False
    for component in cal.walk():
        for name, value in list(component.items()):
            if isinstance(value, str) and any(label in value for label in LABELS):
                masked = _mask_lines(str(value))
                if masked != str(value):
                    component[name] = icalendar.vText(masked)
                    changed = True
    return cal.to_ical().decode("utf-8") if changed else None


def mask_message(raw: bytes) -> bytes | None:
    """The stored message with the password masked in its calendar parts; None when unchanged."""
    msg = message_from_bytes(raw, policy=policy.default)
    changed = False
    for part in msg.walk():
        kind = part.get_content_type()
        if kind not in CALENDAR_TYPES:
            continue
        content = part.get_content()
        masked = mask_calendar(content.decode("utf-8") if isinstance(content, bytes) else content)
        if masked is None:
            continue
        changed = True
        if kind == "text/calendar":
            part.set_content(
                masked,
                subtype="calendar",
                charset="UTF-8",
                params={"method": part.get_param("method") or "REQUEST"},
            )
        else:
            part.set_content(
                masked.encode("utf-8"),
                maintype="application",
                subtype="ics",
                disposition="attachment",
                filename=part.get_filename() or "invite.ics",
            )
    return msg.as_bytes(policy=msg.policy.clone(linesep="\r\n")) if changed else None


def upgrade() -> None:
    bind = op.get_bind()
    tables = sa.inspect(bind).get_table_names()
    outbox = sa.table(
        "mail_outbox",
        sa.column("id", sa.Integer),
        sa.column("kind", sa.String),
        sa.column("status", sa.String),
        sa.column("raw", sa.LargeBinary),
        sa.column("size", sa.Integer),
        sa.column("related_entity", sa.String),
        sa.column("related_id", sa.String),
        sa.column("secret_ref", sa.String),
    )
    uids: dict[str, str] = {}
    if "meetings" in tables:
        uids = {
            str(i): uid for i, uid in bind.execute(sa.text("SELECT id, uid FROM meetings WHERE has_password"))
        }
    rows = bind.execute(
        sa.select(outbox.c.id, outbox.c.status, outbox.c.raw, outbox.c.related_id, outbox.c.secret_ref).where(
            outbox.c.kind == "invitation"
        )
    ).all()
    for row in rows:
        raw = mask_message(bytes(row.raw))
        if raw is None:
            continue
        values = {"raw": raw, "size": len(raw)}
        if row.status != "sent" and row.secret_ref is None and row.related_id in uids:
            values["secret_ref"] = f"meeting:{uids[row.related_id]}"  # meetings.password_key
        bind.execute(sa.update(outbox).where(outbox.c.id == row.id).values(**values))


def downgrade() -> None:
    """The passwords are not put back: they live in the keyring."""
