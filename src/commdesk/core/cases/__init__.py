"""The cases desk without Qt or a database: hotline calls, feedback, complaints, media inquiries.

Modules, each one job:

* ``workflow``   channels, statuses and their transitions, priorities, complaint grades and who may
                 decide at each grade (HL-4, FB-4, CR-3)
* ``reference``  a case's reference (``CD-2026-000123``): made, put into a subject, found in a reply's
* ``clocks``     the service clocks (first response, next update, resolution) in working time on the
                 organisation's working calendar, paused while the case waits for the other side
                 (HL-2, FB-2, P-1)
"""
