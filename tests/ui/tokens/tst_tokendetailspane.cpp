// SPDX-License-Identifier: GPL-3.0-or-later
// The selected token's details against a live keyward-server: the value
// masked until revealed (a single-token read the server audits), its claims
// verified with the server's published keys, the show-once case, and the
// claims comparison of two tokens.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "claims/claimsview.h"
#include "tokens/tokendetailspane.h"
#include "tokens/tokenspanel.h"

#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {
constexpr int Timeout = 20000;
const QString Password = u"a long enough password"_s;

NodeContext adminNode(const QString &organization)
{
    return NodeContext{organization, std::nullopt, Role::Admin, Role::Admin};
}
} // namespace

class TestTokenDetailsPane final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    Token m_default;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        m_admin = test::loggedInClient(m_server, u"details@example.com"_s, Password);
        QVERIFY(m_admin);
        AWAIT(Organization, created,
              m_admin->createOrganization(
                  {u"details"_s, u"ops@details.example"_s, u"https://details.example/hook"_s}, this,
                  done));
        QCOMPARE(created->tokens.size(), 1);
        m_default = created->tokens.first();
        QVERIFY(m_default.value);
    }

    void valueIsMaskedUntilRevealedAndClaimsAreVerified()
    {
        TokenDetailsPane pane(m_admin.get());
        pane.show();
        pane.setToken(m_default, adminNode(u"details"_s));
        auto *value = pane.findChild<QLineEdit *>(u"tokenValueEdit"_s);
        QVERIFY(!value->text().contains(*m_default.value));
        QVERIFY(!value->text().isEmpty());
        auto *claims = pane.findChild<ClaimsView *>(u"claimsView"_s);
        // Verified once the server's keys arrived.
        QTRY_VERIFY_WITH_TIMEOUT(claims->statusText().startsWith(u"Signature verified"_s), Timeout);
        QVERIFY2(claims->summaryText().contains(u"details"_s), qPrintable(claims->summaryText()));

        auto *reveal = pane.findChild<QPushButton *>(u"revealTokenButton"_s);
        QVERIFY(reveal->isEnabled());
        QTest::mouseClick(reveal, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(value->text(), *m_default.value, Timeout);
        QVERIFY(pane.isRevealed());
        // The reveal was a single-token read, which the server audits.
        AWAIT(Page<AuditEvent>, events, m_admin->audit(u"details"_s, {}, this, done));
        bool audited = false;
        for (const AuditEvent &event : events->items) {
            audited = audited || event.action.contains(u"read"_s);
        }
        QVERIFY(audited);

        QTest::mouseClick(reveal, Qt::LeftButton);
        QVERIFY(!pane.isRevealed());
        QVERIFY(!value->text().contains(*m_default.value));
        // Another selection never shows the previous value.
        pane.clear();
        QVERIFY(value->text().isEmpty());
    }

    void showOnceServerExplainsInsteadOfRevealing()
    {
        Token listed = m_default;
        listed.value.reset(); // what a --show-tokens-once server lists
        TokenDetailsPane pane(m_admin.get());
        pane.setToken(listed, adminNode(u"details"_s));
        auto *reveal = pane.findChild<QPushButton *>(u"revealTokenButton"_s);
        QVERIFY(!reveal->isEnabled());
        QVERIFY(reveal->toolTip().contains(u"only once"_s));
    }

    void twoTokensCompareSideBySide()
    {
        AWAIT(Token, second,
              m_admin->createToken(Owner::ofOrganization(u"details"_s),
                                   {u"successor"_s, {}, {}, {}, {}}, this, done));
        TokensPanel panel(m_admin.get());
        panel.show();
        panel.setContext(adminNode(u"details"_s));
        auto *view = panel.findChild<QTableView *>(u"tokensView"_s);
        QTRY_COMPARE_WITH_TIMEOUT(view->model()->rowCount(), 2, Timeout);
        view->selectionModel()->setCurrentIndex(view->model()->index(0, 0),
                                                QItemSelectionModel::ClearAndSelect |
                                                    QItemSelectionModel::Rows);
        auto *compare = panel.findChild<QPushButton *>(u"compareTokensButton"_s);
        QTRY_VERIFY(compare->isEnabled());
        QMenu *menu = compare->menu();
        QVERIFY(menu);
        Q_EMIT menu->aboutToShow();
        QCOMPARE(menu->actions().size(), 1);
        menu->actions().first()->trigger();
        QWidget *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = test::visibleTopLevel(u"compareTokensDialog"_s)),
                                 Timeout);
        QVERIFY(dialog->findChild<QWidget *>(u"claimsDiffView"_s));
        dialog->close();
    }
};

QTEST_MAIN(TestTokenDetailsPane)
#include "tst_tokendetailspane.moc"
