// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>
#include <QUuid>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace keyward {

class RotationPolicies;

/// Edits one connection profile's rotation policy: a default interval for
/// tokens without an expiry, and per-organization overrides. Saving
/// replaces the profile's policy in one step. Open it with open().
class RotationPolicyDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationPolicyDialog)

public:
    RotationPolicyDialog(RotationPolicies *policies, const QUuid &profileId,
                         const QString &profileName, const QStringList &organizations,
                         QWidget *parent = nullptr);

    QUuid profileId() const { return m_profileId; }

    void accept() override;

private:
    void addOrUpdateOverride();
    void removeSelectedOverride();
    void setOverrideRow(const QString &organization, int days);
    void updateButtons();

    RotationPolicies *m_policies;
    QUuid m_profileId;
    QCheckBox *m_defaultCheck;
    QSpinBox *m_defaultDays;
    QTableWidget *m_overrides;
    QComboBox *m_organization;
    QSpinBox *m_organizationDays;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QDialogButtonBox *m_buttons;
};

} // namespace keyward
