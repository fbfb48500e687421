// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagescan/usagescandialog.h"

#include "usagescan/usagematchmodel.h"
#include "usagescan/usagescanner.h"
#include "usagescan/usagescansettings.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

UsageScanDialog::UsageScanDialog(const QString &tokenDescription, const QString &secret,
                                 QWidget *parent)
    : QDialog(parent)
    , m_secret(secret)
    , m_scanner(new UsageScanner(this))
    , m_model(new UsageMatchModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_folderList(new QListWidget(this))
    , m_addButton(new QPushButton(tr("&Add Folder…"), this))
    , m_removeButton(new QPushButton(tr("&Remove"), this))
    , m_scanButton(new QPushButton(tr("&Search"), this))
    , m_cancelButton(new QPushButton(tr("&Stop"), this))
    , m_progress(new QProgressBar(this))
    , m_currentPath(new QLabel(this))
    , m_results(new QTreeView(this))
    , m_summary(new QLabel(this))
{
    setObjectName(u"usageScanDialog"_s);
    setWindowTitle(tr("Where Is This Token Used?"));

    auto *intro = new QLabel(this);
    intro->setObjectName(u"usageScanIntro"_s);
    intro->setWordWrap(true);
    intro->setText(tr("Before revoking or rotating, find configuration files that contain this "
                      "token. The search runs on this computer only; the results show the "
                      "token's value masked, and it is never saved."));
    auto *tokenLabel = new QLabel(this);
    tokenLabel->setObjectName(u"usageScanToken"_s);
    tokenLabel->setTextFormat(Qt::PlainText);
    tokenLabel->setText(tr("Token: %1").arg(tokenDescription));

    auto *foldersLabel = new QLabel(tr("&Folders to search:"), this);
    foldersLabel->setBuddy(m_folderList);
    m_folderList->setObjectName(u"usageFolderList"_s);
    m_folderList->setAccessibleName(tr("Folders to search"));
    m_folderList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_folderList->setMaximumHeight(fontMetrics().height() * 6);
    m_addButton->setObjectName(u"addUsageFolderButton"_s);
    m_addButton->setAccessibleName(tr("Add folder"));
    m_removeButton->setObjectName(u"removeUsageFolderButton"_s);
    m_removeButton->setAccessibleName(tr("Remove selected folders"));

    m_scanButton->setObjectName(u"startUsageScanButton"_s);
    m_scanButton->setAccessibleName(tr("Search the folders for this token"));
    m_scanButton->setDefault(true);
    m_cancelButton->setObjectName(u"cancelUsageScanButton"_s);
    m_cancelButton->setAccessibleName(tr("Stop the search"));
    m_progress->setObjectName(u"usageScanProgress"_s);
    m_progress->setAccessibleName(tr("Search progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_currentPath->setObjectName(u"usageScanCurrentPath"_s);
    m_currentPath->setTextFormat(Qt::PlainText);
    m_currentPath->setMinimumWidth(1);
    m_currentPath->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(Qt::DisplayRole);
    m_results->setObjectName(u"usageResultsView"_s);
    m_results->setAccessibleName(tr("Files that contain the token"));
    m_results->setModel(m_proxy);
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setSortingEnabled(true);
    m_results->sortByColumn(-1, Qt::AscendingOrder);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_results->setToolTip(tr("Double-click a result to open its folder."));
    m_results->header()->setStretchLastSection(true);
    m_results->setColumnWidth(UsageMatchModel::FileColumn, fontMetrics().averageCharWidth() * 40);
    m_results->setColumnWidth(UsageMatchModel::LineColumn, fontMetrics().averageCharWidth() * 7);
    m_summary->setObjectName(u"usageScanSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *close = buttons->button(QDialogButtonBox::Close);
    close->setObjectName(u"usageScanCloseButton"_s);
    close->setAccessibleName(tr("Close"));
    close->setAutoDefault(false);

    auto *folderButtons = new QVBoxLayout;
    folderButtons->addWidget(m_addButton);
    folderButtons->addWidget(m_removeButton);
    folderButtons->addStretch();
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folderList, 1);
    folderRow->addLayout(folderButtons);
    auto *scanRow = new QHBoxLayout;
    scanRow->addWidget(m_scanButton);
    scanRow->addWidget(m_cancelButton);
    scanRow->addWidget(m_progress, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(tokenLabel);
    layout->addWidget(foldersLabel);
    layout->addLayout(folderRow);
    layout->addLayout(scanRow);
    layout->addWidget(m_currentPath);
    layout->addWidget(m_results, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);

    setTabOrder(m_folderList, m_addButton);
    setTabOrder(m_addButton, m_removeButton);
    setTabOrder(m_removeButton, m_scanButton);
    setTabOrder(m_scanButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_results);
    setTabOrder(m_results, close);

    connect(m_addButton, &QPushButton::clicked, this, &UsageScanDialog::chooseFolder);
    connect(m_removeButton, &QPushButton::clicked, this, &UsageScanDialog::removeSelectedFolders);
    connect(m_folderList, &QListWidget::itemSelectionChanged, this,
            &UsageScanDialog::updateButtons);
    connect(m_scanButton, &QPushButton::clicked, this, &UsageScanDialog::startScan);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        m_cancelButton->setEnabled(false);
        m_currentPath->setText(tr("Stopping…"));
        m_scanner->cancel();
    });
    connect(m_results, &QTreeView::doubleClicked, this, &UsageScanDialog::openContainingFolder);
    auto *removeShortcut = new QShortcut(QKeySequence::Delete, m_folderList);
    removeShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(removeShortcut, &QShortcut::activated, this, [this] {
        if (m_removeButton->isEnabled()) {
            removeSelectedFolders();
        }
    });
    auto *copyShortcut = new QShortcut(QKeySequence::Copy, m_results);
    copyShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copyShortcut, &QShortcut::activated, this, &UsageScanDialog::copySelectedResults);
    connect(buttons, &QDialogButtonBox::rejected, this, &UsageScanDialog::reject);
    connect(m_scanner, &UsageScanner::progress, this, &UsageScanDialog::showProgress);
    connect(m_scanner, &UsageScanner::match, m_model, &UsageMatchModel::append);
    connect(m_scanner, &UsageScanner::finished, this, &UsageScanDialog::showFinished);

    const QSettings settings;
    for (const QString &folder : settings::usageScan::folders.read(settings)) {
        addFolder(folder);
    }
    updateButtons();
    resize(760, 520);
}

UsageScanDialog::~UsageScanDialog() = default;

void UsageScanDialog::addFolder(const QString &path)
{
    if (path.isEmpty()) {
        return;
    }
    const QString folder = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    if (folders().contains(folder)) {
        return;
    }
    auto *item = new QListWidgetItem(QDir::toNativeSeparators(folder), m_folderList);
    item->setData(Qt::UserRole, folder);
    item->setToolTip(item->text());
    saveFolders();
    updateButtons();
}

QStringList UsageScanDialog::folders() const
{
    QStringList result;
    for (int row = 0; row < m_folderList->count(); ++row) {
        result.append(m_folderList->item(row)->data(Qt::UserRole).toString());
    }
    return result;
}

void UsageScanDialog::reject()
{
    m_scanner->cancel();
    QDialog::reject();
}

void UsageScanDialog::chooseFolder()
{
    auto *picker = new QFileDialog(this, tr("Choose a Folder to Search"));
    picker->setObjectName(u"usageFolderPicker"_s);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    picker->setFileMode(QFileDialog::Directory);
    picker->setOption(QFileDialog::ShowDirsOnly);
    const QStringList current = folders();
    picker->setDirectory(current.isEmpty() ? QDir::homePath() : current.constLast());
    connect(picker, &QFileDialog::fileSelected, this, &UsageScanDialog::addFolder);
    picker->open();
}

void UsageScanDialog::removeSelectedFolders()
{
    const QList<QListWidgetItem *> selected = m_folderList->selectedItems();
    for (QListWidgetItem *item : selected) {
        delete item;
    }
    saveFolders();
    updateButtons();
}

void UsageScanDialog::startScan()
{
    const QStringList chosen = folders();
    if (chosen.isEmpty()) {
        return;
    }
    m_model->clear();
    m_summary->clear();
    m_progress->setRange(0, 0);
    m_currentPath->setText(tr("Counting files…"));
    m_scanner->start(chosen, m_secret);
    setRunning(true);
}

void UsageScanDialog::showProgress(int done, int total, const QString &path)
{
    if (total < 0) {
        m_progress->setRange(0, 0);
        m_currentPath->setText(tr("Counting files… %n found", nullptr, done));
        return;
    }
    m_progress->setRange(0, std::max(total, 1));
    m_progress->setValue(done);
    const QString shown = QDir::toNativeSeparators(path);
    m_currentPath->setText(m_currentPath->fontMetrics().elidedText(
        shown, Qt::ElideMiddle, std::max(m_currentPath->width(), 100)));
    m_currentPath->setToolTip(shown);
}

void UsageScanDialog::showFinished(const UsageScanSummary &summary)
{
    setRunning(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(summary.cancelled ? 0 : 1);
    m_currentPath->clear();
    m_currentPath->setToolTip({});

    QStringList parts;
    if (summary.cancelled) {
        parts.append(tr("Search stopped after %n file(s).", nullptr, summary.filesScanned));
    } else {
        parts.append(tr("Searched %n file(s).", nullptr, summary.filesScanned));
    }
    if (summary.matchingLines > 0) {
        parts.append(
            tr("The token appears on %n line(s) listed above.", nullptr, summary.matchingLines));
    } else if (!summary.cancelled) {
        parts.append(tr("The token was not found."));
    }
    QStringList skipped;
    if (summary.skippedBinary > 0) {
        skipped.append(tr("%n binary file(s)", nullptr, summary.skippedBinary));
    }
    if (summary.skippedLarge > 0) {
        skipped.append(tr("%n file(s) larger than %1 MiB", nullptr, summary.skippedLarge)
                           .arg(double(m_scanner->sizeLimit()) / (1024.0 * 1024.0), 0, 'g', 3));
    }
    if (summary.skippedFolders > 0) {
        skipped.append(
            tr("%n version-control or dependency folder(s)", nullptr, summary.skippedFolders));
    }
    if (!skipped.isEmpty()) {
        parts.append(tr("Skipped: %1.").arg(skipped.join(tr(", "))));
    }
    if (summary.unreadable > 0) {
        parts.append(tr("%n file(s) or folder(s) could not be read.", nullptr, summary.unreadable));
    }
    m_summary->setText(parts.join(u' '));
    m_summary->setToolTip(summary.unreadablePaths.isEmpty()
                              ? QString()
                              : tr("Could not read:\n%1").arg(summary.unreadablePaths.join(u'\n')));
}

void UsageScanDialog::openContainingFolder(const QModelIndex &index)
{
    const QString file = index.data(UsageMatchModel::FilePathRole).toString();
    if (!file.isEmpty()) {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QFileInfo(file).absolutePath()));
    }
}

void UsageScanDialog::copySelectedResults()
{
    // Rows hold masked text only, so this cannot put the token on the
    // clipboard; "file:line: text" is what editors and terminals recognise.
    QStringList lines;
    const QModelIndexList rows = m_results->selectionModel()->selectedRows();
    for (const QModelIndex &row : rows) {
        const QModelIndex source = m_proxy->mapToSource(row);
        const UsageMatch &match = m_model->matchAt(source.row());
        lines.append(u"%1:%2: %3"_s.arg(QDir::toNativeSeparators(match.filePath))
                         .arg(match.lineNumber)
                         .arg(match.maskedLine));
    }
    if (!lines.isEmpty()) {
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    }
}

void UsageScanDialog::setRunning(bool running)
{
    m_running = running;
    updateButtons();
}

void UsageScanDialog::updateButtons()
{
    m_scanButton->setEnabled(!m_running && m_folderList->count() > 0);
    m_cancelButton->setEnabled(m_running);
    m_addButton->setEnabled(!m_running);
    m_removeButton->setEnabled(!m_running && !m_folderList->selectedItems().isEmpty());
    m_folderList->setEnabled(!m_running);
}

void UsageScanDialog::saveFolders() const
{
    QSettings settings;
    settings::usageScan::folders.write(settings, folders());
}

} // namespace keyward
