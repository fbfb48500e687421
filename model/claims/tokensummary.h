// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

namespace keyward::claims {

class TokenInspection;

/// One plain-language sentence about a token, for the summary line and
/// screen readers: "Publishes metrics for team runners of acme until
/// 12 March 2027, 14:00; signed by key k2."
class TokenSummary
{
    Q_DECLARE_TR_FUNCTIONS(keyward::claims::TokenSummary)

public:
    TokenSummary() = delete;

    static QString describe(const TokenInspection &inspection);

private:
    static QString rights(const TokenInspection &inspection);
    static QString target(const TokenInspection &inspection);
    static QString lifetime(const TokenInspection &inspection);
    static QString signature(const TokenInspection &inspection);
};

} // namespace keyward::claims
