// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace keyward {

/// The look of a tokens table: one selected row at a time, sorted by
/// creation, a fixed row height, the description taking the spare width and
/// every other column as wide as its longest usual text ("11 months ago",
/// "sha256:00000000"), so nothing important is elided.
void setUpTokensTable(QTableView *table);

} // namespace keyward
