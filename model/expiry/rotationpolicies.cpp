// SPDX-License-Identifier: GPL-3.0-or-later
#include "rotationpolicies.h"

#include "settings/setting.h"

#include <QSettings>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

// Layout: rotationPolicies/<profile uuid>/defaultDays and the array
// rotationPolicies/<profile uuid>/organizations/<i>/{organization,days}.
// An array rather than one key per organization, so that any character an
// organization name may contain is safe in the settings file.
constexpr QLatin1StringView group{"rotationPolicies"};
constexpr QLatin1StringView organizationsArray{"organizations"};
const Setting<int> defaultDaysKey{QLatin1StringView("defaultDays"), 0};
const Setting<QString> organizationKey{QLatin1StringView("organization")};
const Setting<int> daysKey{QLatin1StringView("days"), 0};

QString profileGroup(const QUuid &profileId)
{
    return group + u'/' + profileId.toString(QUuid::WithoutBraces);
}

} // namespace

RotationPolicies::RotationPolicies(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{
    reload();
}

void RotationPolicies::reload()
{
    QHash<QUuid, ProfilePolicy> policies;
    m_settings->beginGroup(group);
    const QStringList profiles = m_settings->childGroups();
    for (const QString &name : profiles) {
        const QUuid id = QUuid::fromString(name);
        if (id.isNull()) {
            continue;
        }
        m_settings->beginGroup(name);
        ProfilePolicy policy;
        const int days = defaultDaysKey.read(*m_settings);
        policy.defaultDays = isValidDays(days) ? days : 0;
        const int count = m_settings->beginReadArray(organizationsArray);
        for (int i = 0; i < count; ++i) {
            m_settings->setArrayIndex(i);
            const QString organization = organizationKey.read(*m_settings);
            const int orgDays = daysKey.read(*m_settings);
            // A hand-edited file may hold nonsense; it must not become a policy.
            if (!organization.isEmpty() && isValidDays(orgDays)) {
                policy.organizationDays.insert(organization, orgDays);
            }
        }
        m_settings->endArray();
        m_settings->endGroup();
        if (!policy.isEmpty()) {
            policies.insert(id, policy);
        }
    }
    m_settings->endGroup();
    if (policies != m_policies) {
        m_policies = std::move(policies);
        Q_EMIT changed();
    }
}

std::optional<int> RotationPolicies::daysFor(const QUuid &profileId,
                                             const QString &organization) const
{
    const auto it = m_policies.constFind(profileId);
    if (it == m_policies.constEnd()) {
        return std::nullopt;
    }
    const auto org = it->organizationDays.constFind(organization);
    if (org != it->organizationDays.constEnd()) {
        return *org;
    }
    if (it->defaultDays > 0) {
        return it->defaultDays;
    }
    return std::nullopt;
}

std::optional<int> RotationPolicies::defaultDays(const QUuid &profileId) const
{
    const auto it = m_policies.constFind(profileId);
    if (it == m_policies.constEnd() || it->defaultDays == 0) {
        return std::nullopt;
    }
    return it->defaultDays;
}

bool RotationPolicies::setDefaultDays(const QUuid &profileId, int days)
{
    if (profileId.isNull() || !isValidDays(days)) {
        return false;
    }
    ProfilePolicy policy = m_policies.value(profileId);
    policy.defaultDays = days;
    store(profileId, policy);
    return true;
}

void RotationPolicies::removeDefaultDays(const QUuid &profileId)
{
    ProfilePolicy policy = m_policies.value(profileId);
    policy.defaultDays = 0;
    store(profileId, policy);
}

std::optional<int> RotationPolicies::organizationDays(const QUuid &profileId,
                                                      const QString &organization) const
{
    const auto it = m_policies.constFind(profileId);
    if (it == m_policies.constEnd()) {
        return std::nullopt;
    }
    const auto org = it->organizationDays.constFind(organization);
    if (org == it->organizationDays.constEnd()) {
        return std::nullopt;
    }
    return *org;
}

bool RotationPolicies::setOrganizationDays(const QUuid &profileId, const QString &organization,
                                           int days)
{
    if (profileId.isNull() || organization.isEmpty() || !isValidDays(days)) {
        return false;
    }
    ProfilePolicy policy = m_policies.value(profileId);
    policy.organizationDays.insert(organization, days);
    store(profileId, policy);
    return true;
}

void RotationPolicies::removeOrganizationDays(const QUuid &profileId, const QString &organization)
{
    ProfilePolicy policy = m_policies.value(profileId);
    policy.organizationDays.remove(organization);
    store(profileId, policy);
}

QList<OrganizationRotationPolicy> RotationPolicies::overrides(const QUuid &profileId) const
{
    QList<OrganizationRotationPolicy> result;
    const auto it = m_policies.constFind(profileId);
    if (it == m_policies.constEnd()) {
        return result;
    }
    for (auto org = it->organizationDays.constBegin(); org != it->organizationDays.constEnd();
         ++org) {
        result.append({org.key(), org.value()});
    }
    return result;
}

bool RotationPolicies::setPolicy(const QUuid &profileId, std::optional<int> defaultDays,
                                 const QList<OrganizationRotationPolicy> &overrides)
{
    if (profileId.isNull() || (defaultDays && !isValidDays(*defaultDays))) {
        return false;
    }
    ProfilePolicy policy;
    policy.defaultDays = defaultDays.value_or(0);
    for (const OrganizationRotationPolicy &entry : overrides) {
        if (entry.organization.isEmpty() || !isValidDays(entry.days)) {
            return false;
        }
        policy.organizationDays.insert(entry.organization, entry.days);
    }
    store(profileId, policy);
    return true;
}

void RotationPolicies::removeProfile(const QUuid &profileId)
{
    store(profileId, {});
}

void RotationPolicies::store(const QUuid &profileId, const ProfilePolicy &policy)
{
    const auto it = m_policies.constFind(profileId);
    const bool known = it != m_policies.constEnd();
    if ((known && *it == policy) || (!known && policy.isEmpty())) {
        return;
    }
    const QString path = profileGroup(profileId);
    m_settings->remove(path);
    if (policy.isEmpty()) {
        m_policies.remove(profileId);
    } else {
        m_settings->beginGroup(path);
        if (policy.defaultDays > 0) {
            defaultDaysKey.write(*m_settings, policy.defaultDays);
        }
        m_settings->beginWriteArray(organizationsArray, int(policy.organizationDays.size()));
        int index = 0;
        for (auto org = policy.organizationDays.constBegin();
             org != policy.organizationDays.constEnd(); ++org, ++index) {
            m_settings->setArrayIndex(index);
            organizationKey.write(*m_settings, org.key());
            daysKey.write(*m_settings, org.value());
        }
        m_settings->endArray();
        m_settings->endGroup();
        m_policies.insert(profileId, policy);
    }
    Q_EMIT changed();
}

} // namespace keyward
