"""The English command line loads no Qt, yet counts read as English does: "1 case", "3 cases".
The forms come from the English catalogues (the .ts files shipped in resources/translations)."""

from __future__ import annotations

from commdesk.translations import english_plurals


def test_counted_messages_take_their_english_form():
    tr = english_plurals()
    assert tr("CasesPane", "%n case(s)", None, 1) == "1 case"
    assert tr("CasesPane", "%n case(s)", None, 3) == "3 cases"
    assert tr("CasesPane", "%n case(s)", None, 0) == "0 cases"


def test_a_message_without_a_count_or_a_catalogue_entry_is_the_source_text():
    tr = english_plurals()
    assert tr("CLI", "Calendar written to {path}.", None, -1) == "Calendar written to {path}."
    assert tr("Nowhere", "%n thing(s) seen", None, 2) == "2 thing(s) seen"


def test_the_cli_in_english_counts_in_words(run_cli):
    from commdesk.core import i18n

    code, _out, err = run_cli("--lang", "en", "--help", sign_in=False)
    assert code == 0, err
    # the translator the English CLI installs is this Qt-free one
    assert i18n.translate("CasesPane", "%n case(s)", None, 2) == "2 cases"
