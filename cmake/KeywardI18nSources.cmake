# SPDX-License-Identifier: GPL-3.0-or-later
# Every file lupdate reads for the app's translations: ui/, app/ and the model
# (the server's sentences are English on the wire and are not in the .ts files).
# Shared by app/CMakeLists.txt (qt_add_lupdate) and tests/translations (the
# check that the committed .ts files are up to date), so both see the same set.
file(GLOB_RECURSE keyward_i18n_sources CONFIGURE_DEPENDS
    ${PROJECT_SOURCE_DIR}/ui/*.cpp ${PROJECT_SOURCE_DIR}/ui/*.h ${PROJECT_SOURCE_DIR}/ui/*.ui
    ${PROJECT_SOURCE_DIR}/app/*.cpp ${PROJECT_SOURCE_DIR}/app/*.h
    ${PROJECT_SOURCE_DIR}/model/*.cpp ${PROJECT_SOURCE_DIR}/model/*.h)
# The folders lupdate searches for headers, so that it resolves the keyward::
# namespace of each class the same way in both places.
set(keyward_i18n_include_dirs
    ${PROJECT_SOURCE_DIR}/app ${PROJECT_SOURCE_DIR}/ui ${PROJECT_SOURCE_DIR}/model)
