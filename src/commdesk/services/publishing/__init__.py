"""The social side of the publishing calendar (issue 17, SM-1..4, SM-6): ``posts`` (platforms,
accounts, posts through the review engine, publishing, the weekly cadence, reminders), ``assets``
(the asset library), ``messages`` (comments and messages needing an answer, reply templates, a
complaint made a case) and ``metrics`` (monthly figures, the CSV import, the month's report)."""
