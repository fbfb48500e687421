// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace keyward {

/// One RFC 4180 cell: quoted when it holds a comma, quote or line break. A
/// cell a spreadsheet would run as a formula (starting with = + - @, a tab
/// or CR) gets a leading ' so that exported text cannot execute anything
/// when the file is opened (OWASP's advice on CSV injection).
QString csvCell(QString text);

/// One CSV record of \p cells (each through csvCell), UTF-8, ending in CRLF.
QByteArray csvRow(const QStringList &cells);

} // namespace keyward
