"""The one store for work typed at length (core.drafts): each area's drafts in its own private folder,
one file per record, offered back oldest first; unreadable copies set aside, never lost; copies in an
earlier version's shape rewritten in today's, the newer one kept when both exist."""

from __future__ import annotations

import json
import os
import stat
from datetime import UTC, datetime, timedelta

import pytest

from commdesk.core.drafts import DraftKind
from commdesk.core.meetings.minutes import MINUTES_DRAFTS, MinutesDraft
from commdesk.core.meetings.model import Point
from commdesk.core.releases.content import ReleaseContent
from commdesk.core.releases.records import ReleaseEdit
from commdesk.core.releases.recovery import RELEASE_DRAFTS

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
NOTES = DraftKind("notes", encode=lambda text: text, decode=str)


def test_save_load_list_discard(tmp_path):
    store = NOTES.store(tmp_path / "notes")
    assert store.list() == [] and store.load(1) is None
    store.save(2, "later", saved_at=T0 + timedelta(minutes=5), label="Two", person_id=4, base_version=3)
    store.save(1, "first", saved_at=T0, extra={"cursor": 7})
    store.save(None, "a new record", saved_at=T0 + timedelta(minutes=1))
    assert [(d.key, d.value) for d in store.list()] == [
        ("1", "first"),
        ("new", "a new record"),
        ("2", "later"),
    ]
    two = store.load(2)
    assert (two.area, two.label, two.person_id, two.base_version, two.saved_at) == (
        "notes",
        "Two",
        4,
        3,
        T0 + timedelta(minutes=5),
    )
    assert store.load("1").extra == {"cursor": 7}
    store.save(1, "typed on", saved_at=T0 + timedelta(minutes=9))
    assert store.load(1).value == "typed on" and len(store.list()) == 3  # replaced, not added
    store.discard(1)
    store.discard(99)  # nothing kept: nothing to do
    assert [d.key for d in store.list()] == ["new", "2"]


def test_a_time_without_its_zone_is_refused(tmp_path):
    with pytest.raises(ValueError):
        NOTES.store(tmp_path).save(1, "x", saved_at=datetime(2026, 3, 1, 9, 0))


@pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
def test_drafts_are_private_and_whole(tmp_path):
    old = os.umask(0o022)
    try:
        path = NOTES.store(tmp_path / "recovery" / "notes").save(1, "秘密", saved_at=T0)
    finally:
        os.umask(old)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert [p.name for p in path.parent.iterdir()] == [path.name]


def test_an_unreadable_copy_is_set_aside_and_the_others_offered(tmp_path):
    store = NOTES.store(tmp_path)
    store.save(1, "good", saved_at=T0)
    (tmp_path / "draft-2.json").write_text("{half a fi", encoding="utf-8")
    (tmp_path / "draft-3.json").write_text(
        json.dumps({"key": "3", "saved_at": "2026-03-01T09:00:00"}), encoding="utf-8"
    )
    assert [d.value for d in store.list()] == ["good"]
    assert (tmp_path / "draft-2.damaged").exists() and (tmp_path / "draft-3.damaged").exists()


def test_minutes_and_releases_round_trip(tmp_path):
    minutes = MINUTES_DRAFTS.store(tmp_path / "minutes")
    draft = MinutesDraft(meeting_id=5, notes="第一行\n第二行", points=[Point("要点 🙂", 1)])
    minutes.save("5", draft, label="周例会", saved_at=T0, extra={"item": 1, "seconds": 125, "running": True})
    back = minutes.load(5)
    assert back.value == draft and back.extra["seconds"] == 125 and back.label == "周例会"
    releases = RELEASE_DRAFTS.store(tmp_path / "releases")
    edit = ReleaseEdit(ReleaseContent(title="标题 <b>&", body_markdown="正文"), "Asia/Shanghai", ("wechat",))
    releases.save(7, edit, saved_at=T0, person_id=2, base_version=4)
    again = releases.load(7)
    assert again.value == edit and again.base_version == 4 and again.person_id == 2


def test_copies_an_earlier_version_wrote_are_rewritten_and_none_is_lost(tmp_path):
    from commdesk.core.releases.recovery import edit_to_dict

    folder = tmp_path / "releases"
    RELEASE_DRAFTS.store(folder).save(
        8, ReleaseEdit(ReleaseContent(title="typed after the upgrade")), saved_at=T0
    )
    edit = ReleaseEdit(ReleaseContent(title="升级前的编辑"))
    old = {
        "release_id": 7,
        "base_version": 3,
        "saved_at": T0.isoformat(),
        "person_id": 2,
        "edit": edit_to_dict(edit),
    }
    (folder / "release-7.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    older = {**old, "release_id": 8, "saved_at": (T0 - timedelta(days=1)).isoformat()}
    (folder / "release-8.json").write_text(json.dumps(older, ensure_ascii=False), encoding="utf-8")
    store = RELEASE_DRAFTS.store(folder)  # opening it moves the earlier copies in
    seven = store.load(7)
    assert seven.value == edit and seven.base_version == 3 and seven.person_id == 2 and seven.saved_at == T0
    assert store.load(8).value.content.title == "typed after the upgrade"  # the newer copy of 8 kept
    assert sorted(p.name for p in folder.iterdir()) == ["draft-7.json", "draft-8.json"]
