"""The Calendar pane: every kind of item on one month, week or list view."""
