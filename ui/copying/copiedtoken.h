// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace keyward {

struct CopyContext;
struct Token;

/// Which token a copy carried, for the change journal: where it lives and
/// its fingerprint, never its value.
struct CopiedToken
{
    QString organization;
    QString team; ///< empty for an organization token
    QString tokenId;
    QString fingerprint; ///< TokenListModel::fingerprint() of the value
    QString how;         ///< "value", "copy as: curl", "new token", …

    /// \p token must carry its value (the fingerprint is taken from it).
    static CopiedToken of(const Token &token, const CopyContext &context, const QString &how);
};

} // namespace keyward
