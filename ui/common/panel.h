// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "nodecontext.h"

#include <QWidget>

namespace keyward {

/// One tab of an organization or team page (overview, members, teams,
/// tokens). The page hands every panel the node it shows; a panel loads its
/// data asynchronously, shows its own busy state and errors (InlineStatus),
/// and disables what the user's role does not allow (permissions.h).
class Panel : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Panel)

public:
    using QWidget::QWidget;

    /// Shows \p context: forgets the previous node's rows and loads this one's.
    virtual void setContext(const NodeContext &context) = 0;
    /// F5: loads the current node again, keeping the selection where possible.
    virtual void refresh() = 0;
    /// Ctrl+F: puts the focus in the panel's filter field, if it has one.
    virtual void focusFilter() {}

Q_SIGNALS:
    /// Teams were created or deleted in \p organization: the navigation tree
    /// reloads its teams.
    void teamsChanged(const QString &organization);
    /// The organization \p organization was deleted: leave its page.
    void organizationDeleted(const QString &organization);
    /// A one-line confirmation for the status bar ("Team runners created.").
    void statusMessage(const QString &message);
};

} // namespace keyward
