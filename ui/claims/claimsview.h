// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/tokeninspection.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
QT_END_NAMESPACE

namespace keyward {

class ClaimsTableModel;

/// One token taken apart: a status line that cannot be missed (icon and
/// bold text, never colour alone), a plain-language summary (also the
/// view's accessible description), warnings, the claims table and the raw
/// JSON. Everything shown comes from an untrusted token and is plain text.
class ClaimsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsView)

public:
    explicit ClaimsView(QWidget *parent = nullptr);
    ~ClaimsView() override;

    void setInspection(const claims::TokenInspection &inspection);
    /// Shows a neutral "No token selected" state.
    void clear();
    /// The status line's text (for tests).
    QString statusText() const;
    QString summaryText() const;
    /// Whether the view lists the token's warnings itself (default); off where
    /// the surrounding dialog lists them already, e.g. the inspector.
    void setWarningsShown(bool shown);

private:
    bool m_warningsShown = true;
    enum class Severity
    {
        Neutral,
        Information,
        Ok,
        Warning,
        Critical
    };

    static Severity severityOf(const claims::TokenInspection &inspection);
    static QString statusLine(const claims::TokenInspection &inspection);
    void setStatus(Severity severity, const QString &text);
    void setWarnings(const QStringList &warnings);

    QLabel *m_statusIcon = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_summaryLabel = nullptr;
    QListWidget *m_warnings = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_table = nullptr;
    ClaimsTableModel *m_model = nullptr;
    QPlainTextEdit *m_rawJson = nullptr;
};

} // namespace keyward
