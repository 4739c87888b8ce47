"""Mail without Qt and without a database: accounts, subjects, composing, SMTP transport.

The outbox (queue, worker, records) builds on these; nothing here stores or logs a password.
Import the module you need (``commdesk.core.mail.compose``, ``.transport`` ...): the package itself
imports nothing, so that a screen needing one label does not load SMTP and MIME.
"""
