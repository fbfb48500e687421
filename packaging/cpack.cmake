# SPDX-License-Identifier: GPL-3.0-or-later
# CPack setup: two Debian packages built from one tree,
#   keyward         the desktop app (+ icon, .desktop, AppStream metainfo)
#   keyward-server  the reference backend
# Every install() in the project names one of these two COMPONENTs; anything
# without a component ("Unspecified") is left out of the packages on purpose.
#
# Build them with:  cmake --build build --target package   (or: cd build && cpack -G DEB)
# scripts/check-packages builds, installs, runs and removes them (CI does).
# Included from the top-level CMakeLists.txt after all add_subdirectory() calls.

set(CPACK_PACKAGE_NAME "keyward")
set(CPACK_PACKAGE_VENDOR "The Keyward developers")
set(CPACK_PACKAGE_CONTACT "The Keyward developers <dev@keyward.invalid>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
# CPackDeb prefixes every component's description with this summary unless it
# is CPack's own default; keeping the default lets each package's description
# start with its own synopsis line (below).
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${CMAKE_PROJECT_NAME} built using CMake")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Keyward")
set(CPACK_PACKAGE_DIRECTORY "${PROJECT_BINARY_DIR}/packages")
set(CPACK_STRIP_FILES ON)
if(EXISTS "${PROJECT_SOURCE_DIR}/LICENSE")
    set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
endif()

set(CPACK_COMPONENTS_ALL keyward keyward-server)
set(CPACK_COMPONENT_KEYWARD_DISPLAY_NAME "Keyward")
set(CPACK_COMPONENT_KEYWARD_DESCRIPTION
    "Desktop administration for multi-tenant publishing platforms
Keyward lets operators log in to a Keyward-compatible server and manage
organizations, teams, members and publishing tokens.")
set(CPACK_COMPONENT_KEYWARD-SERVER_DISPLAY_NAME "Keyward server")
set(CPACK_COMPONENT_KEYWARD-SERVER_DESCRIPTION
    "Reference backend for the Keyward desktop app
keyward-server implements the REST API the Keyward app speaks: users,
organizations, teams, members, signed publishing tokens and metrics, stored
in SQLite or PostgreSQL.")

# --- keyward-server's system integration -------------------------------------
# Absolute Debian paths on purpose: the unit belongs where Debian 12's systemd
# and dpkg look for it (/lib/systemd/system), the configuration in /etc
# whatever CMAKE_INSTALL_PREFIX is. debian/keyward-server/conffiles marks the
# configuration a conffile, so a changed /etc/default/keyward-server survives
# upgrades (CPackDeb does not do that by itself).
if(KEYWARD_BUILD_SERVER AND UNIX AND NOT APPLE)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/keyward-server.service
            DESTINATION /lib/systemd/system
            COMPONENT keyward-server)
    install(FILES ${CMAKE_CURRENT_LIST_DIR}/keyward-server.default
            DESTINATION /etc/default
            RENAME keyward-server
            COMPONENT keyward-server)
endif()

# --- Debian (.deb) -----------------------------------------------------------
if(UNIX AND NOT APPLE)
    set(CPACK_GENERATOR "DEB")
    set(CPACK_DEB_COMPONENT_INSTALL ON)
    set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # <name>_<version>-<release>_<arch>.deb
    set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
    set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
    set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
    set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
    # Library dependencies are computed from the binaries with dpkg-shlibdeps;
    # the lists below add only what is loaded at run time as a plugin.
    set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)

    # Maintainer scripts must be 0755 in the package whatever the checkout's umask.
    set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

    # dpkg-shlibdeps finds the Qt, OpenSSL, qtkeychain and argon2 libraries;
    # these are what Qt loads at run time, which no ELF header names:
    #   libqt6svg6         the SVG icon engine and image plugin (the app icon, SVG icons)
    # (the "openssl" TLS backend plugin ships in libqt6network6 and the xcb and
    # offscreen platform plugins in libqt6gui6: both come through shlibdeps)
    # Recommended, as the app runs without them but less well:
    #   a Secret Service (gnome-keyring, KeePassXC, KWallet) for the session
    #   tokens; without one the app asks for the password at every start
    #   qt6-wayland        native Wayland windows (else XWayland through xcb)
    #   qt6-translations-l10n  Qt's own dialogs (file chooser, ...) in German/French
    set(CPACK_DEBIAN_KEYWARD_PACKAGE_NAME keyward)
    set(CPACK_DEBIAN_KEYWARD_PACKAGE_SECTION utils)
    set(CPACK_DEBIAN_KEYWARD_DESCRIPTION "${CPACK_COMPONENT_KEYWARD_DESCRIPTION}")
    set(CPACK_DEBIAN_KEYWARD_PACKAGE_DEPENDS "libqt6svg6")
    set(CPACK_DEBIAN_KEYWARD_PACKAGE_RECOMMENDS
        "gnome-keyring | keepassxc | kwalletmanager, qt6-wayland, qt6-translations-l10n")
    set(CPACK_DEBIAN_KEYWARD_PACKAGE_SUGGESTS "qt6-qpa-plugins")

    #   libqt6sql6-sqlite  the default database (Qt SQL driver plugin)
    #   libqt6sql6-psql    the PostgreSQL driver plugin, for postgresql:// databases
    #   adduser            the postinst creates the system user "keyward"
    set(CPACK_DEBIAN_KEYWARD-SERVER_PACKAGE_NAME keyward-server)
    set(CPACK_DEBIAN_KEYWARD-SERVER_PACKAGE_SECTION net)
    set(CPACK_DEBIAN_KEYWARD-SERVER_DESCRIPTION "${CPACK_COMPONENT_KEYWARD-SERVER_DESCRIPTION}")
    set(CPACK_DEBIAN_KEYWARD-SERVER_PACKAGE_DEPENDS
        "libqt6sql6-sqlite, adduser, init-system-helpers (>= 1.52)")
    set(CPACK_DEBIAN_KEYWARD-SERVER_PACKAGE_RECOMMENDS "libqt6sql6-psql")
    set(CPACK_DEBIAN_KEYWARD-SERVER_PACKAGE_SUGGESTS "postgresql, nginx | apache2")
    set(keyward_maintscripts ${CMAKE_CURRENT_LIST_DIR}/debian/keyward-server)
    set(CPACK_DEBIAN_KEYWARD-SERVER_PACKAGE_CONTROL_EXTRA
        ${keyward_maintscripts}/conffiles ${keyward_maintscripts}/postinst
        ${keyward_maintscripts}/prerm ${keyward_maintscripts}/postrm)
endif()

include(CPack)
