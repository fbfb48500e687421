// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/nodecontext.h"

#include "domain/requests.h"
#include "domain/token.h"

#include <QDateTime>
#include <QDialog>

#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace keyward {

class ApiClient;
class InlineStatus;

/// Asks for everything a new publishing token carries (description, expiry,
/// scopes, labels, attributes), explains what each does, and creates it.
/// A refused request (e.g. the third-token cap reached meanwhile) leaves the
/// dialog open with the input intact; on success it emits created() and
/// closes. Open it with open().
///
/// objectNames: tokenDescriptionEdit, tokenExpiryCombo, tokenExpiryDateEdit,
/// tokenExpiryHint, tokenExpiryWarning, tokenScopesList, tokenLabelsTable, tokenLabelAddButton,
/// tokenLabelRemoveButton, tokenAttributesTable, tokenAttributeAddButton,
/// tokenAttributeRemoveButton, createTokenConfirmButton,
/// createTokenCancelButton, createTokenStatus.
class CreateTokenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CreateTokenDialog)

public:
    /// The expiry presets, in the order of the combo box.
    enum class Expiry
    {
        Days7,
        Days30,
        Days90,
        Year,
        OnDate,
        Never
    };
    Q_ENUM(Expiry)

    CreateTokenDialog(ApiClient *api, const NodeContext &context, QWidget *parent = nullptr);
    ~CreateTokenDialog() override;

    /// The request the current input describes, or the first problem with
    /// the input as a sentence. \p now anchors the presets.
    std::optional<CreateTokenRequest> request(const QDateTime &now, QString *problem) const;

    /// When \p expiry (a preset) ends if chosen at \p now; nullopt for Never.
    static std::optional<QDateTime> presetExpiry(Expiry expiry, const QDateTime &now);

Q_SIGNALS:
    void created(const keyward::Token &token);

private:
    void submit();
    void setBusy(bool busy);
    void updateExpiry();
    void updateCreateEnabled();

    ApiClient *m_api;
    NodeContext m_context;
    QLineEdit *m_description;
    QComboBox *m_expiry;
    QDateTimeEdit *m_expiryDate;
    QLabel *m_expiryHint;
    QLabel *m_expiryWarning;
    QListWidget *m_scopes;
    QTableWidget *m_labels;
    QTableWidget *m_attributes;
    QPushButton *m_create;
    QPushButton *m_cancel;
    InlineStatus *m_status;
    bool m_busy = false;
};

} // namespace keyward
