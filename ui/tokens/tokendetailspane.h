// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/nodecontext.h"
#include "domain/auditevent.h"
#include "domain/token.h"
#include "jwt/jwks.h"

#include <QUrl>
#include <QWidget>

#include <optional>

class QLineEdit;
class QPushButton;

namespace keyward {

class ApiClient;
class ClaimsView;
class InlineStatus;

/// Below the token list: the selected token's value, masked until the user
/// reveals it (which fetches the single token, so the server audits the
/// read), and its claims: verified against the server's published keys and
/// checked against its revocation list, both fetched once per server.
///
/// objectNames: tokenDetailsPane, tokenValueEdit, revealTokenButton,
/// tokenDetailsStatus, claimsView.
class TokenDetailsPane final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenDetailsPane)

public:
    explicit TokenDetailsPane(ApiClient *api, QWidget *parent = nullptr);

    /// Shows \p token (masked); the claims come from the listing's value.
    void setToken(const Token &token, const NodeContext &context);
    void clear();
    bool isRevealed() const { return m_revealed; }

private:
    void reveal();
    void hideValue();
    void inspect();
    /// Fetches the server's keys and revocations once; then inspects again.
    void loadServerFacts();

    ApiClient *m_api;
    NodeContext m_context;
    std::optional<Token> m_token;
    QLineEdit *m_value;
    QPushButton *m_reveal;
    InlineStatus *m_status;
    ClaimsView *m_claims;
    bool m_revealed = false;
    quint64 m_generation = 0;

    /// What the server publishes, for the server it was fetched from.
    QUrl m_factsServer;
    std::optional<jwt::Jwks> m_jwks;
    QList<Revocation> m_revocations;
    bool m_factsRequested = false;
};

} // namespace keyward
