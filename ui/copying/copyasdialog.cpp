// SPDX-License-Identifier: GPL-3.0-or-later
#include "copyasdialog.h"

#include "clipboardguard.h"
#include "common/inlinestatus.h"
#include "copytemplateeditor.h"
#include "highlighting/syntaxhighlighting.h"

#include <QCheckBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

constexpr int TemplateIdRole = Qt::UserRole;

SyntaxLanguage syntaxLanguage(SnippetLanguage language)
{
    switch (language) {
    case SnippetLanguage::Json:
        return SyntaxLanguage::Json;
    case SnippetLanguage::Yaml:
        return SyntaxLanguage::Yaml;
    case SnippetLanguage::Shell:
        return SyntaxLanguage::Shell;
    case SnippetLanguage::Ini:
        return SyntaxLanguage::Ini;
    case SnippetLanguage::Plain:
        break;
    }
    return SyntaxLanguage::Plain;
}

/// Fixed length, so the preview does not reveal how long the value is.
QString maskedValue()
{
    return QString(12, QChar(0x2022));
}

} // namespace

CopyAsDialog::CopyAsDialog(const Token &token, const CopyContext &context, ClipboardGuard *guard,
                           QWidget *parent)
    : QDialog(parent)
    , m_token(token)
    , m_context(context)
    , m_guard(guard)
    , m_list(new QListWidget(this))
    , m_preview(new QPlainTextEdit(this))
    , m_reveal(new QCheckBox(tr("&Show value"), this))
    , m_copy(new QPushButton(tr("&Copy"), this))
    , m_manage(new QPushButton(tr("&Manage templates…"), this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"copyAsDialog"_s);
    setWindowTitle(tr("Copy token “%1” as").arg(token.description));
    setAccessibleName(windowTitle());

    const bool hasValue = token.value && !token.value->isEmpty();

    auto *intro = new QLabel(this);
    intro->setObjectName(u"copyIntroLabel"_s);
    intro->setTextFormat(Qt::PlainText);
    intro->setWordWrap(true);
    intro->setText(hasValue
                       ? tr("Pick a format. The value is hidden in the preview; the copied text "
                            "contains it and is removed from the clipboard after a while.")
                       : tr("The server did not send this token's value: it shows values only "
                            "once, when a token is created or rotated. Rotate the token to get a "
                            "new value to copy."));

    m_list->setObjectName(u"copyTemplateList"_s);
    m_list->setAccessibleName(tr("Formats"));
    m_preview->setObjectName(u"copyPreview"_s);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setReadOnly(true);
    m_preview->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_preview->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_preview->setTabChangesFocus(true);
    m_reveal->setObjectName(u"copyRevealCheck"_s);
    m_reveal->setAccessibleName(tr("Show value in the preview"));
    m_reveal->setEnabled(hasValue);
    m_copy->setObjectName(u"copyTemplateButton"_s);
    m_copy->setAccessibleName(tr("Copy to clipboard"));
    m_copy->setEnabled(hasValue && m_guard != nullptr);
    m_copy->setDefault(true);
    m_manage->setObjectName(u"manageTemplatesButton"_s);
    m_manage->setAccessibleName(tr("Manage templates"));
    m_status->setObjectNames(u"copyStatus"_s);

    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(u"copyCloseButton"_s);
    close->setAccessibleName(tr("Close"));
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto *previewPane = new QWidget(this);
    auto *previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(m_preview, 1);
    previewLayout->addWidget(m_reveal);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"copySplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_list);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_manage);
    actions->addWidget(m_status, 1);
    // Keeps the buttons at their natural width while the status line is hidden.
    actions->addStretch(1);
    actions->addWidget(m_copy);
    actions->addWidget(close);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addLayout(actions);

    setTabOrder(m_list, m_preview);
    setTabOrder(m_preview, m_reveal);
    setTabOrder(m_reveal, m_manage);
    setTabOrder(m_manage, m_copy);
    setTabOrder(m_copy, close);

    connect(m_list, &QListWidget::currentRowChanged, this, &CopyAsDialog::updatePreview);
    connect(m_reveal, &QCheckBox::toggled, this, &CopyAsDialog::updatePreview);
    connect(m_copy, &QPushButton::clicked, this, &CopyAsDialog::copy);
    connect(m_manage, &QPushButton::clicked, this, &CopyAsDialog::manageTemplates);
    if (m_guard != nullptr) {
        connect(m_guard, &ClipboardGuard::countdownChanged, this, &CopyAsDialog::showCountdown);
        connect(m_guard, &ClipboardGuard::cleared, this, [this] {
            if (m_copiedHere) {
                m_status->showInfo(tr("The clipboard was cleared."));
            }
        });
    }

    QSettings settings;
    m_templates.load(settings);
    reloadTemplates(QString());
    resize(820, 440);
}

CopyAsDialog::~CopyAsDialog() = default;

bool CopyAsDialog::selectTemplate(const QString &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(TemplateIdRole).toString() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QString CopyAsDialog::renderedText() const
{
    return render(false);
}

void CopyAsDialog::reloadTemplates(const QString &selectId)
{
    m_list->clear();
    for (const CopyTemplate &t : m_templates.all()) {
        auto *item = new QListWidgetItem(t.name(), m_list);
        item->setData(TemplateIdRole, t.id());
        if (!t.isBuiltIn()) {
            item->setToolTip(tr("Your template"));
        }
    }
    const int nameWidth = m_list->sizeHintForColumn(0) + 2 * m_list->frameWidth() +
                          m_list->style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    m_list->setMinimumWidth(std::min(nameWidth, 360));
    if (selectId.isEmpty() || !selectTemplate(selectId)) {
        m_list->setCurrentRow(0);
    }
    updatePreview();
}

std::optional<CopyTemplate> CopyAsDialog::currentTemplate() const
{
    const QListWidgetItem *item = m_list->currentItem();
    if (item == nullptr) {
        return std::nullopt;
    }
    return m_templates.find(item->data(TemplateIdRole).toString());
}

QString CopyAsDialog::render(bool masked) const
{
    const std::optional<CopyTemplate> t = currentTemplate();
    const bool hasValue = m_token.value && !m_token.value->isEmpty();
    if (!t || (!masked && !hasValue)) {
        return QString();
    }
    const QString token = masked || !hasValue ? maskedValue() : *m_token.value;
    return t->render(CopyValues{token, m_token.description, m_context});
}

void CopyAsDialog::updatePreview()
{
    const std::optional<CopyTemplate> t = currentTemplate();
    const bool masked = !m_reveal->isChecked();
    m_preview->setPlainText(render(masked));
    m_preview->setAccessibleDescription(
        masked ? tr("The token value is hidden; tick “Show value” to see it.") : QString());
    if (t) {
        highlightDocument(m_preview->document(), syntaxLanguage(t->language()));
    }
    m_copy->setEnabled(t && m_token.value && !m_token.value->isEmpty() && m_guard != nullptr);
}

void CopyAsDialog::copy()
{
    const QString text = renderedText();
    if (text.isEmpty() || m_guard == nullptr) {
        return;
    }
    m_copiedHere = true;
    const std::optional<CopyTemplate> chosen = currentTemplate();
    m_guard->copyToken(text,
                       CopiedToken::of(m_token, m_context,
                                       tr("copy as: %1").arg(chosen ? chosen->name() : QString())));
    if (m_guard->clearDelaySeconds() == 0) {
        m_status->showInfo(tr("Copied — the clipboard is not cleared automatically."));
    } else {
        showCountdown(m_guard->secondsLeft());
    }
}

void CopyAsDialog::showCountdown(int secondsLeft)
{
    if (!m_copiedHere || secondsLeft <= 0) {
        return;
    }
    m_status->showInfo(tr("Copied — the clipboard is cleared in %1 s").arg(secondsLeft));
}

void CopyAsDialog::manageTemplates()
{
    auto *editor = new CopyTemplateEditor(m_templates.userTemplates(), this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &QDialog::accepted, this, [this, editor] {
        const std::optional<CopyTemplate> current = currentTemplate();
        const QList<CopyTemplate> before = m_templates.userTemplates();
        const QList<CopyTemplate> after = editor->templates();
        m_templates.setUserTemplates(after);
        QSettings settings;
        m_templates.save(settings);
        // Show the template just added, or keep the one the user was looking at.
        QString select = current ? current->id() : QString();
        for (const CopyTemplate &t : after) {
            const bool isNew = std::none_of(before.cbegin(), before.cend(),
                                            [&](const auto &old) { return old.id() == t.id(); });
            if (isNew) {
                select = t.id();
            }
        }
        reloadTemplates(select);
    });
    editor->open();
}

} // namespace keyward
