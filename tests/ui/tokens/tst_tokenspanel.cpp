// SPDX-License-Identifier: GPL-3.0-or-later
// The Tokens tab driven by objectName against a live keyward-server: create
// (dialog, shown once, copy), the 3-token cap, revoke with confirmation, the
// last-token rule, --show-tokens-once, and role-aware disabling.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "common/confirmdialog.h"
#include "common/inlinestatus.h"
#include "tokens/createtokendialog.h"
#include "tokens/newtokendialog.h"
#include "tokens/tokenspanel.h"

#include "itemmodels/tokenlistmodel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Password = u"correct horse battery staple"_s;

template <typename T> T *child(QObject *parent, const QString &name)
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

std::optional<Token> findToken(const QList<Token> &tokens, const QString &description)
{
    for (const Token &token : tokens) {
        if (token.description == description) {
            return token;
        }
    }
    return std::nullopt;
}

} // namespace

class TestTokensPanel final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    test::ServerProcess m_onceServer;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<ApiClient> m_member;
    std::unique_ptr<ApiClient> m_viewer;
    int m_orgCounter = 0;

    QString newOrganization()
    {
        const QString name = u"org%1"_s.arg(++m_orgCounter);
        const auto created = test::await<Organization>([&](ApiCallback<Organization> done) {
            m_admin->createOrganization({name, u"ops@example.com"_s, u"https://example.com/n"_s},
                                        m_admin.get(), std::move(done));
        });
        return created ? name : QString();
    }

    /// Development unless told: most tests are about the flow, not the guard
    /// rail, and a plain confirmation keeps them short.
    static NodeContext adminContext(const QString &org, std::optional<QString> team = {},
                                    Environment environment = Environment::Development)
    {
        NodeContext context{org, std::move(team), Role::Admin, Role::Admin};
        context.environment = environment;
        return context;
    }

    /// The revoke confirmation for the selected row, opened with the button.
    static ConfirmDialog *openRevoke(TokensPanel &panel)
    {
        QTest::mouseClick(child<QPushButton>(&panel, u"revokeTokenButton"_s), Qt::LeftButton);
        return test::visibleTopLevel<ConfirmDialog>();
    }

    /// Selects the row of \p description in the panel's view.
    static bool selectRow(TokensPanel &panel, const QString &description)
    {
        auto *view = child<QTableView>(&panel, u"tokensView"_s);
        const QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, TokenListModel::DescriptionColumn);
            if (index.data().toString() == description) {
                // Shortcuts need the view to have the focus in the active window.
                panel.activateWindow();
                if (!QTest::qWaitForWindowActive(&panel)) {
                    return false;
                }
                view->setFocus();
                view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                                   QItemSelectionModel::Rows);
                return true;
            }
        }
        return false;
    }

    /// Clicks New token, fills the dialog and creates; returns the NewTokenDialog.
    static NewTokenDialog *createThroughDialog(TokensPanel &panel, const QString &description,
                                               int expiryIndex = 1)
    {
        auto *newButton = child<QPushButton>(&panel, u"newTokenButton"_s);
        if (!newButton || !newButton->isEnabled()) {
            return nullptr;
        }
        QTest::mouseClick(newButton, Qt::LeftButton);
        auto *dialog = test::visibleTopLevel<CreateTokenDialog>();
        if (!dialog) {
            return nullptr;
        }
        QTest::keyClicks(child<QLineEdit>(dialog, u"tokenDescriptionEdit"_s), description);
        child<QComboBox>(dialog, u"tokenExpiryCombo"_s)->setCurrentIndex(expiryIndex);
        QTest::mouseClick(child<QPushButton>(dialog, u"createTokenConfirmButton"_s),
                          Qt::LeftButton);
        if (!QTest::qWaitFor([] { return test::visibleTopLevel<NewTokenDialog>() != nullptr; },
                             20000)) {
            return nullptr;
        }
        return test::visibleTopLevel<NewTokenDialog>();
    }

    static bool waitLoaded(TokensPanel &panel, int rows)
    {
        return QTest::qWaitFor(
            [&] {
                return panel.model()->rowCount() == rows &&
                       !child<QLabel>(&panel, u"tokenSlotsLabel"_s)->text().isEmpty();
            },
            20000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        m_admin = test::loggedInClient(m_server, u"admin@example.com"_s, Password, true, &error);
        QVERIFY2(m_admin, qPrintable(error));
        m_member = test::loggedInClient(m_server, u"member@example.com"_s, Password, true, &error);
        QVERIFY2(m_member, qPrintable(error));
        m_viewer = test::loggedInClient(m_server, u"viewer@example.com"_s, Password, true, &error);
        QVERIFY2(m_viewer, qPrintable(error));
    }

    void cleanup()
    {
        // No dialog may leak into the next test's topLevelWidgets().
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget)) {
                widget->close();
            }
        }
        QApplication::clipboard()->clear();
    }

    void adminCreatesToken()
    {
        const QString org = newOrganization();
        QVERIFY(!org.isEmpty());
        TokensPanel panel(m_admin.get());
        QSignalSpy messages(&panel, &Panel::statusMessage);
        panel.setContext(adminContext(org));
        panel.show();
        QVERIFY(waitLoaded(panel, 1));
        QCOMPARE(child<QLabel>(&panel, u"tokenSlotsLabel"_s)->text(), u"1 of 3 tokens"_s);

        QTest::mouseClick(child<QPushButton>(&panel, u"newTokenButton"_s), Qt::LeftButton);
        auto *dialog = test::visibleTopLevel<CreateTokenDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"tokenDescriptionEdit"_s), u"billing"_s);
        auto *expiry = child<QComboBox>(dialog, u"tokenExpiryCombo"_s);
        expiry->setCurrentIndex(expiry->findData(int(CreateTokenDialog::Expiry::Days30)));
        QTest::mouseClick(child<QPushButton>(dialog, u"tokenLabelAddButton"_s), Qt::LeftButton);
        auto *labels = child<QTableWidget>(dialog, u"tokenLabelsTable"_s);
        QCOMPARE(labels->rowCount(), 1);
        labels->item(0, 0)->setText(u"env"_s);
        labels->item(0, 1)->setText(u"prod"_s);
        const QDateTime before = QDateTime::currentDateTimeUtc();
        QTest::mouseClick(child<QPushButton>(dialog, u"createTokenConfirmButton"_s),
                          Qt::LeftButton);

        QTRY_VERIFY_WITH_TIMEOUT(test::visibleTopLevel<NewTokenDialog>(), 20000);
        auto *shown = test::visibleTopLevel<NewTokenDialog>();
        const QString value = child<QLineEdit>(shown, u"newTokenValueEdit"_s)->text();
        QVERIFY(value.count(u'.') == 2); // a compact JWS
        QVERIFY(child<QLineEdit>(shown, u"newTokenValueEdit"_s)->isReadOnly());
        auto *copy = child<QPushButton>(shown, u"newTokenCopyButton"_s);
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), value);
        QCOMPARE(copy->text(), u"Copied"_s);
        QTest::mouseClick(child<QPushButton>(shown, u"newTokenCloseButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!test::visibleTopLevel<NewTokenDialog>());
        QCOMPARE(panel.model()->rowCount(), 2);
        QCOMPARE(child<QLabel>(&panel, u"tokenSlotsLabel"_s)->text(), u"2 of 3 tokens"_s);

        AWAIT(QList<Token>, listed, m_admin->organizationTokens(org, m_admin.get(), done));
        const auto token = findToken(*listed, u"billing"_s);
        QVERIFY(token);
        QVERIFY(token->expires);
        const qint64 drift = before.addDays(30).secsTo(*token->expires);
        QVERIFY2(qAbs(drift) <= 60, qPrintable(QString::number(drift)));
        QCOMPARE(token->labels.value(u"env"_s), u"prod"_s);
        QCOMPARE(token->scopes, QStringList{u"metrics:write"_s});
        QCOMPARE(token->value.value_or(QString()), value);

        // Copy value from the list: fetched from the server, put on the clipboard.
        QApplication::clipboard()->clear();
        QVERIFY(selectRow(panel, u"billing"_s));
        auto *copyValue = child<QPushButton>(&panel, u"copyTokenButton"_s);
        QVERIFY(copyValue->isEnabled());
        QTest::mouseClick(copyValue, Qt::LeftButton);
        QTRY_COMPARE(QApplication::clipboard()->text(), value);
        QVERIFY(messages.contains(QVariantList{u"Token value copied"_s}));

        // Ctrl+C on the view does the same.
        QApplication::clipboard()->clear();
        QTest::keySequence(child<QTableView>(&panel, u"tokensView"_s), QKeySequence::Copy);
        QTRY_COMPARE(QApplication::clipboard()->text(), value);
    }

    void capAndRevoke()
    {
        const QString org = newOrganization();
        QVERIFY(!org.isEmpty());
        TokensPanel panel(m_admin.get());
        panel.setContext(adminContext(org));
        panel.show();
        QVERIFY(waitLoaded(panel, 1));

        auto *revoke = child<QPushButton>(&panel, u"revokeTokenButton"_s);
        QVERIFY(selectRow(panel, u"default"_s));
        QVERIFY(!revoke->isEnabled());
        QVERIFY2(revoke->toolTip().contains(u"create the successor first"_s),
                 qPrintable(revoke->toolTip()));

        for (const QString &description : {u"second"_s, u"third"_s}) {
            NewTokenDialog *shown = createThroughDialog(panel, description);
            QVERIFY2(shown, qPrintable(description));
            QTest::mouseClick(child<QPushButton>(shown, u"newTokenCloseButton"_s), Qt::LeftButton);
            QTRY_VERIFY(!test::visibleTopLevel<NewTokenDialog>());
        }
        auto *newButton = child<QPushButton>(&panel, u"newTokenButton"_s);
        QCOMPARE(panel.model()->rowCount(), 3);
        QCOMPARE(child<QLabel>(&panel, u"tokenSlotsLabel"_s)->text(), u"3 of 3 tokens"_s);
        QVERIFY(!newButton->isEnabled());
        QCOMPARE(newButton->toolTip(),
                 u"This organization already has 3 tokens, the most the server allows. Revoke "
                 "one first."_s);

        // Ctrl+N with no free slot says why instead of opening the dialog.
        panel.createToken();
        QVERIFY(!test::visibleTopLevel<CreateTokenDialog>());
        QVERIFY(child<QLabel>(&panel, u"tokensStatusMessage"_s)
                    ->text()
                    .contains(u"already has 3 tokens"_s));

        // Delete on the view asks; Cancel keeps the token.
        QVERIFY(selectRow(panel, u"second"_s));
        int row = -1;
        for (int i = 0; i < panel.model()->rowCount(); ++i) {
            if (panel.model()->token(i).description == u"second"_s) {
                row = i;
            }
        }
        QVERIFY(row >= 0);
        const Token second = panel.model()->token(row);
        const QString fingerprint =
            panel.model()->index(row, TokenListModel::FingerprintColumn).data().toString();
        QVERIFY(revoke->isEnabled());
        QTest::keyClick(child<QTableView>(&panel, u"tokensView"_s), Qt::Key_Delete);
        auto *confirm = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(confirm);
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmCancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!test::visibleTopLevel<ConfirmDialog>());
        QCOMPARE(panel.model()->rowCount(), 3);

        QTest::mouseClick(revoke, Qt::LeftButton);
        confirm = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(confirm);
        const QString text = child<QLabel>(confirm, u"confirmText"_s)->text();
        QVERIFY2(text.contains(u"second"_s) && text.contains(second.id) &&
                     text.contains(fingerprint) && text.contains(u"stop publishing immediately"_s),
                 qPrintable(text));
        // Development: a plain confirmation, nothing to type.
        QVERIFY(!confirm->findChild<QLineEdit *>(u"confirmNameEdit"_s));
        QVERIFY(child<QPushButton>(confirm, u"confirmButton"_s)->isEnabled());
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!test::visibleTopLevel<ConfirmDialog>(), 20000);
        QCOMPARE(panel.model()->rowCount(), 2);
        QVERIFY(newButton->isEnabled());
        QCOMPARE(child<QLabel>(&panel, u"tokenSlotsLabel"_s)->text(), u"2 of 3 tokens"_s);

        AWAIT(QList<Token>, listed, m_admin->organizationTokens(org, m_admin.get(), done));
        QCOMPARE(listed->size(), 2);
        QVERIFY(!findToken(*listed, u"second"_s));

        // F5 keeps the selection by id.
        QVERIFY(selectRow(panel, u"third"_s));
        panel.refresh();
        QTRY_VERIFY(!child<QLabel>(&panel, u"tokenSlotsLabel"_s)->text().isEmpty());
        auto *view = child<QTableView>(&panel, u"tokensView"_s);
        QTRY_COMPARE(view->selectionModel()
                         ->selectedRows(TokenListModel::DescriptionColumn)
                         .value(0)
                         .data()
                         .toString(),
                     u"third"_s);
    }

    void revokeFailureStaysInDialog()
    {
        const QString org = newOrganization();
        QVERIFY(!org.isEmpty());
        AWAIT(Token, doomed,
              m_admin->createToken(Owner::ofOrganization(org), {u"doomed"_s, {}, {}, {}, {}},
                                   m_admin.get(), done));
        TokensPanel panel(m_admin.get());
        panel.setContext(adminContext(org));
        panel.show();
        QVERIFY(waitLoaded(panel, 2));
        QVERIFY(selectRow(panel, u"doomed"_s));
        QTest::mouseClick(child<QPushButton>(&panel, u"revokeTokenButton"_s), Qt::LeftButton);
        auto *confirm = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(confirm);
        // Someone else revokes it first: the server answers 404.
        AWAIT(NoContent, gone,
              m_admin->deleteToken(Owner::ofOrganization(org), doomed->id, m_admin.get(), done));
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmButton"_s), Qt::LeftButton);
        auto *status = child<InlineStatus>(confirm, u"confirmStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status && status->hasError(), 20000);
        QVERIFY(confirm->isVisible());
        QCOMPARE(panel.model()->rowCount(), 2);
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmCancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!test::visibleTopLevel<ConfirmDialog>());
    }

    void revokeInProductionTypesDescription()
    {
        const QString org = newOrganization();
        QVERIFY(!org.isEmpty());
        AWAIT(Token, live,
              m_admin->createToken(Owner::ofOrganization(org), {u"live deploys"_s, {}, {}, {}, {}},
                                   m_admin.get(), done));
        TokensPanel panel(m_admin.get());
        panel.setContext(adminContext(org, {}, Environment::Production));
        panel.show();
        QVERIFY(waitLoaded(panel, 2));
        QVERIFY(selectRow(panel, u"live deploys"_s));
        QPointer<ConfirmDialog> confirm = openRevoke(panel);
        QVERIFY(confirm);
        auto *name = child<QLineEdit>(confirm, u"confirmNameEdit"_s);
        auto *button = child<QPushButton>(confirm, u"confirmButton"_s);
        QVERIFY(!button->isEnabled());
        QTest::keyClicks(name, u"live deploy"_s);
        QVERIFY(!button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton); // disabled: nothing happens
        QTest::keyClicks(name, u"s"_s);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!confirm, 20000);
        AWAIT(QList<Token>, listed, m_admin->organizationTokens(org, m_admin.get(), done));
        QCOMPARE(listed->size(), 1);
        QVERIFY(!findToken(*listed, u"live deploys"_s));
    }

    void revokeInProductionTypesIdWhenDescriptionIsShared()
    {
        const QString org = newOrganization();
        QVERIFY(!org.isEmpty());
        AWAIT(Token, first,
              m_admin->createToken(Owner::ofOrganization(org), {u"ci"_s, {}, {}, {}, {}},
                                   m_admin.get(), done));
        AWAIT(Token, second,
              m_admin->createToken(Owner::ofOrganization(org), {u"ci"_s, {}, {}, {}, {}},
                                   m_admin.get(), done));
        TokensPanel panel(m_admin.get());
        panel.setContext(adminContext(org, {}, Environment::Production));
        panel.show();
        QVERIFY(waitLoaded(panel, 3));
        QVERIFY(selectRow(panel, u"ci"_s));
        auto *view = child<QTableView>(&panel, u"tokensView"_s);
        const QString id = view->currentIndex().data(TokenListModel::TokenIdRole).toString();
        QVERIFY(id == first->id || id == second->id);
        QPointer<ConfirmDialog> confirm = openRevoke(panel);
        QVERIFY(confirm);
        auto *name = child<QLineEdit>(confirm, u"confirmNameEdit"_s);
        auto *button = child<QPushButton>(confirm, u"confirmButton"_s);
        // "ci" would not say which of the two goes.
        QTest::keyClicks(name, u"ci"_s);
        QVERIFY(!button->isEnabled());
        name->clear();
        QTest::keyClicks(name, id);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!confirm, 20000);
        AWAIT(QList<Token>, listed, m_admin->organizationTokens(org, m_admin.get(), done));
        QCOMPARE(listed->size(), 2);
        for (const Token &token : *listed) {
            QVERIFY(token.id != id);
        }
    }

    void filterNarrowsTheList()
    {
        const QString org = newOrganization();
        TokensPanel panel(m_admin.get());
        panel.setContext(adminContext(org));
        panel.show();
        QVERIFY(waitLoaded(panel, 1));
        panel.focusFilter();
        auto *filter = child<QLineEdit>(&panel, u"tokensFilter"_s);
        QTest::keyClicks(filter, u"nothing-like-this"_s);
        QCOMPARE(child<QTableView>(&panel, u"tokensView"_s)->model()->rowCount(), 0);
        filter->clear();
        QCOMPARE(child<QTableView>(&panel, u"tokensView"_s)->model()->rowCount(), 1);
    }

    void showTokensOnceExplains()
    {
        QVERIFY2(m_onceServer.start({u"--show-tokens-once"_s}),
                 qPrintable(m_onceServer.lastError()));
        QString error;
        auto admin =
            test::loggedInClient(m_onceServer, u"once@example.com"_s, Password, true, &error);
        QVERIFY2(admin, qPrintable(error));
        AWAIT(
            Organization, created,
            admin->createOrganization({u"once"_s, u"ops@example.com"_s, u"https://example.com/n"_s},
                                      admin.get(), done));
        TokensPanel panel(admin.get());
        panel.setContext(adminContext(u"once"_s));
        panel.show();
        QVERIFY(waitLoaded(panel, 1));
        QVERIFY(selectRow(panel, u"default"_s));
        auto *copy = child<QPushButton>(&panel, u"copyTokenButton"_s);
        QVERIFY(!copy->isEnabled());
        QVERIFY2(copy->toolTip().contains(u"only once"_s), qPrintable(copy->toolTip()));
        QTest::keySequence(child<QTableView>(&panel, u"tokensView"_s), QKeySequence::Copy);
        auto *message = child<QLabel>(&panel, u"tokensStatusMessage"_s);
        QTRY_VERIFY(message->text().contains(u"shows token values only once"_s));
        QVERIFY(QApplication::clipboard()->text().isEmpty());

        // The new token's value is shown at creation...
        NewTokenDialog *shown = createThroughDialog(panel, u"fresh"_s);
        QVERIFY(shown);
        QVERIFY(!child<QLineEdit>(shown, u"newTokenValueEdit"_s)->text().isEmpty());
        QTest::mouseClick(child<QPushButton>(shown, u"newTokenCloseButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!test::visibleTopLevel<NewTokenDialog>());
        // ...but asking the server again gets no value: the panel explains.
        message->clear();
        QVERIFY(selectRow(panel, u"fresh"_s));
        QTest::mouseClick(copy, Qt::LeftButton);
        QTRY_VERIFY(message->text().contains(u"shows token values only once"_s));
        QVERIFY(QApplication::clipboard()->text().isEmpty());
    }

    void nonAdminsSeeWhy_data()
    {
        QTest::addColumn<QString>("email");
        QTest::addColumn<Role>("role");
        QTest::newRow("member") << u"member@example.com"_s << Role::Member;
        QTest::newRow("viewer") << u"viewer@example.com"_s << Role::Viewer;
    }

    void nonAdminsSeeWhy()
    {
        QFETCH(QString, email);
        QFETCH(Role, role);
        const QString org = newOrganization();
        AWAIT(MemberAddition, added,
              m_admin->addOrganizationMember(org, {email, role}, m_admin.get(), done));
        ApiClient *client = role == Role::Member ? m_member.get() : m_viewer.get();
        TokensPanel panel(client);
        panel.setContext(NodeContext{org, std::nullopt, role, role});
        panel.show();
        auto *access = child<QLabel>(&panel, u"tokensAccessLabel"_s);
        QVERIFY(access->isVisible());
        QVERIFY2(access->text().contains(u"Administrator"_s), qPrintable(access->text()));
        QVERIFY(!child<QTableView>(&panel, u"tokensView"_s)->isVisible());
        // Give a (wrongly sent) request time to come back; the list stays empty.
        QTest::qWait(200);
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(!child<QLabel>(&panel, u"tokensStatusMessage"_s)->isVisible());
        for (const QString &name :
             {u"newTokenButton"_s, u"copyTokenButton"_s, u"revokeTokenButton"_s}) {
            auto *button = child<QPushButton>(&panel, name);
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QVERIFY2(button->toolTip().contains(u"Administrator"_s), qPrintable(button->toolTip()));
        }
        panel.createToken();
        QVERIFY(!test::visibleTopLevel<CreateTokenDialog>());
        if (const QString dir = qEnvironmentVariable("KEYWARD_GRAB_DIR"); !dir.isEmpty()) {
            panel.resize(980, 240);
            QVERIFY(panel.grab().save(dir + u"/tokens-"_s +
                                      QString::fromLatin1(QTest::currentDataTag()) + u".png"_s));
        }
    }

    void teamTokens()
    {
        const QString org = newOrganization();
        AWAIT(Team, team, m_admin->createTeam(org, u"runners"_s, m_admin.get(), done));
        TokensPanel panel(m_admin.get());
        panel.setContext(adminContext(org, u"runners"_s));
        panel.show();
        QVERIFY(waitLoaded(panel, 1));
        for (const QString &description : {u"team-a"_s, u"team-b"_s}) {
            NewTokenDialog *shown = createThroughDialog(panel, description);
            QVERIFY2(shown, qPrintable(description));
            QTest::mouseClick(child<QPushButton>(shown, u"newTokenCloseButton"_s), Qt::LeftButton);
            QTRY_VERIFY(!test::visibleTopLevel<NewTokenDialog>());
        }
        auto *newButton = child<QPushButton>(&panel, u"newTokenButton"_s);
        QVERIFY(!newButton->isEnabled());
        QCOMPARE(newButton->toolTip(),
                 u"This team already has 3 tokens, the most the server allows. Revoke one "
                 "first."_s);
        AWAIT(QList<Token>, teamListed,
              m_admin->teamTokens(org, u"runners"_s, m_admin.get(), done));
        QCOMPARE(teamListed->size(), 3);
        QVERIFY(findToken(*teamListed, u"team-a"_s));
        AWAIT(QList<Token>, orgListed, m_admin->organizationTokens(org, m_admin.get(), done));
        QCOMPARE(orgListed->size(), 1);

        QVERIFY(selectRow(panel, u"team-a"_s));
        QTest::keyClick(child<QTableView>(&panel, u"tokensView"_s), Qt::Key_Delete);
        auto *confirm = test::visibleTopLevel<ConfirmDialog>();
        QVERIFY(confirm);
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!test::visibleTopLevel<ConfirmDialog>(), 20000);
        QVERIFY(newButton->isEnabled());
        AWAIT(QList<Token>, after, m_admin->teamTokens(org, u"runners"_s, m_admin.get(), done));
        QCOMPARE(after->size(), 2);
        QVERIFY(!findToken(*after, u"team-a"_s));

        // Switching to the organization forgets the team's rows and loads its own.
        panel.setContext(adminContext(org));
        QCOMPARE(panel.model()->rowCount(), 0);
        QVERIFY(waitLoaded(panel, 1));
        QCOMPARE(panel.model()->token(0).description, u"default"_s);
        QVERIFY(newButton->isEnabled());
    }

    /// Pictures of the panel and both dialogs, for a human to look at: saved
    /// to $KEYWARD_GRAB_DIR when set. The flow runs (and must work) either way.
    void grabs()
    {
        const QString dir = qEnvironmentVariable("KEYWARD_GRAB_DIR");
        const auto save = [&dir](QWidget *widget, const QString &name) {
            const QPixmap pixmap = widget->grab();
            QVERIFY(!pixmap.isNull());
            if (!dir.isEmpty()) {
                QVERIFY(pixmap.save(dir + u'/' + name));
            }
        };
        const QString org = newOrganization();
        TokensPanel panel(m_admin.get());
        panel.resize(980, 320);
        panel.setContext(adminContext(org));
        panel.show();
        QVERIFY(waitLoaded(panel, 1));
        NewTokenDialog *shown = createThroughDialog(panel, u"billing service"_s, 3);
        QVERIFY(shown);
        save(shown, u"tokens-new.png"_s);
        shown->close();
        QVERIFY(selectRow(panel, u"billing service"_s));
        save(&panel, u"tokens.png"_s);
        QTest::mouseClick(child<QPushButton>(&panel, u"newTokenButton"_s), Qt::LeftButton);
        auto *dialog = test::visibleTopLevel<CreateTokenDialog>();
        QVERIFY(dialog);
        QTest::keyClicks(child<QLineEdit>(dialog, u"tokenDescriptionEdit"_s), u"ingest"_s);
        QTest::mouseClick(child<QPushButton>(dialog, u"tokenLabelAddButton"_s), Qt::LeftButton);
        auto *labels = child<QTableWidget>(dialog, u"tokenLabelsTable"_s);
        labels->item(0, 0)->setText(u"env"_s);
        labels->item(0, 1)->setText(u"prod"_s);
        save(dialog, u"tokens-create.png"_s);
        auto *expiry = child<QComboBox>(dialog, u"tokenExpiryCombo"_s);
        expiry->setCurrentIndex(expiry->findData(int(CreateTokenDialog::Expiry::Never)));
        save(dialog, u"tokens-create-never.png"_s);
    }
};

QTEST_MAIN(TestTokensPanel)
#include "tst_tokenspanel.moc"
