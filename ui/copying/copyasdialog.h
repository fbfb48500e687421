// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copying/copycontext.h"
#include "copying/copytemplates.h"
#include "domain/token.h"

#include <QDialog>
#include <QPointer>

class QCheckBox;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace keyward {

class ClipboardGuard;
class InlineStatus;

/// "Copy as…": the token rendered through a built-in or user template, with a
/// highlighted preview that masks the value until "Show value" is ticked.
/// Copying goes through the ClipboardGuard, so the clipboard is cleared later.
/// User templates are read from and saved to the default QSettings.
class CopyAsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CopyAsDialog)

public:
    CopyAsDialog(const Token &token, const CopyContext &context, ClipboardGuard *guard,
                 QWidget *parent = nullptr);
    ~CopyAsDialog() override;

    /// Selects a template by id (e.g. "builtin.curl"); false if there is none.
    bool selectTemplate(const QString &id);
    /// The current template rendered with the real value (empty without one).
    QString renderedText() const;

private:
    void reloadTemplates(const QString &selectId);
    void updatePreview();
    void copy();
    void manageTemplates();
    void showCountdown(int secondsLeft);
    std::optional<CopyTemplate> currentTemplate() const;
    QString render(bool masked) const;

    Token m_token;
    CopyContext m_context;
    QPointer<ClipboardGuard> m_guard;
    CopyTemplates m_templates;
    QListWidget *m_list;
    QPlainTextEdit *m_preview;
    QCheckBox *m_reveal;
    QPushButton *m_copy;
    QPushButton *m_manage;
    InlineStatus *m_status;
    bool m_copiedHere = false;
};

} // namespace keyward
