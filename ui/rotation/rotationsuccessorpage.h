// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/token.h"

#include <QWizardPage>

class QComboBox;
class QLabel;
class QSpinBox;

namespace keyward {

class InlineStatus;
class RotationWizard;

/// Page 2 (the commit page): what the successor will look like and how long
/// the old token keeps working. "Create Successor" calls the server's rotate;
/// a server without it (404 while the token exists: plain CAVE) gets a new
/// token with the same settings instead. One request at a time, so a double
/// click never creates two successors.
///
/// objectNames: rotationSuccessorDescription, rotationSuccessorScopes,
/// rotationSuccessorLabels, rotationSuccessorAttributes, rotationGraceCombo,
/// rotationGraceHoursSpin, rotationSuccessorStatus (+Message, +Retry).
class RotationSuccessorPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationSuccessorPage)

public:
    explicit RotationSuccessorPage(RotationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    /// The grace period chosen, in seconds.
    qint64 graceSeconds() const;

private:
    void rotate();
    void checkWhyNotFound(const QString &rotateMessage);
    void createInstead();
    void created(const Token &successor, bool fallback, qint64 graceSeconds);
    void setBusy(bool busy, const QString &text = {});

    RotationWizard *m_wizard;
    QLabel *m_description;
    QLabel *m_scopes;
    QLabel *m_labels;
    QLabel *m_attributes;
    QComboBox *m_grace;
    QSpinBox *m_customHours;
    InlineStatus *m_status;
    bool m_busy = false;
};

} // namespace keyward
