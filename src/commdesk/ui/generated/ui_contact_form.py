# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_form.ui'
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
from PySide6.QtWidgets import (QApplication, QComboBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QTabWidget,
    QVBoxLayout, QWidget)

class Ui_ContactForm(object):
    def setupUi(self, ContactForm):
        if not ContactForm.objectName():
            ContactForm.setObjectName(u"ContactForm")
        ContactForm.resize(560, 520)
        self.mainLayout = QVBoxLayout(ContactForm)
        self.mainLayout.setObjectName(u"mainLayout")
        self.tabs = QTabWidget(ContactForm)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.generalLayout = QFormLayout(self.generalTab)
        self.generalLayout.setObjectName(u"generalLayout")
        self.generalLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.fullNameLabel = QLabel(self.generalTab)
        self.fullNameLabel.setObjectName(u"fullNameLabel")

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.fullNameLabel)

        self.fullNameEdit = QLineEdit(self.generalTab)
        self.fullNameEdit.setObjectName(u"fullNameEdit")
        self.fullNameEdit.setMaxLength(200)

        self.generalLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.fullNameEdit)

        self.fullNameError = QLabel(self.generalTab)
        self.fullNameError.setObjectName(u"fullNameError")
        self.fullNameError.setWordWrap(True)
        self.fullNameError.setStyleSheet(u"color: #b3261e;")
        self.fullNameError.setVisible(False)

        self.generalLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.fullNameError)

        self.familyNameLabel = QLabel(self.generalTab)
        self.familyNameLabel.setObjectName(u"familyNameLabel")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.familyNameLabel)

        self.familyNameEdit = QLineEdit(self.generalTab)
        self.familyNameEdit.setObjectName(u"familyNameEdit")

        self.generalLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.familyNameEdit)

        self.givenNameLabel = QLabel(self.generalTab)
        self.givenNameLabel.setObjectName(u"givenNameLabel")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.givenNameLabel)

        self.givenNameEdit = QLineEdit(self.generalTab)
        self.givenNameEdit.setObjectName(u"givenNameEdit")

        self.generalLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.givenNameEdit)

        self.pinyinLabel = QLabel(self.generalTab)
        self.pinyinLabel.setObjectName(u"pinyinLabel")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.pinyinLabel)

        self.pinyinEdit = QLineEdit(self.generalTab)
        self.pinyinEdit.setObjectName(u"pinyinEdit")

        self.generalLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.pinyinEdit)

        self.pinyinError = QLabel(self.generalTab)
        self.pinyinError.setObjectName(u"pinyinError")
        self.pinyinError.setWordWrap(True)
        self.pinyinError.setStyleSheet(u"color: #b3261e;")
        self.pinyinError.setVisible(False)

        self.generalLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.pinyinError)

        self.titleLabel = QLabel(self.generalTab)
        self.titleLabel.setObjectName(u"titleLabel")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(self.generalTab)
        self.titleEdit.setObjectName(u"titleEdit")

        self.generalLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.outletLabel = QLabel(self.generalTab)
        self.outletLabel.setObjectName(u"outletLabel")

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.outletLabel)

        self.outletEdit = QComboBox(self.generalTab)
        self.outletEdit.setObjectName(u"outletEdit")
        self.outletEdit.setEditable(True)

        self.generalLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.outletEdit)

        self.outletError = QLabel(self.generalTab)
        self.outletError.setObjectName(u"outletError")
        self.outletError.setWordWrap(True)
        self.outletError.setStyleSheet(u"color: #b3261e;")
        self.outletError.setVisible(False)

        self.generalLayout.setWidget(8, QFormLayout.ItemRole.SpanningRole, self.outletError)

        self.outletsLabel = QLabel(self.generalTab)
        self.outletsLabel.setObjectName(u"outletsLabel")

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.outletsLabel)

        self.outletsEdit = QLineEdit(self.generalTab)
        self.outletsEdit.setObjectName(u"outletsEdit")

        self.generalLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.outletsEdit)

        self.beatsLabel = QLabel(self.generalTab)
        self.beatsLabel.setObjectName(u"beatsLabel")

        self.generalLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.beatsLabel)

        self.beatsEdit = QLineEdit(self.generalTab)
        self.beatsEdit.setObjectName(u"beatsEdit")

        self.generalLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.beatsEdit)

        self.beatsError = QLabel(self.generalTab)
        self.beatsError.setObjectName(u"beatsError")
        self.beatsError.setWordWrap(True)
        self.beatsError.setStyleSheet(u"color: #b3261e;")
        self.beatsError.setVisible(False)

        self.generalLayout.setWidget(11, QFormLayout.ItemRole.SpanningRole, self.beatsError)

        self.tierLabel = QLabel(self.generalTab)
        self.tierLabel.setObjectName(u"tierLabel")

        self.generalLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.tierLabel)

        self.tierCombo = QComboBox(self.generalTab)
        self.tierCombo.setObjectName(u"tierCombo")

        self.generalLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.tierCombo)

        self.statusLabel = QLabel(self.generalTab)
        self.statusLabel.setObjectName(u"statusLabel")

        self.generalLayout.setWidget(13, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(self.generalTab)
        self.statusCombo.setObjectName(u"statusCombo")

        self.generalLayout.setWidget(13, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.ownerLabel = QLabel(self.generalTab)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.generalLayout.setWidget(14, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerCombo = QComboBox(self.generalTab)
        self.ownerCombo.setObjectName(u"ownerCombo")

        self.generalLayout.setWidget(14, QFormLayout.ItemRole.FieldRole, self.ownerCombo)

        self.tabs.addTab(self.generalTab, "")
        self.reachTab = QWidget()
        self.reachTab.setObjectName(u"reachTab")
        self.reachLayout = QFormLayout(self.reachTab)
        self.reachLayout.setObjectName(u"reachLayout")
        self.reachLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.emailsLabel = QLabel(self.reachTab)
        self.emailsLabel.setObjectName(u"emailsLabel")

        self.reachLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.emailsLabel)

        self.emailsEdit = QPlainTextEdit(self.reachTab)
        self.emailsEdit.setObjectName(u"emailsEdit")
        self.emailsEdit.setTabChangesFocus(True)
        self.emailsEdit.setMaximumSize(QSize(16777215, 70))

        self.reachLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.emailsEdit)

        self.emailsError = QLabel(self.reachTab)
        self.emailsError.setObjectName(u"emailsError")
        self.emailsError.setWordWrap(True)
        self.emailsError.setStyleSheet(u"color: #b3261e;")
        self.emailsError.setVisible(False)

        self.reachLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.emailsError)

        self.phonesLabel = QLabel(self.reachTab)
        self.phonesLabel.setObjectName(u"phonesLabel")

        self.reachLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.phonesLabel)

        self.phonesEdit = QPlainTextEdit(self.reachTab)
        self.phonesEdit.setObjectName(u"phonesEdit")
        self.phonesEdit.setTabChangesFocus(True)
        self.phonesEdit.setMaximumSize(QSize(16777215, 70))

        self.reachLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.phonesEdit)

        self.phonesError = QLabel(self.reachTab)
        self.phonesError.setObjectName(u"phonesError")
        self.phonesError.setWordWrap(True)
        self.phonesError.setStyleSheet(u"color: #b3261e;")
        self.phonesError.setVisible(False)

        self.reachLayout.setWidget(3, QFormLayout.ItemRole.SpanningRole, self.phonesError)

        self.wechatLabel = QLabel(self.reachTab)
        self.wechatLabel.setObjectName(u"wechatLabel")

        self.reachLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.wechatLabel)

        self.wechatEdit = QLineEdit(self.reachTab)
        self.wechatEdit.setObjectName(u"wechatEdit")

        self.reachLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.wechatEdit)

        self.weiboLabel = QLabel(self.reachTab)
        self.weiboLabel.setObjectName(u"weiboLabel")

        self.reachLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.weiboLabel)

        self.weiboEdit = QLineEdit(self.reachTab)
        self.weiboEdit.setObjectName(u"weiboEdit")

        self.reachLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.weiboEdit)

        self.linkedinLabel = QLabel(self.reachTab)
        self.linkedinLabel.setObjectName(u"linkedinLabel")

        self.reachLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.linkedinLabel)

        self.linkedinEdit = QLineEdit(self.reachTab)
        self.linkedinEdit.setObjectName(u"linkedinEdit")

        self.reachLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.linkedinEdit)

        self.xLabel = QLabel(self.reachTab)
        self.xLabel.setObjectName(u"xLabel")

        self.reachLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.xLabel)

        self.xEdit = QLineEdit(self.reachTab)
        self.xEdit.setObjectName(u"xEdit")

        self.reachLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.xEdit)

        self.addressLabel = QLabel(self.reachTab)
        self.addressLabel.setObjectName(u"addressLabel")

        self.reachLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.addressLabel)

        self.addressEdit = QPlainTextEdit(self.reachTab)
        self.addressEdit.setObjectName(u"addressEdit")
        self.addressEdit.setTabChangesFocus(True)
        self.addressEdit.setMaximumSize(QSize(16777215, 50))

        self.reachLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.addressEdit)

        self.addressError = QLabel(self.reachTab)
        self.addressError.setObjectName(u"addressError")
        self.addressError.setWordWrap(True)
        self.addressError.setStyleSheet(u"color: #b3261e;")
        self.addressError.setVisible(False)

        self.reachLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.addressError)

        self.preferredChannelLabel = QLabel(self.reachTab)
        self.preferredChannelLabel.setObjectName(u"preferredChannelLabel")

        self.reachLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.preferredChannelLabel)

        self.preferredChannelCombo = QComboBox(self.reachTab)
        self.preferredChannelCombo.setObjectName(u"preferredChannelCombo")
        self.preferredChannelCombo.setEditable(True)

        self.reachLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.preferredChannelCombo)

        self.languageLabel = QLabel(self.reachTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.reachLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.reachTab)
        self.languageCombo.setObjectName(u"languageCombo")
        self.languageCombo.setEditable(True)

        self.reachLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.contactTimeLabel = QLabel(self.reachTab)
        self.contactTimeLabel.setObjectName(u"contactTimeLabel")

        self.reachLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.contactTimeLabel)

        self.contactTimeEdit = QLineEdit(self.reachTab)
        self.contactTimeEdit.setObjectName(u"contactTimeEdit")

        self.reachLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.contactTimeEdit)

        self.tabs.addTab(self.reachTab, "")
        self.notesTab = QWidget()
        self.notesTab.setObjectName(u"notesTab")
        self.notesLayout = QFormLayout(self.notesTab)
        self.notesLayout.setObjectName(u"notesLayout")
        self.notesLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.notesLabel = QLabel(self.notesTab)
        self.notesLabel.setObjectName(u"notesLabel")

        self.notesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.notesLabel)

        self.notesEdit = QPlainTextEdit(self.notesTab)
        self.notesEdit.setObjectName(u"notesEdit")
        self.notesEdit.setTabChangesFocus(True)

        self.notesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.notesEdit)

        self.sourceLabel = QLabel(self.notesTab)
        self.sourceLabel.setObjectName(u"sourceLabel")

        self.notesLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.sourceLabel)

        self.sourceEdit = QLineEdit(self.notesTab)
        self.sourceEdit.setObjectName(u"sourceEdit")

        self.notesLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.sourceEdit)

        self.tabs.addTab(self.notesTab, "")

        self.mainLayout.addWidget(self.tabs)

        self.duplicatesLabel = QLabel(ContactForm)
        self.duplicatesLabel.setObjectName(u"duplicatesLabel")
        self.duplicatesLabel.setWordWrap(True)
        self.duplicatesLabel.setTextFormat(Qt.RichText)
        self.duplicatesLabel.setVisible(False)
        self.duplicatesLabel.setStyleSheet(u"background: #fff4ce; color: #3d2e00; padding: 4px;")

        self.mainLayout.addWidget(self.duplicatesLabel)

        self.errorLabel = QLabel(ContactForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.mainLayout.addWidget(self.errorLabel)

#if QT_CONFIG(shortcut)
        self.fullNameLabel.setBuddy(self.fullNameEdit)
        self.familyNameLabel.setBuddy(self.familyNameEdit)
        self.givenNameLabel.setBuddy(self.givenNameEdit)
        self.pinyinLabel.setBuddy(self.pinyinEdit)
        self.titleLabel.setBuddy(self.titleEdit)
        self.outletLabel.setBuddy(self.outletEdit)
        self.outletsLabel.setBuddy(self.outletsEdit)
        self.beatsLabel.setBuddy(self.beatsEdit)
        self.tierLabel.setBuddy(self.tierCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.ownerLabel.setBuddy(self.ownerCombo)
        self.emailsLabel.setBuddy(self.emailsEdit)
        self.phonesLabel.setBuddy(self.phonesEdit)
        self.wechatLabel.setBuddy(self.wechatEdit)
        self.weiboLabel.setBuddy(self.weiboEdit)
        self.linkedinLabel.setBuddy(self.linkedinEdit)
        self.xLabel.setBuddy(self.xEdit)
        self.addressLabel.setBuddy(self.addressEdit)
        self.preferredChannelLabel.setBuddy(self.preferredChannelCombo)
        self.languageLabel.setBuddy(self.languageCombo)
        self.contactTimeLabel.setBuddy(self.contactTimeEdit)
        self.notesLabel.setBuddy(self.notesEdit)
        self.sourceLabel.setBuddy(self.sourceEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.fullNameEdit, self.familyNameEdit)
        QWidget.setTabOrder(self.familyNameEdit, self.givenNameEdit)
        QWidget.setTabOrder(self.givenNameEdit, self.pinyinEdit)
        QWidget.setTabOrder(self.pinyinEdit, self.titleEdit)
        QWidget.setTabOrder(self.titleEdit, self.outletEdit)
        QWidget.setTabOrder(self.outletEdit, self.outletsEdit)
        QWidget.setTabOrder(self.outletsEdit, self.beatsEdit)
        QWidget.setTabOrder(self.beatsEdit, self.tierCombo)
        QWidget.setTabOrder(self.tierCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.ownerCombo)
        QWidget.setTabOrder(self.ownerCombo, self.emailsEdit)
        QWidget.setTabOrder(self.emailsEdit, self.phonesEdit)
        QWidget.setTabOrder(self.phonesEdit, self.wechatEdit)
        QWidget.setTabOrder(self.wechatEdit, self.weiboEdit)
        QWidget.setTabOrder(self.weiboEdit, self.linkedinEdit)
        QWidget.setTabOrder(self.linkedinEdit, self.xEdit)
        QWidget.setTabOrder(self.xEdit, self.addressEdit)
        QWidget.setTabOrder(self.addressEdit, self.preferredChannelCombo)
        QWidget.setTabOrder(self.preferredChannelCombo, self.languageCombo)
        QWidget.setTabOrder(self.languageCombo, self.contactTimeEdit)
        QWidget.setTabOrder(self.contactTimeEdit, self.notesEdit)
        QWidget.setTabOrder(self.notesEdit, self.sourceEdit)

        self.retranslateUi(ContactForm)

        QMetaObject.connectSlotsByName(ContactForm)
    # setupUi

    def retranslateUi(self, ContactForm):
        self.fullNameLabel.setText(QCoreApplication.translate("ContactForm", u"&Full name:", None))
        self.fullNameEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"\u738b\u4f1f / Anna Schmidt", None))
        self.familyNameLabel.setText(QCoreApplication.translate("ContactForm", u"Famil&y name:", None))
        self.givenNameLabel.setText(QCoreApplication.translate("ContactForm", u"Gi&ven name:", None))
        self.pinyinLabel.setText(QCoreApplication.translate("ContactForm", u"&Pinyin:", None))
        self.pinyinEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"derived from the name; edit if it reads differently", None))
        self.titleLabel.setText(QCoreApplication.translate("ContactForm", u"&Title:", None))
        self.outletLabel.setText(QCoreApplication.translate("ContactForm", u"&Outlet:", None))
        self.outletsLabel.setText(QCoreApplication.translate("ContactForm", u"Othe&r outlets:", None))
        self.outletsEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"separated by commas", None))
        self.beatsLabel.setText(QCoreApplication.translate("ContactForm", u"&Beats:", None))
        self.beatsEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"e.g. finance, technology (separated by commas)", None))
        self.tierLabel.setText(QCoreApplication.translate("ContactForm", u"T&ier:", None))
        self.statusLabel.setText(QCoreApplication.translate("ContactForm", u"&Status:", None))
        self.ownerLabel.setText(QCoreApplication.translate("ContactForm", u"O&wner (\u5bf9\u63a5\u4eba):", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("ContactForm", u"Person", None))
        self.emailsLabel.setText(QCoreApplication.translate("ContactForm", u"E-&mail:", None))
        self.emailsEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"one per line, the first is the primary one; a label first if you like: work: name@example.com", None))
        self.phonesLabel.setText(QCoreApplication.translate("ContactForm", u"P&hone:", None))
        self.phonesEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"one per line, the first is the primary one: mobile: 139 1234 5678", None))
        self.wechatLabel.setText(QCoreApplication.translate("ContactForm", u"We&Chat:", None))
        self.weiboLabel.setText(QCoreApplication.translate("ContactForm", u"W&eibo:", None))
        self.linkedinLabel.setText(QCoreApplication.translate("ContactForm", u"Lin&kedIn:", None))
        self.xLabel.setText(QCoreApplication.translate("ContactForm", u"&X:", None))
        self.addressLabel.setText(QCoreApplication.translate("ContactForm", u"A&ddress:", None))
        self.addressEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"postal address", None))
        self.preferredChannelLabel.setText(QCoreApplication.translate("ContactForm", u"Preferred channe&l:", None))
        self.languageLabel.setText(QCoreApplication.translate("ContactForm", u"Lan&guage:", None))
        self.contactTimeLabel.setText(QCoreApplication.translate("ContactForm", u"Time to cont&act:", None))
        self.contactTimeEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"e.g. mornings, not on deadline days", None))
        self.tabs.setTabText(self.tabs.indexOf(self.reachTab), QCoreApplication.translate("ContactForm", u"How to reach", None))
        self.notesLabel.setText(QCoreApplication.translate("ContactForm", u"&Notes:", None))
        self.notesEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"pitching notes and preferences", None))
        self.sourceLabel.setText(QCoreApplication.translate("ContactForm", u"So&urce:", None))
        self.sourceEdit.setPlaceholderText(QCoreApplication.translate("ContactForm", u"where the data came from, e.g. business card, 2025 press conference", None))
        self.tabs.setTabText(self.tabs.indexOf(self.notesTab), QCoreApplication.translate("ContactForm", u"Notes", None))
        pass
    # retranslateUi

