// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QTableView;

namespace keyward {

/// The look of every read-only list in Keyward: whole rows selected one at a
/// time, no editing, one text line per row at a fixed height (so 100,000
/// rows cost nothing to lay out), alternating row colours, no row numbers.
void setUpReadOnlyTable(QTableView *table);

} // namespace keyward
