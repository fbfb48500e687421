// SPDX-License-Identifier: GPL-3.0-or-later
#include "copiedtoken.h"

#include "copying/copycontext.h"
#include "domain/token.h"
#include "itemmodels/tokenlistmodel.h"

namespace keyward {

CopiedToken CopiedToken::of(const Token &token, const CopyContext &context, const QString &how)
{
    return CopiedToken{context.organization, context.team, token.id,
                       TokenListModel::fingerprint(token.value.value_or(QString())), how};
}

} // namespace keyward
