// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotationfinishpage.h"

#include "rotationwizard.h"

#include "common/inlinestatus.h"

#include "domain/relativetime.h"

#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

RotationFinishPage::RotationFinishPage(RotationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_revokeNow(new QRadioButton(tr("Revoke the old token now"), this))
    , m_keep(new QRadioButton(this))
    , m_note(new QLabel(this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"rotationFinishPage"_s);
    setTitle(tr("The old token"));
    setSubTitle(tr("Revoke the old token once every application uses the new one."));

    m_revokeNow->setObjectName(u"rotationRevokeNowRadio"_s);
    m_revokeNow->setAccessibleName(tr("Revoke the old token now"));
    m_keep->setObjectName(u"rotationKeepRadio"_s);
    m_keep->setAccessibleName(tr("Keep the old token"));
    m_keep->setChecked(true);
    m_note->setObjectName(u"rotationFinishNote"_s);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_revokeNow);
    layout->addWidget(m_keep);
    layout->addWidget(m_note);
    layout->addStretch(1);
    m_status->setObjectNames(u"rotationFinishStatus"_s);
    layout->addWidget(m_status);
    setTabOrder(m_revokeNow, m_keep);
}

void RotationFinishPage::initializePage()
{
    QString keep;
    QString note;
    if (m_wizard->usedFallback()) {
        keep = tr("Keep the old token until I revoke it");
        note = tr("On this server the old token keeps working until it is revoked. Revoke it from "
                  "the Tokens tab once no application uses it any more.");
    } else if (const auto end = m_wizard->graceEnd();
               end && *end > QDateTime::currentDateTimeUtc().addSecs(60)) {
        keep = tr("Leave it to expire at the end of the grace period (%1)")
                   .arg(RelativeTime::absoluteText(*end));
        note = tr("Until then applications still using the old token keep publishing; afterwards "
                  "the server refuses it and frees its slot.");
    } else {
        keep = tr("Leave it: with no grace period it has already stopped working");
        note = tr("The server refused the old token as soon as the successor was created.");
    }
    m_keep->setText(keep);
    m_keep->setAccessibleName(keep);
    m_note->setText(note);
    m_status->clear();
}

bool RotationFinishPage::isComplete() const
{
    return !m_busy;
}

bool RotationFinishPage::validatePage()
{
    if (m_done || m_keep->isChecked()) {
        m_done = true;
        return true;
    }
    if (!m_busy) {
        revoke();
    }
    // Finish completes once the server confirmed the revocation.
    return false;
}

void RotationFinishPage::revoke()
{
    m_busy = true;
    m_revokeNow->setEnabled(false);
    m_keep->setEnabled(false);
    m_status->showBusy(tr("Revoking the old token…"));
    Q_EMIT completeChanged();
    m_wizard->api()->deleteToken(m_wizard->owner(), m_wizard->oldToken().id, this,
                                 [this](const ApiResult<NoContent> &result) {
                                     m_busy = false;
                                     m_revokeNow->setEnabled(true);
                                     m_keep->setEnabled(true);
                                     Q_EMIT completeChanged();
                                     // Already gone (its grace period ended, or someone revoked it)
                                     // is what Finish asked for.
                                     if (!result && result.error().kind != ApiError::NotFound) {
                                         m_status->showError(result.error().message,
                                                             [this] { m_wizard->accept(); });
                                         return;
                                     }
                                     m_status->clear();
                                     m_done = true;
                                     m_wizard->accept();
                                 });
}

} // namespace keyward
