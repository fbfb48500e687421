// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/keysource.h"
#include "claims/tokeninspection.h"
#include "jwt/jwks.h"
#include "settings/connectionprofile.h"

#include <QDialog>
#include <QList>
#include <QPointer>
#include <QString>
#include <QStyle>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace keyward {

class ApiClient;
class ClaimsView;
class InlineStatus;

/// Tools → Inspect token…: decodes any pasted JWT and verifies it against a
/// key the user picks. Everything happens locally; the only request is the
/// anonymous JWKS fetch of the active server, and only when that source is
/// chosen. Secrets typed here are never stored and are wiped on close.
/// Non-modal: open it with show() (open() would make it window-modal).
class InspectorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InspectorDialog)

public:
    /// Positions of the key source chooser's entries.
    enum KeySourceChoice
    {
        NoVerification,
        ServerJwks,
        PemKey,
        JwkFile,
        HmacSecret
    };
    Q_ENUM(KeySourceChoice)

    /// \p api may be null (no active profile): the server JWKS source is then
    /// unavailable. \p expectedIssuer (may be empty) is the active profile's
    /// issuer, for the "another environment" warning.
    explicit InspectorDialog(ApiClient *api, const QString &expectedIssuer,
                             QWidget *parent = nullptr);
    ~InspectorDialog() override;

    /// The user's connection profiles (the active one may be among them): a
    /// token whose issuer is another profile's server is named as such
    /// ("issued by Acme production (Production)"), objectName
    /// inspectorForeignIssuerText.
    void setProfiles(const QList<ConnectionProfile> &profiles);
    /// The sentence naming the profile that issued the shown token when that
    /// is not the active server; empty otherwise.
    QString foreignIssuerText() const;

    /// The result shown for the current input (recomputed after the debounce).
    const claims::TokenInspection &inspection() const { return m_inspection; }
    /// Whether a token has been inspected (false while the paste box is empty).
    bool hasInspection() const { return m_hasInspection; }
    /// The status line and plain-language summary of the shown result.
    QString statusText() const;
    QString summaryText() const;

public Q_SLOTS:
    /// Reads a PEM key from \p path into the PEM box (what "Open file…" does).
    void loadPemFile(const QString &path);
    /// Uses the JWK or JWKS file at \p path as key source.
    void loadJwkFile(const QString &path);

protected:
    void done(int result) override;

private:
    /// The content of a key file, or nullopt with the reason shown.
    std::optional<QByteArray> readKeyFile(const QString &path);
    void buildUi();
    void chooseKeySource(int index);
    void fetchJwks();
    /// Rebuilds m_keySource from the chosen source's inputs, reporting errors inline.
    void updateKeySource();
    void scheduleInspection();
    void inspectNow();
    void showResult();
    void addWarningRow(QStyle::StandardPixmap iconKind, const QString &iconText,
                       const QString &text, const QString &objectName);
    void clearSecrets();
    void openFileDialog(const QString &title, const QString &filter,
                        void (InspectorDialog::*load)(const QString &));

    QPointer<ApiClient> m_api;
    QString m_expectedIssuer;
    QList<ConnectionProfile> m_profiles;

    QPlainTextEdit *m_tokenEdit = nullptr;
    QComboBox *m_keySourceCombo = nullptr;
    QStackedWidget *m_keyPages = nullptr;
    QPlainTextEdit *m_pemEdit = nullptr;
    QPushButton *m_pemFileButton = nullptr;
    QPushButton *m_jwkFileButton = nullptr;
    QLabel *m_jwkPathLabel = nullptr;
    QLineEdit *m_hmacEdit = nullptr;
    QToolButton *m_hmacShowButton = nullptr;
    QCheckBox *m_hmacBase64Check = nullptr;
    InlineStatus *m_keyStatus = nullptr;
    QLabel *m_warningsLabel = nullptr;
    /// One row (icon + sentence) per warning, rebuilt for each inspection.
    QWidget *m_warningsBox = nullptr;
    ClaimsView *m_claimsView = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer *m_debounce = nullptr;

    std::optional<jwt::Jwks> m_serverKeys;
    bool m_jwksLoading = false;
    QByteArray m_jwkFileContent;
    claims::KeySource m_keySource;
    claims::TokenInspection m_inspection;
    bool m_hasInspection = false;
};

} // namespace keyward
