// SPDX-License-Identifier: GPL-3.0-or-later
// The Audit tab against a real keyward-server: the events the server recorded
// for changes made through ApiClient, newest first; paging with `before`
// (scrolling and Load All, with cancel); each filter and the count label;
// CSV/JSON export of the filtered rows, parsed back; the tab disabled for a
// member; and a --cave-compatible server (no audit route) shows a sentence.
#include "apiawait.h"
#include "serverprocess.h"

#include "audit/auditeventmodel.h"
#include "audit/auditfilterproxy.h"
#include "audit/auditpanel.h"
#include "common/inlinestatus.h"
#include "common/permissions.h"
#include "main/nodepage.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Password = u"correct horse battery staple"_s;
const QString Acme = u"acme"_s;

NodeContext contextFor(const QString &org, Role role)
{
    return {org, {}, role, role};
}

/// RFC 4180 records: quoted fields may hold commas, quotes and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

} // namespace

class TestAuditPanel final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    std::unique_ptr<ApiClient> m_carol;
    std::unique_ptr<ApiClient> m_member;
    const QString m_adminEmail = u"admin@example.com"_s;
    const QString m_carolEmail = u"carol@example.com"_s;
    const QString m_memberEmail = u"member@example.com"_s;
    /// Every event of acme as the server lists it, newest first.
    QList<AuditEvent> m_expected;
    /// The whole second in which the events made after the pause begin.
    QDateTime m_secondGroupStart;
    int m_secondGroupSize = 0;

    std::unique_ptr<AuditPanel> makePanel(int pageSize, bool show)
    {
        auto panel = std::make_unique<AuditPanel>(m_admin.get());
        panel->setPageSize(pageSize);
        panel->resize(1000, 420);
        if (show) {
            panel->show();
        }
        panel->setContext(contextFor(Acme, Role::Admin));
        return panel;
    }

    static QString countText(AuditPanel *panel)
    {
        return panel->findChild<QLabel *>(u"auditCountLabel"_s)->text();
    }

    static QStringList ids(const QList<AuditEvent> &events)
    {
        QStringList ids;
        for (const AuditEvent &event : events) {
            ids.append(event.id);
        }
        return ids;
    }

    /// Loads everything with Load All and waits for it.
    bool loadAll(AuditPanel *panel)
    {
        if (!QTest::qWaitFor([&] { return panel->pagesLoaded() > 0; }, 10000)) {
            return false;
        }
        auto *button = panel->findChild<QPushButton *>(u"auditLoadAllButton"_s);
        if (button->isEnabled()) {
            QTest::mouseClick(button, Qt::LeftButton);
        }
        return QTest::qWaitFor(
            [&] {
                return !panel->isLoadingAll() &&
                       panel->eventModel()->rowCount() == int(m_expected.size());
            },
            20000);
    }

    qsizetype expectedCount(const std::function<bool(const AuditEvent &)> &keep) const
    {
        return std::count_if(m_expected.begin(), m_expected.end(), keep);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        m_admin = test::loggedInClient(m_server, m_adminEmail, Password, true, &error);
        QVERIFY2(m_admin, qPrintable(error));
        m_carol = test::loggedInClient(m_server, m_carolEmail, Password, true, &error);
        QVERIFY2(m_carol, qPrintable(error));
        m_member = test::loggedInClient(m_server, m_memberEmail, Password, true, &error);
        QVERIFY2(m_member, qPrintable(error));

        ApiClient *api = m_admin.get();
        AWAIT(Organization, org,
              api->createOrganization({Acme, m_adminEmail, u"https://example.com/hook"_s}, this,
                                      done));
        AWAIT(MemberAddition, member,
              api->addOrganizationMember(Acme, {m_memberEmail, Role::Member}, this, done));
        AWAIT(MemberAddition, carol,
              api->addOrganizationMember(Acme, {m_carolEmail, Role::Viewer}, this, done));
        AWAIT(Team, ops, api->createTeam(Acme, u"ops"_s, this, done));
        AWAIT(Team, web, api->createTeam(Acme, u"web"_s, this, done));
        AWAIT(Token, ci,
              api->createToken(Owner::ofOrganization(Acme), {u"ci, \"nightly\""_s, {}, {}, {}, {}},
                               this, done));
        AWAIT(Membership, promoted,
              api->changeOrganizationMemberRole(Acme, m_carolEmail, Role::Admin, this, done));
        AWAIT(NoContent, deleted,
              api->deleteToken(Owner::ofOrganization(Acme), ci->id, this, done));

        // The time filter needs two groups of events in different seconds.
        const qint64 second = QDateTime::currentMSecsSinceEpoch() / 1000;
        QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentMSecsSinceEpoch() / 1000 > second, 3000);
        m_secondGroupStart = QDateTime::fromSecsSinceEpoch(second + 1, Qt::UTC);
        AWAIT(Team, qa, m_carol->createTeam(Acme, u"qa"_s, this, done)); // team + token
        AWAIT(MemberAddition, opsMember,
              m_carol->addTeamMember(Acme, u"ops"_s, {m_memberEmail, Role::Viewer}, this, done));
        m_secondGroupSize = 3;

        AWAIT(Page<AuditEvent>, all, api->audit(Acme, AuditQuery{{}, 1000}, this, done));
        m_expected = all->items;
        QVERIFY2(m_expected.size() >= 14, qPrintable(QString::number(m_expected.size())));
        QCOMPARE(all->total, std::optional<qint64>(m_expected.size()));
    }

    void adminSeesEventsNewestFirst()
    {
        auto panel = makePanel(AuditPanel::DefaultPageSize, true);
        QTRY_COMPARE_WITH_TIMEOUT(panel->eventModel()->rowCount(), int(m_expected.size()), 10000);
        QCOMPARE(panel->pagesLoaded(), 1);
        QCOMPARE(ids(panel->eventModel()->events()), ids(m_expected));
        QCOMPARE(panel->serverTotal(), qint64(m_expected.size()));

        auto *view = panel->findChild<QTableView *>(u"auditView"_s);
        QAbstractItemModel *model = view->model();
        const auto text = [&](int row, int column) {
            return model->index(row, column).data().toString();
        };
        // Newest: carol added member@ to team ops.
        QCOMPARE(text(0, AuditEventModel::ActorColumn), m_carolEmail);
        QCOMPARE(text(0, AuditEventModel::ActionColumn), u"member.add"_s);
        QCOMPARE(text(0, AuditEventModel::TargetColumn),
                 u"acme/teams/ops/users/"_s + m_memberEmail);
        QCOMPARE(text(1, AuditEventModel::ActionColumn), u"token.create"_s);
        QCOMPARE(text(2, AuditEventModel::ActionColumn), u"team.create"_s);
        QCOMPARE(text(2, AuditEventModel::TargetColumn), u"acme/teams/qa"_s);
        // Oldest: the admin created the organization.
        const int last = model->rowCount() - 1;
        QCOMPARE(text(last, AuditEventModel::ActorColumn), m_adminEmail);
        QCOMPARE(text(last, AuditEventModel::ActionColumn), u"organization.create"_s);
        QCOMPARE(text(last, AuditEventModel::TargetColumn), Acme);
        // The token deletion, before the pause.
        const int deletion = int(m_secondGroupSize);
        QCOMPARE(text(deletion, AuditEventModel::ActionColumn), u"token.delete"_s);
        QVERIFY(text(deletion, AuditEventModel::DetailColumn).contains(u"ci, \"nightly\""_s));
        QVERIFY(model->index(deletion, AuditEventModel::DetailColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(u"deleted"_s));
        const QString timeTip =
            model->index(0, AuditEventModel::TimeColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(timeTip.endsWith(u" UTC"_s), qPrintable(timeTip));
        QVERIFY(text(0, AuditEventModel::TimeColumn).contains(u"just now"_s) ||
                text(0, AuditEventModel::TimeColumn).contains(u"ago"_s));

        const QString n = QLocale().toString(m_expected.size());
        QCOMPARE(countText(panel.get()),
                 u"Showing %1 of %1 loaded events (server has %1)"_s.arg(n));
        QVERIFY(!panel->findChild<QPushButton *>(u"auditLoadAllButton"_s)->isEnabled());
        QVERIFY(!panel->findChild<QLabel *>(u"auditUnavailableLabel"_s)->isVisible());
    }

    void detailsAndCopyAsJson()
    {
        auto panel = makePanel(AuditPanel::DefaultPageSize, true);
        QVERIFY(QTest::qWaitForWindowActive(panel.get()));
        QTRY_COMPARE_WITH_TIMEOUT(panel->eventModel()->rowCount(), int(m_expected.size()), 10000);
        auto *view = panel->findChild<QTableView *>(u"auditView"_s);
        const QModelIndex first = view->model()->index(0, AuditEventModel::ActionColumn);
        view->setFocus();
        view->setCurrentIndex(first);
        view->selectRow(0);

        QApplication::clipboard()->clear();
        QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
        const QJsonDocument copied =
            QJsonDocument::fromJson(QApplication::clipboard()->text().toUtf8());
        QVERIFY2(copied.isObject(), qPrintable(QApplication::clipboard()->text()));
        const auto copiedEvent = auditEventFromJson(copied.object());
        QVERIFY(copiedEvent.hasValue());
        QCOMPARE(*copiedEvent, m_expected.first());

        const QRect rect = view->visualRect(first);
        // A double click is a press, a release and then the double-click event.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, rect.center());
        auto *details = panel->findChild<QDialog *>(u"auditDetailsDialog"_s);
        QVERIFY(details);
        QTRY_VERIFY(details->isVisible());
        auto *text = details->findChild<QPlainTextEdit *>(u"auditDetailsText"_s);
        QVERIFY(text->isReadOnly());
        const auto shownEvent =
            auditEventFromJson(QJsonDocument::fromJson(text->toPlainText().toUtf8()).object());
        QVERIFY(shownEvent.hasValue());
        QCOMPARE(*shownEvent, m_expected.first());
        details->reject();
    }

    void refusedRequestIsAnErrorWithRetry()
    {
        // The member's session on a context that claims admin: the server says 403.
        AuditPanel panel(m_member.get());
        panel.setContext(contextFor(Acme, Role::Admin));
        auto *status = panel.findChild<InlineStatus *>(u"auditStatus"_s);
        QTRY_VERIFY_WITH_TIMEOUT(status->hasError(), 10000);
        QVERIFY(!status->findChild<QPushButton *>(u"auditStatusRetry"_s)->isHidden());
        QVERIFY(panel.findChild<QLabel *>(u"auditUnavailableLabel"_s)->isHidden() ||
                !panel.findChild<QLabel *>(u"auditUnavailableLabel"_s)->isVisibleTo(&panel));
        QCOMPARE(panel.eventModel()->rowCount(), 0);
    }

    void scrollingLoadsOlderPages()
    {
        auto panel = makePanel(5, false);
        QTRY_COMPARE_WITH_TIMEOUT(panel->pagesLoaded(), 1, 10000);
        QCOMPARE(panel->eventModel()->rowCount(), 5);
        QCOMPARE(panel->serverTotal(), qint64(m_expected.size()));
        const QString n = QLocale().toString(m_expected.size());
        QCOMPARE(countText(panel.get()), u"Showing 5 of 5 loaded events (server has %1)"_s.arg(n));
        QVERIFY(panel->findChild<QPushButton *>(u"auditLoadAllButton"_s)->isEnabled());

        // What the view does when its last row scrolls into sight.
        auto *view = panel->findChild<QTableView *>(u"auditView"_s);
        QVERIFY(view->model()->canFetchMore({}));
        view->model()->fetchMore({});
        QTRY_COMPARE_WITH_TIMEOUT(panel->eventModel()->rowCount(), 10, 10000);
        QCOMPARE(panel->pagesLoaded(), 2);
        QCOMPARE(countText(panel.get()),
                 u"Showing 10 of 10 loaded events (server has %1)"_s.arg(n));

        panel->show();
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                view->scrollToBottom();
                return panel->eventModel()->rowCount() == int(m_expected.size());
            }(),
            20000);
        // `before` pages exactly: every event once, in order.
        QCOMPARE(ids(panel->eventModel()->events()), ids(m_expected));
        QCOMPARE(panel->pagesLoaded(), int((m_expected.size() + 4) / 5));
        QVERIFY(!panel->eventModel()->canFetchMore({}));
    }

    void loadAllReachesTheTotal()
    {
        auto panel = makePanel(5, false);
        QTRY_COMPARE_WITH_TIMEOUT(panel->pagesLoaded(), 1, 10000);
        auto *button = panel->findChild<QPushButton *>(u"auditLoadAllButton"_s);
        auto *progress = panel->findChild<QProgressBar *>(u"auditLoadProgress"_s);
        QCOMPARE(button->text(), u"Load All"_s);
        button->click(); // the panel is hidden, so the view does not page by itself
        QVERIFY(panel->isLoadingAll());
        QCOMPARE(button->text(), u"Cancel Loading"_s);
        QVERIFY(!progress->isHidden());
        QTRY_VERIFY_WITH_TIMEOUT(!panel->isLoadingAll(), 20000);
        QCOMPARE(panel->eventModel()->rowCount(), int(m_expected.size()));
        QCOMPARE(ids(panel->eventModel()->events()), ids(m_expected));
        QVERIFY(progress->isHidden());
        QCOMPARE(button->text(), u"Load All"_s);
        QVERIFY(!button->isEnabled());
    }

    void loadAllCanBeCancelled()
    {
        auto panel = makePanel(5, false);
        QTRY_COMPARE_WITH_TIMEOUT(panel->pagesLoaded(), 1, 10000);
        auto *button = panel->findChild<QPushButton *>(u"auditLoadAllButton"_s);
        button->click(); // asks for page 2
        button->click(); // cancel: page 2 still arrives, no page 3
        QVERIFY(!panel->isLoadingAll());
        QTRY_COMPARE_WITH_TIMEOUT(panel->pagesLoaded(), 2, 10000);
        QVERIFY(!panel->eventModel()->isFetching());
        QCOMPARE(panel->eventModel()->rowCount(), 10);
        QVERIFY(button->isEnabled());
        QCOMPARE(button->text(), u"Load All"_s);
    }

    void filtersNarrowTheRows()
    {
        auto panel = makePanel(5, true);
        QVERIFY(loadAll(panel.get()));
        QAbstractItemModel *shown = panel->findChild<QTableView *>(u"auditView"_s)->model();
        const int total = int(m_expected.size());
        const QString n = QLocale().toString(total);
        const auto countIs = [&](qsizetype rows) {
            return u"Showing %1 of %2 loaded events (server has %2)"_s.arg(QLocale().toString(rows),
                                                                           n);
        };

        auto *actor = panel->findChild<QLineEdit *>(u"auditActorFilter"_s);
        QTest::keyClicks(actor, u"CAROL"_s);
        QCOMPARE(shown->rowCount(), 3);
        QCOMPARE(countText(panel.get()), countIs(3));
        for (int row = 0; row < shown->rowCount(); ++row) {
            QCOMPARE(shown->index(row, 0).data(AuditEventModel::ActorRole).toString(),
                     m_carolEmail);
        }
        actor->clear();
        QCOMPARE(shown->rowCount(), total);

        auto *action = panel->findChild<QComboBox *>(u"auditActionFilter"_s);
        QCOMPARE(action->itemText(0), u"Any action"_s);
        QVERIFY(action->findData(u"organization.create"_s) > 0);
        QVERIFY(action->findData(u"member.role"_s) > 0);
        action->setCurrentIndex(action->findData(u"team.create"_s));
        const auto teamCreations =
            expectedCount([](const AuditEvent &e) { return e.action == u"team.create"_s; });
        QCOMPARE(teamCreations, 3);
        QCOMPARE(shown->rowCount(), int(teamCreations));
        QCOMPARE(countText(panel.get()), countIs(teamCreations));
        action->setCurrentIndex(0);
        QCOMPARE(shown->rowCount(), total);

        auto *target = panel->findChild<QLineEdit *>(u"auditTargetFilter"_s);
        QTest::keyClicks(target, u"teams/ops"_s);
        const auto opsEvents =
            expectedCount([](const AuditEvent &e) { return e.target.contains(u"teams/ops"_s); });
        QCOMPARE(opsEvents, 3); // team, its token, its member
        QCOMPARE(shown->rowCount(), int(opsEvents));
        QCOMPARE(countText(panel.get()), countIs(opsEvents));
        // Filters combine.
        QTest::keyClicks(actor, u"admin@"_s);
        QCOMPARE(shown->rowCount(), 2);
        actor->clear();
        target->clear();
        QCOMPARE(shown->rowCount(), total);

        auto *fromAny = panel->findChild<QCheckBox *>(u"auditFromAny"_s);
        auto *from = panel->findChild<QDateTimeEdit *>(u"auditFromEdit"_s);
        auto *toAny = panel->findChild<QCheckBox *>(u"auditToAny"_s);
        auto *to = panel->findChild<QDateTimeEdit *>(u"auditToEdit"_s);
        QVERIFY(!from->isEnabled());
        fromAny->setChecked(false);
        QVERIFY(from->isEnabled());
        QCOMPARE(shown->rowCount(), total); // starts at the oldest loaded event
        from->setDateTime(m_secondGroupStart.toLocalTime());
        QCOMPARE(shown->rowCount(), m_secondGroupSize);
        QCOMPARE(countText(panel.get()), countIs(m_secondGroupSize));
        fromAny->setChecked(true);
        toAny->setChecked(false);
        QCOMPARE(shown->rowCount(), total); // ends at the newest loaded event
        to->setDateTime(m_secondGroupStart.addSecs(-1).toLocalTime());
        QCOMPARE(shown->rowCount(), total - m_secondGroupSize);
        QCOMPARE(shown->index(0, 0).data(AuditEventModel::ActionRole).toString(),
                 u"token.delete"_s);
        toAny->setChecked(true);
        QCOMPARE(shown->rowCount(), total);
    }

    void exportsTheShownRows()
    {
        auto panel = makePanel(AuditPanel::DefaultPageSize, true);
        QVERIFY(loadAll(panel.get()));
        auto *action = panel->findChild<QComboBox *>(u"auditActionFilter"_s);
        action->setCurrentIndex(action->findData(u"token.create"_s));
        QList<AuditEvent> wanted;
        for (const AuditEvent &event : m_expected) {
            if (event.action == u"token.create"_s) {
                wanted.append(event);
            }
        }
        QCOMPARE(wanted.size(), 5); // the default tokens of acme, ops, web and qa; ci
        QCOMPARE(panel->shownEvents(), wanted);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QString error;
        const QString csvPath = dir.filePath(u"audit.csv"_s);
        QVERIFY2(panel->exportCsv(csvPath, &error), qPrintable(error));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QStringList> records = parseCsv(QString::fromUtf8(csvFile.readAll()));
        QCOMPARE(records.size(), wanted.size() + 1);
        QCOMPARE(records.at(0), (QStringList{u"id"_s, u"time"_s, u"actor"_s, u"action"_s,
                                             u"target"_s, u"detail"_s, u"remote"_s}));
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const AuditEvent &e = wanted.at(i);
            QCOMPARE(records.at(i + 1),
                     (QStringList{e.id, e.time.toUTC().toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s),
                                  e.actor, e.action, e.target, e.detail, e.remote}));
        }
        // The ci token's description holds a comma and quotes: quoted, round-trips.
        QVERIFY(std::any_of(records.begin(), records.end(), [](const QStringList &record) {
            return record.value(5).contains(u"ci, \"nightly\""_s);
        }));

        const QString jsonPath = dir.filePath(u"audit.json"_s);
        QVERIFY2(panel->exportJson(jsonPath, &error), qPrintable(error));
        QFile jsonFile(jsonPath);
        QVERIFY(jsonFile.open(QIODevice::ReadOnly));
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(jsonFile.readAll(), &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), wanted.size());
        for (qsizetype i = 0; i < wanted.size(); ++i) {
            const auto parsed = auditEventFromJson(array.at(i).toObject());
            QVERIFY(parsed.hasValue());
            QCOMPARE(*parsed, wanted.at(i));
        }

        // Nothing shown: an empty export, and the buttons say so.
        auto *actor = panel->findChild<QLineEdit *>(u"auditActorFilter"_s);
        QTest::keyClicks(actor, u"nobody-at-all"_s);
        QVERIFY(!panel->findChild<QPushButton *>(u"auditExportCsvButton"_s)->isEnabled());
        QVERIFY(panel->exportJson(jsonPath, &error));
        QFile empty(jsonPath);
        QVERIFY(empty.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(empty.readAll()).array().size(), 0);

        QVERIFY(!panel->exportCsv(dir.filePath(u"missing/dir/audit.csv"_s), &error));
        QVERIFY(!error.isEmpty());
    }

    void memberSeesTheTabDisabled()
    {
        NodePage page(m_member.get(), NodePage::Kind::Organization);
        page.setContext(contextFor(Acme, Role::Member));
        QTabWidget *tabs = page.tabs();
        auto *audit = page.findChild<AuditPanel *>(u"auditPanel"_s);
        QVERIFY(audit);
        QCOMPARE(page.auditPanel(), audit);
        const int index = tabs->indexOf(audit);
        QCOMPARE(index, tabs->indexOf(page.findChild<QWidget *>(u"tokensPanel"_s)) + 1);
        QVERIFY(!tabs->isTabEnabled(index));
        const QString tip = tabs->tabToolTip(index);
        QVERIFY2(tip.contains(u"Administrator"_s) && tip.contains(u"Member"_s), qPrintable(tip));
        QCOMPARE(tip,
                 Permissions::reason(contextFor(Acme, Role::Member), Permission::ManageMembers));

        page.setContext(contextFor(Acme, Role::Admin));
        QVERIFY(tabs->isTabEnabled(index));
        QVERIFY(tabs->tabToolTip(index).isEmpty());

        NodePage teamPage(m_member.get(), NodePage::Kind::Team);
        QVERIFY(!teamPage.auditPanel());
        QVERIFY(!teamPage.findChild<AuditPanel *>());

        // The panel itself asks nothing for a member and says why.
        AuditPanel panel(m_member.get());
        panel.setContext(contextFor(Acme, Role::Member));
        auto *status = panel.findChild<InlineStatus *>(u"auditStatus"_s);
        QVERIFY(!status->isBusy());
        QVERIFY(status->text().contains(u"Administrator"_s));
        QCOMPARE(panel.pagesLoaded(), 0);
        QVERIFY(!panel.findChild<QPushButton *>(u"auditLoadAllButton"_s)->isEnabled());
    }

    void caveServerShowsASentence()
    {
        test::ServerProcess cave;
        QVERIFY2(cave.start({u"--cave-compatible"_s}), qPrintable(cave.lastError()));
        QString error;
        auto api = test::loggedInClient(cave, m_adminEmail, Password, true, &error);
        QVERIFY2(api, qPrintable(error));
        AWAIT(Organization, org,
              api->createOrganization({Acme, m_adminEmail, u"https://example.com/hook"_s}, this,
                                      done));
        AuditPanel panel(api.get());
        panel.resize(800, 400);
        panel.show();
        panel.setContext(contextFor(Acme, Role::Admin));
        auto *sentence = panel.findChild<QLabel *>(u"auditUnavailableLabel"_s);
        QTRY_VERIFY_WITH_TIMEOUT(sentence->isVisible(), 10000);
        QVERIFY(sentence->text().contains(u"This server keeps no audit trail."_s));
        auto *status = panel.findChild<InlineStatus *>(u"auditStatus"_s);
        QVERIFY(!status->hasError());
        QVERIFY(!panel.findChild<QTableView *>(u"auditView"_s)->isVisible());
    }
};

QTEST_MAIN(TestAuditPanel)
#include "tst_auditpanel.moc"
