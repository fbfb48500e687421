// SPDX-License-Identifier: GPL-3.0-or-later
// The expiry review page, fed with records (no server): filters, search,
// count, rotate, exports parsed back, selection, policies and progress.
#include "expiry/expiryfilterproxy.h"
#include "expiry/expirylistmodel.h"
#include "expiry/expirypage.h"
#include "expiry/expirystatusdelegate.h"
#include "expiry/rotationpolicies.h"
#include "expiry/rotationpolicydialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QDateTime start = QDateTime::fromString(u"2026-11-22T12:00:00Z"_s, Qt::ISODate);
const QUuid prodId = QUuid::fromString(u"{11111111-1111-4111-8111-111111111111}"_s);
const QUuid stagingId = QUuid::fromString(u"{22222222-2222-4222-8222-222222222222}"_s);

ExpiryRecord record(const QString &id, const QString &description, std::optional<QDateTime> expires,
                    const QString &org = u"acme"_s, const QString &team = QString())
{
    ExpiryRecord r;
    r.profileId = prodId;
    r.profileName = u"Acme prod"_s;
    r.serverUrl = QUrl(u"https://keyward.acme.example"_s);
    r.token.id = id;
    r.token.description = description;
    r.token.created = start.addDays(-100);
    r.token.expires = std::move(expires);
    r.token.org = org;
    r.token.team = team;
    return r;
}

/// RFC 4180 reader, enough for what ExpiryExport writes.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(cell);
            cell.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(cell);
            cell.clear();
            rows.append(row);
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    return rows;
}

} // namespace

class TestExpiryPage final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<RotationPolicies> m_policies;
    std::unique_ptr<ExpiryPage> m_page;
    QList<ExpiryRecord> m_records;

    template <typename T> T *child(const QString &name)
    {
        T *widget = m_page->findChild<T *>(name);
        if (!widget) {
            qWarning("missing child %s", qPrintable(name));
        }
        return widget;
    }

    QString countText() { return child<QLabel>(u"expiryCountLabel"_s)->text(); }

    QTableView *table() { return child<QTableView>(u"expiryTable"_s); }

    void chooseFilter(ExpiryFilterProxy::Filter filter)
    {
        auto *combo = child<QComboBox>(u"expiryFilterCombo"_s);
        combo->setCurrentIndex(combo->findData(int(filter)));
    }

    QStringList visibleIds()
    {
        QStringList ids;
        QAbstractItemModel *model = table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            ids.append(model->index(row, 0)
                           .data(ExpiryListModel::RecordKeyRole)
                           .toString()
                           .section(u'/', -1));
        }
        return ids;
    }

    void clickRow(int row)
    {
        const QModelIndex index = table()->model()->index(row, ExpiryListModel::DescriptionColumn);
        table()->scrollTo(index);
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {},
                          table()->visualRect(index).center());
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction()))),
            QSettings::IniFormat);
        m_policies = std::make_unique<RotationPolicies>(m_settings.get());
        QVERIFY(m_policies->setDefaultDays(stagingId, 30));
        m_page = std::make_unique<ExpiryPage>(m_policies.get());
        m_page->resize(1000, 700);
        m_page->model()->setClock([] { return start; });

        ExpiryRecord rotation =
            record(u"rot"_s, u"Staging publisher"_s, std::nullopt, u"initech"_s);
        rotation.profileId = stagingId;
        rotation.profileName = u"Staging"_s;
        rotation.environment = Environment::Staging;
        rotation.token.created = start.addDays(-28); // policy: due in 2 days
        ExpiryRecord soon =
            record(u"soon"_s, u"Release, \"main\""_s, start.addDays(3), u"acme"_s, u"runners"_s);
        soon.token.lastUsed = start.addDays(-1);
        m_records = {
            record(u"later"_s, u"Nightly backup"_s, start.addDays(120)),
            record(u"never"_s, u"Legacy CI"_s, std::nullopt, u"globex"_s),
            soon,
            record(u"expired"_s, u"=cmd old deploy"_s, start.addDays(-5)),
            record(u"month"_s, u"Docs"_s, start.addDays(20)),
            rotation,
        };
        m_page->setRecords(m_records);
    }

    void cleanup()
    {
        m_page.reset();
        m_policies.reset();
        m_settings.reset();
    }

    void sortedByUrgencyWithCount()
    {
        QCOMPARE(visibleIds(), (QStringList{u"expired"_s, u"soon"_s, u"rot"_s, u"month"_s,
                                            u"later"_s, u"never"_s}));
        QCOMPARE(countText(), u"6 of 6 tokens"_s);
        QCOMPARE(table()->verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
        QVERIFY(table()->isSortingEnabled());
        QCOMPARE(table()->horizontalHeader()->sortIndicatorSection(),
                 int(ExpiryListModel::StatusColumn));
    }

    void statusHasIconAndText()
    {
        for (int i = int(ExpiryState::Expired); i <= int(ExpiryState::NeverExpires); ++i) {
            QVERIFY(!ExpiryStatusDelegate::icon(ExpiryState(i)).isNull());
        }
        QVERIFY(qobject_cast<ExpiryStatusDelegate *>(
            table()->itemDelegateForColumn(ExpiryListModel::StatusColumn)));
        m_page->show();
        QVERIFY(!m_page->grab().isNull()); // paints every visible status cell
    }

    void hundredThousandRows()
    {
        QList<ExpiryRecord> many;
        many.reserve(100000);
        for (int i = 0; i < 100000; ++i) {
            many.append(record(QString::number(i), u"Token %1"_s.arg(i),
                               start.addSecs(qint64(i % 2000 - 100) * 3600),
                               u"org%1"_s.arg(i % 50)));
        }
        m_page->setRecords(many);
        QCOMPARE(countText(), u"100000 of 100000 tokens"_s);
        QTest::keyClicks(child<QLineEdit>(u"expirySearchEdit"_s), u"org7"_s);
        QCOMPARE(countText(), u"2000 of 100000 tokens"_s);
        chooseFilter(ExpiryFilterProxy::Filter::Expired);
        QCOMPARE(countText(), u"100 of 100000 tokens"_s);
        QVERIFY(m_page->selectKey(many.at(99999).key()));
        QCOMPARE(m_page->selectedKey(), many.at(99999).key());
    }

    void policyTokenShowsDue()
    {
        const std::optional<int> row = m_page->model()->rowOfKey(m_records.last().key());
        QVERIFY(row);
        const QString status =
            m_page->model()->index(*row, ExpiryListModel::StatusColumn).data().toString();
        QVERIFY2(status.contains(u"due"_s), qPrintable(status));
        QCOMPARE(m_page->model()->state(*row), ExpiryState::RotationDueWithin7Days);
    }

    void filterAndSearchChangeRowsAndCount()
    {
        auto *spin = child<QSpinBox>(u"expiryUnusedDaysSpin"_s);
        QVERIFY(!spin->isEnabled());

        chooseFilter(ExpiryFilterProxy::Filter::Within7Days);
        // An expiry before an equally urgent rotation: the server enforces one, not the other.
        QCOMPARE(visibleIds(), (QStringList{u"soon"_s, u"rot"_s}));
        QCOMPARE(countText(), u"2 of 6 tokens"_s);

        auto *search = child<QLineEdit>(u"expirySearchEdit"_s);
        QTest::keyClicks(search, u"RUNNERS"_s);
        QCOMPARE(visibleIds(), QStringList{u"soon"_s});
        QCOMPARE(countText(), u"1 of 6 tokens"_s);

        search->clear();
        chooseFilter(ExpiryFilterProxy::Filter::All);
        QTest::keyClicks(search, u"staging"_s); // the environment and the profile name
        QCOMPARE(visibleIds(), QStringList{u"rot"_s});
        search->clear();
        QCOMPARE(countText(), u"6 of 6 tokens"_s);

        chooseFilter(ExpiryFilterProxy::Filter::UnusedForDays);
        QVERIFY(spin->isEnabled());
        QCOMPARE(m_page->proxy()->rowCount(), 5); // all but "soon", used yesterday
        spin->setValue(0);
        QCOMPARE(m_page->proxy()->rowCount(), 6);

        chooseFilter(ExpiryFilterProxy::Filter::NeverExpires);
        QVERIFY(!spin->isEnabled());
        QCOMPARE(visibleIds(), (QStringList{u"rot"_s, u"never"_s}));
        chooseFilter(ExpiryFilterProxy::Filter::Expired);
        QCOMPARE(visibleIds(), QStringList{u"expired"_s});
    }

    void ctrlFFocusesSearch()
    {
        m_page->show();
        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        table()->setFocus();
        QTRY_VERIFY(table()->hasFocus());
        QTest::keySequence(m_page.get(), QKeySequence::Find);
        QTRY_VERIFY(child<QLineEdit>(u"expirySearchEdit"_s)->hasFocus());
    }

    void rotateNeedsSelection()
    {
        auto *rotate = child<QPushButton>(u"expiryRotateButton"_s);
        QVERIFY(!rotate->isEnabled());
        QVERIFY(!rotate->toolTip().isEmpty());
        QSignalSpy rotateSpy(m_page.get(), &ExpiryPage::rotateRequested);
        QSignalSpy selected(m_page.get(), &ExpiryPage::selectedKeyChanged);

        m_page->show();
        clickRow(1); // "soon"
        QVERIFY(rotate->isEnabled());
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), m_records.at(2).key());
        QTest::mouseClick(rotate, Qt::LeftButton);
        QCOMPARE(rotateSpy.count(), 1);
        QCOMPARE(rotateSpy.at(0).at(0).value<ExpiryRecord>(), m_records.at(2));

        // Filtering the selected row away disables Rotate again.
        QTest::keyClicks(child<QLineEdit>(u"expirySearchEdit"_s), u"nothing matches"_s);
        QVERIFY(!rotate->isEnabled());
        QCOMPARE(selected.count(), 2);
        QVERIFY(selected.at(1).at(0).toString().isEmpty());
    }

    void doubleClickOpens()
    {
        QSignalSpy open(m_page.get(), &ExpiryPage::openRequested);
        QSignalSpy rotate(m_page.get(), &ExpiryPage::rotateRequested);
        m_page->show();
        const QModelIndex index = table()->model()->index(0, ExpiryListModel::DescriptionColumn);
        const QPoint at = table()->visualRect(index).center();
        QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(table()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(open.count(), 1);
        QCOMPARE(open.at(0).at(0).value<ExpiryRecord>().token.id, u"expired"_s);
        QCOMPARE(rotate.count(), 0);

        QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
        table()->setFocus();
        QTest::keyClick(table(), Qt::Key_Down);
        QTest::keyClick(table(), Qt::Key_Return);
        QCOMPARE(open.count(), 2);
        QCOMPARE(open.at(1).at(0).value<ExpiryRecord>().token.id, u"soon"_s);
    }

    void refreshAndProgress()
    {
        QSignalSpy refresh(m_page.get(), &ExpiryPage::refreshRequested);
        QSignalSpy cancel(m_page.get(), &ExpiryPage::cancelRequested);
        m_page->show();
        QTest::mouseClick(child<QPushButton>(u"expiryRefreshButton"_s), Qt::LeftButton);
        QCOMPARE(refresh.count(), 1);

        auto *progress = child<QWidget>(u"expiryProgress"_s);
        QVERIFY(!progress->isVisible());
        m_page->showProgress(3, 12, u"Walking acme"_s);
        QVERIFY(progress->isVisible());
        QCOMPARE(child<QProgressBar>(u"expiryProgressBar"_s)->value(), 3);
        QCOMPARE(child<QProgressBar>(u"expiryProgressBar"_s)->maximum(), 12);
        QCOMPARE(child<QLabel>(u"expiryProgressLabel"_s)->text(), u"Walking acme"_s);
        QTest::mouseClick(child<QPushButton>(u"expiryCancelButton"_s), Qt::LeftButton);
        QCOMPARE(cancel.count(), 1);
        m_page->hideProgress();
        QVERIFY(!progress->isVisible());
    }

    void profileStatus()
    {
        m_page->show();
        m_page->setProfileStatus(stagingId, u"Staging"_s,
                                 u"not signed in — open the profile to include it"_s, true);
        auto *area = child<QWidget>(u"expiryProfileStatusArea"_s);
        QVERIFY(area->isVisible());
        auto *text = child<QLabel>(u"expiryProfileStatusText"_s);
        QCOMPARE(text->text(), u"Staging: not signed in — open the profile to include it"_s);
        m_page->setProfileStatus(stagingId, u"Staging"_s, u"3 organizations skipped"_s, false);
        QCOMPARE(text->text(), u"Staging: 3 organizations skipped"_s);
        QCOMPARE(m_page->findChildren<QLabel *>(u"expiryProfileStatusText"_s).size(), 1);
        m_page->setProfileStatus(stagingId, u"Staging"_s, QString(), false);
        QVERIFY(!area->isVisible());
    }

    void selectKeySelectsAndReveals()
    {
        const QString key = m_records.at(1).key(); // "never"
        QSignalSpy selected(m_page.get(), &ExpiryPage::selectedKeyChanged);
        chooseFilter(ExpiryFilterProxy::Filter::Expired); // hides it
        QVERIFY(m_page->selectKey(key));
        QCOMPARE(m_page->selectedKey(), key);
        QCOMPARE(table()->currentIndex().data(ExpiryListModel::RecordKeyRole).toString(), key);
        QCOMPARE(selected.count(), 1);
        QCOMPARE(selected.at(0).at(0).toString(), key);
        QCOMPARE(m_page->proxy()->filter(), ExpiryFilterProxy::Filter::All);
        QVERIFY(!m_page->selectKey(u"no/such/key"_s));

        // A reload keeps the selection.
        m_page->setRecords(m_records);
        QCOMPARE(m_page->selectedKey(), key);
    }

    void exportCsvOfVisibleRows()
    {
        chooseFilter(ExpiryFilterProxy::Filter::Within30Days);
        const QString path = m_dir.filePath(u"out.csv"_s);
        QString error;
        QVERIFY2(m_page->exportCsv(path, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(file.readAll()));
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows.at(0).at(4), u"token_id"_s);
        QCOMPARE(rows.at(1).at(4), u"soon"_s);
        QCOMPARE(rows.at(1).at(3), u"runners"_s);
        QCOMPARE(rows.at(1).at(5), u"Release, \"main\""_s);
        QCOMPARE(rows.at(1).at(7), start.addDays(3).toString(Qt::ISODate));
        QCOMPARE(rows.at(1).at(9), u"Expires within 7 days"_s);
        QCOMPARE(rows.at(2).at(4), u"rot"_s);
        QCOMPARE(rows.at(2).at(0), u"Staging"_s);
        QCOMPARE(rows.at(2).at(9), u"Rotation due within 7 days"_s);
        QCOMPARE(rows.at(3).at(4), u"month"_s);

        QVERIFY(!m_page->exportCsv(m_dir.filePath(u"missing/dir/out.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void exportCalendarOfVisibleRows()
    {
        const QString path = m_dir.filePath(u"out.ics"_s);
        QString error;
        QVERIFY2(m_page->exportCalendar(path, 3, &error), qPrintable(error));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ics = file.readAll().replace("\r\n ", "");
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\n"));
        // Four tokens expire; the two without an expiry have no event.
        QCOMPARE(ics.count("BEGIN:VEVENT"), 4);
        QCOMPARE(ics.count("TRIGGER:-P3D"), 4);
        QVERIFY(ics.contains("DTSTART:" +
                             start.addDays(3).toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1()));
        QVERIFY(ics.contains("DTSTAMP:20261122T120000Z"));
        file.close();

        QTest::keyClicks(child<QLineEdit>(u"expirySearchEdit"_s), u"docs"_s);
        QVERIFY(m_page->exportCalendar(path, 0, &error));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray one = file.readAll();
        QCOMPARE(one.count("BEGIN:VEVENT"), 1);
        QVERIFY(!one.contains("VALARM"));
    }

    void policyDialogChangesStates()
    {
        m_page->show();
        const std::optional<int> row = m_page->model()->rowOfKey(m_records.last().key());
        QVERIFY(m_page->selectKey(m_records.last().key()));
        QTest::mouseClick(child<QPushButton>(u"expiryPoliciesButton"_s), Qt::LeftButton);
        auto *dialog = m_page->findChild<RotationPolicyDialog *>(u"rotationPolicyDialog"_s);
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QCOMPARE(dialog->profileId(), stagingId);
        auto *check = dialog->findChild<QCheckBox *>(u"rotationPolicyDefaultCheck"_s);
        QVERIFY(check->isChecked());
        QCOMPARE(dialog->findChild<QSpinBox *>(u"rotationPolicyDefaultDays"_s)->value(), 30);

        // An override for the token's organization: due in 100 - 28 = 72 days.
        auto *org = dialog->findChild<QComboBox *>(u"rotationPolicyOrganizationCombo"_s);
        QCOMPARE(org->findText(u"initech"_s), 0);
        org->setCurrentIndex(0);
        dialog->findChild<QSpinBox *>(u"rotationPolicyOrganizationDays"_s)->setValue(100);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"rotationPolicyAddButton"_s),
                          Qt::LeftButton);
        check->setChecked(false);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"rotationPolicySaveButton"_s),
                          Qt::LeftButton);
        QTRY_VERIFY(!dialog->isVisible());

        QVERIFY(!m_policies->defaultDays(stagingId));
        QCOMPARE(m_policies->daysFor(stagingId, u"initech"_s), std::optional<int>(100));
        QCOMPARE(m_page->model()->state(*row), ExpiryState::RotationDueLater);
        QCOMPARE(m_page->selectedKey(), m_records.last().key());
    }
};

QTEST_MAIN(TestExpiryPage)
#include "tst_expirypage.moc"
