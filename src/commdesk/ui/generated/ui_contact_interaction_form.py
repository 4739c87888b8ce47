# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'contact_interaction_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QDateTimeEdit,
    QFormLayout, QGroupBox, QLabel, QPlainTextEdit,
    QSizePolicy, QWidget)

class Ui_ContactInteractionForm(object):
    def setupUi(self, ContactInteractionForm):
        if not ContactInteractionForm.objectName():
            ContactInteractionForm.setObjectName(u"ContactInteractionForm")
        ContactInteractionForm.resize(460, 380)
        self.formLayout = QFormLayout(ContactInteractionForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.kindLabel = QLabel(ContactInteractionForm)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(ContactInteractionForm)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.whenLabel = QLabel(ContactInteractionForm)
        self.whenLabel.setObjectName(u"whenLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.whenLabel)

        self.whenEdit = QDateTimeEdit(ContactInteractionForm)
        self.whenEdit.setObjectName(u"whenEdit")
        self.whenEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.whenEdit)

        self.channelLabel = QLabel(ContactInteractionForm)
        self.channelLabel.setObjectName(u"channelLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.channelLabel)

        self.channelCombo = QComboBox(ContactInteractionForm)
        self.channelCombo.setObjectName(u"channelCombo")
        self.channelCombo.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.channelCombo)

        self.summaryLabel = QLabel(ContactInteractionForm)
        self.summaryLabel.setObjectName(u"summaryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(ContactInteractionForm)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.summaryEdit)

        self.summaryError = QLabel(ContactInteractionForm)
        self.summaryError.setObjectName(u"summaryError")
        self.summaryError.setWordWrap(True)
        self.summaryError.setStyleSheet(u"color: #b3261e;")
        self.summaryError.setVisible(False)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.SpanningRole, self.summaryError)

        self.inquiryBox = QGroupBox(ContactInteractionForm)
        self.inquiryBox.setObjectName(u"inquiryBox")
        self.inquiryLayout = QFormLayout(self.inquiryBox)
        self.inquiryLayout.setObjectName(u"inquiryLayout")
        self.deadlineLabel = QLabel(self.inquiryBox)
        self.deadlineLabel.setObjectName(u"deadlineLabel")

        self.inquiryLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.deadlineLabel)

        self.deadlineEdit = QDateTimeEdit(self.inquiryBox)
        self.deadlineEdit.setObjectName(u"deadlineEdit")
        self.deadlineEdit.setCalendarPopup(True)

        self.inquiryLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.deadlineEdit)

        self.liaisonLabel = QLabel(self.inquiryBox)
        self.liaisonLabel.setObjectName(u"liaisonLabel")

        self.inquiryLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.liaisonLabel)

        self.liaisonCombo = QComboBox(self.inquiryBox)
        self.liaisonCombo.setObjectName(u"liaisonCombo")

        self.inquiryLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.liaisonCombo)

        self.answeredCheck = QCheckBox(self.inquiryBox)
        self.answeredCheck.setObjectName(u"answeredCheck")

        self.inquiryLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.answeredCheck)

        self.answeredEdit = QDateTimeEdit(self.inquiryBox)
        self.answeredEdit.setObjectName(u"answeredEdit")
        self.answeredEdit.setCalendarPopup(True)
        self.answeredEdit.setEnabled(False)

        self.inquiryLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.answeredEdit)


        self.formLayout.setWidget(5, QFormLayout.ItemRole.SpanningRole, self.inquiryBox)

        self.errorLabel = QLabel(ContactInteractionForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: #b3261e;")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.errorLabel)

#if QT_CONFIG(shortcut)
        self.kindLabel.setBuddy(self.kindCombo)
        self.whenLabel.setBuddy(self.whenEdit)
        self.channelLabel.setBuddy(self.channelCombo)
        self.summaryLabel.setBuddy(self.summaryEdit)
        self.deadlineLabel.setBuddy(self.deadlineEdit)
        self.liaisonLabel.setBuddy(self.liaisonCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.kindCombo, self.whenEdit)
        QWidget.setTabOrder(self.whenEdit, self.channelCombo)
        QWidget.setTabOrder(self.channelCombo, self.summaryEdit)
        QWidget.setTabOrder(self.summaryEdit, self.deadlineEdit)
        QWidget.setTabOrder(self.deadlineEdit, self.liaisonCombo)
        QWidget.setTabOrder(self.liaisonCombo, self.answeredCheck)
        QWidget.setTabOrder(self.answeredCheck, self.answeredEdit)

        self.retranslateUi(ContactInteractionForm)
        self.answeredCheck.toggled.connect(self.answeredEdit.setEnabled)

        QMetaObject.connectSlotsByName(ContactInteractionForm)
    # setupUi

    def retranslateUi(self, ContactInteractionForm):
        self.kindLabel.setText(QCoreApplication.translate("ContactInteractionForm", u"&What happened:", None))
        self.whenLabel.setText(QCoreApplication.translate("ContactInteractionForm", u"W&hen:", None))
        self.channelLabel.setText(QCoreApplication.translate("ContactInteractionForm", u"&Channel:", None))
        self.summaryLabel.setText(QCoreApplication.translate("ContactInteractionForm", u"&Summary:", None))
        self.inquiryBox.setTitle(QCoreApplication.translate("ContactInteractionForm", u"Media inquiry (MD-5)", None))
        self.deadlineLabel.setText(QCoreApplication.translate("ContactInteractionForm", u"&Deadline:", None))
        self.liaisonLabel.setText(QCoreApplication.translate("ContactInteractionForm", u"&Answers for us:", None))
        self.answeredCheck.setText(QCoreApplication.translate("ContactInteractionForm", u"A&nswered:", None))
        pass
    # retranslateUi

