// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

namespace keyward {

/// For bench/app's cold-start figure only: with KEYWARD_STARTUP_PROBE=1 in the
/// environment, prints "keyward-startup-probe: painted <window> <ms>" on
/// standard output when each top-level window first paints (ms since the
/// QApplication was constructed) and quits once the main window has painted.
/// Without the variable it does nothing. Installed from QCoreApplication's
/// constructor (Q_COREAPP_STARTUP_FUNCTION in startupprobe.cpp), so main()
/// needs no code for it.
void installStartupProbe();

} // namespace keyward
