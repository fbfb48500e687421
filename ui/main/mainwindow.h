// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QSortFilterProxyModel;

namespace Ui {
class MainWindow;
}

namespace keyward {

class ApiClient;
class CredentialStore;
class OrganizationListModel;

/// The logged-in user's organizations and their role in each. This
/// milestone's window is deliberately small; later milestones add pages.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    MainWindow(ApiClient *api, CredentialStore *credentials, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Shows who is logged in where and loads the organizations.
    void startSession(const QString &email);
    /// A non-fatal problem to show above the list (e.g. the keychain's).
    void showProblem(const QString &message);

    OrganizationListModel *organizationModel() const { return m_organizations; }

    void refresh();
    void logOut();

Q_SIGNALS:
    /// The session ended (by "Log out" or because the server refused it).
    void loggedOut();

private:
    std::unique_ptr<Ui::MainWindow> m_ui;
    ApiClient *m_api;
    CredentialStore *m_credentials;
    OrganizationListModel *m_organizations;
    QSortFilterProxyModel *m_sorted;
    QLabel *m_sessionLabel;
    QString m_email;
};

} // namespace keyward
