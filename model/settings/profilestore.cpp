// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilestore.h"

#include "settingkeys.h"

#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QString comparableName(const QString &name)
{
    return name.trimmed().toCaseFolded();
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    Q_ASSERT(m_settings);
}

bool ProfileStore::load()
{
    QList<ConnectionProfile> loaded;
    int skipped = 0;
    const int count = m_settings->beginReadArray(settings::profilesArray);
    for (int i = 0; i < count; ++i) {
        m_settings->setArrayIndex(i);
        ConnectionProfile profile;
        profile.id = settings::profile::id.read(*m_settings);
        profile.name = settings::profile::name.read(*m_settings);
        profile.serverUrl = QUrl(settings::profile::serverUrl.read(*m_settings), QUrl::StrictMode);
        // An unknown kind is treated as production: the most careful reading.
        profile.environment =
            environmentFromString(settings::profile::environment.read(*m_settings))
                .value_or(Environment::Production);
        profile.colour = settings::profile::colour.read(*m_settings);
        profile.accountEmail = settings::profile::accountEmail.read(*m_settings);
        profile.trustedCertificateSha256 = settings::profile::trustedCertificates.read(*m_settings);
        profile.trustedCertificateSha256.removeAll(QString());

        // normalize() also refuses a name used by an earlier entry.
        const bool duplicateId =
            std::any_of(loaded.cbegin(), loaded.cend(),
                        [&](const auto &other) { return other.id == profile.id; });
        if (profile.id.isNull() || duplicateId || normalize(profile, loaded)) {
            ++skipped;
            continue;
        }
        loaded.append(profile);
    }
    m_settings->endArray();

    QUuid lastUsed = settings::lastProfileId.read(*m_settings);
    const bool lastUsedExists = std::any_of(loaded.cbegin(), loaded.cend(),
                                            [&](const auto &p) { return p.id == lastUsed; });
    if (!lastUsedExists) {
        lastUsed = QUuid();
    }

    m_profiles = std::move(loaded);
    m_lastUsedId = lastUsed;
    m_skippedOnLoad = skipped;
    Q_EMIT profilesReloaded();
    return m_settings->status() == QSettings::NoError;
}

bool ProfileStore::save()
{
    m_settings->remove(settings::profilesArray);
    m_settings->beginWriteArray(settings::profilesArray, static_cast<int>(m_profiles.size()));
    for (int i = 0; i < m_profiles.size(); ++i) {
        const ConnectionProfile &profile = m_profiles.at(i);
        m_settings->setArrayIndex(i);
        settings::profile::id.write(*m_settings, profile.id);
        settings::profile::name.write(*m_settings, profile.name);
        settings::profile::serverUrl.write(*m_settings, profile.serverUrl.toString());
        settings::profile::environment.write(*m_settings, environmentToString(profile.environment));
        settings::profile::colour.write(*m_settings, profile.colour);
        settings::profile::accountEmail.write(*m_settings, profile.accountEmail);
        settings::profile::trustedCertificates.write(*m_settings, profile.trustedCertificateSha256);
    }
    m_settings->endArray();
    if (m_lastUsedId.isNull()) {
        settings::lastProfileId.remove(*m_settings);
    } else {
        settings::lastProfileId.write(*m_settings, m_lastUsedId);
    }
    m_settings->sync();
    return m_settings->status() == QSettings::NoError;
}

std::optional<ConnectionProfile> ProfileStore::find(const QUuid &id) const
{
    const qsizetype index = indexOf(id);
    return index < 0 ? std::nullopt : std::optional(m_profiles.at(index));
}

std::optional<ConnectionProfile> ProfileStore::findByName(const QString &name) const
{
    const QString wanted = comparableName(name);
    for (const ConnectionProfile &profile : m_profiles) {
        if (comparableName(profile.name) == wanted) {
            return profile;
        }
    }
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::validate(const ConnectionProfile &profile) const
{
    ConnectionProfile copy = profile;
    return normalize(copy, m_profiles);
}

Expected<ConnectionProfile, ProfileError> ProfileStore::add(ConnectionProfile profile)
{
    if (profile.id.isNull()) {
        profile.id = QUuid::createUuid();
    } else if (indexOf(profile.id) >= 0) {
        return ProfileError{ProfileError::DuplicateId,
                            tr("A connection profile with this identifier exists already.")};
    }
    if (std::optional<ProfileError> error = normalize(profile, m_profiles)) {
        return *error;
    }
    m_profiles.append(profile);
    const std::optional<ProfileError> writeError = saveOrError();
    Q_EMIT profileAdded(profile.id);
    if (writeError) {
        return *writeError;
    }
    return profile;
}

std::optional<ProfileError> ProfileStore::update(ConnectionProfile profile)
{
    const qsizetype index = indexOf(profile.id);
    if (index < 0) {
        return notFound();
    }
    if (std::optional<ProfileError> error = normalize(profile, m_profiles)) {
        return error;
    }
    m_profiles[index] = profile;
    const std::optional<ProfileError> writeError = saveOrError();
    Q_EMIT profileUpdated(profile.id);
    return writeError;
}

std::optional<ProfileError> ProfileStore::remove(const QUuid &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0) {
        return notFound();
    }
    m_profiles.removeAt(index);
    const bool wasLastUsed = m_lastUsedId == id;
    if (wasLastUsed) {
        m_lastUsedId = QUuid();
    }
    const std::optional<ProfileError> writeError = saveOrError();
    Q_EMIT profileRemoved(id);
    if (wasLastUsed) {
        Q_EMIT lastUsedProfileChanged(m_lastUsedId);
    }
    return writeError;
}

std::optional<ConnectionProfile> ProfileStore::lastUsedProfile() const
{
    return m_lastUsedId.isNull() ? std::nullopt : find(m_lastUsedId);
}

std::optional<ProfileError> ProfileStore::setLastUsedProfileId(const QUuid &id)
{
    if (!id.isNull() && indexOf(id) < 0) {
        return notFound();
    }
    if (id == m_lastUsedId) {
        return std::nullopt;
    }
    m_lastUsedId = id;
    const std::optional<ProfileError> writeError = saveOrError();
    Q_EMIT lastUsedProfileChanged(id);
    return writeError;
}

qsizetype ProfileStore::indexOf(const QUuid &id) const
{
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id) {
            return i;
        }
    }
    return -1;
}

std::optional<ProfileError> ProfileStore::normalize(ConnectionProfile &profile,
                                                    const QList<ConnectionProfile> &others)
{
    profile.name = profile.name.trimmed();
    if (profile.name.isEmpty()) {
        return ProfileError{ProfileError::EmptyName, tr("Give the connection profile a name.")};
    }
    const QString wanted = comparableName(profile.name);
    for (const ConnectionProfile &other : others) {
        if (other.id != profile.id && comparableName(other.name) == wanted) {
            return ProfileError{
                ProfileError::DuplicateName,
                tr("A connection profile named “%1” exists already. Choose another name.")
                    .arg(profile.name)};
        }
    }

    const QUrl &url = profile.serverUrl;
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != u"http"_s && scheme != u"https"_s) || url.host().isEmpty()) {
        return ProfileError{ProfileError::InvalidUrl,
                            tr("The server address must be an http:// or https:// URL with a "
                               "host name, such as https://keyward.example.com.")};
    }
    if (url.hasQuery() || url.hasFragment()) {
        // A query is where API keys hide ("?token=…"); a base address needs none.
        return ProfileError{ProfileError::InvalidUrl,
                            tr("The server address cannot contain a query (?…) or a fragment "
                               "(#…). Enter only the address, such as "
                               "https://keyward.example.com.")};
    }
    if (!url.userInfo().isEmpty()) {
        return ProfileError{ProfileError::CredentialsInUrl,
                            tr("Remove the user name and password from the server address; "
                               "you enter them when you log in.")};
    }

    profile.colour = profile.colour.trimmed().toLower();
    if (!profile.colour.isEmpty() && !isValidColour(profile.colour)) {
        return ProfileError{ProfileError::InvalidColour,
                            tr("The colour must be written as #rrggbb, for example #1e88e5.")};
    }

    profile.accountEmail = profile.accountEmail.trimmed();

    QStringList fingerprints;
    for (const QString &text : std::as_const(profile.trustedCertificateSha256)) {
        const std::optional<QString> fingerprint = normalizeCertificateFingerprint(text);
        if (!fingerprint) {
            return ProfileError{ProfileError::InvalidFingerprint,
                                tr("“%1” is not a SHA-256 certificate fingerprint (64 "
                                   "hexadecimal digits).")
                                    .arg(text)};
        }
        if (!fingerprints.contains(*fingerprint)) {
            fingerprints.append(*fingerprint);
        }
    }
    profile.trustedCertificateSha256 = fingerprints;
    return std::nullopt;
}

std::optional<ProfileError> ProfileStore::saveOrError()
{
    if (save()) {
        return std::nullopt;
    }
    return ProfileError{ProfileError::WriteFailed,
                        tr("The settings file %1 could not be written; the change lasts until "
                           "Keyward is closed. Check that the file and its folder are writable.")
                            .arg(m_settings->fileName())};
}

ProfileError ProfileStore::notFound() const
{
    return ProfileError{ProfileError::NotFound,
                        tr("This connection profile no longer exists; it may have been removed.")};
}

} // namespace keyward
