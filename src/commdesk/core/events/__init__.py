"""Media events (MD-2): the event, its invitees and their answers, the RSVP reference mail replies
are matched by, the check-in at the door and the invitation's calendar file. Pure code: the
services (``services.events``) read and write the records and go through the review engine."""
