// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimcatalog.h"
#include "keysource.h"

#include "domain/auditevent.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QLocale>
#include <QSet>
#include <QString>
#include <QTimeZone>

#include <optional>

namespace keyward::claims {

/// What the inspector needs besides the token: nothing here leaves the machine.
struct InspectionContext
{
    QDateTime now = QDateTime::currentDateTimeUtc();
    /// The active profile's server issuer (its URL); no issuer check without it.
    std::optional<QString> expectedIssuer;
    /// Keys to verify with; a null source means "not verified: no key given".
    KeySource keys;
    /// Zone and locale of the "local" renderings (parameters so tests are stable).
    QTimeZone displayZone = QTimeZone::systemTimeZone();
    QLocale locale;
};

/// A NumericDate claim rendered three ways.
struct TimeRendering
{
    QDateTime utc;
    QString local;    ///< "12 March 2027, 14:00" in the display zone
    QString utcText;  ///< "2027-03-12 13:00:00 UTC"
    QString relative; ///< "in 6 days", "3 hours ago"
};

/// One row of the claims table.
struct ClaimRow
{
    ClaimSection section = ClaimSection::Payload;
    QString name;
    QJsonValue raw;
    QString value;       ///< display text
    QString explanation; ///< translated, for the tooltip; empty for unknown names
    std::optional<TimeRendering> time;
};

/// The part of a compact JWS a problem was found in.
enum class TokenPart
{
    Whole,
    Header,
    Payload,
    Signature
};

struct Malformation
{
    TokenPart part;
    QString reason; ///< translated sentence
};

enum class WarningCode
{
    AlgorithmNone,
    NoExpiry,
    ExpiryFarAway,
    UnknownCritical,
    IssuerMismatch,
    MalformedPart,
    MalformedClaim,
    HiddenCharacters,
};

struct InspectionWarning
{
    WarningCode code;
    QString text; ///< translated sentence
};

/// A token taken apart for the claims view and the offline inspector: kind,
/// decoded parts, rows, signature and time status, revocation and warnings.
/// Pure: time, keys and the expected issuer all come from the context.
class TokenInspection
{
    Q_DECLARE_TR_FUNCTIONS(keyward::claims::TokenInspection)

public:
    enum class Kind
    {
        Jwt,
        Opaque,
        Malformed
    };
    enum class SignatureState
    {
        Verified,
        NotVerified
    };
    /// Unreadable: "exp" or "nbf" present but not a whole number of seconds.
    enum class TimeState
    {
        Valid,
        Expired,
        NotYetValid,
        NoExpiry,
        Unreadable
    };

    /// Decodes and checks \p value (surrounding whitespace and a "Bearer "
    /// prefix are ignored). Unlike jwt::parseCompact it keeps going past
    /// problems ("alg": "none", "crit", a broken part) so it can show them.
    static TokenInspection inspect(const QString &value, const InspectionContext &context);

    Kind kind() const { return m_kind; }
    bool isJwt() const { return m_kind == Kind::Jwt; }

    QJsonObject header() const { return m_header; }
    QJsonObject payload() const { return m_payload; }
    /// Indented JSON for display (empty when the part did not decode).
    QString headerJson() const { return m_headerJson; }
    QString payloadJson() const { return m_payloadJson; }
    /// Header rows then payload rows, each in ClaimCatalog order.
    const QList<ClaimRow> &rows() const { return m_rows; }
    /// The row for \p name in \p section, or nullptr.
    const ClaimRow *row(ClaimSection section, const QString &name) const;
    const QList<Malformation> &malformations() const { return m_malformations; }

    SignatureState signatureState() const { return m_signatureState; }
    bool isVerified() const { return m_signatureState == SignatureState::Verified; }
    /// Meaningful when not verified.
    NotVerifiedReason notVerifiedReason() const { return m_notVerifiedReason; }
    QString algorithm() const { return m_header.value(QLatin1StringView("alg")).toString(); }
    QString keyId() const { return m_header.value(QLatin1StringView("kid")).toString(); }

    TimeState timeState() const { return m_timeState; }
    std::optional<QDateTime> expiresAt() const { return m_expiresAt; }
    std::optional<QDateTime> notBefore() const { return m_notBefore; }
    std::optional<QDateTime> issuedAt() const { return m_issuedAt; }

    /// Claims read for the summary ("" when absent).
    QString issuer() const;
    QString tokenId() const;
    /// "scope" as a space-separated string or array, or "scopes" as an array.
    QStringList scopes() const;

    bool isRevoked() const { return m_revoked; }
    std::optional<QDateTime> revokedAt() const { return m_revokedAt; }
    /// Marks the token revoked when its jti is listed; returns whether it is.
    bool markRevoked(const QSet<QString> &revokedJtis);
    /// The same with GET /revocations' answer, keeping the revocation time.
    bool markRevoked(const QList<Revocation> &revocations);
    /// For opaque tokens, whose revocation is known by token id only.
    void setRevoked(bool revoked, const std::optional<QDateTime> &at = std::nullopt);

    const QList<InspectionWarning> &warnings() const { return m_warnings; }
    bool hasWarning(WarningCode code) const;

    /// One translated line for the status bar, never colour-only: "Signature
    /// verified (ES256, key k2) · valid until … · revoked".
    QString statusText() const;
    QString signatureText() const;
    QString timeText() const;

    /// Shared with the summary and the diff: the display text of a claim value.
    static QString displayValue(const QJsonValue &value);
    /// \p text with control and invisible formatting characters (bidi
    /// overrides, zero-width spaces) spelled as \uXXXX, so a claim cannot
    /// look like another one ("acme" vs "acme" + U+200B).
    static QString visibleText(const QString &text);

private:
    void decode(const QByteArray &token);
    void buildRows(const InspectionContext &context);
    void verify(const InspectionContext &context);
    void checkTimes(const InspectionContext &context);
    void checkIssuer(const InspectionContext &context);
    void addWarning(WarningCode code, const QString &text);
    QString plainStatusText() const;

    Kind m_kind = Kind::Malformed;
    QJsonObject m_header;
    QJsonObject m_payload;
    QString m_headerJson;
    QString m_payloadJson;
    bool m_headerDecoded = false;
    bool m_payloadDecoded = false;
    QByteArray m_signingInput;
    QByteArray m_signature;
    QList<ClaimRow> m_rows;
    QList<Malformation> m_malformations;
    SignatureState m_signatureState = SignatureState::NotVerified;
    NotVerifiedReason m_notVerifiedReason = NotVerifiedReason::Malformed;
    TimeState m_timeState = TimeState::NoExpiry;
    std::optional<QDateTime> m_expiresAt;
    std::optional<QDateTime> m_notBefore;
    std::optional<QDateTime> m_issuedAt;
    std::optional<TimeRendering> m_expiryText;
    std::optional<TimeRendering> m_notBeforeText;
    bool m_revoked = false;
    std::optional<QDateTime> m_revokedAt;
    QList<InspectionWarning> m_warnings;
};

/// "12 March 2027, 14:00" (local, \p zone), "2027-03-12 13:00:00 UTC" and the
/// relative phrase, for a moment relative to \p now.
TimeRendering renderTime(const QDateTime &when, const QDateTime &now, const QTimeZone &zone,
                         const QLocale &locale);

} // namespace keyward::claims
