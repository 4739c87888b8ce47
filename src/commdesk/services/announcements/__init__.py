"""Internal announcements (AN-1..4): written by officers, reviewed through the review engine
(``services.review``), sent to subscription lists of the staff directory (``services.staff``)."""

from commdesk.services.announcements.service import (
    Announcement,
    AnnouncementService,
    AudienceLine,
    SendOutcome,
)

__all__ = ["Announcement", "AnnouncementService", "AudienceLine", "SendOutcome"]
