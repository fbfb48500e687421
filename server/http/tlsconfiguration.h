// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/expected.h"

#include <QSslConfiguration>
#include <QString>

namespace keyward::server {

/// The HTTPS server configuration from a PEM certificate (chain: the server's
/// certificate first) and its PEM private key: TLS 1.2 or later only, no
/// client certificates. An error is a sentence for the operator naming the
/// file and what is wrong with it (missing, unreadable, not PEM, key does not
/// belong to the certificate).
Expected<QSslConfiguration, QString> loadTlsConfiguration(const QString &certificateFile,
                                                          const QString &keyFile);

} // namespace keyward::server
