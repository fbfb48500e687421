// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileManagerDialog driven by typing and clicking, over a ProfileStore
// whose settings live in a throwaway file.
#include "common/confirmdialog.h"
#include "profiles/profilelistmodel.h"
#include "profiles/profilemanagerdialog.h"
#include "settings/profilestore.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QColorDialog>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using keyward::ConfirmDialog;
using keyward::ConnectionProfile;
using keyward::Environment;
using keyward::ProfileError;
using keyward::ProfileListModel;
using keyward::ProfileManagerDialog;
using keyward::ProfileStore;

namespace {

const QString fingerprintA = u"aa"_s.repeated(32);
const QString fingerprintB = u"0123456789abcdef"_s.repeated(4);

template <typename T> T *child(QWidget *parent, const QString &name)
{
    T *widget = parent->findChild<T *>(name);
    if (!widget) {
        qFatal("no widget named %s", qPrintable(name));
    }
    return widget;
}

ConfirmDialog *openConfirmDialog(QWidget *parent)
{
    const auto dialogs = parent->findChildren<ConfirmDialog *>();
    for (ConfirmDialog *dialog : dialogs) {
        if (dialog->isVisible()) {
            return dialog;
        }
    }
    return nullptr;
}

ConnectionProfile makeProfile(const QString &name, const QString &url)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.serverUrl = QUrl(url);
    profile.environment = Environment::Staging;
    return profile;
}

} // namespace

class TestProfileManagerDialog final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<ProfileManagerDialog> m_dialog;

    QString settingsPath() const { return m_dir->filePath(u"keyward.ini"_s); }

    ProfileManagerDialog *openDialog()
    {
        m_dialog = std::make_unique<ProfileManagerDialog>(m_store.get());
        m_dialog->show();
        if (!QTest::qWaitForWindowExposed(m_dialog.get())) {
            qFatal("dialog not exposed");
        }
        return m_dialog.get();
    }

    QUuid addStored(ConnectionProfile profile)
    {
        const auto added = m_store->add(std::move(profile));
        if (!added) {
            qFatal("could not add: %s", qPrintable(added.error().message));
        }
        return added.value().id;
    }

    QListView *list() { return child<QListView>(m_dialog.get(), u"profileList"_s); }
    QPushButton *button(const QString &name) { return child<QPushButton>(m_dialog.get(), name); }
    QLineEdit *edit(const QString &name) { return child<QLineEdit>(m_dialog.get(), name); }
    QLabel *statusMessage() { return child<QLabel>(m_dialog.get(), u"profileStatusMessage"_s); }
    QWidget *status() { return child<QWidget>(m_dialog.get(), u"profileStatus"_s); }

    void clickRow(const QUuid &id)
    {
        auto *model = qobject_cast<ProfileListModel *>(list()->model());
        const QRect rect = list()->visualRect(model->indexOfId(id));
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, rect.center());
    }

    void typeInto(const QString &name, const QString &text)
    {
        QLineEdit *target = edit(name);
        target->selectAll();
        QTest::keyClick(target, Qt::Key_Delete);
        QTest::keyClicks(target, text);
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings = std::make_unique<QSettings>(settingsPath(), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
        QVERIFY(m_store->load());
    }

    void cleanup()
    {
        m_dialog.reset();
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void addProfileByTypingAndSaving()
    {
        openDialog();
        // An empty store opens on a new profile, ready to type.
        QVERIFY(m_dialog->currentProfileId().isNull());
        QVERIFY(!button(u"saveProfileButton"_s)->isEnabled());

        QTest::keyClicks(edit(u"profileNameEdit"_s), u"Production EU"_s);
        QTest::keyClicks(edit(u"profileUrlEdit"_s), u"https://keyward.example.com"_s);
        QTest::keyClicks(edit(u"profileEmailEdit"_s), u"admin@example.com"_s);
        auto *environment = child<QComboBox>(m_dialog.get(), u"profileEnvironmentCombo"_s);
        environment->setCurrentIndex(environment->findData(static_cast<int>(Environment::Staging)));
        QVERIFY(button(u"saveProfileButton"_s)->isEnabled());
        QTest::mouseClick(button(u"saveProfileButton"_s), Qt::LeftButton);

        QCOMPARE(m_store->profiles().size(), 1);
        const auto stored = m_store->findByName(u"Production EU"_s);
        QVERIFY(stored);
        QCOMPARE(stored->serverUrl, QUrl(u"https://keyward.example.com"_s));
        QCOMPARE(stored->accountEmail, u"admin@example.com"_s);
        QCOMPARE(stored->environment, Environment::Staging);
        QCOMPARE(m_dialog->currentProfileId(), stored->id);
        QVERIFY(!m_dialog->hasUnsavedChanges());
        QVERIFY(!button(u"saveProfileButton"_s)->isEnabled());
        QCOMPARE(list()->currentIndex().data(ProfileListModel::IdRole).toUuid(), stored->id);

        // The file holds the profile and nothing that looks like a secret.
        m_settings->sync();
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll().toLower();
        QVERIFY(content.contains("keyward.example.com"));
        QVERIFY(content.contains("admin@example.com"));
        for (const QByteArray &word : {"password"_ba, "secret"_ba, "token"_ba, "passwd"_ba}) {
            QVERIFY2(!content.contains(word), word.constData());
        }
        const QStringList keys = m_settings->allKeys();
        for (const QString &key : keys) {
            QVERIFY2(!key.contains(u"pass"_s, Qt::CaseInsensitive) &&
                         !key.contains(u"token"_s, Qt::CaseInsensitive) &&
                         !key.contains(u"secret"_s, Qt::CaseInsensitive),
                     qPrintable(key));
        }
    }

    void invalidUrlShowsSentenceAndDisablesSave_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<int>("code");
        QTest::newRow("ftp") << u"ftp://x"_s << int(ProfileError::InvalidUrl);
        QTest::newRow("credentials")
            << u"https://user:pw@host"_s << int(ProfileError::CredentialsInUrl);
        QTest::newRow("no scheme") << u"keyward.example.com"_s << int(ProfileError::InvalidUrl);
        QTest::newRow("query") << u"https://host/?token=x"_s << int(ProfileError::InvalidUrl);
    }

    void invalidUrlShowsSentenceAndDisablesSave()
    {
        QFETCH(QString, url);
        QFETCH(int, code);
        openDialog();
        QTest::keyClicks(edit(u"profileNameEdit"_s), u"Staging"_s);
        QTest::keyClicks(edit(u"profileUrlEdit"_s), url);

        const auto expected = m_store->validate(makeProfile(u"Staging"_s, url));
        QVERIFY(expected);
        QCOMPARE(int(expected->code), code);
        QVERIFY(status()->isVisible());
        QCOMPARE(statusMessage()->text(), expected->message);
        QVERIFY(!button(u"saveProfileButton"_s)->isEnabled());

        // Fixing the address clears the sentence and enables Save.
        typeInto(u"profileUrlEdit"_s, u"https://host"_s);
        QVERIFY(!status()->isVisible());
        QVERIFY(button(u"saveProfileButton"_s)->isEnabled());
        QVERIFY(m_store->profiles().isEmpty());
    }

    void duplicateNameRefused()
    {
        addStored(makeProfile(u"Production"_s, u"https://a.example.com"_s));
        openDialog();
        QTest::mouseClick(button(u"addProfileButton"_s), Qt::LeftButton);
        QVERIFY(m_dialog->currentProfileId().isNull());
        QTest::keyClicks(edit(u"profileNameEdit"_s), u" production "_s);
        QTest::keyClicks(edit(u"profileUrlEdit"_s), u"https://b.example.com"_s);
        QVERIFY(status()->isVisible());
        QVERIFY2(statusMessage()->text().contains(u"exists already"_s),
                 qPrintable(statusMessage()->text()));
        QVERIFY(!button(u"saveProfileButton"_s)->isEnabled());
        QCOMPARE(m_store->profiles().size(), 1);
    }

    void removeAsksAndRemovesOnlyAfterConfirming()
    {
        const QUuid keep = addStored(makeProfile(u"Keep"_s, u"https://keep.example.com"_s));
        const QUuid drop = addStored(makeProfile(u"Drop"_s, u"https://drop.example.com"_s));
        openDialog();
        clickRow(drop);
        QCOMPARE(m_dialog->currentProfileId(), drop);

        QTest::mouseClick(button(u"removeProfileButton"_s), Qt::LeftButton);
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = openConfirmDialog(m_dialog.get())));
        QCOMPARE(m_store->profiles().size(), 2);
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmCancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!openConfirmDialog(m_dialog.get()));
        QCOMPARE(m_store->profiles().size(), 2);

        QTest::mouseClick(button(u"removeProfileButton"_s), Qt::LeftButton);
        QTRY_VERIFY((confirm = openConfirmDialog(m_dialog.get())));
        QVERIFY(child<QLabel>(confirm, u"confirmText"_s)->text().contains(u"Drop"_s));
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!openConfirmDialog(m_dialog.get()));
        QCOMPARE(m_store->profiles().size(), 1);
        QVERIFY(!m_store->find(drop));
        QVERIFY(m_store->find(keep));
        QCOMPARE(m_dialog->currentProfileId(), keep);
        QCOMPARE(edit(u"profileNameEdit"_s)->text(), u"Keep"_s);
    }

    void colourChosenAndReset()
    {
        ConnectionProfile profile = makeProfile(u"Tinted"_s, u"https://t.example.com"_s);
        profile.colour = u"#123456"_s;
        const QUuid id = addStored(profile);
        openDialog();
        QCOMPARE(m_dialog->currentProfileId(), id);
        auto *colourButton = button(u"profileColourButton"_s);
        auto *reset = button(u"profileColourResetButton"_s);
        QCOMPARE(colourButton->text(), u"#123456"_s);
        QVERIFY(reset->isEnabled());

        QTest::mouseClick(reset, Qt::LeftButton);
        QVERIFY(colourButton->text().startsWith(u"Default"_s));
        QVERIFY(!reset->isEnabled());
        QTest::mouseClick(button(u"saveProfileButton"_s), Qt::LeftButton);
        QCOMPARE(m_store->find(id)->colour, QString());
        QCOMPARE(m_store->find(id)->effectiveColour(),
                 keyward::defaultEnvironmentColour(Environment::Staging));

        // Choosing a colour goes through a QColorDialog opened, not exec()ed.
        QTest::mouseClick(colourButton, Qt::LeftButton);
        QColorDialog *picker = nullptr;
        QTRY_VERIFY((picker = m_dialog->findChild<QColorDialog *>(u"profileColourDialog"_s)));
        QVERIFY(picker->isVisible());
        picker->setCurrentColor(QColor(u"#00aa44"_s));
        picker->accept();
        QCOMPARE(colourButton->text(), u"#00aa44"_s);
        QTest::mouseClick(button(u"saveProfileButton"_s), Qt::LeftButton);
        QCOMPARE(m_store->find(id)->colour, u"#00aa44"_s);
    }

    void certificateRemoval()
    {
        ConnectionProfile profile = makeProfile(u"Lab"_s, u"https://lab.example.com"_s);
        profile.trustedCertificateSha256 = {fingerprintA, fingerprintB};
        const QUuid id = addStored(profile);
        openDialog();
        auto *certificates = child<QListWidget>(m_dialog.get(), u"profileCertificatesList"_s);
        auto *removeButton = button(u"profileRemoveCertificateButton"_s);
        QCOMPARE(certificates->count(), 2);
        QVERIFY(certificates->item(0)->text().startsWith(u"AA:AA:AA:"_s));
        QVERIFY(certificates->item(1)->text().startsWith(u"01:23:45:67:89:AB:CD:EF:"_s));
        QVERIFY(!removeButton->isEnabled());

        certificates->setCurrentRow(0);
        QVERIFY(removeButton->isEnabled());
        QTest::mouseClick(removeButton, Qt::LeftButton);
        QCOMPARE(certificates->count(), 1);
        QVERIFY(m_dialog->hasUnsavedChanges());
        QCOMPARE(m_store->find(id)->trustedCertificateSha256.size(), 2);
        QTest::mouseClick(button(u"saveProfileButton"_s), Qt::LeftButton);
        QCOMPARE(m_store->find(id)->trustedCertificateSha256, QStringList{fingerprintB});
    }

    void switchingSavesValidEdits()
    {
        const QUuid a = addStored(makeProfile(u"Alpha"_s, u"https://a.example.com"_s));
        const QUuid b = addStored(makeProfile(u"Beta"_s, u"https://b.example.com"_s));
        openDialog();
        clickRow(a);
        typeInto(u"profileNameEdit"_s, u"Alpha renamed"_s);
        clickRow(b);
        QCOMPARE(m_dialog->currentProfileId(), b);
        QCOMPARE(m_store->find(a)->name, u"Alpha renamed"_s);
        QCOMPARE(edit(u"profileNameEdit"_s)->text(), u"Beta"_s);
    }

    void switchingWithInvalidEditsAsksBeforeDiscarding()
    {
        const QUuid a = addStored(makeProfile(u"Alpha"_s, u"https://a.example.com"_s));
        const QUuid b = addStored(makeProfile(u"Beta"_s, u"https://b.example.com"_s));
        openDialog();
        clickRow(a);
        typeInto(u"profileUrlEdit"_s, u"ftp://nowhere"_s);
        clickRow(b);

        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = openConfirmDialog(m_dialog.get())));
        // Still on Alpha with the edit intact while the user decides.
        QCOMPARE(m_dialog->currentProfileId(), a);
        QCOMPARE(list()->currentIndex().data(ProfileListModel::IdRole).toUuid(), a);
        QCOMPARE(edit(u"profileUrlEdit"_s)->text(), u"ftp://nowhere"_s);
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmCancelButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!openConfirmDialog(m_dialog.get()));
        QCOMPARE(edit(u"profileUrlEdit"_s)->text(), u"ftp://nowhere"_s);

        clickRow(b);
        QTRY_VERIFY((confirm = openConfirmDialog(m_dialog.get())));
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmButton"_s), Qt::LeftButton);
        QTRY_COMPARE(m_dialog->currentProfileId(), b);
        QCOMPARE(list()->currentIndex().data(ProfileListModel::IdRole).toUuid(), b);
        QCOMPARE(m_store->find(a)->serverUrl, QUrl(u"https://a.example.com"_s));
    }

    void duplicateCreatesUniqueCopy()
    {
        const QUuid a = addStored(makeProfile(u"Alpha"_s, u"https://a.example.com"_s));
        openDialog();
        QTest::mouseClick(button(u"duplicateProfileButton"_s), Qt::LeftButton);
        QTest::mouseClick(button(u"duplicateProfileButton"_s), Qt::LeftButton);
        QCOMPARE(m_store->profiles().size(), 3);
        QVERIFY(m_store->findByName(u"Alpha (copy)"_s));
        QVERIFY(m_store->findByName(u"Alpha (copy) (copy)"_s) ||
                m_store->findByName(u"Alpha (copy 2)"_s));
        QVERIFY(m_dialog->currentProfileId() != a);
    }

    void connectAndDoubleClickChooseProfile()
    {
        addStored(makeProfile(u"Alpha"_s, u"https://a.example.com"_s));
        const QUuid b = addStored(makeProfile(u"Beta"_s, u"https://b.example.com"_s));
        openDialog();
        QSignalSpy chosen(m_dialog.get(), &ProfileManagerDialog::profileChosen);
        clickRow(b);
        QTest::mouseClick(button(u"connectButton"_s), Qt::LeftButton);
        QCOMPARE(chosen.size(), 1);
        QCOMPARE(chosen.at(0).at(0).toUuid(), b);
        QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

        openDialog();
        QSignalSpy chosenAgain(m_dialog.get(), &ProfileManagerDialog::profileChosen);
        auto *model = qobject_cast<ProfileListModel *>(list()->model());
        const QPoint centre = list()->visualRect(model->indexOfId(b)).center();
        QTest::mouseClick(list()->viewport(), Qt::LeftButton, {}, centre);
        QTest::mouseDClick(list()->viewport(), Qt::LeftButton, {}, centre);
        QCOMPARE(chosenAgain.size(), 1);
        QCOMPARE(chosenAgain.at(0).at(0).toUuid(), b);
    }

    void closeSavesValidEdits()
    {
        const QUuid a = addStored(makeProfile(u"Alpha"_s, u"https://a.example.com"_s));
        openDialog();
        typeInto(u"profileEmailEdit"_s, u"me@example.com"_s);
        QTest::mouseClick(button(u"closeButton"_s), Qt::LeftButton);
        QVERIFY(!m_dialog->isVisible());
        QCOMPARE(m_store->find(a)->accountEmail, u"me@example.com"_s);
    }

    void closeWithInvalidEditsAsksFirst()
    {
        const QUuid a = addStored(makeProfile(u"Alpha"_s, u"https://a.example.com"_s));
        openDialog();
        typeInto(u"profileNameEdit"_s, QString());
        QVERIFY(!button(u"saveProfileButton"_s)->isEnabled());
        QVERIFY(!button(u"connectButton"_s)->isEnabled());
        QTest::mouseClick(button(u"closeButton"_s), Qt::LeftButton);
        ConfirmDialog *confirm = nullptr;
        QTRY_VERIFY((confirm = openConfirmDialog(m_dialog.get())));
        QVERIFY(m_dialog->isVisible());
        QTest::mouseClick(child<QPushButton>(confirm, u"confirmButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!m_dialog->isVisible());
        QCOMPARE(m_store->find(a)->name, u"Alpha"_s);
    }

    void showsChangesMadeElsewhereUnlessEdited()
    {
        const QUuid a = addStored(makeProfile(u"Alpha"_s, u"https://a.example.com"_s));
        openDialog();
        auto *certificates = child<QListWidget>(m_dialog.get(), u"profileCertificatesList"_s);
        // E.g. the TLS dialog trusting a certificate while the manager is open.
        ConnectionProfile trusted = *m_store->find(a);
        trusted.trustedCertificateSha256 = {fingerprintA};
        QVERIFY(!m_store->update(trusted));
        QCOMPARE(certificates->count(), 1);
        QVERIFY(certificates->item(0)->text().startsWith(u"AA:AA:"_s));
        QVERIFY(!m_dialog->hasUnsavedChanges());

        typeInto(u"profileEmailEdit"_s, u"me@example.com"_s);
        trusted.trustedCertificateSha256 = {fingerprintA, fingerprintB};
        QVERIFY(!m_store->update(trusted));
        QCOMPARE(edit(u"profileEmailEdit"_s)->text(), u"me@example.com"_s);
    }

    void everyInteractiveWidgetIsNamed()
    {
        addStored(makeProfile(u"Alpha"_s, u"https://a.example.com"_s));
        openDialog();
        const auto widgets = m_dialog->findChildren<QWidget *>();
        int checked = 0;
        for (QWidget *widget : widgets) {
            const bool interactive =
                qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget) ||
                qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget);
            // The combo box's popup belongs to the combo box.
            if (!interactive || qobject_cast<QComboBox *>(widget->parentWidget()) ||
                widget->window() != m_dialog.get() ||
                (widget->parentWidget() &&
                 qobject_cast<QComboBox *>(widget->parentWidget()->parentWidget()))) {
                continue;
            }
            QVERIFY2(!widget->objectName().isEmpty(), widget->metaObject()->className());
            QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
            ++checked;
        }
        QVERIFY(checked >= 15);
    }
};

QTEST_MAIN(TestProfileManagerDialog)
#include "tst_profilemanagerdialog.moc"
