// SPDX-License-Identifier: GPL-3.0-or-later
// The Tokens tab's ways of getting a value out, against a live keyward-server:
// Copy Value through the clipboard guard (marked secret, cleared later),
// Copy As…, Find Usages…, and the usage search offered before a revoke.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "common/confirmdialog.h"
#include "copying/clipboardguard.h"
#include "copying/copyasdialog.h"
#include "itemmodels/tokenlistmodel.h"
#include "tokens/tokenspanel.h"
#include "usagescan/usagescandialog.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

constexpr int Timeout = 20000;

} // namespace

class TestTokensPanelCopying final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<TokensPanel> m_panel;
    std::unique_ptr<ClipboardGuard> m_guard;
    QString m_value;

    void selectFirstRow()
    {
        auto *view = m_panel->findChild<QTableView *>(u"tokensView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(view->model()->rowCount() > 0, Timeout);
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
    }

    void click(const QString &button)
    {
        auto *widget = m_panel->findChild<QPushButton *>(button);
        QVERIFY2(widget, qPrintable(button));
        QTRY_VERIFY2_WITH_TIMEOUT(widget->isEnabled(), qPrintable(button), Timeout);
        QTest::mouseClick(widget, Qt::LeftButton);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_admin =
            test::loggedInClient(m_server, u"admin@copy.example"_s, u"a long enough password"_s);
        QVERIFY(m_admin);
        AWAIT(
            Organization, created,
            m_admin->createOrganization(
                {u"copying"_s, u"ops@copy.example"_s, u"https://copy.example/hook"_s}, this, done));
        QVERIFY(!created->tokens.isEmpty() && created->tokens.first().value);
        m_value = *created->tokens.first().value;
        // A second token, so that the first may be revoked.
        AWAIT(Token, second,
              m_admin->createToken(Owner::ofOrganization(u"copying"_s),
                                   {u"second"_s, {}, {}, {}, {}}, this, done));
        m_guard = std::make_unique<ClipboardGuard>();
        m_guard->setClearDelaySeconds(1);
        m_panel = std::make_unique<TokensPanel>(m_admin.get());
        m_panel->setClipboardGuard(m_guard.get());
        m_panel->show();
        m_panel->setContext(NodeContext{u"copying"_s, std::nullopt, Role::Admin, Role::Admin});
    }

    void copyValueGoesThroughTheGuard()
    {
        selectFirstRow();
        click(u"copyTokenButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_guard->holdsSecret(), Timeout);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime->hasFormat(u"x-kde-passwordManagerHint"_s));
        QVERIFY(mime->text().startsWith(u"eyJ"_s));
        // Cleared after the (shortened) delay, because nobody copied anything else.
        QTRY_VERIFY_WITH_TIMEOUT(QGuiApplication::clipboard()->text().isEmpty(), 5000);
    }

    void copyAsOpensWithTheFetchedToken()
    {
        selectFirstRow();
        click(u"copyTokenAsButton"_s);
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = test::visibleTopLevel<CopyAsDialog>()), Timeout);
        dialog->close();
    }

    void findUsagesOpensTheScanner()
    {
        selectFirstRow();
        click(u"findTokenUsagesButton"_s);
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = test::visibleTopLevel<UsageScanDialog>()), Timeout);
        dialog->close();
    }

    void revokeOffersTheUsageSearchFirst()
    {
        selectFirstRow();
        click(u"revokeTokenButton"_s);
        QWidget *confirm = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((confirm = test::visibleTopLevel(u"confirmDialog"_s)), Timeout);
        auto *first = confirm->findChild<QPushButton *>(u"confirmSecondaryButton"_s);
        QVERIFY(first);
        QTest::mouseClick(first, Qt::LeftButton);
        QWidget *scanner = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((scanner = test::visibleTopLevel<UsageScanDialog>()), Timeout);
        // Over the confirmation, which stays open: the user comes back to decide.
        QCOMPARE(scanner->parentWidget(), confirm);
        scanner->close();
        QVERIFY(confirm->isVisible());
        confirm->close();
        AWAIT(QList<Token>, tokens, m_admin->organizationTokens(u"copying"_s, this, done));
        QCOMPARE(tokens->size(), 2); // nothing was revoked
    }
};

QTEST_MAIN(TestTokensPanelCopying)
#include "tst_tokenspanelcopying.moc"
