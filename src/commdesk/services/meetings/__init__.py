"""Meetings: planning, minutes and series."""
