// SPDX-License-Identifier: GPL-3.0-or-later
#include "roledelegate.h"

#include "itemmodels/memberlistmodel.h"
#include "itemmodels/roletext.h"

#include <QComboBox>

using namespace Qt::StringLiterals;

namespace keyward {

namespace {

QString key(const QString &email)
{
    return email.toLower();
}

} // namespace

RoleDelegate::RoleDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void RoleDelegate::setPending(const QString &email, Role role)
{
    m_pending.insert(key(email), role);
}

void RoleDelegate::clearPending(const QString &email)
{
    m_pending.remove(key(email));
}

bool RoleDelegate::isPending(const QString &email) const
{
    return m_pending.contains(key(email));
}

QWidget *RoleDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                    const QModelIndex &index) const
{
    Q_UNUSED(option)
    const QString email = index.data(MemberListModel::EmailRole).toString();
    // One change at a time per member: a second would race the first.
    if (index.column() != MemberListModel::RoleColumn || isPending(email)) {
        return nullptr;
    }
    auto *combo = new QComboBox(parent);
    combo->setObjectName(u"memberRoleEditor"_s);
    combo->setAccessibleName(tr("Role of %1").arg(email));
    for (const Role role : {Role::Admin, Role::Member, Role::Viewer}) {
        combo->addItem(RoleText::displayName(role), static_cast<int>(role));
        combo->setItemData(combo->count() - 1, RoleText::description(role), Qt::ToolTipRole);
    }
    // Picking from the list is the decision; no extra Enter needed.
    connect(combo, &QComboBox::activated, this, [this, combo] {
        auto *self = const_cast<RoleDelegate *>(this);
        Q_EMIT self->commitData(combo);
        Q_EMIT self->closeEditor(combo, QAbstractItemDelegate::NoHint);
    });
    return combo;
}

void RoleDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo) {
        return;
    }
    const int found = combo->findData(index.data(MemberListModel::RoleRole).toInt());
    if (found >= 0) {
        combo->setCurrentIndex(found);
    }
}

void RoleDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                const QModelIndex &index) const
{
    Q_UNUSED(model)
    auto *combo = qobject_cast<QComboBox *>(editor);
    if (!combo || combo->currentIndex() < 0) {
        return;
    }
    const auto chosen = static_cast<Role>(combo->currentData().toInt());
    const auto current = static_cast<Role>(index.data(MemberListModel::RoleRole).toInt());
    if (chosen != current) {
        Q_EMIT roleChosen(index.data(MemberListModel::EmailRole).toString(), chosen);
    }
}

void RoleDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    Q_UNUSED(index)
    editor->setGeometry(option.rect);
}

void RoleDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const auto pending =
        m_pending.constFind(key(index.data(MemberListModel::EmailRole).toString()));
    if (pending == m_pending.cend()) {
        return;
    }
    // Greyed and worded, not only greyed: the state must not rest on colour.
    option->text = tr("%1 (changing…)").arg(RoleText::displayName(*pending));
    option->palette.setColor(QPalette::Text,
                             option->palette.color(QPalette::Disabled, QPalette::Text));
    option->palette.setColor(QPalette::HighlightedText,
                             option->palette.color(QPalette::Disabled, QPalette::HighlightedText));
}

} // namespace keyward
