// SPDX-License-Identifier: GPL-3.0-or-later
// The dialogs that send a change themselves (new organization, new team, new
// token, add member), answered with garbage: an HTML error page, invalid
// JSON, wrong types, a 20 MiB body, a redirect to another origin, no answer
// at all. Each must say what went wrong in one sentence naming the request,
// never the page's HTML, stay open with every input intact and ready to try
// again, and never send anything to the other origin.
#include "misbehavingserver.h"

#include "api/apiclient.h"
#include "common/inlinestatus.h"
#include "common/nodecontext.h"
#include "members/addmemberdialog.h"
#include "organizations/namedialog.h"
#include "tokens/createtokendialog.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTest>

#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace std::chrono_literals;

namespace {
constexpr int Timeout = 20000;

enum class Garbage
{
    HtmlErrorPage,
    InvalidJson,
    WrongTypes,
    HugeBody,
    ForeignRedirect,
    NoAnswer,
};

/// One dialog under test: how to make it, fill it and read it back.
struct DialogCase
{
    QString path;     ///< what the dialog posts to
    QString endpoint; ///< how the error names it
    std::function<QDialog *(ApiClient *)> make;
    std::function<void(QDialog *)> fill;
    std::function<QStringList(QDialog *)> inputs; ///< must survive the failure
    QString confirmButton;
    QString status;
};

QLineEdit *edit(QDialog *dialog, const QString &name)
{
    auto *found = dialog->findChild<QLineEdit *>(name);
    if (!found) {
        qFatal("no line edit %s", qPrintable(name));
    }
    return found;
}

/// As the user does it: the dialogs validate on textEdited, not setText.
void type(QLineEdit *target, const QString &text)
{
    QTest::keyClicks(target, text);
}

NodeContext acme()
{
    NodeContext context;
    context.organization = u"acme"_s;
    context.role = Role::Admin;
    context.organizationRole = Role::Admin;
    context.environment = Environment::Development;
    return context;
}

DialogCase dialogCase(int which)
{
    switch (which) {
    case 0:
        return {u"/organizations"_s,
                u"POST /organizations"_s,
                [](ApiClient *api) { return new NameDialog(api, NameDialog::Mode::Organization); },
                [](QDialog *d) {
                    type(edit(d, u"nameEdit"_s), u"acme"_s);
                    type(edit(d, u"organizationEmailEdit"_s), u"ops@example.com"_s);
                    type(edit(d, u"organizationNotificationUrlEdit"_s),
                         u"https://example.com/notify"_s);
                },
                [](QDialog *d) {
                    return QStringList{edit(d, u"nameEdit"_s)->text(),
                                       edit(d, u"organizationEmailEdit"_s)->text(),
                                       edit(d, u"organizationNotificationUrlEdit"_s)->text()};
                },
                u"createButton"_s,
                u"nameDialogStatus"_s};
    case 1:
        return {
            u"/organizations/acme/teams"_s,
            u"POST /organizations/acme/teams"_s,
            [](ApiClient *api) { return new NameDialog(api, NameDialog::Mode::Team, u"acme"_s); },
            [](QDialog *d) { type(edit(d, u"nameEdit"_s), u"runners"_s); },
            [](QDialog *d) { return QStringList{edit(d, u"nameEdit"_s)->text()}; },
            u"createButton"_s,
            u"nameDialogStatus"_s};
    case 2:
        return {u"/organizations/acme/tokens"_s,
                u"POST /organizations/acme/tokens"_s,
                [](ApiClient *api) { return new CreateTokenDialog(api, acme()); },
                [](QDialog *d) { type(edit(d, u"tokenDescriptionEdit"_s), u"ci runner"_s); },
                [](QDialog *d) { return QStringList{edit(d, u"tokenDescriptionEdit"_s)->text()}; },
                u"createTokenConfirmButton"_s,
                u"createTokenStatus"_s};
    default:
        return {u"/organizations/acme/users"_s,
                u"POST /organizations/acme/users"_s,
                [](ApiClient *api) { return new AddMemberDialog(api, acme()); },
                [](QDialog *d) { type(edit(d, u"memberEmailEdit"_s), u"new@example.com"_s); },
                [](QDialog *d) { return QStringList{edit(d, u"memberEmailEdit"_s)->text()}; },
                u"addMemberConfirmButton"_s,
                u"addMemberStatus"_s};
    }
}
} // namespace

class TestDialogGarbage final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void garbageKeepsTheDialogAndItsInput_data()
    {
        QTest::addColumn<int>("dialog");
        QTest::addColumn<Garbage>("garbage");
        const QStringList dialogs{u"new organization"_s, u"new team"_s, u"new token"_s,
                                  u"add member"_s};
        const QList<std::pair<Garbage, const char *>> kinds{
            {Garbage::HtmlErrorPage, "HTML error page"},
            {Garbage::InvalidJson, "invalid JSON"},
            {Garbage::WrongTypes, "wrong types"},
            {Garbage::HugeBody, "20 MiB body"},
            {Garbage::ForeignRedirect, "redirect to another origin"},
            {Garbage::NoAnswer, "no answer"},
        };
        for (int d = 0; d < dialogs.size(); ++d) {
            for (const auto &[kind, name] : kinds) {
                QTest::addRow("%s, %s", qPrintable(dialogs[d]), name) << d << kind;
            }
        }
    }

    void garbageKeepsTheDialogAndItsInput()
    {
        QFETCH(int, dialog);
        QFETCH(Garbage, garbage);
        const DialogCase tested = dialogCase(dialog);

        test::MisbehavingServer server;
        test::MisbehavingServer otherOrigin;
        QVERIFY(server.start());
        QVERIFY(otherOrigin.start());
        switch (garbage) {
        case Garbage::HtmlErrorPage:
            server.setBehaviour(
                tested.path, test::Behaviour::status(
                                 500, "text/html"_ba,
                                 "<html><body><h1>502 Bad Gateway</h1><hr>nginx</body></html>"_ba));
            break;
        case Garbage::InvalidJson:
            server.setBehaviour(tested.path,
                                test::Behaviour::invalidJson(R"({"name": "acme", )"_ba));
            break;
        case Garbage::WrongTypes:
            server.setBehaviour(tested.path, test::Behaviour::wrongTypes(
                                                 R"({"name": 42, "id": [], "email": {}})"_ba));
            break;
        case Garbage::HugeBody:
            server.setBehaviour(tested.path, test::Behaviour::huge(20));
            break;
        case Garbage::ForeignRedirect:
            server.setBehaviour(tested.path,
                                test::Behaviour::redirectTo(
                                    QUrl(otherOrigin.baseUrl().toString() + tested.path), 307));
            break;
        case Garbage::NoAnswer:
            server.setBehaviour(tested.path, test::Behaviour::hang());
            break;
        }

        ApiClient api;
        QVERIFY(api.setServerUrl(server.baseUrl()));
        api.setSessionToken(u"session-that-must-not-leak"_s);
        api.policy().setTransferTimeout(1500ms);
        std::unique_ptr<QDialog> shown(tested.make(&api));
        shown->show();
        QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
        tested.fill(shown.get());
        const QStringList before = tested.inputs(shown.get());
        auto *confirm = shown->findChild<QPushButton *>(tested.confirmButton);
        auto *status = shown->findChild<InlineStatus *>(tested.status);
        QVERIFY(confirm && status);
        QTRY_VERIFY(confirm->isEnabled());

        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->hasError(), Timeout);

        const QString sentence = status->text();
        QVERIFY2(!sentence.isEmpty(), "the error is said in words");
        if (garbage == Garbage::HugeBody) {
            QVERIFY2(sentence.contains(u"MiB"_s), qPrintable(sentence));
        } else if (garbage != Garbage::ForeignRedirect) {
            QVERIFY2(sentence.contains(tested.endpoint), qPrintable(sentence));
        }
        QVERIFY2(!sentence.contains(u"<html"_s) && !sentence.contains(u"nginx"_s),
                 qPrintable(sentence));
        QVERIFY2(shown->isVisible() && shown->result() != QDialog::Accepted,
                 "a failed change keeps the dialog open");
        QCOMPARE(tested.inputs(shown.get()), before);
        QTRY_VERIFY2(confirm->isEnabled(), "the user can try again");
        QCOMPARE(otherOrigin.requests().size(), 0);
    }
};

QTEST_MAIN(TestDialogGarbage)
#include "tst_dialoggarbage.moc"
