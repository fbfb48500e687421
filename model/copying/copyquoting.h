// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/// Quoting for the formats copy templates write into. Each function returns a
/// complete literal of its format (quotes included), so a template writes
/// `KEY={token|shell}`, never `KEY='{token|shell}'`.
namespace keyward::quoting {

/// POSIX shell: always single quotes; a `'` becomes `'\''`. Nothing inside is
/// expanded, so `$`, backslashes and newlines survive as they are.
QString shell(const QString &value);

/// A JSON string literal (RFC 8259): `"` and `\` escaped, control characters
/// as `\n`, `\t`, … or `\u00XX`.
QString json(const QString &value);

/// A YAML double-quoted scalar: the only YAML style that can hold any text
/// (newlines, leading spaces, `: `, `#`, quotes) on one line.
QString yaml(const QString &value);

/// yaml() with `$` doubled: Docker Compose interpolates `$VAR` even inside
/// quoted YAML values.
QString compose(const QString &value);

/// systemd EnvironmentFile value: double quotes, with `\`, `"`, `$` and the
/// backtick escaped; newlines kept as they are (systemd accepts them inside
/// quotes). The result is also a valid POSIX shell double-quoted word.
QString systemd(const QString &value);

/// dotenv value (Docker Compose, python-dotenv, POSIX `.` sourcing): single
/// quotes (taken literally everywhere) when the value has no `'` and no
/// control characters; otherwise the double-quoted systemd() form.
QString dotenv(const QString &value);

/// Percent-encoding for one URL path segment or query value.
QString url(const QString &value);

} // namespace keyward::quoting
