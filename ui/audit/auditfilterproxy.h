// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QSortFilterProxyModel>

#include <optional>

namespace keyward {

/// Narrows the loaded audit events (AuditEventModel) on the client: the
/// server offers no filter parameters, so only loaded pages can match.
/// Actor and target match substrings, case-insensitively; the action
/// matches exactly; the time range includes both ends.
class AuditFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AuditFilterProxy)

public:
    explicit AuditFilterProxy(QObject *parent = nullptr);

    void setActor(const QString &actor);
    /// Empty: any action.
    void setAction(const QString &action);
    void setTarget(const QString &target);
    /// nullopt: unbounded on that side.
    void setTimeRange(const std::optional<QDateTime> &from, const std::optional<QDateTime> &to);

    bool isFiltering() const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_actor;
    QString m_action;
    QString m_target;
    std::optional<QDateTime> m_from;
    std::optional<QDateTime> m_to;
};

} // namespace keyward
