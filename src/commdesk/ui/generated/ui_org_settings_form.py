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
from PySide6.QtWidgets import (QApplication, QComboBox, QDateEdit, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QLineEdit,
    QPlainTextEdit, QPushButton, QSizePolicy, QSpacerItem,
    QTimeEdit, QWidget)

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
        self.departmentsEdit.setMaximumSize(QSize(16777215, 90))

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
        self.boilerplateEdit.setMaximumSize(QSize(16777215, 90))

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.boilerplateEdit)

        self.mediaLabel = QLabel(OrgSettingsForm)
        self.mediaLabel.setObjectName(u"mediaLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.mediaLabel)

        self.mediaEdit = QPlainTextEdit(OrgSettingsForm)
        self.mediaEdit.setObjectName(u"mediaEdit")
        self.mediaEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.mediaEdit)

        self.errorLabel = QLabel(OrgSettingsForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)

        self.formLayout.setWidget(9, QFormLayout.ItemRole.SpanningRole, self.errorLabel)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.departmentsLabel.setBuddy(self.departmentsEdit)
        self.countryLabel.setBuddy(self.countryEdit)
        self.hoursLabel.setBuddy(self.startEdit)
        self.ownerLabel.setBuddy(self.ownerEdit)
        self.reviewLabel.setBuddy(self.reviewEdit)
        self.boilerplateLabel.setBuddy(self.boilerplateEdit)
        self.mediaLabel.setBuddy(self.mediaEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(OrgSettingsForm)

        QMetaObject.connectSlotsByName(OrgSettingsForm)
    # setupUi

    def retranslateUi(self, OrgSettingsForm):
        self.nameLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Organisation &name:", None))
        self.departmentsLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"&Departments:", None))
        self.departmentsEdit.setPlaceholderText(QCoreApplication.translate("OrgSettingsForm", u"one per line", None))
        self.logoLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Logo:", None))
        self.logoButton.setText(QCoreApplication.translate("OrgSettingsForm", u"&Choose\u2026", None))
        self.logoClearButton.setText(QCoreApplication.translate("OrgSettingsForm", u"Remove", None))
        self.countryLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Default &country for phone numbers:", None))
        self.hoursLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"&Working hours (IM-1):", None))
        self.ownerLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Procedure &owner (AP-1):", None))
        self.reviewLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"Next yearly &review (AP-2):", None))
        self.boilerplateLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"&About us (boilerplate):", None))
        self.mediaLabel.setText(QCoreApplication.translate("OrgSettingsForm", u"&Media contact block:", None))
        pass
    # retranslateUi

