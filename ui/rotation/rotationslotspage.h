// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/token.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace keyward {

class InlineStatus;
class RotationWizard;

/// Page 1: the owner's token slots. A rotation needs a free slot, so with
/// all three used the page suggests a token to retire and offers to revoke
/// it; it stays incomplete until a slot is free.
///
/// objectNames: rotationSlotsLabel, rotationSlotsList, rotationRetireSuggestion,
/// rotationRetireButton, rotationSlotsStatus (+Message, +Retry).
class RotationSlotsPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationSlotsPage)

public:
    explicit RotationSlotsPage(RotationWizard *wizard);

    void initializePage() override;
    bool isComplete() const override;

    /// The token the page suggests revoking, empty when none is needed.
    QString suggestedTokenId() const { return m_suggestedId; }

private:
    void load();
    void showTokens();
    void revokeSuggested();

    RotationWizard *m_wizard;
    QLabel *m_slots;
    QTreeWidget *m_list;
    QLabel *m_suggestion;
    QPushButton *m_retire;
    InlineStatus *m_status;
    QList<Token> m_tokens;
    QString m_suggestedId;
    quint64 m_generation = 0;
    bool m_loaded = false;
    bool m_oldPresent = false;
};

} // namespace keyward
