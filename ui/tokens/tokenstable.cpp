// SPDX-License-Identifier: GPL-3.0-or-later
#include "tokenstable.h"

#include "itemmodels/tokenlistmodel.h"

#include <QHeaderView>
#include <QTableView>

using namespace Qt::StringLiterals;

namespace keyward {

void setUpTokensTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSortingEnabled(true);
    table->sortByColumn(TokenListModel::CreatedColumn, Qt::AscendingOrder);
    table->setWordWrap(false);
    table->setTextElideMode(Qt::ElideRight);
    table->setAlternatingRowColors(true);
    table->setShowGrid(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(
        qMax(table->fontMetrics().height(), table->iconSize().height()) + 10);
    QHeaderView *header = table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    header->setSectionResizeMode(TokenListModel::DescriptionColumn, QHeaderView::Stretch);
    const auto width = [table](const QString &sample) {
        return table->fontMetrics().horizontalAdvance(sample) + 28;
    };
    header->resizeSection(TokenListModel::IdColumn, width(u"0000"_s));
    header->resizeSection(TokenListModel::CreatedColumn, width(u"11 months ago"_s));
    header->resizeSection(TokenListModel::ExpiresColumn, width(u"in 11 months"_s));
    header->resizeSection(TokenListModel::ScopesColumn, width(u"metrics:write"_s));
    header->resizeSection(TokenListModel::LastUsedColumn, width(u"never used"_s));
    header->resizeSection(TokenListModel::FingerprintColumn, width(u"sha256:00000000"_s));
    header->resizeSection(TokenListModel::StatusColumn, width(u"Never expires"_s) + 20);
    header->setMinimumSectionSize(width(u"Id"_s));
}

} // namespace keyward
