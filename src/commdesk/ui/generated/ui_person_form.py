# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'person_form.ui'
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
from PySide6.QtWidgets import (QApplication, QCheckBox, QComboBox, QFormLayout,
    QLabel, QLineEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_PersonForm(object):
    def setupUi(self, PersonForm):
        if not PersonForm.objectName():
            PersonForm.setObjectName(u"PersonForm")
        PersonForm.resize(420, 300)
        self.formLayout = QFormLayout(PersonForm)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.ExpandingFieldsGrow)
        self.nameLabel = QLabel(PersonForm)
        self.nameLabel.setObjectName(u"nameLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.nameLabel)

        self.nameEdit = QLineEdit(PersonForm)
        self.nameEdit.setObjectName(u"nameEdit")
        self.nameEdit.setMaxLength(200)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.nameEdit)

        self.emailLabel = QLabel(PersonForm)
        self.emailLabel.setObjectName(u"emailLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.emailLabel)

        self.emailEdit = QLineEdit(PersonForm)
        self.emailEdit.setObjectName(u"emailEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.emailEdit)

        self.departmentLabel = QLabel(PersonForm)
        self.departmentLabel.setObjectName(u"departmentLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.departmentLabel)

        self.departmentEdit = QComboBox(PersonForm)
        self.departmentEdit.setObjectName(u"departmentEdit")
        self.departmentEdit.setEditable(True)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.departmentEdit)

        self.rolesLabel = QLabel(PersonForm)
        self.rolesLabel.setObjectName(u"rolesLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.rolesLabel)

        self.rolesLayout = QVBoxLayout()
        self.rolesLayout.setObjectName(u"rolesLayout")
        self.adminCheck = QCheckBox(PersonForm)
        self.adminCheck.setObjectName(u"adminCheck")

        self.rolesLayout.addWidget(self.adminCheck)

        self.officerCheck = QCheckBox(PersonForm)
        self.officerCheck.setObjectName(u"officerCheck")

        self.rolesLayout.addWidget(self.officerCheck)

        self.reviewerCheck = QCheckBox(PersonForm)
        self.reviewerCheck.setObjectName(u"reviewerCheck")

        self.rolesLayout.addWidget(self.reviewerCheck)


        self.formLayout.setLayout(3, QFormLayout.ItemRole.FieldRole, self.rolesLayout)

        self.passLabel = QLabel(PersonForm)
        self.passLabel.setObjectName(u"passLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.passLabel)

        self.passEdit = QLineEdit(PersonForm)
        self.passEdit.setObjectName(u"passEdit")
        self.passEdit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.passEdit)

        self.pass2Label = QLabel(PersonForm)
        self.pass2Label.setObjectName(u"pass2Label")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.pass2Label)

        self.pass2Edit = QLineEdit(PersonForm)
        self.pass2Edit.setObjectName(u"pass2Edit")
        self.pass2Edit.setEchoMode(QLineEdit.Password)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.pass2Edit)

        self.errorLabel = QLabel(PersonForm)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setStyleSheet(u"color: palette(highlight);")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.SpanningRole, self.errorLabel)

#if QT_CONFIG(shortcut)
        self.nameLabel.setBuddy(self.nameEdit)
        self.emailLabel.setBuddy(self.emailEdit)
        self.departmentLabel.setBuddy(self.departmentEdit)
        self.passLabel.setBuddy(self.passEdit)
        self.pass2Label.setBuddy(self.pass2Edit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.nameEdit, self.emailEdit)
        QWidget.setTabOrder(self.emailEdit, self.departmentEdit)
        QWidget.setTabOrder(self.departmentEdit, self.adminCheck)
        QWidget.setTabOrder(self.adminCheck, self.officerCheck)
        QWidget.setTabOrder(self.officerCheck, self.reviewerCheck)
        QWidget.setTabOrder(self.reviewerCheck, self.passEdit)
        QWidget.setTabOrder(self.passEdit, self.pass2Edit)

        self.retranslateUi(PersonForm)

        QMetaObject.connectSlotsByName(PersonForm)
    # setupUi

    def retranslateUi(self, PersonForm):
        self.nameLabel.setText(QCoreApplication.translate("PersonForm", u"&Name:", None))
        self.emailLabel.setText(QCoreApplication.translate("PersonForm", u"&E-mail:", None))
        self.emailEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"name@example.org", None))
        self.departmentLabel.setText(QCoreApplication.translate("PersonForm", u"&Department:", None))
        self.rolesLabel.setText(QCoreApplication.translate("PersonForm", u"Roles:", None))
        self.adminCheck.setText(QCoreApplication.translate("PersonForm", u"&Administrator: maintains contact lists, people and settings", None))
        self.officerCheck.setText(QCoreApplication.translate("PersonForm", u"&Officer: writes releases and plans meetings", None))
        self.reviewerCheck.setText(QCoreApplication.translate("PersonForm", u"&Reviewer: approves releases", None))
        self.passLabel.setText(QCoreApplication.translate("PersonForm", u"&Passphrase:", None))
        self.passEdit.setPlaceholderText(QCoreApplication.translate("PersonForm", u"optional, for a shared office computer", None))
        self.pass2Label.setText(QCoreApplication.translate("PersonForm", u"Repea&t passphrase:", None))
        pass
    # retranslateUi

