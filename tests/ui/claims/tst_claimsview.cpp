// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsuitokens.h"

#include "claims/claimsview.h"
#include "claims/tokensummary.h"
#include "jwt/base64url.h"

#include <QAbstractItemModel>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::claimsui::test;

class TestClaimsView : public QObject
{
    Q_OBJECT

private:
    jwt::Jwk m_key;
    claims::KeySource m_keys;

    QByteArray token(std::optional<QDateTime> expires, const QJsonObject &extra = {})
    {
        QJsonObject claims = serverClaims(u"42"_s, std::move(expires));
        for (auto it = extra.begin(); it != extra.end(); ++it)
            claims.insert(it.key(), it.value());
        return jwt::signCompact(claims, m_key);
    }

    template <typename T> static T *child(const ClaimsView &view, const QString &name)
    {
        auto *widget = view.findChild<T *>(name);
        if (!widget)
            qWarning("no child %s", qPrintable(name));
        return widget;
    }

    static QStringList warnings(const ClaimsView &view)
    {
        QStringList result;
        auto *list = view.findChild<QListWidget *>(u"claimsWarningsList"_s);
        for (int row = 0; list && row < list->count(); ++row)
            result.append(list->item(row)->text());
        return result;
    }

    static bool hasIcon(const ClaimsView &view)
    {
        const QLabel *icon = view.findChild<QLabel *>(u"claimsStatusIcon"_s);
        return icon && !icon->pixmap().isNull();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_key = jwt::Jwk::generate(jwt::Algorithm::EdDSA, u"k2"_s);
        m_keys = publicKeys(m_key);
    }

    void namesAndAccessibility()
    {
        ClaimsView view;
        QCOMPARE(view.objectName(), u"claimsView"_s);
        for (const auto &name :
             {u"claimsStatusLabel"_s, u"claimsSummaryLabel"_s, u"claimsWarningsList"_s,
              u"claimsTable"_s, u"claimsRawJson"_s, u"claimsTabs"_s}) {
            auto *widget = view.findChild<QWidget *>(name);
            QVERIFY2(widget, qPrintable(name));
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(name));
        }
        QVERIFY(view.findChild<QLabel *>(u"claimsStatusIcon"_s));
    }

    void neutralWhenCleared()
    {
        ClaimsView view;
        QCOMPARE(view.statusText(), u"No token selected"_s);
        view.setInspection(inspect(token(fixedNow().addDays(6)), m_keys));
        QVERIFY(view.statusText() != u"No token selected"_s);
        view.clear();
        QCOMPARE(view.statusText(), u"No token selected"_s);
        QVERIFY(view.summaryText().isEmpty());
        QVERIFY(view.accessibleDescription().isEmpty());
        QCOMPARE(child<QTableView>(view, u"claimsTable"_s)->model()->rowCount(), 0);
        QVERIFY(child<QPlainTextEdit>(view, u"claimsRawJson"_s)->toPlainText().isEmpty());
        QVERIFY(!hasIcon(view));
    }

    void verified()
    {
        ClaimsView view;
        view.setInspection(inspect(token(fixedNow().addDays(6)), m_keys));
        QVERIFY2(
            view.statusText().startsWith(u"Signature verified (EdDSA, key k2) · valid until "_s),
            qPrintable(view.statusText()));
        QVERIFY(view.statusText().contains(u"in 6 days"_s));
        QVERIFY(hasIcon(view));
        QCOMPARE(child<QLabel>(view, u"claimsStatusIcon"_s)->accessibleName(), u"Valid"_s);
        QVERIFY(child<QLabel>(view, u"claimsStatusLabel"_s)->font().bold());
        QVERIFY(warnings(view).isEmpty());
    }

    void notVerifiedWithoutKey()
    {
        ClaimsView view;
        view.setInspection(inspect(token(fixedNow().addDays(6))));
        const QString expected = u"Signature NOT verified: "_s +
                                 claims::notVerifiedText(claims::NotVerifiedReason::NoKey);
        QVERIFY2(view.statusText().startsWith(expected), qPrintable(view.statusText()));
        QVERIFY(hasIcon(view));
        QCOMPARE(child<QLabel>(view, u"claimsStatusIcon"_s)->accessibleName(), u"Warning"_s);
    }

    void badSignatureIsCritical()
    {
        const jwt::Jwk other = jwt::Jwk::generate(jwt::Algorithm::EdDSA, u"k2"_s);
        ClaimsView view;
        view.setInspection(inspect(token(fixedNow().addDays(6)), publicKeys(other)));
        QVERIFY2(view.statusText().startsWith(u"Signature NOT verified: "_s),
                 qPrintable(view.statusText()));
        QCOMPARE(child<QLabel>(view, u"claimsStatusIcon"_s)->accessibleName(), u"Problem"_s);
    }

    void expired()
    {
        ClaimsView view;
        view.setInspection(inspect(token(fixedNow().addDays(-3)), m_keys));
        QVERIFY2(view.statusText().contains(u"expired"_s, Qt::CaseInsensitive),
                 qPrintable(view.statusText()));
        QVERIFY2(view.statusText().contains(u"3 days ago"_s), qPrintable(view.statusText()));
        QCOMPARE(child<QLabel>(view, u"claimsStatusIcon"_s)->accessibleName(), u"Problem"_s);
    }

    void revoked()
    {
        claims::TokenInspection inspection = inspect(token(fixedNow().addDays(6)), m_keys);
        QVERIFY(inspection.markRevoked(QSet<QString>{u"42"_s}));
        ClaimsView view;
        view.setInspection(inspection);
        QVERIFY2(view.statusText().contains(u"revoked"_s), qPrintable(view.statusText()));
        QCOMPARE(child<QLabel>(view, u"claimsStatusIcon"_s)->accessibleName(), u"Problem"_s);
    }

    void opaque()
    {
        ClaimsView view;
        view.setInspection(inspect("Zm9vYmFyYmF6cXV4Y2F2ZXRva2VuMTIzNDU2Nzg5MA"_ba, m_keys));
        QCOMPARE(view.statusText(), u"Opaque token — this server issues tokens without claims"_s);
        QVERIFY(hasIcon(view));
        QCOMPARE(child<QTableView>(view, u"claimsTable"_s)->model()->rowCount(), 0);
    }

    void malformedNamesThePart()
    {
        const QByteArray payload = jwt::base64UrlEncode(R"({"sub":"x"})"_ba);
        ClaimsView view;
        view.setInspection(inspect("ey!!."_ba + payload + ".c2ln"_ba, m_keys));
        QVERIFY2(view.statusText().startsWith(u"Malformed token: "_s),
                 qPrintable(view.statusText()));
        QVERIFY2(view.statusText().contains(u"header"_s), qPrintable(view.statusText()));
        QCOMPARE(child<QLabel>(view, u"claimsStatusIcon"_s)->accessibleName(), u"Problem"_s);
        const QStringList shown = warnings(view);
        QVERIFY(!shown.isEmpty());
        QVERIFY2(shown.constFirst().contains(u"header"_s), qPrintable(shown.constFirst()));
        QVERIFY(!child<QListWidget>(view, u"claimsWarningsList"_s)->isHidden());
    }

    void warningsListed()
    {
        ClaimsView view;
        view.setInspection(inspect(token(std::nullopt), m_keys));
        const QStringList shown = warnings(view);
        QVERIFY(!shown.isEmpty());
        auto *list = child<QListWidget>(view, u"claimsWarningsList"_s);
        QVERIFY(!list->item(0)->icon().isNull());
        QCOMPARE(child<QLabel>(view, u"claimsStatusIcon"_s)->accessibleName(), u"Warning"_s);
    }

    void summaryIsAccessible()
    {
        const claims::TokenInspection inspection = inspect(token(fixedNow().addDays(6)), m_keys);
        ClaimsView view;
        view.setInspection(inspection);
        const QString summary = claims::TokenSummary::describe(inspection);
        QVERIFY(!summary.isEmpty());
        QCOMPARE(view.summaryText(), summary);
        QCOMPARE(child<QLabel>(view, u"claimsSummaryLabel"_s)->text(), summary);
        QCOMPARE(view.accessibleDescription(), summary);
        QVERIFY(child<QLabel>(view, u"claimsSummaryLabel"_s)->wordWrap());
    }

    void rawJsonHighlighted()
    {
        const claims::TokenInspection inspection = inspect(token(fixedNow().addDays(6)), m_keys);
        ClaimsView view;
        view.setInspection(inspection);
        auto *raw = child<QPlainTextEdit>(view, u"claimsRawJson"_s);
        QVERIFY(raw->isReadOnly());
        QVERIFY(raw->toPlainText().contains(inspection.payloadJson().trimmed()));
        QVERIFY(raw->toPlainText().contains(inspection.headerJson().trimmed()));
        QVERIFY(QFontInfo(raw->font()).fixedPitch());
        auto *tabs = child<QTabWidget>(view, u"claimsTabs"_s);
        QCOMPARE(tabs->tabText(tabs->indexOf(raw)), u"Raw JSON"_s);
        QVERIFY(tabs->isTabEnabled(tabs->indexOf(raw)));

        bool formatted = false;
        for (QTextBlock block = raw->document()->begin(); block.isValid(); block = block.next())
            formatted = formatted || !block.layout()->formats().isEmpty();
        QVERIFY2(formatted, "no highlighter formats in the raw JSON");
    }

    void htmlInClaimsIsLiteral()
    {
        // A hostile token: HTML in a header parameter (shown in the status
        // line) and in claim values (summary, table, tooltip).
        const jwt::Jwk hostileKey = jwt::Jwk::generate(jwt::Algorithm::EdDSA, u"<b>k2</b>"_s);
        QJsonObject claims = serverClaims(u"<img src=x>"_s, fixedNow().addDays(6));
        claims.insert(u"org"_s, u"<b>acme</b>"_s);
        const claims::TokenInspection inspection =
            inspect(jwt::signCompact(claims, hostileKey), publicKeys(hostileKey));
        QVERIFY(inspection.isVerified());
        ClaimsView view;
        view.setInspection(inspection);

        for (const auto &name : {u"claimsStatusLabel"_s, u"claimsSummaryLabel"_s}) {
            auto *label = child<QLabel>(view, name);
            QCOMPARE(label->textFormat(), Qt::PlainText);
        }
        QVERIFY2(view.statusText().contains(u"<b>k2</b>"_s) || !inspection.keyId().contains(u'<'),
                 qPrintable(view.statusText()));
        QVERIFY2(view.summaryText().contains(u"<b>acme</b>"_s), qPrintable(view.summaryText()));

        const QAbstractItemModel *model = child<QTableView>(view, u"claimsTable"_s)->model();
        bool sawJti = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 1).data().toString() != u"jti"_s)
                continue;
            sawJti = true;
            QCOMPARE(model->index(row, 2).data().toString(), u"<img src=x>"_s);
            const QString tip = model->index(row, 2).data(Qt::ToolTipRole).toString();
            QVERIFY2(tip.contains(u"&lt;img src=x&gt;"_s), qPrintable(tip));
            QVERIFY2(!tip.contains(u"<img"_s), qPrintable(tip));
        }
        QVERIFY(sawJti);
    }

    void grab()
    {
        const QString dir = qEnvironmentVariable("KEYWARD_GRAB_DIR");
        if (dir.isEmpty())
            QSKIP("set KEYWARD_GRAB_DIR to save screenshots");
        const QJsonObject extra{{u"labels"_s, QJsonObject{{u"env"_s, u"prod"_s}}}};
        ClaimsView view;
        view.resize(820, 520);
        view.setInspection(inspect(token(fixedNow().addDays(6), extra), m_keys));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.grab().save(dir + u"/claimsview.png"_s));
        view.setInspection(inspect(token(std::nullopt, extra)));
        // What the event loop does before the next paint: apply the new layout.
        QCoreApplication::sendPostedEvents();
        QVERIFY(view.grab().save(dir + u"/claimsview-warnings.png"_s));
        child<QTabWidget>(view, u"claimsTabs"_s)->setCurrentIndex(1);
        QCoreApplication::sendPostedEvents();
        QVERIFY(view.grab().save(dir + u"/claimsview-raw.png"_s));
    }
};

QTEST_MAIN(TestClaimsView)
#include "tst_claimsview.moc"
