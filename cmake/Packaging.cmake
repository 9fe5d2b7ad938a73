# What `cmake --install` puts in place and the Debian package built from it (cpack -G DEB, or
# scripts/package): the programs, a desktop file under a reverse-DNS id, its AppStream metainfo,
# hicolor icons, man pages, and the docs with Debian's copyright file and changelog. The suite
# builds this package, runs lintian on it and starts the programs unpacked (tests/package).
set(TRAME_DOC_DIR "${CMAKE_INSTALL_DATADIR}/doc/trame")

if(TRAME_BUILD_GUI)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${TRAME_APP_ID}.desktop
            DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
    install(FILES ${PROJECT_SOURCE_DIR}/resources/${TRAME_APP_ID}.metainfo.xml
            DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
    foreach(size 16 22 24 32 48 64 128 256)
        install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/hicolor/${size}x${size}/apps/trame.png
                DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps)
    endforeach()
    install(FILES ${PROJECT_SOURCE_DIR}/resources/icons/trame.svg
            DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
endif()

# Man pages and the changelog compressed, as Debian's policy wants them; the version comes from
# project(), once.
set(compressed "")
set(pages trame-cli)
if(TRAME_BUILD_GUI)
    list(APPEND pages trame)
endif()
foreach(page IN LISTS pages)
    configure_file(${PROJECT_SOURCE_DIR}/docs/man/${page}.1.in ${CMAKE_BINARY_DIR}/man/${page}.1 @ONLY)
    add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/man/${page}.1.gz
                       COMMAND gzip -9nf -k ${CMAKE_BINARY_DIR}/man/${page}.1
                       DEPENDS ${CMAKE_BINARY_DIR}/man/${page}.1
                       COMMENT "Compressing the man page ${page}(1)")
    list(APPEND compressed ${CMAKE_BINARY_DIR}/man/${page}.1.gz)
    install(FILES ${CMAKE_BINARY_DIR}/man/${page}.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
endforeach()
add_custom_command(OUTPUT ${CMAKE_BINARY_DIR}/doc/changelog.gz
                   COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_BINARY_DIR}/doc
                   COMMAND gzip -9n -c ${PROJECT_SOURCE_DIR}/resources/debian/changelog
                           > ${CMAKE_BINARY_DIR}/doc/changelog.gz
                   DEPENDS ${PROJECT_SOURCE_DIR}/resources/debian/changelog
                   COMMENT "Compressing the changelog")
list(APPEND compressed ${CMAKE_BINARY_DIR}/doc/changelog.gz)
add_custom_target(trame_packaged_docs ALL DEPENDS ${compressed})
install(FILES ${CMAKE_BINARY_DIR}/doc/changelog.gz ${PROJECT_SOURCE_DIR}/resources/debian/copyright
              ${PROJECT_SOURCE_DIR}/README.md
        DESTINATION ${TRAME_DOC_DIR})
install(FILES ${PROJECT_SOURCE_DIR}/docs/guide-utilisateur.md ${PROJECT_SOURCE_DIR}/docs/security.md
              ${PROJECT_SOURCE_DIR}/docs/data-model.md ${PROJECT_SOURCE_DIR}/docs/data-format.md
        DESTINATION ${TRAME_DOC_DIR})
# The user guide's pictures, beside it (the guide is also inside Trame, under F1).
install(DIRECTORY ${PROJECT_SOURCE_DIR}/docs/images DESTINATION ${TRAME_DOC_DIR} FILES_MATCHING PATTERN "*.png")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME "trame")
set(CPACK_PACKAGE_VENDOR "Trame developers")
set(CPACK_PACKAGE_CONTACT "Trame developers <maintainers@users.noreply.r-seed-2713311b.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "case files for job-integration counsellors")
# Debian wants the extended description in lines of at most 80 characters (and CMake no ";").
string(CONCAT CPACK_PACKAGE_DESCRIPTION
    "Trame follows the people a French conseiller en insertion\n"
    "professionnelle helps back into work, in the frame of the Guide de\n"
    "bonnes pratiques d'accompagnement: for each beneficiary a case file in\n"
    "the guide's sections, the follow-up template filled in over the\n"
    "interviews, the support period from entry to exit, appointments, and the\n"
    "documents handed to the person (PDF or paper). Supervisors review and\n"
    "validate case files, trainees read the guide's six worked cases. Access\n"
    "rules are enforced below the interface and every access is recorded.\n"
    "Data lives in a local SQLite file, or on a team's PostgreSQL server. The\n"
    "interface is in French, and trame-cli administers the database from the\n"
    "command line.")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SECTION "misc")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Qt's own French strings (standard buttons, the file dialog); Trame's are built in.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
include(CPack)
