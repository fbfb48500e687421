// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsview.h"

#include "common/readonlytable.h"

#include "claimstablemodel.h"

#include "claims/tokensummary.h"
#include "highlighting/syntaxhighlighting.h"

#include <QFontDatabase>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

using claims::NotVerifiedReason;
using claims::TokenInspection;

ClaimsView::ClaimsView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"claimsView"_s);
    setAccessibleName(tr("Token claims"));

    auto *statusFrame = new QFrame(this);
    statusFrame->setObjectName(u"claimsStatusFrame"_s);
    statusFrame->setFrameShape(QFrame::StyledPanel);
    m_statusIcon = new QLabel(statusFrame);
    m_statusIcon->setObjectName(u"claimsStatusIcon"_s);
    m_statusIcon->setAlignment(Qt::AlignTop);
    m_statusLabel = new QLabel(statusFrame);
    m_statusLabel->setObjectName(u"claimsStatusLabel"_s);
    m_statusLabel->setTextFormat(Qt::PlainText);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_statusLabel->font();
    bold.setBold(true);
    m_statusLabel->setFont(bold);
    auto *statusLayout = new QHBoxLayout(statusFrame);
    statusLayout->addWidget(m_statusIcon);
    statusLayout->addWidget(m_statusLabel, 1);

    m_summaryLabel = new QLabel(this);
    m_summaryLabel->setObjectName(u"claimsSummaryLabel"_s);
    m_summaryLabel->setAccessibleName(tr("Summary"));
    m_summaryLabel->setTextFormat(Qt::PlainText);
    m_summaryLabel->setWordWrap(true);
    m_summaryLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // The view is embedded edge to edge; the text alone needs air.
    m_summaryLabel->setContentsMargins(6, 2, 6, 2);

    m_warnings = new QListWidget(this);
    m_warnings->setObjectName(u"claimsWarningsList"_s);
    m_warnings->setAccessibleName(tr("Warnings"));
    m_warnings->setSelectionMode(QAbstractItemView::NoSelection);
    m_warnings->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_warnings->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_warnings->setWordWrap(true);
    m_warnings->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_warnings->setIconSize(QSize(iconSize, iconSize));

    m_model = new ClaimsTableModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"claimsTable"_s);
    // Tab leaves the table (arrow keys move within it), as everywhere else.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Claims"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClaimsTableModel::ValueColumn, QHeaderView::Stretch);

    m_rawJson = new QPlainTextEdit(this);
    m_rawJson->setObjectName(u"claimsRawJson"_s);
    m_rawJson->setAccessibleName(tr("Raw header and payload JSON"));
    m_rawJson->setReadOnly(true);
    m_rawJson->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_rawJson->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    highlightDocument(m_rawJson->document(), SyntaxLanguage::Json);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"claimsTabs"_s);
    m_tabs->setAccessibleName(tr("Claims and raw JSON"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(m_table, tr("Claims"));
    m_tabs->addTab(m_rawJson, tr("Raw JSON"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(statusFrame);
    layout->addWidget(m_summaryLabel);
    layout->addWidget(m_warnings);
    layout->addWidget(m_tabs, 1);

    setTabOrder(m_warnings, m_tabs);
    setTabOrder(m_tabs, m_table);
    clear();
}

ClaimsView::~ClaimsView() = default;

ClaimsView::Severity ClaimsView::severityOf(const TokenInspection &inspection)
{
    if (inspection.isRevoked() || inspection.kind() == TokenInspection::Kind::Malformed)
        return Severity::Critical;
    if (inspection.kind() == TokenInspection::Kind::Opaque)
        return Severity::Information;
    if (!inspection.isVerified()) {
        switch (inspection.notVerifiedReason()) {
        case NotVerifiedReason::BadSignature:
        case NotVerifiedReason::AlgorithmNone:
        case NotVerifiedReason::KeyTypeMismatch:
        case NotVerifiedReason::Malformed:
            return Severity::Critical;
        case NotVerifiedReason::NoKey:
        case NotVerifiedReason::UnknownKey:
        case NotVerifiedReason::UnsupportedAlgorithm:
            break;
        }
    }
    switch (inspection.timeState()) {
    case TokenInspection::TimeState::Expired:
        return Severity::Critical;
    case TokenInspection::TimeState::NotYetValid:
    case TokenInspection::TimeState::Unreadable:
        return Severity::Warning;
    case TokenInspection::TimeState::Valid:
    case TokenInspection::TimeState::NoExpiry:
        break;
    }
    if (!inspection.isVerified() || !inspection.warnings().isEmpty())
        return Severity::Warning;
    return Severity::Ok;
}

QString ClaimsView::statusLine(const TokenInspection &inspection)
{
    // A JWT whose signature was not checked gets a louder line than the
    // model's status bar text: it must not read like a success at a glance.
    if (inspection.kind() != TokenInspection::Kind::Jwt || inspection.isVerified())
        return inspection.statusText();
    QStringList parts{tr("Signature NOT verified: %1")
                          .arg(claims::notVerifiedText(inspection.notVerifiedReason()))};
    const QString time = inspection.timeText();
    if (!time.isEmpty())
        parts.append(time);
    if (inspection.isRevoked())
        parts.append(tr("revoked"));
    return TokenInspection::visibleText(parts.join(u" · "_s));
}

void ClaimsView::setStatus(Severity severity, const QString &text)
{
    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QString iconName;
    switch (severity) {
    case Severity::Neutral:
        iconName = tr("No token");
        break;
    case Severity::Information:
        iconName = tr("Information");
        break;
    case Severity::Ok:
        pixmap = QStyle::SP_DialogApplyButton;
        iconName = tr("Valid");
        break;
    case Severity::Warning:
        pixmap = QStyle::SP_MessageBoxWarning;
        iconName = tr("Warning");
        break;
    case Severity::Critical:
        pixmap = QStyle::SP_MessageBoxCritical;
        iconName = tr("Problem");
        break;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    if (severity == Severity::Neutral)
        m_statusIcon->clear();
    else
        m_statusIcon->setPixmap(style()->standardIcon(pixmap, nullptr, this).pixmap(size, size));
    m_statusIcon->setFixedSize(size, size);
    m_statusIcon->setAccessibleName(iconName);
    m_statusLabel->setText(text);
    m_statusLabel->setAccessibleName(tr("Token status: %1").arg(iconName));
}

void ClaimsView::setWarnings(const QStringList &warnings)
{
    m_warnings->clear();
    const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
    for (const QString &warning : warnings)
        m_warnings->addItem(new QListWidgetItem(icon, warning));
    m_warnings->setVisible(m_warningsShown && !warnings.isEmpty());
    if (warnings.isEmpty())
        return;
    // Sized to its rows: a handful of warnings should never need scrolling.
    int height = 2 * m_warnings->frameWidth();
    for (int row = 0; row < m_warnings->count(); ++row)
        height += m_warnings->sizeHintForRow(row);
    m_warnings->setFixedHeight(height);
}

void ClaimsView::setInspection(const TokenInspection &inspection)
{
    setStatus(severityOf(inspection), statusLine(inspection));

    const QString summary = claims::TokenSummary::describe(inspection);
    m_summaryLabel->setText(summary);
    m_summaryLabel->setVisible(!summary.isEmpty());
    setAccessibleDescription(summary);
    m_summaryLabel->setAccessibleDescription(summary);

    QStringList warnings;
    for (const claims::InspectionWarning &warning : inspection.warnings())
        warnings.append(TokenInspection::visibleText(warning.text));
    setWarnings(warnings);

    m_model->setRows(inspection.rows());

    QStringList json;
    if (!inspection.headerJson().isEmpty())
        json.append(inspection.headerJson().trimmed());
    if (!inspection.payloadJson().isEmpty())
        json.append(inspection.payloadJson().trimmed());
    m_rawJson->setPlainText(json.join(u"\n\n"_s));
    m_tabs->setTabEnabled(m_tabs->indexOf(m_rawJson), !json.isEmpty());
}

void ClaimsView::clear()
{
    setStatus(Severity::Neutral, tr("No token selected"));
    m_summaryLabel->clear();
    m_summaryLabel->hide();
    setAccessibleDescription({});
    m_summaryLabel->setAccessibleDescription({});
    setWarnings({});
    m_model->clear();
    m_rawJson->clear();
    m_tabs->setTabEnabled(m_tabs->indexOf(m_rawJson), false);
}

void ClaimsView::setWarningsShown(bool shown)
{
    m_warningsShown = shown;
    m_warnings->setVisible(shown && m_warnings->count() > 0);
}

QString ClaimsView::statusText() const
{
    return m_statusLabel->text();
}

QString ClaimsView::summaryText() const
{
    return m_summaryLabel->text();
}

} // namespace keyward
