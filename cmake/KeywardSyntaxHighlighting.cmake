# SPDX-License-Identifier: GPL-3.0-or-later
# Optional KF6::SyntaxHighlighting for the raw JSON and config-snippet previews. Found here at the
# top level so the imported target is visible wherever keyward-ui (a static library that links it)
# ends up linked. Sets KEYWARD_HAVE_KF6_SYNTAX for ui/highlighting/.
set(KEYWARD_HAVE_KF6_SYNTAX OFF)
if(KEYWARD_WITH_KF6_SYNTAX AND KEYWARD_BUILD_APP)
    find_package(KF6SyntaxHighlighting QUIET)
    set_package_properties(KF6SyntaxHighlighting PROPERTIES
        TYPE OPTIONAL
        DESCRIPTION "KDE syntax highlighting engine"
        URL "https://api.kde.org/frameworks/syntax-highlighting/html/"
        PURPOSE "Highlights JSON, YAML, shell and INI previews with KDE definitions and themes")
    if(KF6SyntaxHighlighting_FOUND)
        set(KEYWARD_HAVE_KF6_SYNTAX ON)
    endif()
endif()
# Named unlike the package: feature_summary() hides entries sharing a QUIET package's name.
add_feature_info(KdeSyntaxHighlighting KEYWARD_HAVE_KF6_SYNTAX
    "KDE syntax highlighting for token JSON and config snippets (otherwise the built-in highlighter)")
