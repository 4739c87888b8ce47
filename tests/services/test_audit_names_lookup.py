"""History views name what a stored id points at: the lookup the services hand to ``core.labels``
reads people (inactive ones too), releases by reference and release templates by key, each once."""

from __future__ import annotations

from commdesk.core import labels
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.names import name_lookup
from commdesk.services.releases.service import ReleaseService
from commdesk.services.releases.templates import ReleaseTemplateService


def test_people_releases_and_templates_by_name(ctx, people, as_person):
    as_person(people["officer"])
    release = ctx.service(ReleaseService).create(ReleaseEdit(ReleaseContent(title="新平台")))
    template = ctx.service(ReleaseTemplateService).list()[0]
    names = name_lookup(ctx)
    assert names(labels.PERSON, str(people["reviewer"].id)) == people["reviewer"].name
    assert names(labels.RELEASE, str(release.id)) == release.reference
    assert names(labels.RELEASE_TEMPLATE, template.key)
    assert names(labels.PERSON, "999999") is None and names("unknown kind", "1") is None
    assert (
        labels.value_label("releases", "author_id", str(people["officer"].id), names=names)
        == people["officer"].name
    )


def test_names_are_read_once_per_lookup(ctx, people, as_person):
    from dataclasses import replace

    from commdesk.services.people import PeopleService

    names = name_lookup(ctx)
    officer = people["officer"]
    assert names(labels.PERSON, str(officer.id)) == officer.name
    as_person(people["admin"])
    ctx.service(PeopleService).update(replace(officer, name="Renamed"))
    assert names(labels.PERSON, str(officer.id)) == officer.name  # this view's names stay as read
    assert name_lookup(ctx)(labels.PERSON, str(officer.id)) == "Renamed"  # a new view reads afresh
