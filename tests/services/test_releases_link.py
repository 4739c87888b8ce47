"""The link between the zh and en versions of one release stays mutual and sensible."""

from __future__ import annotations

import pytest

from commdesk.core.errors import ValidationError
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.services.releases.service import ReleaseService


@pytest.fixture
def svc(ctx, people, as_person):
    as_person(people["officer"])
    return ctx.service(ReleaseService)


def _new(svc, title, language, **kw):
    return svc.create(ReleaseEdit(ReleaseContent(title=title, language=language), **kw))


def _link(svc, release_id, other_id):
    r = svc.get(release_id)
    return svc.save(release_id, r.edit(linked_id=other_id), r.version)


def test_linking_is_mutual_and_moving_it_unlinks_the_old_partner(svc):
    zh, en, en2 = (
        _new(svc, "华信发布", "zh"),
        _new(svc, "Huaxin launches", "en"),
        _new(svc, "Huaxin, 2nd", "en"),
    )
    _link(svc, zh.id, en.id)
    assert svc.get(zh.id).linked_id == en.id and svc.get(en.id).linked_id == zh.id
    assert svc.get(zh.id).revision == 1, "a link is not a content change"
    _link(svc, zh.id, en2.id)
    assert svc.get(en2.id).linked_id == zh.id and svc.get(en.id).linked_id is None
    _link(svc, zh.id, None)
    assert svc.get(en2.id).linked_id is None and svc.get(zh.id).linked_id is None


def test_link_at_creation(svc):
    zh = _new(svc, "华信发布", "zh")
    en = _new(svc, "Huaxin launches", "en", linked_id=zh.id)
    assert svc.get(zh.id).linked_id == en.id


def test_link_refuses_self_same_language_missing_and_taken(svc):
    zh, zh2 = _new(svc, "华信发布", "zh"), _new(svc, "另一篇", "zh")
    en = _new(svc, "Huaxin launches", "en")
    with pytest.raises(ValidationError, match="itself"):
        _link(svc, zh.id, zh.id)
    with pytest.raises(ValidationError, match=zh2.reference):
        _link(svc, zh.id, zh2.id)
    with pytest.raises(ValidationError, match="9999"):
        _link(svc, zh.id, 9999)
    _link(svc, en.id, zh.id)
    with pytest.raises(ValidationError, match="already linked"):
        _link(svc, zh2.id, en.id)
    assert svc.get(en.id).linked_id == zh.id and svc.get(zh2.id).linked_id is None
