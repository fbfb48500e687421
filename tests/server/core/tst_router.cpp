// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/router.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::server;

class TestRouter final : public QObject
{
    Q_OBJECT

private:
    static Handler named(const QString &name)
    {
        return [name](Call &) {
            return Response::text(200, name.toUtf8());
        };
    }

    Router m_router;

private Q_SLOTS:
    void initTestCase()
    {
        m_router.add(Method::Get, u"/organizations/{org}"_s, Audience::User, named(u"org"_s));
        m_router.add(Method::Delete, u"/organizations/{org}"_s, Audience::User,
                     named(u"delete-org"_s));
        m_router.add(Method::Get, u"/users/{id}"_s, Audience::User, named(u"user-by-id"_s));
        m_router.add(Method::Get, u"/users/search"_s, Audience::User, named(u"search"_s));
        m_router.add(Method::Get, u"/organizations/{org}/users/{email}"_s, Audience::User,
                     named(u"member"_s));
    }

    void literalSegmentsWinOverParameters()
    {
        const auto match = m_router.match(Method::Get, u"/users/search"_s);
        QVERIFY(match.route);
        QCOMPARE(match.route->pattern, u"/users/search"_s);
        const auto other = m_router.match(Method::Get, u"/users/42"_s);
        QVERIFY(other.route);
        QCOMPARE(other.params.value(u"id"_s), u"42"_s);
    }

    void parametersArePercentDecoded()
    {
        const auto match =
            m_router.match(Method::Get, u"/organizations/acme/users/a%2Bb%40example.com"_s);
        QVERIFY(match.route);
        QCOMPARE(match.params.value(u"email"_s), u"a+b@example.com"_s);
        QCOMPARE(match.params.value(u"org"_s), u"acme"_s);
    }

    void encodedSlashStaysInsideTheParameter()
    {
        const auto match = m_router.match(Method::Get, u"/organizations/a%2Fb"_s);
        QVERIFY(match.route);
        QCOMPARE(match.params.value(u"org"_s), u"a/b"_s);
    }

    void wrongMethodListsTheAllowedOnes()
    {
        const auto match = m_router.match(Method::Post, u"/organizations/acme"_s);
        QVERIFY(!match.route);
        QCOMPARE(match.allowedMethods.size(), 2);
        QVERIFY(match.allowedMethods.contains(Method::Get));
        QVERIFY(match.allowedMethods.contains(Method::Delete));
    }

    void unknownPathMatchesNothing()
    {
        const auto match = m_router.match(Method::Get, u"/nothing/here/at/all"_s);
        QVERIFY(!match.route);
        QVERIFY(match.allowedMethods.isEmpty());
        QVERIFY(!m_router.match(Method::Get, u"/organizations"_s).route);
    }

    void everyRouteIsEnumerable() { QCOMPARE(m_router.routes().size(), size_t(5)); }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
