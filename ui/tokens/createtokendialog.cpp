// SPDX-License-Identifier: GPL-3.0-or-later
#include "createtokendialog.h"

#include "common/inlinestatus.h"

#include "api/apiclient.h"
#include "domain/relativetime.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonValue>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStyle>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QLabel *explanation(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    // A notch smaller than the fields: it explains, it is not asked for.
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 0.92);
    label->setFont(font);
    return label;
}

/// A two-column key/value table with Add and Remove buttons beside it.
QWidget *keyValueEditor(QTableWidget *table, const QString &name, const QString &what,
                        QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QHBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    table->setColumnCount(2);
    table->setHorizontalHeaderLabels(
        {CreateTokenDialog::tr("Key"), CreateTokenDialog::tr("Value")});
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setFixedHeight(table->horizontalHeader()->sizeHint().height() +
                          3 * table->verticalHeader()->defaultSectionSize() + 4);
    table->setObjectName(name + u"Table"_s);
    table->setAccessibleName(what);
    layout->addWidget(table, 1);

    auto *buttons = new QVBoxLayout;
    auto *add = new QPushButton(CreateTokenDialog::tr("Add"), box);
    add->setObjectName(name + u"AddButton"_s);
    add->setAccessibleName(CreateTokenDialog::tr("Add a row to %1").arg(what));
    auto *remove = new QPushButton(CreateTokenDialog::tr("Remove"), box);
    remove->setObjectName(name + u"RemoveButton"_s);
    remove->setAccessibleName(CreateTokenDialog::tr("Remove the selected row from %1").arg(what));
    remove->setEnabled(false);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);

    QObject::connect(add, &QPushButton::clicked, table, [table] {
        const int row = table->rowCount();
        table->insertRow(row);
        table->setItem(row, 0, new QTableWidgetItem);
        table->setItem(row, 1, new QTableWidgetItem);
        table->setCurrentCell(row, 0);
        table->setFocus();
        table->editItem(table->item(row, 0));
    });
    QObject::connect(remove, &QPushButton::clicked, table, [table] {
        const int row = table->currentRow();
        if (row >= 0) {
            table->removeRow(row);
        }
    });
    QObject::connect(table, &QTableWidget::currentCellChanged, remove,
                     [remove](int row) { remove->setEnabled(row >= 0); });
    return box;
}

QString cellText(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

} // namespace

CreateTokenDialog::CreateTokenDialog(ApiClient *api, const NodeContext &context, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_context(context)
    , m_description(new QLineEdit(this))
    , m_expiry(new QComboBox(this))
    , m_expiryDate(new QDateTimeEdit(this))
    , m_expiryHint(new QLabel(this))
    , m_expiryWarning(new QLabel(this))
    , m_scopes(new QListWidget(this))
    , m_labels(new QTableWidget(this))
    , m_attributes(new QTableWidget(this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"createTokenDialog"_s);
    setWindowTitle(tr("New token for %1").arg(context.displayName()));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    auto *intro = explanation(
        context.isTeam()
            ? tr("Applications present this token to publish data to team %1. Its value is shown "
                 "once, right after it is created.")
                  .arg(*context.team)
            : tr("Applications present this token to publish data to organization %1 and its "
                 "teams. Its value is shown once, right after it is created.")
                  .arg(context.organization),
        this);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    m_description->setObjectName(u"tokenDescriptionEdit"_s);
    m_description->setAccessibleName(tr("Description"));
    m_description->setMaxLength(static_cast<int>(MaxTokenDescriptionLength));
    m_description->setPlaceholderText(tr("What uses it, e.g. billing service in production"));
    m_description->setToolTip(tr("Required. Helps you recognise the token later; applications "
                                 "never see it."));
    form->addRow(tr("&Description:"), m_description);

    m_expiry->setObjectName(u"tokenExpiryCombo"_s);
    m_expiry->setAccessibleName(tr("Expires"));
    m_expiry->addItem(tr("In 7 days"), int(Expiry::Days7));
    m_expiry->addItem(tr("In 30 days"), int(Expiry::Days30));
    m_expiry->addItem(tr("In 90 days"), int(Expiry::Days90));
    m_expiry->addItem(tr("In 1 year"), int(Expiry::Year));
    m_expiry->addItem(tr("On a date…"), int(Expiry::OnDate));
    m_expiry->addItem(tr("Never"), int(Expiry::Never));
    m_expiry->setCurrentIndex(int(Expiry::Days90));
    m_expiryDate->setObjectName(u"tokenExpiryDateEdit"_s);
    m_expiryDate->setAccessibleName(tr("Expiry date"));
    m_expiryDate->setCalendarPopup(true);
    m_expiryDate->setTimeSpec(Qt::LocalTime);
    const QDateTime now = QDateTime::currentDateTime();
    m_expiryDate->setMinimumDateTime(now.addSecs(60 * 60));
    m_expiryDate->setDateTime(now.addDays(30));
    m_expiryDate->setDisplayFormat(QLocale().dateTimeFormat(QLocale::ShortFormat));
    m_expiryDate->setVisible(false);
    m_expiryHint->setObjectName(u"tokenExpiryHint"_s);
    m_expiryHint->setTextFormat(Qt::PlainText);
    m_expiryHint->setWordWrap(true);
    auto *expiryBox = new QWidget(this);
    auto *expiryLayout = new QVBoxLayout(expiryBox);
    expiryLayout->setContentsMargins(0, 0, 0, 0);
    auto *expiryRow = new QHBoxLayout;
    expiryRow->addWidget(m_expiry);
    expiryRow->addWidget(m_expiryDate);
    expiryRow->addWidget(m_expiryHint, 1);
    expiryLayout->addLayout(expiryRow);
    m_expiryWarning->setObjectName(u"tokenExpiryWarning"_s);
    m_expiryWarning->setTextFormat(Qt::PlainText);
    m_expiryWarning->setWordWrap(true);
    m_expiryWarning->setText(tr("A token that never expires stays valid until revoked."));
    InlineStatus::styleAsError(m_expiryWarning);
    expiryLayout->addWidget(m_expiryWarning);
    form->addRow(tr("&Expires:"), expiryBox);
    qobject_cast<QLabel *>(form->labelForField(expiryBox))->setBuddy(m_expiry);

    m_scopes->setObjectName(u"tokenScopesList"_s);
    m_scopes->setAccessibleName(tr("Scopes"));
    const struct
    {
        QString scope;
        QString summary;
        QString explanation;
        bool checked;
    } scopes[] = {
        {u"metrics:write"_s,
         {},
         context.isTeam() ? tr("Publish data points to this team.")
                          : tr("Publish data points to this organization and any of its teams."),
         true},
        {u"metrics:read"_s, tr("Read metrics with the token instead of a user's login."),
         context.isTeam()
             ? tr("Read this team's metrics with the token instead of a user's login; the token's "
                  "labels narrow every query.")
             : tr("Read the metrics of this organization and its teams with the token instead of "
                  "a user's login; the token's labels narrow every query."),
         false},
    };
    for (const auto &scope : scopes) {
        auto *item = new QListWidgetItem(tr("%1 — %2").arg(scope.scope, scope.summary.isEmpty()
                                                                            ? scope.explanation
                                                                            : scope.summary),
                                         m_scopes);
        item->setData(Qt::UserRole, scope.scope);
        item->setToolTip(scope.explanation);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(scope.checked ? Qt::Checked : Qt::Unchecked);
    }
    m_scopes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scopes->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    const int scopeRowHeight =
        qMax(m_scopes->fontMetrics().height(), style()->pixelMetric(QStyle::PM_IndicatorHeight)) +
        8;
    for (int i = 0; i < m_scopes->count(); ++i) {
        m_scopes->item(i)->setSizeHint(QSize(0, scopeRowHeight));
    }
    m_scopes->setFixedHeight(scopeRowHeight * m_scopes->count() + 2 * m_scopes->frameWidth() + 2);
    form->addRow(tr("&Scopes:"), m_scopes);
    qobject_cast<QLabel *>(form->labelForField(m_scopes))->setBuddy(m_scopes);

    auto *labelsBox = new QWidget(this);
    auto *labelsLayout = new QVBoxLayout(labelsBox);
    labelsLayout->setContentsMargins(0, 0, 0, 0);
    labelsLayout->addWidget(keyValueEditor(m_labels, u"tokenLabel"_s, tr("Labels"), labelsBox));
    labelsLayout->addWidget(explanation(
        tr("Labels are attached to every point published with this token, replacing the "
           "publisher's tags of the same name; with metrics:read they filter every query."),
        labelsBox));
    m_labels->setObjectName(u"tokenLabelsTable"_s);
    form->addRow(tr("&Labels:"), labelsBox);
    qobject_cast<QLabel *>(form->labelForField(labelsBox))->setBuddy(m_labels);

    auto *attributesBox = new QWidget(this);
    auto *attributesLayout = new QVBoxLayout(attributesBox);
    attributesLayout->setContentsMargins(0, 0, 0, 0);
    attributesLayout->addWidget(
        keyValueEditor(m_attributes, u"tokenAttribute"_s, tr("Attributes"), attributesBox));
    attributesLayout->addWidget(explanation(
        tr("Attributes restrict what the server accepts: max_past and max_future (seconds) refuse "
           "points whose timestamp lies further in the past or future; drop_out_of_window = true "
           "drops such points silently instead."),
        attributesBox));
    m_attributes->setObjectName(u"tokenAttributesTable"_s);
    form->addRow(tr("&Attributes:"), attributesBox);
    qobject_cast<QLabel *>(form->labelForField(attributesBox))->setBuddy(m_attributes);

    layout->addLayout(form);
    layout->addStretch(1);

    m_status->setObjectNames(u"createTokenStatus"_s);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(tr("Create token"), QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createTokenConfirmButton"_s);
    m_create->setAccessibleName(tr("Create token"));
    m_create->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"createTokenCancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);

    setTabOrder(m_description, m_expiry);
    setTabOrder(m_expiry, m_expiryDate);
    setTabOrder(m_expiryDate, m_scopes);
    setTabOrder(m_scopes, m_labels);
    setTabOrder(m_labels, findChild<QPushButton *>(u"tokenLabelAddButton"_s));
    setTabOrder(findChild<QPushButton *>(u"tokenLabelAddButton"_s),
                findChild<QPushButton *>(u"tokenLabelRemoveButton"_s));
    setTabOrder(findChild<QPushButton *>(u"tokenLabelRemoveButton"_s), m_attributes);
    setTabOrder(m_attributes, findChild<QPushButton *>(u"tokenAttributeAddButton"_s));
    setTabOrder(findChild<QPushButton *>(u"tokenAttributeAddButton"_s),
                findChild<QPushButton *>(u"tokenAttributeRemoveButton"_s));
    setTabOrder(findChild<QPushButton *>(u"tokenAttributeRemoveButton"_s), m_create);
    setTabOrder(m_create, m_cancel);

    connect(m_description, &QLineEdit::textChanged, this, &CreateTokenDialog::updateCreateEnabled);
    connect(m_scopes, &QListWidget::itemChanged, this, &CreateTokenDialog::updateCreateEnabled);
    connect(m_expiry, &QComboBox::currentIndexChanged, this, &CreateTokenDialog::updateExpiry);
    connect(m_expiryDate, &QDateTimeEdit::dateTimeChanged, this, &CreateTokenDialog::updateExpiry);
    // Only this button submits: Enter in a table cell must not create the token.
    connect(m_create, &QPushButton::clicked, this, &CreateTokenDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    updateExpiry();
    updateCreateEnabled();
    setMinimumWidth(620);
    adjustSize();
    m_description->setFocus();
}

CreateTokenDialog::~CreateTokenDialog() = default;

std::optional<QDateTime> CreateTokenDialog::presetExpiry(Expiry expiry, const QDateTime &now)
{
    switch (expiry) {
    case Expiry::Days7:
        return now.addDays(7);
    case Expiry::Days30:
        return now.addDays(30);
    case Expiry::Days90:
        return now.addDays(90);
    case Expiry::Year:
        return now.addYears(1);
    case Expiry::OnDate:
    case Expiry::Never:
        return std::nullopt;
    }
    return std::nullopt;
}

void CreateTokenDialog::updateExpiry()
{
    const auto choice = Expiry(m_expiry->currentData().toInt());
    m_expiryDate->setVisible(choice == Expiry::OnDate);
    m_expiryWarning->setVisible(choice == Expiry::Never);
    if (choice == Expiry::Never) {
        m_expiryHint->clear();
        return;
    }
    if (choice == Expiry::OnDate) {
        m_expiryHint->setText(
            RelativeTime::text(m_expiryDate->dateTime(), QDateTime::currentDateTime()));
        return;
    }
    const auto when = presetExpiry(choice, QDateTime::currentDateTime());
    m_expiryHint->setText(tr("Until %1").arg(RelativeTime::absoluteText(*when)));
}

void CreateTokenDialog::updateCreateEnabled()
{
    m_create->setEnabled(!m_busy && !m_description->text().trimmed().isEmpty());
    m_create->setToolTip(
        m_description->text().trimmed().isEmpty() ? tr("Enter a description first.") : QString());
}

std::optional<CreateTokenRequest> CreateTokenDialog::request(const QDateTime &now,
                                                             QString *problem) const
{
    const auto fail = [problem](const QString &text) {
        if (problem) {
            *problem = text;
        }
        return std::nullopt;
    };
    CreateTokenRequest request;
    request.description = m_description->text().trimmed();
    if (request.description.isEmpty()) {
        return fail(tr("Enter a description."));
    }

    const auto choice = Expiry(m_expiry->currentData().toInt());
    if (choice == Expiry::OnDate) {
        const QDateTime when = m_expiryDate->dateTime();
        if (when <= now) {
            return fail(tr("Choose an expiry date in the future."));
        }
        request.expires = when.toUTC();
    } else if (const auto when = presetExpiry(choice, now)) {
        request.expires = when->toUTC();
    }

    for (int i = 0; i < m_scopes->count(); ++i) {
        const QListWidgetItem *item = m_scopes->item(i);
        if (item->checkState() == Qt::Checked) {
            request.scopes.append(item->data(Qt::UserRole).toString());
        }
    }
    if (request.scopes.isEmpty()) {
        return fail(tr("Choose at least one scope: a token without one can do nothing."));
    }

    for (int row = 0; row < m_labels->rowCount(); ++row) {
        const QString key = cellText(m_labels, row, 0);
        const QString value = cellText(m_labels, row, 1);
        if (key.isEmpty() && value.isEmpty()) {
            continue;
        }
        if (!isValidLabelName(key)) {
            return fail(tr("Label “%1”: use 1 to 128 letters, digits, '.', '_' or '-' as its key.")
                            .arg(key));
        }
        if (!isValidLabelValue(value)) {
            return fail(tr("Label “%1” needs a value of 1 to 128 characters.").arg(key));
        }
        if (request.labels.contains(key)) {
            return fail(tr("The label “%1” is listed twice.").arg(key));
        }
        request.labels.insert(key, value);
    }

    for (int row = 0; row < m_attributes->rowCount(); ++row) {
        const QString key = cellText(m_attributes, row, 0);
        const QString value = cellText(m_attributes, row, 1);
        if (key.isEmpty() && value.isEmpty()) {
            continue;
        }
        if (request.attributes.contains(key)) {
            return fail(tr("The attribute “%1” is listed twice.").arg(key));
        }
        if (key == u"max_past" || key == u"max_future") {
            bool ok = false;
            const qlonglong seconds = value.toLongLong(&ok);
            if (!ok || seconds < 0) {
                return fail(
                    tr("The attribute “%1” takes a number of seconds (0 or more).").arg(key));
            }
            request.attributes.insert(key, QJsonValue(seconds));
        } else if (key == u"drop_out_of_window") {
            if (value.compare(u"true"_s, Qt::CaseInsensitive) == 0) {
                request.attributes.insert(key, true);
            } else if (value.compare(u"false"_s, Qt::CaseInsensitive) == 0) {
                request.attributes.insert(key, false);
            } else {
                return fail(tr("The attribute drop_out_of_window takes true or false."));
            }
        } else {
            return fail(tr("“%1” is not an attribute the server knows; use max_past, max_future "
                           "or drop_out_of_window.")
                            .arg(key));
        }
    }
    return request;
}

void CreateTokenDialog::submit()
{
    if (m_busy) {
        return;
    }
    QString problem;
    const auto request = this->request(QDateTime::currentDateTime(), &problem);
    if (!request) {
        m_status->showError(problem);
        return;
    }
    setBusy(true);
    m_api->createToken(m_context.owner(), *request, this, [this](const ApiResult<Token> &result) {
        setBusy(false);
        if (!result) {
            m_status->showError(result.error().message);
            return;
        }
        m_status->clear();
        Q_EMIT created(*result);
        accept();
    });
}

void CreateTokenDialog::setBusy(bool busy)
{
    m_busy = busy;
    for (QWidget *widget :
         {static_cast<QWidget *>(m_description), static_cast<QWidget *>(m_expiry),
          static_cast<QWidget *>(m_expiryDate), static_cast<QWidget *>(m_scopes),
          static_cast<QWidget *>(m_labels), static_cast<QWidget *>(m_attributes)}) {
        widget->setEnabled(!busy);
    }
    if (busy) {
        m_status->showBusy(tr("Creating the token…"));
    }
    updateCreateEnabled();
}

} // namespace keyward
