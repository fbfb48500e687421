// SPDX-License-Identifier: GPL-3.0-or-later
#include "expirypage.h"

#include "common/inlinestatus.h"
#include "expiry/expiryexport.h"
#include "expiry/expiryfilterproxy.h"
#include "expiry/expirylistmodel.h"
#include "expiry/rotationpolicies.h"
#include "expirystatusdelegate.h"
#include "rotationpolicydialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QSet>
#include <QShortcut>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr int clockIntervalMs = 60 * 1000;

bool writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = ExpiryPage::tr("Could not write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

} // namespace

ExpiryPage::ExpiryPage(RotationPolicies *policies, QWidget *parent)
    : QWidget(parent)
    , m_policies(policies)
    , m_model(new ExpiryListModel(this))
    , m_proxy(new ExpiryFilterProxy(this))
{
    setObjectName(u"expiryPage"_s);
    m_model->setRotationPolicies(policies);
    m_proxy->setSourceModel(m_model);
    buildUi();

    // Relative times and states move with the clock even when nothing is reloaded.
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(clockIntervalMs);
    connect(m_clockTimer, &QTimer::timeout, m_model, &ExpiryListModel::refreshTime);
    m_clockTimer->start();
}

ExpiryPage::~ExpiryPage() = default;

void ExpiryPage::buildUi()
{
    m_filterCombo = new QComboBox(this);
    m_filterCombo->setObjectName(u"expiryFilterCombo"_s);
    m_filterCombo->setAccessibleName(tr("Show"));
    using Filter = ExpiryFilterProxy::Filter;
    m_filterCombo->addItem(tr("All tokens"), int(Filter::All));
    m_filterCombo->addItem(tr("Expired or rotation overdue"), int(Filter::Expired));
    m_filterCombo->addItem(tr("Due within 7 days"), int(Filter::Within7Days));
    m_filterCombo->addItem(tr("Due within 30 days"), int(Filter::Within30Days));
    m_filterCombo->addItem(tr("Without an expiry"), int(Filter::NeverExpires));
    m_filterCombo->addItem(tr("Unused for more than"), int(Filter::UnusedForDays));

    m_unusedDays = new QSpinBox(this);
    m_unusedDays->setObjectName(u"expiryUnusedDaysSpin"_s);
    m_unusedDays->setAccessibleName(tr("Unused for more than this many days"));
    m_unusedDays->setRange(0, 3650);
    m_unusedDays->setValue(m_proxy->unusedDays());
    m_unusedDays->setSuffix(tr(" days"));
    m_unusedDays->setEnabled(false);
    m_unusedDays->setToolTip(tr("Tokens last used longer ago than this, or never used"));

    m_search = new QLineEdit(this);
    m_search->setObjectName(u"expirySearchEdit"_s);
    m_search->setAccessibleName(tr("Search tokens"));
    m_search->setPlaceholderText(tr("Search profile, organization, team, description or id"));
    m_search->setClearButtonEnabled(true);

    m_count = new QLabel(this);
    m_count->setObjectName(u"expiryCountLabel"_s);

    m_refreshButton = new QPushButton(tr("Refresh"), this);
    m_refreshButton->setObjectName(u"expiryRefreshButton"_s);
    m_refreshButton->setAccessibleName(tr("Refresh the expiry review"));
    m_refreshButton->setToolTip(tr("Read every signed-in profile's tokens again"));

    m_rotateButton = new QPushButton(tr("Rotate…"), this);
    m_rotateButton->setObjectName(u"expiryRotateButton"_s);
    m_rotateButton->setAccessibleName(tr("Rotate the selected token"));

    m_policiesButton = new QPushButton(tr("Rotation Policies…"), this);
    m_policiesButton->setObjectName(u"expiryPoliciesButton"_s);
    m_policiesButton->setAccessibleName(tr("Edit rotation policies"));

    m_exportCsvButton = new QPushButton(tr("Export CSV…"), this);
    m_exportCsvButton->setObjectName(u"expiryExportCsvButton"_s);
    m_exportCsvButton->setAccessibleName(tr("Export the shown tokens as CSV"));
    m_exportCsvButton->setToolTip(tr("Writes the tokens shown, as filtered, to a CSV file"));

    m_reminderDays = new QSpinBox(this);
    m_reminderDays->setObjectName(u"expiryReminderDaysSpin"_s);
    m_reminderDays->setAccessibleName(tr("Calendar reminder, days before the expiry"));
    m_reminderDays->setRange(0, 365);
    m_reminderDays->setValue(7);
    m_reminderDays->setSpecialValueText(tr("No reminder"));
    m_reminderDays->setSuffix(tr(" days before"));
    m_reminderDays->setToolTip(tr("When the calendar reminds you of each expiry"));

    m_exportCalendarButton = new QPushButton(tr("Export Calendar…"), this);
    m_exportCalendarButton->setObjectName(u"expiryExportCalendarButton"_s);
    m_exportCalendarButton->setAccessibleName(tr("Export the shown expiries as a calendar"));
    m_exportCalendarButton->setToolTip(
        tr("Writes an iCalendar file with one event per expiry of the tokens shown"));

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_filterCombo);
    filterRow->addWidget(m_unusedDays);
    filterRow->addWidget(m_search, 1);
    filterRow->addWidget(m_count);

    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_refreshButton);
    actionRow->addWidget(m_rotateButton);
    actionRow->addWidget(m_policiesButton);
    actionRow->addStretch();
    actionRow->addWidget(m_exportCsvButton);
    actionRow->addWidget(m_reminderDays);
    actionRow->addWidget(m_exportCalendarButton);

    m_progress = new QWidget(this);
    m_progress->setObjectName(u"expiryProgress"_s);
    m_progressLabel = new QLabel(m_progress);
    m_progressLabel->setObjectName(u"expiryProgressLabel"_s);
    m_progressBar = new QProgressBar(m_progress);
    m_progressBar->setObjectName(u"expiryProgressBar"_s);
    m_progressBar->setAccessibleName(tr("Collection progress"));
    m_cancelButton = new QPushButton(tr("Cancel"), m_progress);
    m_cancelButton->setObjectName(u"expiryCancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel collecting tokens"));
    auto *progressLayout = new QHBoxLayout(m_progress);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_progressLabel);
    progressLayout->addWidget(m_progressBar, 1);
    progressLayout->addWidget(m_cancelButton);
    m_progress->hide();

    m_profileStatusArea = new QWidget(this);
    m_profileStatusArea->setObjectName(u"expiryProfileStatusArea"_s);
    m_profileStatusLayout = new QVBoxLayout(m_profileStatusArea);
    m_profileStatusLayout->setContentsMargins(0, 0, 0, 0);
    m_profileStatusLayout->setSpacing(2);
    m_profileStatusArea->hide();

    m_status = new InlineStatus(this);
    m_status->setObjectName(u"expiryStatus"_s);
    m_status->setObjectNames(u"expiryStatus"_s);

    m_view = new QTableView(this);
    m_view->setObjectName(u"expiryTable"_s);
    // Tab leaves the table (arrow keys move within it), as everywhere else.
    m_view->setTabKeyNavigation(false);
    m_view->setAccessibleName(tr("Tokens by expiry"));
    m_view->setModel(m_proxy);
    m_view->setItemDelegateForColumn(ExpiryListModel::StatusColumn,
                                     new ExpiryStatusDelegate(m_view));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(ExpiryListModel::DescriptionColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ExpiryListModel::StatusColumn, QHeaderView::ResizeToContents);
    // The urgency order is the default: set the indicator before enabling
    // sorting, which would otherwise sort by the first column.
    header->setSortIndicator(ExpiryListModel::StatusColumn, Qt::AscendingOrder);
    m_view->setSortingEnabled(true);

    m_timelineArea = new QWidget(this);
    m_timelineArea->setObjectName(u"expiryTimelineArea"_s);
    new QVBoxLayout(m_timelineArea);
    m_timelineArea->layout()->setContentsMargins(0, 0, 0, 0);

    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(u"expirySplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_timelineArea);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);

    auto *explanation =
        new QLabel(tr("Every token you administer, across every signed-in profile, most urgent "
                      "first. Tokens without an expiry are shown as due when a rotation policy "
                      "applies to them."),
                   this);
    explanation->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(filterRow);
    layout->addLayout(actionRow);
    layout->addWidget(m_progress);
    layout->addWidget(m_profileStatusArea);
    layout->addWidget(m_status);
    layout->addWidget(m_splitter, 1);

    setTabOrder(m_filterCombo, m_unusedDays);
    setTabOrder(m_unusedDays, m_search);
    setTabOrder(m_search, m_view);
    setTabOrder(m_view, m_refreshButton);
    setTabOrder(m_refreshButton, m_rotateButton);
    setTabOrder(m_rotateButton, m_policiesButton);
    setTabOrder(m_policiesButton, m_exportCsvButton);
    setTabOrder(m_exportCsvButton, m_reminderDays);
    setTabOrder(m_reminderDays, m_exportCalendarButton);

    auto *find = new QShortcut(QKeySequence::Find, this);
    find->setContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QShortcut::activated, this, &ExpiryPage::focusFilter);

    connect(m_filterCombo, &QComboBox::currentIndexChanged, this, &ExpiryPage::onFilterChanged);
    connect(m_unusedDays, &QSpinBox::valueChanged, this,
            [this](int days) { m_proxy->setUnusedDays(days); });
    connect(m_search, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_proxy->setSearchText(text); });
    connect(m_refreshButton, &QPushButton::clicked, this, &ExpiryPage::refreshRequested);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExpiryPage::cancelRequested);
    connect(m_rotateButton, &QPushButton::clicked, this, [this] {
        if (const std::optional<ExpiryRecord> record = selectedRecord()) {
            Q_EMIT rotateRequested(*record);
        }
    });
    connect(m_policiesButton, &QPushButton::clicked, this, &ExpiryPage::openPolicies);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &ExpiryPage::chooseCsvFile);
    connect(m_exportCalendarButton, &QPushButton::clicked, this, &ExpiryPage::chooseCalendarFile);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QModelIndex source = m_proxy->mapToSource(index);
        if (source.isValid()) {
            Q_EMIT openRequested(m_model->record(source.row()));
        }
    });
    // Enter does what a double-click does, for keyboard users.
    for (const QKeySequence &key : {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)}) {
        auto *open = new QShortcut(key, m_view);
        open->setContext(Qt::WidgetWithChildrenShortcut);
        connect(open, &QShortcut::activated, this, [this] {
            if (const std::optional<ExpiryRecord> record = selectedRecord()) {
                Q_EMIT openRequested(*record);
            }
        });
    }
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ExpiryPage::updateSelectionActions);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ExpiryPage::updateSelectionActions);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ExpiryPage::updateSelectionActions);
    // The proxy refilters with one layout change (rows hidden without rowsRemoved).
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ExpiryPage::updateSelectionActions);
    for (const auto signal :
         {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(m_proxy, signal, this, &ExpiryPage::updateCount);
    }
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ExpiryPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &ExpiryPage::updateCount);

    updateCount();
    updateSelectionActions();
}

void ExpiryPage::setRecords(QList<ExpiryRecord> records)
{
    const QString keep = selectedKey();
    for (const ExpiryRecord &record : std::as_const(records)) {
        m_profileNames.insert(record.profileId, record.profileName);
    }
    m_model->setRecords(std::move(records));
    if (!keep.isEmpty() && m_model->rowOfKey(keep)) {
        const QModelIndex index =
            m_proxy->mapFromSource(m_model->index(*m_model->rowOfKey(keep), 0));
        if (index.isValid()) {
            m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                 QItemSelectionModel::Rows);
        }
    }
    updateCount();
    updateSelectionActions();
}

bool ExpiryPage::selectKey(const QString &key)
{
    const std::optional<int> row = m_model->rowOfKey(key);
    if (!row) {
        return false;
    }
    QModelIndex index = m_proxy->mapFromSource(m_model->index(*row, 0));
    if (!index.isValid()) {
        // Hidden by the filter or search: show everything rather than nothing.
        m_filterCombo->setCurrentIndex(0);
        m_search->clear();
        index = m_proxy->mapFromSource(m_model->index(*row, 0));
        if (!index.isValid()) {
            return false;
        }
    }
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    m_view->scrollTo(index, QAbstractItemView::PositionAtCenter);
    return true;
}

std::optional<ExpiryRecord> ExpiryPage::selectedRecord() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) {
        return std::nullopt;
    }
    const QModelIndex source = m_proxy->mapToSource(rows.first());
    if (!source.isValid()) {
        return std::nullopt;
    }
    return m_model->record(source.row());
}

QString ExpiryPage::selectedKey() const
{
    const std::optional<ExpiryRecord> record = selectedRecord();
    return record ? record->key() : QString();
}

void ExpiryPage::focusFilter()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void ExpiryPage::updateCount()
{
    const int total = m_model->rowCount();
    const int shown = m_proxy->rowCount();
    // Spelled out rather than %n: the English source text must read well.
    m_count->setText(total == 1 ? tr("%1 of 1 token").arg(shown)
                                : tr("%1 of %2 tokens").arg(shown).arg(total));
    m_exportCsvButton->setEnabled(shown > 0);
    m_exportCalendarButton->setEnabled(shown > 0);
    m_policiesButton->setEnabled(!m_profileNames.isEmpty());
    m_policiesButton->setToolTip(m_profileNames.isEmpty()
                                     ? tr("Available once a profile's tokens are loaded")
                                     : tr("Rotation intervals for tokens without an expiry"));
}

void ExpiryPage::updateSelectionActions()
{
    const QString key = selectedKey();
    m_rotateButton->setEnabled(!key.isEmpty());
    m_rotateButton->setToolTip(key.isEmpty()
                                   ? tr("Select a token to rotate it")
                                   : tr("Create a successor for the selected token and retire it"));
    if (key != m_lastSelectedKey) {
        m_lastSelectedKey = key;
        Q_EMIT selectedKeyChanged(key);
    }
}

void ExpiryPage::onFilterChanged()
{
    const auto filter = ExpiryFilterProxy::Filter(m_filterCombo->currentData().toInt());
    m_unusedDays->setEnabled(filter == ExpiryFilterProxy::Filter::UnusedForDays);
    m_proxy->setFilter(filter);
    updateCount();
}

void ExpiryPage::showProgress(int done, int total, const QString &what)
{
    m_progressLabel->setText(what);
    m_progressBar->setRange(0, std::max(total, 0));
    m_progressBar->setValue(total > 0 ? std::clamp(done, 0, total) : 0);
    m_cancelButton->setEnabled(true);
    m_progress->show();
}

void ExpiryPage::hideProgress()
{
    m_progress->hide();
}

void ExpiryPage::setProfileStatus(const QUuid &profileId, const QString &profileName,
                                  const QString &text, bool isProblem)
{
    if (!profileName.isEmpty()) {
        m_profileNames.insert(profileId, profileName);
    }
    QLabel *label = m_profileStatus.value(profileId);
    if (text.isEmpty()) {
        if (label) {
            m_profileStatus.remove(profileId);
            label->parentWidget()->deleteLater();
        }
        m_profileStatusArea->setVisible(!m_profileStatus.isEmpty());
        updateCount();
        return;
    }
    QWidget *row = label ? label->parentWidget() : nullptr;
    QLabel *icon = nullptr;
    if (!row) {
        row = new QWidget(m_profileStatusArea);
        row->setObjectName(u"expiryProfileStatus"_s);
        icon = new QLabel(row);
        icon->setObjectName(u"expiryProfileStatusIcon"_s);
        label = new QLabel(row);
        label->setObjectName(u"expiryProfileStatusText"_s);
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        auto *layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->addWidget(icon);
        layout->addWidget(label, 1);
        m_profileStatusLayout->addWidget(row);
        m_profileStatus.insert(profileId, label);
    } else {
        icon = row->findChild<QLabel *>(u"expiryProfileStatusIcon"_s);
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    const QIcon symbol = style()->standardIcon(isProblem ? QStyle::SP_MessageBoxWarning
                                                         : QStyle::SP_MessageBoxInformation);
    icon->setPixmap(symbol.pixmap(size, size));
    icon->setAccessibleName(isProblem ? tr("Problem") : tr("Note"));
    label->setText(tr("%1: %2").arg(m_profileNames.value(profileId, profileName), text));
    row->setProperty("isProblem", isProblem);
    m_profileStatusArea->show();
    updateCount();
}

QList<int> ExpiryPage::visibleSourceRows() const
{
    QList<int> rows;
    const int count = m_proxy->rowCount();
    rows.reserve(count);
    for (int row = 0; row < count; ++row) {
        rows.append(m_proxy->mapToSource(m_proxy->index(row, 0)).row());
    }
    return rows;
}

bool ExpiryPage::exportCsv(const QString &path, QString *error)
{
    const QList<ExpiryEntry> entries = m_model->exportEntries(visibleSourceRows());
    return writeFile(path, ExpiryExport::toCsv(entries), error);
}

bool ExpiryPage::exportCalendar(const QString &path, int reminderDays, QString *error)
{
    const QList<ExpiryEntry> entries = m_model->exportEntries(visibleSourceRows());
    return writeFile(path, ExpiryExport::toICalendar(entries, reminderDays, m_model->now()), error);
}

void ExpiryPage::reportExport(bool ok, const QString &path, int count, const QString &error)
{
    if (ok) {
        m_status->showInfo(count == 1 ? tr("Exported 1 token to %1").arg(path)
                                      : tr("Exported %1 tokens to %2").arg(count).arg(path));
    } else {
        m_status->showError(error);
    }
}

void ExpiryPage::chooseCsvFile()
{
    auto *dialog =
        new QFileDialog(this, tr("Export CSV"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                            u"/token-expiry.csv"_s,
                        tr("CSV files (*.csv)"));
    dialog->setObjectName(u"expiryCsvFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"csv"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        const bool ok = exportCsv(path, &error);
        reportExport(ok, path, m_proxy->rowCount(), error);
    });
    dialog->open();
}

void ExpiryPage::chooseCalendarFile()
{
    auto *dialog =
        new QFileDialog(this, tr("Export Calendar"),
                        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) +
                            u"/token-expiry.ics"_s,
                        tr("iCalendar files (*.ics)"));
    dialog->setObjectName(u"expiryCalendarFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(u"ics"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString &path) {
        QString error;
        const bool ok = exportCalendar(path, m_reminderDays->value(), &error);
        reportExport(ok, path, m_proxy->rowCount(), error);
    });
    dialog->open();
}

void ExpiryPage::openPolicies()
{
    if (const std::optional<ExpiryRecord> record = selectedRecord()) {
        openPolicyDialog(record->profileId);
        return;
    }
    if (m_profileNames.size() == 1) {
        openPolicyDialog(m_profileNames.firstKey());
        return;
    }
    auto *menu = new QMenu(this);
    menu->setObjectName(u"expiryPoliciesMenu"_s);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    for (auto it = m_profileNames.constBegin(); it != m_profileNames.constEnd(); ++it) {
        const QUuid id = it.key();
        menu->addAction(it.value(), this, [this, id] { openPolicyDialog(id); });
    }
    menu->popup(m_policiesButton->mapToGlobal(QPoint(0, m_policiesButton->height())));
}

void ExpiryPage::openPolicyDialog(const QUuid &profileId)
{
    QSet<QString> organizations;
    for (const ExpiryRecord &record : m_model->records()) {
        if (record.profileId == profileId) {
            organizations.insert(record.token.org);
        }
    }
    auto *dialog = new RotationPolicyDialog(m_policies, profileId, m_profileNames.value(profileId),
                                            organizations.values(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace keyward
