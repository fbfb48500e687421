// SPDX-License-Identifier: GPL-3.0-or-later
// keyward-bench-expiry: the expiry review with a 100,000-token GET
// /users/tokens response. From the response's bytes to the first painted
// frame of the expiry page, against a bare QJsonDocument::fromJson of the same
// bytes in the same run; filtering per keystroke; resident memory.
//
//   keyward-bench-expiry --bytes FILE [--iterations N]   load and filter figures
//   keyward-bench-expiry --bytes FILE --rss              resident memory only
#include "api/apiclient_decode.h"
#include "benchsupport.h"
#include "domain/token.h"
#include "expiry/expiryfilterproxy.h"
#include "expiry/expirylistmodel.h"
#include "expiry/expirypage.h"
#include "expiry/expiryrecord.h"
#include "expiry/rotationpolicies.h"
#include "settings/connectionprofile.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <malloc.h>

using namespace Qt::StringLiterals;
using namespace keyward;
using namespace keyward::bench;

namespace {

struct LoadTimes
{
    double total = 0;
    double parse = 0;   ///< QJsonDocument::fromJson inside the app's path
    double decode = 0;  ///< JSON objects to Token (tokenFromJson)
    double records = 0; ///< Token to ExpiryRecord, de-duplicated by key
    double model = 0;   ///< ExpiryPage::setRecords (model reset, proxy sort)
    double paint = 0;   ///< until the table's viewport painted
    qsizetype rows = 0;
};

ConnectionProfile benchProfile()
{
    ConnectionProfile profile;
    profile.id = QUuid::fromString(u"{6f1c2a4e-2f7d-4c8e-9a51-0d3b5e7f9a10}"_s);
    profile.name = u"scale bench"_s;
    profile.serverUrl = QUrl(u"http://127.0.0.1:8080"_s);
    profile.environment = Environment::Production;
    return profile;
}

/// What ExpiryCollector::addTokens does with each page of GET /users/tokens.
QList<ExpiryRecord> buildRecords(QList<Token> tokens, const ConnectionProfile &profile)
{
    QList<ExpiryRecord> records;
    records.reserve(tokens.size());
    QHash<ExpiryTokenId, qsizetype> index;
    index.reserve(tokens.size());
    const QString colour = profile.effectiveColour();
    ExpiryStringPool strings;
    for (Token &token : tokens) {
        ExpiryRecord record =
            makeExpiryRecord(profile.id, profile.name, profile.environment, colour,
                             profile.serverUrl, std::move(token), &strings);
        const ExpiryTokenId key(record.token);
        if (const auto found = index.constFind(key); found != index.cend()) {
            records[*found] = std::move(record);
        } else {
            index.insert(key, records.size());
            records.append(std::move(record));
        }
    }
    return records;
}

/// The response's bytes, arriving at an open expiry page, to its next paint.
std::optional<LoadTimes> loadIntoPage(const QByteArray &bytes, ExpiryPage &page,
                                      const PaintCounter &paints)
{
    LoadTimes times;
    QElapsedTimer total;
    total.start();
    QElapsedTimer step;
    step.start();
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError) {
        note(u"the response is not JSON: "_s + error.errorString());
        return std::nullopt;
    }
    times.parse = msSince(step);
    step.restart();
    auto tokens =
        apiclient_detail::parseArray<Token>(u"GET /users/tokens"_s, document, tokenFromJson);
    if (!tokens) {
        note(u"the app's decoder refused the response: "_s + tokens.error().message);
        return std::nullopt;
    }
    times.decode = msSince(step);
    step.restart();
    QList<ExpiryRecord> records = buildRecords(std::move(tokens).value(), benchProfile());
    times.records = msSince(step);
    step.restart();
    const int before = paints.count();
    page.setRecords(std::move(records));
    times.model = msSince(step);
    step.restart();
    if (!waitForPaint(paints, before)) {
        note(u"the expiry page never painted"_s);
        return std::nullopt;
    }
    times.paint = msSince(step);
    times.total = msSince(total);
    times.rows = page.model()->rowCount();
    return times;
}

double bareParse(const QByteArray &bytes)
{
    QElapsedTimer timer;
    timer.start();
    const QJsonDocument document = QJsonDocument::fromJson(bytes);
    const double ms = msSince(timer);
    if (!document.isArray())
        note(u"bare parse: not an array"_s);
    return ms;
}

/// One keystroke into the page's search field until the table painted again.
double keystroke(QLineEdit *search, QWidget *viewport, const PaintCounter &paints, int key,
                 const QString &text)
{
    QElapsedTimer timer;
    timer.start();
    const int before = paints.count();
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(search, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(search, &release);
    // Joins the update the filter already scheduled; guarantees one paint
    // even when the visible rows happen not to change.
    viewport->update();
    waitForPaint(paints, before);
    return msSince(timer);
}

int keyFor(QChar c)
{
    if (c.isLetter())
        return Qt::Key_A + (c.toLower().unicode() - u'a');
    if (c.isDigit())
        return Qt::Key_0 + (c.unicode() - u'0');
    if (c == u'-')
        return Qt::Key_Minus;
    return Qt::Key_Space;
}

struct Page
{
    QTemporaryDir settingsDir;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<RotationPolicies> policies;
    std::unique_ptr<ExpiryPage> page;
    PaintCounter *paints = nullptr;

    /// An expiry page, shown and painted once while still empty: the state
    /// the app is in when the response arrives.
    bool open()
    {
        settings =
            std::make_unique<QSettings>(settingsDir.filePath(u"bench.ini"_s), QSettings::IniFormat);
        policies = std::make_unique<RotationPolicies>(settings.get());
        page = std::make_unique<ExpiryPage>(policies.get());
        page->resize(1280, 800);
        paints = new PaintCounter(page->view()->viewport());
        page->show();
        return waitForPaint(*paints, 0);
    }
};

int runLoad(const QByteArray &bytes, int iterations)
{
    QList<double> bare;
    QList<LoadTimes> loads;
    // Alternating, so both see the same machine state (caches, other load).
    for (int i = 0; i < iterations; ++i) {
        bare.append(bareParse(bytes));
        Page page;
        if (!page.open())
            return 1;
        const auto times = loadIntoPage(bytes, *page.page, *page.paints);
        if (!times)
            return 1;
        loads.append(*times);
        note(u"iteration %1: bare %2 ms; page %3 ms = parse %4 + decode %5 + records %6 + "
             "setRecords %7 + paint %8 (%9 rows)"_s.arg(i + 1)
                 .arg(number(bare.last()), number(times->total), number(times->parse),
                      number(times->decode), number(times->records), number(times->model),
                      number(times->paint))
                 .arg(times->rows));
    }
    QList<double> totals;
    for (const LoadTimes &times : std::as_const(loads))
        totals.append(times.total);
    const double bareMs = medianOf(bare);
    const double pageMs = medianOf(totals);
    const double ratio = bareMs > 0 ? pageMs / bareMs : 0;
    const qsizetype rows = loads.constFirst().rows;
    report(u"%1-token response to first painted expiry page (median of %2)"_s.arg(rows).arg(
               iterations),
           number(pageMs, 0), u"ms"_s, u"≤ 1.5× bare QJsonDocument parse"_s,
           u"QJsonDocument::fromJson %1 ms (%2×)"_s.arg(number(bareMs, 0), number(ratio, 2)),
           verdict(ratio <= 1.5));

    // Filtering: a fresh page with the rows loaded, then typing.
    Page page;
    if (!page.open() || !loadIntoPage(bytes, *page.page, *page.paints))
        return 1;
    auto *search = page.page->findChild<QLineEdit *>(u"expirySearchEdit"_s);
    if (!search) {
        note(u"no expirySearchEdit"_s);
        return 1;
    }
    search->setFocus();
    QWidget *viewport = page.page->view()->viewport();
    const QString typed = u"payments-0001"_s;
    QList<double> strokes;
    for (const QChar c : typed) {
        strokes.append(keystroke(search, viewport, *page.paints, keyFor(c), QString(c)));
        note(u"typed \"%1\": %2 ms, %3 rows shown"_s.arg(search->text(), number(strokes.last()))
                 .arg(page.page->proxy()->rowCount()));
    }
    for (qsizetype i = 0; i < typed.size(); ++i) {
        strokes.append(keystroke(search, viewport, *page.paints, Qt::Key_Backspace, QString()));
        note(u"erased to \"%1\": %2 ms, %3 rows shown"_s.arg(search->text(), number(strokes.last()))
                 .arg(page.page->proxy()->rowCount()));
    }
    report(u"Filter %1 rows per keystroke, median (type \"%2\", then erase)"_s.arg(rows).arg(typed),
           number(medianOf(strokes)), u"ms"_s, u"< 50 ms"_s, u"-"_s,
           verdict(medianOf(strokes) < 50));
    report(u"Filter %1 rows per keystroke, worst"_s.arg(rows), number(worstOf(strokes)), u"ms"_s,
           u"< 50 ms"_s, u"-"_s, verdict(worstOf(strokes) < 50));
    return 0;
}

int runRss(QByteArray bytes)
{
    Page page;
    if (!page.open())
        return 1;
    const qint64 emptyKiB = residentKiB();
    const auto times = loadIntoPage(bytes, *page.page, *page.paints);
    if (!times)
        return 1;
    // The response is gone once decoded in the app too (QNetworkReply freed).
    bytes = QByteArray();
    const qint64 untrimmedKiB = residentKiB();
    malloc_trim(0);
    note(u"VmRSS before malloc_trim: %1 KiB"_s.arg(untrimmedKiB));
    QCoreApplication::processEvents();
    const qint64 loadedKiB = residentKiB();
    note(u"VmRSS: %1 KiB with the empty page shown, %2 KiB with %3 tokens"_s.arg(emptyKiB)
             .arg(loadedKiB)
             .arg(times->rows));
    // Where the difference is: live heap, or freed heap malloc_trim cannot return.
    const struct mallinfo2 heap = mallinfo2();
    note(u"malloc: %1 KiB in use, %2 KiB free in the heap, %3 KiB mmapped"_s
             .arg(qulonglong(heap.uordblks / 1024))
             .arg(qulonglong(heap.fordblks / 1024))
             .arg(qulonglong(heap.hblkhd / 1024)));
    report(u"Resident memory (VmRSS) with %1 tokens in the expiry page"_s.arg(times->rows),
           number(double(loadedKiB) / 1024, 0), u"MiB"_s, u"< 150 MiB"_s,
           u"empty page shown: %1 MiB"_s.arg(number(double(emptyKiB) / 1024, 0)),
           verdict(loadedKiB < 150 * 1024));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption bytesOption(u"bytes"_s, u"GET /users/tokens response body"_s,
                                         u"FILE"_s);
    const QCommandLineOption rssOption(u"rss"_s, u"Measure resident memory only"_s);
    const QCommandLineOption iterationsOption(u"iterations"_s, u"Repetitions (default 5)"_s, u"N"_s,
                                              u"5"_s);
    parser.addOptions({bytesOption, rssOption, iterationsOption});
    parser.process(app);
    QFile file(parser.value(bytesOption));
    if (!file.open(QIODevice::ReadOnly)) {
        note(u"cannot read "_s + file.fileName());
        return 2;
    }
    QByteArray bytes = file.readAll();
    file.close();
    note(u"response: %1 bytes"_s.arg(bytes.size()));
    if (parser.isSet(rssOption))
        return runRss(std::move(bytes));
    return runLoad(bytes, qMax(1, parser.value(iterationsOption).toInt()));
}
