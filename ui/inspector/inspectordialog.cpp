// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectordialog.h"

#include "api/apiclient.h"
#include "claims/claimsview.h"
#include "claims/tokensummary.h"
#include "common/inlinestatus.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace keyward {

using namespace Qt::StringLiterals;

namespace {

// Long enough that typing does not re-verify on every key (RSA is not free),
// short enough to feel live.
constexpr int DebounceMs = 250;
// Key files are a few kilobytes; anything far larger is not a key.
constexpr qint64 MaxKeyFileSize = 1024 * 1024;

bool isSevere(claims::WarningCode code)
{
    switch (code) {
    case claims::WarningCode::AlgorithmNone:
    case claims::WarningCode::MalformedPart:
    case claims::WarningCode::IssuerMismatch:
    case claims::WarningCode::HiddenCharacters:
        return true;
    case claims::WarningCode::NoExpiry:
    case claims::WarningCode::ExpiryFarAway:
    case claims::WarningCode::UnknownCritical:
    case claims::WarningCode::MalformedClaim:
        return false;
    }
    return false;
}

/// An issuer or server URL reduced to what identifies the server: scheme,
/// host (QUrl lower-cases it), port with the scheme's default filled in, path
/// without trailing slashes. Unparsable text is compared as typed.
QString serverIdentity(const QString &text)
{
    const QUrl url(text.trimmed());
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty())
        return text.trimmed();
    const QString scheme = url.scheme().toLower();
    const int port = url.port(scheme == "https"_L1 ? 443 : scheme == "http"_L1 ? 80 : -1);
    QString path = url.adjusted(QUrl::NormalizePathSegments).path();
    while (path.endsWith(u'/'))
        path.chop(1);
    return scheme + "://"_L1 + url.host() + u':' + QString::number(port) + path;
}

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

} // namespace

InspectorDialog::InspectorDialog(ApiClient *api, const QString &expectedIssuer, QWidget *parent)
    : QDialog(parent)
    , m_api(api)
    , m_expectedIssuer(expectedIssuer)
{
    setObjectName(u"inspectorDialog"_s);
    setWindowTitle(tr("Inspect Token"));
    setModal(false);
    buildUi();

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(DebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &InspectorDialog::inspectNow);

    connect(m_tokenEdit, &QPlainTextEdit::textChanged, this, &InspectorDialog::scheduleInspection);
    connect(m_keySourceCombo, &QComboBox::currentIndexChanged, this,
            &InspectorDialog::chooseKeySource);
    const auto keyInputChanged = [this] {
        updateKeySource();
        scheduleInspection();
    };
    connect(m_pemEdit, &QPlainTextEdit::textChanged, this, keyInputChanged);
    connect(m_hmacEdit, &QLineEdit::textChanged, this, keyInputChanged);
    connect(m_hmacBase64Check, &QCheckBox::toggled, this, keyInputChanged);
    connect(m_hmacShowButton, &QToolButton::toggled, this, [this](bool shown) {
        m_hmacEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_hmacShowButton->setText(shown ? tr("Hide") : tr("Show"));
    });
    connect(m_pemFileButton, &QPushButton::clicked, this, [this] {
        openFileDialog(tr("Open PEM Key"), tr("PEM keys (*.pem *.key *.pub *.crt);;All files (*)"),
                       &InspectorDialog::loadPemFile);
    });
    connect(m_jwkFileButton, &QPushButton::clicked, this, [this] {
        openFileDialog(tr("Open JWK or JWKS File"),
                       tr("JSON files (*.json *.jwk *.jwks);;All files (*)"),
                       &InspectorDialog::loadJwkFile);
    });

    chooseKeySource(NoVerification);
}

InspectorDialog::~InspectorDialog()
{
    clearSecrets();
}

void InspectorDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *privacyNote = wrappedLabel(
        tr("Paste a JSON Web Token to decode and verify it. Nothing you paste here leaves this "
           "computer."),
        this);
    privacyNote->setObjectName(u"inspectorPrivacyNote"_s);
    layout->addWidget(privacyNote);

    const QFont fixedFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *tokenLabel = new QLabel(tr("&Token:"), this);
    m_tokenEdit = new QPlainTextEdit(this);
    m_tokenEdit->setObjectName(u"inspectorTokenEdit"_s);
    m_tokenEdit->setAccessibleName(tr("Token to inspect"));
    m_tokenEdit->setPlaceholderText(tr("Paste a token (eyJ…); a \"Bearer \" prefix is ignored"));
    m_tokenEdit->setFont(fixedFont);
    m_tokenEdit->setTabChangesFocus(true);
    m_tokenEdit->setWordWrapMode(QTextOption::WrapAnywhere);
    // A token is a secret: the undo history would keep it after the box is cleared.
    m_tokenEdit->setUndoRedoEnabled(false);
    m_tokenEdit->setFixedHeight(m_tokenEdit->fontMetrics().lineSpacing() * 5 + 12);
    tokenLabel->setBuddy(m_tokenEdit);
    layout->addWidget(tokenLabel);
    layout->addWidget(m_tokenEdit);

    auto *keyForm = new QFormLayout;
    m_keySourceCombo = new QComboBox(this);
    m_keySourceCombo->setObjectName(u"inspectorKeySourceCombo"_s);
    m_keySourceCombo->setAccessibleName(tr("Verify the signature with"));
    m_keySourceCombo->addItem(tr("No verification"));
    m_keySourceCombo->addItem(tr("This server's published keys (JWKS)"));
    m_keySourceCombo->addItem(tr("PEM public key"));
    m_keySourceCombo->addItem(tr("JWK or JWKS file"));
    m_keySourceCombo->addItem(tr("HMAC secret"));
    if (!m_api) {
        if (auto *model = qobject_cast<QStandardItemModel *>(m_keySourceCombo->model())) {
            QStandardItem *item = model->item(ServerJwks);
            item->setEnabled(false);
            item->setToolTip(tr("No server profile is active, so there are no published keys to "
                                "fetch. Connect to a server first."));
        }
    }
    keyForm->addRow(tr("&Verify with:"), m_keySourceCombo);
    layout->addLayout(keyForm);

    m_keyPages = new QStackedWidget(this);
    m_keyPages->setObjectName(u"inspectorKeyPages"_s);

    // No verification: nothing to enter.
    m_keyPages->addWidget(new QWidget(m_keyPages));

    auto *jwksPage = wrappedLabel(
        tr("The keys are fetched once from the active server's /.well-known/jwks.json, "
           "anonymously. The token itself is not sent."),
        m_keyPages);
    m_keyPages->addWidget(jwksPage);

    auto *pemPage = new QWidget(m_keyPages);
    auto *pemLayout = new QVBoxLayout(pemPage);
    pemLayout->setContentsMargins(0, 0, 0, 0);
    m_pemEdit = new QPlainTextEdit(pemPage);
    m_pemEdit->setObjectName(u"inspectorPemEdit"_s);
    m_pemEdit->setAccessibleName(tr("PEM public key"));
    m_pemEdit->setPlaceholderText(tr("-----BEGIN PUBLIC KEY-----\n…\n-----END PUBLIC KEY-----"));
    m_pemEdit->setFont(fixedFont);
    m_pemEdit->setTabChangesFocus(true);
    m_pemEdit->setUndoRedoEnabled(false);
    m_pemEdit->setFixedHeight(m_pemEdit->fontMetrics().lineSpacing() * 4 + 12);
    m_pemFileButton = new QPushButton(tr("&Open File…"), pemPage);
    m_pemFileButton->setObjectName(u"inspectorPemFileButton"_s);
    m_pemFileButton->setAccessibleName(tr("Open a PEM key file"));
    auto *pemButtons = new QHBoxLayout;
    pemButtons->addWidget(m_pemFileButton);
    pemButtons->addStretch();
    pemLayout->addWidget(m_pemEdit);
    pemLayout->addLayout(pemButtons);
    m_keyPages->addWidget(pemPage);

    auto *jwkPage = new QWidget(m_keyPages);
    auto *jwkLayout = new QHBoxLayout(jwkPage);
    jwkLayout->setContentsMargins(0, 0, 0, 0);
    m_jwkFileButton = new QPushButton(tr("Choose &File…"), jwkPage);
    m_jwkFileButton->setObjectName(u"inspectorJwkFileButton"_s);
    m_jwkFileButton->setAccessibleName(tr("Choose a JWK or JWKS file"));
    m_jwkPathLabel = new QLabel(tr("No file chosen"), jwkPage);
    m_jwkPathLabel->setObjectName(u"inspectorJwkPathLabel"_s);
    m_jwkPathLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_jwkPathLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    jwkLayout->addWidget(m_jwkFileButton);
    jwkLayout->addWidget(m_jwkPathLabel, 1);
    m_keyPages->addWidget(jwkPage);

    auto *hmacPage = new QWidget(m_keyPages);
    auto *hmacLayout = new QGridLayout(hmacPage);
    hmacLayout->setContentsMargins(0, 0, 0, 0);
    m_hmacEdit = new QLineEdit(hmacPage);
    m_hmacEdit->setObjectName(u"inspectorHmacEdit"_s);
    m_hmacEdit->setAccessibleName(tr("HMAC secret"));
    m_hmacEdit->setPlaceholderText(tr("Shared secret (at least 32 bytes)"));
    m_hmacEdit->setEchoMode(QLineEdit::Password);
    m_hmacShowButton = new QToolButton(hmacPage);
    m_hmacShowButton->setObjectName(u"inspectorHmacShowButton"_s);
    m_hmacShowButton->setAccessibleName(tr("Show the secret"));
    m_hmacShowButton->setText(tr("Show"));
    m_hmacShowButton->setCheckable(true);
    m_hmacShowButton->setFocusPolicy(Qt::StrongFocus);
    m_hmacBase64Check = new QCheckBox(tr("The secret is &base64"), hmacPage);
    m_hmacBase64Check->setObjectName(u"inspectorHmacBase64Check"_s);
    m_hmacBase64Check->setAccessibleName(tr("The secret is base64"));
    hmacLayout->addWidget(m_hmacEdit, 0, 0);
    hmacLayout->addWidget(m_hmacShowButton, 0, 1);
    hmacLayout->addWidget(m_hmacBase64Check, 1, 0, 1, 2);
    m_keyPages->addWidget(hmacPage);

    layout->addWidget(m_keyPages);

    m_keyStatus = new InlineStatus(this);
    m_keyStatus->setObjectName(u"inspectorKeyStatus"_s);
    m_keyStatus->setObjectNames(u"inspectorKeyStatus"_s);
    layout->addWidget(m_keyStatus);

    m_warningsLabel = new QLabel(tr("Warnings:"), this);
    m_warningsLabel->setObjectName(u"inspectorWarningsLabel"_s);
    m_warningsBox = new QWidget(this);
    m_warningsBox->setObjectName(u"inspectorWarnings"_s);
    m_warningsBox->setAccessibleName(tr("Warnings about the token"));
    auto *warningsLayout = new QVBoxLayout(m_warningsBox);
    warningsLayout->setContentsMargins(0, 0, 0, 0);
    warningsLayout->setSpacing(2);
    m_warningsLabel->setVisible(false);
    m_warningsBox->setVisible(false);
    layout->addWidget(m_warningsLabel);
    layout->addWidget(m_warningsBox);

    m_claimsView = new ClaimsView(this);
    // The warnings are listed above, by severity; the view must not repeat them.
    m_claimsView->setWarningsShown(false);
    m_claimsView->setObjectName(u"inspectorClaimsView"_s);
    m_claimsView->setAccessibleName(tr("Decoded token"));
    layout->addWidget(m_claimsView, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_closeButton = buttons->button(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"inspectorCloseButton"_s);
    m_closeButton->setAccessibleName(tr("Close the inspector"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    setTabOrder(m_tokenEdit, m_keySourceCombo);
    setTabOrder(m_keySourceCombo, m_pemEdit);
    setTabOrder(m_pemEdit, m_pemFileButton);
    setTabOrder(m_pemFileButton, m_jwkFileButton);
    setTabOrder(m_jwkFileButton, m_hmacEdit);
    setTabOrder(m_hmacEdit, m_hmacShowButton);
    setTabOrder(m_hmacShowButton, m_hmacBase64Check);
    setTabOrder(m_hmacBase64Check, m_claimsView);
    setTabOrder(m_claimsView, m_closeButton);

    resize(760, 680);
}

void InspectorDialog::addWarningRow(QStyle::StandardPixmap iconKind, const QString &iconText,
                                    const QString &text, const QString &objectName)
{
    // Labels rather than a list: long sentences wrap to their full height,
    // and the icon's meaning is spelled out for screen readers.
    auto *row = new QWidget(m_warningsBox);
    auto *rowLayout = new QHBoxLayout(row);
    rowLayout->setContentsMargins(0, 0, 0, 0);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    auto *icon = new QLabel(row);
    icon->setObjectName(u"inspectorWarningIcon"_s);
    icon->setPixmap(style()->standardIcon(iconKind, nullptr, this).pixmap(size, size));
    icon->setAccessibleName(iconText);
    icon->setToolTip(iconText);
    icon->setAlignment(Qt::AlignTop);
    auto *label = wrappedLabel(text, row);
    label->setObjectName(objectName);
    label->setTextFormat(Qt::PlainText); // the text quotes the untrusted token
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rowLayout->addWidget(icon, 0, Qt::AlignTop);
    rowLayout->addWidget(label, 1);
    m_warningsBox->layout()->addWidget(row);
}

void InspectorDialog::chooseKeySource(int index)
{
    m_keyPages->setCurrentIndex(index);
    // Pages of other sources are hidden, so they drop out of the tab chain.
    m_keyPages->setVisible(index != NoVerification);
    m_keyStatus->clear();
    if (index == ServerJwks && !m_serverKeys && !m_jwksLoading)
        fetchJwks();
    updateKeySource();
    inspectNow();
}

void InspectorDialog::fetchJwks()
{
    if (!m_api)
        return;
    m_jwksLoading = true;
    m_keyStatus->showBusy(tr("Fetching this server's published keys…"));
    m_api->jwks(this, [this](const ApiResult<jwt::Jwks> &result) {
        m_jwksLoading = false;
        if (!result) {
            if (m_keySourceCombo->currentIndex() == ServerJwks)
                m_keyStatus->showError(result.error().message, [this] { fetchJwks(); });
            return;
        }
        m_serverKeys = *result;
        if (m_keySourceCombo->currentIndex() == ServerJwks) {
            updateKeySource();
            inspectNow();
        }
    });
}

void InspectorDialog::updateKeySource()
{
    const auto apply = [this](const Expected<claims::KeySource, QString> &source) {
        if (!source) {
            m_keySource = {};
            m_keyStatus->showError(source.error());
            return;
        }
        m_keySource = *source;
        m_keyStatus->showInfo(tr("Verifying with %1.").arg(m_keySource.description()));
    };

    switch (m_keySourceCombo->currentIndex()) {
    case ServerJwks:
        if (m_serverKeys) {
            m_keySource = claims::KeySource::fromJwks(*m_serverKeys);
            m_keyStatus->showInfo(tr("Verifying with %1.").arg(m_keySource.description()));
        } else {
            // The fetch's busy line or error (with Retry) stays as it is.
            m_keySource = {};
        }
        return;
    case PemKey: {
        const QString pem = m_pemEdit->toPlainText().trimmed();
        if (pem.isEmpty())
            break;
        apply(claims::KeySource::fromPem(pem));
        return;
    }
    case JwkFile:
        if (m_jwkFileContent.isEmpty())
            break;
        apply(claims::KeySource::fromJwkFile(m_jwkFileContent));
        return;
    case HmacSecret: {
        const QString secret = m_hmacEdit->text();
        if (secret.isEmpty())
            break;
        apply(m_hmacBase64Check->isChecked() ? claims::KeySource::fromHmacBase64(secret)
                                             : claims::KeySource::fromHmacText(secret));
        return;
    }
    default:
        break;
    }
    m_keySource = {};
    m_keyStatus->clear();
}

void InspectorDialog::scheduleInspection()
{
    m_debounce->start();
}

void InspectorDialog::inspectNow()
{
    m_debounce->stop();
    const QString token = m_tokenEdit->toPlainText();
    if (token.trimmed().isEmpty()) {
        m_inspection = {};
        m_hasInspection = false;
    } else {
        claims::InspectionContext context;
        if (!m_expectedIssuer.isEmpty())
            context.expectedIssuer = m_expectedIssuer;
        context.keys = m_keySource;
        m_inspection = claims::TokenInspection::inspect(token, context);
        m_hasInspection = true;
    }
    showResult();
}

void InspectorDialog::setProfiles(const QList<ConnectionProfile> &profiles)
{
    m_profiles = profiles;
    if (m_hasInspection)
        showResult();
}

QString InspectorDialog::foreignIssuerText() const
{
    if (!m_hasInspection || m_inspection.issuer().trimmed().isEmpty())
        return {};
    const QString issuer = serverIdentity(m_inspection.issuer());
    if (!m_expectedIssuer.isEmpty() && serverIdentity(m_expectedIssuer) == issuer)
        return {};
    QStringList issuers;
    for (const ConnectionProfile &profile : m_profiles) {
        if (serverIdentity(profile.serverUrl.toString()) == issuer)
            issuers.append(
                tr("%1 (%2)").arg(profile.name, environmentDisplayName(profile.environment)));
    }
    if (issuers.isEmpty())
        return {};
    // Several profiles may point at one server; naming them all is honest.
    const QString who = issuers.join(tr(", "));
    return m_expectedIssuer.isEmpty()
               ? tr("This token was issued by %1; you are not connected to a server.").arg(who)
               : tr("This token was issued by %1, not by the server you are connected to.")
                     .arg(who);
}

void InspectorDialog::showResult()
{
    qDeleteAll(m_warningsBox->findChildren<QWidget *>(Qt::FindDirectChildrenOnly));
    if (m_hasInspection) {
        // Named first: "issued by the production profile" is the most
        // concrete thing the inspector can say about a stray token.
        if (const QString foreign = foreignIssuerText(); !foreign.isEmpty()) {
            addWarningRow(m_expectedIssuer.isEmpty() ? QStyle::SP_MessageBoxInformation
                                                     : QStyle::SP_MessageBoxCritical,
                          m_expectedIssuer.isEmpty() ? tr("Note") : tr("Serious problem"), foreign,
                          u"inspectorForeignIssuerText"_s);
        }
        for (const claims::InspectionWarning &warning : m_inspection.warnings()) {
            const bool severe = isSevere(warning.code);
            addWarningRow(severe ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning,
                          severe ? tr("Serious problem") : tr("Warning"), warning.text,
                          u"inspectorWarningText"_s);
        }
        if (m_inspection.warnings().isEmpty())
            addWarningRow(QStyle::SP_DialogApplyButton, tr("Fine"), tr("No warnings."),
                          u"inspectorNoWarnings"_s);
    }
    m_warningsLabel->setVisible(m_hasInspection);
    m_warningsBox->setVisible(m_hasInspection);

    if (m_hasInspection)
        m_claimsView->setInspection(m_inspection);
    else
        m_claimsView->clear();
}

QString InspectorDialog::statusText() const
{
    return m_claimsView->statusText();
}

QString InspectorDialog::summaryText() const
{
    return m_claimsView->summaryText();
}

void InspectorDialog::openFileDialog(const QString &title, const QString &filter,
                                     void (InspectorDialog::*load)(const QString &))
{
    auto *dialog = new QFileDialog(this, title, QString(), filter);
    dialog->setObjectName(u"inspectorFileDialog"_s);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this, load](const QString &path) { (this->*load)(path); });
    dialog->open();
}

std::optional<QByteArray> InspectorDialog::readKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_keyStatus->showError(
            tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return std::nullopt;
    }
    if (file.size() > MaxKeyFileSize) {
        m_keyStatus->showError(
            tr("%1 is too large to be a key file.").arg(QDir::toNativeSeparators(path)));
        return std::nullopt;
    }
    return file.readAll();
}

void InspectorDialog::loadPemFile(const QString &path)
{
    if (m_keySourceCombo->currentIndex() != PemKey)
        m_keySourceCombo->setCurrentIndex(PemKey);
    const std::optional<QByteArray> content = readKeyFile(path);
    if (!content) {
        return;
    }
    // textChanged rebuilds the key source.
    m_pemEdit->setPlainText(QString::fromUtf8(*content));
    inspectNow();
}

void InspectorDialog::loadJwkFile(const QString &path)
{
    if (m_keySourceCombo->currentIndex() != JwkFile)
        m_keySourceCombo->setCurrentIndex(JwkFile);
    const std::optional<QByteArray> content = readKeyFile(path);
    if (!content) {
        return;
    }
    m_jwkFileContent = *content;
    m_jwkPathLabel->setText(QDir::toNativeSeparators(path));
    m_jwkPathLabel->setToolTip(m_jwkPathLabel->text());
    updateKeySource();
    inspectNow();
}

void InspectorDialog::done(int result)
{
    clearSecrets();
    QDialog::done(result);
}

void InspectorDialog::clearSecrets()
{
    // A PEM or JWK file may hold a private key, so those go too; the
    // server's public key set is kept for the next use.
    m_tokenEdit->clear();
    m_hmacEdit->clear();
    m_hmacShowButton->setChecked(false);
    m_pemEdit->clear();
    m_jwkFileContent.fill('\0');
    m_jwkFileContent.clear();
    m_jwkPathLabel->setText(tr("No file chosen"));
    m_jwkPathLabel->setToolTip({});
    m_debounce->stop();
    updateKeySource();
    m_inspection = {};
    m_hasInspection = false;
    showResult();
}

} // namespace keyward
