// SPDX-License-Identifier: GPL-3.0-or-later
#include "itemmodels/tokenlistmodel.h"

#include <QAbstractItemModelTester>
#include <QCryptographicHash>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::Token;
using keyward::TokenListModel;
using Status = keyward::TokenListModel::Status;

namespace {

const QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(12, 0), Qt::UTC);
const QString secretValue = u"eyJhbGciOiJFZERTQSJ9.c2VjcmV0LXBheWxvYWQ.c2lnbmF0dXJlLWZha2U"_s;

Token makeToken(const QString &id, std::optional<QDateTime> expires,
                std::optional<QString> value = std::nullopt)
{
    Token token;
    token.id = id;
    token.description = u"token %1"_s.arg(id);
    token.value = std::move(value);
    token.created = now.addSecs(-3 * 3600);
    token.expires = std::move(expires);
    token.scopes = {u"metrics:write"_s, u"metrics:read"_s};
    return token;
}

/// expired, expires soon, later, never.
QList<Token> fourTokens()
{
    Token expired = makeToken(u"1"_s, now.addSecs(-3 * 3600), secretValue);
    expired.created = now.addDays(-30);
    expired.lastUsed = now.addSecs(-2 * 60);
    return {expired, makeToken(u"2"_s, now.addDays(6)), makeToken(u"3"_s, now.addDays(30)),
            makeToken(u"4"_s, std::nullopt)};
}

void useFixedNow(TokenListModel &model)
{
    model.setClock([] { return now; });
}

QString text(const TokenListModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.index(row, column).data(role).toString();
}

} // namespace

class TestTokenListModel final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bulkResetAndSignals()
    {
        TokenListModel model;
        useFixedNow(model);
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removals(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.setTokens(fourTokens());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(inserts.count(), 0);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(TokenListModel::ColumnCount));

        QVERIFY(model.removeToken(u"2"_s));
        QCOMPARE(removals.count(), 1);
        QCOMPARE(removals.at(0).at(1).toInt(), 1);
        QVERIFY(!model.removeToken(u"2"_s));
        QCOMPARE(removals.count(), 1);

        model.addToken(makeToken(u"5"_s, now.addDays(90), u"new-value"_s));
        QCOMPARE(inserts.count(), 1);
        QCOMPARE(inserts.at(0).at(1).toInt(), 3);
        QCOMPARE(model.rowOf(u"5"_s), 3);

        Token renamed = model.token(0);
        renamed.description = u"renamed"_s;
        QVERIFY(model.updateToken(renamed));
        QCOMPARE(changes.count(), 1);
        QCOMPARE(text(model, 0, TokenListModel::DescriptionColumn), u"renamed"_s);
        QVERIFY(!model.updateToken(makeToken(u"nope"_s, std::nullopt)));
        QCOMPARE(changes.count(), 1);

        model.refreshTimes();
        QCOMPARE(changes.count(), 2);
        QCOMPARE(changes.at(1).at(0).value<QModelIndex>().column(),
                 int(TokenListModel::CreatedColumn));
        QCOMPARE(changes.at(1).at(1).value<QModelIndex>().row(), 3);

        model.clear();
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void displayTextsAtFixedNow()
    {
        TokenListModel model;
        useFixedNow(model);
        model.setTokens(fourTokens());

        // expired
        QCOMPARE(text(model, 0, TokenListModel::DescriptionColumn), u"token 1"_s);
        QCOMPARE(text(model, 0, TokenListModel::IdColumn), u"1"_s);
        QCOMPARE(text(model, 0, TokenListModel::CreatedColumn), u"30 days ago"_s);
        QCOMPARE(text(model, 0, TokenListModel::ExpiresColumn), u"3 hours ago"_s);
        QCOMPARE(text(model, 0, TokenListModel::ScopesColumn), u"metrics:write, metrics:read"_s);
        QCOMPARE(text(model, 0, TokenListModel::LastUsedColumn), u"2 minutes ago"_s);
        QCOMPARE(text(model, 0, TokenListModel::StatusColumn), u"Expired"_s);
        // expires soon
        QCOMPARE(text(model, 1, TokenListModel::CreatedColumn), u"3 hours ago"_s);
        QCOMPARE(text(model, 1, TokenListModel::ExpiresColumn), u"in 6 days"_s);
        QCOMPARE(text(model, 1, TokenListModel::LastUsedColumn), u"never used"_s);
        QCOMPARE(text(model, 1, TokenListModel::StatusColumn), u"Expires soon"_s);
        // later
        QCOMPARE(text(model, 2, TokenListModel::ExpiresColumn), u"in 30 days"_s);
        QCOMPARE(text(model, 2, TokenListModel::StatusColumn), u"Active"_s);
        // never
        QCOMPARE(text(model, 3, TokenListModel::ExpiresColumn), u"never"_s);
        QCOMPARE(text(model, 3, TokenListModel::StatusColumn), u"Never expires"_s);

        // Status as data and icon name, whatever the column: never colour alone.
        const QList<Status> statuses{Status::Expired, Status::ExpiresSoon, Status::Active,
                                     Status::NeverExpires};
        const QStringList icons{u"dialog-error"_s, u"dialog-warning"_s, u"security-high"_s,
                                u"security-medium"_s};
        for (int row = 0; row < 4; ++row) {
            const QModelIndex index = model.index(row, TokenListModel::DescriptionColumn);
            QCOMPARE(index.data(TokenListModel::StatusRole).toInt(), int(statuses.at(row)));
            QCOMPARE(index.data(TokenListModel::StatusIconNameRole).toString(), icons.at(row));
            QCOMPARE(model.index(row, TokenListModel::StatusColumn)
                         .data(TokenListModel::RawDataRole)
                         .toInt(),
                     int(statuses.at(row)));
        }

        // Raw data for sorting proxies: real times, null for "never".
        QCOMPARE(model.index(1, TokenListModel::ExpiresColumn)
                     .data(TokenListModel::RawDataRole)
                     .toDateTime(),
                 now.addDays(6));
        QVERIFY(!model.index(3, TokenListModel::ExpiresColumn)
                     .data(TokenListModel::RawDataRole)
                     .isValid());
        QCOMPARE(model.index(0, TokenListModel::ScopesColumn)
                     .data(TokenListModel::RawDataRole)
                     .toStringList(),
                 (QStringList{u"metrics:write"_s, u"metrics:read"_s}));
        QCOMPARE(model.headerData(TokenListModel::LastUsedColumn, Qt::Horizontal).toString(),
                 u"Last used"_s);
    }

    void toolTipsCarryAbsoluteTimes()
    {
        TokenListModel model;
        useFixedNow(model);
        model.setTokens(fourTokens());
        const QString expiredTip = text(model, 0, TokenListModel::ExpiresColumn, Qt::ToolTipRole);
        QVERIFY2(expiredTip.startsWith(u"Expired 3 hours ago ("_s), qPrintable(expiredTip));
        QVERIFY2(expiredTip.contains(
                     QLocale().toString(now.addSecs(-3 * 3600).toLocalTime(), QLocale::LongFormat)),
                 qPrintable(expiredTip));
        const QString soonTip = text(model, 1, TokenListModel::ExpiresColumn, Qt::ToolTipRole);
        QVERIFY2(soonTip.startsWith(u"Expires in 6 days ("_s), qPrintable(soonTip));
        QCOMPARE(text(model, 3, TokenListModel::ExpiresColumn, Qt::ToolTipRole),
                 u"This token never expires."_s);
        QVERIFY(
            text(model, 1, TokenListModel::StatusColumn, Qt::ToolTipRole).contains(u"in 6 days"_s));
    }

    void boundariesOfExpiresSoon()
    {
        Token token = makeToken(u"x"_s, now);
        QCOMPARE(TokenListModel::status(token, now), Status::Expired);
        token.expires = now.addSecs(1);
        QCOMPARE(TokenListModel::status(token, now), Status::ExpiresSoon);
        token.expires = now.addDays(TokenListModel::soonDays);
        QCOMPARE(TokenListModel::status(token, now), Status::ExpiresSoon);
        token.expires = now.addDays(TokenListModel::soonDays).addSecs(1);
        QCOMPARE(TokenListModel::status(token, now), Status::Active);
        token.expires.reset();
        QCOMPARE(TokenListModel::status(token, now), Status::NeverExpires);
    }

    void clockDrivesStatus()
    {
        TokenListModel model;
        QDateTime clock = now;
        model.setClock([&clock] { return clock; });
        model.setTokens({makeToken(u"1"_s, now.addDays(10))});
        QCOMPARE(text(model, 0, TokenListModel::StatusColumn), u"Active"_s);
        clock = now.addDays(4);
        model.refreshTimes();
        QCOMPARE(text(model, 0, TokenListModel::StatusColumn), u"Expires soon"_s);
        clock = now.addDays(11);
        QCOMPARE(text(model, 0, TokenListModel::StatusColumn), u"Expired"_s);
    }

    void fingerprintOfKnownValues()
    {
        TokenListModel model;
        useFixedNow(model);
        model.setTokens(fourTokens());
        const QString expected =
            u"sha256:"_s + QString::fromLatin1(QCryptographicHash::hash(secretValue.toUtf8(),
                                                                        QCryptographicHash::Sha256)
                                                   .toHex()
                                                   .left(8));
        QCOMPARE(TokenListModel::fingerprint(secretValue), expected);
        QCOMPARE(text(model, 0, TokenListModel::FingerprintColumn), expected);
        QCOMPARE(model.index(0, TokenListModel::FingerprintColumn)
                     .data(TokenListModel::RawDataRole)
                     .toString(),
                 expected);
        // Stable: the same value gives the same fingerprint, another value another.
        QCOMPARE(TokenListModel::fingerprint(secretValue), expected);
        QVERIFY(TokenListModel::fingerprint(secretValue + u"x"_s) != expected);
        // A known vector: SHA-256("abc") = ba7816bf…
        QCOMPARE(TokenListModel::fingerprint(u"abc"_s), u"sha256:ba7816bf"_s);
        // Unknown value: a dash, never an empty cell that looks like a glitch.
        QCOMPARE(text(model, 1, TokenListModel::FingerprintColumn), u"—"_s);
        QVERIFY(!model.index(1, 0).data(TokenListModel::HasValueRole).toBool());
        QVERIFY(model.index(0, 0).data(TokenListModel::HasValueRole).toBool());
    }

    void valueOnlyThroughValueRole()
    {
        TokenListModel model;
        useFixedNow(model);
        Token withValue = makeToken(u"1"_s, now.addDays(1), secretValue);
        // Even with the value in no other field, check every column and role
        // that becomes text on screen.
        model.setTokens({withValue});
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(0, column);
            for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::StatusTipRole),
                             int(Qt::WhatsThisRole), int(Qt::AccessibleTextRole),
                             int(Qt::AccessibleDescriptionRole), int(Qt::EditRole),
                             int(TokenListModel::RawDataRole)}) {
                const QString shown = index.data(role).toString();
                QVERIFY2(!shown.contains(secretValue),
                         qPrintable(u"column %1 role %2"_s.arg(column).arg(role)));
                QVERIFY2(!shown.contains(secretValue.left(16)),
                         qPrintable(
                             u"column %1 role %2 shows part of the value"_s.arg(column).arg(role)));
            }
            QCOMPARE(index.data(TokenListModel::ValueRole).toString(), secretValue);
        }
        model.setTokens({makeToken(u"2"_s, std::nullopt)});
        QVERIFY(!model.index(0, 0).data(TokenListModel::ValueRole).isValid());
    }

    void capacityAndSlotsText()
    {
        TokenListModel model;
        useFixedNow(model);
        QCOMPARE(model.capacity(), 3);
        QCOMPARE(model.slotsText(), u"0 of 3 tokens"_s);
        model.setTokens({makeToken(u"1"_s, std::nullopt), makeToken(u"2"_s, std::nullopt)});
        QCOMPARE(model.slotsText(), u"2 of 3 tokens"_s);
        QVERIFY(!model.isFull());
        model.addToken(makeToken(u"3"_s, std::nullopt));
        QVERIFY(model.isFull());
        QCOMPARE(model.slotsText(), u"3 of 3 tokens"_s);
    }

    void hundredThousandRows()
    {
        constexpr int count = 100'000;
        QList<Token> tokens;
        tokens.reserve(count);
        for (int i = 0; i < count; ++i) {
            Token token = makeToken(QString::number(i), now.addSecs(qint64(i) * 60));
            if (i % 10 == 0) {
                token.value = u"value-%1"_s.arg(i);
            }
            tokens.append(std::move(token));
        }
        TokenListModel model;
        useFixedNow(model);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        model.setTokens(tokens);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), count);
        QCOMPARE(text(model, count - 1, TokenListModel::IdColumn), QString::number(count - 1));
        QCOMPARE(text(model, count - 10, TokenListModel::FingerprintColumn),
                 TokenListModel::fingerprint(u"value-%1"_s.arg(count - 10)));
        QCOMPARE(text(model, 0, TokenListModel::StatusColumn), u"Expired"_s);
        model.setTokens(tokens);
        QCOMPARE(resets.count(), 2);
        QCOMPARE(model.rowCount(), count);
    }
};

QTEST_GUILESS_MAIN(TestTokenListModel)
#include "tst_tokenlistmodel.moc"
