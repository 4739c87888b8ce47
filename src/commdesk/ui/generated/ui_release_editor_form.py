# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'release_editor_form.ui'
##
## Created by: Qt User Interface Compiler version 6.12.0
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateEdit,
    QFormLayout, QHBoxLayout, QLabel, QLineEdit,
    QListWidget, QListWidgetItem, QPlainTextEdit, QPushButton,
    QSizePolicy, QWidget)

from commdesk.ui.releases.embargo import EmbargoEdit

class Ui_ReleaseEditorForm(object):
    def setupUi(self, ReleaseEditorForm):
        if not ReleaseEditorForm.objectName():
            ReleaseEditorForm.setObjectName(u"ReleaseEditorForm")
        ReleaseEditorForm.resize(640, 900)
        self.formLayout = QFormLayout(ReleaseEditorForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.titleLabel = QLabel(ReleaseEditorForm)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(ReleaseEditorForm)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(500)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.subtitleLabel = QLabel(ReleaseEditorForm)
        self.subtitleLabel.setObjectName(u"subtitleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.subtitleLabel)

        self.subtitleEdit = QLineEdit(ReleaseEditorForm)
        self.subtitleEdit.setObjectName(u"subtitleEdit")
        self.subtitleEdit.setMaxLength(500)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.subtitleEdit)

        self.datelineLabel = QLabel(ReleaseEditorForm)
        self.datelineLabel.setObjectName(u"datelineLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.datelineLabel)

        self.datelineLayout = QHBoxLayout()
        self.datelineLayout.setObjectName(u"datelineLayout")
        self.cityEdit = QLineEdit(ReleaseEditorForm)
        self.cityEdit.setObjectName(u"cityEdit")

        self.datelineLayout.addWidget(self.cityEdit)

        self.dateEdit = QDateEdit(ReleaseEditorForm)
        self.dateEdit.setObjectName(u"dateEdit")
        self.dateEdit.setCalendarPopup(True)
        self.dateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.datelineLayout.addWidget(self.dateEdit)

        self.languageLabel = QLabel(ReleaseEditorForm)
        self.languageLabel.setObjectName(u"languageLabel")

        self.datelineLayout.addWidget(self.languageLabel)

        self.languageCombo = QComboBox(ReleaseEditorForm)
        self.languageCombo.setObjectName(u"languageCombo")

        self.datelineLayout.addWidget(self.languageCombo)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.datelineLayout)

        self.linkLabel = QLabel(ReleaseEditorForm)
        self.linkLabel.setObjectName(u"linkLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.linkLabel)

        self.linkLayout = QHBoxLayout()
        self.linkLayout.setObjectName(u"linkLayout")
        self.linkCombo = QComboBox(ReleaseEditorForm)
        self.linkCombo.setObjectName(u"linkCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.linkCombo.sizePolicy().hasHeightForWidth())
        self.linkCombo.setSizePolicy(sizePolicy)

        self.linkLayout.addWidget(self.linkCombo)

        self.openLinkedButton = QPushButton(ReleaseEditorForm)
        self.openLinkedButton.setObjectName(u"openLinkedButton")

        self.linkLayout.addWidget(self.openLinkedButton)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.linkLayout)

        self.bodyLabel = QLabel(ReleaseEditorForm)
        self.bodyLabel.setObjectName(u"bodyLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.bodyLabel)

        self.bodyEdit = QPlainTextEdit(ReleaseEditorForm)
        self.bodyEdit.setObjectName(u"bodyEdit")
        self.bodyEdit.setMinimumSize(QSize(0, 220))

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.bodyEdit)

        self.quotesLabel = QLabel(ReleaseEditorForm)
        self.quotesLabel.setObjectName(u"quotesLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.quotesLabel)

        self.quotesEdit = QPlainTextEdit(ReleaseEditorForm)
        self.quotesEdit.setObjectName(u"quotesEdit")
        self.quotesEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.quotesEdit)

        self.boilerplateLabel = QLabel(ReleaseEditorForm)
        self.boilerplateLabel.setObjectName(u"boilerplateLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.boilerplateLabel)

        self.boilerplateEdit = QPlainTextEdit(ReleaseEditorForm)
        self.boilerplateEdit.setObjectName(u"boilerplateEdit")
        self.boilerplateEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.boilerplateEdit)

        self.contactLabel = QLabel(ReleaseEditorForm)
        self.contactLabel.setObjectName(u"contactLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.contactLabel)

        self.contactEdit = QPlainTextEdit(ReleaseEditorForm)
        self.contactEdit.setObjectName(u"contactEdit")
        self.contactEdit.setMaximumSize(QSize(16777215, 60))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.contactEdit)

        self.embargoCheck = QCheckBox(ReleaseEditorForm)
        self.embargoCheck.setObjectName(u"embargoCheck")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.embargoCheck)

        self.embargoLayout = QHBoxLayout()
        self.embargoLayout.setObjectName(u"embargoLayout")
        self.embargoEdit = EmbargoEdit(ReleaseEditorForm)
        self.embargoEdit.setObjectName(u"embargoEdit")

        self.embargoLayout.addWidget(self.embargoEdit)

        self.zoneCombo = QComboBox(ReleaseEditorForm)
        self.zoneCombo.setObjectName(u"zoneCombo")
        self.zoneCombo.setEditable(True)

        self.embargoLayout.addWidget(self.zoneCombo)


        self.formLayout.setLayout(8, QFormLayout.ItemRole.FieldRole, self.embargoLayout)

        self.channelsLabel = QLabel(ReleaseEditorForm)
        self.channelsLabel.setObjectName(u"channelsLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.channelsLabel)

        self.channelsBox = QWidget(ReleaseEditorForm)
        self.channelsBox.setObjectName(u"channelsBox")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.channelsBox)

        self.listsLabel = QLabel(ReleaseEditorForm)
        self.listsLabel.setObjectName(u"listsLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.listsLabel)

        self.listsList = QListWidget(ReleaseEditorForm)
        self.listsList.setObjectName(u"listsList")
        self.listsList.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.listsList)

        self.reviewersLabel = QLabel(ReleaseEditorForm)
        self.reviewersLabel.setObjectName(u"reviewersLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.reviewersLabel)

        self.reviewersList = QListWidget(ReleaseEditorForm)
        self.reviewersList.setObjectName(u"reviewersList")
        self.reviewersList.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.reviewersList)

        self.ruleLabel = QLabel(ReleaseEditorForm)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.ruleCombo = QComboBox(ReleaseEditorForm)
        self.ruleCombo.setObjectName(u"ruleCombo")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.ruleCombo)

        self.errorLabel = QLabel(ReleaseEditorForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.formLayout.setWidget(13, QFormLayout.ItemRole.SpanningRole, self.errorLabel)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.subtitleLabel.setBuddy(self.subtitleEdit)
        self.datelineLabel.setBuddy(self.cityEdit)
        self.languageLabel.setBuddy(self.languageCombo)
        self.linkLabel.setBuddy(self.linkCombo)
        self.bodyLabel.setBuddy(self.bodyEdit)
        self.quotesLabel.setBuddy(self.quotesEdit)
        self.boilerplateLabel.setBuddy(self.boilerplateEdit)
        self.contactLabel.setBuddy(self.contactEdit)
        self.listsLabel.setBuddy(self.listsList)
        self.reviewersLabel.setBuddy(self.reviewersList)
        self.ruleLabel.setBuddy(self.ruleCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.subtitleEdit)
        QWidget.setTabOrder(self.subtitleEdit, self.cityEdit)
        QWidget.setTabOrder(self.cityEdit, self.dateEdit)
        QWidget.setTabOrder(self.dateEdit, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.bodyEdit)
        QWidget.setTabOrder(self.bodyEdit, self.quotesEdit)
        QWidget.setTabOrder(self.quotesEdit, self.boilerplateEdit)
        QWidget.setTabOrder(self.boilerplateEdit, self.contactEdit)
        QWidget.setTabOrder(self.contactEdit, self.embargoCheck)
        QWidget.setTabOrder(self.embargoCheck, self.embargoEdit)
        QWidget.setTabOrder(self.embargoEdit, self.zoneCombo)
        QWidget.setTabOrder(self.zoneCombo, self.listsList)
        QWidget.setTabOrder(self.listsList, self.reviewersList)
        QWidget.setTabOrder(self.reviewersList, self.ruleCombo)

        self.retranslateUi(ReleaseEditorForm)

        QMetaObject.connectSlotsByName(ReleaseEditorForm)
    # setupUi

    def retranslateUi(self, ReleaseEditorForm):
        self.titleLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"T&itle:", None))
        self.subtitleLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"S&ubtitle:", None))
        self.datelineLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"&Dateline:", None))
        self.cityEdit.setPlaceholderText(QCoreApplication.translate("ReleaseEditorForm", u"City", None))
        self.languageLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"Lan&guage:", None))
        self.linkLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"&Other language:", None))
#if QT_CONFIG(tooltip)
        self.linkCombo.setToolTip(QCoreApplication.translate("ReleaseEditorForm", u"The same release in the other language (zh/en); the link is kept on both releases", None))
#endif // QT_CONFIG(tooltip)
        self.openLinkedButton.setText(QCoreApplication.translate("ReleaseEditorForm", u"Open", None))
#if QT_CONFIG(tooltip)
        self.openLinkedButton.setToolTip(QCoreApplication.translate("ReleaseEditorForm", u"Show the linked release", None))
#endif // QT_CONFIG(tooltip)
        self.bodyLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"&Body:", None))
        self.bodyEdit.setPlaceholderText(QCoreApplication.translate("ReleaseEditorForm", u"Markdown: **bold**, *italic*, lists with -, links [text](https://...); a blank line starts a new paragraph", None))
        self.quotesLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"&Quotes:", None))
        self.quotesEdit.setPlaceholderText(QCoreApplication.translate("ReleaseEditorForm", u"One quote per line: the quote | who said it", None))
        self.boilerplateLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"&About us:", None))
        self.contactLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"&Media liaison:", None))
        self.embargoCheck.setText(QCoreApplication.translate("ReleaseEditorForm", u"Embargo un&til:", None))
#if QT_CONFIG(tooltip)
        self.embargoEdit.setToolTip(QCoreApplication.translate("ReleaseEditorForm", u"Date and time of the embargo, as clocks show it in the zone chosen beside it", None))
#endif // QT_CONFIG(tooltip)
        self.channelsLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"Channels:", None))
        self.listsLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"Dist&ribution lists:", None))
        self.reviewersLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"Revie&wers:", None))
        self.ruleLabel.setText(QCoreApplication.translate("ReleaseEditorForm", u"Review rule:", None))
        pass
    # retranslateUi

