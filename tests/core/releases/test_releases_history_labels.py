"""History views of releases and the outbox read translated names, never column names or
state codes; the areas register them with ``core.labels``."""

from __future__ import annotations

import commdesk.core.mail.labels as outbox_labels
from commdesk.core import labels
from commdesk.core.releases import labels as release_labels
from commdesk.core.releases.workflow import State


def test_release_and_outbox_names_are_registered_and_readable():
    labels.load_area_labels()
    assert labels.field_label("releases", "body_markdown") == "Text"
    assert labels.value_label("releases", "state", "in_review") == State.IN_REVIEW.label
    assert labels.value_label("release_steps", "to_state", "changes_requested") == "Changes requested"
    assert labels.field_label("mail_outbox", "held_reason") == "Why held"
    assert labels.value_label("mail_outbox", "status", "held") == "held"
    assert "no longer approved" in labels.value_label("mail_outbox", "held_reason", "release_changed")
    for entity in ("releases", "release_approvals", "mail_outbox"):
        for name, label in release_labels.field_labels(entity).items():
            assert label and "_" not in label, (entity, name, label)
    assert set(outbox_labels.action_labels()) <= set(release_labels.action_labels())
