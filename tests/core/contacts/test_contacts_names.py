import pytest

from commdesk.core.contacts.names import join_name, search_keys, sort_key, split_name, to_pinyin


@pytest.mark.parametrize(
    "name, family, given",
    [
        ("王伟", "王", "伟"),
        ("欧阳娜娜", "欧阳", "娜娜"),
        ("司马相如", "司马", "相如"),
        ("诸葛亮", "诸葛", "亮"),
        ("歐陽修", "歐陽", "修"),
        ("司马", "司", "马"),
        ("约翰·史密斯", "史密斯", "约翰"),
        ("John Smith", "Smith", "John"),
        ("Smith, John", "Smith", "John"),
        ("Mary Ann Lee", "Lee", "Mary Ann"),
        ("Madonna", "", "Madonna"),
        ("  王  伟 ", "王", "伟"),
        ("", "", ""),
    ],
)
def test_split_name(name, family, given):
    assert split_name(name) == (family, given)


def test_join_name_follows_the_script():
    assert join_name("王", "伟") == "王伟"
    assert join_name("Smith", "John") == "John Smith"
    assert join_name("", "Madonna") == "Madonna"


@pytest.mark.parametrize(
    "name, pinyin",
    [
        ("王伟", "wang wei"),
        ("单雄信", "shan xiong xin"),
        ("曾国藩", "zeng guo fan"),
        ("解缙", "xie jin"),
        ("仇英", "qiu ying"),
        ("区家明", "ou jia ming"),
        ("尉迟恭", "yu chi gong"),
        ("吕布", "lv bu"),
        ("John Smith", ""),
    ],
)
def test_pinyin_uses_surname_readings(name, pinyin):
    assert to_pinyin(name) == pinyin


def test_search_keys_find_wangwei_by_full_pinyin_and_initials():
    keys = search_keys("王伟")
    assert "wangwei" in keys and "ww" in keys
    assert "lubu" in search_keys("吕布") and "lvbu" in search_keys("吕布")
    assert search_keys("John Smith")[-2:] == ["johnsmith", "js"]
    assert search_keys("单田芳", pinyin="shan tian fang")[1] == "shantianfang"


def test_sort_key_interleaves_chinese_by_pinyin_and_latin_alphabetically():
    names = ["张三", "Anna", "王伟", "Zoe", "李娜", "Bob", "欧阳娜娜", "Émile"]
    assert sorted(names, key=sort_key) == ["Anna", "Bob", "Émile", "李娜", "欧阳娜娜", "王伟", "张三", "Zoe"]
