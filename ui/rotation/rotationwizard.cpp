// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotationwizard.h"

#include "rotationfinishpage.h"
#include "rotationnewtokenpage.h"
#include "rotationslotspage.h"
#include "rotationsuccessorpage.h"

#include <QAbstractButton>

using namespace Qt::StringLiterals;

namespace keyward {

RotationWizard::RotationWizard(ApiClient *api, const Owner &owner, const Token &token,
                               ClipboardGuard &guard, const CopyContext &copyContext,
                               QWidget *parent)
    : QWizard(parent)
    , m_api(api)
    , m_owner(owner)
    , m_old(token)
    , m_guard(guard)
    , m_copyContext(copyContext)
{
    setObjectName(u"rotationWizard"_s);
    setWindowTitle(tr("Rotate token “%1”").arg(token.description));
    setAccessibleName(windowTitle());
    setOption(QWizard::NoBackButtonOnStartPage, true);

    setPage(SlotsPage, new RotationSlotsPage(this));
    setPage(SuccessorPage, new RotationSuccessorPage(this));
    setPage(NewTokenPage, new RotationNewTokenPage(this));
    setPage(FinishPage, new RotationFinishPage(this));
    setStartId(SlotsPage);

    setButtonText(QWizard::CommitButton, tr("Create Successor"));
    const struct
    {
        QWizard::WizardButton which;
        QString name;
        QString accessible;
    } buttons[] = {
        {QWizard::BackButton, u"rotationBackButton"_s, tr("Back")},
        {QWizard::NextButton, u"rotationNextButton"_s, tr("Next")},
        {QWizard::CommitButton, u"rotationCommitButton"_s, tr("Create the successor token")},
        {QWizard::FinishButton, u"rotationFinishButton"_s, tr("Finish the rotation")},
        {QWizard::CancelButton, u"rotationCancelButton"_s, tr("Cancel")},
    };
    for (const auto &entry : buttons) {
        if (QAbstractButton *b = button(entry.which)) {
            b->setObjectName(entry.name);
            b->setAccessibleName(entry.accessible);
        }
    }

    connect(this, &QDialog::accepted, this, [this] {
        if (m_successor) {
            Q_EMIT rotated(*m_successor);
        }
    });
    resize(640, 480);
}

RotationWizard::~RotationWizard() = default;

void RotationWizard::setSuccessor(const Token &successor, bool fallback,
                                  std::optional<QDateTime> graceEnd)
{
    m_successor = successor;
    m_fallback = fallback;
    m_graceEnd = fallback ? std::nullopt : graceEnd;
}

} // namespace keyward
