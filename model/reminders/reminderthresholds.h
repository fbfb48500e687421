// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/environment.h"

#include <QMap>

class QSettings;

namespace keyward {

/// How many days before a token's expiry (or rotation due date) the app
/// notifies, per environment: production wants a month's warning, a
/// development server a week; 0 means never.
class ReminderThresholds
{
public:
    static constexpr int maximumDays = 365;

    /// The defaults: production 30, staging 14, development 7, custom 14.
    ReminderThresholds();

    int daysFor(Environment environment) const;
    /// Clamped to 0..maximumDays.
    void setDaysFor(Environment environment, int days);

    /// Missing or out-of-range values read as the defaults.
    static ReminderThresholds read(const QSettings &settings);
    void write(QSettings &settings) const;

    friend bool operator==(const ReminderThresholds &, const ReminderThresholds &) = default;

private:
    QMap<Environment, int> m_days;
};

} // namespace keyward
