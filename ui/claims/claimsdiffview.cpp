// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimsdiffview.h"

#include "common/readonlytable.h"

#include "claimsdiffmodel.h"

#include "claims/claimsdiff.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace keyward {

ClaimsDiffView::ClaimsDiffView(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(u"claimsDiffView"_s);
    setAccessibleName(tr("Claims compared"));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"claimsDiffCount"_s);
    m_countLabel->setTextFormat(Qt::PlainText);
    m_countLabel->setContentsMargins(4, 0, 0, 0);

    m_showSame = new QCheckBox(tr("Show &unchanged claims"), this);
    m_showSame->setObjectName(u"claimsDiffShowSame"_s);
    m_showSame->setAccessibleName(tr("Show unchanged claims"));
    m_showSame->setChecked(false);

    m_model = new ClaimsDiffModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(u"claimsDiffTable"_s);
    // Tab leaves the table (arrow keys move within it), as everywhere else.
    m_table->setTabKeyNavigation(false);
    m_table->setAccessibleName(tr("Claim differences"));
    m_table->setModel(m_model);
    setUpReadOnlyTable(m_table);
    m_table->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ClaimsDiffModel::LeftColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(ClaimsDiffModel::RightColumn, QHeaderView::Stretch);

    auto *top = new QHBoxLayout;
    top->addWidget(m_countLabel, 1);
    top->addWidget(m_showSame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    setTabOrder(m_showSame, m_table);

    connect(m_showSame, &QCheckBox::toggled, this,
            [this](bool checked) { m_model->setShowSame(checked); });
    updateCount();
}

ClaimsDiffView::~ClaimsDiffView() = default;

void ClaimsDiffView::setTokens(const claims::TokenInspection &left, const QString &leftTitle,
                               const claims::TokenInspection &right, const QString &rightTitle)
{
    m_model->setRows(claims::ClaimsDiff::compare(left, right), leftTitle, rightTitle);
    updateCount();
}

void ClaimsDiffView::updateCount()
{
    const qsizetype count = m_model->changedCount();
    // Spelled out rather than %n: the English source text must read well
    // without a loaded translation.
    if (count == 0)
        m_countLabel->setText(tr("No claims changed"));
    else if (count == 1)
        m_countLabel->setText(tr("1 claim changed"));
    else
        m_countLabel->setText(tr("%1 claims changed").arg(count));
}

} // namespace keyward
