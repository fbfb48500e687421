// SPDX-License-Identifier: GPL-3.0-or-later
// The rotation wizard driven by objectName against a live keyward-server: the
// 3-token cap (suggestion, revoke to free a slot), rotate with a grace period,
// the dry-run check, copy through the guard, revoke at the end; the CAVE
// fallback (create-then-delete); a token revoked by someone else meanwhile;
// and the Rotate button of the tokens panel.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "common/confirmdialog.h"
#include "copying/clipboardguard.h"
#include "copying/copyasdialog.h"
#include "rotation/rotationplan.h"
#include "rotation/rotationslotspage.h"
#include "rotation/rotationwizard.h"
#include "usagescan/usagescandialog.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Password = u"correct horse battery staple"_s;

template <typename T> T *child(QObject *parent, const QString &name)
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

std::optional<Token> findById(const QList<Token> &tokens, const QString &id)
{
    for (const Token &token : tokens) {
        if (token.id == id) {
            return token;
        }
    }
    return std::nullopt;
}

QString statusText(QObject *parent, const QString &statusName)
{
    auto *label = child<QLabel>(parent, statusName + u"Message"_s);
    return label ? label->text() : QString();
}

bool isRotatedDescriptionOf(const QString &description, const QString &stem, const QDate &before,
                            const QDate &after)
{
    return description == RotationPlan::successorDescription(stem, before) ||
           description == RotationPlan::successorDescription(stem, after);
}

} // namespace

class TestRotationWizard final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    int m_orgCounter = 0;

    static QString createOrganization(ApiClient &api, int number)
    {
        const QString name = u"rot%1"_s.arg(number);
        const auto created = test::await<Organization>([&](ApiCallback<Organization> done) {
            api.createOrganization({name, u"ops@example.com"_s, u"https://example.com/n"_s}, &api,
                                   std::move(done));
        });
        return created ? name : QString();
    }

    static ApiResult<QList<Token>> tokensOf(ApiClient &api, const Owner &owner)
    {
        return test::await<QList<Token>>(
            [&](ApiCallback<QList<Token>> done) { api.tokens(owner, &api, std::move(done)); });
    }

    static ApiResult<Token> createToken(ApiClient &api, const Owner &owner,
                                        const CreateTokenRequest &request)
    {
        return test::await<Token>([&](ApiCallback<Token> done) {
            api.createToken(owner, request, &api, std::move(done));
        });
    }

    static CopyContext copyContextFor(const ApiClient &api, const Owner &owner)
    {
        return CopyContext{api.serverUrl(), owner.organization, owner.team.value_or(QString())};
    }

    static CreateTokenRequest billingRequest()
    {
        CreateTokenRequest request;
        request.description = u"billing writer"_s;
        request.expires = QDateTime::currentDateTimeUtc().addDays(30);
        request.scopes = {u"metrics:write:billing.*"_s};
        request.labels = {{u"env"_s, u"prod"_s}};
        request.attributes = QJsonObject{{u"max_past"_s, 3600}};
        return request;
    }

    static bool clickNext(QWizard &wizard, QWizard::WizardButton which = QWizard::NextButton)
    {
        QAbstractButton *button = wizard.button(which);
        if (!button || !button->isVisible() || !button->isEnabled()) {
            return false;
        }
        QTest::mouseClick(button, Qt::LeftButton);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        m_admin = test::loggedInClient(m_server, u"admin@example.com"_s, Password, true, &error);
        QVERIFY2(m_admin, qPrintable(error));
    }

    void cleanup()
    {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            if (qobject_cast<QDialog *>(widget)) {
                widget->close();
            }
        }
        QApplication::clipboard()->clear();
    }

    void rotatesAtTheCap()
    {
        const QString org = createOrganization(*m_admin, ++m_orgCounter);
        QVERIFY(!org.isEmpty());
        const Owner owner = Owner::ofOrganization(org);
        AWAIT(QList<Token>, initial, m_admin->tokens(owner, m_admin.get(), done));
        QCOMPARE(initial->size(), 1);
        const Token first = initial->first();
        const auto billing = createToken(*m_admin, owner, billingRequest());
        QVERIFY2(billing, qPrintable(test::describe(billing)));
        const auto spare = createToken(*m_admin, owner, {u"spare"_s, {}, {}, {}, {}});
        QVERIFY2(spare, qPrintable(test::describe(spare)));
        // The oldest token is in use, the spare never was: the spare is the
        // one to retire although it is the newest.
        QVERIFY(first.value);
        MetricPoint point{u"app.requests"_s, {}, QDateTime::currentSecsSinceEpoch(), 1};
        AWAIT(PublishResult, published,
              m_admin->publishMetrics(owner, PublishRequest{{point}}, *first.value, false,
                                      m_admin.get(), done));
        AWAIT(QList<Token>, atCap, m_admin->tokens(owner, m_admin.get(), done));
        QCOMPARE(atCap->size(), 3);
        QVERIFY2(findById(*atCap, first.id)->lastUsed, "publishing should mark the token used");
        const Token old = *findById(*atCap, billing->id);

        ClipboardGuard guard;
        RotationWizard wizard(m_admin.get(), owner, old, guard, copyContextFor(*m_admin, owner));
        QSignalSpy rotated(&wizard, &RotationWizard::rotated);
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));

        // Page 1: all slots used, the spare suggested, Next blocked.
        auto *slotsLabel = child<QLabel>(&wizard, u"rotationSlotsLabel"_s);
        QTRY_COMPARE_WITH_TIMEOUT(slotsLabel->text(), u"3 of 3 token slots used"_s, 20000);
        auto *slotsPage = qobject_cast<RotationSlotsPage *>(wizard.page(RotationWizard::SlotsPage));
        QCOMPARE(slotsPage->suggestedTokenId(), spare->id);
        auto *suggestion = child<QLabel>(&wizard, u"rotationRetireSuggestion"_s);
        QVERIFY2(suggestion->text().contains(u"“spare” has never been used"_s),
                 qPrintable(suggestion->text()));
        auto *retire = child<QPushButton>(&wizard, u"rotationRetireButton"_s);
        QVERIFY(retire->isVisible() && retire->isEnabled());
        QCOMPARE(retire->text(), u"Revoke spare now"_s);
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());

        QTest::mouseClick(retire, Qt::LeftButton);
        auto *confirm = test::visibleTopLevel<ConfirmDialog>(u"confirmDialog"_s);
        QVERIFY(confirm);
        // A production profile (the wizard's default): the spare's name is typed.
        auto *confirmButton = child<QPushButton>(confirm, u"confirmButton"_s);
        QVERIFY(!confirmButton->isEnabled());
        QTest::keyClicks(child<QLineEdit>(confirm, u"confirmNameEdit"_s), u"spare"_s);
        QVERIFY(confirmButton->isEnabled());
        QTest::mouseClick(confirmButton, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(slotsLabel->text(), u"2 of 3 token slots used"_s, 20000);
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        AWAIT(QList<Token>, afterRetire, m_admin->tokens(owner, m_admin.get(), done));
        QVERIFY(!findById(*afterRetire, spare->id));
        QCOMPARE(afterRetire->size(), 2);

        // Page 2: the preview, a 1-day grace, one successor however often
        // the button is clicked.
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(RotationWizard::SuccessorPage));
        const QDate dayBefore = QDateTime::currentDateTimeUtc().date();
        QVERIFY(isRotatedDescriptionOf(
            child<QLabel>(&wizard, u"rotationSuccessorDescription"_s)->text(), u"billing writer"_s,
            dayBefore, dayBefore));
        QCOMPARE(child<QLabel>(&wizard, u"rotationSuccessorScopes"_s)->text(),
                 u"metrics:write:billing.*"_s);
        auto *grace = child<QComboBox>(&wizard, u"rotationGraceCombo"_s);
        grace->setCurrentIndex(grace->findData(qint64(24 * 3600)));
        QVERIFY(grace->currentIndex() >= 0);
        QAbstractButton *commit = wizard.button(QWizard::CommitButton);
        QVERIFY(commit->isVisible() && commit->isEnabled());
        QTest::mouseClick(commit, Qt::LeftButton);
        QTest::mouseClick(commit, Qt::LeftButton);
        const QDateTime rotatedAt = QDateTime::currentDateTimeUtc();
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RotationWizard::NewTokenPage), 20000);
        const QDate dayAfter = QDateTime::currentDateTimeUtc().date();

        AWAIT(QList<Token>, afterRotate, m_admin->tokens(owner, m_admin.get(), done));
        QCOMPARE(afterRotate->size(), 3); // first, old, one successor
        QVERIFY(wizard.successor());
        const auto successor = findById(*afterRotate, wizard.successor()->id);
        QVERIFY(successor);
        QVERIFY2(isRotatedDescriptionOf(successor->description, u"billing writer"_s, dayBefore,
                                        dayAfter),
                 qPrintable(successor->description));
        QCOMPARE(successor->scopes, old.scopes);
        QCOMPARE(successor->labels, old.labels);
        QCOMPARE(successor->attributes, old.attributes);
        const auto oldAfter = findById(*afterRotate, old.id);
        QVERIFY(oldAfter && oldAfter->expires);
        const qint64 drift = qAbs(oldAfter->expires->secsTo(rotatedAt.addDays(1)));
        QVERIFY2(drift < 120, qPrintable(oldAfter->expires->toString(Qt::ISODate)));

        // Page 3: masked value, copy through the guard, the dry-run check.
        auto *value = child<QLineEdit>(&wizard, u"rotationNewValueEdit"_s);
        QVERIFY(successor->value);
        QCOMPARE(value->text(), *successor->value);
        QCOMPARE(value->echoMode(), QLineEdit::Password);
        QTest::mouseClick(child<QPushButton>(&wizard, u"rotationRevealButton"_s), Qt::LeftButton);
        QCOMPARE(value->echoMode(), QLineEdit::Normal);
        QTest::mouseClick(child<QPushButton>(&wizard, u"rotationCopyButton"_s), Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), *successor->value);
        QVERIFY(guard.holdsSecret());
        QVERIFY(!child<QLabel>(&wizard, u"rotationFallbackNote"_s)->isVisible());

        // Copy As renders the new token; Find Usages searches for the old one.
        QTest::mouseClick(child<QPushButton>(&wizard, u"rotationCopyAsButton"_s), Qt::LeftButton);
        auto *copyAs = test::visibleTopLevel<CopyAsDialog>();
        QVERIFY(copyAs);
        QVERIFY(copyAs->selectTemplate(u"builtin.curl"_s));
        QVERIFY(copyAs->renderedText().contains(*successor->value));
        copyAs->close();
        QTest::mouseClick(child<QPushButton>(&wizard, u"rotationFindUsagesButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(test::visibleTopLevel<UsageScanDialog>(), 20000);
        auto *scan = test::visibleTopLevel<UsageScanDialog>();
        // Only the old value is in the folder: results prove which one is searched.
        QTemporaryDir folder;
        QVERIFY(folder.isValid());
        QFile config(folder.filePath(u"app.env"_s));
        QVERIFY(config.open(QIODevice::WriteOnly));
        config.write("KEYWARD_TOKEN=" + old.value->toUtf8() + "\n");
        config.close();
        scan->addFolder(folder.path());
        QTest::mouseClick(child<QPushButton>(scan, u"startUsageScanButton"_s), Qt::LeftButton);
        auto *results = child<QTreeView>(scan, u"usageResultsView"_s);
        QTRY_VERIFY_WITH_TIMEOUT(results->model()->rowCount() > 0, 20000);
        scan->close();

        auto *check = child<QPushButton>(&wizard, u"rotationCheckButton"_s);
        QVERIFY(check->isEnabled());
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statusText(&wizard, u"rotationCheckStatus"_s).contains(u"works"_s),
                                 20000);
        QCOMPARE(statusText(&wizard, u"rotationCheckStatus"_s),
                 u"The new token works: the server accepted a test point and stored nothing."_s);
        AWAIT(QList<MetricName>, names, m_admin->metricNames(owner, m_admin.get(), done));
        QVERIFY(!names->isEmpty()); // app.requests, published above
        for (const MetricName &name : *names) {
            QVERIFY2(name.name != u"billing.keyward_rotation_check"_s,
                     "the dry run must store nothing");
        }

        // Page 4: revoke now.
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(RotationWizard::FinishPage));
        auto *keep = child<QRadioButton>(&wizard, u"rotationKeepRadio"_s);
        QVERIFY2(keep->text().startsWith(u"Leave it to expire at the end of the grace period ("_s),
                 qPrintable(keep->text()));
        auto *revokeNow = child<QRadioButton>(&wizard, u"rotationRevokeNowRadio"_s);
        revokeNow->click();
        QVERIFY(revokeNow->isChecked());
        QVERIFY(clickNext(wizard, QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(rotated.size(), 1, 20000);
        QCOMPARE(rotated.first().first().value<Token>().id, successor->id);
        QVERIFY(!wizard.isVisible());
        AWAIT(QList<Token>, finalTokens, m_admin->tokens(owner, m_admin.get(), done));
        QVERIFY(!findById(*finalTokens, old.id));
        QVERIFY(findById(*finalTokens, successor->id));
        QCOMPARE(finalTokens->size(), 2);
    }

    void readOnlyTokenWithoutGrace()
    {
        const QString org = createOrganization(*m_admin, ++m_orgCounter);
        QVERIFY(!org.isEmpty());
        const Owner owner = Owner::ofOrganization(org);
        CreateTokenRequest request;
        request.description = u"dashboard (rotated 2020-01-01)"_s;
        request.scopes = {u"metrics:read"_s};
        const auto old = createToken(*m_admin, owner, request);
        QVERIFY2(old, qPrintable(test::describe(old)));

        ClipboardGuard guard;
        RotationWizard wizard(m_admin.get(), owner, *old, guard, copyContextFor(*m_admin, owner));
        QSignalSpy rotated(&wizard, &RotationWizard::rotated);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(clickNext(wizard));
        QVERIFY2(child<QLabel>(&wizard, u"rotationSuccessorDescription"_s)
                     ->text()
                     .startsWith(u"dashboard (rotated 20"_s),
                 qPrintable(child<QLabel>(&wizard, u"rotationSuccessorDescription"_s)->text()));
        auto *grace = child<QComboBox>(&wizard, u"rotationGraceCombo"_s);
        grace->setCurrentIndex(grace->findData(qint64(0)));
        QVERIFY(clickNext(wizard, QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RotationWizard::NewTokenPage), 20000);

        // A read-only token is checked with a query, not a publish.
        QTest::mouseClick(child<QPushButton>(&wizard, u"rotationCheckButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(statusText(&wizard, u"rotationCheckStatus"_s)
                                     .startsWith(u"The new token works: the server accepted it "
                                                 "for a metrics query"_s),
                                 20000);

        QVERIFY(clickNext(wizard));
        auto *keep = child<QRadioButton>(&wizard, u"rotationKeepRadio"_s);
        QVERIFY2(keep->text().contains(u"already stopped working"_s), qPrintable(keep->text()));
        QVERIFY(keep->isChecked());
        QVERIFY(clickNext(wizard, QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(rotated.size(), 1, 20000);
        AWAIT(QList<Token>, tokens, m_admin->tokens(owner, m_admin.get(), done));
        QVERIFY2(!findById(*tokens, old->id), "no grace: the server retires the old token at once");
        QCOMPARE(tokens->size(), 2);
    }

    void valuesShownOnce()
    {
        test::ServerProcess once;
        QVERIFY2(once.start({u"--show-tokens-once"_s}), qPrintable(once.lastError()));
        QString error;
        auto api = test::loggedInClient(once, u"once@example.com"_s, Password, true, &error);
        QVERIFY2(api, qPrintable(error));
        const QString org = createOrganization(*api, 1);
        QVERIFY(!org.isEmpty());
        const Owner owner = Owner::ofOrganization(org);
        QVERIFY(createToken(*api, owner, billingRequest()));
        const auto listed = tokensOf(*api, owner);
        QVERIFY2(listed, qPrintable(test::describe(listed)));
        QCOMPARE(listed->size(), 2);
        const Token old = listed->last();
        QVERIFY(!old.value);

        ClipboardGuard guard;
        RotationWizard wizard(api.get(), owner, old, guard, copyContextFor(*api, owner));
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard, QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RotationWizard::NewTokenPage), 20000);
        // The rotate answer carries the new value even on this server.
        QVERIFY(!child<QLineEdit>(&wizard, u"rotationNewValueEdit"_s)->text().isEmpty());
        QTest::mouseClick(child<QPushButton>(&wizard, u"rotationFindUsagesButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(&wizard, u"rotationValueStatus"_s).contains(u"only once"_s), 20000);
        QVERIFY(!test::visibleTopLevel<UsageScanDialog>());
    }

    void caveFallback()
    {
        test::ServerProcess cave;
        if (!cave.start({u"--cave-compatible"_s})) {
            QSKIP(qPrintable(u"keyward-server does not take --cave-compatible yet: "_s +
                             cave.lastError().left(300)));
        }
        QString error;
        auto api = test::loggedInClient(cave, u"cave@example.com"_s, Password, true, &error);
        QVERIFY2(api, qPrintable(error));
        const QString org = createOrganization(*api, 1);
        QVERIFY(!org.isEmpty());
        const Owner owner = Owner::ofOrganization(org);
        const auto old = createToken(*api, owner, billingRequest());
        QVERIFY2(old, qPrintable(test::describe(old)));

        ClipboardGuard guard;
        RotationWizard wizard(api.get(), owner, *old, guard, copyContextFor(*api, owner));
        QSignalSpy rotated(&wizard, &RotationWizard::rotated);
        wizard.show();
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(&wizard, u"rotationSlotsLabel"_s)->text(),
                                  u"2 of 3 token slots used"_s, 20000);
        QVERIFY(!child<QPushButton>(&wizard, u"rotationRetireButton"_s)->isVisible());
        QTRY_VERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        QVERIFY(clickNext(wizard));
        const QDate dayBefore = QDateTime::currentDateTimeUtc().date();
        QVERIFY(clickNext(wizard, QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RotationWizard::NewTokenPage), 20000);
        const QDate dayAfter = QDateTime::currentDateTimeUtc().date();
        QVERIFY(wizard.usedFallback());

        auto *note = child<QLabel>(&wizard, u"rotationFallbackNote"_s);
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(u"keeps working until it is revoked"_s),
                 qPrintable(note->text()));
        QVERIFY(!child<QPushButton>(&wizard, u"rotationCheckButton"_s)->isEnabled());
        auto *checkNote = child<QLabel>(&wizard, u"rotationCheckNote"_s);
        QVERIFY(checkNote->isVisible());
        QVERIFY2(checkNote->text().contains(u"would store the test point"_s),
                 qPrintable(checkNote->text()));

        AWAIT(QList<Token>, afterCreate, api->tokens(owner, api.get(), done));
        QCOMPARE(afterCreate->size(), 3);
        const auto successor = findById(*afterCreate, wizard.successor()->id);
        QVERIFY(successor);
        QVERIFY2(isRotatedDescriptionOf(successor->description, u"billing writer"_s, dayBefore,
                                        dayAfter),
                 qPrintable(successor->description));
        QCOMPARE(successor->scopes, old->scopes);
        QCOMPARE(successor->labels, old->labels);
        QCOMPARE(successor->attributes, old->attributes);
        const auto oldStill = findById(*afterCreate, old->id);
        QVERIFY2(oldStill, "without rotate the old token stays until the last page");
        QCOMPARE(oldStill->expires, old->expires);

        QVERIFY(clickNext(wizard));
        auto *keep = child<QRadioButton>(&wizard, u"rotationKeepRadio"_s);
        QCOMPARE(keep->text(), u"Keep the old token until I revoke it"_s);
        auto *revokeNow = child<QRadioButton>(&wizard, u"rotationRevokeNowRadio"_s);
        revokeNow->click();
        QVERIFY(revokeNow->isChecked());
        QVERIFY(clickNext(wizard, QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(rotated.size(), 1, 20000);
        AWAIT(QList<Token>, finalTokens, api->tokens(owner, api.get(), done));
        QVERIFY(!findById(*finalTokens, old->id));
        QCOMPARE(finalTokens->size(), 2);
    }

    void oldTokenRevokedMeanwhile()
    {
        const QString org = createOrganization(*m_admin, ++m_orgCounter);
        QVERIFY(!org.isEmpty());
        const Owner owner = Owner::ofOrganization(org);
        const auto old = createToken(*m_admin, owner, billingRequest());
        QVERIFY2(old, qPrintable(test::describe(old)));

        ClipboardGuard guard;
        RotationWizard wizard(m_admin.get(), owner, *old, guard, copyContextFor(*m_admin, owner));
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(clickNext(wizard));
        QCOMPARE(wizard.currentId(), int(RotationWizard::SuccessorPage));

        // Someone else revokes it while the user reads page 2.
        AWAIT(NoContent, deleted, m_admin->deleteToken(owner, old->id, m_admin.get(), done));
        QVERIFY(clickNext(wizard, QWizard::CommitButton));
        QTRY_VERIFY_WITH_TIMEOUT(
            statusText(&wizard, u"rotationSuccessorStatus"_s).contains(u"no longer exists"_s),
            20000);
        QCOMPARE(wizard.currentId(), int(RotationWizard::SuccessorPage));
        QVERIFY(!wizard.successor());
        QVERIFY(wizard.isVisible());
        QVERIFY(child<QPushButton>(&wizard, u"rotationSuccessorStatusRetry"_s)->isVisible());
        QVERIFY(wizard.button(QWizard::CommitButton)->isEnabled());
        AWAIT(QList<Token>, tokens, m_admin->tokens(owner, m_admin.get(), done));
        QCOMPARE(tokens->size(), 1); // the organization's first token only: nothing created
        QVERIFY(!findById(*tokens, old->id));
    }

    void failedRevocationKeepsWizardOpen()
    {
        const QString org = createOrganization(*m_admin, ++m_orgCounter);
        QVERIFY(!org.isEmpty());
        const Owner owner = Owner::ofOrganization(org);
        AWAIT(QList<Token>, initial, m_admin->tokens(owner, m_admin.get(), done));
        const QString firstId = initial->first().id;
        const auto old = createToken(*m_admin, owner, billingRequest());
        QVERIFY2(old, qPrintable(test::describe(old)));

        ClipboardGuard guard;
        RotationWizard wizard(m_admin.get(), owner, *old, guard, copyContextFor(*m_admin, owner));
        QSignalSpy rotated(&wizard, &RotationWizard::rotated);
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(clickNext(wizard));
        QVERIFY(clickNext(wizard, QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(RotationWizard::NewTokenPage), 20000);
        QVERIFY(clickNext(wizard));

        // Someone else revokes every other token: the old one is now the last,
        // which the server refuses to revoke (400).
        const QString successorId = wizard.successor()->id;
        AWAIT(NoContent, first, m_admin->deleteToken(owner, firstId, m_admin.get(), done));
        AWAIT(NoContent, second, m_admin->deleteToken(owner, successorId, m_admin.get(), done));
        child<QRadioButton>(&wizard, u"rotationRevokeNowRadio"_s)->click();
        QVERIFY(clickNext(wizard, QWizard::FinishButton));
        QTRY_VERIFY_WITH_TIMEOUT(
            child<QPushButton>(&wizard, u"rotationFinishStatusRetry"_s)->isVisible(), 20000);
        QVERIFY(!statusText(&wizard, u"rotationFinishStatus"_s).isEmpty());
        QVERIFY(wizard.isVisible());
        QCOMPARE(wizard.currentId(), int(RotationWizard::FinishPage));
        QCOMPARE(rotated.size(), 0);
        QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
        AWAIT(QList<Token>, tokens, m_admin->tokens(owner, m_admin.get(), done));
        QCOMPARE(tokens->size(), 1);
        QVERIFY(findById(*tokens, old->id));

        // Keeping it instead finishes.
        child<QRadioButton>(&wizard, u"rotationKeepRadio"_s)->click();
        QVERIFY(clickNext(wizard, QWizard::FinishButton));
        QTRY_COMPARE_WITH_TIMEOUT(rotated.size(), 1, 20000);
        QVERIFY(!wizard.isVisible());
    }

    void everyControlIsNamed()
    {
        const QString org = createOrganization(*m_admin, ++m_orgCounter);
        QVERIFY(!org.isEmpty());
        const Owner owner = Owner::ofOrganization(org);
        AWAIT(QList<Token>, tokens, m_admin->tokens(owner, m_admin.get(), done));
        ClipboardGuard guard;
        RotationWizard wizard(m_admin.get(), owner, tokens->first(), guard,
                              copyContextFor(*m_admin, owner));
        wizard.show();
        QTRY_VERIFY_WITH_TIMEOUT(wizard.button(QWizard::NextButton)->isEnabled(), 20000);
        const QList<QWidget *> widgets = wizard.findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            const bool interactive =
                qobject_cast<QAbstractButton *>(widget) || qobject_cast<QComboBox *>(widget) ||
                qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QAbstractItemView *>(widget);
            // Widgets inside composite controls (the combo's popup, a view's header, the spin
            // box's line edit, the shared InlineStatus) are named by their owner.
            const bool ownedByControl = qobject_cast<QComboBox *>(widget->parentWidget()) ||
                                        qobject_cast<QAbstractItemView *>(widget->parentWidget()) ||
                                        qobject_cast<QAbstractSpinBox *>(widget->parentWidget()) ||
                                        widget->objectName().startsWith(u"qt_"_s) ||
                                        widget->objectName().endsWith(u"StatusRetry"_s) ||
                                        widget->window() != &wizard;
            if (!interactive || ownedByControl) {
                continue;
            }
            ++checked;
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        }
        QVERIFY(checked >= 15);
    }
};

QTEST_MAIN(TestRotationWizard)
#include "tst_rotationwizard.moc"
