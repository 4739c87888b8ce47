"""Encoding names are translated: the Chinese Big5 refusal read
"看起来是 Big5 (Traditional Chinese)"; the wizard's encoding list speaks the user's language too."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from commdesk.core.contacts.importing import ImportFileError, read_table
from commdesk.core.contacts.importing.guards import OTHER_ENCODINGS, encoding_description

ENGLISH = re.compile("Chinese|Traditional|Simplified|Western|European|Japanese|Korean")
BIG5 = Path(__file__).resolve().parents[1] / "fixtures" / "contacts" / "big5_names.csv"


@pytest.fixture
def chinese(qapp):
    from commdesk.translations import install

    install("zh_CN")
    yield
    install("en")


def test_the_big5_refusal_names_the_encoding_in_chinese(chinese):
    with pytest.raises(ImportFileError) as err:
        read_table(BIG5)
    message = str(err.value)
    assert "看起来是 繁体中文 Big5" in message and not ENGLISH.search(message), message


def test_every_encoding_is_described_in_chinese(chinese):
    for code in (*OTHER_ENCODINGS, "gb18030"):
        text = encoding_description(code)
        assert re.search("[\u4e00-\u9fff]", text) and not ENGLISH.search(text), (code, text)


def test_the_wizards_encoding_list_in_chinese(qtbot, app_services, chinese):
    from commdesk.ui.contacts.import_wizard import ImportWizard

    wiz = ImportWizard(app_services)
    qtbot.addWidget(wiz)
    combo = wiz.file_page.encoding
    items = {combo.itemData(i): combo.itemText(i) for i in range(combo.count())}
    assert items["big5"] == "繁体中文 Big5" and items["gb18030"] == "简体中文 GB18030 / GBK"
    assert items["utf-8"] == "UTF-8"
