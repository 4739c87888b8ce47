"""Media events (MD-2): ``service`` (events, invitees, answers, check-in, follow-up),
``invitations`` (the reviewed invitation through the outbox) and ``replies`` (answers read from
mail replies, for the mail intake)."""
