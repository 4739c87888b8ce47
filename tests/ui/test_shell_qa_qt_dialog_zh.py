"""Qt's own file dialog is all Chinese in zh_CN: the strings Qt's qtbase_zh_CN catalogue lacks come
from commdesk's supplement (resources/translations/commdesk_qt_zh_CN.ts), and file sizes, which Qt
writes with the system locale, follow the interface language chosen before the QApplication is made."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QFileDialog, QLabel, QTreeView

from commdesk.translations import install

ROOT = Path(__file__).resolve().parents[2]
ENGLISH = re.compile(r"[A-Za-z]{2,}")


def test_supplement_is_complete():
    ts = ROOT / "resources" / "translations" / "commdesk_qt_zh_CN.ts"
    messages = list(ET.parse(ts).getroot().iter("message"))
    assert messages
    for msg in messages:
        tr = msg.find("translation")
        assert tr is not None and tr.get("type") is None and (tr.text or "").strip(), msg.findtext("source")
        assert not ENGLISH.search(tr.text.replace("&", ""))


def test_file_dialog_speaks_chinese(qtbot, tmp_path):
    (tmp_path / "folder").mkdir()
    (tmp_path / "small.txt").write_text("190 bytes, more or less")
    install("zh_CN")
    try:
        assert QCoreApplication.translate("QFileDialog", "&Look in:") == "查找范围(&L)："
        assert not ENGLISH.search(QCoreApplication.translate("QFileDialog", "Files of &type:"))
        dlg = QFileDialog(None, "x", str(tmp_path))
        dlg.setOption(QFileDialog.Option.DontUseNativeDialog, True)
        qtbot.addWidget(dlg)
        dlg.resize(900, 500)
        dlg.show()
        texts = [
            w.text() for w in dlg.findChildren(QLabel) + dlg.findChildren(QAbstractButton) if w.isVisible()
        ]
        assert texts and [t for t in texts if ENGLISH.search(t)] == []
        assert [dlg.findChild(QComboBox, "fileTypeCombo").itemText(0)] == ["所有文件 (*)"]
        view = dlg.findChild(QTreeView, "treeView")
        model = view.model()
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) == 2)
        root = view.rootIndex()
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount(root))]
        assert [h for h in headers if ENGLISH.search(str(h))] == []
        folder = next(model.index(r, 0, root) for r in range(2) if model.index(r, 0, root).data() == "folder")
        assert model.index(folder.row(), 2, root).data() == "文件夹"  # the type column
    finally:
        install("en")


def test_file_sizes_follow_the_interface_language(tmp_path):
    script = textwrap.dedent("""
        import argparse, sys
        from commdesk.app import make_qapp, qt_system_language
        qt_system_language(argparse.Namespace(lang=sys.argv[1]))
        app = make_qapp()
        from PySide6.QtCore import QLocale
        print(QLocale.system().formattedDataSize(190))
    """)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "LANG": "en_US.UTF-8",
        "LANGUAGE": "",
        "XDG_CONFIG_HOME": str(tmp_path),
    }
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    out = {
        lang: subprocess.run(
            [sys.executable, "-c", script, lang], env=env, capture_output=True, text=True, check=True
        ).stdout.strip()
        for lang in ("zh_CN", "en")
    }
    assert out == {"zh_CN": "190 字节", "en": "190 bytes"}
