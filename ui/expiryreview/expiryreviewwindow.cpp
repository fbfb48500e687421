// SPDX-License-Identifier: GPL-3.0-or-later
#include "expiryreviewwindow.h"

#include "domain/relativetime.h"
#include "expiry/expiryassessment.h"
#include "expiry/expirylistmodel.h"
#include "expiry/expirypage.h"
#include "expiry/rotationpolicies.h"
#include "settings/environment.h"
#include "timeline/timelineview.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QString laneName(const ExpiryRecord &record)
{
    const QString owner = record.token.team.isEmpty()
                              ? record.token.org
                              : record.token.org + u" / "_s + record.token.team;
    return u"%1 · %2"_s.arg(record.profileName, owner);
}

} // namespace

ExpiryReviewWindow::ExpiryReviewWindow(RotationPolicies *policies, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_page(new ExpiryPage(policies, this))
    , m_timeline(new TimelineView(this))
    , m_range(new QComboBox(this))
{
    setObjectName(u"expiryReviewWindow"_s);
    setWindowTitle(tr("Expiry Review — Keyward"));
    resize(1100, 760);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_page);

    // The timeline sits in the page's area below the table, with its range.
    QWidget *area = m_page->timelineArea();
    auto *header = new QHBoxLayout;
    auto *title = new QLabel(tr("Timeline"), area);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    header->addWidget(title);
    header->addStretch(1);
    auto *rangeLabel = new QLabel(tr("&Show:"), area);
    rangeLabel->setBuddy(m_range);
    header->addWidget(rangeLabel);
    m_range->setObjectName(u"timelineRangeCombo"_s);
    m_range->setAccessibleName(tr("Timeline range"));
    m_range->addItem(tr("Next 90 days"), QVariant::fromValue(TimelineView::Range::Next90Days));
    m_range->addItem(tr("Next year"), QVariant::fromValue(TimelineView::Range::NextYear));
    m_range->addItem(tr("All"), QVariant::fromValue(TimelineView::Range::All));
    header->addWidget(m_range);
    auto *areaLayout = qobject_cast<QVBoxLayout *>(area->layout());
    areaLayout->addLayout(header);
    m_timeline->setObjectName(u"expiryTimeline"_s);
    areaLayout->addWidget(m_timeline, 1);

    connect(m_range, &QComboBox::currentIndexChanged, this,
            [this] { m_timeline->setRange(m_range->currentData().value<TimelineView::Range>()); });
    connect(m_timeline, &TimelineView::itemActivated, m_page, &ExpiryPage::selectKey);
    connect(m_page, &ExpiryPage::selectedKeyChanged, m_timeline, &TimelineView::setSelectedKey);
    // A changed rotation policy moves "due" dates: the model reassesses, the
    // timeline follows.
    connect(m_page->model(), &QAbstractItemModel::modelReset, this,
            &ExpiryReviewWindow::updateTimeline);
    connect(m_page->model(), &QAbstractItemModel::dataChanged, this,
            &ExpiryReviewWindow::updateTimeline);
}

ExpiryReviewWindow::~ExpiryReviewWindow() = default;

void ExpiryReviewWindow::setRecords(const QList<ExpiryRecord> &records)
{
    m_page->setRecords(records);
}

void ExpiryReviewWindow::updateTimeline()
{
    const ExpiryListModel *model = m_page->model();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QList<TimelineItem> items;
    items.reserve(model->rowCount());
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        const auto deadline = index.data(ExpiryListModel::DeadlineRole).toDateTime();
        if (!deadline.isValid()) {
            continue; // never expires, no policy: nothing to put on a time axis
        }
        const ExpiryRecord &record = model->record(row);
        const auto state = index.data(ExpiryListModel::StateRole).value<ExpiryState>();
        TimelineItem item;
        item.key = record.key();
        item.group = laneName(record);
        item.label = record.token.description;
        item.when = deadline;
        item.state = state;
        item.toolTip = tr("%1\n%2 · %3\n%4 (%5)")
                           .arg(record.token.description,
                                environmentDisplayName(record.environment), laneName(record),
                                ExpiryStateText::text(state), RelativeTime::text(deadline, now));
        items.append(std::move(item));
    }
    m_timeline->setItems(std::move(items));
}

} // namespace keyward
