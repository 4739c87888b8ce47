"""The one publishing calendar, without Qt or a database: what an entry is (``entries``), which
days a month, a week or a list shows and how a day's overlapping entries share it (``layout``), the
``.ics`` feed (``feed``) and the printable calendar (``document``). The entries themselves are
gathered from each area's service by ``services/calendar``."""
