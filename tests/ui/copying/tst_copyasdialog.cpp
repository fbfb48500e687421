// SPDX-License-Identifier: GPL-3.0-or-later
#include "copying/clipboardguard.h"
#include "copying/copyasdialog.h"
#include "copying/copytemplateeditor.h"
#include "copying/copytemplates.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSyntaxHighlighter>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;

namespace {

const QString tokenValue = u"v'al$ue \"x\""_s;

Token testToken(bool withValue = true)
{
    Token token;
    token.id = u"7"_s;
    token.description = u"CI runners"_s;
    if (withValue) {
        token.value = tokenValue;
    }
    token.format = u"jwt"_s;
    return token;
}

CopyContext testContext()
{
    return CopyContext{QUrl(u"https://keyward.example.com"_s), u"acme"_s, u"runners"_s};
}

template <typename T> T *child(QObject *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (found == nullptr) {
        qWarning() << "missing child" << name;
    }
    return found;
}

/// Clicks the indicator: the middle of a wide check box is outside its hit area.
void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
}

} // namespace

class TestCopyAsDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_settingsDir.isValid());
        QCoreApplication::setOrganizationName(u"KeywardTest"_s);
        QCoreApplication::setApplicationName(u"tst_copyasdialog"_s);
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    }

    void init()
    {
        QSettings().clear();
        QGuiApplication::clipboard()->clear();
        m_guard = std::make_unique<ClipboardGuard>();
    }

    void cleanup()
    {
        m_dialog.reset();
        m_guard.reset();
    }

    void everyWidgetIsNamed()
    {
        makeDialog();
        for (const QString &name :
             {u"copyTemplateList"_s, u"copyPreview"_s, u"copyRevealCheck"_s,
              u"copyTemplateButton"_s, u"manageTemplatesButton"_s, u"copyCloseButton"_s}) {
            auto *w = child<QWidget>(m_dialog.get(), name);
            QVERIFY2(w, qPrintable(name));
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(name));
        }
        auto *list = child<QListWidget>(m_dialog.get(), u"copyTemplateList"_s);
        QCOMPARE(list->count(), CopyTemplates::builtIns().size());
        auto *preview = child<QPlainTextEdit>(m_dialog.get(), u"copyPreview"_s);
        QVERIFY(preview->isReadOnly());
    }

    void previewMaskedUntilRevealed()
    {
        makeDialog();
        auto *preview = child<QPlainTextEdit>(m_dialog.get(), u"copyPreview"_s);
        auto *reveal = child<QCheckBox>(m_dialog.get(), u"copyRevealCheck"_s);
        QVERIFY(m_dialog->selectTemplate(u"builtin.export"_s));
        QVERIFY(!reveal->isChecked());
        QVERIFY(!preview->toPlainText().contains(u"al$ue"_s));
        QCOMPARE(preview->toPlainText(),
                 u"export KEYWARD_TOKEN='"_s + QString(12, QChar(0x2022)) + u"'"_s);
        // KEYWARD_SCREENSHOT_DIR=… ctest -R tst_copyasdialog refreshes the README screenshot.
        if (const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(m_dialog->selectTemplate(u"builtin.kubernetes"_s));
            QVERIFY(m_dialog->grab().save(dir + u"/copy-as-dialog.png"_s));
            QVERIFY(m_dialog->selectTemplate(u"builtin.export"_s));
        }
        QVERIFY(!preview->accessibleDescription().isEmpty());
        // The preview is highlighted (the highlighter lives on the document).
        QVERIFY(preview->document()->findChild<QSyntaxHighlighter *>() != nullptr);

        clickCheckBox(reveal);
        QVERIFY(reveal->isChecked());
        QCOMPARE(preview->toPlainText(), u"export KEYWARD_TOKEN='v'\\''al$ue \"x\"'"_s);

        // Switching the template keeps the choice.
        QVERIFY(m_dialog->selectTemplate(u"builtin.bearer"_s));
        QCOMPARE(preview->toPlainText(), u"Authorization: Bearer "_s + tokenValue);
        clickCheckBox(reveal);
        QVERIFY(!preview->toPlainText().contains(tokenValue));
    }

    void copyPutsRenderedSnippetOnClipboard()
    {
        makeDialog();
        QVERIFY(m_dialog->selectTemplate(u"builtin.curl"_s));
        auto *copy = child<QPushButton>(m_dialog.get(), u"copyTemplateButton"_s);
        QVERIFY(copy->isEnabled());
        QTest::mouseClick(copy, Qt::LeftButton);

        const QString copied = QGuiApplication::clipboard()->text();
        QCOMPARE(copied, m_dialog->renderedText());
        QVERIFY(copied.startsWith(
            u"curl -sS -X POST "
            u"'https://keyward.example.com/organizations/acme/teams/runners/metrics' \\\n"
            "  -H 'Authorization: Bearer v'\\''al$ue \"x\"' \\\n"_s));
        QVERIFY(
            QGuiApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));

        auto *status = child<QLabel>(m_dialog.get(), u"copyStatusMessage"_s);
        QVERIFY(status);
        QCOMPARE(status->text(), u"Copied — the clipboard is cleared in 20 s"_s);
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), u"Copied — the clipboard is cleared in 19 s"_s,
                                  5000);
    }

    void statusWhenClearedAndWhenNever()
    {
        m_guard->setClearDelaySeconds(1);
        makeDialog();
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), u"copyTemplateButton"_s),
                          Qt::LeftButton);
        auto *status = child<QLabel>(m_dialog.get(), u"copyStatusMessage"_s);
        QCOMPARE(status->text(), u"Copied — the clipboard is cleared in 1 s"_s);
        QTRY_COMPARE(status->text(), u"The clipboard was cleared."_s);
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());

        m_guard->setClearDelaySeconds(0);
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), u"copyTemplateButton"_s),
                          Qt::LeftButton);
        QCOMPARE(status->text(), u"Copied — the clipboard is not cleared automatically."_s);
        QCOMPARE(QGuiApplication::clipboard()->text(), tokenValue);
    }

    void withoutValueNothingToCopy()
    {
        makeDialog(false);
        QVERIFY(!child<QPushButton>(m_dialog.get(), u"copyTemplateButton"_s)->isEnabled());
        QVERIFY(!child<QCheckBox>(m_dialog.get(), u"copyRevealCheck"_s)->isEnabled());
        QVERIFY(child<QLabel>(m_dialog.get(), u"copyIntroLabel"_s)
                    ->text()
                    .contains(u"shows values only once"_s));
        QVERIFY(m_dialog->renderedText().isEmpty());
    }

    void userTemplateAddedThroughEditor()
    {
        makeDialog();
        QTest::mouseClick(child<QPushButton>(m_dialog.get(), u"manageTemplatesButton"_s),
                          Qt::LeftButton);
        auto *editor = m_dialog->findChild<CopyTemplateEditor *>();
        QVERIFY(editor);
        QTRY_VERIFY(editor->isVisible());
        auto *save = child<QPushButton>(editor, u"templateEditorSaveButton"_s);
        auto *name = child<QLineEdit>(editor, u"templateNameEdit"_s);
        auto *body = child<QPlainTextEdit>(editor, u"templateBodyEdit"_s);
        auto *problems = child<QLabel>(editor, u"templateProblemsLabel"_s);

        QTest::mouseClick(child<QPushButton>(editor, u"templateAddButton"_s), Qt::LeftButton);
        name->clear();
        QTest::keyClicks(name, u"Runner env"_s);
        body->clear();
        QTest::keyClicks(body, u"RUNNER_TOKEN={tokn}"_s);
        QVERIFY(problems->text().contains(u"{tokn} is not a known placeholder"_s));
        QVERIFY(!save->isEnabled());

        // A built-in's name is refused too.
        name->setText(u"Raw value"_s);
        body->setPlainText(u"RUNNER_TOKEN={token|shell} # {team}"_s);
        QVERIFY(problems->text().contains(u"already called"_s));
        QVERIFY(!save->isEnabled());

        name->setText(u"Runner env"_s);
        QCOMPARE(problems->text(), u"The template is valid."_s);
        QVERIFY(save->isEnabled());
        if (const QString dir = qEnvironmentVariable("KEYWARD_SCREENSHOT_DIR"); !dir.isEmpty()) {
            QVERIFY(editor->grab().save(dir + u"/copy-templates-editor.png"_s));
        }
        QTest::mouseClick(save, Qt::LeftButton);

        auto *list = child<QListWidget>(m_dialog.get(), u"copyTemplateList"_s);
        QCOMPARE(list->count(), CopyTemplates::builtIns().size() + 1);
        QCOMPARE(list->currentItem()->text(), u"Runner env"_s);
        clickCheckBox(child<QCheckBox>(m_dialog.get(), u"copyRevealCheck"_s));
        QCOMPARE(child<QPlainTextEdit>(m_dialog.get(), u"copyPreview"_s)->toPlainText(),
                 u"RUNNER_TOKEN='v'\\''al$ue \"x\"' # 'runners'"_s);

        // Saved to settings, without any rendered value.
        QSettings settings;
        CopyTemplates stored;
        stored.load(settings);
        QCOMPARE(stored.userTemplates().size(), 1);
        QCOMPARE(stored.userTemplates().constFirst().body(),
                 u"RUNNER_TOKEN={token|shell} # {team}"_s);
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("al$ue"));

        // A new dialog offers it too.
        m_dialog.reset();
        makeDialog();
        QCOMPARE(child<QListWidget>(m_dialog.get(), u"copyTemplateList"_s)->count(),
                 CopyTemplates::builtIns().size() + 1);
    }

private:
    void makeDialog(bool withValue = true)
    {
        m_dialog =
            std::make_unique<CopyAsDialog>(testToken(withValue), testContext(), m_guard.get());
        m_dialog->open();
        QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    }

    QTemporaryDir m_settingsDir;
    std::unique_ptr<ClipboardGuard> m_guard;
    std::unique_ptr<CopyAsDialog> m_dialog;
};

QTEST_MAIN(TestCopyAsDialog)
#include "tst_copyasdialog.moc"
