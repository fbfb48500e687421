# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the language standard, warnings and Qt strictness;
# every Keyward target links it (no directory-wide flags anywhere).
add_library(keyward_common INTERFACE)
target_compile_features(keyward_common INTERFACE cxx_std_20)
target_compile_options(keyward_common INTERFACE
    $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -Wpedantic>
    $<$<AND:$<CXX_COMPILER_ID:GNU,Clang>,$<BOOL:${KEYWARD_WERROR}>>:-Werror>)
target_compile_definitions(keyward_common INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    KEYWARD_VERSION="${PROJECT_VERSION}")
