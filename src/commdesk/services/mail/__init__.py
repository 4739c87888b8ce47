"""Mail: the outbox, the account and what is sent through it."""
