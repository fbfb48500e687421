// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotationpolicydialog.h"

#include "expiry/rotationpolicies.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr int suggestedDays = 90;

QSpinBox *daysSpinBox(QWidget *parent)
{
    auto *spin = new QSpinBox(parent);
    spin->setRange(RotationPolicies::MinimumDays, RotationPolicies::MaximumDays);
    spin->setValue(suggestedDays);
    spin->setSuffix(RotationPolicyDialog::tr(" days"));
    return spin;
}

} // namespace

RotationPolicyDialog::RotationPolicyDialog(RotationPolicies *policies, const QUuid &profileId,
                                           const QString &profileName,
                                           const QStringList &organizations, QWidget *parent)
    : QDialog(parent)
    , m_policies(policies)
    , m_profileId(profileId)
{
    setObjectName(u"rotationPolicyDialog"_s);
    setWindowTitle(tr("Rotation Policy — %1").arg(profileName));

    auto *explanation = new QLabel(
        tr("Tokens that carry no expiry (opaque CAVE tokens, or tokens created without one) "
           "are shown as due this many days after they were created. This is advice: the "
           "server keeps accepting them."),
        this);
    explanation->setWordWrap(true);

    m_defaultCheck = new QCheckBox(tr("Rotate tokens without an expiry every"), this);
    m_defaultCheck->setObjectName(u"rotationPolicyDefaultCheck"_s);
    m_defaultCheck->setAccessibleName(tr("Rotate tokens without an expiry by default"));
    m_defaultDays = daysSpinBox(this);
    m_defaultDays->setObjectName(u"rotationPolicyDefaultDays"_s);
    m_defaultDays->setAccessibleName(tr("Default rotation interval in days"));
    if (const std::optional<int> days = policies->defaultDays(profileId)) {
        m_defaultCheck->setChecked(true);
        m_defaultDays->setValue(*days);
    }
    m_defaultDays->setEnabled(m_defaultCheck->isChecked());
    connect(m_defaultCheck, &QCheckBox::toggled, m_defaultDays, &QWidget::setEnabled);

    auto *overridesLabel = new QLabel(tr("Organizations with their own interval:"), this);
    m_overrides = new QTableWidget(0, 2, this);
    m_overrides->setObjectName(u"rotationPolicyOverrides"_s);
    m_overrides->setAccessibleName(tr("Organization rotation intervals"));
    m_overrides->setHorizontalHeaderLabels({tr("Organization"), tr("Days")});
    m_overrides->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_overrides->setSelectionMode(QAbstractItemView::SingleSelection);
    m_overrides->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_overrides->verticalHeader()->hide();
    m_overrides->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    overridesLabel->setBuddy(m_overrides);
    for (const OrganizationRotationPolicy &entry : policies->overrides(profileId)) {
        setOverrideRow(entry.organization, entry.days);
    }

    m_organization = new QComboBox(this);
    m_organization->setObjectName(u"rotationPolicyOrganizationCombo"_s);
    m_organization->setAccessibleName(tr("Organization"));
    m_organization->setEditable(true);
    m_organization->setInsertPolicy(QComboBox::NoInsert);
    QStringList sorted = organizations;
    sorted.sort(Qt::CaseInsensitive);
    sorted.removeDuplicates();
    m_organization->addItems(sorted);
    m_organization->setCurrentIndex(-1);
    m_organization->lineEdit()->setPlaceholderText(tr("Organization"));
    m_organizationDays = daysSpinBox(this);
    m_organizationDays->setObjectName(u"rotationPolicyOrganizationDays"_s);
    m_organizationDays->setAccessibleName(tr("Organization rotation interval in days"));
    m_addButton = new QPushButton(tr("Set"), this);
    m_addButton->setObjectName(u"rotationPolicyAddButton"_s);
    m_addButton->setAccessibleName(tr("Set the organization's interval"));
    m_removeButton = new QPushButton(tr("Remove"), this);
    m_removeButton->setObjectName(u"rotationPolicyRemoveButton"_s);
    m_removeButton->setAccessibleName(tr("Remove the selected organization's interval"));

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"rotationPolicyButtons"_s);
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(u"rotationPolicySaveButton"_s);
    m_buttons->button(QDialogButtonBox::Save)->setAccessibleName(tr("Save the policy"));
    m_buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"rotationPolicyCancelButton"_s);
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *defaultRow = new QHBoxLayout;
    defaultRow->addWidget(m_defaultCheck);
    defaultRow->addWidget(m_defaultDays);
    defaultRow->addStretch();
    auto *editRow = new QHBoxLayout;
    editRow->addWidget(m_organization, 1);
    editRow->addWidget(m_organizationDays);
    editRow->addWidget(m_addButton);
    editRow->addWidget(m_removeButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(defaultRow);
    layout->addWidget(overridesLabel);
    layout->addWidget(m_overrides);
    layout->addLayout(editRow);
    layout->addWidget(m_buttons);

    setTabOrder(m_defaultCheck, m_defaultDays);
    setTabOrder(m_defaultDays, m_overrides);
    setTabOrder(m_overrides, m_organization);
    setTabOrder(m_organization, m_organizationDays);
    setTabOrder(m_organizationDays, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RotationPolicyDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_addButton, &QPushButton::clicked, this, &RotationPolicyDialog::addOrUpdateOverride);
    connect(m_removeButton, &QPushButton::clicked, this,
            &RotationPolicyDialog::removeSelectedOverride);
    connect(m_organization, &QComboBox::currentTextChanged, this,
            &RotationPolicyDialog::updateButtons);
    connect(m_overrides, &QTableWidget::itemSelectionChanged, this, [this] {
        const int row = m_overrides->currentRow();
        if (row >= 0 && !m_overrides->selectedItems().isEmpty()) {
            m_organization->setCurrentText(m_overrides->item(row, 0)->text());
            m_organizationDays->setValue(m_overrides->item(row, 1)->data(Qt::EditRole).toInt());
        }
        updateButtons();
    });
    updateButtons();
    resize(480, 400);
}

void RotationPolicyDialog::setOverrideRow(const QString &organization, int days)
{
    int row = 0;
    for (; row < m_overrides->rowCount(); ++row) {
        if (m_overrides->item(row, 0)->text() == organization) {
            break;
        }
    }
    if (row == m_overrides->rowCount()) {
        m_overrides->insertRow(row);
        m_overrides->setItem(row, 0, new QTableWidgetItem(organization));
        m_overrides->setItem(row, 1, new QTableWidgetItem);
    }
    m_overrides->item(row, 1)->setData(Qt::EditRole, days);
}

void RotationPolicyDialog::addOrUpdateOverride()
{
    const QString organization = m_organization->currentText().trimmed();
    if (organization.isEmpty()) {
        return;
    }
    setOverrideRow(organization, m_organizationDays->value());
    updateButtons();
}

void RotationPolicyDialog::removeSelectedOverride()
{
    const int row = m_overrides->currentRow();
    if (row < 0 || m_overrides->selectedItems().isEmpty()) {
        return;
    }
    m_overrides->removeRow(row);
    m_overrides->clearSelection();
    updateButtons();
}

void RotationPolicyDialog::updateButtons()
{
    m_addButton->setEnabled(!m_organization->currentText().trimmed().isEmpty());
    m_removeButton->setEnabled(!m_overrides->selectedItems().isEmpty());
}

void RotationPolicyDialog::accept()
{
    QList<OrganizationRotationPolicy> overrides;
    for (int row = 0; row < m_overrides->rowCount(); ++row) {
        overrides.append({m_overrides->item(row, 0)->text(),
                          m_overrides->item(row, 1)->data(Qt::EditRole).toInt()});
    }
    const std::optional<int> defaultDays =
        m_defaultCheck->isChecked() ? std::optional<int>(m_defaultDays->value()) : std::nullopt;
    // The spin boxes cannot hold an invalid interval, so this cannot fail.
    if (m_policies->setPolicy(m_profileId, defaultDays, overrides)) {
        QDialog::accept();
    }
}

} // namespace keyward
