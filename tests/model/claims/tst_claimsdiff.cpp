// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimstesttokens.h"

#include "claims/claimsdiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::claims;
using namespace keyward::claims::test;

using Change = ClaimsDiffRow::Change;

class TestClaimsDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rotation()
    {
        // Before: token 42 signed with k1; after the rotation token 43 with
        // the server's next key k2, same scopes, labels and organization.
        const jwt::Jwk k1 = jwt::Jwk::generate(jwt::Algorithm::ES256, u"k1"_s);
        const jwt::Jwk k2 = jwt::Jwk::generate(jwt::Algorithm::ES256, u"k2"_s);
        const QDateTime firstIssued = fixedNow().addDays(-30);
        QJsonObject before = serverClaims(u"42"_s, u"acme"_s, u"runners"_s, {u"metrics:write"_s},
                                          firstIssued.addDays(90), firstIssued);
        QJsonObject after = serverClaims(u"43"_s, u"acme"_s, u"runners"_s, {u"metrics:write"_s},
                                         fixedNow().addDays(90), fixedNow());
        before.insert(u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}});
        after.insert(u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}});
        before.insert(u"attrs"_s, QJsonObject{{u"max_past"_s, 3600}});
        after.insert(u"sub"_s, u"ci"_s);

        const TokenInspection left = inspect(jwt::signCompact(before, k1));
        const TokenInspection right = inspect(jwt::signCompact(after, k2));
        const QList<ClaimsDiffRow> rows = ClaimsDiff::compare(left, right);

        QStringList names;
        QHash<QString, Change> changes;
        for (const ClaimsDiffRow &row : rows) {
            names.append(row.name);
            changes.insert(row.name, row.change);
        }
        QCOMPARE(names, (QStringList{u"alg"_s, u"typ"_s, u"kid"_s, u"iss"_s, u"sub"_s, u"aud"_s,
                                     u"exp"_s, u"nbf"_s, u"iat"_s, u"jti"_s, u"org"_s, u"team"_s,
                                     u"scope"_s, u"labels"_s, u"attrs"_s}));
        QCOMPARE(rows.constFirst().section, ClaimSection::Header);
        QCOMPARE(rows.at(3).section, ClaimSection::Payload);

        for (const auto &same :
             {u"alg"_s, u"typ"_s, u"iss"_s, u"aud"_s, u"org"_s, u"team"_s, u"scope"_s, u"labels"_s})
            QVERIFY2(changes.value(same) == Change::Same, qPrintable(same));
        for (const auto &changed : {u"kid"_s, u"exp"_s, u"nbf"_s, u"iat"_s, u"jti"_s})
            QVERIFY2(changes.value(changed) == Change::Changed, qPrintable(changed));
        QCOMPARE(changes.value(u"sub"_s), Change::Added);
        QCOMPARE(changes.value(u"attrs"_s), Change::Removed);
        QCOMPARE(ClaimsDiff::changedCount(rows), 7);

        const auto find = [&rows](const QString &name) {
            return *std::find_if(rows.begin(), rows.end(),
                                 [&name](const ClaimsDiffRow &row) { return row.name == name; });
        };
        QCOMPARE(find(u"jti"_s).left, u"42"_s);
        QCOMPARE(find(u"jti"_s).right, u"43"_s);
        QCOMPARE(find(u"exp"_s).left, u"21 January 2027, 12:00 (in 2 months)"_s);
        QCOMPARE(find(u"exp"_s).right, u"20 February 2027, 12:00 (in 3 months)"_s);
        QCOMPARE(find(u"sub"_s).left, QString());
        QCOMPARE(find(u"sub"_s).right, u"ci"_s);
        QCOMPARE(find(u"attrs"_s).right, QString());
        QCOMPARE(find(u"scope"_s).left, u"metrics:write"_s);
    }

    void comparesJsonNotText()
    {
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::EdDSA);
        const TokenInspection number = inspect(jwt::signCompact({{u"jti"_s, 1}}, key));
        const TokenInspection text = inspect(jwt::signCompact({{u"jti"_s, u"1"_s}}, key));
        const QList<ClaimsDiffRow> rows = ClaimsDiff::compare(number, text);
        QCOMPARE(rows.constLast().name, u"jti"_s);
        QCOMPARE(rows.constLast().change, Change::Changed);
        QCOMPARE(ClaimsDiff::changedCount(ClaimsDiff::compare(number, number)), 0);
    }

    void opaqueAgainstJwt()
    {
        const jwt::Jwk key = jwt::Jwk::generate(jwt::Algorithm::EdDSA);
        const TokenInspection opaque = inspect("0123456789abcdef0123456789abcdef"_ba);
        const TokenInspection jwt = inspect(jwt::signCompact({{u"jti"_s, u"1"_s}}, key));
        const QList<ClaimsDiffRow> rows = ClaimsDiff::compare(opaque, jwt);
        QVERIFY(!rows.isEmpty());
        for (const ClaimsDiffRow &row : rows)
            QCOMPARE(row.change, Change::Added);
    }
};

QTEST_GUILESS_MAIN(TestClaimsDiff)
#include "tst_claimsdiff.moc"
