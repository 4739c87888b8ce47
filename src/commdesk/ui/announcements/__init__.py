"""Internal announcements: the list, the editor, the review (submit, approve, return with comments,
the changes since approval) and the send to the subscription lists."""
