// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;
class QPushButton;

namespace keyward {

class InlineStatus;
class RotationWizard;

/// Page 3: hands the new value over. Masked with Reveal; Copy (through the
/// ClipboardGuard) and Copy As…; Find Usages… searches for the OLD value, so
/// the user finds the configuration files to update; "Check the new token"
/// proves it works with a dry-run publish (or, for a read-only token, a
/// query) that stores nothing. Not offered after the CAVE fallback: CAVE has
/// no dry run and would store the test point.
///
/// objectNames: rotationNewValueEdit, rotationRevealButton, rotationCopyButton,
/// rotationCopyAsButton, rotationFindUsagesButton, rotationCheckButton,
/// rotationFallbackNote, rotationCheckNote, rotationValueStatus and
/// rotationCheckStatus (+Message, +Retry).
class RotationNewTokenPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationNewTokenPage)

public:
    explicit RotationNewTokenPage(RotationWizard *wizard);

    void initializePage() override;

private:
    void copy();
    void copyAs();
    void findUsages();
    void openUsageScan(const QString &oldValue);
    void check();

    RotationWizard *m_wizard;
    QLineEdit *m_value;
    QPushButton *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_copyAs;
    QPushButton *m_findUsages;
    QPushButton *m_check;
    QLabel *m_fallbackNote;
    QLabel *m_checkNote;
    InlineStatus *m_valueStatus;
    InlineStatus *m_checkStatus;
    bool m_checking = false;
};

} // namespace keyward
