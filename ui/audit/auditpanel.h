// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/panel.h"

#include <QString>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QModelIndex;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace keyward {

class ApiClient;
class AuditEventModel;
class AuditFilterProxy;
class InlineStatus;
struct AuditEvent;

/// The Audit tab of an organization page (administrators only): the
/// server's audit trail, newest first, loaded page by page as the user
/// scrolls (or all at once with "Load all"), filtered on the client by
/// actor, action, target and time, and exported as CSV or JSON. A server
/// without the audit endpoint (plain CAVE) gets a sentence, not an error.
class AuditPanel final : public Panel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditPanel)

public:
    static constexpr int DefaultPageSize = 200;

    explicit AuditPanel(ApiClient *api, QWidget *parent = nullptr);
    ~AuditPanel() override;

    void setContext(const NodeContext &context) override;
    void refresh() override;
    void focusFilter() override;

    /// Events per request (tests use small pages to exercise paging).
    void setPageSize(int pageSize);
    int pageSize() const { return m_pageSize; }

    /// Writes the rows currently shown (filtered, in view order).
    bool exportCsv(const QString &path, QString *error);
    bool exportJson(const QString &path, QString *error);

    AuditEventModel *eventModel() const { return m_model; }
    AuditFilterProxy *filterProxy() const { return m_proxy; }
    /// The server's X-Total-Count for the whole trail; -1 when unknown.
    qint64 serverTotal() const { return m_serverTotal; }
    /// Pages received since the last (re)load.
    int pagesLoaded() const { return m_pagesLoaded; }
    bool isLoadingAll() const { return m_loadingAll; }
    /// The rows shown, in view order.
    QList<AuditEvent> shownEvents() const;

private:
    void buildFilters(QWidget *parent);
    void reload();
    void fetchPage(const QString &beforeId);
    void applyFilters();
    void updateActions();
    void updateCount();
    void updateActionChoices();
    void startLoadAll();
    void stopLoadAll();
    void continueLoadAll();
    void chooseExportFile(bool json);
    bool writeFile(const QString &path, const QByteArray &bytes, QString *error);
    void showDetails(const QModelIndex &proxyIndex);
    void copySelection();

    ApiClient *m_api;
    NodeContext m_context;
    AuditEventModel *m_model;
    AuditFilterProxy *m_proxy;
    QStackedWidget *m_pages;
    QLabel *m_unavailable;
    QLineEdit *m_actorFilter = nullptr;
    QComboBox *m_actionFilter = nullptr;
    QLineEdit *m_targetFilter = nullptr;
    QCheckBox *m_fromAny = nullptr;
    QDateTimeEdit *m_from = nullptr;
    QCheckBox *m_toAny = nullptr;
    QDateTimeEdit *m_to = nullptr;
    QLabel *m_count;
    QPushButton *m_loadAll;
    QProgressBar *m_progress;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    InlineStatus *m_status;
    QTableView *m_view;
    int m_pageSize = DefaultPageSize;
    qint64 m_serverTotal = -1;
    int m_pagesLoaded = 0;
    /// Bumped on every reload, so an answer for an older load is dropped.
    quint64 m_generation = 0;
    bool m_loadingAll = false;
    bool m_unavailableShown = false;
    QString m_selectedId;
};

} // namespace keyward
