"""The server's four-eyes rules for what is reviewed before it leaves the organisation, written once
for every kind of reviewed record: releases, and the review engine's items (posts, announcements,
event invitations). ``server_security.apply`` creates the functions and triggers made here.

Per kind (``FourEyes``), four functions, each fired by triggers of the same name:

- the approval guard: an approval is the connected reviewer's, of the current version, neither by
  the author nor by the last editor; never deleted, never changed, only voided once;
- the record guard: a new record is written by the person connected; its author never changes;
  the last editor is the person connected;
- the approved check (at the commit): the record is in a state in which it leaves the
  organisation only with enough valid approvals of its current text;
- the history guard: revisions, steps (and comments) are written in the connected person's name,
  never changed.

What differs between the kinds (who may approve, how many approvals are enough, the words of the
refusals) is a field of ``FourEyes``; releases' own extra rule (content changes with the hash,
checked at the commit) stays in ``server_security``.
"""

from __future__ import annotations

from dataclasses import dataclass

from commdesk.core.review import gate
from commdesk.core.review.kinds import Kind
from commdesk.persistence.server_sql import (
    AT_COMMIT,
    BEFORE,
    GUARD,
    MAINTAINER_PASSES,
    ME,
    refuse,
    trigger_function,
)


def _if(condition: object, sql: str) -> str:
    return sql if condition else ""


@dataclass(frozen=True)
class FourEyes:
    """One kind of reviewed record, as its server rules name and word it (SQL fragments are
    trusted constants of this module, never user input)."""

    table: str  # the reviewed records
    parent: str  # the column of its approvals, revisions and steps naming the record
    approvals: str
    revisions: str
    stamped: tuple[tuple[str, str], ...]  # history tables and the person column they stamp (actor)
    approval_guard: str  # function and trigger names (kept as first made: upgrades replace them)
    record_guard: str
    approved_check: str
    history_guard: str
    noun: str  # "a release"
    word: str  # "release"
    what_is_approved: str  # "only a reviewer approves {what_is_approved}"
    missing: str  # "there is no such {missing}"
    leaving: tuple[str, ...]  # the states in which it may leave the organisation
    enough: str  # SQL: the valid approvals of ``cur``'s current text are enough
    not_enough: str  # the refusal when they are not
    new_is: str  # SQL (after the author and last editor): what else a new record must be
    new_message: str
    fixed: tuple[str, ...]  # columns never changed
    fixed_message: str
    history_of: str  # "{history_of} history: written once, never changed"
    chosen_reviewers: str | None = None  # a table of the reviewers chosen per record, if only they approve
    approved_in: str | None = None  # the state an approval is given in, if only one
    once_per_text: bool = False  # one approval per reviewer and text
    hash_by_last_editor: bool = False  # a content hash changes only with the last editor (else at commit)
    keeps_approval: bool = False  # an update in a leaving state with the same text is not re-checked

    def functions(self, schema: str, path: str) -> list[str]:
        """The four functions (``CREATE OR REPLACE``) in ``schema`` with ``path`` as their search path."""
        return [
            self._approval_guard(schema, path),
            self._record_guard(schema, path),
            self._approved_check(schema, path),
            self._history_guard(schema, path),
        ]

    def triggers(self) -> tuple[tuple[str, str, str, str, bool], ...]:
        """(trigger, table, events, function, deferred to the commit)."""
        return (
            (self.approval_guard, self.approvals, GUARD, self.approval_guard, BEFORE),
            (self.record_guard, self.table, GUARD, self.record_guard, BEFORE),
            (self.approved_check, self.table, "AFTER INSERT OR UPDATE", self.approved_check, AT_COMMIT),
            (self.approved_check, self.approvals, "AFTER UPDATE", self.approved_check, AT_COMMIT),
            *(
                (self.history_guard, table, GUARD, self.history_guard, BEFORE)
                for table in (self.revisions, *(t for t, _ in self.stamped))
            ),
        )

    def _approval_guard(self, s: str, path: str) -> str:
        chosen = _if(
            self.chosen_reviewers,
            f"""  IF NOT EXISTS (SELECT 1 FROM {self.chosen_reviewers} WHERE {self.parent} = cur.id AND person_id = me.id) THEN
    {refuse(f"only a reviewer chosen for the {self.word} approves it")}
  END IF;
""",
        )
        state = _if(
            self.approved_in,
            f"""  IF cur.state IS DISTINCT FROM '{self.approved_in}' THEN
    {refuse(f"only {self.noun} in review is approved")}
  END IF;
""",
        )
        once = _if(
            self.once_per_text,
            f"""  IF EXISTS (SELECT 1 FROM {self.approvals} a WHERE a.{self.parent} = cur.id AND a.reviewer_id = me.id
               AND a.voided_at IS NULL AND a.content_hash = cur.content_hash) THEN
    {refuse("a second approval of the same text is someone else''s")}
  END IF;
""",
        )
        body = f"""{MAINTAINER_PASSES}  IF TG_OP = 'DELETE' THEN
    {refuse("approvals are never deleted; they are voided")}
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF (NEW.id, NEW.{self.parent}, NEW.reviewer_id, NEW.reviewer_name, NEW.content_hash, NEW.revision,
        NEW.at, NEW.note) IS DISTINCT FROM
       (OLD.id, OLD.{self.parent}, OLD.reviewer_id, OLD.reviewer_name, OLD.content_hash, OLD.revision,
        OLD.at, OLD.note)
       OR (OLD.voided_at IS NOT NULL
           AND (NEW.voided_at, NEW.voided_reason) IS DISTINCT FROM (OLD.voided_at, OLD.voided_reason))
       OR (NEW.voided_at IS NULL AND NEW.voided_reason IS DISTINCT FROM OLD.voided_reason) THEN
      {refuse("an approval is never changed, only voided")}
    END IF;
    RETURN NEW;
  END IF;
  {ME}
  IF NEW.reviewer_id IS DISTINCT FROM me.id THEN
    {refuse("an approval is given in the name of the person connected, never someone else''s")}
  END IF;
  IF NOT 'reviewer' = ANY (string_to_array(me.roles, ',')) THEN
    {refuse(f"only a reviewer approves {self.what_is_approved}")}
  END IF;
  IF NEW.voided_at IS NOT NULL THEN
    {refuse("a new approval is not voided")}
  END IF;
  SELECT * INTO cur FROM {self.table} WHERE id = NEW.{self.parent};
  IF NOT FOUND THEN
    {refuse(f"there is no such {self.missing}", "23503")}
  END IF;
{chosen}{state}  IF cur.author_id = me.id THEN
    {refuse(f"the author of {self.noun} does not approve it (four eyes)")}
  END IF;
  SELECT editor_id INTO last_editor FROM {self.revisions}
    WHERE {self.parent} = cur.id ORDER BY number DESC LIMIT 1;
  IF cur.last_editor_id = me.id OR last_editor = me.id THEN
    {refuse(f"the last editor of {self.noun} does not approve it (four eyes)")}
  END IF;
  IF (NEW.content_hash, NEW.revision) IS DISTINCT FROM (cur.content_hash, cur.revision) THEN
    {refuse(f"an approval is of the {self.word}''s current version")}
  END IF;
{once}  NEW.reviewer_name := me.name;
  RETURN NEW;
"""
        return trigger_function(
            s,
            path,
            self.approval_guard,
            body,
            ("me people%ROWTYPE", f"cur {self.table}%ROWTYPE", "last_editor integer"),
        )

    def _record_guard(self, s: str, path: str) -> str:
        fixed = ", ".join(f"NEW.{c}" for c in self.fixed), ", ".join(f"OLD.{c}" for c in self.fixed)
        content = _if(
            self.hash_by_last_editor,
            f"""  IF NEW.content_hash IS DISTINCT FROM OLD.content_hash AND NEW.last_editor_id IS DISTINCT FROM me.id THEN
    {refuse(f"whoever changes {self.noun}''s content is its last editor")}
  END IF;
""",
        )
        body = f"""{MAINTAINER_PASSES}  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  {ME}
  IF TG_OP = 'INSERT' THEN
    IF NEW.author_id IS DISTINCT FROM me.id OR NEW.last_editor_id IS DISTINCT FROM me.id{self.new_is} THEN
      {refuse(self.new_message)}
    END IF;
    RETURN NEW;
  END IF;
  IF ({fixed[0]}) IS DISTINCT FROM ({fixed[1]}) THEN
    {refuse(self.fixed_message)}
  END IF;
  IF NEW.last_editor_id IS DISTINCT FROM OLD.last_editor_id AND NEW.last_editor_id IS DISTINCT FROM me.id THEN
    {refuse(f"the last editor of {self.noun} is the person connected")}
  END IF;
{content}  RETURN NEW;
"""
        return trigger_function(s, path, self.record_guard, body, ("me people%ROWTYPE",))

    def _approved_check(self, s: str, path: str) -> str:
        leaving = ", ".join(f"'{state}'" for state in self.leaving)
        kept = _if(
            self.keeps_approval,
            f"""  IF TG_TABLE_NAME = '{self.table}' AND TG_OP = 'UPDATE' AND OLD.state = ANY (leaving)
     AND OLD.content_hash IS NOT DISTINCT FROM cur.content_hash THEN
    RETURN NULL;  -- approved before, the same text
  END IF;
""",
        )
        body = f"""  IF commdesk_team_maintainer() THEN
    RETURN NULL;
  END IF;
  IF TG_TABLE_NAME = '{self.table}' THEN
    SELECT * INTO cur FROM {self.table} WHERE id = NEW.id;
  ELSE
    SELECT * INTO cur FROM {self.table} WHERE id = NEW.{self.parent};
  END IF;
  IF NOT FOUND OR NOT cur.state = ANY (leaving) THEN
    RETURN NULL;
  END IF;
{kept}  IF NOT ({self.enough}) THEN
    {refuse(self.not_enough)}
  END IF;
  RETURN NULL;
"""
        return trigger_function(
            s,
            path,
            self.approved_check,
            body,
            (f"cur {self.table}%ROWTYPE", f"leaving text[] := ARRAY[{leaving}]"),
        )

    def _history_guard(self, s: str, path: str) -> str:
        stamps = "".join(
            f"""  ELSIF TG_TABLE_NAME = '{table}' THEN
    NEW.{who}_id := me.id;
    NEW.{who}_name := me.name;
"""
            for table, who in self.stamped
        )
        body = f"""{MAINTAINER_PASSES}  IF TG_OP <> 'INSERT' THEN
    RAISE EXCEPTION USING ERRCODE = '42501',
      MESSAGE = format('%s is {self.history_of} history: written once, never changed', TG_TABLE_NAME);
  END IF;
  {ME}
  IF TG_TABLE_NAME = '{self.revisions}' THEN
    IF NEW.editor_id IS DISTINCT FROM me.id THEN
      {refuse("a revision is saved by the person connected")}
    END IF;
    NEW.editor_name := me.name;
{stamps}  END IF;
  RETURN NEW;
"""
        return trigger_function(s, path, self.history_guard, body, ("me people%ROWTYPE",))


def _leaving(*kinds: str) -> tuple[str, ...]:
    """The states the gate lets these kinds leave in (the same for each of them), from the core."""
    states = {gate.leaving_states(kind) for kind in kinds}
    assert len(states) == 1, kinds  # one check per table: its kinds leave in the same states
    return tuple(sorted(states.pop()))


#: Releases: approved by a reviewer chosen for the release, as its review rule asks (any one of
#: them, or all); a content change is checked at the commit (``commdesk_release_content_check``),
#: as the application saves a release in several statements.
RELEASES = FourEyes(
    table="releases",
    parent="release_id",
    approvals="release_approvals",
    revisions="release_revisions",
    stamped=(("release_steps", "actor"),),
    approval_guard="commdesk_approval_guard",
    record_guard="commdesk_release_guard",
    approved_check="commdesk_release_approved_check",
    history_guard="commdesk_release_history_guard",
    noun="a release",
    word="release",
    what_is_approved="a release",
    missing="release",
    leaving=_leaving(gate.RELEASE),
    enough="""CASE WHEN cur.review_rule = 'all' THEN
      EXISTS (SELECT 1 FROM release_reviewers WHERE release_id = cur.id)
      AND NOT EXISTS (
        SELECT 1 FROM release_reviewers r WHERE r.release_id = cur.id AND NOT EXISTS (
          SELECT 1 FROM release_approvals a WHERE a.release_id = cur.id AND a.reviewer_id = r.person_id
            AND a.voided_at IS NULL AND a.content_hash = cur.content_hash))
    ELSE EXISTS (SELECT 1 FROM release_approvals a WHERE a.release_id = cur.id AND a.voided_at IS NULL
                   AND a.content_hash = cur.content_hash) END""",
    not_enough="a release is approved only by the approval of its current text (four eyes)",
    new_is="",
    new_message="a new release is written by the person connected",
    fixed=("author_id",),
    fixed_message="the author of a release is never changed",
    history_of="a release''s",
    chosen_reviewers="release_reviewers",
    keeps_approval=True,
)

#: The review engine's items: approved in review, once per reviewer and text, by as many distinct
#: reviewers (neither author nor last editor) as the setting ``review.reviewers.<kind>`` asks (1 or 2).
REVIEWS = FourEyes(
    table="review_items",
    parent="review_id",
    approvals="review_approvals",
    revisions="review_revisions",
    stamped=(("review_steps", "actor"), ("review_comments", "author")),
    approval_guard="commdesk_review_approval_guard",
    record_guard="commdesk_review_item_guard",
    approved_check="commdesk_review_approved_check",
    history_guard="commdesk_review_history_guard",
    noun="an item",
    word="item",
    what_is_approved="what speaks for the organisation",
    missing="item in review",
    leaving=_leaving(*Kind),
    enough="""(SELECT count(DISTINCT a.reviewer_id) FROM review_approvals a
       WHERE a.review_id = cur.id AND a.voided_at IS NULL AND a.content_hash = cur.content_hash
         AND a.reviewer_id <> cur.author_id AND a.reviewer_id <> cur.last_editor_id)
      >= COALESCE((SELECT CASE WHEN value::jsonb #>> '{}' = '2' THEN 2 ELSE 1 END
                   FROM settings WHERE key = 'review.reviewers.' || cur.kind), 1)""",
    not_enough="an item is approved only by approvals of its current text (four eyes)",
    new_is=" OR NEW.state IS DISTINCT FROM 'draft' OR NEW.approved_revision IS NOT NULL",
    new_message="a new item in review is a draft written by the person connected",
    fixed=("author_id", "kind", "item_id"),
    fixed_message="the author and the item of a review are never changed",
    history_of="a review''s",
    approved_in="in_review",
    once_per_text=True,
    hash_by_last_editor=True,
)

#: Every kind of reviewed record the server guards.
KINDS = (RELEASES, REVIEWS)
