// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotationnewtokenpage.h"

#include "rotationplan.h"
#include "rotationwizard.h"

#include "common/inlinestatus.h"
#include "copying/clipboardguard.h"
#include "copying/copyasdialog.h"
#include "usagescan/usagescandialog.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QPushButton *namedButton(const QString &text, const QString &name, const QString &accessible,
                         QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    button->setAutoDefault(false);
    return button;
}

QLabel *note(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setVisible(false);
    return label;
}

} // namespace

RotationNewTokenPage::RotationNewTokenPage(RotationWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_value(new QLineEdit(this))
    , m_reveal(
          namedButton(tr("Reveal"), u"rotationRevealButton"_s, tr("Reveal the new value"), this))
    , m_copy(namedButton(tr("Copy"), u"rotationCopyButton"_s, tr("Copy the new value"), this))
    , m_copyAs(namedButton(tr("Copy As…"), u"rotationCopyAsButton"_s,
                           tr("Copy the new token as a configuration snippet"), this))
    , m_findUsages(namedButton(tr("Find Usages…"), u"rotationFindUsagesButton"_s,
                               tr("Find files that still contain the old token"), this))
    , m_check(namedButton(tr("Check the New Token"), u"rotationCheckButton"_s,
                          tr("Check the new token"), this))
    , m_fallbackNote(note(u"rotationFallbackNote"_s, this))
    , m_checkNote(note(u"rotationCheckNote"_s, this))
    , m_valueStatus(new InlineStatus(this))
    , m_checkStatus(new InlineStatus(this))
{
    setObjectName(u"rotationNewTokenPage"_s);
    setTitle(tr("New token"));
    setSubTitle(tr("Put the new value into every configuration that uses the old token, then "
                   "check that it works."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_fallbackNote);

    auto *valueRow = new QHBoxLayout;
    m_value->setObjectName(u"rotationNewValueEdit"_s);
    m_value->setAccessibleName(tr("New token value"));
    m_value->setReadOnly(true);
    m_value->setEchoMode(QLineEdit::Password);
    m_value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_value->setPlaceholderText(tr("The server did not return a value."));
    valueRow->addWidget(m_value, 1);
    m_reveal->setCheckable(true);
    valueRow->addWidget(m_reveal);
    m_copy->setIcon(QIcon::fromTheme(u"edit-copy"_s));
    valueRow->addWidget(m_copy);
    layout->addLayout(valueRow);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_copyAs);
    actions->addWidget(m_findUsages);
    actions->addStretch(1);
    layout->addLayout(actions);
    m_valueStatus->setObjectNames(u"rotationValueStatus"_s);
    layout->addWidget(m_valueStatus);

    auto *checkRow = new QHBoxLayout;
    checkRow->addWidget(m_check);
    checkRow->addStretch(1);
    layout->addLayout(checkRow);
    layout->addWidget(m_checkNote);
    m_checkStatus->setObjectNames(u"rotationCheckStatus"_s);
    layout->addWidget(m_checkStatus);
    layout->addStretch(1);

    setTabOrder(m_value, m_reveal);
    setTabOrder(m_reveal, m_copy);
    setTabOrder(m_copy, m_copyAs);
    setTabOrder(m_copyAs, m_findUsages);
    setTabOrder(m_findUsages, m_check);

    connect(m_reveal, &QPushButton::toggled, this, [this](bool shown) {
        m_value->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_reveal->setText(shown ? tr("Hide") : tr("Reveal"));
        m_reveal->setAccessibleName(shown ? tr("Hide the new value") : tr("Reveal the new value"));
    });
    connect(m_copy, &QPushButton::clicked, this, &RotationNewTokenPage::copy);
    connect(m_copyAs, &QPushButton::clicked, this, &RotationNewTokenPage::copyAs);
    connect(m_findUsages, &QPushButton::clicked, this, &RotationNewTokenPage::findUsages);
    connect(m_check, &QPushButton::clicked, this, &RotationNewTokenPage::check);
}

void RotationNewTokenPage::initializePage()
{
    const auto &successor = m_wizard->successor();
    const QString value = successor && successor->value ? *successor->value : QString();
    m_value->setText(value);
    m_value->setCursorPosition(0);
    for (QPushButton *button : {m_reveal, m_copy, m_copyAs}) {
        button->setEnabled(!value.isEmpty());
    }

    const bool fallback = m_wizard->usedFallback();
    m_fallbackNote->setVisible(fallback);
    m_fallbackNote->setText(
        tr("This server has no rotate endpoint (a plain CAVE server), so Keyward created the "
           "successor as a new token. The old token keeps working until it is revoked: there is "
           "no grace period on CAVE."));

    const TokenCheckPlan plan =
        RotationPlan::checkFor(successor ? successor->scopes : QStringList());
    QString why;
    if (fallback) {
        why = tr("The check is not offered on this server: a plain CAVE server has no dry run and "
                 "would store the test point. Watch your application's metrics instead.");
    } else if (value.isEmpty()) {
        why = tr("The check needs the new value, which the server did not return.");
    } else if (plan.kind == TokenCheckPlan::Kind::None) {
        why = tr("The new token may neither publish nor read metrics, so there is nothing to "
                 "check.");
    } else if (plan.kind == TokenCheckPlan::Kind::DryRunPublish) {
        m_check->setToolTip(tr("Publishes one test point “%1” as a dry run: the server checks the "
                               "token fully and stores nothing.")
                                .arg(plan.metric));
    } else {
        m_check->setToolTip(
            tr("The token may only read: queries the metric “%1” with it.").arg(plan.metric));
    }
    m_check->setEnabled(why.isEmpty());
    m_checkNote->setText(why);
    m_checkNote->setVisible(!why.isEmpty());
    m_checkStatus->clear();
}

void RotationNewTokenPage::copy()
{
    const QString value = m_value->text();
    if (value.isEmpty()) {
        return;
    }
    ClipboardGuard &guard = m_wizard->clipboardGuard();
    Token copied = m_wizard->successor().value_or(Token{});
    copied.value = value;
    guard.copyToken(value, CopiedToken::of(copied, m_wizard->copyContext(), tr("rotation")));
    m_valueStatus->showInfo(guard.clearDelaySeconds() > 0
                                ? tr("New value copied; the clipboard is cleared in %n seconds.",
                                     nullptr, guard.clearDelaySeconds())
                                : tr("New value copied."));
}

void RotationNewTokenPage::copyAs()
{
    const auto &successor = m_wizard->successor();
    if (!successor || !successor->value) {
        return;
    }
    auto *dialog =
        new CopyAsDialog(*successor, m_wizard->copyContext(), &m_wizard->clipboardGuard(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RotationNewTokenPage::findUsages()
{
    const Token &old = m_wizard->oldToken();
    if (old.value && !old.value->isEmpty()) {
        openUsageScan(*old.value);
        return;
    }
    m_findUsages->setEnabled(false);
    m_valueStatus->showBusy(tr("Fetching the old token's value…"));
    // The listing may leave values out; the single read does carry one unless
    // the server shows values only once (and it audits the read).
    m_wizard->api()->token(m_wizard->owner(), old.id, this, [this](const ApiResult<Token> &result) {
        m_findUsages->setEnabled(true);
        if (!result) {
            m_valueStatus->showError(
                result.error().kind == ApiError::NotFound
                    ? tr("The old token is already gone from the server, so its value cannot be "
                         "searched for any more.")
                    : result.error().message,
                [this] { findUsages(); });
            return;
        }
        if (!result->value || result->value->isEmpty()) {
            m_valueStatus->showInfo(tr("This server shows token values only once, when they are "
                                       "created, so Keyward cannot search for the old token's "
                                       "value. Look for it by its description instead."));
            return;
        }
        m_valueStatus->clear();
        openUsageScan(*result->value);
    });
}

void RotationNewTokenPage::openUsageScan(const QString &oldValue)
{
    auto *dialog = new UsageScanDialog(m_wizard->oldToken().description, oldValue, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void RotationNewTokenPage::check()
{
    const auto &successor = m_wizard->successor();
    if (m_checking || !successor || !successor->value || m_wizard->usedFallback()) {
        return;
    }
    const TokenCheckPlan plan = RotationPlan::checkFor(successor->scopes);
    const QString value = *successor->value;
    const auto failed = [this](const ApiError &error) {
        m_checkStatus->showError(tr("The new token does not work: %1").arg(error.message),
                                 [this] { check(); });
    };
    m_checking = true;
    m_check->setEnabled(false);
    m_checkStatus->showBusy(tr("Checking the new token…"));
    const auto done = [this] {
        m_checking = false;
        m_check->setEnabled(true);
    };
    if (plan.kind == TokenCheckPlan::Kind::DryRunPublish) {
        MetricPoint point;
        point.metric = plan.metric;
        point.timestamp = QDateTime::currentSecsSinceEpoch();
        point.value = 1;
        m_wizard->api()->publishMetrics(
            m_wizard->owner(), PublishRequest{{point}}, value, /*dryRun*/ true, this,
            [this, done, failed, metric = plan.metric](const ApiResult<PublishResult> &result) {
                done();
                if (!result) {
                    failed(result.error());
                } else if (!result->dryRun) {
                    m_checkStatus->showError(tr("The new token works, but the server ignored the "
                                                "dry run and stored the test point “%1”.")
                                                 .arg(metric));
                } else {
                    m_checkStatus->showInfo(tr("The new token works: the server accepted a test "
                                               "point and stored nothing."));
                }
            });
        return;
    }
    MetricQuery query;
    query.metric = plan.metric;
    query.limit = 1;
    m_wizard->api()->queryMetrics(
        m_wizard->owner(), query, value, this,
        [this, done, failed, metric = plan.metric](const ApiResult<QList<MetricValue>> &result) {
            done();
            // The server checks the token before the query: "unknown metric"
            // (400) means the token itself was accepted.
            if (!result && result.error().kind == ApiError::BadRequest) {
                m_checkStatus->showInfo(tr("The new token works: the server accepted it for a "
                                           "metrics query (nothing is stored under “%1” yet).")
                                            .arg(metric));
                return;
            }
            if (!result) {
                failed(result.error());
                return;
            }
            m_checkStatus->showInfo(tr("The new token works: the server answered a metrics query "
                                       "made with it."));
        });
}

} // namespace keyward
