// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claims/tokeninspection.h"

#include <QWidget>

QT_BEGIN_NAMESPACE
class QCheckBox;
class QLabel;
class QTableView;
QT_END_NAMESPACE

namespace keyward {

class ClaimsDiffModel;

/// Two tokens' claims side by side (e.g. before and after a rotation), each
/// difference marked by text and icon ("Added", "Removed", "Changed").
class ClaimsDiffView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimsDiffView)

public:
    explicit ClaimsDiffView(QWidget *parent = nullptr);
    ~ClaimsDiffView() override;

    void setTokens(const claims::TokenInspection &left, const QString &leftTitle,
                   const claims::TokenInspection &right, const QString &rightTitle);

private:
    void updateCount();

    QLabel *m_countLabel = nullptr;
    QCheckBox *m_showSame = nullptr;
    QTableView *m_table = nullptr;
    ClaimsDiffModel *m_model = nullptr;
};

} // namespace keyward
