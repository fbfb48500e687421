// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "copying/copycontext.h"
#include "domain/token.h"

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace keyward {

class ClipboardGuard;

/// Shows a token right after it was created: the one moment its value is
/// sure to be available (a server run with --show-tokens-once never shows
/// it again). The value sits in a read-only field with a Copy button.
///
/// objectNames: newTokenDialog, newTokenValueEdit, newTokenCopyButton,
/// newTokenCloseButton.
class NewTokenDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NewTokenDialog)

public:
    /// Copy goes through \p clipboard (cleared after a delay, hidden from
    /// clipboard managers), which must outlive the dialog.
    NewTokenDialog(const Token &token, ClipboardGuard &clipboard, QWidget *parent = nullptr);

    /// Where the token lives, for the change journal's record of a copy.
    void setCopyContext(const CopyContext &context) { m_copyContext = context; }

    const Token &token() const { return m_token; }

private:
    void copy();

    Token m_token;
    ClipboardGuard &m_clipboard;
    CopyContext m_copyContext;
    QLineEdit *m_value;
    QPushButton *m_copy;
    QPushButton *m_close;
};

} // namespace keyward
