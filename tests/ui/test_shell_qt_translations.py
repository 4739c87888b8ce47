"""Qt's own dialogs speak Chinese with the interface: buttons, file dialog, colour names, sizes."""

from __future__ import annotations

from PySide6.QtCore import QLibraryInfo, QLocale
from PySide6.QtWidgets import QColorDialog, QDialogButtonBox, QFileDialog, QLabel

from commdesk.translations import install, qt_translation_dirs


def test_qt_catalogue_is_found():
    dirs = qt_translation_dirs(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    assert dirs and any(__import__("pathlib").Path(d, "qtbase_zh_CN.qm").exists() for d in dirs)
    assert qt_translation_dirs("/nonexistent")  # a bundle whose Qt points elsewhere still finds them


def test_qt_dialogs_in_chinese(qtbot):
    install("zh_CN")
    try:
        box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel | QDialogButtonBox.StandardButton.Save)
        qtbot.addWidget(box)
        assert box.button(QDialogButtonBox.StandardButton.Cancel).text() == "取消"
        assert "字节" in QLocale().formattedDataSize(500)
        colours = QColorDialog()
        colours.setOption(QColorDialog.ColorDialogOption.DontUseNativeDialog)
        qtbot.addWidget(colours)
        texts = " ".join(label.text() for label in colours.findChildren(QLabel))
        assert "红" in texts and "Red" not in texts
        files = QFileDialog()
        files.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(files)
        texts = " ".join(label.text() for label in files.findChildren(QLabel))
        assert "文件" in texts and "File name" not in texts
    finally:
        install("en")
