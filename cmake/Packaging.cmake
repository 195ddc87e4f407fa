# Install rules for the desktop files and the CPack setup. `cpack -G DEB` in a build directory
# (or scripts/package.sh) makes yufang_<version>_<arch>.deb; it needs the Debian packages `file`
# and `dpkg-dev` for dependency detection (scripts/lib/deps.sh, YUFANG_PACKAGE_PACKAGES).

# packaging/ (.desktop, AppStream metainfo, icon): added here unless the top level already did.
get_property(_yufang_packaging_added GLOBAL PROPERTY YUFANG_PACKAGING_ADDED)
if(NOT _yufang_packaging_added)
  add_subdirectory(${PROJECT_SOURCE_DIR}/packaging ${PROJECT_BINARY_DIR}/packaging)
endif()

set(CPACK_PACKAGE_NAME "yufang")
set(CPACK_PACKAGE_VENDOR "Yufang contributors")
set(CPACK_PACKAGE_CONTACT "Yufang contributors <maintainers@yufang.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Work-injury prevention plan tracking for HR and social-security bureaus")
# Lines of at most 80 characters (lintian: extended-description-line-too-long).
set(CPACK_PACKAGE_DESCRIPTION
    "Yufang (预防) keeps the annex forms of the work-injury prevention five-year
action plan in a local database, rolls them up the unit hierarchy, charts them
against the targets, exports Excel-compatible CSV and prints reports in the
official layout.")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_STRIP_FILES ON)

# lintian refuses a maintainer address at localhost; .invalid (RFC 2606) says plainly that the
# project has no mailing address yet.
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "Yufang contributors <maintainers@yufang.invalid>")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
# Qt libraries are found by dpkg-shlibdeps (needs `file` and `dpkg-dev`).
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so shlibdeps cannot see them: the platform plugins, the SQLite driver,
# the SVG image and icon plugins (in libqt6svg6) and a CJK font (else Chinese renders as boxes).
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qt6-qpa-plugins, libqt6sql6-sqlite, libqt6svg6, fonts-wqy-microhei")
# Qt's own strings (standard dialog buttons) in Chinese.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)

if(WIN32)
  set(CPACK_GENERATOR "ZIP")   # see packaging/README.md for the Windows notes
else()
  set(CPACK_GENERATOR "DEB")
endif()
include(CPack)
