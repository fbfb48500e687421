// SPDX-License-Identifier: GPL-3.0-or-later
#include "usagescan/usagescandialog.h"

#include "usagescan/usagescanner.h"
#include "usagescan/usagescansettings.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Qt::StringLiterals;
using keyward::UsageScanDialog;

namespace {

const QString kSecret = u"kw_live_5f3c9a7e1d2b4c6a8e0f1a3b5c7d9e2f"_s;

bool write(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(content) == content.size();
}

template <typename T> T *child(const QObject &parent, const QString &name)
{
    T *found = parent.findChild<T *>(name);
    if (!found) {
        qFatal("missing child %s", qPrintable(name));
    }
    return found;
}

} // namespace

class TestUsageScanDialog final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString tree() const { return m_dir.filePath(u"tree"_s); }
    QString bigTree() const { return m_dir.filePath(u"big"_s); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"KeywardTests"_s);
        QCoreApplication::setApplicationName(u"tst_usagescandialog"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope,
                           m_dir.filePath(u"settings"_s));
        QSettings().clear();

        const QByteArray s = kSecret.toUtf8();
        QVERIFY(write(tree() + u"/app/.env"_s, "A=1\nKEYWARD_TOKEN="_ba + s + "\n"_ba));
        QVERIFY(
            write(tree() + u"/app/deploy/values.yaml"_s, "auth:\n  token: '"_ba + s + "'\n"_ba));
        QVERIFY(write(tree() + u"/app/readme.txt"_s, "nothing\n"_ba));
        const QByteArray filler = QByteArray(4000, 'b') + "\n"_ba;
        for (int folder = 0; folder < 30; ++folder) {
            for (int file = 0; file < 100; ++file) {
                QVERIFY(write(u"%1/d%2/f%3.txt"_s.arg(bigTree()).arg(folder).arg(file), filler));
            }
        }
    }

    void init() { QSettings().clear(); }

    void everyControlIsNamed()
    {
        UsageScanDialog dialog(u"CI runners"_s, kSecret);
        dialog.open();
        QVERIFY(dialog.isVisible());
        QVERIFY(dialog.isModal());
        const auto named = [](const QWidget *widget) {
            return !widget->objectName().isEmpty() && !widget->accessibleName().isEmpty();
        };
        for (const QAbstractButton *button : dialog.findChildren<QAbstractButton *>()) {
            QVERIFY2(named(button), qPrintable(button->text()));
        }
        for (const QAbstractItemView *view : dialog.findChildren<QAbstractItemView *>()) {
            if (qobject_cast<const QHeaderView *>(view)) {
                continue; // part of the results view
            }
            QVERIFY2(named(view), qPrintable(view->objectName()));
        }
        QVERIFY(named(child<QProgressBar>(dialog, u"usageScanProgress"_s)));
        QVERIFY(child<QLabel>(dialog, u"usageScanIntro"_s)
                    ->text()
                    .contains(u"Before revoking or rotating"_s));
        QVERIFY(child<QLabel>(dialog, u"usageScanToken"_s)->text().contains(u"CI runners"_s));
        // Nothing to search yet.
        QVERIFY(!child<QPushButton>(dialog, u"startUsageScanButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, u"cancelUsageScanButton"_s)->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, u"removeUsageFolderButton"_s)->isEnabled());
    }

    void scanShowsMaskedResults()
    {
        UsageScanDialog dialog(u"CI runners"_s, kSecret);
        dialog.open();
        dialog.addFolder(tree());
        dialog.addFolder(tree() + u"/"_s); // the same folder
        QCOMPARE(dialog.folders(), QStringList{tree()});
        auto *scan = child<QPushButton>(dialog, u"startUsageScanButton"_s);
        auto *cancel = child<QPushButton>(dialog, u"cancelUsageScanButton"_s);
        auto *summary = child<QLabel>(dialog, u"usageScanSummary"_s);
        auto *results = child<QTreeView>(dialog, u"usageResultsView"_s);
        QVERIFY(scan->isEnabled());

        QTest::mouseClick(scan, Qt::LeftButton);
        QVERIFY(!scan->isEnabled());
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY(scan->isEnabled());
        QVERIFY(!cancel->isEnabled());

        QAbstractItemModel *model = results->model();
        QCOMPARE(model->rowCount(), 2);
        QStringList rows;
        for (int row = 0; row < model->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < model->columnCount(); ++column) {
                const QString cell = model->index(row, column).data().toString();
                QVERIFY(!cell.contains(kSecret));
                cells.append(cell);
            }
            rows.append(cells.join(u'|'));
        }
        rows.sort();
        QCOMPARE(rows, (QStringList{
                           tree() + u"/app/.env|2|KEYWARD_TOKEN=kw_l\u2026(masked)"_s,
                           tree() + u"/app/deploy/values.yaml|2|  token: 'kw_l\u2026(masked)'"_s,
                       }));
        QVERIFY2(summary->text().contains(u"Searched 3 file(s)."_s), qPrintable(summary->text()));
        QVERIFY(summary->text().contains(u"2 line(s)"_s));
        QVERIFY(!summary->text().contains(kSecret));
        QCOMPARE(child<QProgressBar>(dialog, u"usageScanProgress"_s)->value(), 1);

        // Copying results copies the masked text, never the token.
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        results->setFocus();
        results->selectAll();
        QTest::keySequence(results, QKeySequence::Copy);
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(u"/app/.env:2: KEYWARD_TOKEN=kw_l\u2026(masked)"_s),
                 qPrintable(u"copied: "_s + copied));
        QVERIFY(!copied.contains(kSecret));

        // A second search replaces the results rather than adding to them.
        QTest::mouseClick(scan, Qt::LeftButton);
        QTRY_VERIFY(scan->isEnabled());
        QCOMPARE(model->rowCount(), 2);
    }

    void cancelStopsTheSearch()
    {
        UsageScanDialog dialog(u"CI runners"_s, kSecret);
        dialog.open();
        dialog.addFolder(bigTree());
        auto *scan = child<QPushButton>(dialog, u"startUsageScanButton"_s);
        auto *cancel = child<QPushButton>(dialog, u"cancelUsageScanButton"_s);
        auto *summary = child<QLabel>(dialog, u"usageScanSummary"_s);
        QTest::mouseClick(scan, Qt::LeftButton);
        QVERIFY(cancel->isEnabled());
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!cancel->isEnabled());
        QTRY_VERIFY(scan->isEnabled());
        QVERIFY2(summary->text().startsWith(u"Search stopped after"_s),
                 qPrintable(summary->text()));
        QVERIFY(!summary->text().contains(u"3000 file(s)"_s));
        QTRY_VERIFY(!dialog.scanner()->hasBusyWorkers());
    }

    void closingDuringASearchStopsIt()
    {
        auto dialog = std::make_unique<UsageScanDialog>(u"CI runners"_s, kSecret);
        dialog->open();
        dialog->addFolder(bigTree());
        QTest::mouseClick(child<QPushButton>(*dialog, u"startUsageScanButton"_s), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(*dialog, u"usageScanCloseButton"_s), Qt::LeftButton);
        QVERIFY(!dialog->isVisible());
        QTRY_VERIFY(!dialog->scanner()->isRunning());
        dialog.reset();
    }

    void foldersAreRemembered()
    {
        const QString other = m_dir.filePath(u"other"_s);
        QVERIFY(QDir().mkpath(other));
        {
            UsageScanDialog dialog(u"CI runners"_s, kSecret);
            dialog.addFolder(tree());
            dialog.addFolder(other);
            dialog.addFolder(bigTree());
            auto *list = child<QListWidget>(dialog, u"usageFolderList"_s);
            auto *remove = child<QPushButton>(dialog, u"removeUsageFolderButton"_s);
            QCOMPARE(list->count(), 3);
            list->item(1)->setSelected(true);
            QVERIFY(remove->isEnabled());
            QTest::mouseClick(remove, Qt::LeftButton);
            QCOMPARE(list->count(), 2);
            // Delete on the list removes too.
            dialog.open();
            QApplication::setActiveWindow(&dialog);
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            dialog.addFolder(other);
            list->clearSelection();
            list->item(2)->setSelected(true);
            list->setFocus();
            QTest::keySequence(list, QKeySequence::Delete);
            QCOMPARE(list->count(), 2);
        }
        UsageScanDialog again(u"Another token"_s, u"another-secret-value"_s);
        QCOMPARE(again.folders(), (QStringList{tree(), bigTree()}));
        QVERIFY(child<QPushButton>(again, u"startUsageScanButton"_s)->isEnabled());

        const QSettings settings;
        QCOMPARE(keyward::settings::usageScan::folders.read(settings),
                 (QStringList{tree(), bigTree()}));
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray stored = file.readAll();
        QVERIFY(stored.contains(QFileInfo(tree()).fileName().toUtf8()));
        QVERIFY(!stored.contains(kSecret.toUtf8()));
        QVERIFY(!stored.contains("another-secret-value"));
    }
};

QTEST_MAIN(TestUsageScanDialog)
#include "tst_usagescandialog.moc"
