// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilemanagerdialog.h"

#include "colourswatch.h"
#include "common/confirmdialog.h"
#include "common/inlinestatus.h"
#include "domain/names.h"
#include "fingerprinttext.h"
#include "profilelistmodel.h"
#include "settings/profilestore.h"

#include <QColorDialog>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QScopedValueRollback>

using namespace Qt::StringLiterals;

namespace keyward {

ProfileManagerDialog::ProfileManagerDialog(ProfileStore *store, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_model(new ProfileListModel(store, this))
{
    setObjectName(u"profileManagerDialog"_s);
    setWindowTitle(tr("Connection Profiles"));
    setAccessibleName(windowTitle());
    buildUi();
    connectSignals();

    if (m_model->rowCount() > 0) {
        const QUuid last = m_store->lastUsedProfileId();
        selectProfile(last.isNull() ? m_model->idAt(0) : last);
    } else {
        loadProfile(std::nullopt);
    }
}

ProfileManagerDialog::~ProfileManagerDialog() = default;

void ProfileManagerDialog::selectProfile(const QUuid &id)
{
    if (id == m_editingId && !id.isNull()) {
        return;
    }
    const QModelIndex index = m_model->indexOfId(id);
    if (index.isValid()) {
        // Through the selection, so unsaved edits are handled as for a click.
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    }
}

ConnectionProfile ProfileManagerDialog::formProfile() const
{
    ConnectionProfile profile;
    profile.id = m_editingId;
    profile.name = m_name->text();
    const QString url = m_url->text().trimmed();
    profile.serverUrl = url.isEmpty() ? QUrl() : QUrl(url, QUrl::StrictMode);
    profile.environment = static_cast<Environment>(m_environment->currentData().toInt());
    profile.colour = m_colour;
    profile.accountEmail = m_email->text();
    profile.trustedCertificateSha256 = m_certificates;
    return profile;
}

bool ProfileManagerDialog::hasUnsavedChanges() const
{
    if (m_loading) {
        return false;
    }
    // A profile removed meanwhile has nothing left to save into.
    if (!m_editingId.isNull() && !m_store->find(m_editingId)) {
        return false;
    }
    return formProfile() != m_loaded;
}

QString ProfileManagerDialog::problem() const
{
    const ConnectionProfile form = formProfile();
    if (const std::optional<ProfileError> error = m_store->validate(form)) {
        return error->message;
    }
    const QString email = form.accountEmail.trimmed();
    if (!email.isEmpty() && !isPlausibleEmail(email)) {
        return tr("“%1” does not look like an email address. Leave the field empty or enter "
                  "the address you log in with.")
            .arg(email);
    }
    return {};
}

void ProfileManagerDialog::loadProfile(const std::optional<ConnectionProfile> &profile)
{
    {
        const QScopedValueRollback loading(m_loading, true);
        const ConnectionProfile shown = profile.value_or(ConnectionProfile{});
        m_editingId = shown.id;
        m_name->setText(shown.name);
        m_url->setText(shown.serverUrl.toString());
        m_environment->setCurrentIndex(
            m_environment->findData(static_cast<int>(shown.environment)));
        m_email->setText(shown.accountEmail);
        m_colour = shown.colour;
        m_certificates = shown.trustedCertificateSha256;
        fillCertificates();
        // As read back from the widgets, so spelling differences (a URL
        // reformatted by QUrl) do not count as edits.
        m_loaded = formProfile();
    }
    m_status->clear();
    updateColourButton();
    updateState();
}

void ProfileManagerDialog::fillCertificates()
{
    m_certificateList->clear();
    for (const QString &fingerprint : std::as_const(m_certificates)) {
        auto *item = new QListWidgetItem(fingerprintForDisplay(fingerprint), m_certificateList);
        item->setData(Qt::UserRole, fingerprint);
        item->setData(Qt::AccessibleTextRole, tr("Certificate %1").arg(fingerprint));
    }
    if (m_certificates.isEmpty()) {
        auto *item = new QListWidgetItem(tr("None"), m_certificateList);
        item->setFlags(Qt::NoItemFlags);
    }
}

void ProfileManagerDialog::updateColourButton()
{
    const Environment environment = static_cast<Environment>(m_environment->currentData().toInt());
    const QString effective = m_colour.isEmpty() ? defaultEnvironmentColour(environment) : m_colour;
    m_colourButton->setIcon(colourSwatch(QColor(effective)));
    m_colourButton->setText(m_colour.isEmpty() ? tr("Default (%1)").arg(effective) : m_colour);
    m_colourButton->setAccessibleDescription(m_colourButton->text());
    m_colourReset->setEnabled(!m_colour.isEmpty());
}

void ProfileManagerDialog::updateState()
{
    if (m_loading) {
        return;
    }
    const bool isNew = m_editingId.isNull();
    const bool dirty = hasUnsavedChanges();
    const QString why = problem();
    const QString title = isNew ? tr("New connection profile") : m_loaded.name;
    m_editorTitle->setText(dirty ? tr("%1 (unsaved changes)").arg(title) : title);
    if (isNew && !dirty) {
        m_status->showInfo(tr("Enter a name and the server address, then press Save."));
    } else if (!why.isEmpty()) {
        m_status->showError(why);
    } else {
        m_status->clear();
    }
    m_save->setEnabled(dirty && why.isEmpty());
    m_revert->setEnabled(dirty);
    m_connect->setEnabled(!isNew && !(dirty && !why.isEmpty()));
    m_duplicate->setEnabled(!isNew);
    m_remove->setEnabled(!isNew);
    const QListWidgetItem *certificate = m_certificateList->currentItem();
    m_removeCertificate->setEnabled(certificate && !certificate->data(Qt::UserRole).isNull());
}

void ProfileManagerDialog::selectRowOf(const QUuid &id)
{
    const QScopedValueRollback switching(m_switching, true);
    const QModelIndex index = m_model->indexOfId(id);
    if (index.isValid()) {
        m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    } else {
        m_list->selectionModel()->clear();
    }
}

std::optional<QUuid> ProfileManagerDialog::commit()
{
    const ConnectionProfile form = formProfile();
    if (const QString why = problem(); !why.isEmpty()) {
        m_status->showError(why);
        return std::nullopt;
    }
    if (m_editingId.isNull()) {
        const auto added = m_store->add(form);
        if (!added) {
            // A write failure still keeps the profile for this session.
            if (const auto kept = m_store->findByName(form.name)) {
                m_editingId = kept->id;
            }
            m_status->showError(added.error().message);
            return std::nullopt;
        }
        return added.value().id;
    }
    if (const std::optional<ProfileError> error = m_store->update(form)) {
        m_status->showError(error->message);
        return std::nullopt;
    }
    return form.id;
}

void ProfileManagerDialog::save()
{
    if (const std::optional<QUuid> id = commit()) {
        selectRowOf(*id);
        loadProfile(m_store->find(*id));
    }
}

void ProfileManagerDialog::revert()
{
    if (m_editingId.isNull()) {
        // Discarding a new profile goes back to the first one, if any.
        const QUuid first = m_model->idAt(0);
        selectRowOf(first);
        loadProfile(first.isNull() ? std::nullopt : m_store->find(first));
        return;
    }
    loadProfile(m_store->find(m_editingId));
}

void ProfileManagerDialog::settleThen(const std::function<void()> &next)
{
    if (!hasUnsavedChanges()) {
        next();
        return;
    }
    const QString why = problem();
    if (why.isEmpty()) {
        if (commit()) {
            next();
        }
        return;
    }
    const QString name =
        m_name->text().trimmed().isEmpty() ? tr("the new profile") : m_name->text().trimmed();
    ConfirmDialog::ask(
        this,
        {tr("Discard changes?"),
         tr("The changes to “%1” cannot be saved: %2\n\nDiscard them?").arg(name, why),
         tr("Discard changes"),
         {}},
        [this, next](ConfirmDialog *dialog) {
            dialog->accept();
            loadProfile(m_editingId.isNull() ? std::nullopt : m_store->find(m_editingId));
            next();
        });
}

void ProfileManagerDialog::onCurrentChanged(const QModelIndex &current)
{
    if (m_switching) {
        return;
    }
    const QUuid target = current.isValid() ? m_model->idAt(current.row()) : QUuid();
    if (!m_editingId.isNull() && target == m_editingId) {
        return;
    }
    const auto show = [this, target] {
        loadProfile(target.isNull() ? std::nullopt : m_store->find(target));
    };
    if (!hasUnsavedChanges()) {
        show();
        return;
    }
    if (problem().isEmpty()) {
        if (commit()) {
            show();
        } else {
            QMetaObject::invokeMethod(
                this, [this] { selectRowOf(m_editingId); }, Qt::QueuedConnection);
        }
        return;
    }
    // Later, so the view has finished handling the click that moved the
    // selection before it is moved back while the user decides.
    QMetaObject::invokeMethod(
        this,
        [this, target] {
            selectRowOf(m_editingId);
            settleThen([this, target] {
                selectRowOf(target);
                loadProfile(target.isNull() ? std::nullopt : m_store->find(target));
            });
        },
        Qt::QueuedConnection);
}

void ProfileManagerDialog::startNewProfile()
{
    settleThen([this] {
        selectRowOf({});
        loadProfile(std::nullopt);
        m_name->setFocus();
    });
}

void ProfileManagerDialog::duplicateProfile()
{
    settleThen([this] {
        std::optional<ConnectionProfile> copy = m_store->find(m_editingId);
        if (!copy) {
            return;
        }
        const QString base = copy->name;
        copy->id = QUuid();
        copy->name = tr("%1 (copy)").arg(base);
        for (int n = 2; m_store->findByName(copy->name); ++n) {
            copy->name = tr("%1 (copy %2)").arg(base).arg(n);
        }
        const auto added = m_store->add(*copy);
        if (!added) {
            m_status->showError(added.error().message);
            return;
        }
        selectRowOf(added.value().id);
        loadProfile(added.value());
        m_name->setFocus();
        m_name->selectAll();
    });
}

void ProfileManagerDialog::removeProfile()
{
    const std::optional<ConnectionProfile> profile = m_store->find(m_editingId);
    if (!profile) {
        return;
    }
    const QUuid id = profile->id;
    ConfirmDialog::ask(
        this,
        {tr("Remove connection profile"),
         tr("The connection profile “%1” (%2) and the certificates trusted for it will be "
            "removed from this computer. The server and its data are not affected.")
             .arg(profile->name, profile->serverUrl.toDisplayString()),
         tr("Remove profile"),
         {}},
        [this, id](ConfirmDialog *dialog) {
            if (const std::optional<ProfileError> error = m_store->remove(id)) {
                if (error->code != ProfileError::WriteFailed) {
                    dialog->showError(error->message);
                    return;
                }
            }
            dialog->accept();
            if (m_editingId == id || m_store->find(m_editingId) == std::nullopt) {
                const QUuid next = m_model->idAt(0);
                selectRowOf(next);
                loadProfile(next.isNull() ? std::nullopt : m_store->find(next));
            }
        });
}

void ProfileManagerDialog::chooseColour()
{
    const Environment environment = static_cast<Environment>(m_environment->currentData().toInt());
    const QString effective = m_colour.isEmpty() ? defaultEnvironmentColour(environment) : m_colour;
    auto *dialog = new QColorDialog(QColor(effective), this);
    dialog->setObjectName(u"profileColourDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Colour for this profile"));
    connect(dialog, &QColorDialog::colorSelected, this, [this](const QColor &colour) {
        if (colour.isValid()) {
            m_colour = colour.name();
            updateColourButton();
            updateState();
        }
    });
    dialog->open();
}

void ProfileManagerDialog::removeCertificate()
{
    const QListWidgetItem *item = m_certificateList->currentItem();
    if (!item) {
        return;
    }
    m_certificates.removeAll(item->data(Qt::UserRole).toString());
    fillCertificates();
    updateState();
}

void ProfileManagerDialog::connectToProfile()
{
    if (hasUnsavedChanges()) {
        if (const QString why = problem(); !why.isEmpty()) {
            m_status->showError(why);
            return;
        }
        if (!commit()) {
            return;
        }
    }
    if (m_editingId.isNull()) {
        return;
    }
    Q_EMIT profileChosen(m_editingId);
    accept();
}

void ProfileManagerDialog::reject()
{
    settleThen([this] { QDialog::reject(); });
}

void ProfileManagerDialog::onStoreUpdated(const QUuid &id)
{
    // Someone else changed the profile on screen (e.g. trusted a certificate):
    // show it, unless that would throw away the user's edits.
    if (id == m_editingId && !m_loading && !hasUnsavedChanges()) {
        loadProfile(m_store->find(id));
    }
}

void ProfileManagerDialog::onStoreReloaded()
{
    if (m_store->find(m_editingId)) {
        selectRowOf(m_editingId);
        return;
    }
    const QUuid first = m_model->idAt(0);
    selectRowOf(first);
    loadProfile(first.isNull() ? std::nullopt : m_store->find(first));
}

} // namespace keyward
