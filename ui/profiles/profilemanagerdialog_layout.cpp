// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileManagerDialog's widgets and wiring, apart from its behaviour.
#include "profilemanagerdialog.h"

#include "colourswatch.h"
#include "common/inlinestatus.h"
#include "profileitemdelegate.h"
#include "profilelistmodel.h"
#include "settings/profilestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

template <typename W> W *named(W *widget, const QString &objectName, const QString &accessibleName)
{
    widget->setObjectName(objectName);
    widget->setAccessibleName(accessibleName);
    return widget;
}

} // namespace

void ProfileManagerDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"profileSplitter"_s);
    splitter->setChildrenCollapsible(false);

    // Left: the profiles.
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_list = named(new QListView(left), u"profileList"_s, tr("Connection profiles"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new ProfileItemDelegate(m_list));
    m_list->setUniformItemSizes(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setMinimumWidth(220);
    leftLayout->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    m_add = named(new QPushButton(tr("Add"), left), u"addProfileButton"_s,
                  tr("Add connection profile"));
    m_duplicate = named(new QPushButton(tr("Duplicate"), left), u"duplicateProfileButton"_s,
                        tr("Duplicate connection profile"));
    m_remove = named(new QPushButton(tr("Remove"), left), u"removeProfileButton"_s,
                     tr("Remove connection profile"));
    for (QPushButton *button : {m_add, m_duplicate, m_remove}) {
        button->setAutoDefault(false);
        listButtons->addWidget(button);
    }
    listButtons->addStretch();
    leftLayout->addLayout(listButtons);

    // Right: the editor.
    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(8, 0, 0, 0);
    m_editorTitle = new QLabel(right);
    m_editorTitle->setObjectName(u"profileEditorTitle"_s);
    m_editorTitle->setTextFormat(Qt::PlainText);
    QFont titleFont = m_editorTitle->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_editorTitle->setFont(titleFont);
    rightLayout->addWidget(m_editorTitle);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = named(new QLineEdit(right), u"profileNameEdit"_s, tr("Profile name"));
    m_name->setPlaceholderText(tr("e.g. Production"));
    form->addRow(tr("&Name:"), m_name);

    m_url = named(new QLineEdit(right), u"profileUrlEdit"_s, tr("Server URL"));
    m_url->setPlaceholderText(tr("https://keyward.example.com"));
    form->addRow(tr("&Server URL:"), m_url);

    m_environment = named(new QComboBox(right), u"profileEnvironmentCombo"_s, tr("Environment"));
    for (Environment environment : {Environment::Production, Environment::Staging,
                                    Environment::Development, Environment::Custom}) {
        m_environment->addItem(colourSwatch(QColor(defaultEnvironmentColour(environment))),
                               environmentDisplayName(environment), static_cast<int>(environment));
    }
    auto *environmentBox = new QVBoxLayout;
    environmentBox->setSpacing(2);
    environmentBox->addWidget(m_environment);
    auto *environmentNote =
        new QLabel(tr("While connected, the window is marked in this colour so you always "
                      "see which kind of server you are working on."),
                   right);
    environmentNote->setObjectName(u"profileEnvironmentNote"_s);
    environmentNote->setWordWrap(true);
    QFont noteFont = environmentNote->font();
    noteFont.setPointSizeF(noteFont.pointSizeF() * 0.9);
    environmentNote->setFont(noteFont);
    environmentNote->setForegroundRole(QPalette::PlaceholderText);
    environmentBox->addWidget(environmentNote);
    form->addRow(tr("&Environment:"), environmentBox);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(environmentBox))) {
        label->setBuddy(m_environment);
    }

    auto *colourRow = new QHBoxLayout;
    m_colourButton = named(new QPushButton(right), u"profileColourButton"_s, tr("Colour"));
    m_colourButton->setAutoDefault(false);
    m_colourButton->setToolTip(tr("Choose the colour that marks this profile"));
    m_colourReset = named(new QPushButton(tr("Default"), right), u"profileColourResetButton"_s,
                          tr("Use the environment's default colour"));
    m_colourReset->setAutoDefault(false);
    m_colourReset->setToolTip(tr("Use the environment's default colour"));
    colourRow->addWidget(m_colourButton);
    colourRow->addWidget(m_colourReset);
    colourRow->addStretch();
    form->addRow(tr("Colour:"), colourRow);

    m_email = named(new QLineEdit(right), u"profileEmailEdit"_s, tr("Account email"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_email->setToolTip(tr("Filled in on the login form; the password is never stored here"));
    form->addRow(tr("Account e&mail:"), m_email);

    auto *certificatesBox = new QVBoxLayout;
    certificatesBox->setSpacing(2);
    m_certificateList =
        named(new QListWidget(right), u"profileCertificatesList"_s, tr("Trusted certificates"));
    m_certificateList->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_certificateList->setMaximumHeight(104);
    // Each fingerprint takes two lines: the banding shows where one ends.
    m_certificateList->setAlternatingRowColors(true);
    m_certificateList->setSpacing(1);
    m_certificateList->setSelectionMode(QAbstractItemView::SingleSelection);
    certificatesBox->addWidget(m_certificateList);
    auto *certificateRow = new QHBoxLayout;
    auto *certificateNote = new QLabel(
        tr("SHA-256 fingerprints you chose to trust after a certificate warning."), right);
    certificateNote->setObjectName(u"profileCertificatesNote"_s);
    certificateNote->setWordWrap(true);
    certificateNote->setFont(noteFont);
    certificateNote->setForegroundRole(QPalette::PlaceholderText);
    m_removeCertificate =
        named(new QPushButton(tr("Remove"), right), u"profileRemoveCertificateButton"_s,
              tr("Remove trusted certificate"));
    m_removeCertificate->setAutoDefault(false);
    certificateRow->addWidget(certificateNote, 1);
    certificateRow->addWidget(m_removeCertificate, 0, Qt::AlignTop);
    certificatesBox->addLayout(certificateRow);
    form->addRow(tr("Trusted certificates:"), certificatesBox);
    rightLayout->addLayout(form);

    m_status = new InlineStatus(right);
    m_status->setObjectNames(u"profileStatus"_s);
    rightLayout->addWidget(m_status);

    auto *saveRow = new QHBoxLayout;
    saveRow->addStretch();
    m_revert = named(new QPushButton(tr("Revert"), right), u"revertProfileButton"_s,
                     tr("Discard unsaved changes"));
    m_revert->setAutoDefault(false);
    m_save = named(new QPushButton(tr("Save"), right), u"saveProfileButton"_s,
                   tr("Save connection profile"));
    m_save->setDefault(true);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    rightLayout->addLayout(saveRow);
    rightLayout->addStretch();

    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({300, 520});
    layout->addWidget(splitter, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_connect = named(buttons->addButton(tr("Connect"), QDialogButtonBox::AcceptRole),
                      u"connectButton"_s, tr("Connect with the selected profile"));
    m_connect->setAutoDefault(false);
    m_close = named(buttons->addButton(QDialogButtonBox::Close), u"closeButton"_s, tr("Close"));
    m_close->setAutoDefault(false);
    layout->addWidget(buttons);

    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_duplicate);
    setTabOrder(m_duplicate, m_remove);
    setTabOrder(m_remove, m_name);
    setTabOrder(m_name, m_url);
    setTabOrder(m_url, m_environment);
    setTabOrder(m_environment, m_colourButton);
    setTabOrder(m_colourButton, m_colourReset);
    setTabOrder(m_colourReset, m_email);
    setTabOrder(m_email, m_certificateList);
    setTabOrder(m_certificateList, m_removeCertificate);
    setTabOrder(m_removeCertificate, m_revert);
    setTabOrder(m_revert, m_save);
    // The button box orders its own buttons when it lays them out; ordering
    // them here as well made Tab cycle between Connect and Close for good.
    setTabOrder(m_save, m_connect);
    resize(820, 520);
}

void ProfileManagerDialog::connectSignals()
{
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { onCurrentChanged(current); });
    connect(m_list, &QListView::doubleClicked, this, [this](const QModelIndex &index) {
        if (m_model->idAt(index.row()) == m_editingId) {
            connectToProfile();
        }
    });
    connect(m_add, &QPushButton::clicked, this, &ProfileManagerDialog::startNewProfile);
    connect(m_duplicate, &QPushButton::clicked, this, &ProfileManagerDialog::duplicateProfile);
    connect(m_remove, &QPushButton::clicked, this, &ProfileManagerDialog::removeProfile);
    connect(m_save, &QPushButton::clicked, this, &ProfileManagerDialog::save);
    connect(m_revert, &QPushButton::clicked, this, &ProfileManagerDialog::revert);
    connect(m_connect, &QPushButton::clicked, this, &ProfileManagerDialog::connectToProfile);
    connect(m_close, &QPushButton::clicked, this, &ProfileManagerDialog::reject);
    connect(m_colourButton, &QPushButton::clicked, this, &ProfileManagerDialog::chooseColour);
    connect(m_colourReset, &QPushButton::clicked, this, [this] {
        m_colour.clear();
        updateColourButton();
        updateState();
    });
    connect(m_removeCertificate, &QPushButton::clicked, this,
            &ProfileManagerDialog::removeCertificate);
    connect(m_certificateList, &QListWidget::currentRowChanged, this,
            &ProfileManagerDialog::updateState);
    for (QLineEdit *edit : {m_name, m_url, m_email}) {
        connect(edit, &QLineEdit::textChanged, this, &ProfileManagerDialog::updateState);
    }
    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        updateColourButton();
        updateState();
    });
    connect(m_store, &ProfileStore::profileUpdated, this, &ProfileManagerDialog::onStoreUpdated);
    connect(m_store, &ProfileStore::profilesReloaded, this, &ProfileManagerDialog::onStoreReloaded);
}

} // namespace keyward
