// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokeninspection.h"

#include "domain/relativetime.h"
#include "jwt/base64url.h"
#include "jwt/jws.h"
#include "jwt/strictjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <cmath>

using namespace Qt::StringLiterals;

namespace keyward::claims {

namespace {

constexpr qint64 kFarAwaySeconds = qint64(2) * 365 * 24 * 3600;
// Beyond 2^53 a JSON number no longer holds every integer exactly.
constexpr double kMaxExactInteger = 9007199254740992.0;

std::optional<qint64> integralSeconds(const QJsonValue &value)
{
    const double number = value.toDouble();
    if (!value.isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
        std::fabs(number) > kMaxExactInteger)
        return std::nullopt;
    return static_cast<qint64>(number);
}

QString partName(TokenPart part)
{
    switch (part) {
    case TokenPart::Whole:
        return TokenInspection::tr("token");
    case TokenPart::Header:
        return TokenInspection::tr("header");
    case TokenPart::Payload:
        return TokenInspection::tr("payload");
    case TokenPart::Signature:
        return TokenInspection::tr("signature");
    }
    return {};
}

QString normalizedIssuer(const QString &issuer)
{
    QString text = issuer.trimmed();
    const QUrl url(text);
    if (url.isValid() && !url.scheme().isEmpty() && !url.host().isEmpty())
        text = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments).toString();
    while (text.endsWith(u'/'))
        text.chop(1);
    return text;
}

QString compactJson(const QJsonValue &value)
{
    const QJsonDocument document =
        value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

QString indented(const QJsonObject &object)
{
    // \uXXXX is valid JSON, so the raw view stays JSON and shows hidden characters.
    QStringList lines = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented))
                            .trimmed()
                            .split(u'\n');
    for (QString &line : lines)
        line = TokenInspection::visibleText(line);
    return lines.join(u'\n');
}

bool hasHiddenCharacters(const QJsonValue &value)
{
    const auto hidden = [](const QString &text) {
        return TokenInspection::visibleText(text) != text;
    };
    if (value.isString())
        return hidden(value.toString());
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        return std::any_of(array.begin(), array.end(),
                           [](const QJsonValue &item) { return hasHiddenCharacters(item); });
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            if (hidden(it.key()) || hasHiddenCharacters(it.value()))
                return true;
    }
    return false;
}

} // namespace

TimeRendering renderTime(const QDateTime &when, const QDateTime &now, const QTimeZone &zone,
                         const QLocale &locale)
{
    TimeRendering rendering;
    rendering.utc = when.toUTC();
    rendering.local = locale.toString(when.toTimeZone(zone), u"d MMMM yyyy, HH:mm"_s);
    rendering.utcText = rendering.utc.toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
    rendering.relative = RelativeTime::text(when, now);
    return rendering;
}

QString TokenInspection::visibleText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        const auto category = c.category();
        if (category == QChar::Other_Control || category == QChar::Other_Format ||
            category == QChar::Separator_Line || category == QChar::Separator_Paragraph)
            result += u"\\u"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
        else
            result += c;
    }
    return result;
}

QString TokenInspection::displayValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return visibleText(value.toString());
    case QJsonValue::Double:
        if (const auto integral = integralSeconds(value))
            return QString::number(*integral);
        return QString::number(value.toDouble());
    case QJsonValue::Bool:
        return value.toBool() ? u"true"_s : u"false"_s;
    case QJsonValue::Null:
        return u"null"_s;
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &item : value.toArray())
            items.append(item.isArray() || item.isObject() ? compactJson(item)
                                                           : displayValue(item));
        return items.join(u", "_s);
    }
    case QJsonValue::Object: {
        QStringList items;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QJsonValue member = it.value();
            const QString text = member.isObject() ? compactJson(member) : displayValue(member);
            items.append(visibleText(it.key()) + u'=' + text);
        }
        return items.join(u", "_s);
    }
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

TokenInspection TokenInspection::inspect(const QString &value, const InspectionContext &context)
{
    TokenInspection inspection;
    QString text = value.trimmed();
    if (text.startsWith("authorization:"_L1, Qt::CaseInsensitive))
        text = text.mid(14).trimmed();
    if (text.startsWith("bearer "_L1, Qt::CaseInsensitive))
        text = text.mid(7).trimmed();
    // A JWT never contains whitespace; line breaks come from wrapped pastes.
    if (text.contains(u'.'))
        text.remove(QRegularExpression(u"\\s+"_s));
    inspection.decode(text.toUtf8());
    inspection.buildRows(context);
    inspection.verify(context);
    inspection.checkTimes(context);
    inspection.checkIssuer(context);
    return inspection;
}

void TokenInspection::decode(const QByteArray &token)
{
    const auto malformed = [this](TokenPart part, const QString &reason) {
        m_malformations.append({part, reason});
    };
    m_kind = Kind::Malformed;
    if (token.isEmpty()) {
        malformed(TokenPart::Whole, tr("The value is empty."));
        return;
    }
    if (token.size() > jwt::kMaxTokenSize) {
        malformed(TokenPart::Whole,
                  tr("The value is longer than %1 bytes, more than any real token.")
                      .arg(jwt::kMaxTokenSize));
        return;
    }
    if (!token.contains('.')) {
        // CAVE-style values: a random string that means something only to the server.
        m_kind = Kind::Opaque;
        return;
    }
    const QList<QByteArray> parts = token.split('.');
    // Every JOSE header starts with '{"', which base64url spells "eyJ"; a
    // dotted value without it is some other system's opaque string.
    if (parts.size() != 3 && !token.startsWith("eyJ")) {
        m_kind = Kind::Opaque;
        return;
    }
    if (parts.size() == 5) {
        malformed(TokenPart::Whole, tr("The value has five parts: it is an encrypted token "
                                       "(JWE), which only its recipient can read."));
        return;
    }
    if (parts.size() != 3) {
        malformed(TokenPart::Whole,
                  tr("The value has %1 dot-separated parts instead of 3.").arg(parts.size()));
        return;
    }

    const auto decodeObject = [&](const QByteArray &part, TokenPart which, QJsonObject &out,
                                  QString &json) {
        if (part.isEmpty()) {
            malformed(which, tr("The %1 part is empty.").arg(partName(which)));
            return false;
        }
        const auto bytes = jwt::base64UrlDecodeStrict(part);
        if (!bytes) {
            malformed(which, tr("The %1 part is not valid base64url (letters, digits, '-' and '_', "
                                "no padding).")
                                 .arg(partName(which)));
            return false;
        }
        auto object = jwt::parseStrictJsonObject(*bytes);
        if (!object) {
            malformed(which, object.error().code == jwt::JwtErrorCode::DuplicateKey
                                 ? tr("The %1 repeats a member name, so different readers "
                                      "would see different values.")
                                       .arg(partName(which))
                                 : tr("The %1 is not a JSON object.").arg(partName(which)));
            return false;
        }
        out = *object;
        json = indented(out);
        return true;
    };
    m_headerDecoded = decodeObject(parts[0], TokenPart::Header, m_header, m_headerJson);
    if (m_headerDecoded && !m_header.value("alg"_L1).isString())
        malformed(TokenPart::Header, tr("The header has no \"alg\" (algorithm) string."));
    else if (m_headerDecoded && m_header.contains("kid"_L1) && !m_header.value("kid"_L1).isString())
        malformed(TokenPart::Header, tr("The header's \"kid\" (key ID) is not a string."));
    m_payloadDecoded = decodeObject(parts[1], TokenPart::Payload, m_payload, m_payloadJson);

    const bool unsigned_ = m_headerDecoded && m_header.value("alg"_L1).toString().compare(
                                                  "none"_L1, Qt::CaseInsensitive) == 0;
    if (parts[2].isEmpty()) {
        if (!unsigned_)
            malformed(TokenPart::Signature, tr("The signature part is missing."));
    } else if (const auto signature = jwt::base64UrlDecodeStrict(parts[2])) {
        m_signature = *signature;
    } else {
        malformed(TokenPart::Signature,
                  tr("The signature part is not valid base64url (letters, digits, '-' and '_', "
                     "no padding)."));
    }
    m_signingInput = parts[0] + '.' + parts[1];
    if (m_malformations.isEmpty())
        m_kind = Kind::Jwt;
}

void TokenInspection::buildRows(const InspectionContext &context)
{
    const auto add = [&](ClaimSection section, const QJsonObject &object) {
        for (const QString &name : ClaimCatalog::ordered(section, object.keys())) {
            ClaimRow row;
            row.section = section;
            row.name = name;
            row.raw = object.value(name);
            row.value = displayValue(row.raw);
            row.explanation = ClaimCatalog::explanation(section, name);
            QStringList details;
            if (ClaimCatalog::isTimeClaim(section, name)) {
                if (const auto seconds = integralSeconds(row.raw)) {
                    row.time = renderTime(QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC),
                                          context.now, context.displayZone, context.locale);
                    row.value = tr("%1 (%2)").arg(row.time->local, row.time->relative);
                    details.append(tr("UTC: %1").arg(row.time->utcText));
                }
            } else if (section == ClaimSection::Payload &&
                       (name == "scope"_L1 || name == "scopes"_L1)) {
                const QStringList scopes = row.raw.isString()
                                               ? row.raw.toString().split(u' ', Qt::SkipEmptyParts)
                                               : row.value.split(u", "_s, Qt::SkipEmptyParts);
                row.value = scopes.join(u", "_s);
                for (const QString &scope : scopes)
                    details.append(u"%1 — %2"_s.arg(scope, ClaimCatalog::scopeExplanation(scope)));
            } else if (section == ClaimSection::Payload &&
                       (name == "attrs"_L1 || name == "attributes"_L1) && row.raw.isObject()) {
                for (const QString &key : row.raw.toObject().keys())
                    details.append(u"%1 — %2"_s.arg(key, ClaimCatalog::attributeExplanation(key)));
            }
            if (!details.isEmpty())
                row.explanation +=
                    (row.explanation.isEmpty() ? QString() : u"\n"_s) + details.join(u'\n');
            m_rows.append(row);
        }
    };
    if (m_headerDecoded)
        add(ClaimSection::Header, m_header);
    if (m_payloadDecoded)
        add(ClaimSection::Payload, m_payload);
    if (hasHiddenCharacters(m_header) || hasHiddenCharacters(m_payload))
        addWarning(WarningCode::HiddenCharacters,
                   tr("The token contains invisible or control characters (shown as \\uXXXX); "
                      "they can make a value look like another one."));
}

void TokenInspection::verify(const InspectionContext &context)
{
    m_signatureState = SignatureState::NotVerified;
    if (m_kind != Kind::Jwt) {
        m_notVerifiedReason = NotVerifiedReason::Malformed;
        if (m_headerDecoded &&
            m_header.value("alg"_L1).toString().compare("none"_L1, Qt::CaseInsensitive) == 0)
            m_notVerifiedReason = NotVerifiedReason::AlgorithmNone;
        return;
    }
    jwt::CompactJws jws;
    jws.header = m_header;
    jws.claims = m_payload;
    jws.signingInput = m_signingInput;
    jws.signature = m_signature;
    const auto result = context.keys.verify(jws);
    if (result)
        m_signatureState = SignatureState::Verified;
    else
        m_notVerifiedReason = result.error();
}

void TokenInspection::checkTimes(const InspectionContext &context)
{
    for (const Malformation &m : std::as_const(m_malformations))
        addWarning(WarningCode::MalformedPart,
                   tr("The %1 is malformed: %2").arg(partName(m.part), m.reason));
    if (m_headerDecoded) {
        if (m_header.value("alg"_L1).toString().compare("none"_L1, Qt::CaseInsensitive) == 0)
            addWarning(WarningCode::AlgorithmNone,
                       tr("The token is unsigned (\"alg\": \"none\"): anyone can have written "
                          "it, and no verifier may accept it."));
        if (m_header.contains("crit"_L1)) {
            const QString names = displayValue(m_header.value("crit"_L1));
            addWarning(WarningCode::UnknownCritical,
                       tr("The header marks extensions as critical (%1) that are not understood "
                          "here; a verifier must refuse the token.")
                           .arg(names.isEmpty() ? tr("none named") : names));
        }
    }
    if (!m_payloadDecoded)
        return;

    const auto read = [&](QLatin1StringView name) -> std::optional<QDateTime> {
        const QJsonValue value = m_payload.value(name);
        if (value.isUndefined())
            return std::nullopt;
        const auto seconds = integralSeconds(value);
        if (!seconds) {
            addWarning(WarningCode::MalformedClaim,
                       tr("The \"%1\" claim is not a whole number of seconds, so verifiers will "
                          "refuse the token.")
                           .arg(name));
            return std::nullopt;
        }
        return QDateTime::fromSecsSinceEpoch(*seconds, Qt::UTC);
    };
    m_expiresAt = read("exp"_L1);
    m_notBefore = read("nbf"_L1);
    m_issuedAt = read("iat"_L1);
    if (m_expiresAt)
        m_expiryText = renderTime(*m_expiresAt, context.now, context.displayZone, context.locale);
    if (m_notBefore)
        m_notBeforeText =
            renderTime(*m_notBefore, context.now, context.displayZone, context.locale);

    const bool unreadable = (m_payload.contains("exp"_L1) && !m_expiresAt) ||
                            (m_payload.contains("nbf"_L1) && !m_notBefore);
    if (unreadable)
        m_timeState = TimeState::Unreadable;
    else if (m_expiresAt && context.now >= *m_expiresAt)
        m_timeState = TimeState::Expired;
    else if (m_notBefore && context.now < *m_notBefore)
        m_timeState = TimeState::NotYetValid;
    else if (!m_expiresAt)
        m_timeState = TimeState::NoExpiry;
    else
        m_timeState = TimeState::Valid;

    if (!m_payload.contains("exp"_L1))
        addWarning(WarningCode::NoExpiry,
                   tr("The token never expires: if it leaks, it works until it is revoked."));
    else if (m_expiresAt && context.now.secsTo(*m_expiresAt) > kFarAwaySeconds)
        addWarning(WarningCode::ExpiryFarAway,
                   tr("The token expires more than two years from now (%1); consider a "
                      "shorter lifetime and rotation.")
                       .arg(m_expiryText->local));
}

void TokenInspection::checkIssuer(const InspectionContext &context)
{
    if (!m_payloadDecoded || !context.expectedIssuer || context.expectedIssuer->isEmpty())
        return;
    const QString issuer = m_payload.value("iss"_L1).toString();
    if (issuer.isEmpty()) {
        addWarning(WarningCode::IssuerMismatch,
                   tr("The token names no issuer, so it cannot be tied to the active profile's "
                      "server (%1).")
                       .arg(*context.expectedIssuer));
    } else if (normalizedIssuer(issuer) != normalizedIssuer(*context.expectedIssuer)) {
        addWarning(WarningCode::IssuerMismatch,
                   tr("This token belongs to another environment: it was issued by %1, the "
                      "active profile's server is %2.")
                       .arg(issuer, *context.expectedIssuer));
    }
}

void TokenInspection::addWarning(WarningCode code, const QString &text)
{
    m_warnings.append({code, visibleText(text)});
}

bool TokenInspection::hasWarning(WarningCode code) const
{
    for (const InspectionWarning &warning : m_warnings)
        if (warning.code == code)
            return true;
    return false;
}

const ClaimRow *TokenInspection::row(ClaimSection section, const QString &name) const
{
    for (const ClaimRow &row : m_rows)
        if (row.section == section && row.name == name)
            return &row;
    return nullptr;
}

QString TokenInspection::issuer() const
{
    return m_payload.value("iss"_L1).toString();
}

QString TokenInspection::tokenId() const
{
    return m_payload.value("jti"_L1).toString();
}

QStringList TokenInspection::scopes() const
{
    QStringList result;
    for (const auto name : {"scope"_L1, "scopes"_L1}) {
        const QJsonValue value = m_payload.value(name);
        if (value.isString())
            result += value.toString().split(u' ', Qt::SkipEmptyParts);
        else if (value.isArray())
            for (const QJsonValue &item : value.toArray())
                if (item.isString())
                    result.append(item.toString());
    }
    result.removeDuplicates();
    return result;
}

bool TokenInspection::markRevoked(const QSet<QString> &revokedJtis)
{
    const QString jti = tokenId();
    if (!jti.isEmpty() && revokedJtis.contains(jti))
        m_revoked = true;
    return m_revoked;
}

bool TokenInspection::markRevoked(const QList<Revocation> &revocations)
{
    const QString jti = tokenId();
    for (const Revocation &revocation : revocations) {
        if (!jti.isEmpty() && revocation.jti == jti) {
            m_revoked = true;
            m_revokedAt = revocation.revokedAt;
        }
    }
    return m_revoked;
}

void TokenInspection::setRevoked(bool revoked, const std::optional<QDateTime> &at)
{
    m_revoked = revoked;
    m_revokedAt = revoked ? at : std::nullopt;
}

QString TokenInspection::signatureText() const
{
    if (m_kind == Kind::Opaque)
        return tr("Opaque token — this server issues tokens without claims");
    if (m_kind == Kind::Malformed && m_notVerifiedReason == NotVerifiedReason::Malformed)
        return tr("Malformed token: %1").arg(m_malformations.value(0).reason);
    if (m_signatureState == SignatureState::Verified) {
        const QString kid = keyId();
        return kid.isEmpty() ? tr("Signature verified (%1)").arg(algorithm())
                             : tr("Signature verified (%1, key %2)").arg(algorithm(), kid);
    }
    return tr("Signature not verified: %1").arg(notVerifiedText(m_notVerifiedReason));
}

QString TokenInspection::timeText() const
{
    if (m_kind == Kind::Opaque || !m_payloadDecoded)
        return {};
    switch (m_timeState) {
    case TimeState::Valid:
        return tr("valid until %1 (%2)").arg(m_expiryText->local, m_expiryText->relative);
    case TimeState::Expired:
        return tr("expired %1 (%2)").arg(m_expiryText->local, m_expiryText->relative);
    case TimeState::NotYetValid:
        return tr("not valid before %1 (%2)")
            .arg(m_notBeforeText->local, m_notBeforeText->relative);
    case TimeState::NoExpiry:
        return tr("never expires");
    case TimeState::Unreadable:
        return tr("the expiry or start time cannot be read");
    }
    return {};
}

QString TokenInspection::statusText() const
{
    return visibleText(plainStatusText());
}

QString TokenInspection::plainStatusText() const
{
    QStringList parts{signatureText()};
    const QString time = timeText();
    if (!time.isEmpty())
        parts.append(time);
    if (m_revoked)
        parts.append(m_revokedAt
                         ? tr("revoked on %1")
                               .arg(m_revokedAt->toUTC().toString(u"yyyy-MM-dd HH:mm 'UTC'"_s))
                         : tr("revoked"));
    return parts.join(u" · "_s);
}

} // namespace keyward::claims
