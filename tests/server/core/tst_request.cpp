// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/apierror.h"
#include "http/request.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward::server;

class TestRequest final : public QObject
{
    Q_OBJECT

private:
    static Request withAuthorization(const QByteArray &value)
    {
        Request request;
        request.headers.append({"authorization"_ba, value});
        return request;
    }

private Q_SLOTS:
    void credential_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("scheme");
        QTest::addColumn<QString>("secret");
        QTest::newRow("bearer") << "Bearer abc.def.ghi"_ba << int(Credential::Scheme::Bearer)
                                << u"abc.def.ghi"_s;
        QTest::newRow("bearer case")
            << "bearer tok"_ba << int(Credential::Scheme::Bearer) << u"tok"_s;
        QTest::newRow("basic token as user") << "Basic "_ba + "tok123:"_ba.toBase64()
                                             << int(Credential::Scheme::Basic) << u"tok123"_s;
        QTest::newRow("basic without colon") << "Basic "_ba + "tok123"_ba.toBase64()
                                             << int(Credential::Scheme::Basic) << u"tok123"_s;
        QTest::newRow("basic with password") << "Basic "_ba + "user:secret"_ba.toBase64()
                                             << int(Credential::Scheme::Malformed) << QString();
        QTest::newRow("basic empty user")
            << "Basic "_ba + ":"_ba.toBase64() << int(Credential::Scheme::Malformed) << QString();
        QTest::newRow("basic not base64")
            << "Basic ***"_ba << int(Credential::Scheme::Malformed) << QString();
        QTest::newRow("bearer empty")
            << "Bearer "_ba << int(Credential::Scheme::Malformed) << QString();
        QTest::newRow("bearer two words")
            << "Bearer a b"_ba << int(Credential::Scheme::Malformed) << QString();
        QTest::newRow("digest") << "Digest x=y"_ba << int(Credential::Scheme::Unsupported)
                                << QString();
        QTest::newRow("no scheme") << "token"_ba << int(Credential::Scheme::Malformed) << QString();
    }

    void credential()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, scheme);
        QFETCH(QString, secret);
        const Credential credential = withAuthorization(header).credential();
        QCOMPARE(int(credential.scheme), scheme);
        QCOMPARE(credential.secret, secret);
    }

    void noHeaderIsNoCredential()
    {
        QCOMPARE(int(Request().credential().scheme), int(Credential::Scheme::None));
    }

    void jsonBodyErrorsAreBadRequests()
    {
        Request request;
        request.body = "[1,2]"_ba;
        QVERIFY_THROWS_EXCEPTION(ApiError, request.jsonObject());
        request.body = "{broken"_ba;
        try {
            request.jsonObject();
            QFAIL("no exception");
        } catch (const ApiError &error) {
            QCOMPARE(error.kind(), ErrorKind::BadRequest);
            QVERIFY2(error.detail().contains(u"not valid JSON"_s), qPrintable(error.detail()));
        }
        request.body.clear();
        QVERIFY(request.optionalJsonObject().isEmpty());
        request.body = R"({"a":1})"_ba;
        QCOMPARE(request.jsonObject().value(u"a"_s).toInt(), 1);
    }

    void queryIntegersAreRangeChecked()
    {
        Request request;
        request.query = QUrlQuery(u"limit=10&offset=-1&bad=x"_s);
        QCOMPARE(request.queryInteger(u"limit"_s, 0, 100), std::optional<qint64>(10));
        QCOMPARE(request.queryInteger(u"missing"_s, 0, 100), std::nullopt);
        QVERIFY_THROWS_EXCEPTION(ApiError, request.queryInteger(u"offset"_s, 0, 100));
        QVERIFY_THROWS_EXCEPTION(ApiError, request.queryInteger(u"bad"_s, 0, 100));
        QVERIFY_THROWS_EXCEPTION(ApiError, request.queryInteger(u"limit"_s, 0, 5));
    }
};

QTEST_GUILESS_MAIN(TestRequest)
#include "tst_request.moc"
