// SPDX-License-Identifier: GPL-3.0-or-later
// The Rotate button of the tokens panel against a live keyward-server: enabled
// for administrators with a selected token, opens the rotation wizard, and the
// list shows the successor once the wizard finished.
#include "apiawait.h"
#include "serverprocess.h"
#include "widgetlookup.h"

#include "common/nodecontext.h"
#include "rotation/rotationwizard.h"
#include "tokens/tokenspanel.h"

#include "itemmodels/tokenlistmodel.h"

#include <QAbstractButton>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString Password = u"correct horse battery staple"_s;

template <typename T> T *child(QObject *parent, const QString &name)
{
    return parent ? parent->findChild<T *>(name) : nullptr;
}

bool clickNext(QWizard &wizard, QWizard::WizardButton which = QWizard::NextButton)
{
    QAbstractButton *button = wizard.button(which);
    if (!button || !button->isVisible() || !button->isEnabled()) {
        return false;
    }
    QTest::mouseClick(button, Qt::LeftButton);
    return true;
}

} // namespace

class TestTokensPanelRotation final : public QObject
{
    Q_OBJECT

private:
    test::ServerProcess m_server;
    std::unique_ptr<ApiClient> m_admin;
    int m_orgCounter = 0;

    QString createOrganization()
    {
        const QString name = u"panel%1"_s.arg(++m_orgCounter);
        const auto created = test::await<Organization>([&](ApiCallback<Organization> done) {
            m_admin->createOrganization({name, u"ops@example.com"_s, u"https://example.com/n"_s},
                                        m_admin.get(), std::move(done));
        });
        return created ? name : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
        QString error;
        m_admin = test::loggedInClient(m_server, u"admin@example.com"_s, Password, true, &error);
        QVERIFY2(m_admin, qPrintable(error));
    }

    void tokensPanelOpensWizard()
    {
        const QString org = createOrganization();
        QVERIFY(!org.isEmpty());
        TokensPanel panel(m_admin.get());
        panel.setContext(NodeContext{org, {}, Role::Admin, Role::Admin});
        panel.show();
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 1, 20000);
        auto *rotate = child<QPushButton>(&panel, u"rotateTokenButton"_s);
        QVERIFY(rotate);
        QVERIFY(!rotate->accessibleName().isEmpty());
        QVERIFY(!rotate->isEnabled()); // nothing selected yet
        auto *view = child<QTableView>(&panel, u"tokensView"_s);
        view->selectRow(0);
        QTRY_VERIFY(rotate->isEnabled());
        QTest::mouseClick(rotate, Qt::LeftButton);
        auto *wizard = test::visibleTopLevel<RotationWizard>(u"rotationWizard"_s);
        QVERIFY(wizard);
        QTRY_COMPARE_WITH_TIMEOUT(child<QLabel>(wizard, u"rotationSlotsLabel"_s)->text(),
                                  u"1 of 3 token slots used"_s, 20000);
        const QString oldId = panel.model()->token(0).id;
        QTRY_VERIFY_WITH_TIMEOUT(wizard->button(QWizard::NextButton)->isEnabled(), 20000);
        QVERIFY(clickNext(*wizard));
        auto *grace = child<QComboBox>(wizard, u"rotationGraceCombo"_s);
        grace->setCurrentIndex(grace->findData(qint64(3600)));
        QVERIFY(clickNext(*wizard, QWizard::CommitButton));
        QTRY_COMPARE_WITH_TIMEOUT(wizard->currentId(), int(RotationWizard::NewTokenPage), 20000);
        QVERIFY(clickNext(*wizard));
        QVERIFY(clickNext(*wizard, QWizard::FinishButton));
        QTRY_VERIFY(!test::visibleTopLevel<RotationWizard>(u"rotationWizard"_s));
        // The panel lists the successor next to the old token (1 hour of grace).
        QTRY_COMPARE_WITH_TIMEOUT(panel.model()->rowCount(), 2, 20000);
        QVERIFY(panel.model()->rowOf(oldId) >= 0);
        const int successorRow = panel.model()->rowOf(oldId) == 0 ? 1 : 0;
        QVERIFY2(panel.model()->token(successorRow).description.contains(u" (rotated "_s),
                 qPrintable(panel.model()->token(successorRow).description));

        // A member may not rotate.
        panel.setContext(NodeContext{org, {}, Role::Member, Role::Member});
        QVERIFY(!rotate->isEnabled());
        QVERIFY(!rotate->toolTip().isEmpty());
    }
};

QTEST_MAIN(TestTokensPanelRotation)
#include "tst_tokenspanelrotation.moc"
