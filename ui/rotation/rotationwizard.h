// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copying/copycontext.h"

#include "api/apiclient.h"
#include "domain/token.h"
#include "settings/environment.h"

#include <QDateTime>
#include <QWizard>

#include <optional>

namespace keyward {

class ClipboardGuard;

/// Replaces one publishing token without downtime: frees a slot if all three
/// are used, creates the successor (the server's rotate with a grace period,
/// or create-then-delete on a plain CAVE server), hands the new value over
/// (copy, copy as, usage scan of the old value, a dry-run check) and finally
/// revokes the old token or leaves it to expire. Open with open() or show().
///
/// objectNames: rotationWizard; buttons rotationBackButton, rotationNextButton,
/// rotationCommitButton, rotationFinishButton, rotationCancelButton; the
/// pages name their widgets (rotationslotspage.h and the others).
class RotationWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationWizard)

public:
    enum PageId
    {
        SlotsPage,
        SuccessorPage,
        NewTokenPage,
        FinishPage,
    };

    /// \p guard must outlive the wizard; \p api too.
    RotationWizard(ApiClient *api, const Owner &owner, const Token &token, ClipboardGuard &guard,
                   const CopyContext &copyContext, QWidget *parent = nullptr);
    ~RotationWizard() override;

    ApiClient *api() const { return m_api; }
    const Owner &owner() const { return m_owner; }
    const Token &oldToken() const { return m_old; }
    /// The profile's environment: in production revoking asks for the name.
    /// Production until told otherwise, the careful default.
    void setEnvironment(Environment environment) { m_environment = environment; }
    Environment environment() const { return m_environment; }
    ClipboardGuard &clipboardGuard() const { return m_guard; }
    const CopyContext &copyContext() const { return m_copyContext; }

    /// The successor once created (page 2 onwards).
    const std::optional<Token> &successor() const { return m_successor; }
    /// True when the server had no rotate endpoint and the successor was
    /// created as a plain new token.
    bool usedFallback() const { return m_fallback; }
    /// When the old token stops working by itself; nullopt with the fallback.
    std::optional<QDateTime> graceEnd() const { return m_graceEnd; }

    /// Called by the successor page once the server created the successor.
    void setSuccessor(const Token &successor, bool fallback, std::optional<QDateTime> graceEnd);

Q_SIGNALS:
    /// Finish was pressed and its choice carried out.
    void rotated(const keyward::Token &successor);

private:
    ApiClient *m_api;
    Owner m_owner;
    Token m_old;
    Environment m_environment = Environment::Production;
    ClipboardGuard &m_guard;
    CopyContext m_copyContext;
    std::optional<Token> m_successor;
    std::optional<QDateTime> m_graceEnd;
    bool m_fallback = false;
};

} // namespace keyward
