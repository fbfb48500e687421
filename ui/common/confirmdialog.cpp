// SPDX-License-Identifier: GPL-3.0-or-later
#include "confirmdialog.h"

#include "inlinestatus.h"
#include "nodecontext.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

ConfirmDialog::ConfirmDialog(const Options &options, QWidget *parent)
    : QDialog(parent)
    , m_options(options)
    , m_text(new QLabel(options.text, this))
    , m_status(new InlineStatus(this))
{
    setObjectName(u"confirmDialog"_s);
    setWindowTitle(options.title);
    setAccessibleName(options.title);
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *icon = new QLabel(this);
    const int iconSize = style()->pixelMetric(QStyle::PM_MessageBoxIconSize, nullptr, this);
    icon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this).pixmap(iconSize));
    top->addWidget(icon, 0, Qt::AlignTop);
    m_text->setObjectName(u"confirmText"_s);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setMinimumWidth(360);
    top->addWidget(m_text, 1);
    layout->addLayout(top);

    if (!options.nameToType.isEmpty()) {
        auto *prompt = new QLabel(
            tr("Type <b>%1</b> to confirm:").arg(options.nameToType.toHtmlEscaped()), this);
        prompt->setTextFormat(Qt::RichText);
        m_nameEdit = new QLineEdit(this);
        m_nameEdit->setObjectName(u"confirmNameEdit"_s);
        m_nameEdit->setAccessibleName(tr("Name to confirm"));
        m_nameEdit->setPlaceholderText(options.nameToType);
        prompt->setBuddy(m_nameEdit);
        layout->addWidget(prompt);
        layout->addWidget(m_nameEdit);
        connect(m_nameEdit, &QLineEdit::textChanged, this, &ConfirmDialog::updateConfirmEnabled);
    }

    m_status->setObjectNames(u"confirmStatus"_s);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_confirm = buttons->addButton(options.confirmLabel, QDialogButtonBox::AcceptRole);
    m_confirm->setObjectName(u"confirmButton"_s);
    m_confirm->setAccessibleName(options.confirmLabel);
    if (!options.secondaryLabel.isEmpty() && options.secondaryAction) {
        QPushButton *secondary =
            buttons->addButton(options.secondaryLabel, QDialogButtonBox::ActionRole);
        secondary->setObjectName(u"confirmSecondaryButton"_s);
        secondary->setAccessibleName(options.secondaryLabel);
        secondary->setAutoDefault(false);
        connect(secondary, &QPushButton::clicked, this,
                [this, action = options.secondaryAction] { action(this); });
    }
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"confirmCancelButton"_s);
    m_cancel->setAccessibleName(tr("Cancel"));
    // The safe choice is the default: Enter must never delete by accident.
    m_confirm->setAutoDefault(false);
    m_cancel->setDefault(true);
    layout->addWidget(buttons);
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        if (m_confirm->isEnabled()) {
            m_status->clear();
            Q_EMIT confirmed();
        }
    });
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    updateConfirmEnabled();
    if (m_nameEdit) {
        m_nameEdit->setFocus();
    } else {
        m_cancel->setFocus();
    }
}

bool ConfirmDialog::requiresTypedName(Environment environment)
{
    return environment == Environment::Production;
}

ConfirmDialog::Options ConfirmDialog::guarded(const NodeContext &context, const QString &targetName,
                                              Options options)
{
    return guarded(context.environment, targetName, std::move(options));
}

ConfirmDialog::Options ConfirmDialog::guarded(Environment environment, const QString &targetName,
                                              Options options)
{
    if (requiresTypedName(environment) && !targetName.isEmpty()) {
        options.nameToType = targetName;
        options.text += u' ';
        options.text += tr("This is a production environment: the change affects live systems.");
    } else {
        options.nameToType.clear();
    }
    return options;
}

ConfirmDialog *ConfirmDialog::ask(QWidget *parent, const Options &options,
                                  std::function<void(ConfirmDialog *)> onConfirmed)
{
    auto *dialog = new ConfirmDialog(options, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConfirmDialog::confirmed, dialog,
            [dialog, onConfirmed = std::move(onConfirmed)] { onConfirmed(dialog); });
    dialog->open();
    return dialog;
}

void ConfirmDialog::updateConfirmEnabled()
{
    const bool typed = !m_nameEdit || m_nameEdit->text() == m_options.nameToType;
    m_confirm->setEnabled(typed && !m_busy);
}

void ConfirmDialog::setBusy(bool busy, const QString &text)
{
    m_busy = busy;
    if (m_nameEdit) {
        m_nameEdit->setEnabled(!busy);
    }
    updateConfirmEnabled();
    if (busy) {
        m_status->showBusy(text.isEmpty() ? tr("Working…") : text);
    } else {
        m_status->clear();
    }
}

void ConfirmDialog::showError(const QString &message)
{
    setBusy(false);
    m_status->showError(message);
}

} // namespace keyward
