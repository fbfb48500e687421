// SPDX-License-Identifier: GPL-3.0-or-later
// Every interactive widget of every dialog and page of ui/ has a name a
// screen reader can announce (QAccessibleInterface::text(Name): the
// accessible name, a button's text or a label buddy). One row per dialog or
// page, built for real and shown offscreen; a miss is listed as
// "Class › objectName/ClassName: no accessible name".
#include "a11yfixture.h"
#include "widgetwalker.h"

#include "rotation/rotationwizard.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QTest>
#include <QToolButton>
#include <QWizardPage>

using namespace Qt::StringLiterals;

class TestAccessibleNames final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void walkerCatchesUnnamedWidgets()
    {
        QDialog dialog;
        dialog.setObjectName(u"plantedDialog"_s);
        auto *layout = new QHBoxLayout(&dialog);
        auto *iconOnly = new QToolButton(&dialog);
        iconOnly->setObjectName(u"plantedToolButton"_s);
        iconOnly->setIcon(dialog.style()->standardIcon(QStyle::SP_TrashIcon));
        layout->addWidget(iconOnly);
        auto *search = new QLineEdit(&dialog);
        search->setObjectName(u"plantedSearch"_s);
        layout->addWidget(search);
        auto *named = new QPushButton(u"Delete"_s, &dialog);
        layout->addWidget(named);
        auto *combo = new QComboBox(&dialog);
        combo->setObjectName(u"plantedCombo"_s);
        combo->addItem(u"Production"_s); // its item is not its name
        layout->addWidget(combo);
        auto *hidden = new QToolButton(&dialog);
        hidden->setObjectName(u"plantedHidden"_s);
        layout->addWidget(hidden);
        hidden->hide();
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));

        const QStringList misses = test::unnamedWidgets(&dialog, u"Planted"_s);
        QCOMPARE(misses,
                 QStringList({u"Planted \u203a plantedToolButton/QToolButton: no accessible name"_s,
                              u"Planted \u203a plantedSearch/QLineEdit: no accessible name"_s,
                              u"Planted \u203a plantedCombo/QComboBox: no accessible name"_s}));

        // Naming it is what fixes it.
        iconOnly->setAccessibleName(u"Delete selection"_s);
        search->setPlaceholderText(u"Filter"_s); // a placeholder is not a name
        QCOMPARE(test::unnamedWidgets(&dialog, u"Planted"_s).size(), 2);
        search->setAccessibleName(u"Filter"_s);
        auto *label = new QLabel(u"&Environment:"_s, &dialog);
        label->setBuddy(combo); // a buddy label names it
        layout->addWidget(label);
        QVERIFY(test::unnamedWidgets(&dialog, u"Planted"_s).isEmpty());
    }

    void everyInteractiveWidgetIsNamed_data()
    {
        QTest::addColumn<int>("index");
        const QList<test::Subject> subjects = test::allSubjects();
        for (int i = 0; i < subjects.size(); ++i) {
            QTest::newRow(qPrintable(subjects.at(i).name)) << i;
        }
    }

    void everyInteractiveWidgetIsNamed()
    {
        QFETCH(int, index);
        const test::Subject subject = test::allSubjects().at(index);
        test::A11yFixture fixture;
        std::unique_ptr<QWidget> widget = subject.make(fixture);
        widget->resize(widget->sizeHint().expandedTo(QSize(900, 600)));
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        // Failed requests (nothing listens) bring up their error states.
        QCoreApplication::processEvents();

        QStringList misses = test::unnamedWidgets(widget.get(), subject.name);
        int walked = test::interactiveWidgets(widget.get()).size();
        // Wizard pages other than the current one are hidden by the wizard:
        // each is walked on its own.
        if (auto *wizard = qobject_cast<QWizard *>(widget.get())) {
            const auto ids = wizard->pageIds();
            for (const int id : ids) {
                QWizardPage *page = wizard->page(id);
                const QString label = subject.name + u" \u203a "_s +
                                      QString::fromLatin1(page->metaObject()->className());
                misses += test::unnamedWidgets(page, label);
                walked += test::interactiveWidgets(page).size();
            }
            misses.removeDuplicates();
        }
        qInfo("%s: %d interactive widgets", qPrintable(subject.name), walked);
        QVERIFY2(walked > 0 || subject.name == u"EnvironmentBadge"_s,
                 "nothing interactive found: the walker or the construction is wrong");
        QVERIFY2(misses.isEmpty(), qPrintable(u"\n"_s + misses.join(u'\n')));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
