// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/panel.h"

#include "copying/copycontext.h"
#include "domain/token.h"

#include <functional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QSplitter;
class QTimer;

namespace keyward {

class ApiClient;
class ClipboardGuard;
class InlineStatus;
class TokenDetailsPane;
class TokenListModel;
class TokenTableProxy;

/// The Tokens tab of an organization or team page: the publishing tokens
/// (at most three), how many slots are used, and creating, copying and
/// revoking them. Only administrators see tokens; everyone else gets a
/// sentence saying why. Values never appear in the list.
///
/// objectNames: tokensFilter, newTokenButton, copyTokenButton,
/// revokeTokenButton, rotateTokenButton, tokenSlotsLabel, tokensStatus, tokensView,
/// tokensAccessLabel.
class TokensPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokensPanel)

public:
    explicit TokensPanel(ApiClient *api, QWidget *parent = nullptr);
    ~TokensPanel() override;

    void setContext(const NodeContext &context) override;
    void refresh() override;
    void focusFilter() override;

    const NodeContext &context() const { return m_context; }
    TokenListModel *model() const { return m_model; }

public Q_SLOTS:
    /// Ctrl+N: opens the create dialog, when the role and a free slot allow.
    void createToken();
    /// Copies the selected token's value (fetched from the server, which audits
    /// it).
    void copySelectedValue();
    /// Asks, then revokes the selected token.
    void revokeSelected();
    /// Copies the selected token as a configuration snippet (Copy As dialog).
    void copySelectedAs();
    /// Opens the rotation wizard for the selected token.
    void rotateSelected();
    /// Selects the token with \p id, now or as soon as the list has loaded.
    void showToken(const QString &id);
    /// Searches folders for files containing the selected token's value;
    /// the dialog opens over \p parent (the panel by default).
    void findSelectedUsages(QWidget *parent = nullptr);

public:
    /// Copies go through \p guard (cleared after a delay, hidden from
    /// clipboard managers), the window's one so there is one countdown.
    /// Until it is set the panel uses a guard of its own: a copy never
    /// bypasses the hygiene. Not owned.
    void setClipboardGuard(ClipboardGuard *guard);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void load(const QString &selectId);
    void showSelectedDetails();
    /// Opens the claims of the selected token and \p otherId side by side.
    void compareSelectedWith(const QString &otherId);
    /// Fetches the selected token with its value (the server audits the
    /// read), then hands it to \p use; explains when there is no value.
    void withSelectedValue(const QString &busyText, const std::function<void(const Token &)> &use);
    void tokenCreated(const Token &token);
    void updateActions();
    void selectToken(const QString &id);
    /// Where this panel's tokens are used: server, organization, team.
    CopyContext copyContext() const;
    /// The selected token's source row, or -1.
    int selectedRow() const;
    /// Why a new token cannot be created now; empty when it can.
    QString createBlockedReason() const;

    ApiClient *m_api;
    NodeContext m_context;
    TokenListModel *m_model;
    TokenTableProxy *m_proxy;
    QLineEdit *m_filter;
    QPushButton *m_new;
    QPushButton *m_copy;
    QPushButton *m_copyAs;
    QPushButton *m_findUsages;
    QPushButton *m_compare;
    QPushButton *m_revoke;
    QPushButton *m_rotate;
    QLabel *m_slots;
    QLabel *m_access;
    InlineStatus *m_status;
    QTableView *m_view;
    QTimer *m_clockTimer;
    QSplitter *m_split;
    TokenDetailsPane *m_details;
    ClipboardGuard *m_clipboard;
    /// Bumped on every load or context switch so that a late answer for a
    /// node no longer shown is dropped.
    quint64 m_generation = 0;
    bool m_loading = false;
    bool m_loaded = false;
    /// Ctrl+N arrived while loading: open the dialog once loaded.
    bool m_createWhenLoaded = false;
    /// showToken() before the list arrived: select this id once it has.
    QString m_selectWhenLoaded;
};

} // namespace keyward
