"""The staff directory and its subscription lists (internal announcements, AN-1..3)."""
