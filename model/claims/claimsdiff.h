// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimcatalog.h"

#include <QList>
#include <QString>

namespace keyward::claims {

class TokenInspection;

/// One claim compared across two tokens (e.g. before and after a rotation).
struct ClaimsDiffRow
{
    enum class Change
    {
        Same,
        Added,
        Removed,
        Changed
    };

    ClaimSection section = ClaimSection::Payload;
    QString name;
    QString left;  ///< display text; empty when absent on the left
    QString right; ///< display text; empty when absent on the right
    Change change = Change::Same;
};

/// Header rows then payload rows, registered names first (ClaimCatalog
/// order). Values are compared as JSON, not as display text, so 1 and "1"
/// differ; time claims show their local rendering.
class ClaimsDiff
{
public:
    ClaimsDiff() = delete;

    static QList<ClaimsDiffRow> compare(const TokenInspection &left, const TokenInspection &right);
    /// Rows whose change is not Same.
    static qsizetype changedCount(const QList<ClaimsDiffRow> &rows);
};

} // namespace keyward::claims
