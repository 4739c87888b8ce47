"""The Posts pane of the publishing calendar (social posts) and its dialogs."""
