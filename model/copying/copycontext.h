// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

namespace keyward {

/// Where a copied token is meant to be used: the server it belongs to and the
/// organization (and team, for team tokens) it publishes for.
struct CopyContext
{
    QUrl serverUrl;
    QString organization;
    QString team; ///< empty for organization tokens
};

/// The server URL without a trailing slash, query or fragment.
QString serverAddress(const CopyContext &context);

/// POST endpoint the token publishes to:
/// `{server}/organizations/{org}[/teams/{team}]/metrics`.
QString publishUrl(const CopyContext &context);

/// A Kubernetes object name for the token's Secret, `keyward-<org>[-<team>]`
/// reduced to a DNS-1123 label (lowercase letters, digits and `-`, at most 63
/// characters, starting and ending with a letter or digit).
QString kubernetesName(const CopyContext &context);

} // namespace keyward
