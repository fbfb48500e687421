// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apierror.h"
#include "domain/organization.h"
#include "domain/team.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace keyward {

class ApiClient;
class InlineStatus;

/// "New organization" and "New team": a name checked as the user types
/// (names.h), plus, for an organization, its contact email and notification
/// URL. Sends the request itself; on failure it stays open with the input
/// and the error inside; on success it emits organizationCreated() or
/// teamCreated() and closes.
///
/// objectNames: "nameDialog", "nameEdit", "nameProblemLabel",
/// "organizationEmailEdit", "organizationNotificationUrlEdit" (organization
/// mode), "createButton", "cancelButton", InlineStatus "nameDialogStatus".
class NameDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameDialog)

public:
    enum class Mode
    {
        Organization,
        Team
    };

    /// \p organization is the team's organization in Team mode, unused otherwise.
    NameDialog(ApiClient *api, Mode mode, const QString &organization = {},
               QWidget *parent = nullptr);
    ~NameDialog() override;

    /// Opens a "New organization" dialog (deleted on close).
    static NameDialog *newOrganization(ApiClient *api, QWidget *parent);
    /// Opens a "New team" dialog for \p organization (deleted on close).
    static NameDialog *newTeam(ApiClient *api, const QString &organization, QWidget *parent);

    Mode mode() const { return m_mode; }
    QString organization() const { return m_organization; }

    /// Why a notification URL is not acceptable; empty when it is.
    static QString notificationUrlProblem(const QString &url);

Q_SIGNALS:
    void organizationCreated(const Organization &organization);
    void teamCreated(const QString &organization, const Team &team);
    /// A one-line confirmation for the status bar.
    void statusMessage(const QString &message);

private:
    void validate();
    void create();
    void setBusy(bool busy);
    void handleFailure(const ApiError &error);

    ApiClient *m_api;
    Mode m_mode;
    QString m_organization;
    QLineEdit *m_nameEdit;
    QLabel *m_nameProblem;
    QLineEdit *m_emailEdit = nullptr;
    QLabel *m_emailProblem = nullptr;
    QLineEdit *m_urlEdit = nullptr;
    QLabel *m_urlProblem = nullptr;
    QPushButton *m_create;
    QPushButton *m_cancel;
    InlineStatus *m_status;
    bool m_busy = false;
    bool m_nameTouched = false;
};

} // namespace keyward
