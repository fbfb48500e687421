// SPDX-License-Identifier: GPL-3.0-or-later
#include "auditpanel.h"

#include "auditeventmodel.h"
#include "auditexport.h"
#include "auditfilterproxy.h"

#include "api/apiclient.h"
#include "common/inlinestatus.h"
#include "common/permissions.h"
#include "common/readonlytable.h"

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShortcut>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

/// The audit trail is for organization administrators (api.md).
constexpr Permission AuditPermission = Permission::ViewAudit;

const QString TimeFormat = u"yyyy-MM-dd HH:mm:ss"_s;

} // namespace

AuditPanel::AuditPanel(ApiClient *api, QWidget *parent)
    : Panel(parent)
    , m_api(api)
    , m_model(new AuditEventModel(this))
    , m_proxy(new AuditFilterProxy(this))
    , m_pages(new QStackedWidget(this))
    , m_unavailable(new QLabel(m_pages))
    , m_count(new QLabel(this))
    , m_loadAll(new QPushButton(tr("Load All"), this))
    , m_progress(new QProgressBar(this))
    , m_exportCsv(new QPushButton(tr("Export CSV…"), this))
    , m_exportJson(new QPushButton(tr("Export JSON…"), this))
    , m_status(new InlineStatus(this))
    , m_view(new QTableView(this))
{
    setObjectName(u"auditPanel"_s);
    m_proxy->setSourceModel(m_model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pages);

    auto *trail = new QWidget(m_pages);
    auto *trailLayout = new QVBoxLayout(trail);
    buildFilters(trail);

    auto *actions = new QHBoxLayout;
    m_count->setObjectName(u"auditCountLabel"_s);
    m_count->setAccessibleName(tr("Event count"));
    m_count->setToolTip(tr("The server offers no filters: they apply to the loaded events. "
                           "Use Load All to search the whole trail."));
    actions->addWidget(m_count, 1);
    m_progress->setObjectName(u"auditLoadProgress"_s);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    actions->addWidget(m_progress);
    m_loadAll->setObjectName(u"auditLoadAllButton"_s);
    m_loadAll->setAccessibleName(tr("Load all events"));
    m_loadAll->setToolTip(tr("Keeps loading older events until the whole trail is loaded."));
    actions->addWidget(m_loadAll);
    m_exportCsv->setObjectName(u"auditExportCsvButton"_s);
    m_exportCsv->setAccessibleName(tr("Export the shown events as CSV"));
    actions->addWidget(m_exportCsv);
    m_exportJson->setObjectName(u"auditExportJsonButton"_s);
    m_exportJson->setAccessibleName(tr("Export the shown events as JSON"));
    actions->addWidget(m_exportJson);
    trailLayout->addLayout(actions);

    m_status->setObjectNames(u"auditStatus"_s);
    trailLayout->addWidget(m_status);

    m_view->setObjectName(u"auditView"_s);
    m_view->setAccessibleName(tr("Audit events"));
    m_view->setModel(m_proxy);
    setUpReadOnlyTable(m_view);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setShowGrid(false);
    m_view->setTabKeyNavigation(false);
    m_view->setTextElideMode(Qt::ElideRight);
    QHeaderView *header = m_view->horizontalHeader();
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setStretchLastSection(true);
    header->resizeSection(AuditEventModel::TimeColumn, 250);
    header->resizeSection(AuditEventModel::ActorColumn, 200);
    header->resizeSection(AuditEventModel::ActionColumn, 140);
    header->resizeSection(AuditEventModel::TargetColumn, 240);
    header->resizeSection(AuditEventModel::DetailColumn, 320);
    trailLayout->addWidget(m_view, 1);
    m_pages->addWidget(trail);

    m_unavailable->setObjectName(u"auditUnavailableLabel"_s);
    m_unavailable->setWordWrap(true);
    m_unavailable->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_unavailable->setMargin(12);
    m_unavailable->setText(tr("This server keeps no audit trail. Keyward's own change journal "
                              "records what you change from this app."));
    m_pages->addWidget(m_unavailable);

    setTabOrder(m_to, m_loadAll);
    setTabOrder(m_loadAll, m_exportCsv);
    setTabOrder(m_exportCsv, m_exportJson);
    setTabOrder(m_exportJson, m_view);

    connect(m_model, &AuditEventModel::moreRequested, this, &AuditPanel::fetchPage);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &AuditPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &AuditPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &AuditPanel::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &AuditPanel::updateCount);
    connect(m_loadAll, &QPushButton::clicked, this, [this] {
        if (m_loadingAll) {
            stopLoadAll();
        } else {
            startLoadAll();
        }
    });
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { chooseExportFile(false); });
    connect(m_exportJson, &QPushButton::clicked, this, [this] { chooseExportFile(true); });
    connect(m_view, &QAbstractItemView::doubleClicked, this, &AuditPanel::showDetails);
    auto *copy = new QShortcut(QKeySequence::Copy, m_view);
    copy->setContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QShortcut::activated, this, &AuditPanel::copySelection);

    updateCount();
    updateActions();
}

AuditPanel::~AuditPanel() = default;

void AuditPanel::buildFilters(QWidget *parent)
{
    auto *grid = new QGridLayout;
    m_actorFilter = new QLineEdit(parent);
    m_actorFilter->setObjectName(u"auditActorFilter"_s);
    m_actorFilter->setAccessibleName(tr("Filter by actor"));
    m_actorFilter->setPlaceholderText(tr("Actor (email or token)"));
    m_actorFilter->setClearButtonEnabled(true);
    m_actionFilter = new QComboBox(parent);
    m_actionFilter->setObjectName(u"auditActionFilter"_s);
    m_actionFilter->setAccessibleName(tr("Filter by action"));
    m_actionFilter->addItem(tr("Any action"), QString());
    m_targetFilter = new QLineEdit(parent);
    m_targetFilter->setObjectName(u"auditTargetFilter"_s);
    m_targetFilter->setAccessibleName(tr("Filter by target"));
    m_targetFilter->setPlaceholderText(tr("Target contains"));
    m_targetFilter->setClearButtonEnabled(true);

    const auto makeTimeFilter = [&](const QString &name, const QString &accessible, QCheckBox *&any,
                                    QDateTimeEdit *&edit) {
        any = new QCheckBox(tr("Any"), parent);
        any->setObjectName(name + u"Any"_s);
        any->setAccessibleName(tr("%1: any time").arg(accessible));
        any->setChecked(true);
        edit = new QDateTimeEdit(parent);
        edit->setObjectName(name + u"Edit"_s);
        edit->setAccessibleName(accessible);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(TimeFormat);
        edit->setTimeSpec(Qt::LocalTime);
        edit->setEnabled(false);
        connect(any, &QCheckBox::toggled, this, [this, edit](bool anyTime) {
            edit->setEnabled(!anyTime);
            if (!anyTime && m_model->rowCount() > 0) {
                // Start from the loaded range, not from 2000-01-01.
                const bool isFrom = edit == m_from;
                const AuditEvent &bound =
                    isFrom ? m_model->events().constLast() : m_model->events().constFirst();
                edit->setDateTime(bound.time.toLocalTime());
            }
            applyFilters();
        });
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, &AuditPanel::applyFilters);
    };
    makeTimeFilter(u"auditFrom"_s, tr("From"), m_fromAny, m_from);
    makeTimeFilter(u"auditTo"_s, tr("To"), m_toAny, m_to);

    auto *actorLabel = new QLabel(tr("&Actor:"), parent);
    actorLabel->setBuddy(m_actorFilter);
    auto *actionLabel = new QLabel(tr("A&ction:"), parent);
    actionLabel->setBuddy(m_actionFilter);
    auto *targetLabel = new QLabel(tr("Tar&get:"), parent);
    targetLabel->setBuddy(m_targetFilter);
    auto *fromLabel = new QLabel(tr("&From:"), parent);
    fromLabel->setBuddy(m_from);
    auto *toLabel = new QLabel(tr("T&o:"), parent);
    toLabel->setBuddy(m_to);

    grid->addWidget(actorLabel, 0, 0);
    grid->addWidget(m_actorFilter, 0, 1);
    grid->addWidget(actionLabel, 0, 2);
    grid->addWidget(m_actionFilter, 0, 3);
    grid->addWidget(targetLabel, 0, 4);
    grid->addWidget(m_targetFilter, 0, 5, 1, 2);
    grid->addWidget(fromLabel, 1, 0);
    auto *fromRow = new QHBoxLayout;
    fromRow->addWidget(m_fromAny);
    fromRow->addWidget(m_from, 1);
    grid->addLayout(fromRow, 1, 1);
    grid->addWidget(toLabel, 1, 2);
    auto *toRow = new QHBoxLayout;
    toRow->addWidget(m_toAny);
    toRow->addWidget(m_to, 1);
    grid->addLayout(toRow, 1, 3);
    grid->setColumnStretch(1, 2);
    grid->setColumnStretch(5, 3);
    static_cast<QVBoxLayout *>(parent->layout())->addLayout(grid);

    setTabOrder(m_actorFilter, m_actionFilter);
    setTabOrder(m_actionFilter, m_targetFilter);
    setTabOrder(m_targetFilter, m_fromAny);
    setTabOrder(m_fromAny, m_from);
    setTabOrder(m_from, m_toAny);
    setTabOrder(m_toAny, m_to);

    connect(m_actorFilter, &QLineEdit::textChanged, this, &AuditPanel::applyFilters);
    connect(m_targetFilter, &QLineEdit::textChanged, this, &AuditPanel::applyFilters);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &AuditPanel::applyFilters);
}

void AuditPanel::setContext(const NodeContext &context)
{
    m_context = context;
    m_selectedId.clear();
    reload();
}

void AuditPanel::refresh()
{
    const QModelIndex current = m_view->currentIndex();
    m_selectedId = current.isValid() ? current.data(AuditEventModel::IdRole).toString() : QString();
    reload();
}

void AuditPanel::focusFilter()
{
    m_actorFilter->setFocus(Qt::ShortcutFocusReason);
    m_actorFilter->selectAll();
}

void AuditPanel::setPageSize(int pageSize)
{
    m_pageSize = qMax(1, pageSize);
}

void AuditPanel::reload()
{
    ++m_generation;
    m_loadingAll = false;
    m_serverTotal = -1;
    m_pagesLoaded = 0;
    m_model->clear();
    m_status->clear();
    m_pages->setCurrentIndex(0);
    m_unavailableShown = false;
    updateActionChoices();
    if (!m_context.isValid()) {
        updateActions();
        return;
    }
    if (!Permissions::allows(m_context, AuditPermission)) {
        m_status->showInfo(Permissions::reason(m_context, AuditPermission));
        updateActions();
        return;
    }
    fetchPage(QString());
}

void AuditPanel::fetchPage(const QString &beforeId)
{
    const quint64 generation = m_generation;
    const qint64 loadedBefore = m_model->rowCount();
    m_status->showBusy(beforeId.isEmpty() ? tr("Loading the audit trail…")
                                          : tr("Loading older events…"));
    updateActions();
    m_api->audit(
        m_context.organization, AuditQuery{beforeId, m_pageSize}, this,
        [this, generation, loadedBefore, beforeId](const ApiResult<Page<AuditEvent>> &result) {
            if (generation != m_generation) {
                return;
            }
            if (!result) {
                m_model->cancelFetch();
                m_loadingAll = false;
                if (result.error().kind == ApiError::NotFound && beforeId.isEmpty()) {
                    // A plain CAVE server has no such route: nothing is wrong.
                    m_status->clear();
                    m_unavailableShown = true;
                    m_pages->setCurrentIndex(1);
                } else {
                    m_status->showError(result.error().message, [this, beforeId] {
                        if (beforeId.isEmpty()) {
                            reload();
                        } else {
                            m_model->fetchMore({});
                        }
                    });
                }
                updateActions();
                return;
            }
            ++m_pagesLoaded;
            const Page<AuditEvent> &page = *result;
            // The count answers "how many events before the cursor", so the
            // whole trail is what was loaded before plus this answer.
            bool more = page.items.size() >= m_pageSize;
            if (page.total) {
                m_serverTotal = loadedBefore + *page.total;
                more = !page.items.isEmpty() && loadedBefore + page.items.size() < m_serverTotal;
            }
            m_status->clear();
            m_model->appendEvents(page.items, more);
            updateActionChoices();
            if (!m_selectedId.isEmpty()) {
                for (int row = 0; row < m_proxy->rowCount(); ++row) {
                    const QModelIndex index = m_proxy->index(row, 0);
                    if (index.data(AuditEventModel::IdRole).toString() == m_selectedId) {
                        m_view->setCurrentIndex(index);
                        m_view->selectRow(row);
                        m_selectedId.clear();
                        break;
                    }
                }
            }
            if (m_loadingAll) {
                continueLoadAll();
            }
            updateCount();
            updateActions();
        });
}

void AuditPanel::applyFilters()
{
    m_proxy->setActor(m_actorFilter->text());
    m_proxy->setAction(m_actionFilter->currentData().toString());
    m_proxy->setTarget(m_targetFilter->text());
    std::optional<QDateTime> from;
    std::optional<QDateTime> to;
    if (!m_fromAny->isChecked()) {
        from = m_from->dateTime().toUTC();
    }
    if (!m_toAny->isChecked()) {
        // The edit shows whole seconds; "to 12:00:05" includes 12:00:05.999.
        to = m_to->dateTime().toUTC().addMSecs(999);
    }
    m_proxy->setTimeRange(from, to);
    updateCount();
    updateActions();
}

void AuditPanel::updateActionChoices()
{
    const QString current = m_actionFilter->currentData().toString();
    const QStringList actions = m_model->actions();
    QStringList present;
    for (int index = 1; index < m_actionFilter->count(); ++index) {
        present.append(m_actionFilter->itemData(index).toString());
    }
    if (present == actions) {
        return;
    }
    // Rebuilding must not count as the user choosing another action.
    const QSignalBlocker blocker(m_actionFilter);
    while (m_actionFilter->count() > 1) {
        m_actionFilter->removeItem(1);
    }
    for (const QString &action : actions) {
        m_actionFilter->addItem(action, action);
    }
    const int index = m_actionFilter->findData(current);
    if (index >= 0) {
        m_actionFilter->setCurrentIndex(index);
    } else {
        // Kept selectable although no loaded event has it (after a reload).
        m_actionFilter->addItem(current, current);
        m_actionFilter->setCurrentIndex(m_actionFilter->count() - 1);
    }
}

void AuditPanel::updateCount()
{
    const QLocale locale;
    const int shown = m_proxy->rowCount();
    const int loaded = m_model->rowCount();
    if (m_serverTotal >= 0) {
        m_count->setText(tr("Showing %1 of %2 loaded events (server has %3)")
                             .arg(locale.toString(shown), locale.toString(loaded),
                                  locale.toString(m_serverTotal)));
    } else {
        m_count->setText(tr("Showing %1 of %2 loaded events")
                             .arg(locale.toString(shown), locale.toString(loaded)));
    }
    if (m_loadingAll && m_serverTotal > 0) {
        m_progress->setRange(0, int(qMin<qint64>(m_serverTotal, INT_MAX)));
        m_progress->setValue(loaded);
    }
}

void AuditPanel::updateActions()
{
    const bool allowed = m_context.isValid() && Permissions::allows(m_context, AuditPermission);
    const QString reason =
        m_context.isValid() ? Permissions::reason(m_context, AuditPermission) : QString();
    const bool hasRows = m_proxy->rowCount() > 0;
    m_loadAll->setText(m_loadingAll ? tr("Cancel Loading") : tr("Load All"));
    m_loadAll->setEnabled(allowed && (m_loadingAll || m_model->moreAvailable()));
    m_exportCsv->setEnabled(allowed && hasRows);
    m_exportJson->setEnabled(allowed && hasRows);
    for (QWidget *widget :
         {static_cast<QWidget *>(m_actorFilter), static_cast<QWidget *>(m_actionFilter),
          static_cast<QWidget *>(m_targetFilter), static_cast<QWidget *>(m_fromAny),
          static_cast<QWidget *>(m_toAny)}) {
        widget->setEnabled(allowed);
    }
    if (!allowed) {
        m_loadAll->setToolTip(reason);
    }
    m_progress->setVisible(m_loadingAll);
}

void AuditPanel::startLoadAll()
{
    m_loadingAll = true;
    m_progress->setRange(0, 0);
    updateCount();
    updateActions();
    continueLoadAll();
}

void AuditPanel::stopLoadAll()
{
    // The page in flight still arrives and is kept; no further one is asked.
    m_loadingAll = false;
    updateActions();
}

void AuditPanel::continueLoadAll()
{
    if (!m_model->moreAvailable()) {
        m_loadingAll = false;
        if (m_serverTotal >= 0) {
            Q_EMIT statusMessage(
                tr("All %1 audit events loaded.").arg(QLocale().toString(m_model->rowCount())));
        }
        updateActions();
        return;
    }
    // A page the view asked for may already be on its way.
    if (m_model->canFetchMore({})) {
        m_model->fetchMore({});
    }
}

QList<AuditEvent> AuditPanel::shownEvents() const
{
    QList<AuditEvent> events;
    events.reserve(m_proxy->rowCount());
    for (int row = 0; row < m_proxy->rowCount(); ++row) {
        events.append(m_model->events().at(m_proxy->mapToSource(m_proxy->index(row, 0)).row()));
    }
    return events;
}

bool AuditPanel::writeFile(const QString &path, const QByteArray &bytes, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error) {
            *error = tr("Could not write %1: %2").arg(path, file.errorString());
        }
        return false;
    }
    return true;
}

bool AuditPanel::exportCsv(const QString &path, QString *error)
{
    return writeFile(path, AuditExport::toCsv(shownEvents()), error);
}

bool AuditPanel::exportJson(const QString &path, QString *error)
{
    return writeFile(path, AuditExport::toJson(shownEvents()), error);
}

void AuditPanel::chooseExportFile(bool json)
{
    auto *dialog = new QFileDialog(this, json ? tr("Export Audit Events as JSON")
                                              : tr("Export Audit Events as CSV"));
    dialog->setObjectName(u"auditExportDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setNameFilter(json ? tr("JSON files (*.json)") : tr("CSV files (*.csv)"));
    dialog->setDefaultSuffix(json ? u"json"_s : u"csv"_s);
    dialog->selectFile(m_context.organization + (json ? u"-audit.json"_s : u"-audit.csv"_s));
    connect(dialog, &QFileDialog::fileSelected, this, [this, json](const QString &path) {
        QString error;
        const int rows = m_proxy->rowCount();
        const bool written = json ? exportJson(path, &error) : exportCsv(path, &error);
        if (!written) {
            m_status->showError(error);
            return;
        }
        Q_EMIT statusMessage(tr("Exported %n audit event(s) to %1.", nullptr, rows).arg(path));
    });
    dialog->open();
}

void AuditPanel::showDetails(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid()) {
        return;
    }
    const AuditEvent &event = m_model->events().at(m_proxy->mapToSource(proxyIndex).row());
    auto *dialog = new QDialog(this);
    dialog->setObjectName(u"auditDetailsDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Audit Event %1").arg(event.id));
    auto *layout = new QVBoxLayout(dialog);
    auto *text = new QPlainTextEdit(dialog);
    text->setObjectName(u"auditDetailsText"_s);
    text->setAccessibleName(tr("Audit event as JSON"));
    text->setReadOnly(true);
    text->setPlainText(
        QString::fromUtf8(QJsonDocument(keyward::toJson(event)).toJson(QJsonDocument::Indented)));
    layout->addWidget(text);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->setObjectName(u"auditDetailsButtons"_s);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->resize(520, 320);
    dialog->open();
}

void AuditPanel::copySelection()
{
    QList<AuditEvent> events;
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows) {
        events.append(m_model->events().at(m_proxy->mapToSource(index).row()));
    }
    if (events.isEmpty()) {
        return;
    }
    // One event copies as an object, several as the export's array.
    const QByteArray json =
        events.size() == 1
            ? QJsonDocument(keyward::toJson(events.first())).toJson(QJsonDocument::Indented)
            : AuditExport::toJson(events);
    QApplication::clipboard()->setText(QString::fromUtf8(json));
    Q_EMIT statusMessage(tr("Copied %n audit event(s) as JSON.", nullptr, int(events.size())));
}

} // namespace keyward
