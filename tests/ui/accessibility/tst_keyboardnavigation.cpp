// SPDX-License-Identifier: GPL-3.0-or-later
// Everything works from the keyboard: Tab reaches every enabled interactive
// widget of the main dialogs and comes back to where it started (no trap),
// Enter presses the default button, Escape cancels; the main window's
// menus have accelerators and its tree, tabs and tables are in the Tab
// chain.
#include "a11yfixture.h"
#include "widgetwalker.h"

#include "apiawait.h"
#include "common/confirmdialog.h"
#include "main/mainwindow.h"
#include "main/navigationtree.h"
#include "main/nodepage.h"
#include "serverprocess.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QButtonGroup>
#include <QDialog>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTreeView>
#include <QWizard>

using namespace Qt::StringLiterals;

namespace {

struct TabResult
{
    QList<QWidget *> chain;
    bool cycled = false;
    QString trap; ///< the widget Tab could not leave
};

/// Presses Tab until focus comes back to the widget it started on.
TabResult tabThrough(QWidget *window)
{
    TabResult result;
    QWidget *start = QApplication::focusWidget();
    if (start == nullptr) {
        // What the window does itself on its first Tab.
        QTest::keyClick(window, Qt::Key_Tab);
        start = QApplication::focusWidget();
    }
    if (start == nullptr) {
        return result;
    }
    result.chain.append(start);
    const int limit = 4 * int(window->findChildren<QWidget *>().size()) + 8;
    for (int i = 0; i < limit; ++i) {
        QWidget *before = QApplication::focusWidget();
        QTest::keyClick(before, Qt::Key_Tab);
        QWidget *after = QApplication::focusWidget();
        if (after == before) {
            result.trap = test::describe(before);
            return result;
        }
        if (after == start) {
            result.cycled = true;
            return result;
        }
        result.chain.append(after);
    }
    return result;
}

/// The widget that stands for \p widget in the Tab chain: a compound's
/// focus proxy, or the view of an item view's viewport.
bool reached(QWidget *widget, const QList<QWidget *> &chain)
{
    for (QWidget *w : chain) {
        for (QWidget *x = w; x != nullptr; x = x->parentWidget()) {
            if (x == widget || x->focusProxy() == widget || widget->focusProxy() == x) {
                return true;
            }
        }
    }
    // An exclusive group of radio buttons is one Tab stop; arrows move inside.
    if (auto *radio = qobject_cast<QRadioButton *>(widget); radio && radio->autoExclusive()) {
        for (QWidget *w : chain) {
            auto *other = qobject_cast<QRadioButton *>(w);
            if (other && other->parentWidget() == radio->parentWidget()) {
                return true;
            }
        }
    }
    return false;
}

QStringList unreached(QWidget *window, const TabResult &result)
{
    QStringList missing;
    for (QWidget *widget : test::interactiveWidgets(window)) {
        if (!widget->isVisible() || !widget->isEnabled()) {
            continue;
        }
        if (!reached(widget, result.chain)) {
            missing.append(test::describe(widget));
        }
    }
    return missing;
}

std::unique_ptr<QWidget> build(test::A11yFixture &fixture, const QString &name)
{
    const auto subjects = test::allSubjects();
    for (const test::Subject &subject : subjects) {
        if (subject.name == name) {
            return subject.make(fixture);
        }
    }
    return nullptr;
}

bool showAndFocus(QWidget *window)
{
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window)) {
        return false;
    }
    QCoreApplication::processEvents();
    return true;
}

} // namespace

class TestKeyboardNavigation final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tabReachesEverythingAndCycles_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto *name :
             {"LoginDialog", "ProfileManagerDialog", "CreateTokenDialog", "AddMemberDialog",
              "CopyAsDialog", "RotationWizard", "PreferencesDialog", "ConfirmDialog",
              "ExpiryReviewWindow", "NameDialog", "NewTokenDialog", "InspectorDialog"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void tabReachesEverythingAndCycles()
    {
        QFETCH(QString, name);
        test::A11yFixture fixture;
        std::unique_ptr<QWidget> window = build(fixture, name);
        QVERIFY(window);
        QVERIFY(showAndFocus(window.get()));
        const TabResult result = tabThrough(window.get());
        QVERIFY2(result.trap.isEmpty(), qPrintable(u"Tab is trapped in "_s + result.trap));
        QStringList chainNames;
        for (QWidget *w : result.chain) {
            chainNames.append(test::describe(w));
        }
        QVERIFY2(result.cycled, qPrintable(u"Tab did not come back to the first widget: "_s +
                                           chainNames.join(u", "_s)));
        const QStringList missing = unreached(window.get(), result);
        QVERIFY2(missing.isEmpty(),
                 qPrintable(u"not reachable with Tab: "_s + missing.join(u", "_s)));
    }

    void wizardPagesAreReachable()
    {
        test::A11yFixture fixture;
        std::unique_ptr<QWidget> widget = build(fixture, u"RotationWizard"_s);
        auto *wizard = qobject_cast<QWizard *>(widget.get());
        QVERIFY(wizard);
        QVERIFY(showAndFocus(wizard));
        // The page shown first is walked by tabReachesEverythingAndCycles;
        // here every page's own widgets must at least take Tab focus.
        const auto ids = wizard->pageIds();
        for (const int id : ids) {
            for (QWidget *w : test::interactiveWidgets(wizard->page(id))) {
                QVERIFY2((w->focusPolicy() & Qt::TabFocus) != 0 || w->focusProxy() != nullptr ||
                             qobject_cast<QRadioButton *>(w) != nullptr,
                         qPrintable(test::describe(w)));
            }
        }
    }

    void escapeCancels_data()
    {
        QTest::addColumn<QString>("name");
        for (const auto *name : {"LoginDialog", "ProfileManagerDialog", "CreateTokenDialog",
                                 "AddMemberDialog", "CopyAsDialog", "RotationWizard",
                                 "PreferencesDialog", "ConfirmDialog", "NameDialog"}) {
            QTest::newRow(name) << QString::fromLatin1(name);
        }
    }

    void escapeCancels()
    {
        QFETCH(QString, name);
        test::A11yFixture fixture;
        std::unique_ptr<QWidget> widget = build(fixture, name);
        auto *dialog = qobject_cast<QDialog *>(widget.get());
        QVERIFY(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose, false);
        QVERIFY(showAndFocus(dialog));
        QSignalSpy rejected(dialog, &QDialog::rejected);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTRY_COMPARE(rejected.size(), 1);
        QVERIFY(!dialog->isVisible());
    }

    void enterPressesDefaultButton()
    {
        // Type-to-confirm: the safe choice is the default, so Enter cancels
        // even once the name is typed; the confirm button is one Tab away
        // and Space presses it.
        test::A11yFixture fixture;
        {
            keyward::ConfirmDialog dialog(keyward::ConfirmDialog::Options{
                u"Delete team"_s, u"It goes."_s, u"Delete team"_s, u"runners"_s});
            auto *confirm = dialog.findChild<QPushButton *>(u"confirmButton"_s);
            auto *cancel = dialog.findChild<QPushButton *>(u"confirmCancelButton"_s);
            QVERIFY(confirm && cancel);
            QVERIFY(cancel->isDefault());
            QSignalSpy confirmed(confirm, &QPushButton::clicked);
            QSignalSpy rejected(&dialog, &QDialog::rejected);
            QVERIFY(showAndFocus(&dialog));
            auto *nameEdit = dialog.findChild<QLineEdit *>(u"confirmNameEdit"_s);
            QVERIFY(nameEdit);
            QCOMPARE(QApplication::focusWidget(), nameEdit); // typing starts at once
            QVERIFY(!confirm->isEnabled());
            QTest::keyClicks(nameEdit, u"runners"_s);
            QVERIFY(confirm->isEnabled());
            QTest::keyClick(nameEdit, Qt::Key_Return);
            QCOMPARE(confirmed.size(), 0);
            QCOMPARE(rejected.size(), 1);
        }
        {
            keyward::ConfirmDialog dialog(keyward::ConfirmDialog::Options{
                u"Delete team"_s, u"It goes."_s, u"Delete team"_s, u"runners"_s});
            auto *confirm = dialog.findChild<QPushButton *>(u"confirmButton"_s);
            QSignalSpy confirmed(confirm, &QPushButton::clicked);
            QVERIFY(showAndFocus(&dialog));
            QTest::keyClicks(QApplication::focusWidget(), u"runners"_s);
            for (int i = 0; i < 5 && QApplication::focusWidget() != confirm; ++i) {
                QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            }
            QCOMPARE(QApplication::focusWidget(), confirm);
            QTest::keyClick(confirm, Qt::Key_Space);
            QCOMPARE(confirmed.size(), 1);
        }

        // Plain dialogs: the default button is the one Enter presses.
        for (const auto *name : {"LoginDialog", "CreateTokenDialog", "AddMemberDialog",
                                 "PreferencesDialog", "NameDialog"}) {
            std::unique_ptr<QWidget> widget = build(fixture, QString::fromLatin1(name));
            widget->setAttribute(Qt::WA_DeleteOnClose, false);
            QVERIFY(showAndFocus(widget.get()));
            QPushButton *defaultButton = nullptr;
            const auto buttons = widget->findChildren<QPushButton *>();
            for (QPushButton *button : buttons) {
                if (button->isDefault() && button->isVisible()) {
                    defaultButton = button;
                }
            }
            QVERIFY2(defaultButton, name);
            if (!defaultButton->isEnabled()) {
                continue; // nothing filled in yet: Enter must not act
            }
            QSignalSpy pressed(defaultButton, &QPushButton::clicked);
            auto *edit = widget->findChild<QLineEdit *>();
            QTest::keyClick(edit && edit->isVisible() ? static_cast<QWidget *>(edit)
                                                      : QApplication::focusWidget(),
                            Qt::Key_Return);
            QVERIFY2(pressed.size() == 1, name);
        }
    }

    void mainWindowByKeyboard()
    {
        keyward::test::ServerProcess server;
        QVERIFY2(server.start({u"--demo"_s}), qPrintable(server.lastError()));
        std::unique_ptr<keyward::ApiClient> api = keyward::test::loggedInClient(
            server, u"demo@keyward.example"_s, u"keyward-demo"_s, false);
        QVERIFY(api);
        keyward::CredentialStore credentials(u"keyward-a11y-keyboard-test"_s);
        keyward::SessionManager session(api.get(), &credentials);
        keyward::MainWindow window(api.get(), &session);
        keyward::ConnectionProfile profile;
        profile.name = u"Demo"_s;
        profile.serverUrl = QUrl(server.baseUrl());
        profile.environment = keyward::Environment::Staging;
        window.resize(1100, 700);
        QVERIFY(showAndFocus(&window));
        window.startSession(profile, u"demo@keyward.example"_s);
        window.navigation()->selectNode(u"acme"_s, {});
        QVERIFY(QTest::qWaitFor(
            [&] {
                const keyward::NodePage *page = window.currentPage();
                return page && page->isVisible() && page->context().organization == u"acme"_s;
            },
            20000));

        // Every menu and every item in it has an accelerator, unique per menu.
        QStringList problems;
        const auto checkMenu = [&problems](const QList<QAction *> &actions, const QString &where) {
            QSet<QChar> used;
            for (QAction *action : actions) {
                if (action->isSeparator() || !action->isVisible()) {
                    continue;
                }
                const QString text = action->text();
                const qsizetype amp = text.indexOf(u'&');
                if (amp < 0 || amp + 1 >= text.size()) {
                    problems.append(where + u": \""_s + text + u"\" has no accelerator"_s);
                    continue;
                }
                const QChar key = text.at(amp + 1).toLower();
                if (used.contains(key)) {
                    problems.append(where + u": \""_s + text + u"\" repeats &"_s + key);
                }
                used.insert(key);
            }
        };
        const auto menus = window.menuBar()->actions();
        checkMenu(menus, u"menu bar"_s);
        for (QAction *menuAction : menus) {
            if (menuAction->menu()) {
                checkMenu(menuAction->menu()->actions(), menuAction->text());
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        // On every tab of the page: the navigation tree, the tab bar and
        // every enabled widget of the tab are Tab stops, and Tab cycles;
        // some tab has a table among them.
        auto *sections = window.currentPage()->findChild<QTabWidget *>(u"organizationTabs"_s);
        QVERIFY(sections);
        bool table = false;
        for (int i = 0; i < sections->count(); ++i) {
            sections->setCurrentIndex(i);
            QCoreApplication::processEvents();
            window.navigation()->view()->setFocus(Qt::OtherFocusReason);
            const TabResult result = tabThrough(&window);
            QStringList chainNames;
            for (QWidget *w : result.chain) {
                chainNames.append(test::describe(w));
            }
            const QString tab = sections->tabText(i);
            QVERIFY2(result.trap.isEmpty(),
                     qPrintable(tab + u": Tab is trapped in "_s + result.trap));
            QVERIFY2(result.cycled,
                     qPrintable(tab + u": Tab did not come back: "_s + chainNames.join(u", "_s)));
            bool tree = false;
            bool tabs = false;
            for (QWidget *w : result.chain) {
                tree = tree || w == window.navigation()->view();
                tabs = tabs || qobject_cast<QTabBar *>(w) != nullptr;
                table = table || (qobject_cast<QAbstractItemView *>(w) != nullptr &&
                                  w != window.navigation()->view());
            }
            const QStringList missing = unreached(&window, result);
            QVERIFY2(missing.isEmpty(),
                     qPrintable(tab + u": not reachable with Tab: "_s + missing.join(u", "_s)));
            QVERIFY2(tree && tabs, qPrintable(tab + u": "_s + chainNames.join(u", "_s)));
        }
        QVERIFY(table);

        // Ctrl+Tab moves between the page's tabs from inside a tab.
        auto *tabWidget = window.currentPage()->findChild<QTabWidget *>(u"organizationTabs"_s);
        QVERIFY(tabWidget);
        const int before = tabWidget->currentIndex();
        tabWidget->currentWidget()->setFocus(Qt::TabFocusReason);
        QWidget *inside = tabWidget->currentWidget()->focusWidget();
        QTest::keyClick(inside ? inside : tabWidget->currentWidget(), Qt::Key_Tab,
                        Qt::ControlModifier);
        QCOMPARE(tabWidget->currentIndex(), (before + 1) % tabWidget->count());
    }
};

QTEST_MAIN(TestKeyboardNavigation)
#include "tst_keyboardnavigation.moc"
