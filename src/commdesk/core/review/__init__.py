"""The one review workflow for everything that speaks for the organisation (issue 17, AN-4, P-6).

Social posts, internal announcements and event invitations go through the same states and the same
four eyes; press releases keep their own tables and workflow but leave by the same gate
(:mod:`commdesk.core.review.gate`). Pure rules only: :mod:`.kinds` (what can be reviewed),
:mod:`.workflow` (states, actions, four eyes, two reviewers), :mod:`.content` (the content hash and
the diff of a kind's fields), :mod:`.gate` (whether an item may leave, and when a queued message is
held). ``services.review`` applies them.
"""
