"""Charsets as Chinese mail really uses them: declared too narrowly, not declared, split across
encoded words."""

from __future__ import annotations

import base64

from commdesk.core.mail.charsets import decode_bytes, decode_header_value
from commdesk.core.mail.html_text import html_to_text


def word(text: bytes, charset: str) -> str:
    return f"=?{charset}?B?{base64.b64encode(text).decode()}?="


def test_a_character_split_across_two_encoded_words_survives():
    data = "自动回复：关于新闻发布会".encode("gbk")
    value = word(data[:5], "gbk") + "\r\n " + word(data[5:], "GBK")
    assert decode_header_value(value).text == "自动回复：关于新闻发布会"


def test_white_space_between_encoded_words_goes_but_around_plain_words_stays():
    value = (
        word("王".encode(), "utf-8") + " " + word("芳".encode(), "utf-8") + " <a@b> " + word(b"x", "utf-8")
    )
    assert decode_header_value(value).text == "王芳 <a@b> x"


def test_declared_charsets_are_read_widely():
    assert decode_bytes("朱镕基".encode("gb18030"), "GB2312").text == "朱镕基"
    assert decode_bytes("香港：𨋢".encode("big5hkscs"), "big5").text == "香港：𨋢"
    assert decode_bytes("café €5".encode("cp1252"), "iso-8859-1").text == "café €5"


def test_undeclared_text_is_guessed_and_said():
    gbk = decode_bytes("简体中文的反馈意见，请尽快处理。".encode("gbk"))
    assert gbk.text == "简体中文的反馈意见，请尽快处理。" and gbk.guessed and gbk.encoding == "gb18030"
    big5 = decode_bytes("繁體中文的意見回饋，請盡快處理，謝謝。".encode("big5"))
    assert big5.text == "繁體中文的意見回饋，請盡快處理，謝謝。" and big5.guessed
    utf8 = decode_bytes("中文".encode())
    assert utf8.text == "中文" and utf8.encoding == "utf-8"


def test_a_few_damaged_bytes_are_replaced_not_the_whole_text_misread():
    data = "这是一段完整的中文正文，最后一个字被截断了".encode()[:-1]
    result = decode_bytes(data, "utf-8")
    assert result.text.startswith("这是一段完整的中文正文") and result.replaced and result.encoding == "utf-8"


def test_unknown_charset_name_is_reported():
    result = decode_bytes("你好".encode(), "x-martian")
    assert result.text == "你好" and result.unknown_charset == "x-martian"


def test_html_text_keeps_what_a_reader_sees_only():
    html = (
        "<div>第一行<br>第二行</div><table><tr><td>姓名</td><td>王芳</td></tr></table>"
        "<a href='javascript:steal()'>点这里</a><img src='https://x/y.png' alt='标志'>"
        "<style>.a{}</style><!-- 注释 --><p>&lt;script&gt; 是文字</p>"
    )
    text = html_to_text(html)
    assert text.splitlines()[:2] == ["第一行", "第二行"]
    assert "姓名\t王芳" in text and "点这里" in text and "javascript" not in text
    assert "[标志]" in text and "https://x/y.png" not in text and "注释" not in text
    assert "<script> 是文字" in text
