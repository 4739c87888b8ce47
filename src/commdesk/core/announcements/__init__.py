"""Internal announcements (AN-1..4): an owner, an audience of subscription lists, a priority, a
subject and a text; reviewed by the review engine (``core.review``) before they are sent."""
