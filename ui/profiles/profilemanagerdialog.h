// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/connectionprofile.h"

#include <QDialog>
#include <QUuid>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QListWidget;
class QModelIndex;
class QPushButton;

namespace keyward {

class InlineStatus;
class ProfileListModel;
class ProfileStore;

/// Lists the connection profiles and edits the selected one: name, server,
/// environment and its colour, account email, trusted certificates. Every
/// change is checked live with ProfileStore::validate(); Save stays disabled
/// while the form is invalid and the problem is written under the form.
///
/// Unsaved edits are never lost silently: switching to another profile,
/// adding, duplicating or closing saves them when they are valid, and asks
/// before discarding them when they are not ("Revert" discards on purpose).
///
/// objectNames: profileList, addProfileButton, duplicateProfileButton,
/// removeProfileButton, profileNameEdit, profileUrlEdit,
/// profileEnvironmentCombo, profileColourButton, profileColourResetButton,
/// profileColourDialog (while open), profileEmailEdit,
/// profileCertificatesList, profileRemoveCertificateButton, profileStatus,
/// revertProfileButton, saveProfileButton, connectButton, closeButton.
class ProfileManagerDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileManagerDialog)

public:
    /// \p store is not owned and must outlive the dialog.
    explicit ProfileManagerDialog(ProfileStore *store, QWidget *parent = nullptr);
    ~ProfileManagerDialog() override;

    /// Shows profile \p id in the editor (as if the user clicked it).
    void selectProfile(const QUuid &id);
    /// The profile in the editor; null while a new one is being entered.
    QUuid currentProfileId() const { return m_editingId; }
    bool hasUnsavedChanges() const;

Q_SIGNALS:
    /// The user wants to connect with this profile (double-click or Connect).
    void profileChosen(const QUuid &id);

public Q_SLOTS:
    /// Close: saves valid edits first, asks before discarding invalid ones.
    void reject() override;

private:
    void buildUi();
    void connectSignals();

    ConnectionProfile formProfile() const;
    /// The sentence that keeps the form from being saved; empty when valid.
    QString problem() const;
    void loadProfile(const std::optional<ConnectionProfile> &profile);
    void updateState();
    void updateColourButton();
    void fillCertificates();
    void selectRowOf(const QUuid &id);

    /// Stores the form; the stored id, or nullopt after showing why not.
    std::optional<QUuid> commit();
    void save();
    void revert();
    /// Runs \p next once the edits are out of the way (saved when valid,
    /// discarded after asking when not).
    void settleThen(const std::function<void()> &next);

    void onCurrentChanged(const QModelIndex &current);
    void startNewProfile();
    void duplicateProfile();
    void removeProfile();
    void chooseColour();
    void removeCertificate();
    void connectToProfile();
    void onStoreUpdated(const QUuid &id);
    void onStoreReloaded();

    ProfileStore *m_store;
    ProfileListModel *m_model;
    QUuid m_editingId;
    /// The form as loaded: what "unsaved changes" are measured against.
    ConnectionProfile m_loaded;
    QString m_colour;
    QStringList m_certificates;
    bool m_loading = false;
    bool m_switching = false;

    QListView *m_list = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_duplicate = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_editorTitle = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QComboBox *m_environment = nullptr;
    QPushButton *m_colourButton = nullptr;
    QPushButton *m_colourReset = nullptr;
    QLineEdit *m_email = nullptr;
    QListWidget *m_certificateList = nullptr;
    QPushButton *m_removeCertificate = nullptr;
    InlineStatus *m_status = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_connect = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace keyward
