"""Contacts: people, lists, merging, import and export."""
