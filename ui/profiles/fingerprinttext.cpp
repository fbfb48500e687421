// SPDX-License-Identifier: GPL-3.0-or-later
#include "fingerprinttext.h"

#include "settings/connectionprofile.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace keyward {

QString fingerprintForDisplay(const QString &fingerprint)
{
    const std::optional<QString> hex = normalizeCertificateFingerprint(fingerprint);
    if (!hex) {
        return fingerprint;
    }
    const QString upper = hex->toUpper();
    QStringList groups;
    for (qsizetype i = 0; i + 1 < upper.size(); i += 2) {
        groups.append(upper.mid(i, 2));
    }
    constexpr qsizetype groupsPerLine = 16;
    return groups.mid(0, groupsPerLine).join(u':') + u":\n"_s +
           groups.mid(groupsPerLine).join(u':');
}

} // namespace keyward
