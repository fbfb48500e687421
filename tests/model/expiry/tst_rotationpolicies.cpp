// SPDX-License-Identifier: GPL-3.0-or-later
// Rotation policies in a real INI file: precedence, validation, persistence.
#include "expiry/rotationpolicies.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace keyward;

class TestRotationPolicies final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<QSettings> m_settings;
    const QUuid m_profile = QUuid::fromString(u"{0b7d3c1e-58a1-4a77-9b6d-2f6d1b1f0a01}"_s);
    const QUuid m_other = QUuid::fromString(u"{0b7d3c1e-58a1-4a77-9b6d-2f6d1b1f0a02}"_s);

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(u"%1.ini"_s.arg(QString::fromLatin1(QTest::currentTestFunction())));
        m_settings = std::make_unique<QSettings>(m_path, QSettings::IniFormat);
    }

    void cleanup() { m_settings.reset(); }

    void emptyHasNoPolicy()
    {
        RotationPolicies policies(m_settings.get());
        QVERIFY(!policies.daysFor(m_profile, u"acme"_s));
        QVERIFY(!policies.defaultDays(m_profile));
        QVERIFY(policies.overrides(m_profile).isEmpty());
    }

    void organizationOverrideWins()
    {
        RotationPolicies policies(m_settings.get());
        QSignalSpy changed(&policies, &RotationPolicies::changed);
        QVERIFY(policies.setDefaultDays(m_profile, 90));
        QVERIFY(policies.setOrganizationDays(m_profile, u"acme"_s, 30));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(policies.daysFor(m_profile, u"acme"_s), std::optional<int>(30));
        QCOMPARE(policies.daysFor(m_profile, u"globex"_s), std::optional<int>(90));
        QVERIFY(!policies.daysFor(m_other, u"acme"_s));

        // An override without a default still applies to its organization only.
        QVERIFY(policies.setOrganizationDays(m_other, u"acme"_s, 14));
        QCOMPARE(policies.daysFor(m_other, u"acme"_s), std::optional<int>(14));
        QVERIFY(!policies.daysFor(m_other, u"globex"_s));

        policies.removeOrganizationDays(m_profile, u"acme"_s);
        QCOMPARE(policies.daysFor(m_profile, u"acme"_s), std::optional<int>(90));
        policies.removeDefaultDays(m_profile);
        QVERIFY(!policies.daysFor(m_profile, u"acme"_s));
        QCOMPARE(changed.count(), 5);

        // Removing what is not there is no change.
        policies.removeDefaultDays(m_profile);
        QCOMPARE(changed.count(), 5);
    }

    void invalidDaysRefused_data()
    {
        QTest::addColumn<int>("days");
        QTest::newRow("zero") << 0;
        QTest::newRow("negative") << -7;
        QTest::newRow("over ten years") << 3651;
    }

    void invalidDaysRefused()
    {
        QFETCH(int, days);
        RotationPolicies policies(m_settings.get());
        QVERIFY(policies.setDefaultDays(m_profile, 60));
        QSignalSpy changed(&policies, &RotationPolicies::changed);
        QVERIFY(!policies.setDefaultDays(m_profile, days));
        QVERIFY(!policies.setOrganizationDays(m_profile, u"acme"_s, days));
        QVERIFY(!policies.setPolicy(m_profile, 30, {{u"acme"_s, days}}));
        QVERIFY(!policies.setPolicy(m_profile, days, {}));
        QVERIFY(!policies.setOrganizationDays(m_profile, QString(), 30));
        QCOMPARE(changed.count(), 0);
        QCOMPARE(policies.daysFor(m_profile, u"acme"_s), std::optional<int>(60));
        QVERIFY(RotationPolicies::isValidDays(1));
        QVERIFY(RotationPolicies::isValidDays(3650));
    }

    void reloadFromFile()
    {
        {
            RotationPolicies policies(m_settings.get());
            QVERIFY(
                policies.setPolicy(m_profile, 90, {{u"zeta"_s, 10}, {u"acme/ops, \"x\""_s, 3650}}));
            QVERIFY(policies.setOrganizationDays(m_other, u"acme"_s, 1));
        }
        m_settings->sync();
        m_settings.reset();

        QSettings reread(m_path, QSettings::IniFormat);
        RotationPolicies policies(&reread);
        QCOMPARE(policies.defaultDays(m_profile), std::optional<int>(90));
        const QList<OrganizationRotationPolicy> expected = {{u"acme/ops, \"x\""_s, 3650},
                                                            {u"zeta"_s, 10}};
        QCOMPARE(policies.overrides(m_profile), expected);
        QCOMPARE(policies.daysFor(m_other, u"acme"_s), std::optional<int>(1));
        QVERIFY(!policies.defaultDays(m_other));

        // setPolicy replaces the whole profile, including dropping old overrides.
        QSignalSpy changed(&policies, &RotationPolicies::changed);
        QVERIFY(policies.setPolicy(m_profile, std::nullopt, {{u"zeta"_s, 20}}));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(policies.overrides(m_profile),
                 (QList<OrganizationRotationPolicy>{{u"zeta"_s, 20}}));
        QVERIFY(!policies.daysFor(m_profile, u"acme/ops, \"x\""_s));
        policies.removeProfile(m_other);
        reread.sync();

        QSettings third(m_path, QSettings::IniFormat);
        RotationPolicies again(&third);
        QVERIFY(!again.daysFor(m_other, u"acme"_s));
        QCOMPARE(again.daysFor(m_profile, u"zeta"_s), std::optional<int>(20));
        QVERIFY(!again.defaultDays(m_profile));
    }

    void nonsenseInFileIgnored()
    {
        m_settings->setValue(
            u"rotationPolicies/%1/defaultDays"_s.arg(m_profile.toString(QUuid::WithoutBraces)),
            99999);
        m_settings->setValue(u"rotationPolicies/not-a-uuid/defaultDays"_s, 30);
        RotationPolicies policies(m_settings.get());
        QVERIFY(!policies.defaultDays(m_profile));

        QSignalSpy changed(&policies, &RotationPolicies::changed);
        m_settings->setValue(
            u"rotationPolicies/%1/defaultDays"_s.arg(m_profile.toString(QUuid::WithoutBraces)), 45);
        policies.reload();
        QCOMPARE(changed.count(), 1);
        QCOMPARE(policies.defaultDays(m_profile), std::optional<int>(45));
    }
};

QTEST_GUILESS_MAIN(TestRotationPolicies)
#include "tst_rotationpolicies.moc"
