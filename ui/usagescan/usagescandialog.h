// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>
#include <QStringList>

class QLabel;
class QListWidget;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTreeView;

namespace keyward {

class UsageMatchModel;
class UsageScanner;
struct UsageScanSummary;

/// "Where is this token used?": searches folders the user picks for the
/// token's value, so configuration files that hold it can be updated before
/// the token is revoked or rotated. Results show the value masked. The chosen
/// folders are remembered (QSettings); the token is not. Open with open().
///
/// objectNames: usageFolderList, addUsageFolderButton, removeUsageFolderButton,
/// startUsageScanButton, cancelUsageScanButton, usageScanProgress,
/// usageScanCurrentPath, usageResultsView, usageScanSummary,
/// usageScanCloseButton. Delete removes the selected folders; Ctrl+C copies
/// the selected results (masked) as "file:line: text".
class UsageScanDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsageScanDialog)

public:
    UsageScanDialog(const QString &tokenDescription, const QString &secret,
                    QWidget *parent = nullptr);
    ~UsageScanDialog() override;

    /// Adds \p path to the folders to search (what "Add folder…" does after
    /// the folder picker; also the seam tests use). Duplicates are ignored.
    void addFolder(const QString &path);
    QStringList folders() const;

    /// The scanner, for tuning (size limit, excluded names) before a scan.
    UsageScanner *scanner() const { return m_scanner; }

    void reject() override;

private:
    void chooseFolder();
    void removeSelectedFolders();
    void startScan();
    void showProgress(int done, int total, const QString &path);
    void showFinished(const UsageScanSummary &summary);
    void openContainingFolder(const QModelIndex &index);
    void copySelectedResults();
    void setRunning(bool running);
    void updateButtons();
    void saveFolders() const;

    QString m_secret;
    UsageScanner *m_scanner;
    UsageMatchModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QListWidget *m_folderList;
    QPushButton *m_addButton;
    QPushButton *m_removeButton;
    QPushButton *m_scanButton;
    QPushButton *m_cancelButton;
    QProgressBar *m_progress;
    QLabel *m_currentPath;
    QTreeView *m_results;
    QLabel *m_summary;
    bool m_running = false;
};

} // namespace keyward
