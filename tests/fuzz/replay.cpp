// SPDX-License-Identifier: GPL-3.0-or-later
// Runs one fuzz target's checked-in corpus and regression inputs through its
// entry point, so the normal (non-clang, non-fuzzing) build exercises every
// target under ctest. The corpus directory comes as KEYWARD_FUZZ_CORPUS.
#include <QDirIterator>
#include <QFile>
#include <QTest>

#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

class TestFuzzReplay final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void replay_data()
    {
        QTest::addColumn<QString>("file");
        const QString corpus = QString::fromLocal8Bit(qgetenv("KEYWARD_FUZZ_CORPUS"));
        QVERIFY2(!corpus.isEmpty(), "KEYWARD_FUZZ_CORPUS is not set");
        QDirIterator it(corpus, QDir::Files, QDirIterator::Subdirectories);
        int count = 0;
        while (it.hasNext()) {
            const QString file = it.next();
            QTest::newRow(qPrintable(it.fileInfo().fileName())) << file;
            ++count;
        }
        QVERIFY2(count > 0, "the corpus directory holds no inputs");
    }

    void replay()
    {
        QFETCH(QString, file);
        QFile input(file);
        QVERIFY2(input.open(QIODevice::ReadOnly), qPrintable(input.errorString()));
        const QByteArray bytes = input.readAll();
        // The target aborts on a broken invariant; a crash fails the test.
        QCOMPARE(LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t *>(bytes.constData()),
                                        size_t(bytes.size())),
                 0);
    }

    // Inputs the corpus may lack: empty and one byte of each value.
    void edgeInputs()
    {
        QCOMPARE(LLVMFuzzerTestOneInput(nullptr, 0), 0);
        for (int byte = 0; byte < 256; ++byte) {
            const auto value = uint8_t(byte);
            QCOMPARE(LLVMFuzzerTestOneInput(&value, 1), 0);
        }
    }
};

QTEST_GUILESS_MAIN(TestFuzzReplay)
#include "replay.moc"
