// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connectionprofile.h"
#include "domain/expected.h"

#include <QList>
#include <QObject>
#include <QUuid>

#include <optional>

class QSettings;

namespace keyward {

/// Why a profile was refused or could not be stored, with a sentence for the user.
struct ProfileError
{
    enum Code
    {
        EmptyName,
        DuplicateName,
        InvalidUrl,       ///< not a URL, not http(s), without a host, or with a query
        CredentialsInUrl, ///< user:password@ would put a secret in the settings file
        InvalidColour,
        InvalidFingerprint, ///< a trusted certificate that is not a SHA-256 fingerprint
        DuplicateId,
        NotFound,
        WriteFailed, ///< the settings file could not be written
    };
    Code code;
    QString message;
};

/// The user's connection profiles, kept in a QSettings "profiles" array plus
/// the id of the profile used last. Every change is written at once. Holds no
/// secret and has nowhere to put one; see ConnectionProfile.
class ProfileStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileStore)

public:
    /// \p settings is not owned and must outlive the store; injected so tests
    /// (and portable installs) can point it at a file of their own.
    explicit ProfileStore(QSettings *settings, QObject *parent = nullptr);

    /// Replaces the profiles in memory with those in the settings. Entries
    /// without a valid id or URL are skipped (counted in skippedOnLoad()), so
    /// a hand-edited file cannot stop the app from starting. False when the
    /// settings could not be read.
    bool load();
    /// Writes every profile and the last-used id; false when writing failed.
    bool save();

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    std::optional<ConnectionProfile> find(const QUuid &id) const;
    /// Names are unique ignoring case and surrounding spaces.
    std::optional<ConnectionProfile> findByName(const QString &name) const;
    int skippedOnLoad() const { return m_skippedOnLoad; }

    /// Checks \p profile as add()/update() would (uniqueness against the
    /// other profiles: one with the same id is the profile itself).
    std::optional<ProfileError> validate(const ConnectionProfile &profile) const;

    /// Adds a profile, giving it a new id when it has none; returns it as
    /// stored (name trimmed, fingerprints normalised).
    Expected<ConnectionProfile, ProfileError> add(ConnectionProfile profile);
    /// Replaces the profile with the same id.
    std::optional<ProfileError> update(ConnectionProfile profile);
    /// Removes a profile; forgets it as the last used one.
    std::optional<ProfileError> remove(const QUuid &id);

    /// Null when none was used yet or it was removed.
    QUuid lastUsedProfileId() const { return m_lastUsedId; }
    std::optional<ConnectionProfile> lastUsedProfile() const;
    /// \p id must be a stored profile, or null to forget.
    std::optional<ProfileError> setLastUsedProfileId(const QUuid &id);

Q_SIGNALS:
    /// After load(): everything may have changed.
    void profilesReloaded();
    void profileAdded(const QUuid &id);
    void profileUpdated(const QUuid &id);
    void profileRemoved(const QUuid &id);
    void lastUsedProfileChanged(const QUuid &id);

private:
    qsizetype indexOf(const QUuid &id) const;
    /// Trims and normalises \p profile; the first problem, checking name
    /// uniqueness against \p others.
    static std::optional<ProfileError> normalize(ConnectionProfile &profile,
                                                 const QList<ConnectionProfile> &others);
    std::optional<ProfileError> saveOrError();
    ProfileError notFound() const;

    QSettings *m_settings;
    QList<ConnectionProfile> m_profiles;
    QUuid m_lastUsedId;
    int m_skippedOnLoad = 0;
};

} // namespace keyward
