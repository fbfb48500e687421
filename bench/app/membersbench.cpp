// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-bench-members: the real members panel on an organization of 10,000
// members, paged from a live server (limit/offset, X-Total-Count) through the
// model's fetchMore as the view scrolls. Reports the first page's time and
// how many requests it takes to scroll to the end.
//
//   keyward-bench-members --server URL --email E --password P --organization ORG
#include "benchsupport.h"
#include "itemmodels/memberlistmodel.h"
#include "members/memberspanel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QTableView>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::bench;

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(u"server"_s, u"server URL"_s, u"URL"_s);
    const QCommandLineOption email(u"email"_s, u"login"_s, u"EMAIL"_s);
    const QCommandLineOption password(u"password"_s, u"password"_s, u"PASSWORD"_s);
    const QCommandLineOption organization(u"organization"_s, u"organization"_s, u"ORG"_s);
    parser.addOptions({server, email, password, organization});
    parser.process(app);
    const auto api = loggedIn(parser.value(server), parser.value(email), parser.value(password));
    if (!api)
        return 1;

    MembersPanel panel(api.get());
    panel.resize(900, 700);
    auto *view = panel.findChild<QTableView *>();
    auto *proxy = view ? qobject_cast<QAbstractProxyModel *>(view->model()) : nullptr;
    auto *model = proxy ? qobject_cast<MemberListModel *>(proxy->sourceModel()) : nullptr;
    if (!model) {
        note(u"the members panel has no MemberListModel behind a proxy"_s);
        return 1;
    }
    PaintCounter paints(view->viewport());
    panel.show();
    waitForPaint(paints, 0);

    int requests = 0;
    QObject::connect(model, &MemberListModel::moreRequested, &panel, [&requests] { ++requests; });
    NodeContext context;
    context.organization = parser.value(organization);
    context.role = Role::Admin;
    context.organizationRole = Role::Admin;
    QElapsedTimer timer;
    const int before = paints.count();
    timer.start();
    panel.setContext(context);
    ++requests; // the first page
    if (!spinUntil([model] { return model->rowCount() > 0; })) {
        note(u"the first page never arrived"_s);
        return 1;
    }
    waitForPaint(paints, before);
    const double firstPageMs = msSince(timer);
    const int total = model->totalCount();
    const int pageSize = model->rowCount();
    note(u"first page: %1 of %2 members in %3 ms"_s.arg(pageSize).arg(total).arg(
        number(firstPageMs)));
    report(u"Members: first page of %1 (%2 rows) shown"_s.arg(total).arg(pageSize),
           number(firstPageMs, 0), u"ms"_s, u"-"_s, u"-"_s, u"info"_s);

    // Scrolling to the bottom is what asks for the next page (fetchMore).
    timer.restart();
    const bool complete = spinUntil(
        [&] {
            view->scrollToBottom();
            return model->rowCount() >= total && !model->canFetchMore({});
        },
        300000);
    const double scrollMs = msSince(timer);
    note(u"scrolled to member %1 of %2 with %3 requests in %4 ms"_s.arg(model->rowCount())
             .arg(total)
             .arg(requests)
             .arg(number(scrollMs)));
    report(u"Members: requests to scroll through %1 members (fetchMore, limit/offset)"_s.arg(total),
           QString::number(requests), u"requests"_s, u"paged, not one big list"_s,
           u"%1 rows a page; to the end in %2 ms"_s.arg(pageSize).arg(number(scrollMs, 0)),
           verdict(complete && requests > 1 && requests == (total + pageSize - 1) / pageSize));
    return complete ? 0 : 1;
}
