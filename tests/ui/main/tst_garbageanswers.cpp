// SPDX-License-Identifier: GPL-3.0-or-later
// Garbage from the server, seen from the main window: an HTML error page,
// invalid JSON, wrong types, a body too large to read and a redirect to
// another origin each end in one clear sentence next to the tree (naming the
// call where the problem is the answer), never a crash, never the page's
// HTML, never the offline banner (the server did answer), and never a
// credential sent to the other origin.
#include "misbehavingserver.h"

#include "api/apiclient.h"
#include "common/inlinestatus.h"
#include "credentials/credentialstore.h"
#include "main/mainwindow.h"
#include "main/offlinebanner.h"
#include "session/sessionmanager.h"

#include <QLabel>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {
constexpr int Timeout = 20000;
constexpr auto OrganizationsPath = u"/users/organizations";
} // namespace

class TestGarbageAnswers final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void clearErrorForEachKindOfGarbage_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected"); ///< a part of the sentence
        QTest::newRow("HTML error page") << 0 << u"GET /users/organizations"_s;
        QTest::newRow("invalid JSON") << 1 << u"GET /users/organizations"_s;
        QTest::newRow("wrong types") << 2 << u"GET /users/organizations"_s;
        QTest::newRow("huge body") << 3 << u"MiB"_s;
        QTest::newRow("redirect to another origin") << 4 << QString();
    }

    void clearErrorForEachKindOfGarbage()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        test::MisbehavingServer server;
        test::MisbehavingServer otherOrigin;
        QVERIFY(server.start());
        QVERIFY(otherOrigin.start());
        const QString path = QString::fromUtf16(OrganizationsPath);
        switch (kind) {
        case 0:
            server.setBehaviour(
                path, test::Behaviour::status(500, "text/html"_ba,
                                              "<html><body><h1>Internal Server Error</h1>"
                                              "<pre>Traceback (most recent call last)</pre></body>"
                                              "</html>"_ba));
            break;
        case 1:
            server.setBehaviour(path, test::Behaviour::invalidJson(R"([{"name": "acme", )"_ba));
            break;
        case 2:
            server.setBehaviour(path,
                                test::Behaviour::wrongTypes(R"([{"name": 42, "role": []}])"_ba));
            break;
        case 3:
            server.setBehaviour(path, test::Behaviour::huge(20));
            break;
        case 4:
            server.setBehaviour(
                path, test::Behaviour::redirectTo(QUrl(otherOrigin.baseUrl().toString() + path)));
            break;
        }

        ApiClient api;
        QVERIFY(api.setServerUrl(server.baseUrl()));
        api.setSessionToken(u"session-that-must-not-leak"_s);
        CredentialStore credentials(u"keyward-garbage-test"_s);
        SessionManager session(&api, &credentials);
        MainWindow window(&api, &session);
        ConnectionProfile profile;
        profile.name = u"Garbage"_s;
        profile.serverUrl = server.baseUrl();
        window.show();
        window.startSession(profile, u"ops@example.com"_s);

        auto *status = window.findChild<InlineStatus *>(u"navigationStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->hasError(), Timeout);
        const QString sentence = status->text();
        QVERIFY2(!sentence.isEmpty(), "an error is said in words");
        if (!expected.isEmpty()) {
            QVERIFY2(sentence.contains(expected), qPrintable(sentence));
        }
        QVERIFY2(!sentence.contains(u"<html"_s) && !sentence.contains(u"Traceback"_s),
                 qPrintable(sentence));
        QVERIFY2(!window.offlineBanner()->isVisible(), "the server answered: it is not offline");
        // The redirect to the other origin is not followed at all, so it
        // never sees the session.
        if (kind == 4) {
            QCOMPARE(otherOrigin.requests().size(), 0);
        }
        for (const auto &request : otherOrigin.requests()) {
            for (const auto &[name, value] : request.headers) {
                QVERIFY2(name.toLower() != "authorization", value.constData());
            }
        }
    }
};

QTEST_MAIN(TestGarbageAnswers)
#include "tst_garbageanswers.moc"
