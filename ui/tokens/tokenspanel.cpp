// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenspanel.h"

#include "tokenstable.h"

#include "createtokendialog.h"
#include "newtokendialog.h"
#include "tokendetailspane.h"
#include "tokentableproxy.h"

#include "claims/claimsdiffview.h"
#include "claims/tokeninspection.h"
#include "common/confirmdialog.h"
#include "common/inlinestatus.h"
#include "common/permissions.h"
#include "copying/clipboardguard.h"
#include "copying/copyasdialog.h"
#include "rotation/rotationwizard.h"
#include "usagescan/usagescandialog.h"

#include "api/apiclient.h"
#include "itemmodels/tokenlistmodel.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr int ClockIntervalMs = 60 * 1000;

QString showOnceText()
{
    return TokensPanel::tr("This server shows token values only once, when they are created. "
                           "Create a new token to get a value.");
}

} // namespace

TokensPanel::TokensPanel(ApiClient *api, QWidget *parent)
    : Panel(parent)
    , m_api(api)
    , m_model(new TokenListModel(this))
    , m_proxy(new TokenTableProxy(this))
    , m_filter(new QLineEdit(this))
    , m_new(new QPushButton(tr("New Token…"), this))
    , m_copy(new QPushButton(tr("Copy Value"), this))
    , m_copyAs(new QPushButton(tr("Copy As…"), this))
    , m_findUsages(new QPushButton(tr("Find Usages…"), this))
    , m_compare(new QPushButton(tr("Compare"), this))
    , m_revoke(new QPushButton(tr("Revoke…"), this))
    , m_rotate(new QPushButton(tr("Rotate…"), this))
    , m_slots(new QLabel(this))
    , m_access(new QLabel(this))
    , m_status(new InlineStatus(this))
    , m_view(new QTableView(this))
    , m_clockTimer(new QTimer(this))
    , m_split(new QSplitter(Qt::Vertical, this))
    , m_details(new TokenDetailsPane(api, this))
    , m_clipboard(new ClipboardGuard(this))
{
    setObjectName(u"tokensPanel"_s);
    auto *layout = new QVBoxLayout(this);

    auto *toolbar = new QHBoxLayout;
    m_filter->setObjectName(u"tokensFilter"_s);
    m_filter->setAccessibleName(tr("Filter tokens"));
    m_filter->setPlaceholderText(tr("Filter by description, id, scope or fingerprint"));
    m_filter->setClearButtonEnabled(true);
    // Longer button labels (German, French) must not squeeze it to nothing.
    m_filter->setMinimumWidth(m_filter->fontMetrics().averageCharWidth() * 16);
    toolbar->addWidget(m_filter, 1);
    m_slots->setObjectName(u"tokenSlotsLabel"_s);
    m_slots->setAccessibleName(tr("Token slots used"));
    m_slots->setToolTip(tr("The server keeps at most %n tokens per organization and per team.",
                           nullptr, TokenListModel::defaultCapacity));
    toolbar->addWidget(m_slots);
    m_new->setObjectName(u"newTokenButton"_s);
    m_new->setAccessibleName(tr("New token"));
    m_new->setIcon(QIcon::fromTheme(u"list-add"_s));
    m_copy->setObjectName(u"copyTokenButton"_s);
    m_copy->setAccessibleName(tr("Copy token value"));
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copyAs->setObjectName(u"copyTokenAsButton"_s);
    m_copyAs->setAccessibleName(tr("Copy token as a configuration snippet"));
    m_findUsages->setObjectName(u"findTokenUsagesButton"_s);
    m_findUsages->setAccessibleName(tr("Find files that contain the token"));
    m_compare->setObjectName(u"compareTokensButton"_s);
    m_compare->setAccessibleName(tr("Compare the claims of two tokens"));
    // The menu lists the other tokens when it opens: compare with which one.
    auto *compareMenu = new QMenu(m_compare);
    compareMenu->setObjectName(u"compareTokensMenu"_s);
    m_compare->setMenu(compareMenu);
    connect(compareMenu, &QMenu::aboutToShow, this, [this, compareMenu] {
        compareMenu->clear();
        const int selected = selectedRow();
        for (int row = 0; row < m_model->rowCount(); ++row) {
            if (row == selected) {
                continue;
            }
            const Token &other = m_model->token(row);
            QAction *action =
                compareMenu->addAction(tr("With “%1” (id %2)").arg(other.description, other.id));
            const QString id = other.id;
            connect(action, &QAction::triggered, this, [this, id] { compareSelectedWith(id); });
        }
    });
    m_revoke->setObjectName(u"revokeTokenButton"_s);
    m_revoke->setAccessibleName(tr("Revoke token"));
    m_revoke->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_copy);
    toolbar->addWidget(m_copyAs);
    toolbar->addWidget(m_findUsages);
    toolbar->addWidget(m_compare);
    m_rotate->setObjectName(u"rotateTokenButton"_s);
    m_rotate->setAccessibleName(tr("Rotate token"));
    toolbar->addWidget(m_rotate);
    toolbar->addWidget(m_revoke);
    layout->addLayout(toolbar);

    m_status->setObjectNames(u"tokensStatus"_s);
    layout->addWidget(m_status);

    m_access->setObjectName(u"tokensAccessLabel"_s);
    m_access->setWordWrap(true);
    m_access->setTextFormat(Qt::PlainText);
    m_access->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_access->setVisible(false);
    m_access->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    layout->addWidget(m_access);

    m_proxy->setSourceModel(m_model);
    m_view->setObjectName(u"tokensView"_s);
    // Tab leaves the table (arrow keys move within it), as everywhere else.
    m_view->setTabKeyNavigation(false);
    m_view->setAccessibleName(tr("Tokens"));
    m_view->setModel(m_proxy);
    setUpTokensTable(m_view);
    m_split->setObjectName(u"tokensSplitter"_s);
    m_split->setChildrenCollapsible(false);
    m_split->addWidget(m_view);
    m_split->addWidget(m_details);
    m_split->setStretchFactor(0, 1);
    m_split->setStretchFactor(1, 2);
    layout->addWidget(m_split, 1);
    // Takes the room only while the view is hidden, keeping the access note at
    // the top.
    layout->addStretch(0);

    auto *deleteShortcut = new QShortcut(QKeySequence::Delete, m_view);
    deleteShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(deleteShortcut, &QShortcut::activated, this, &TokensPanel::revokeSelected);
    // Ctrl+C cannot be a QShortcut here: QAbstractItemView claims it for
    // copying the current cell's text, which would put the description on
    // the clipboard instead of the value.
    m_view->installEventFilter(this);

    setTabOrder(m_filter, m_new);
    setTabOrder(m_new, m_copy);
    setTabOrder(m_copy, m_copyAs);
    setTabOrder(m_copyAs, m_findUsages);
    setTabOrder(m_findUsages, m_compare);
    setTabOrder(m_compare, m_rotate);
    setTabOrder(m_rotate, m_revoke);
    setTabOrder(m_revoke, m_view);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &TokenTableProxy::setFilterText);
    connect(m_new, &QPushButton::clicked, this, &TokensPanel::createToken);
    connect(m_copy, &QPushButton::clicked, this, &TokensPanel::copySelectedValue);
    connect(m_copyAs, &QPushButton::clicked, this, &TokensPanel::copySelectedAs);
    connect(m_findUsages, &QPushButton::clicked, this, [this] { findSelectedUsages(); });
    connect(m_revoke, &QPushButton::clicked, this, &TokensPanel::revokeSelected);
    connect(m_rotate, &QPushButton::clicked, this, &TokensPanel::rotateSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokensPanel::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TokensPanel::showSelectedDetails);
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_model, signal, this, &TokensPanel::updateActions);
    }
    connect(m_model, &QAbstractItemModel::modelReset, this, &TokensPanel::updateActions);

    // "in 6 days" and the statuses drift while the panel stays open.
    m_clockTimer->setInterval(ClockIntervalMs);
    connect(m_clockTimer, &QTimer::timeout, m_model, &TokenListModel::refreshTimes);
    m_clockTimer->start();

    updateActions();
}

TokensPanel::~TokensPanel() = default;

bool TokensPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view &&
        (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress)) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy)) {
            event->accept();
            if (event->type() == QEvent::KeyPress) {
                copySelectedValue();
                return true;
            }
            return false;
        }
    }
    return Panel::eventFilter(watched, event);
}

void TokensPanel::setContext(const NodeContext &context)
{
    m_context = context;
    ++m_generation;
    m_createWhenLoaded = false;
    m_selectWhenLoaded.clear();
    m_loaded = false;
    m_loading = false;
    m_model->clear();
    m_status->clear();
    const bool allowed = Permissions::allows(context, Permission::ViewTokens);
    m_access->setVisible(!allowed);
    m_split->setVisible(allowed);
    m_details->clear();
    m_filter->setEnabled(allowed);
    if (!allowed) {
        m_access->setText((context.isTeam() ? tr("Only administrators see and manage the "
                                                 "publishing tokens of team %1.")
                                                  .arg(context.displayName())
                                            : tr("Only administrators see and manage the "
                                                 "publishing tokens of %1.")
                                                  .arg(context.organization)) +
                          u' ' + Permissions::reason(context, Permission::ViewTokens));
        updateActions();
        return;
    }
    load({});
}

void TokensPanel::refresh()
{
    if (!m_context.isValid() || !Permissions::allows(m_context, Permission::ViewTokens)) {
        return;
    }
    const int row = selectedRow();
    load(row >= 0 ? m_model->token(row).id : QString());
}

void TokensPanel::focusFilter()
{
    m_filter->setFocus(Qt::ShortcutFocusReason);
    m_filter->selectAll();
}

void TokensPanel::load(const QString &selectId)
{
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_status->showBusy(tr("Loading tokens…"));
    updateActions();
    m_api->tokens(
        m_context.owner(), this,
        [this, generation, selectId](const ApiResult<QList<Token>> &result) {
            if (generation != m_generation) {
                return;
            }
            m_loading = false;
            if (!result) {
                m_status->showError(result.error().message, [this, selectId] { load(selectId); });
                updateActions();
                return;
            }
            m_status->clear();
            m_model->setTokens(*result);
            m_loaded = true;
            selectToken(selectId.isEmpty() ? std::exchange(m_selectWhenLoaded, {}) : selectId);
            updateActions();
            if (std::exchange(m_createWhenLoaded, false)) {
                createToken();
            }
        });
}

QString TokensPanel::createBlockedReason() const
{
    if (!Permissions::allows(m_context, Permission::ManageTokens)) {
        return Permissions::reason(m_context, Permission::ManageTokens);
    }
    if (!m_loaded) {
        return m_loading ? tr("Wait until the tokens are loaded.")
                         : tr("The tokens could not be loaded.");
    }
    if (m_model->isFull()) {
        return m_context.isTeam() ? tr("This team already has %1 tokens, the most "
                                       "the server allows. Revoke one "
                                       "first.")
                                        .arg(m_model->capacity())
                                  : tr("This organization already has %1 tokens, "
                                       "the most the server allows. "
                                       "Revoke one first.")
                                        .arg(m_model->capacity());
    }
    return {};
}

void TokensPanel::updateActions()
{
    const bool loaded = m_loaded && !m_loading;
    m_slots->setText(loaded ? m_model->slotsText() : QString());

    const QString blocked = createBlockedReason();
    m_new->setEnabled(blocked.isEmpty());
    m_new->setToolTip(blocked.isEmpty() ? tr("Create a token for applications (Ctrl+N)") : blocked);

    const bool canManage = Permissions::allows(m_context, Permission::ManageTokens);
    const int row = selectedRow();
    if (!canManage) {
        for (QPushButton *button :
             {m_copy, m_copyAs, m_findUsages, m_compare, m_revoke, m_rotate}) {
            Permissions::apply(button, m_context, Permission::ManageTokens);
        }
        return;
    }
    if (row < 0) {
        for (QPushButton *button : {m_copy, m_copyAs, m_findUsages, m_compare, m_rotate}) {
            button->setEnabled(false);
            button->setToolTip(tr("Select a token first."));
        }
        m_revoke->setEnabled(false);
        m_revoke->setToolTip(tr("Select a token to revoke it."));
        return;
    }
    Permissions::apply(m_rotate, m_context, Permission::ManageTokens,
                       tr("Replace the selected token by a successor with the same settings"));
    const bool hasValue = m_model->index(row, 0).data(TokenListModel::HasValueRole).toBool();
    m_copy->setEnabled(hasValue);
    m_copy->setToolTip(hasValue ? tr("Copy the selected token's value (Ctrl+C)") : showOnceText());
    m_copyAs->setEnabled(hasValue);
    m_copyAs->setToolTip(hasValue ? tr("Copy the token as an Authorization header, a curl command, "
                                       "a .env line, a Kubernetes Secret…")
                                  : showOnceText());
    const bool comparable = hasValue && m_model->rowCount() > 1;
    m_compare->setEnabled(comparable);
    m_compare->setToolTip(comparable ? tr("Compare this token's claims with another token's, e.g. "
                                          "before and after a rotation")
                          : hasValue ? tr("There is no other token to compare with.")
                                     : showOnceText());
    m_findUsages->setEnabled(hasValue);
    m_findUsages->setToolTip(hasValue ? tr("Search folders for configuration files that contain "
                                           "this token")
                                      : showOnceText());
    const bool last = m_model->rowCount() <= 1;
    m_revoke->setEnabled(!last);
    m_revoke->setToolTip(last ? tr("This is the only token left. Publishing must not be cut off "
                                   "by accident: create the successor first.")
                              : tr("Revoke the selected token (Delete)"));
}

void TokensPanel::compareSelectedWith(const QString &otherId)
{
    const int row = selectedRow();
    const int otherRow = m_model->rowOf(otherId);
    if (row < 0 || otherRow < 0) {
        return;
    }
    const Token &left = m_model->token(row);
    const Token &right = m_model->token(otherRow);
    claims::InspectionContext context;
    context.expectedIssuer = m_api->serverUrl().toString();
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"compareTokensDialog"_s);
    dialog->setWindowTitle(tr("Compare tokens"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *diff = new ClaimsDiffView(dialog);
    diff->setTokens(claims::TokenInspection::inspect(left.value.value_or(QString()), context),
                    left.description,
                    claims::TokenInspection::inspect(right.value.value_or(QString()), context),
                    right.description);
    layout->addWidget(diff, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setObjectName(u"compareTokensCloseButton"_s);
    buttons->button(QDialogButtonBox::Close)->setAccessibleName(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(760, 420);
    dialog->open();
}

void TokensPanel::setClipboardGuard(ClipboardGuard *guard)
{
    if (guard == nullptr || guard == m_clipboard) {
        return;
    }
    // The panel's own guard only served until the window's arrived.
    if (m_clipboard->parent() == this) {
        delete m_clipboard;
    }
    m_clipboard = guard;
}

void TokensPanel::showSelectedDetails()
{
    const int row = selectedRow();
    if (row < 0) {
        m_details->clear();
        return;
    }
    const Token &token = m_model->token(row);
    m_details->setToken(token, m_context);
}

int TokensPanel::selectedRow() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return -1;
    }
    return m_proxy->mapToSource(rows.first()).row();
}

void TokensPanel::showToken(const QString &id)
{
    if (m_loaded) {
        selectToken(id);
    } else {
        m_selectWhenLoaded = id;
    }
}

void TokensPanel::selectToken(const QString &id)
{
    const int row = id.isEmpty() ? -1 : m_model->rowOf(id);
    if (row < 0) {
        return;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid()) {
        return;
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index);
}

void TokensPanel::createToken()
{
    // Ctrl+N on a page whose tokens are still loading: the dialog opens as
    // soon as they are in (the 3-token cap can only be judged then).
    if (m_loading && Permissions::allows(m_context, Permission::ManageTokens)) {
        m_createWhenLoaded = true;
        return;
    }
    const QString blocked = createBlockedReason();
    if (!blocked.isEmpty()) {
        // Ctrl+N reaches here even with the button disabled: say why, unless
        // the note replacing the list says it already.
        if (Permissions::allows(m_context, Permission::ViewTokens)) {
            m_status->showInfo(blocked);
        }
        return;
    }
    auto *dialog = new CreateTokenDialog(m_api, m_context, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &CreateTokenDialog::created, this, &TokensPanel::tokenCreated);
    dialog->open();
}

void TokensPanel::tokenCreated(const Token &token)
{
    // The row goes in at once: the token exists on the server whether or
    // not the user has closed the dialog showing its value yet.
    if (m_model->rowOf(token.id) < 0) {
        m_model->addToken(token);
    }
    selectToken(token.id);
    updateActions();
    Q_EMIT statusMessage(tr("Token “%1” created.").arg(token.description));
    auto *shown = new NewTokenDialog(token, *m_clipboard, this);
    shown->setCopyContext(copyContext());
    shown->setAttribute(Qt::WA_DeleteOnClose);
    shown->open();
}

void TokensPanel::withSelectedValue(const QString &busyText,
                                    const std::function<void(const Token &)> &use)
{
    if (!Permissions::allows(m_context, Permission::ManageTokens)) {
        return;
    }
    const int row = selectedRow();
    if (row < 0) {
        return;
    }
    if (!m_model->index(row, 0).data(TokenListModel::HasValueRole).toBool()) {
        m_status->showInfo(showOnceText());
        return;
    }
    const QString id = m_model->token(row).id;
    const quint64 generation = m_generation;
    m_copy->setEnabled(false);
    m_status->showBusy(busyText);
    // Read the value from the server rather than the listing: the server
    // records each read of a value in the audit log.
    m_api->token(m_context.owner(), id, this,
                 [this, generation, busyText, use](const ApiResult<Token> &result) {
                     if (generation != m_generation) {
                         return;
                     }
                     updateActions();
                     if (!result) {
                         m_status->showError(result.error().message, [this, busyText, use] {
                             withSelectedValue(busyText, use);
                         });
                         return;
                     }
                     if (!result->value || result->value->isEmpty()) {
                         m_status->showInfo(showOnceText());
                         return;
                     }
                     m_status->clear();
                     use(*result);
                 });
}

CopyContext TokensPanel::copyContext() const
{
    return CopyContext{m_api->serverUrl(), m_context.organization,
                       m_context.team.value_or(QString())};
}

void TokensPanel::copySelectedValue()
{
    withSelectedValue(tr("Fetching the token value…"), [this](const Token &token) {
        m_clipboard->copyToken(*token.value, CopiedToken::of(token, copyContext(), tr("value")));
        Q_EMIT statusMessage(tr("Token value copied"));
    });
}

void TokensPanel::copySelectedAs()
{
    withSelectedValue(tr("Fetching the token value…"), [this](const Token &token) {
        auto *dialog = new CopyAsDialog(token, copyContext(), m_clipboard, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void TokensPanel::rotateSelected()
{
    const int row = selectedRow();
    if (row < 0 || !Permissions::allows(m_context, Permission::ManageTokens)) {
        return;
    }
    auto *wizard = new RotationWizard(m_api, m_context.owner(), m_model->token(row), *m_clipboard,
                                      copyContext(), this);
    wizard->setEnvironment(m_context.environment);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    const NodeContext context = m_context;
    connect(wizard, &RotationWizard::rotated, this, [this, context](const Token &successor) {
        Q_EMIT statusMessage(tr("Token rotated: “%1” created.").arg(successor.description));
        if (m_context == context) {
            load(successor.id);
        }
    });
    // Cancelled after the successor was created, or a token revoked to free
    // a slot: the list changed either way.
    connect(wizard, &QDialog::rejected, this, [this, context] {
        if (m_context == context) {
            refresh();
        }
    });
    wizard->open();
}

void TokensPanel::findSelectedUsages(QWidget *parent)
{
    const QPointer<QWidget> owner = parent ? parent : this;
    withSelectedValue(tr("Fetching the token value…"), [this, owner](const Token &token) {
        auto *dialog = new UsageScanDialog(token.description, *token.value,
                                           owner ? owner.data() : static_cast<QWidget *>(this));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
}

void TokensPanel::revokeSelected()
{
    const int row = selectedRow();
    if (row < 0 || !m_revoke->isEnabled()) {
        return;
    }
    const Token token = m_model->token(row);
    const bool hasFingerprint = m_model->index(row, 0).data(TokenListModel::HasValueRole).toBool();
    const QString fingerprint =
        m_model->index(row, TokenListModel::FingerprintColumn).data().toString();
    const QString what =
        hasFingerprint ? tr("the token “%1” (id %2, fingerprint %3) of %4")
                             .arg(token.description, token.id, fingerprint, m_context.displayName())
                       : tr("the token “%1” (id %2) of %3")
                             .arg(token.description, token.id, m_context.displayName());
    ConfirmDialog::Options options{tr("Revoke token"),
                                   tr("Revoke %1? Applications using it stop "
                                      "publishing immediately. This cannot be "
                                      "undone.")
                                       .arg(what),
                                   tr("Revoke token"),
                                   {}};
    if (hasFingerprint) {
        // Before the token stops working, find the configuration files that still
        // use it.
        options.secondaryLabel = tr("Find Usages First…");
        options.secondaryAction = [this](QWidget *dialog) {
            findSelectedUsages(dialog);
        };
    }
    // The description is what people recognise a token by; the id stands in
    // when there is none or another token shares it, so the typed name always
    // singles out the token being revoked.
    const QString description = token.description;
    int sameDescription = 0;
    for (int other = 0; other < m_model->rowCount(); ++other) {
        sameDescription += m_model->token(other).description == description ? 1 : 0;
    }
    const bool uniqueDescription = !description.trimmed().isEmpty() && sameDescription == 1;
    options = ConfirmDialog::guarded(m_context, uniqueDescription ? description : token.id,
                                     std::move(options));
    const NodeContext context = m_context;
    const QString id = token.id;
    ConfirmDialog::ask(this, options, [this, context, id, description](ConfirmDialog *dialog) {
        dialog->setBusy(true, tr("Revoking…"));
        m_api->deleteToken(
            context.owner(), id, dialog,
            [this, dialog, context, id, description](const ApiResult<NoContent> &result) {
                if (!result) {
                    dialog->showError(result.error().message);
                    return;
                }
                // The page may show another node by now; its rows stay as they
                // are.
                if (m_context.organization == context.organization &&
                    m_context.team == context.team) {
                    m_model->removeToken(id);
                    updateActions();
                }
                Q_EMIT statusMessage(tr("Token “%1” revoked.").arg(description));
                dialog->accept();
            });
    });
}

} // namespace keyward
