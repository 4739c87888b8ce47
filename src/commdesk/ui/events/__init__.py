"""The Events pane (media events, MD-2) and its check-in window for the door."""
