// SPDX-License-Identifier: GPL-3.0-or-later
// ProfileListModel follows its ProfileStore, checked by QAbstractItemModelTester.
#include "profiles/profilelistmodel.h"
#include "settings/profilestore.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QIcon>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using keyward::ConnectionProfile;
using keyward::Environment;
using keyward::ProfileListModel;
using keyward::ProfileStore;

namespace {
ConnectionProfile makeProfile(const QString &name, const QString &url, Environment environment)
{
    ConnectionProfile profile;
    profile.name = name;
    profile.serverUrl = QUrl(url);
    profile.environment = environment;
    return profile;
}
} // namespace

class TestProfileListModel final : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_store;

    QUuid add(const ConnectionProfile &profile)
    {
        const auto added = m_store->add(profile);
        if (!added) {
            qFatal("could not add: %s", qPrintable(added.error().message));
        }
        return added.value().id;
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_settings =
            std::make_unique<QSettings>(m_dir->filePath(u"keyward.ini"_s), QSettings::IniFormat);
        m_store = std::make_unique<ProfileStore>(m_settings.get());
        QVERIFY(m_store->load());
    }

    void cleanup()
    {
        m_store.reset();
        m_settings.reset();
        m_dir.reset();
    }

    void startsWithStoredProfiles()
    {
        const QUuid prod =
            add(makeProfile(u"Prod"_s, u"https://prod.example.com"_s, Environment::Production));
        ProfileListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1);
        const QModelIndex index = model.index(0);
        QCOMPARE(index.data().toString(), u"Prod"_s);
        QCOMPARE(index.data(ProfileListModel::IdRole).toUuid(), prod);
        QCOMPARE(model.indexOfId(prod), index);
        QCOMPARE(model.idAt(0), prod);
        QVERIFY(model.idAt(1).isNull());
        const QString detail = index.data(ProfileListModel::DetailRole).toString();
        QVERIFY2(detail.contains(u"https://prod.example.com"_s), qPrintable(detail));
        QVERIFY2(detail.contains(u"Production"_s), qPrintable(detail));
        const QString tip = index.data(Qt::ToolTipRole).toString();
        QVERIFY(tip.contains(u"https://prod.example.com"_s));
        QVERIFY(tip.contains(u"Production"_s));
        QCOMPARE(index.data(ProfileListModel::ColourRole).value<QColor>(),
                 QColor(keyward::defaultEnvironmentColour(Environment::Production)));
        const QIcon swatch = index.data(Qt::DecorationRole).value<QIcon>();
        QVERIFY(!swatch.isNull());
        const QImage image = swatch.pixmap(14, 14).toImage();
        QCOMPARE(image.pixelColor(7, 7),
                 QColor(keyward::defaultEnvironmentColour(Environment::Production)));
    }

    void followsAddUpdateRemoveAndReload()
    {
        ProfileListModel model(m_store.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        const QUuid a = add(makeProfile(u"A"_s, u"https://a.example.com"_s, Environment::Staging));
        const QUuid b =
            add(makeProfile(u"B"_s, u"https://b.example.com"_s, Environment::Development));
        QCOMPARE(inserted.size(), 2);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.idAt(1), b);

        ConnectionProfile updated = *m_store->find(a);
        updated.name = u"A2"_s;
        updated.colour = u"#00ff00"_s;
        QVERIFY(!m_store->update(updated));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).value<QModelIndex>().row(), 0);
        QCOMPARE(model.index(0).data().toString(), u"A2"_s);
        QCOMPARE(model.index(0).data(ProfileListModel::ColourRole).value<QColor>(),
                 QColor(u"#00ff00"_s));

        QVERIFY(!m_store->remove(a));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), b);

        // Another store writing the same file, then a reload: a reset.
        ProfileStore other(m_settings.get());
        QVERIFY(other.load());
        QVERIFY(other.add(makeProfile(u"C"_s, u"https://c.example.com"_s, Environment::Custom)));
        QVERIFY(m_store->load());
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(1).data().toString(), u"C"_s);
    }
};

QTEST_MAIN(TestProfileListModel)
#include "tst_profilelistmodel.moc"
