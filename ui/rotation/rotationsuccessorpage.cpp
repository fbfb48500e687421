// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotationsuccessorpage.h"

#include "rotationplan.h"
#include "rotationwizard.h"

#include "common/inlinestatus.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr qint64 Hour = 3600;
constexpr qint64 Custom = -1;
constexpr int MaxGraceHours = 24 * 365;

QLabel *readOnlyLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

RotationSuccessorPage::RotationSuccessorPage(RotationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_description(readOnlyLabel(u"rotationSuccessorDescription"_s, this))
    , m_scopes(readOnlyLabel(u"rotationSuccessorScopes"_s, this))
    , m_labels(readOnlyLabel(u"rotationSuccessorLabels"_s, this))
    , m_attributes(readOnlyLabel(u"rotationSuccessorAttributes"_s, this))
    , m_grace(new QComboBox(this))
    , m_customHours(new QSpinBox(this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"rotationSuccessorPage"_s);
    setTitle(tr("Successor"));
    setSubTitle(tr("The new token gets the same scopes, labels and attributes. The old one keeps "
                   "working for the grace period, so applications can switch without downtime."));
    setCommitPage(true);

    m_description->setAccessibleName(tr("Description of the new token"));
    m_scopes->setAccessibleName(tr("Scopes of the new token"));
    m_labels->setAccessibleName(tr("Labels of the new token"));
    m_attributes->setAccessibleName(tr("Attributes of the new token"));

    m_grace->setObjectName(u"rotationGraceCombo"_s);
    m_grace->setAccessibleName(tr("Grace period for the old token"));
    m_grace->addItem(tr("None: the old token stops working at once"), qint64(0));
    m_grace->addItem(tr("1 hour"), Hour);
    m_grace->addItem(tr("1 day"), 24 * Hour);
    m_grace->addItem(tr("7 days"), 7 * 24 * Hour);
    m_grace->addItem(tr("Custom"), Custom);
    m_grace->setCurrentIndex(2);
    m_customHours->setObjectName(u"rotationGraceHoursSpin"_s);
    m_customHours->setAccessibleName(tr("Custom grace period in hours"));
    m_customHours->setRange(1, MaxGraceHours);
    m_customHours->setValue(48);
    m_customHours->setSuffix(tr(" hours"));
    m_customHours->setEnabled(false);

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("Description:"), m_description);
    form->addRow(tr("Scopes:"), m_scopes);
    form->addRow(tr("Labels:"), m_labels);
    form->addRow(tr("Attributes:"), m_attributes);
    auto *graceRow = new QHBoxLayout;
    graceRow->addWidget(m_grace, 1);
    graceRow->addWidget(m_customHours);
    form->addRow(tr("Old token works for:"), graceRow);
    layout->addLayout(form);
    layout->addStretch(1);
    m_status->setObjectNames(u"rotationSuccessorStatus"_s);
    layout->addWidget(m_status);

    connect(m_grace, &QComboBox::currentIndexChanged, this,
            [this] { m_customHours->setEnabled(m_grace->currentData().toLongLong() == Custom); });
    setTabOrder(m_grace, m_customHours);
}

void RotationSuccessorPage::initializePage()
{
    const Token &old = m_wizard->oldToken();
    m_description->setText(RotationPlan::successorDescription(
        old.description, QDateTime::currentDateTimeUtc().date()));
    m_scopes->setText(old.scopes.isEmpty() ? tr("(the server's default)")
                                           : old.scopes.join(u", "_s));
    QStringList labels;
    for (auto it = old.labels.cbegin(); it != old.labels.cend(); ++it) {
        labels.append(u"%1=%2"_s.arg(it.key(), it.value()));
    }
    m_labels->setText(labels.isEmpty() ? tr("(none)") : labels.join(u", "_s));
    m_attributes->setText(
        old.attributes.isEmpty()
            ? tr("(none)")
            : QString::fromUtf8(QJsonDocument(old.attributes).toJson(QJsonDocument::Compact)));
}

qint64 RotationSuccessorPage::graceSeconds() const
{
    const qint64 chosen = m_grace->currentData().toLongLong();
    return chosen == Custom ? m_customHours->value() * Hour : chosen;
}

bool RotationSuccessorPage::isComplete() const
{
    return !m_busy;
}

bool RotationSuccessorPage::validatePage()
{
    if (m_wizard->successor()) {
        return true;
    }
    if (!m_busy) {
        rotate();
    }
    // The page moves on by itself once the server answered.
    return false;
}

void RotationSuccessorPage::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    m_grace->setEnabled(!busy);
    m_customHours->setEnabled(!busy && m_grace->currentData().toLongLong() == Custom);
    if (busy) {
        m_status->showBusy(text);
    }
    Q_EMIT completeChanged();
}

void RotationSuccessorPage::rotate()
{
    const qint64 grace = graceSeconds();
    setBusy(true, tr("Creating the successor…"));
    m_wizard->api()->rotateToken(m_wizard->owner(), m_wizard->oldToken().id, grace, this,
                                 [this, grace](const ApiResult<Token> &result) {
                                     if (result) {
                                         created(*result, false, grace);
                                         return;
                                     }
                                     if (result.error().kind == ApiError::NotFound) {
                                         checkWhyNotFound(result.error().message);
                                         return;
                                     }
                                     setBusy(false);
                                     m_status->showError(result.error().message,
                                                         [this] { rotate(); });
                                 });
}

void RotationSuccessorPage::checkWhyNotFound(const QString &rotateMessage)
{
    // 404 means either "no such token" or "no such route" (a plain CAVE
    // server): the listing tells them apart.
    const QString oldId = m_wizard->oldToken().id;
    m_wizard->api()->tokens(
        m_wizard->owner(), this,
        [this, oldId, rotateMessage](const ApiResult<QList<Token>> &result) {
            if (!result) {
                setBusy(false);
                m_status->showError(rotateMessage, [this] { rotate(); });
                return;
            }
            const bool exists = std::any_of(result->cbegin(), result->cend(),
                                            [&oldId](const Token &t) { return t.id == oldId; });
            if (!exists) {
                setBusy(false);
                m_status->showError(
                    tr("The token “%1” no longer exists on the server; someone may have revoked "
                       "it. Nothing was created. Cancel the wizard and refresh the list.")
                        .arg(m_wizard->oldToken().description),
                    [this] { rotate(); });
                return;
            }
            createInstead();
        });
}

void RotationSuccessorPage::createInstead()
{
    const Token &old = m_wizard->oldToken();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    CreateTokenRequest request;
    request.description = RotationPlan::successorDescription(old.description, now.date());
    request.scopes = old.scopes;
    request.labels = old.labels;
    request.attributes = old.attributes;
    // The same lifetime from now, as the server's rotate gives.
    if (old.expires && old.created.isValid() && *old.expires > old.created) {
        request.expires = now.addMSecs(old.created.msecsTo(*old.expires));
    }
    setBusy(true, tr("This server cannot rotate; creating the successor as a new token…"));
    m_wizard->api()->createToken(
        m_wizard->owner(), request, this, [this](const ApiResult<Token> &result) {
            if (!result) {
                setBusy(false);
                m_status->showError(result.error().message, [this] { createInstead(); });
                return;
            }
            created(*result, true, 0);
        });
}

void RotationSuccessorPage::created(const Token &successor, bool fallback, qint64 graceSeconds)
{
    m_wizard->setSuccessor(successor, fallback,
                           QDateTime::currentDateTimeUtc().addSecs(graceSeconds));
    m_status->clear();
    setBusy(false);
    m_wizard->next();
}

} // namespace keyward
