"""The contacts area's repositories: each module one responsibility, each function taking a Session
that it flushes, never commits (the service's unit of work does).

- ``rows``: records <-> contact rows (derived search and sort columns, e-mails, phones, beats,
  outlets); the search keys follow every write of a row;
- ``search_keys``: the short-term keys that find a contact by one or two characters;
- ``queries``: a ContactQuery as SQL (search, filters, smart lists, order) and its pages;
- ``bulk``: an import's writes (``ContactBulkWriter``);
- ``details``, ``outlets``, ``lists``, ``history``, ``merges``, ``matching``: rows by id and what
  a detail shows; outlets; distribution lists; interactions and do-not-contact; merges and
  erasure; finding likely matches (import, duplicates).
"""
