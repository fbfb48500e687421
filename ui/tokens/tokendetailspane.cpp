// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokendetailspane.h"

#include "api/apiclient.h"
#include "claims/claimsview.h"
#include "claims/keysource.h"
#include "claims/tokeninspection.h"
#include "common/inlinestatus.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {
/// Enough bullets to say "a value is here" without telling its length.
const QString maskedValue = QString(16, QChar(0x2022));
} // namespace

TokenDetailsPane::TokenDetailsPane(ApiClient *api, QWidget *parent)
    : QWidget(parent)
    , m_api(api)
    , m_value(new QLineEdit(this))
    , m_reveal(new QPushButton(tr("Reveal"), this))
    , m_status(new InlineStatus(this))
    , m_claims(new ClaimsView(this))
{
    setObjectName(u"tokenDetailsPane"_s);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *valueRow = new QHBoxLayout;
    auto *label = new QLabel(tr("&Value:"), this);
    label->setBuddy(m_value);
    m_value->setObjectName(u"tokenValueEdit"_s);
    m_value->setAccessibleName(tr("Token value"));
    m_value->setReadOnly(true);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_reveal->setObjectName(u"revealTokenButton"_s);
    m_reveal->setAccessibleName(tr("Reveal the token value"));
    m_reveal->setCheckable(true);
    valueRow->addWidget(label);
    valueRow->addWidget(m_value, 1);
    valueRow->addWidget(m_reveal);
    layout->addLayout(valueRow);
    m_status->setObjectNames(u"tokenDetailsStatus"_s);
    layout->addWidget(m_status);
    layout->addWidget(m_claims, 1);

    connect(m_reveal, &QPushButton::toggled, this, [this](bool checked) {
        if (checked) {
            reveal();
        } else {
            hideValue();
        }
    });
    clear();
}

void TokenDetailsPane::clear()
{
    ++m_generation;
    m_token.reset();
    hideValue();
    m_value->clear();
    m_value->setPlaceholderText(tr("Select a token to see its value and claims."));
    m_reveal->setEnabled(false);
    m_status->clear();
    m_claims->clear();
}

void TokenDetailsPane::setToken(const Token &token, const NodeContext &context)
{
    ++m_generation;
    m_token = token;
    m_context = context;
    hideValue();
    m_status->clear();
    const bool hasValue = token.value && !token.value->isEmpty();
    m_reveal->setEnabled(hasValue);
    m_reveal->setToolTip(hasValue ? tr("Show the value (the server records that it was read)")
                                  : tr("This server shows token values only once, when they "
                                       "are created."));
    m_value->setPlaceholderText(hasValue ? QString() : tr("Not available from this server"));
    inspect();
    loadServerFacts();
}

void TokenDetailsPane::hideValue()
{
    m_revealed = false;
    {
        const QSignalBlocker blocker(m_reveal);
        m_reveal->setChecked(false);
    }
    m_reveal->setText(tr("Reveal"));
    m_value->setText(m_token && m_token->value ? maskedValue : QString());
}

void TokenDetailsPane::reveal()
{
    if (!m_token) {
        return;
    }
    const quint64 generation = m_generation;
    m_reveal->setEnabled(false);
    m_status->showBusy(tr("Fetching the token value…"));
    // The single-token read is what the server audits; the listing's copy is
    // not shown even though it is in memory.
    m_api->token(
        m_context.owner(), m_token->id, this, [this, generation](const ApiResult<Token> &result) {
            if (generation != m_generation) {
                return;
            }
            m_reveal->setEnabled(true);
            if (!result) {
                hideValue();
                m_status->showError(result.error().message, [this] { m_reveal->setChecked(true); });
                return;
            }
            if (!result->value || result->value->isEmpty()) {
                hideValue();
                m_status->showInfo(tr("This server shows token values only once, "
                                      "when they are created."));
                return;
            }
            m_status->clear();
            m_revealed = true;
            m_reveal->setText(tr("Hide"));
            m_value->setText(*result->value);
        });
}

void TokenDetailsPane::inspect()
{
    if (!m_token) {
        m_claims->clear();
        return;
    }
    claims::InspectionContext context;
    context.expectedIssuer = m_api->serverUrl().toString();
    if (m_jwks && m_factsServer == m_api->serverUrl()) {
        context.keys = claims::KeySource::fromJwks(*m_jwks);
    }
    // Opaque (CAVE) tokens and show-once listings have no claims to read.
    claims::TokenInspection inspection =
        claims::TokenInspection::inspect(m_token->value.value_or(QString()), context);
    if (m_factsServer == m_api->serverUrl()) {
        inspection.markRevoked(m_revocations);
    }
    m_claims->setInspection(inspection);
}

void TokenDetailsPane::loadServerFacts()
{
    const QUrl server = m_api->serverUrl();
    if (m_factsRequested && m_factsServer == server) {
        return;
    }
    m_factsRequested = true;
    m_factsServer = server;
    m_jwks.reset();
    m_revocations.clear();
    m_api->jwks(this, [this, server](const ApiResult<jwt::Jwks> &result) {
        if (server != m_factsServer) {
            return;
        }
        if (result) {
            m_jwks = result.value();
            inspect();
        } else {
            // Without keys the claims still show, marked "not verified".
            m_factsRequested = false;
        }
    });
    m_api->revocations(std::nullopt, {}, std::nullopt, this,
                       [this, server](const ApiResult<Page<Revocation>> &result) {
                           if (server != m_factsServer || !result) {
                               return;
                           }
                           m_revocations = result->items;
                           inspect();
                       });
}

} // namespace keyward
