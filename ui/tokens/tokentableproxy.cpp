// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokentableproxy.h"

#include "itemmodels/tokenlistmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace keyward {

TokenTableProxy::TokenTableProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(TokenListModel::RawDataRole);
    setFilterCaseSensitivity(Qt::CaseInsensitive);
    setSortCaseSensitivity(Qt::CaseInsensitive);
    // The timer's refreshTimes() changes statuses; re-sorting on every
    // change would make rows jump under the user's pointer.
    setDynamicSortFilter(false);
}

void TokenTableProxy::setFilterText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_filterText) {
        return;
    }
    m_filterText = trimmed;
    invalidateFilter();
}

QVariant TokenTableProxy::data(const QModelIndex &index, int role) const
{
    if (role == Qt::DecorationRole && index.isValid() &&
        index.column() == TokenListModel::StatusColumn) {
        const QString name =
            QSortFilterProxyModel::data(index, TokenListModel::StatusIconNameRole).toString();
        if (name.isEmpty()) {
            return {};
        }
        auto it = m_icons.constFind(name);
        if (it == m_icons.constEnd()) {
            it = m_icons.insert(name, statusIcon(name));
        }
        return *it;
    }
    return QSortFilterProxyModel::data(index, role);
}

QIcon TokenTableProxy::statusIcon(const QString &iconName)
{
    QStyle::StandardPixmap fallback = QStyle::SP_MessageBoxInformation;
    if (iconName == u"dialog-error") {
        fallback = QStyle::SP_MessageBoxCritical;
    } else if (iconName == u"dialog-warning") {
        fallback = QStyle::SP_MessageBoxWarning;
    } else if (iconName == u"security-high") {
        fallback = QStyle::SP_DialogApplyButton;
    }
    const QIcon standard =
        QApplication::style() ? QApplication::style()->standardIcon(fallback) : QIcon();
    return QIcon::fromTheme(iconName, standard);
}

bool TokenTableProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QVariant l = left.data(TokenListModel::RawDataRole);
    const QVariant r = right.data(TokenListModel::RawDataRole);
    switch (left.column()) {
    case TokenListModel::CreatedColumn:
    case TokenListModel::ExpiresColumn:
    case TokenListModel::LastUsedColumn: {
        // A null time is "never": for expiry the latest of all, for last use
        // the earliest.
        const bool neverLast = left.column() == TokenListModel::ExpiresColumn;
        if (!l.isValid() && !r.isValid()) {
            return false;
        }
        if (!l.isValid()) {
            return !neverLast;
        }
        if (!r.isValid()) {
            return neverLast;
        }
        return l.toDateTime() < r.toDateTime();
    }
    case TokenListModel::StatusColumn:
        return l.toInt() < r.toInt();
    case TokenListModel::ScopesColumn:
        return QString::localeAwareCompare(l.toStringList().join(u' '),
                                           r.toStringList().join(u' ')) < 0;
    case TokenListModel::IdColumn: {
        // Ids are strings on the wire but usually numbers: 9 before 10.
        bool lNumber = false;
        bool rNumber = false;
        const qlonglong ln = l.toString().toLongLong(&lNumber);
        const qlonglong rn = r.toString().toLongLong(&rNumber);
        if (lNumber && rNumber) {
            return ln < rn;
        }
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    }
    default:
        return QString::localeAwareCompare(l.toString(), r.toString()) < 0;
    }
}

bool TokenTableProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QString &needle = m_filterText;
    if (needle.isEmpty()) {
        return true;
    }
    const QAbstractItemModel *model = sourceModel();
    for (const int column :
         {int(TokenListModel::DescriptionColumn), int(TokenListModel::IdColumn),
          int(TokenListModel::ScopesColumn), int(TokenListModel::FingerprintColumn),
          int(TokenListModel::StatusColumn)}) {
        const QString text = model->index(sourceRow, column, sourceParent).data().toString();
        if (text.contains(needle, Qt::CaseInsensitive)) {
            return true;
        }
    }
    return false;
}

} // namespace keyward
