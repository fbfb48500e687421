// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copying/copytemplate.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace keyward {

/// Adds, edits and removes the user's "Copy as…" templates, validating them
/// as they are typed. Works on a copy: templates() is read after accepted().
class CopyTemplateEditor final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyTemplateEditor)

public:
    explicit CopyTemplateEditor(const QList<CopyTemplate> &userTemplates,
                                QWidget *parent = nullptr);
    ~CopyTemplateEditor() override;

    QList<CopyTemplate> templates() const { return m_templates; }

private:
    void addTemplate();
    void removeTemplate();
    void showTemplate(int row);
    void storeEdits();
    void validate();

    QList<CopyTemplate> m_templates;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QLineEdit *m_name;
    QComboBox *m_language;
    QPlainTextEdit *m_body;
    QLabel *m_problems;
    QPushButton *m_save;
    bool m_loading = false;
};

} // namespace keyward
