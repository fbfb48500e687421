// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedialog.h"

#include "api/apiclient.h"
#include "common/fieldproblemlabel.h"
#include "common/inlinestatus.h"
#include "domain/names.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

NameDialog::NameDialog(ApiClient *api, Mode mode, const QString &organization, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_mode(mode)
    , m_organization(organization)
    , m_nameEdit(new QLineEdit(this))
    , m_nameProblem(makeFieldProblemLabel(u"nameProblemLabel"_s, this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"nameDialog"_s);
    const bool isOrganization = mode == Mode::Organization;
    setWindowTitle(isOrganization ? tr("New Organization")
                                  : tr("New Team in %1").arg(organization));
    setAccessibleName(windowTitle());

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        isOrganization
            ? tr("You become the organization's administrator. It starts with one token, "
                 "\"default\", for publishing.")
            : tr("Teams group members and tokens inside %1. The team starts with one token, "
                 "\"default\"; administrators of %1 manage every team.")
                  .arg(organization),
        this);
    intro->setWordWrap(true);
    intro->setTextFormat(Qt::PlainText);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_nameEdit->setObjectName(u"nameEdit"_s);
    m_nameEdit->setAccessibleName(isOrganization ? tr("Organization name") : tr("Team name"));
    m_nameEdit->setPlaceholderText(isOrganization ? tr("e.g. acme") : tr("e.g. runners"));
    m_nameEdit->setMaxLength(256);
    auto *nameColumn = new QVBoxLayout;
    nameColumn->setSpacing(2);
    nameColumn->addWidget(m_nameEdit);
    nameColumn->addWidget(m_nameProblem);
    nameColumn->addWidget(makeFieldHintLabel(
        isOrganization ? tr("1–64 letters, digits, '-', '_' or '.'; part of every URL. "
                            "Unique on the whole server; it cannot be changed later.")
                       : tr("1–64 letters, digits, '-', '_' or '.'; unique within %1. "
                            "It cannot be changed later.")
                             .arg(organization),
        this));
    form->addRow(tr("&Name:"), nameColumn);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(nameColumn))) {
        label->setBuddy(m_nameEdit);
    }

    if (isOrganization) {
        m_emailEdit = new QLineEdit(this);
        m_emailEdit->setObjectName(u"organizationEmailEdit"_s);
        m_emailEdit->setAccessibleName(tr("Contact email"));
        m_emailEdit->setPlaceholderText(tr("ops@example.com"));
        m_emailProblem = makeFieldProblemLabel(u"organizationEmailProblemLabel"_s, this);
        auto *emailColumn = new QVBoxLayout;
        emailColumn->setSpacing(2);
        emailColumn->addWidget(m_emailEdit);
        emailColumn->addWidget(m_emailProblem);
        form->addRow(tr("Contact &email:"), emailColumn);
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(emailColumn))) {
            label->setBuddy(m_emailEdit);
        }

        m_urlEdit = new QLineEdit(this);
        m_urlEdit->setObjectName(u"organizationNotificationUrlEdit"_s);
        m_urlEdit->setAccessibleName(tr("Notification URL"));
        m_urlEdit->setPlaceholderText(tr("https://example.com/alerts"));
        m_urlProblem = makeFieldProblemLabel(u"organizationNotificationUrlProblemLabel"_s, this);
        auto *urlColumn = new QVBoxLayout;
        urlColumn->setSpacing(2);
        urlColumn->addWidget(m_urlEdit);
        urlColumn->addWidget(m_urlProblem);
        urlColumn->addWidget(makeFieldHintLabel(
            tr("Where the server posts alert notifications for this organization; when that "
               "fails it mails the contact email."),
            this));
        form->addRow(tr("Notification &URL:"), urlColumn);
        if (auto *label = qobject_cast<QLabel *>(form->labelForField(urlColumn))) {
            label->setBuddy(m_urlEdit);
        }
    }
    layout->addLayout(form);

    m_status->setObjectNames(u"nameDialogStatus"_s);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_create = buttons->addButton(isOrganization ? tr("Create Organization") : tr("Create Team"),
                                  QDialogButtonBox::AcceptRole);
    m_create->setObjectName(u"createButton"_s);
    m_create->setAccessibleName(m_create->text());
    m_create->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"cancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    layout->addWidget(buttons);
    setMinimumWidth(520);

    connect(m_nameEdit, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        validate();
    });
    if (m_emailEdit) {
        connect(m_emailEdit, &QLineEdit::textChanged, this, &NameDialog::validate);
        connect(m_urlEdit, &QLineEdit::textChanged, this, &NameDialog::validate);
    }
    connect(m_create, &QPushButton::clicked, this, &NameDialog::create);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);

    if (m_emailEdit) {
        setTabOrder(m_nameEdit, m_emailEdit);
        setTabOrder(m_emailEdit, m_urlEdit);
        setTabOrder(m_urlEdit, m_create);
    } else {
        setTabOrder(m_nameEdit, m_create);
    }
    setTabOrder(m_create, m_cancel);
    m_nameEdit->setFocus();
    validate();
}

NameDialog::~NameDialog() = default;

NameDialog *NameDialog::newOrganization(ApiClient *api, QWidget *parent)
{
    auto *dialog = new NameDialog(api, Mode::Organization, {}, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

NameDialog *NameDialog::newTeam(ApiClient *api, const QString &organization, QWidget *parent)
{
    auto *dialog = new NameDialog(api, Mode::Team, organization, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

QString NameDialog::notificationUrlProblem(const QString &text)
{
    if (text.trimmed().isEmpty()) {
        return tr("Enter the URL where alert notifications should go.");
    }
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme();
    if (!url.isValid() || url.host().isEmpty() || (scheme != u"http" && scheme != u"https")) {
        return tr("Enter an absolute http:// or https:// URL.");
    }
    return {};
}

void NameDialog::validate()
{
    // An untouched empty field is not an error yet: the user has not typed.
    const QString name = m_nameEdit->text();
    const QString problem = nameProblem(name);
    showFieldProblem(m_nameProblem, m_nameTouched || !name.isEmpty() ? problem : QString());
    bool valid = problem.isEmpty();

    if (m_emailEdit) {
        const QString email = m_emailEdit->text().trimmed();
        const bool emailOk = isPlausibleEmail(email);
        showFieldProblem(m_emailProblem, email.isEmpty() || emailOk
                                             ? QString()
                                             : tr("This does not look like an email address."));
        const QString url = m_urlEdit->text();
        const QString urlProblem = notificationUrlProblem(url);
        showFieldProblem(m_urlProblem, url.isEmpty() ? QString() : urlProblem);
        valid = valid && emailOk && urlProblem.isEmpty();
    }
    m_create->setEnabled(valid && !m_busy);
}

void NameDialog::setBusy(bool busy)
{
    m_busy = busy;
    m_nameEdit->setReadOnly(busy);
    if (m_emailEdit) {
        m_emailEdit->setReadOnly(busy);
        m_urlEdit->setReadOnly(busy);
    }
    if (busy) {
        m_status->showBusy(m_mode == Mode::Organization ? tr("Creating the organization…")
                                                        : tr("Creating the team…"));
    }
    validate();
}

void NameDialog::handleFailure(const ApiError &error)
{
    setBusy(false);
    const QString name = m_nameEdit->text();
    QString message = error.message;
    if (error.kind == ApiError::Conflict) {
        message = m_mode == Mode::Organization
                      ? tr("An organization named %1 already exists. Names are unique across "
                           "the whole server.")
                            .arg(name)
                      : tr("A team named %1 already exists in %2. Team names are unique within "
                           "their organization.")
                            .arg(name, m_organization);
    }
    m_status->showError(message);
    m_nameEdit->setFocus();
}

void NameDialog::create()
{
    if (m_busy || !m_create->isEnabled()) {
        return;
    }
    m_nameTouched = true;
    validate();
    if (!m_create->isEnabled()) {
        return;
    }
    m_status->clear();
    setBusy(true);
    const QString name = m_nameEdit->text();
    if (m_mode == Mode::Organization) {
        const CreateOrganizationRequest request{name, m_emailEdit->text().trimmed(),
                                                m_urlEdit->text().trimmed()};
        m_api->createOrganization(request, this, [this](const ApiResult<Organization> &result) {
            if (!result) {
                handleFailure(result.error());
                return;
            }
            m_busy = false;
            m_status->clear();
            Q_EMIT organizationCreated(*result);
            Q_EMIT statusMessage(
                tr("Organization %1 created with its first token.").arg(result->name));
            accept();
        });
    } else {
        m_api->createTeam(m_organization, name, this, [this](const ApiResult<Team> &result) {
            if (!result) {
                handleFailure(result.error());
                return;
            }
            m_busy = false;
            m_status->clear();
            Q_EMIT teamCreated(m_organization, *result);
            Q_EMIT statusMessage(tr("Team %1 created in %2 with its first token.")
                                     .arg(result->name, m_organization));
            accept();
        });
    }
}

} // namespace keyward
