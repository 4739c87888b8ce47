from commdesk.core.contacts.duplicates import DuplicateIndex, Reason, find_duplicate_groups, likely_duplicates
from commdesk.core.contacts.records import ContactRecord, Email, Phone

R = ContactRecord
POOL = {
    "a": R(full_name="王伟", outlet="新华社", emails=[Email("", "ww@xinhua.example.com", True)]),
    "b": R(full_name="汪伟", outlet="新华社"),
    "c": R(full_name="王伟", outlet="人民日报"),
    "d": R(full_name="John Smith", outlet="Reuters"),
    "e": R(full_name="Jon Smith", outlet="reuters"),
    "f": R(full_name="Smith, John", family_name="Smith", given_name="John", outlet="Reuters"),
    "g": R(full_name="Someone", emails=[Email("", "WW@xinhua.example.com", True)]),
    "h": R(full_name="Y", phones=[Phone("", "+8613912345678", True)]),
    "i": R(full_name="Z", phones=[Phone("", "+8613912345678", True)]),
    "j": R(full_name="John Smith", outlet="BBC"),
}


def test_groups_and_their_reasons():
    groups = {tuple(g.keys): g.reasons for g in find_duplicate_groups(POOL)}
    assert groups == {
        ("a", "b", "g"): {Reason.EMAIL, Reason.PINYIN},
        ("d", "e", "f"): {Reason.SIMILAR_NAME},
        ("h", "i"): {Reason.PHONE},
    }
    assert find_duplicate_groups(POOL)[0].reason_text


def test_likely_duplicates_while_typing():
    matches = likely_duplicates(R(full_name="王伟", outlet="新华社"), POOL)
    assert [m.key for m in matches] == ["a", "b"]
    index = DuplicateIndex(POOL)
    assert {m.key for m in index.find(R(full_name="王伟"))} == {"a", "b", "c"}  # no outlet yet: any outlet
    assert [m.key for m in index.find(R(full_name="x", phones=[Phone("", "+8613912345678")]))] == ["h", "i"]
    assert index.find(R(full_name="Jane Doe", outlet="Reuters")) == []
