// SPDX-License-Identifier: GPL-3.0-or-later
#include "copytemplateeditor.h"

#include "copying/copytemplates.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

CopyTemplateEditor::CopyTemplateEditor(const QList<CopyTemplate> &userTemplates, QWidget *parent)
    : QDialog(parent)
    , m_templates(userTemplates)
    , m_list(new QListWidget(this))
    , m_add(new QPushButton(tr("Add"), this))
    , m_remove(new QPushButton(tr("Remove"), this))
    , m_name(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_body(new QPlainTextEdit(this))
    , m_problems(new QLabel(this))
    , m_save(nullptr)
{
    setObjectName(u"copyTemplateEditor"_s);
    setWindowTitle(tr("Copy templates"));
    setAccessibleName(windowTitle());

    m_list->setObjectName(u"templateEditorList"_s);
    m_list->setAccessibleName(tr("Your templates"));
    m_add->setObjectName(u"templateAddButton"_s);
    m_add->setAccessibleName(tr("Add template"));
    m_remove->setObjectName(u"templateRemoveButton"_s);
    m_remove->setAccessibleName(tr("Remove template"));
    m_name->setObjectName(u"templateNameEdit"_s);
    m_name->setAccessibleName(tr("Template name"));
    m_language->setObjectName(u"templateLanguageCombo"_s);
    m_language->setAccessibleName(tr("Template language"));
    m_language->addItem(tr("Plain text"), QVariant::fromValue(int(SnippetLanguage::Plain)));
    m_language->addItem(tr("Shell"), QVariant::fromValue(int(SnippetLanguage::Shell)));
    m_language->addItem(tr("YAML"), QVariant::fromValue(int(SnippetLanguage::Yaml)));
    m_language->addItem(tr("JSON"), QVariant::fromValue(int(SnippetLanguage::Json)));
    m_language->addItem(tr("INI / dotenv"), QVariant::fromValue(int(SnippetLanguage::Ini)));
    m_body->setObjectName(u"templateBodyEdit"_s);
    m_body->setAccessibleName(tr("Template text"));
    m_body->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_body->setTabChangesFocus(true);
    m_problems->setObjectName(u"templateProblemsLabel"_s);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setWordWrap(true);

    auto *help = new QLabel(
        tr("Placeholders: %1. Add |quoting to choose how a value is quoted, e.g. {token|shell}; "
           "quotings: %2. Without it, the template's language decides. Write {{ for a literal {.")
            .arg(u"{token}, {org}, {team}, {server}, {publish_url}, {description}, "
                 "{authorization_header}, {secret_name}"_s,
                 CopyTemplate::quotingNames().join(u", "_s)),
        this);
    help->setObjectName(u"templateHelpLabel"_s);
    help->setTextFormat(Qt::PlainText);
    help->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_save = buttons->button(QDialogButtonBox::Save);
    m_save->setObjectName(u"templateEditorSaveButton"_s);
    m_save->setAccessibleName(tr("Save templates"));
    QPushButton *cancel = buttons->button(QDialogButtonBox::Cancel);
    cancel->setObjectName(u"templateEditorCancelButton"_s);
    cancel->setAccessibleName(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *listColumn = new QVBoxLayout;
    listColumn->addWidget(m_list, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listColumn->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Language:"), m_language);
    form->addRow(tr("&Text:"), m_body);
    form->addRow(help);
    form->addRow(m_problems);

    auto *columns = new QHBoxLayout;
    columns->addLayout(listColumn, 1);
    columns->addLayout(form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    for (const CopyTemplate &t : std::as_const(m_templates)) {
        m_list->addItem(t.name());
    }

    connect(m_add, &QPushButton::clicked, this, &CopyTemplateEditor::addTemplate);
    connect(m_remove, &QPushButton::clicked, this, &CopyTemplateEditor::removeTemplate);
    connect(m_list, &QListWidget::currentRowChanged, this, &CopyTemplateEditor::showTemplate);
    connect(m_name, &QLineEdit::textChanged, this, &CopyTemplateEditor::storeEdits);
    connect(m_language, &QComboBox::currentIndexChanged, this, &CopyTemplateEditor::storeEdits);
    connect(m_body, &QPlainTextEdit::textChanged, this, &CopyTemplateEditor::storeEdits);

    setTabOrder(m_list, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_name);
    setTabOrder(m_name, m_language);
    setTabOrder(m_language, m_body);

    m_list->setCurrentRow(m_templates.isEmpty() ? -1 : 0);
    showTemplate(m_list->currentRow());
    resize(760, 420);
}

CopyTemplateEditor::~CopyTemplateEditor() = default;

void CopyTemplateEditor::addTemplate()
{
    m_templates.append(CopyTemplate(QUuid::createUuid().toString(QUuid::WithoutBraces),
                                    tr("New template"), SnippetLanguage::Shell,
                                    u"KEYWARD_TOKEN={token|shell}"_s));
    m_list->addItem(m_templates.constLast().name());
    m_list->setCurrentRow(m_list->count() - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void CopyTemplateEditor::removeTemplate()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_templates.size()) {
        return;
    }
    m_templates.removeAt(row);
    delete m_list->takeItem(row);
    showTemplate(m_list->currentRow());
}

void CopyTemplateEditor::showTemplate(int row)
{
    const bool valid = row >= 0 && row < m_templates.size();
    m_loading = true;
    if (valid) {
        const CopyTemplate &t = m_templates.at(row);
        m_name->setText(t.name());
        m_language->setCurrentIndex(m_language->findData(int(t.language())));
        m_body->setPlainText(t.body());
    } else {
        m_name->clear();
        m_body->clear();
    }
    m_loading = false;
    for (QWidget *w : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_language),
                       static_cast<QWidget *>(m_body), static_cast<QWidget *>(m_remove)}) {
        w->setEnabled(valid);
    }
    validate();
}

void CopyTemplateEditor::storeEdits()
{
    const int row = m_list->currentRow();
    if (m_loading || row < 0 || row >= m_templates.size()) {
        return;
    }
    CopyTemplate &t = m_templates[row];
    t.setName(m_name->text());
    t.setLanguage(static_cast<SnippetLanguage>(m_language->currentData().toInt()));
    t.setBody(m_body->toPlainText());
    m_list->item(row)->setText(t.name());
    validate();
}

void CopyTemplateEditor::validate()
{
    const int row = m_list->currentRow();
    QStringList current;
    bool allValid = true;
    for (int i = 0; i < m_templates.size(); ++i) {
        const QStringList problems = CopyTemplates::problems(m_templates.at(i), m_templates);
        allValid = allValid && problems.isEmpty();
        if (i == row) {
            current = problems;
        }
    }
    if (!current.isEmpty()) {
        m_problems->setText(current.join(u'\n'));
    } else if (!allValid) {
        m_problems->setText(tr("Another template needs attention before you can save."));
    } else {
        m_problems->setText(row >= 0 ? tr("The template is valid.") : QString());
    }
    m_save->setEnabled(allValid);
    m_save->setToolTip(allValid ? QString() : tr("Fix the problems listed first."));
}

} // namespace keyward
