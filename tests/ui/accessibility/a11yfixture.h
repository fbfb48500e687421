// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "api/apiclient.h"
#include "common/nodecontext.h"
#include "copying/clipboardguard.h"
#include "credentials/credentialstore.h"
#include "domain/token.h"
#include "expiry/rotationpolicies.h"
#include "journal/changejournal.h"
#include "session/sessionmanager.h"
#include "settings/profilestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

namespace test {

/// What the dialogs and pages of ui/ need to be built for real: an
/// ApiClient aimed at a loopback port nobody listens on (requests fail at
/// once, so error states show too), settings in a throwaway directory, a
/// session, profiles, policies, a journal and a clipboard guard.
struct A11yFixture
{
    A11yFixture();

    QTemporaryDir dir;
    std::unique_ptr<QSettings> settings;
    keyward::ApiClient api;
    keyward::CredentialStore credentials{QStringLiteral("keyward-a11y-test")};
    std::unique_ptr<keyward::SessionManager> session;
    std::unique_ptr<keyward::ProfileStore> profiles;
    std::unique_ptr<keyward::RotationPolicies> policies;
    std::unique_ptr<keyward::ChangeJournal> journal;
    keyward::ClipboardGuard clipboard;

    static keyward::Token sampleToken();
    static keyward::NodeContext adminContext(bool team = false);
};

/// One dialog or page to walk: its class name and how to build it, shown.
struct Subject
{
    QString name;
    std::function<std::unique_ptr<QWidget>(A11yFixture &)> make;
};

/// Every dialog and page of ui/ (the classes deriving from QDialog,
/// QWidget, QWizard, QWizardPage, QMainWindow, QFrame and Panel), built
/// with minimal real arguments and with data where that reveals more.
QList<Subject> allSubjects();

} // namespace test
