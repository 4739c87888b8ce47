"""commdesk: the communications office's desk (media contacts, press releases, meetings)."""

__version__ = "0.1.0"
