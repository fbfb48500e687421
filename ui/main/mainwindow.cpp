// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "api/apiclient.h"
#include "api/organizationlistmodel.h"
#include "credentials/credentialstore.h"

#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QSortFilterProxyModel>

using namespace Qt::StringLiterals;

namespace keyward {

MainWindow::MainWindow(ApiClient *api, CredentialStore *credentials, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_api(api)
    , m_credentials(credentials)
    , m_organizations(new OrganizationListModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_sessionLabel(new QLabel(this))
{
    m_ui->setupUi(this);
    m_sessionLabel->setObjectName(u"sessionLabel"_s);
    m_ui->statusBar->addPermanentWidget(m_sessionLabel);

    QFont heading = m_ui->headingLabel->font();
    heading.setBold(true);
    heading.setPointSizeF(heading.pointSizeF() * 1.2);
    m_ui->headingLabel->setFont(heading);
    QPalette errorPalette = m_ui->errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x00, 0x20));
    m_ui->errorLabel->setPalette(errorPalette);
    m_ui->errorLabel->hide();

    m_sorted->setSourceModel(m_organizations);
    m_sorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_ui->organizationsView->setModel(m_sorted);
    m_ui->organizationsView->sortByColumn(OrganizationListModel::NameColumn, Qt::AscendingOrder);
    QHeaderView *header = m_ui->organizationsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(OrganizationListModel::NameColumn, QHeaderView::Stretch);
    // Wide enough for the longest role name plus breathing room, so the text
    // never touches the view's edge (ResizeToContents leaves no margin).
    const QFontMetrics metrics(m_ui->organizationsView->font());
    int roleWidth = metrics.horizontalAdvance(
        m_organizations->headerData(OrganizationListModel::RoleColumn, Qt::Horizontal).toString());
    for (Role role : {Role::Admin, Role::Member, Role::Viewer, Role::Team}) {
        roleWidth = qMax(roleWidth,
                         metrics.horizontalAdvance(OrganizationListModel::roleDisplayName(role)));
    }
    header->setSectionResizeMode(OrganizationListModel::RoleColumn, QHeaderView::Interactive);
    header->resizeSection(OrganizationListModel::RoleColumn,
                          roleWidth + 3 * metrics.averageCharWidth());

    connect(m_ui->actionRefresh, &QAction::triggered, this, &MainWindow::refresh);
    connect(m_ui->actionLogOut, &QAction::triggered, this, &MainWindow::logOut);
    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_api, &ApiClient::sessionRejected, this, [this] {
        if (isVisible() && !m_email.isEmpty()) {
            showProblem(tr("The server ended your session. Log in again."));
        }
    });
}

MainWindow::~MainWindow() = default;

void MainWindow::startSession(const QString &email)
{
    m_email = email;
    const QUrl server = m_api->serverUrl();
    m_sessionLabel->setText(tr("%1 on %2").arg(email, server.toDisplayString(QUrl::RemovePath)));
    setWindowTitle(tr("Keyward — %1").arg(server.host()));
    m_ui->errorLabel->hide();
    refresh();
}

void MainWindow::showProblem(const QString &message)
{
    m_ui->errorLabel->setText(message);
    m_ui->errorLabel->setVisible(!message.isEmpty());
}

void MainWindow::refresh()
{
    statusBar()->showMessage(tr("Loading organizations…"));
    m_api->userOrganizations(this, [this](const ApiResult<QList<NamedRole>> &result) {
        statusBar()->clearMessage();
        if (!result) {
            showProblem(result.error().message);
            return;
        }
        m_organizations->setOrganizations(result.value());
        if (result->isEmpty()) {
            statusBar()->showMessage(tr("You do not belong to any organization yet."));
        }
    });
}

void MainWindow::logOut()
{
    const CredentialKey key{m_api->serverUrl(), m_email, u"session"_s};
    m_api->logout(this, [](const ApiResult<NoContent> &) {
        // The local session is gone either way; a server that is unreachable
        // now lets the token expire on its own.
    });
    m_credentials->removeSecret(key, this,
                                [](const Expected<CredentialDone, CredentialError> &) {});
    m_organizations->clear();
    m_email.clear();
    m_sessionLabel->clear();
    Q_EMIT loggedOut();
}

} // namespace keyward
