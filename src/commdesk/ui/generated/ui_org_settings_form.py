# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'org_settings_form.ui'
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
    QFormLayout, QFrame, QHBoxLayout, QLabel,
    QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit,
    QPushButton, QSizePolicy, QSpacerItem, QTimeEdit,
    QVBoxLayout, QWidget)

class Ui_OrgSettingsForm(object):
    def setupUi(self, OrgSettingsForm):
        if not OrgSettingsForm.objectName():
            OrgSettingsForm.setObjectName(u"OrgSettingsForm")
        OrgSettingsForm.resize(520, 460)
        self.formLayout = QFormLayout(OrgSettingsForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(OrgSettingsForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(OrgSettingsForm)
        self.nameEdit.setObjectName(u"nameEdit")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.departmentsLabel = QLabel(OrgSettingsForm)
        self.departmentsLabel.setObjectName(u"departmentsLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.departmentsLabel)

        self.departmentsEdit = QPlainTextEdit(OrgSettingsForm)
        self.departmentsEdit.setObjectName(u"departmentsEdit")
        self.departmentsEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.departmentsEdit)

        self.logoLabel = QLabel(OrgSettingsForm)
        self.logoLabel.setObjectName(u"logoLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.logoLabel)

        self.logoLayout = QHBoxLayout()
        self.logoLayout.setObjectName(u"logoLayout")
        self.logoPreview = QLabel(OrgSettingsForm)
        self.logoPreview.setObjectName(u"logoPreview")
        self.logoPreview.setMinimumSize(QSize(120, 48))
        self.logoPreview.setFrameShape(QFrame.StyledPanel)

        self.logoLayout.addWidget(self.logoPreview)

        self.logoButton = QPushButton(OrgSettingsForm)
        self.logoButton.setObjectName(u"logoButton")

        self.logoLayout.addWidget(self.logoButton)

        self.logoClearButton = QPushButton(OrgSettingsForm)
        self.logoClearButton.setObjectName(u"logoClearButton")

        self.logoLayout.addWidget(self.logoClearButton)

        self.logoSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.logoLayout.addItem(self.logoSpacer)


        self.formLayout.setLayout(2, QFormLayout.ItemRole.FieldRole, self.logoLayout)

        self.countryLabel = QLabel(OrgSettingsForm)
        self.countryLabel.setObjectName(u"countryLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.countryLabel)

        self.countryEdit = QComboBox(OrgSettingsForm)
        self.countryEdit.setObjectName(u"countryEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.countryEdit)

        self.hoursLabel = QLabel(OrgSettingsForm)
        self.hoursLabel.setObjectName(u"hoursLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.hoursLabel)

        self.hoursLayout = QHBoxLayout()
        self.hoursLayout.setObjectName(u"hoursLayout")
        self.startEdit = QTimeEdit(OrgSettingsForm)
        self.startEdit.setObjectName(u"startEdit")
        self.startEdit.setDisplayFormat(u"HH:mm")

        self.hoursLayout.addWidget(self.startEdit)

        self.toLabel = QLabel(OrgSettingsForm)
        self.toLabel.setObjectName(u"toLabel")
        self.toLabel.setText(u"\u2013")

        self.hoursLayout.addWidget(self.toLabel)

        self.endEdit = QTimeEdit(OrgSettingsForm)
        self.endEdit.setObjectName(u"endEdit")
        self.endEdit.setDisplayFormat(u"HH:mm")

        self.hoursLayout.addWidget(self.endEdit)

        self.hoursSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.hoursLayout.addItem(self.hoursSpacer)


        self.formLayout.setLayout(4, QFormLayout.ItemRole.FieldRole, self.hoursLayout)

        self.ownerLabel = QLabel(OrgSettingsForm)
        self.ownerLabel.setObjectName(u"ownerLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.ownerLabel)

        self.ownerEdit = QLineEdit(OrgSettingsForm)
        self.ownerEdit.setObjectName(u"ownerEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.ownerEdit)

        self.reviewLabel = QLabel(OrgSettingsForm)
        self.reviewLabel.setObjectName(u"reviewLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.reviewLabel)

        self.reviewEdit = QDateEdit(OrgSettingsForm)
        self.reviewEdit.setObjectName(u"reviewEdit")
        self.reviewEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.reviewEdit)

        self.boilerplateLabel = QLabel(OrgSettingsForm)
        self.boilerplateLabel.setObjectName(u"boilerplateLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.boilerplateLabel)

        self.boilerplateEdit = QPlainTextEdit(OrgSettingsForm)
        self.boilerplateEdit.setObjectName(u"boilerplateEdit")
        self.boilerplateEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.boilerplateEdit)

        self.mediaLabel = QLabel(OrgSettingsForm)
        self.mediaLabel.setObjectName(u"mediaLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mediaLabel)

        self.mediaEdit = QPlainTextEdit(OrgSettingsForm)
        self.mediaEdit.setObjectName(u"mediaEdit")
        self.mediaEdit.setMaximumSize(QSize(16777215, 56))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.mediaEdit)

        self.zoneLabel = QLabel(OrgSettingsForm)
        self.zoneLabel.setObjectName(u"zoneLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.zoneLabel)

        self.zoneLayout = QHBoxLayout()
        self.zoneLayout.setObjectName(u"zoneLayout")
        self.zoneEdit = QComboBox(OrgSettingsForm)
        self.zoneEdit.setObjectName(u"zoneEdit")
        self.zoneEdit.setEditable(True)

        self.zoneLayout.addWidget(self.zoneEdit)

        self.zoneNote = QLabel(OrgSettingsForm)
        self.zoneNote.setObjectName(u"zoneNote")
        self.zoneNote.setWordWrap(True)

        self.zoneLayout.addWidget(self.zoneNote)


        self.formLayout.setLayout(9, QFormLayout.ItemRole.FieldRole, self.zoneLayout)

        self.closedLabel = QLabel(OrgSettingsForm)
        self.closedLabel.setObjectName(u"closedLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.closedLabel)

        self.closedLayout = QVBoxLayout()
        self.closedLayout.setObjectName(u"closedLayout")
        self.closedAddLayout = QHBoxLayout()
        self.closedAddLayout.setObjectName(u"closedAddLayout")
        self.closedDateEdit = QDateEdit(OrgSettingsForm)
        self.closedDateEdit.setObjectName(u"closedDateEdit")
        self.closedDateEdit.setCalendarPopup(True)
        self.closedDateEdit.setDisplayFormat(u"yyyy-MM-dd")

        self.closedAddLayout.addWidget(self.closedDateEdit)

        self.closedLabelEdit = QLineEdit(OrgSettingsForm)
        self.closedLabelEdit.setObjectName(u"closedLabelEdit")
        self.closedLabelEdit.setMaxLength(80)

        self.closedAddLayout.addWidget(self.closedLabelEdit)

        self.closedAddButton = QPushButton(OrgSettingsForm)
        self.closedAddButton.setObjectName(u"closedAddButton")

        self.closedAddLayout.addWidget(self.closedAddButton)

        self.closedRemoveButton = QPushButton(OrgSettingsForm)
        self.closedRemoveButton.setObjectName(u"closedRemoveButton")

        self.closedAddLayout.addWidget(self.closedRemoveButton)


        self.closedLayout.addLayout(self.closedAddLayout)

        self.closedList = QListWidget(OrgSettingsForm)
        self.closedList.setObjectName(u"closedList")
        self.closedList.setMaximumSize(QSize(16777215, 52))

        self.closedLayout.addWidget(self.closedList)

        self.calendarNote = QLabel(OrgSettingsForm)
        self.calendarNote.setObjectName(u"calendarNote")
        self.calendarNote.setWordWrap(True)

        self.closedLayout.addWidget(self.calendarNote)


        self.formLayout.setLayout(10, QFormLayout.ItemRole.FieldRole, self.closedLayout)

        self.selfApprovalCheck = QCheckBox(OrgSettingsForm)
        self.selfApprovalCheck.setObjectName(u"selfApprovalCheck")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.selfApprovalCheck)

        self.errorLabel = QLabel(OrgSettingsForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(12, QFormLayout.ItemRole.SpanningRole, self.errorLabel)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentsLabel.setBuddy(self.departmentsEdit)
        self.countryLabel.setBuddy(self.countryEdit)
        self.hoursLabel.setBuddy(self.startEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.reviewLabel.setBuddy(self.reviewEdit)
        self.boilerplateLabel.setBuddy(self.boilerplateEdit)
        self.mediaLabel.setBuddy(self.mediaEdit)
        self.zoneLabel.setBuddy(self.zoneEdit)
        self.closedLabel.setBuddy(self.closedDateEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrgSettingsForm)

        QMetaObject.connectSlotsByName(OrgSettingsForm)
    # setupUi

    def retranslateUi(self, OrgSettingsForm):
        self.nameLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Organisation &name:", None))
        self.departmentsLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"&Departments:", None))
        self.departmentsEdit.setPlaceholderText(QCoreApplication.translate("OrgSettingsForm", u"one per line", None))
        self.logoLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Logo:", None))
        self.logoButton.setText(QCoreApplication.translate("OrgSettingsForm", u"C&hoose\u2026", None))
        self.logoClearButton.setText(QCoreApplication.translate("OrgSettingsForm", u"Remove", None))
        self.countryLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Default &country for phone numbers:", None))
        self.hoursLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"&Working hours (IM-1):", None))
        self.ownerLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Procedure &owner (AP-1):", None))
        self.reviewLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Next yearly &review (AP-2):", None))
        self.boilerplateLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"&About us (boilerplate):", None))
        self.mediaLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"&Media contact block:", None))
        self.zoneLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"&Time zone:", None))
#if QT_CONFIG(tooltip)
        self.zoneEdit.setToolTip(QCoreApplication.translate("OrgSettingsForm", u"Everything that is not a meeting is shown and entered in this zone; a meeting keeps its own. Type part of a name to find it.", None))
#endif // QT_CONFIG(tooltip)
        self.closedLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Office c&losed days:", None))
        self.closedLabelEdit.setPlaceholderText(QCoreApplication.translate("OrgSettingsForm", u"label, e.g. company anniversary", None))
        self.closedAddButton.setText(QCoreApplication.translate("OrgSettingsForm", u"Add da&y", None))
        self.closedRemoveButton.setText(QCoreApplication.translate("OrgSettingsForm", u"Remo&ve", None))
        self.selfApprovalCheck.setText(QCoreApplication.translate("OrgSettingsForm", u"Small team: the note-taker may a&pprove their own minutes", None))
        pass
    # retranslateUi

