// SPDX-License-Identifier: GPL-3.0-or-later
#include "newtokendialog.h"

#include "copying/clipboardguard.h"

#include "domain/relativetime.h"
#include "itemmodels/tokenlistmodel.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

NewTokenDialog::NewTokenDialog(const Token &token, ClipboardGuard &clipboard, QWidget *parent)
    : QDialog(parent)
    , m_token(token)
    , m_clipboard(clipboard)
    , m_value(new QLineEdit(this))
    , m_copy(new QPushButton(this))
    , m_close(new QPushButton(tr("Close"), this))
{
    setObjectName(u"newTokenDialog"_s);
    setWindowTitle(tr("Token created"));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);

    auto *heading = new QLabel(tr("Token “%1” was created").arg(token.description), this);
    heading->setObjectName(u"newTokenHeading"_s);
    heading->setTextFormat(Qt::PlainText);
    heading->setWordWrap(true);
    QFont headingFont = heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    heading->setFont(headingFont);
    layout->addWidget(heading);

    const bool hasValue = token.value && !token.value->isEmpty();

    auto *valueRow = new QHBoxLayout;
    m_value->setObjectName(u"newTokenValueEdit"_s);
    m_value->setAccessibleName(tr("Token value"));
    m_value->setReadOnly(true);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setText(hasValue ? *token.value : QString());
    m_value->setPlaceholderText(tr("The server did not return a value."));
    m_value->setCursorPosition(0);
    m_value->setMinimumWidth(m_value->fontMetrics().horizontalAdvance(u'x') * 64);
    m_value->setMinimumHeight(m_value->sizeHint().height() * 3 / 2);
    valueRow->addWidget(m_value, 1);

    m_copy->setObjectName(u"newTokenCopyButton"_s);
    m_copy->setText(tr("Copy"));
    m_copy->setAccessibleName(tr("Copy the token value"));
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    m_copy->setMinimumHeight(m_value->minimumHeight());
    m_copy->setMinimumWidth(m_copy->sizeHint().width() + 24);
    m_copy->setEnabled(hasValue);
    m_copy->setDefault(true);
    valueRow->addWidget(m_copy);
    layout->addLayout(valueRow);

    auto *warning = new QLabel(tr("This is the only time Keyward shows this value if the server "
                                  "keeps values hidden; copy it into your application's "
                                  "configuration now."),
                               this);
    warning->setObjectName(u"newTokenWarning"_s);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    auto *warningRow = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    warningRow->addWidget(icon, 0, Qt::AlignTop);
    warningRow->addWidget(warning, 1);
    layout->addLayout(warningRow);

    auto *details = new QFormLayout;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto *expires =
        new QLabel(token.expires ? tr("%1 (%2)").arg(RelativeTime::absoluteText(*token.expires),
                                                     RelativeTime::text(*token.expires, now))
                                 : tr("Never; it stays valid until revoked"),
                   this);
    expires->setObjectName(u"newTokenExpires"_s);
    expires->setTextFormat(Qt::PlainText);
    details->addRow(tr("Expires:"), expires);
    auto *scopes =
        new QLabel(token.scopes.isEmpty() ? tr("(not listed)") : token.scopes.join(u", "_s), this);
    scopes->setTextFormat(Qt::PlainText);
    details->addRow(tr("Scopes:"), scopes);
    auto *identity = new QLabel(
        hasValue ? tr("%1, fingerprint %2").arg(token.id, TokenListModel::fingerprint(*token.value))
                 : token.id,
        this);
    identity->setTextFormat(Qt::PlainText);
    identity->setTextInteractionFlags(Qt::TextSelectableByMouse);
    details->addRow(tr("Id:"), identity);
    layout->addLayout(details);

    auto *buttons = new QDialogButtonBox(this);
    m_close->setObjectName(u"newTokenCloseButton"_s);
    m_close->setAccessibleName(tr("Close"));
    m_close->setAutoDefault(false);
    buttons->addButton(m_close, QDialogButtonBox::AcceptRole);
    layout->addWidget(buttons);

    setTabOrder(m_value, m_copy);
    setTabOrder(m_copy, m_close);

    connect(m_copy, &QPushButton::clicked, this, &NewTokenDialog::copy);
    connect(m_close, &QPushButton::clicked, this, &QDialog::accept);
    m_copy->setFocus();
}

void NewTokenDialog::copy()
{
    if (!m_token.value || m_token.value->isEmpty()) {
        return;
    }
    m_clipboard.copyToken(*m_token.value, CopiedToken::of(m_token, m_copyContext, tr("new token")));
    m_copy->setText(tr("Copied"));
    m_copy->setAccessibleName(tr("Token value copied"));
}

} // namespace keyward
