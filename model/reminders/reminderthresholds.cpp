// SPDX-License-Identifier: GPL-3.0-or-later
#include "reminderthresholds.h"

#include "remindersettingkeys.h"

#include <QSettings>

#include <algorithm>
#include <array>
#include <utility>

namespace keyward {

namespace {

using settings::reminders::customDays;
using settings::reminders::developmentDays;
using settings::reminders::productionDays;
using settings::reminders::stagingDays;

const std::array<std::pair<Environment, const Setting<int> *>, 4> &keys()
{
    static const std::array<std::pair<Environment, const Setting<int> *>, 4> table{{
        {Environment::Production, &productionDays},
        {Environment::Staging, &stagingDays},
        {Environment::Development, &developmentDays},
        {Environment::Custom, &customDays},
    }};
    return table;
}

} // namespace

ReminderThresholds::ReminderThresholds()
{
    for (const auto &[environment, setting] : keys()) {
        m_days.insert(environment, setting->defaultValue());
    }
}

int ReminderThresholds::daysFor(Environment environment) const
{
    return m_days.value(environment, 0);
}

void ReminderThresholds::setDaysFor(Environment environment, int days)
{
    m_days.insert(environment, std::clamp(days, 0, maximumDays));
}

ReminderThresholds ReminderThresholds::read(const QSettings &settings)
{
    ReminderThresholds thresholds;
    for (const auto &[environment, setting] : keys()) {
        const int days = setting->read(settings);
        // A hand-edited file must not turn reminders into noise or silence.
        if (days >= 0 && days <= maximumDays) {
            thresholds.m_days.insert(environment, days);
        }
    }
    return thresholds;
}

void ReminderThresholds::write(QSettings &settings) const
{
    for (const auto &[environment, setting] : keys()) {
        setting->write(settings, daysFor(environment));
    }
}

} // namespace keyward
