"""Mail without Qt and without a database: accounts, subjects, composing, SMTP transport.

The outbox (queue, worker, records) builds on these; nothing here stores or logs a password.
"""

from commdesk.core.mail.account import SmtpAccount, load_password, store_password
from commdesk.core.mail.attachment import Attachment
from commdesk.core.mail.compose import (
    CalendarInvite,
    ComposedMail,
    Delivery,
    Draft,
    check,
    compose,
    to_eml_bytes,
)
from commdesk.core.mail.merge import Recipient
from commdesk.core.mail.subject import build_subject, important_notice
from commdesk.core.mail.transport import (
    Backoff,
    MailError,
    RateLimiter,
    SendResult,
    SmtpTransport,
    test_connection,
)

__all__ = [
    "Attachment",
    "Backoff",
    "CalendarInvite",
    "ComposedMail",
    "Delivery",
    "Draft",
    "MailError",
    "RateLimiter",
    "Recipient",
    "SendResult",
    "SmtpAccount",
    "SmtpTransport",
    "build_subject",
    "check",
    "compose",
    "important_notice",
    "load_password",
    "store_password",
    "test_connection",
    "to_eml_bytes",
]
