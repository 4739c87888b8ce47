"""Secrets put into a message only while it is handed to the mail server.

A meeting invitation with a password is stored in the outbox with ``SECRET_MASK`` where the password
goes and a keyring reference (``secret_ref``); ``insert_secret`` makes the copy the server gets. The
outbox, its ``.eml`` export, previews and backups never hold the password. Lower than the outbox
(which calls it while sending) and than the mailers (which put the mask in).
"""

from __future__ import annotations

from commdesk.core.i18n import translate

#: What an invitation carries where the meeting password goes, in the outbox's copy, its .eml export
#: and every preview; ``insert_secret`` replaces it in the copy handed to the server.
SECRET_MASK = "\u25cf\u25cf\u25cf\u25cf\u25cf\u25cf"


def _calendar_with(text: str, secret: str) -> bytes:
    """The iCalendar ``text`` with the mask replaced by ``secret`` in every property (re-escaped and
    re-folded by icalendar, so a folded line or a comma in the password cannot break the file)."""
    import icalendar

    cal = icalendar.Calendar.from_ical(text)
    for component in cal.walk():
        for name, value in list(component.items()):
            if isinstance(value, str) and SECRET_MASK in value:
                component[name] = icalendar.vText(str(value).replace(SECRET_MASK, secret))
    return cal.to_ical()


def insert_secret(msg, secret_ref: str):
    """A copy of ``msg`` with the secret named by ``secret_ref`` (a keyring entry) in place of the mask
    in its calendar parts. Raises a permanent ``MailError`` when the secret is no longer stored."""
    import copy

    from commdesk.core import secrets
    from commdesk.core.mail.transport import MailError

    secret = secrets.lookup(secret_ref)
    if not secret:
        raise MailError(
            translate(
                "Mail",
                "The meeting password is no longer stored on this computer; set it again in the meeting "
                "and send the invitation again.",
            ),
            permanent=True,
        )
    out = copy.deepcopy(msg)
    for part in out.walk():
        kind = part.get_content_type()
        if kind not in ("text/calendar", "application/ics"):
            continue
        content = part.get_content()
        text = content.decode("utf-8") if isinstance(content, bytes) else content
        if SECRET_MASK not in text.replace("\r\n ", "").replace("\n ", ""):
            continue
        filled = _calendar_with(text, secret)
        if kind == "text/calendar":
            part.set_content(
                filled.decode("utf-8"),
                subtype="calendar",
                charset="UTF-8",
                params={"method": part.get_param("method") or "REQUEST"},
            )
        else:
            part.set_content(
                filled,
                maintype="application",
                subtype="ics",
                disposition="attachment",
                filename=part.get_filename() or "invite.ics",
            )
    return out
