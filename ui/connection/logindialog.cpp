// SPDX-License-Identifier: GPL-3.0-or-later
#include "logindialog.h"
#include "ui_logindialog.h"

#include "api/networkpolicy.h"
#include "domain/names.h"
#include "domain/user.h"
#include "session/sessionmanager.h"
#include "settings/profilestore.h"

#include <QHostAddress>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSignalBlocker>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

/// A small square of the environment colour, with a frame so that a light
/// colour stays visible on a light background.
QIcon swatch(const QString &colour)
{
    QPixmap pixmap(16, 16);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(QColor(0x60, 0x60, 0x60));
    painter.setBrush(QColor::fromString(colour));
    painter.drawRect(1, 1, 13, 13);
    return QIcon(pixmap);
}

/// Scheme, host, port and path as one comparable string: two spellings of
/// one server ("…:443/", "…") select the same profile.
QString serverIdentity(const QUrl &url)
{
    const int port = url.port(url.scheme() == u"https"_s ? 443 : 80);
    QString path = url.path();
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    return url.scheme().toLower() + u"://"_s + url.host().toLower() + u':' + QString::number(port) +
           path;
}

bool isLocalHost(const QString &host)
{
    const QString lower = host.toLower();
    return lower == u"localhost"_s || lower.endsWith(u".localhost"_s) ||
           QHostAddress(host).isLoopback();
}

} // namespace

LoginDialog::LoginDialog(SessionManager *session, ProfileStore *profiles, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::LoginDialog>())
    , m_session(session)
    , m_profiles(profiles)
{
    m_ui->setupUi(this);
    m_ui->loginStatus->setObjectNames(u"loginStatus"_s);
    m_ui->profileCombo->setAccessibleName(tr("Connection profile"));
    m_ui->manageProfilesButton->setAccessibleName(tr("Manage connection profiles"));
    m_ui->serverEdit->setAccessibleName(tr("Server address"));
    m_ui->emailEdit->setAccessibleName(tr("Email"));
    m_ui->passwordEdit->setAccessibleName(tr("Password"));
    m_ui->rememberCheckBox->setAccessibleName(tr("Remember password"));
    m_ui->loginButton->setAccessibleName(tr("Log in"));
    m_ui->cancelButton->setAccessibleName(tr("Cancel"));
    m_ui->loginStatus->setAccessibleName(tr("Login status"));

    connect(m_ui->loginButton, &QPushButton::clicked, this, &LoginDialog::submit);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LoginDialog::reject);
    connect(m_ui->manageProfilesButton, &QPushButton::clicked, this,
            &LoginDialog::manageProfilesRequested);
    connect(m_ui->profileCombo, &QComboBox::currentIndexChanged, this,
            &LoginDialog::profileChanged);
    connect(m_ui->rememberCheckBox, &QCheckBox::clicked, this,
            [this] { m_rememberTouched = true; });
    connect(m_ui->emailEdit, &QLineEdit::editingFinished, this,
            &LoginDialog::updateRememberFromKeychain);
    // A stale error next to a field the user is correcting only confuses.
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->emailEdit, m_ui->passwordEdit}) {
        connect(edit, &QLineEdit::textEdited, this, [this] {
            if (!m_pending) {
                m_ui->loginStatus->clear();
            }
        });
    }

    connect(m_session, &SessionManager::loggedIn, this, &LoginDialog::onLoggedIn);
    connect(m_session, &SessionManager::loginFailed, this, &LoginDialog::onLoginFailed);

    connect(m_profiles, &ProfileStore::profilesReloaded, this, &LoginDialog::reloadProfiles);
    connect(m_profiles, &ProfileStore::profileAdded, this, &LoginDialog::reloadProfiles);
    connect(m_profiles, &ProfileStore::profileUpdated, this, &LoginDialog::reloadProfiles);
    connect(m_profiles, &ProfileStore::profileRemoved, this, &LoginDialog::reloadProfiles);

    setServerFieldShown(m_profiles->profiles().isEmpty());
    reloadProfiles();
    if (const auto last = m_profiles->lastUsedProfile()) {
        selectProfile(last->id);
    }
    profileChanged();
}

LoginDialog::~LoginDialog()
{
    // ~QDialog hides the window, which takes the focus from the email field:
    // its editingFinished must not reach a half-destroyed LoginDialog.
    disconnect(m_ui->emailEdit, nullptr, this, nullptr);
}

void LoginDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // As small as the form needs; an error that appears later grows it.
    resize(width(), minimumSizeHint().height());
    // Start typing where something is still missing (usually the password).
    for (QLineEdit *edit : {m_ui->serverEdit, m_ui->emailEdit, m_ui->passwordEdit}) {
        if (edit->isVisibleTo(this) && edit->text().isEmpty()) {
            edit->setFocus();
            return;
        }
    }
    m_ui->loginButton->setFocus();
}

void LoginDialog::reject()
{
    // Whatever the session manager still answers belongs to nobody now.
    m_pending = false;
    setBusy(false);
    QDialog::reject();
}

void LoginDialog::reloadProfiles()
{
    QComboBox *combo = m_ui->profileCombo;
    const QUuid selected = combo->currentData().toUuid();
    {
        const QSignalBlocker blocker(combo);
        combo->clear();
        for (const ConnectionProfile &profile : m_profiles->profiles()) {
            combo->addItem(
                swatch(profile.effectiveColour()),
                tr("%1 (%2)").arg(profile.name, environmentDisplayName(profile.environment)),
                profile.id);
            combo->setItemData(combo->count() - 1, profile.serverUrl.toDisplayString(),
                               Qt::ToolTipRole);
        }
        const int index = combo->findData(selected);
        combo->setCurrentIndex(index >= 0 ? index : 0);
    }
    if (m_profiles->profiles().isEmpty()) {
        setServerFieldShown(true);
    } else if (m_serverFieldShown) {
        // A profile for the typed server appeared (created elsewhere, e.g.
        // while trusting its certificate): use it instead of the field.
        const QString typed =
            serverIdentity(QUrl::fromUserInput(m_ui->serverEdit->text().trimmed()));
        for (const ConnectionProfile &profile : m_profiles->profiles()) {
            if (serverIdentity(profile.serverUrl) == typed) {
                setServerFieldShown(false);
                selectProfile(profile.id);
                break;
            }
        }
    }
    if (combo->currentData().toUuid() != selected) {
        profileChanged();
    }
}

void LoginDialog::setServerFieldShown(bool shown)
{
    m_serverFieldShown = shown;
    m_ui->introLabel->setText(
        shown ? tr("Enter the address of your Keyward server and log in with your account. "
                   "Keyward keeps the address as a connection profile.")
              : tr("Log in with your account on a Keyward server."));
    m_ui->formLayout->setRowVisible(m_ui->profileRow, !shown);
    m_ui->formLayout->setRowVisible(m_ui->serverEdit, shown);
}

bool LoginDialog::selectProfile(const QUuid &id)
{
    const int index = m_ui->profileCombo->findData(id);
    if (index < 0) {
        return false;
    }
    setServerFieldShown(false);
    m_ui->profileCombo->setCurrentIndex(index);
    return true;
}

void LoginDialog::profileChanged()
{
    if (m_serverFieldShown) {
        return;
    }
    const ConnectionProfile profile = currentProfile();
    if (!profile.accountEmail.isEmpty()) {
        m_ui->emailEdit->setText(profile.accountEmail);
    }
    updateRememberFromKeychain();
}

void LoginDialog::updateRememberFromKeychain()
{
    const ConnectionProfile profile = currentProfile();
    const QString account = email();
    if (m_rememberTouched || account.isEmpty() || !profile.serverUrl.isValid()) {
        return;
    }
    m_session->hasRememberedPassword(profile, account, this,
                                     [this, server = profile.serverUrl, account](bool remembered) {
                                         // The user may have moved on while the keychain answered.
                                         if (m_rememberTouched || m_pending || email() != account ||
                                             currentProfile().serverUrl != server) {
                                             return;
                                         }
                                         m_ui->rememberCheckBox->setChecked(remembered);
                                     });
}

void LoginDialog::setServerUrl(const QString &url)
{
    const QString wanted = serverIdentity(QUrl::fromUserInput(url.trimmed()));
    for (const ConnectionProfile &profile : m_profiles->profiles()) {
        if (serverIdentity(profile.serverUrl) == wanted) {
            selectProfile(profile.id);
            return;
        }
    }
    m_ui->serverEdit->setText(url);
    setServerFieldShown(true);
}

void LoginDialog::setEmail(const QString &email)
{
    m_ui->emailEdit->setText(email);
    updateRememberFromKeychain();
}

void LoginDialog::setPassword(const QString &password)
{
    m_ui->passwordEdit->setText(password);
}

QString LoginDialog::email() const
{
    return m_ui->emailEdit->text().trimmed();
}

ConnectionProfile LoginDialog::currentProfile() const
{
    if (m_serverFieldShown) {
        QString problem;
        return profileFromServerField(&problem).value_or(ConnectionProfile{});
    }
    return m_profiles->find(m_ui->profileCombo->currentData().toUuid())
        .value_or(ConnectionProfile{});
}

QString LoginDialog::uniqueProfileName(const QString &base) const
{
    if (!m_profiles->findByName(base)) {
        return base;
    }
    for (int n = 2;; ++n) {
        const QString candidate = tr("%1 (%2)").arg(base).arg(n);
        if (!m_profiles->findByName(candidate)) {
            return candidate;
        }
    }
}

std::optional<ConnectionProfile> LoginDialog::profileFromServerField(QString *problem) const
{
    const QString text = m_ui->serverEdit->text().trimmed();
    if (text.isEmpty()) {
        *problem = tr("Enter the address of your Keyward server, for example "
                      "https://keyward.example.com.");
        return std::nullopt;
    }
    const QUrl url = QUrl::fromUserInput(text);
    if (!NetworkPolicy::isAcceptableServerUrl(url)) {
        *problem = tr("“%1” is not a server address Keyward can use. Enter an http or https "
                      "address such as https://keyward.example.com.")
                       .arg(text);
        return std::nullopt;
    }
    ConnectionProfile profile;
    profile.name = uniqueProfileName(url.host());
    profile.serverUrl = url;
    profile.environment =
        isLocalHost(url.host()) ? Environment::Development : Environment::Production;
    profile.accountEmail = email();
    if (const auto refused = m_profiles->validate(profile)) {
        *problem = refused->message;
        return std::nullopt;
    }
    return profile;
}

void LoginDialog::showMessage(const QString &message)
{
    m_ui->loginStatus->showInfo(message);
}

void LoginDialog::showError(const QString &message, QWidget *focus)
{
    m_ui->loginStatus->showError(message);
    if (focus) {
        focus->setFocus();
    }
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{
             m_ui->profileCombo, m_ui->manageProfilesButton, m_ui->serverEdit, m_ui->emailEdit,
             m_ui->passwordEdit, m_ui->rememberCheckBox, m_ui->loginButton}) {
        widget->setEnabled(!busy);
    }
    if (busy) {
        m_ui->loginStatus->showBusy(tr("Logging in…"));
    } else if (m_ui->loginStatus->isBusy()) {
        m_ui->loginStatus->clear();
    }
}

void LoginDialog::submit()
{
    if (m_pending) {
        return;
    }
    ConnectionProfile profile;
    if (m_serverFieldShown) {
        QString problem;
        const auto typed = profileFromServerField(&problem);
        if (!typed) {
            showError(problem, m_ui->serverEdit);
            return;
        }
        profile = *typed;
    } else {
        const auto stored = m_profiles->find(m_ui->profileCombo->currentData().toUuid());
        if (!stored) {
            showError(tr("Choose a connection profile, or create one with “Manage profiles…”."),
                      m_ui->profileCombo);
            return;
        }
        profile = *stored;
    }
    if (email().isEmpty()) {
        showError(tr("Enter the email address of your account."), m_ui->emailEdit);
        return;
    }
    if (!isPlausibleEmail(email())) {
        showError(tr("“%1” is not an email address.").arg(email()), m_ui->emailEdit);
        return;
    }
    if (m_ui->passwordEdit->text().isEmpty()) {
        showError(tr("Enter your password."), m_ui->passwordEdit);
        return;
    }

    m_attempt = profile;
    m_attempt.accountEmail = email();
    m_ui->loginStatus->clear();
    m_pending = true;
    setBusy(true);
    m_session->logIn(profile, email(), m_ui->passwordEdit->text(),
                     m_ui->rememberCheckBox->isChecked());
}

void LoginDialog::retry()
{
    if (!m_attempt.id.isNull()) {
        selectProfile(m_attempt.id);
    }
    submit();
}

void LoginDialog::onLoggedIn(const User &)
{
    if (!m_pending) {
        return;
    }
    m_pending = false;
    ConnectionProfile profile = m_attempt;
    if (profile.id.isNull()) {
        // Logging in proved the address right; only now is it worth a profile.
        auto added = m_profiles->add(profile);
        if (!added) {
            setBusy(false);
            showError(added.error().message);
            return;
        }
        profile = added.value();
    } else {
        // Re-read: the profile may have changed while logging in.
        profile = m_profiles->find(profile.id).value_or(profile);
        profile.accountEmail = m_attempt.accountEmail;
        if (const auto refused = m_profiles->update(profile)) {
            setBusy(false);
            showError(refused->message);
            return;
        }
    }
    if (const auto refused = m_profiles->setLastUsedProfileId(profile.id)) {
        setBusy(false);
        showError(refused->message);
        return;
    }
    setBusy(false);
    m_ui->passwordEdit->clear();
    m_rememberTouched = false;
    Q_EMIT loggedIn(profile);
    accept();
}

void LoginDialog::onLoginFailed(const ApiError &error)
{
    if (!m_pending) {
        return;
    }
    m_pending = false;
    setBusy(false);
    showError(error.message, error.kind == ApiError::Unauthorized ? m_ui->passwordEdit : nullptr);
    if (error.kind == ApiError::Tls && error.certificate) {
        Q_EMIT untrustedCertificate(*error.certificate, m_attempt);
    }
}

} // namespace keyward
