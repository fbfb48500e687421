// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/setting.h"
#include "settings/settingkeys.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using keyward::Setting;

class TestSetting final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path() const { return m_dir.filePath(u"setting.ini"_s); }

private Q_SLOTS:
    void defaultsWhenMissing()
    {
        QSettings settings(path(), QSettings::IniFormat);
        const Setting<int> limit{QLatin1StringView("limit"), 42};
        const Setting<QString> text{QLatin1StringView("text")};
        QCOMPARE(limit.read(settings), 42);
        QCOMPARE(limit.defaultValue(), 42);
        QCOMPARE(limit.key(), QLatin1StringView("limit"));
        QVERIFY(text.read(settings).isEmpty());
        QVERIFY(keyward::settings::lastProfileId.read(settings).isNull());
    }

    void roundTripThroughAFile()
    {
        const Setting<int> limit{QLatin1StringView("limit"), 42};
        const Setting<bool> flag{QLatin1StringView("group/flag"), false};
        const Setting<QStringList> one{QLatin1StringView("one")};
        const Setting<QStringList> two{QLatin1StringView("two")};
        const Setting<QStringList> none{QLatin1StringView("none"), {u"default"_s}};
        const QUuid id = QUuid::createUuid();
        {
            QSettings settings(path(), QSettings::IniFormat);
            limit.write(settings, 7);
            flag.write(settings, true);
            one.write(settings, {u"a"_s});
            two.write(settings, {u"a"_s, u"b"_s});
            none.write(settings, {});
            keyward::settings::lastProfileId.write(settings, id);
        }
        QSettings settings(path(), QSettings::IniFormat);
        QCOMPARE(limit.read(settings), 7);
        QCOMPARE(flag.read(settings), true);
        QCOMPARE(one.read(settings), QStringList{u"a"_s});
        QCOMPARE(two.read(settings), (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(keyward::settings::lastProfileId.read(settings), id);
        // Readable text, not a binary @Variant blob.
        QCOMPARE(settings.value(u"lastProfileId"_s).toString(), id.toString(QUuid::WithoutBraces));

        limit.remove(settings);
        QCOMPARE(limit.read(settings), 42);
    }

    void unreadableValuesFallBackToTheDefault()
    {
        QSettings settings(path(), QSettings::IniFormat);
        settings.setValue(u"lastProfileId"_s, u"not a uuid"_s);
        QVERIFY(keyward::settings::lastProfileId.read(settings).isNull());
    }
};

QTEST_GUILESS_MAIN(TestSetting)
#include "tst_setting.moc"
