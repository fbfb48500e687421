// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copytemplate.h"

#include <QCoreApplication>
#include <QList>
#include <QSettings>
#include <QStringList>

#include <optional>

namespace keyward {

/// The built-in "Copy as…" templates followed by the user's own, which persist
/// in QSettings (copyingsettingkeys.h).
class CopyTemplates
{
    Q_DECLARE_TR_FUNCTIONS(keyward::CopyTemplates)

public:
    /// Raw value, Authorization header, curl publish command, .env line, shell
    /// export, systemd EnvironmentFile line, Docker Compose environment entry,
    /// Kubernetes Secret, generic YAML. Ids start with "builtin.".
    static QList<CopyTemplate> builtIns();

    QList<CopyTemplate> userTemplates() const { return m_user; }
    void setUserTemplates(const QList<CopyTemplate> &templates) { m_user = templates; }

    /// Built-ins first, then the user's templates in their order.
    QList<CopyTemplate> all() const;
    std::optional<CopyTemplate> find(const QString &id) const;

    /// CopyTemplate::problems() plus a name used twice (built-ins included).
    /// \p others are the user templates next to \p candidate.
    static QStringList problems(const CopyTemplate &candidate, const QList<CopyTemplate> &others);

    /// Reads the user templates; entries without id or with an unknown
    /// language are skipped.
    void load(QSettings &settings);
    void save(QSettings &settings) const;

private:
    QList<CopyTemplate> m_user;
};

} // namespace keyward
