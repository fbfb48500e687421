// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QIcon>
#include <QSortFilterProxyModel>

namespace keyward {

/// Sits between a TokenListModel and its view: sorts on the raw values
/// (times as times, "never" after every date), filters on the texts a user
/// would type (description, id, scopes, fingerprint), and turns the model's
/// status icon names into icons. The model layer has no Gui, so the icons
/// are made here: from the desktop theme when it has them, otherwise from
/// the style's standard pixmaps, so the status never relies on colour.
class TokenTableProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenTableProxy)

public:
    explicit TokenTableProxy(QObject *parent = nullptr);

    /// Keeps the rows whose description, id, scopes, fingerprint or status
    /// contain \p text (case-insensitive, taken literally).
    void setFilterText(const QString &text);
    QString filterText() const { return m_filterText; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    /// The icon shown for a freedesktop icon name from TokenListModel.
    static QIcon statusIcon(const QString &iconName);

protected:
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_filterText;
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace keyward
