// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotationslotspage.h"

#include "rotationplan.h"
#include "rotationwizard.h"

#include "common/confirmdialog.h"
#include "common/inlinestatus.h"

#include "domain/relativetime.h"
#include "itemmodels/tokenlistmodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

enum Column
{
    DescriptionColumn,
    ExpiresColumn,
    LastUsedColumn,
    ColumnCount
};

} // namespace

RotationSlotsPage::RotationSlotsPage(RotationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_slots(new QLabel(this))
    , m_list(new QTreeWidget(this))
    , m_suggestion(new QLabel(this))
    , m_retire(new QPushButton(this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"rotationSlotsPage"_s);
    setTitle(tr("Token slots"));
    setSubTitle(tr("The server keeps at most %n tokens per organization and per team; the "
                   "successor needs a free slot while the old token still works.",
                   nullptr, TokenListModel::defaultCapacity));

    auto *layout = new QVBoxLayout(this);
    m_slots->setObjectName(u"rotationSlotsLabel"_s);
    m_slots->setAccessibleName(tr("Token slots used"));
    m_slots->setTextFormat(Qt::PlainText);
    layout->addWidget(m_slots);

    m_list->setObjectName(u"rotationSlotsList"_s);
    m_list->setAccessibleName(tr("Tokens of this owner"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Description"), tr("Expires"), tr("Last used")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::NoSelection);
    m_list->header()->setSectionResizeMode(DescriptionColumn, QHeaderView::Stretch);
    m_list->header()->setStretchLastSection(false);
    layout->addWidget(m_list, 1);

    m_suggestion->setObjectName(u"rotationRetireSuggestion"_s);
    m_suggestion->setTextFormat(Qt::PlainText);
    m_suggestion->setWordWrap(true);
    m_suggestion->setVisible(false);
    layout->addWidget(m_suggestion);

    m_retire->setObjectName(u"rotationRetireButton"_s);
    m_retire->setAccessibleName(tr("Revoke the suggested token now"));
    m_retire->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_retire->setVisible(false);
    auto *retireRow = new QHBoxLayout;
    retireRow->addWidget(m_retire);
    retireRow->addStretch(1);
    layout->addLayout(retireRow);

    m_status->setObjectNames(u"rotationSlotsStatus"_s);
    layout->addWidget(m_status);

    connect(m_retire, &QPushButton::clicked, this, &RotationSlotsPage::revokeSuggested);
}

void RotationSlotsPage::initializePage()
{
    load();
}

bool RotationSlotsPage::isComplete() const
{
    return m_loaded && m_oldPresent && m_tokens.size() < TokenListModel::defaultCapacity;
}

void RotationSlotsPage::load()
{
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_retire->setEnabled(false);
    m_status->showBusy(tr("Loading tokens…"));
    Q_EMIT completeChanged();
    m_wizard->api()->tokens(m_wizard->owner(), this,
                            [this, generation](const ApiResult<QList<Token>> &result) {
                                if (generation != m_generation) {
                                    return;
                                }
                                if (!result) {
                                    m_status->showError(result.error().message, [this] { load(); });
                                    return;
                                }
                                m_tokens = *result;
                                m_loaded = true;
                                showTokens();
                                Q_EMIT completeChanged();
                            });
}

void RotationSlotsPage::showTokens()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Token &old = m_wizard->oldToken();
    const int capacity = TokenListModel::defaultCapacity;
    m_slots->setText(tr("%1 of %2 token slots used").arg(m_tokens.size()).arg(capacity));

    m_oldPresent = std::any_of(m_tokens.cbegin(), m_tokens.cend(),
                               [&old](const Token &token) { return token.id == old.id; });
    const bool full = m_tokens.size() >= capacity;
    const auto suggestion =
        full ? RotationPlan::suggestRetirement(m_tokens, old.id, now) : std::nullopt;
    m_suggestedId = suggestion ? suggestion->tokenId : QString();

    m_list->clear();
    for (const Token &token : std::as_const(m_tokens)) {
        auto *item = new QTreeWidgetItem(m_list);
        QString description = token.description;
        if (token.id == old.id) {
            description = tr("%1 (being rotated)").arg(token.description);
        } else if (token.id == m_suggestedId) {
            description = tr("%1 (suggested to revoke)").arg(token.description);
        }
        item->setText(DescriptionColumn, description);
        item->setText(ExpiresColumn,
                      token.expires ? RelativeTime::text(*token.expires, now) : tr("never"));
        if (token.expires) {
            item->setToolTip(ExpiresColumn, RelativeTime::absoluteText(*token.expires));
        }
        item->setText(LastUsedColumn,
                      token.lastUsed ? RelativeTime::text(*token.lastUsed, now) : tr("never used"));
    }

    if (!m_oldPresent) {
        m_status->showError(tr("The token “%1” no longer exists on the server; someone may have "
                               "revoked it. Close the wizard and refresh the list.")
                                .arg(old.description),
                            [this] { load(); });
    } else {
        m_status->clear();
    }

    m_suggestion->setVisible(suggestion.has_value());
    m_retire->setVisible(suggestion.has_value());
    m_retire->setEnabled(suggestion.has_value());
    if (suggestion) {
        const auto it = std::find_if(m_tokens.cbegin(), m_tokens.cend(),
                                     [this](const Token &t) { return t.id == m_suggestedId; });
        m_suggestion->setText(tr("All %1 slots are used: revoke one token first. Suggested: %2")
                                  .arg(capacity)
                                  .arg(suggestion->reason));
        m_retire->setText(tr("Revoke %1 now").arg(it->description));
        m_retire->setAccessibleName(tr("Revoke %1 now").arg(it->description));
    } else if (full && m_oldPresent) {
        m_status->showError(
            tr("All %1 slots are used and there is no other token to revoke.").arg(capacity),
            [this] { load(); });
    }
}

void RotationSlotsPage::revokeSuggested()
{
    const auto it = std::find_if(m_tokens.cbegin(), m_tokens.cend(),
                                 [this](const Token &t) { return t.id == m_suggestedId; });
    if (it == m_tokens.cend()) {
        return;
    }
    const Token token = *it;
    // In production the user types the description (or the id when there is
    // none), as everywhere else a token is revoked.
    const ConfirmDialog::Options options = ConfirmDialog::guarded(
        m_wizard->environment(), token.description.isEmpty() ? token.id : token.description,
        {tr("Revoke token"),
         tr("Revoke the token “%1” (id %2)? Applications using it stop publishing immediately. "
            "This cannot be undone.")
             .arg(token.description, token.id),
         tr("Revoke token"),
         {}});
    ConfirmDialog::ask(this, options, [this, token](ConfirmDialog *dialog) {
        dialog->setBusy(true, tr("Revoking…"));
        m_wizard->api()->deleteToken(m_wizard->owner(), token.id, dialog,
                                     [this, dialog](const ApiResult<NoContent> &result) {
                                         if (!result) {
                                             dialog->showError(result.error().message);
                                             return;
                                         }
                                         dialog->accept();
                                         load();
                                     });
    });
}

} // namespace keyward
