// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/environment.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace keyward {

class InlineStatus;
struct NodeContext;

/// Asks before something that cannot be undone (delete, revoke, remove).
/// With a name to type, the confirm button only enables once the user typed
/// it exactly: the way to make the dangerous thing hard.
///
/// The dialog does not close on "confirm": it emits confirmed(), the caller
/// sends the request with setBusy(true) and then accept()s on success or
/// calls showError() on failure, so the dialog stays open and the user can
/// try again or cancel. Open it with open() (or ask()), never exec().
///
/// objectNames: "confirmDialog", "confirmText", "confirmNameEdit",
/// "confirmButton", "confirmCancelButton", "confirmStatus"
/// (and "confirmSecondaryButton" when Options has one).
class ConfirmDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfirmDialog)

public:
    struct Options
    {
        QString title;
        /// What will happen, in a sentence or two ("Team runners and its 2
        /// tokens will be deleted. Applications using them stop publishing.").
        QString text;
        /// The verb on the button ("Delete team"); Cancel is always there.
        QString confirmLabel;
        /// When set, the user must type this to confirm.
        QString nameToType;
        /// An optional third button that does something first without
        /// closing (e.g. "Find Usages First…"); objectName confirmSecondaryButton.
        /// The action gets the dialog, to parent what it opens.
        QString secondaryLabel = {};
        std::function<void(QWidget *dialog)> secondaryAction = {};
    };

    explicit ConfirmDialog(const Options &options, QWidget *parent = nullptr);

    /// The guard-rail policy, in one place: whether a destructive action in
    /// \p environment makes the user type the target's name. Only
    /// production does; elsewhere a plain confirmation is enough.
    static bool requiresTypedName(Environment environment);
    /// \p options for a destructive action on \p targetName (organization
    /// or team name, token description, member email) in \p context's
    /// environment: nameToType is the target in production (and the text
    /// says it is production), empty elsewhere. Call sites name the target
    /// once and leave the decision to the policy.
    static Options guarded(const NodeContext &context, const QString &targetName, Options options);
    static Options guarded(Environment environment, const QString &targetName, Options options);

    /// Creates the dialog (deleted on close), opens it window-modal and calls
    /// \p onConfirmed each time the user confirms.
    static ConfirmDialog *ask(QWidget *parent, const Options &options,
                              std::function<void(ConfirmDialog *)> onConfirmed);

    void setBusy(bool busy, const QString &text = {});
    /// The request failed: shows \p message, re-enables the dialog.
    void showError(const QString &message);

    QLineEdit *nameEdit() const { return m_nameEdit; }
    QPushButton *confirmButton() const { return m_confirm; }

Q_SIGNALS:
    void confirmed();

private:
    void updateConfirmEnabled();

    Options m_options;
    QLabel *m_text;
    QLineEdit *m_nameEdit = nullptr;
    QPushButton *m_confirm;
    QPushButton *m_cancel;
    InlineStatus *m_status;
    bool m_busy = false;
};

} // namespace keyward
