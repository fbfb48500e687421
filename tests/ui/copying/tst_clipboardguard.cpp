// SPDX-License-Identifier: GPL-3.0-or-later
#include "copying/clipboardguard.h"
#include "copying/copyingsettingkeys.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

QClipboard *board()
{
    return QGuiApplication::clipboard();
}

/// Lets the event loop run for \p ms: used only to show that nothing happens
/// (no clearing) once a countdown would have ended.
bool runEventLoopFor(int ms)
{
    QTimer timer;
    timer.setSingleShot(true);
    QSignalSpy fired(&timer, &QTimer::timeout);
    timer.start(ms);
    return fired.wait(ms + 5000);
}

QList<int> countdownValues(const QSignalSpy &spy)
{
    QList<int> values;
    for (const QList<QVariant> &args : spy) {
        values.append(args.at(0).toInt());
    }
    return values;
}

} // namespace

class TestClipboardGuard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init() { board()->clear(); }

    void defaults()
    {
        ClipboardGuard guard;
        QCOMPARE(guard.clearDelaySeconds(), 20);
        QCOMPARE(guard.secondsLeft(), 0);
        guard.setClearDelaySeconds(-3);
        QCOMPARE(guard.clearDelaySeconds(), 0);
    }

    void delayFromSettings()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        ClipboardGuard guard;
        guard.setClearDelaySeconds(5);
        guard.applySettings(settings);
        QCOMPARE(guard.clearDelaySeconds(), 20);
        settings::clipboardClearSeconds.write(settings, 0);
        guard.applySettings(settings);
        QCOMPARE(guard.clearDelaySeconds(), 0);
        settings::clipboardClearSeconds.write(settings, 45);
        guard.applySettings(settings);
        QCOMPARE(guard.clearDelaySeconds(), 45);
    }

    void clearedAfterDelayWhenUnchanged()
    {
        ClipboardGuard guard;
        guard.setClearDelaySeconds(1);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(u"s3cret 'value'"_s);
        QCOMPARE(board()->text(), u"s3cret 'value'"_s);
        QVERIFY(guard.holdsSecret());
        QCOMPARE(guard.secondsLeft(), 1);
        QTRY_COMPARE(cleared.count(), 1);
        QVERIFY(board()->text().isEmpty());
        QVERIFY(!guard.holdsSecret());
    }

    void countdownSignals()
    {
        ClipboardGuard guard;
        guard.setClearDelaySeconds(3);
        QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(u"abc"_s);
        QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 10000);
        QCOMPARE(countdownValues(countdown), (QList<int>{3, 2, 1, 0}));
    }

    void keptWhenUserCopiedSomethingElse()
    {
        ClipboardGuard guard;
        guard.setClearDelaySeconds(1);
        QSignalSpy countdown(&guard, &ClipboardGuard::countdownChanged);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(u"secret"_s);
        board()->setText(u"the user's own text"_s);
        // The countdown stops at once: nothing of ours is left.
        QTRY_COMPARE(guard.secondsLeft(), 0);
        QCOMPARE(countdown.constLast().at(0).toInt(), 0);
        QVERIFY(runEventLoopFor(1500));
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(board()->text(), u"the user's own text"_s);
    }

    void keptWhenChangedBehindOurBack()
    {
        // Even if no change notification arrives, the clear compares the text.
        ClipboardGuard guard;
        guard.setClearDelaySeconds(1);
        QSignalSpy cleared(&guard, &ClipboardGuard::cleared);
        guard.copySecret(u"secret"_s);
        {
            const QSignalBlocker blocker(board());
            board()->setText(u"other"_s);
        }
        QTRY_COMPARE(guard.secondsLeft(), 0);
        QCOMPARE(cleared.count(), 0);
        QCOMPARE(board()->text(), u"other"_s);
    }

    void zeroMeansNever()
    {
        auto guard = std::make_unique<ClipboardGuard>();
        guard->setClearDelaySeconds(0);
        QSignalSpy countdown(guard.get(), &ClipboardGuard::countdownChanged);
        QSignalSpy cleared(guard.get(), &ClipboardGuard::cleared);
        guard->copySecret(u"forever"_s);
        QCOMPARE(guard->secondsLeft(), 0);
        QVERIFY(runEventLoopFor(1500));
        QCOMPARE(countdown.count(), 0);
        QCOMPARE(cleared.count(), 0);
        guard.reset();
        QCOMPARE(board()->text(), u"forever"_s);
    }

    void destructionClearsOnlyOurs()
    {
        {
            ClipboardGuard guard;
            guard.copySecret(u"mine"_s);
            QCOMPARE(board()->text(), u"mine"_s);
        }
        QVERIFY(board()->text().isEmpty());
        {
            ClipboardGuard guard;
            guard.copySecret(u"mine"_s);
            board()->setText(u"yours"_s);
        }
        QCOMPARE(board()->text(), u"yours"_s);
    }

    void copyAgainRestartsCountdown()
    {
        ClipboardGuard guard;
        guard.setClearDelaySeconds(5);
        guard.copySecret(u"one"_s);
        QTRY_COMPARE(guard.secondsLeft(), 4);
        guard.copySecret(u"two"_s);
        QCOMPARE(guard.secondsLeft(), 5);
        QCOMPARE(board()->text(), u"two"_s);
    }

    void mimeDataMarksSecret()
    {
        ClipboardGuard guard;
        guard.copySecret(u"hidden"_s);
        const QMimeData *mime = board()->mimeData();
        QVERIFY(mime);
        QCOMPARE(mime->text(), u"hidden"_s);
        QVERIFY(mime->hasFormat(u"text/plain"_s));
        QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), "secret"_ba);
        QVERIFY(mime->hasFormat(u"ExcludeClipboardContentFromMonitorProcessing"_s));
        QCOMPARE(mime->data(u"CanIncludeInClipboardHistory"_s), QByteArray(4, '\0'));
        QCOMPARE(mime->data(u"CanUploadToCloudClipboard"_s), QByteArray(4, '\0'));
        QVERIFY(mime->hasFormat(u"org.nspasteboard.ConcealedType"_s));
    }

    void selectionNeverWritten()
    {
        if (board()->supportsSelection()) {
            board()->setText(u"selected"_s, QClipboard::Selection);
        }
        const QString before = board()->text(QClipboard::Selection);
        ClipboardGuard guard;
        guard.copySecret(u"not for the selection"_s);
        QCOMPARE(board()->text(QClipboard::Selection), before);
        QVERIFY(!board()->text(QClipboard::Selection).contains(u"not for the selection"_s));
    }
};

QTEST_MAIN(TestClipboardGuard)
#include "tst_clipboardguard.moc"
