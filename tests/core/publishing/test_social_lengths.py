"""A post's length as each platform counts it: X's weighted length (twitter-text v3: weight 1 for
Latin and the like, 2 for the rest, 23 for a URL, 2 for an emoji sequence), Weibo's (a Chinese
character 1, two ASCII characters 1, a link a fixed 10) and the plain count of the others."""

from __future__ import annotations

from math import ceil

from hypothesis import given
from hypothesis import strategies as st

from commdesk.core.publishing.lengths import RULES, WEIBO_URL_LENGTH, check_length, urls_in, weighted_length

X, WEIBO, PLAIN = RULES["twitter"], RULES["weibo"], RULES["plain"]

ascii_words = st.text(alphabet=st.sampled_from("abcdefgABCDEFG 0123456789,;-"), max_size=300)
cjk = st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), max_size=300)
urls = st.builds(
    lambda host, path: f"https://{host}.example.org/{path}",
    st.text(alphabet="abcdefghij", min_size=1, max_size=20),
    st.text(alphabet="abcdefghij0123456789/_-", max_size=80),
)


def test_known_values_of_x():
    assert weighted_length("Hello, world!", X) == 13
    assert weighted_length("中文", X) == 4
    assert weighted_length("a" * 280, X) == 280
    assert weighted_length("汉" * 141, X) == 282  # over X's 280
    assert weighted_length("read https://example.org/a/very/long/path/that/goes/on?x=1 now", X) == 5 + 23 + 4
    assert weighted_length("👨\u200d👩\u200d👧\u200d👦", X) == 2  # a family: one sequence
    assert weighted_length("👍🏽", X) == 2  # with a skin tone
    assert weighted_length("🇨🇳", X) == 2  # a flag
    assert weighted_length("e\u0301", X) == 1  # NFC makes it é
    assert weighted_length("“quoted”", X) == 8  # curly quotes are in the weight-1 range


def test_known_values_of_weibo_and_plain():
    assert weighted_length("中文微博", WEIBO) == 4
    assert weighted_length("ab", WEIBO) == 1
    assert weighted_length("abc", WEIBO) == 2  # half counts round up over the whole text
    assert weighted_length("看 https://example.org/xyz。", WEIBO) == ceil(
        (100 + 50 + WEIBO_URL_LENGTH + 100) / 100
    )
    assert weighted_length("全角，标点", WEIBO) == 5
    assert weighted_length("👨\u200d👩\u200d👧", PLAIN) == 1
    assert weighted_length("cafe\u0301", PLAIN) == 4


def test_a_bare_host_is_a_link_but_an_address_or_a_file_name_is_not():
    assert weighted_length("详见 example.com/news 。", X) == 2 * 2 + 1 + 23 + 1 + 2
    assert [("see example.org/a."[a:b]) for a, b in urls_in("see example.org/a.")] == ["example.org/a"]
    assert urls_in("mail press@example.org") == [] and urls_in("report.pdf, notes.txt") == []


def test_a_sentence_ending_after_a_link_keeps_its_full_stop():
    text = "See https://example.org/news."
    [(start, end)] = urls_in(text)
    assert text[start:end] == "https://example.org/news"


@given(ascii_words)
def test_x_counts_ascii_one_each(text):
    assert weighted_length(text, X) == len(text)


@given(cjk)
def test_x_counts_chinese_two_each_and_weibo_one_each(text):
    assert weighted_length(text, X) == 2 * len(text)
    assert weighted_length(text, WEIBO) == len(text)
    assert weighted_length(text, PLAIN) == len(text)


@given(ascii_words, cjk)
def test_weibo_counts_two_ascii_as_one(latin, chinese):
    assert weighted_length(latin + chinese, WEIBO) == len(chinese) + ceil(len(latin) / 2)


@given(cjk, urls, urls)
def test_a_links_length_does_not_matter_on_x_and_weibo(text, one, other):
    for rule in (X, WEIBO):
        assert weighted_length(f"{text} {one} {text}", rule) == weighted_length(
            f"{text} {other} {text}", rule
        )
    assert weighted_length(f"{text} {one}", X) == 2 * len(text) + 1 + 23


@given(st.text(max_size=200))
def test_any_text_has_a_length_no_longer_than_twice_its_code_points(text):
    for rule in RULES.values():
        n = weighted_length(text, rule)
        assert 0 <= n <= 2 * len(text) + 23 * len(text)
        assert (n == 0) == (text == "")


def test_the_check_names_what_is_over():
    check = check_length("x" * 10, "标题" * 40, "plain", 9, 64)
    assert check.text_over == 1 and check.title_over == 16 and not check.fits
    assert check_length("ok", "", "weibo", 2000, None).fits
    assert check_length("ok", "", "a rule of a newer commdesk", 2, None).text_length == 2  # counted plainly


def test_x_finds_links_as_twitter_text_does():
    """Where X's own rules and a copy of them parted: a short country domain is a link, and a link's
    path stops where Chinese text starts (the words after it count 2 each, as X counts them)."""
    assert weighted_length("x.co", X) == 23
    assert weighted_length("example.cn/新闻", X) == 23 + 2 * 2
    assert weighted_length("详见 https://example.org/路径", X) == 2 * 2 + 1 + 23 + 2 * 2
    notice = "通知 gov.cn/notice "  # 4 + 1 + 23 + 1
    assert check_length(notice + "字" * 125, "", "twitter", 280, None).fits  # 29 + 250 = 279
    assert check_length(notice + "字" * 126, "", "twitter", 280, None).text_over == 1
