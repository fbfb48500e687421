// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QRadioButton;

namespace keyward {

class InlineStatus;
class RotationWizard;

/// Page 4: revoke the old token now, or leave it to expire at the end of the
/// grace period (keep it until revoked by hand after the CAVE fallback).
/// Finish carries the choice out; a failed revocation keeps the wizard open.
///
/// objectNames: rotationRevokeNowRadio, rotationKeepRadio, rotationFinishNote,
/// rotationFinishStatus (+Message, +Retry).
class RotationFinishPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationFinishPage)

public:
    explicit RotationFinishPage(RotationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

private:
    void revoke();

    RotationWizard *m_wizard;
    QRadioButton *m_revokeNow;
    QRadioButton *m_keep;
    QLabel *m_note;
    InlineStatus *m_status;
    bool m_busy = false;
    bool m_done = false;
};

} // namespace keyward
