// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>
#include <QUuid>

#include <optional>

class QSettings;

namespace keyward {

/// One organization's own rotation interval inside a profile's policy.
struct OrganizationRotationPolicy
{
    QString organization;
    int days = 0;

    friend bool operator==(const OrganizationRotationPolicy &,
                           const OrganizationRotationPolicy &) = default;
};

/// "Rotate every N days" advice for tokens that carry no expiry: a default
/// per connection profile, overridden per organization. Kept in the settings
/// file under the "rotationPolicies" group (one subgroup per profile id) and
/// mirrored in memory, because the expiry review asks for every one of
/// 100,000 tokens on each recomputation.
class RotationPolicies final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RotationPolicies)

public:
    static constexpr int MinimumDays = 1;
    static constexpr int MaximumDays = 3650;

    /// Reads the policies from \p settings, which must outlive this object.
    explicit RotationPolicies(QSettings *settings, QObject *parent = nullptr);

    static bool isValidDays(int days) { return days >= MinimumDays && days <= MaximumDays; }

    /// The interval that applies to a token of \p organization: its override,
    /// otherwise the profile's default, otherwise none.
    std::optional<int> daysFor(const QUuid &profileId, const QString &organization) const;

    std::optional<int> defaultDays(const QUuid &profileId) const;
    /// False (and nothing stored) for days outside MinimumDays..MaximumDays.
    bool setDefaultDays(const QUuid &profileId, int days);
    void removeDefaultDays(const QUuid &profileId);

    std::optional<int> organizationDays(const QUuid &profileId, const QString &organization) const;
    /// False (and nothing stored) for invalid days or an empty organization.
    bool setOrganizationDays(const QUuid &profileId, const QString &organization, int days);
    void removeOrganizationDays(const QUuid &profileId, const QString &organization);
    /// The overrides of a profile, sorted by organization.
    QList<OrganizationRotationPolicy> overrides(const QUuid &profileId) const;

    /// Replaces a profile's whole policy at once (one changed() signal), as the
    /// policy dialog saves it. False, and nothing changed, if any days value
    /// is invalid or an organization is empty.
    bool setPolicy(const QUuid &profileId, std::optional<int> defaultDays,
                   const QList<OrganizationRotationPolicy> &overrides);
    /// Forgets everything about a profile (when the profile is deleted).
    void removeProfile(const QUuid &profileId);

    /// Re-reads the settings (after another process changed the file).
    void reload();

Q_SIGNALS:
    void changed();

private:
    struct ProfilePolicy
    {
        int defaultDays = 0; ///< 0: none
        QMap<QString, int> organizationDays;

        bool isEmpty() const { return defaultDays == 0 && organizationDays.isEmpty(); }
        friend bool operator==(const ProfilePolicy &, const ProfilePolicy &) = default;
    };

    void store(const QUuid &profileId, const ProfilePolicy &policy);

    QSettings *m_settings;
    QHash<QUuid, ProfilePolicy> m_policies;
};

} // namespace keyward
