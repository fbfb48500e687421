// SPDX-License-Identifier: GPL-3.0-or-later
// CreateTokenDialog: what the input turns into (presets, date, scopes,
// labels, attributes, problems) and, against a live server, the 400 of the
// token cap arriving while the dialog is open.
#include "apiawait.h"
#include "serverprocess.h"

#include "common/inlinestatus.h"
#include "tokens/createtokendialog.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Password = u"correct horse battery staple"_s;

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget) {
        qFatal("no widget named %s", qPrintable(name));
    }
    return widget;
}

void setRow(QTableWidget *table, QPushButton *add, const QString &key, const QString &value)
{
    QTest::mouseClick(add, Qt::LeftButton);
    const int row = table->rowCount() - 1;
    table->item(row, 0)->setText(key);
    table->item(row, 1)->setText(value);
}

} // namespace

class TestCreateTokenDialog final : public QObject
{
    Q_OBJECT

private:
    ApiClient m_offline; ///< never called: the offline tests do not submit
    const NodeContext m_context{u"acme"_s, std::nullopt, Role::Admin, Role::Admin};

private Q_SLOTS:
    void defaults()
    {
        CreateTokenDialog dialog(&m_offline, m_context);
        dialog.show();
        auto *create = child<QPushButton>(&dialog, u"createTokenConfirmButton"_s);
        QVERIFY(!create->isEnabled());
        auto *scopes = child<QListWidget>(&dialog, u"tokenScopesList"_s);
        QCOMPARE(scopes->count(), 2);
        QCOMPARE(scopes->item(0)->data(Qt::UserRole).toString(), u"metrics:write"_s);
        QCOMPARE(scopes->item(0)->checkState(), Qt::Checked);
        QCOMPARE(scopes->item(1)->checkState(), Qt::Unchecked);
        QVERIFY(!scopes->item(0)->toolTip().isEmpty());
        QVERIFY(!scopes->item(1)->toolTip().isEmpty());
        QVERIFY(!child<QDateTimeEdit>(&dialog, u"tokenExpiryDateEdit"_s)->isVisible());
        QVERIFY(!child<QLabel>(&dialog, u"tokenExpiryHint"_s)->text().isEmpty());

        QTest::keyClicks(child<QLineEdit>(&dialog, u"tokenDescriptionEdit"_s), u"ci"_s);
        QVERIFY(create->isEnabled());
        QString problem;
        const QDateTime now = QDateTime::currentDateTime();
        const auto request = dialog.request(now, &problem);
        QVERIFY2(request, qPrintable(problem));
        QCOMPARE(request->description, u"ci"_s);
        QCOMPARE(request->scopes, QStringList{u"metrics:write"_s});
        QVERIFY(request->expires);
        QCOMPARE(*request->expires, now.addDays(90).toUTC());
        QVERIFY(request->labels.isEmpty());
        QVERIFY(request->attributes.isEmpty());
    }

    void expiryChoices()
    {
        CreateTokenDialog dialog(&m_offline, m_context);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"tokenDescriptionEdit"_s), u"ci"_s);
        auto *combo = child<QComboBox>(&dialog, u"tokenExpiryCombo"_s);
        auto *date = child<QDateTimeEdit>(&dialog, u"tokenExpiryDateEdit"_s);
        auto *warning = child<QLabel>(&dialog, u"tokenExpiryWarning"_s);
        const QDateTime now = QDateTime::currentDateTime();

        combo->setCurrentIndex(combo->findData(int(CreateTokenDialog::Expiry::Days7)));
        QCOMPARE(*dialog.request(now, nullptr)->expires, now.addDays(7).toUTC());
        combo->setCurrentIndex(combo->findData(int(CreateTokenDialog::Expiry::Year)));
        QCOMPARE(*dialog.request(now, nullptr)->expires, now.addYears(1).toUTC());
        QVERIFY(!warning->isVisible());

        combo->setCurrentIndex(combo->findData(int(CreateTokenDialog::Expiry::Never)));
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(), u"A token that never expires stays valid until revoked."_s);
        QVERIFY(!dialog.request(now, nullptr)->expires);

        combo->setCurrentIndex(combo->findData(int(CreateTokenDialog::Expiry::OnDate)));
        QVERIFY(date->isVisible());
        QVERIFY(!warning->isVisible());
        // Nothing earlier than an hour from now can be picked.
        QVERIFY(date->minimumDateTime() > now.addSecs(59 * 60));
        date->setDateTime(now.addSecs(10));
        QVERIFY(date->dateTime() >= now.addSecs(59 * 60));
        const QDateTime chosen = now.addDays(12);
        date->setDateTime(chosen);
        const auto request = dialog.request(now, nullptr);
        QVERIFY(request && request->expires);
        QVERIFY(qAbs(request->expires->secsTo(chosen.toUTC())) <= 60);
    }

    void labelsAttributesAndProblems()
    {
        CreateTokenDialog dialog(&m_offline, m_context);
        dialog.show();
        QTest::keyClicks(child<QLineEdit>(&dialog, u"tokenDescriptionEdit"_s), u"ci"_s);
        auto *labels = child<QTableWidget>(&dialog, u"tokenLabelsTable"_s);
        auto *addLabel = child<QPushButton>(&dialog, u"tokenLabelAddButton"_s);
        auto *attributes = child<QTableWidget>(&dialog, u"tokenAttributesTable"_s);
        auto *addAttribute = child<QPushButton>(&dialog, u"tokenAttributeAddButton"_s);
        setRow(labels, addLabel, u"env"_s, u"prod"_s);
        setRow(labels, addLabel, u"region"_s, u"eu-west"_s);
        setRow(attributes, addAttribute, u"max_past"_s, u"3600"_s);
        setRow(attributes, addAttribute, u"drop_out_of_window"_s, u"true"_s);
        child<QListWidget>(&dialog, u"tokenScopesList"_s)->item(1)->setCheckState(Qt::Checked);

        QString problem;
        auto request = dialog.request(QDateTime::currentDateTime(), &problem);
        QVERIFY2(request, qPrintable(problem));
        QCOMPARE(request->labels.size(), 2);
        QCOMPARE(request->labels.value(u"region"_s), u"eu-west"_s);
        QCOMPARE(request->attributes.value(u"max_past"_s).toInteger(), 3600);
        QCOMPARE(request->attributes.value(u"drop_out_of_window"_s).toBool(), true);
        QCOMPARE(request->scopes, (QStringList{u"metrics:write"_s, u"metrics:read"_s}));

        // A removed row is gone from the request.
        labels->setCurrentCell(1, 0);
        QTest::mouseClick(child<QPushButton>(&dialog, u"tokenLabelRemoveButton"_s), Qt::LeftButton);
        request = dialog.request(QDateTime::currentDateTime(), &problem);
        QVERIFY(request);
        QVERIFY(!request->labels.contains(u"region"_s));

        // A typo in an attribute is refused here, before the server sees it.
        setRow(attributes, addAttribute, u"max_pst"_s, u"10"_s);
        QVERIFY(!dialog.request(QDateTime::currentDateTime(), &problem));
        QVERIFY2(problem.contains(u"max_pst"_s), qPrintable(problem));
        QTest::mouseClick(child<QPushButton>(&dialog, u"createTokenConfirmButton"_s),
                          Qt::LeftButton);
        auto *status = child<InlineStatus>(&dialog, u"createTokenStatus"_s);
        QVERIFY(status->hasError());
        QVERIFY(dialog.isVisible());
        attributes->item(attributes->rowCount() - 1, 0)->setText(QString());
        attributes->item(attributes->rowCount() - 1, 1)->setText(QString());
        QVERIFY(dialog.request(QDateTime::currentDateTime(), &problem));

        setRow(labels, addLabel, u"bad key"_s, u"x"_s);
        QVERIFY(!dialog.request(QDateTime::currentDateTime(), &problem));
        QVERIFY2(problem.contains(u"bad key"_s), qPrintable(problem));
        labels->item(labels->rowCount() - 1, 0)->setText(u"env"_s);
        QVERIFY(!dialog.request(QDateTime::currentDateTime(), &problem));
        QVERIFY2(problem.contains(u"twice"_s), qPrintable(problem));
        labels->item(labels->rowCount() - 1, 0)->setText(u"team"_s);

        for (int i = 0; i < 2; ++i) {
            child<QListWidget>(&dialog, u"tokenScopesList"_s)
                ->item(i)
                ->setCheckState(Qt::Unchecked);
        }
        QVERIFY(!dialog.request(QDateTime::currentDateTime(), &problem));
        QVERIFY2(problem.contains(u"scope"_s), qPrintable(problem));
    }

    void capReachedWhileOpenKeepsInput()
    {
        test::ServerProcess server;
        QVERIFY2(server.start(), qPrintable(server.lastError()));
        QString error;
        auto admin = test::loggedInClient(server, u"admin@example.com"_s, Password, true, &error);
        QVERIFY2(admin, qPrintable(error));
        auto other = test::loggedInClient(server, u"admin@example.com"_s, Password, false, &error);
        QVERIFY2(other, qPrintable(error));
        AWAIT(
            Organization, org,
            admin->createOrganization({u"acme"_s, u"ops@example.com"_s, u"https://example.com/n"_s},
                                      admin.get(), done));
        AWAIT(Token, second,
              admin->createToken(Owner::ofOrganization(u"acme"_s), {u"second"_s, {}, {}, {}, {}},
                                 admin.get(), done));

        CreateTokenDialog dialog(admin.get(), m_context);
        QSignalSpy created(&dialog, &CreateTokenDialog::created);
        dialog.show();
        auto *description = child<QLineEdit>(&dialog, u"tokenDescriptionEdit"_s);
        QTest::keyClicks(description, u"late comer"_s);

        // Someone else takes the last slot meanwhile.
        AWAIT(Token, third,
              other->createToken(Owner::ofOrganization(u"acme"_s), {u"third"_s, {}, {}, {}, {}},
                                 other.get(), done));

        auto *create = child<QPushButton>(&dialog, u"createTokenConfirmButton"_s);
        QTest::mouseClick(create, Qt::LeftButton);
        auto *status = child<InlineStatus>(&dialog, u"createTokenStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->hasError(), 20000);
        QVERIFY(dialog.isVisible());
        QCOMPARE(description->text(), u"late comer"_s);
        QVERIFY(create->isEnabled());
        QCOMPARE(created.count(), 0);
        QVERIFY(!status->text().isEmpty());

        // After a revoke elsewhere, pressing Create again succeeds.
        AWAIT(NoContent, revoked,
              other->deleteToken(Owner::ofOrganization(u"acme"_s), third->id, other.get(), done));
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 20000);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(created.at(0).at(0).value<Token>().description, u"late comer"_s);
    }
};

QTEST_MAIN(TestCreateTokenDialog)
#include "tst_createtokendialog.moc"
