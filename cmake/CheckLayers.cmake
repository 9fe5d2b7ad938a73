# The layering the architecture promises (docs/architecture.md), checked on the sources' #include
# lines: UI -> services -> domain/storage, never back up, no Qt below the app, no SQL above storage.
#   cmake -DSOURCE_DIR=<tree holding src/> -P cmake/CheckLayers.cmake
# Exits with an error listing every offending line. The suite runs it on the tree, and on a
# checked-in broken tree that must fail (tests/fixtures/layers-broken).
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayers: SOURCE_DIR is not set")
endif()

# folder ! what its files must not include (a regular expression on the included path) ! why
set(rules
    "src/domain ! ^(Q|sqlite3|libpq|storage/|services/|app/|cli/) ! the domain sees no Qt, no SQL and no other layer"
    "src/storage ! ^(Q|services/|app/|cli/) ! storage sees no Qt and no upper layer"
    "src/services ! ^(Q|sqlite3|libpq|app/|cli/) ! services see no Qt, no SQL library and no UI"
    "src/app ! ^(sqlite3|libpq|storage/|cli/) ! the app goes through services, never storage or SQL"
    "src/cli ! ^(Q|sqlite3|libpq|storage/|app/) ! the CLI goes through services and has no Qt")

set(broken "")
foreach(rule IN LISTS rules)
    string(REPLACE " ! " ";" parts "${rule}")
    list(GET parts 0 folder)
    list(GET parts 1 forbidden)
    list(GET parts 2 why)
    file(GLOB_RECURSE files "${SOURCE_DIR}/${folder}/*.h" "${SOURCE_DIR}/${folder}/*.cpp" "${SOURCE_DIR}/${folder}/*.inl")
    foreach(path IN LISTS files)
        file(STRINGS "${path}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[<\"]")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE "^[ \t]*#[ \t]*include[ \t]*[<\"]([^>\"]*)[>\"].*$" "\\1" included "${line}")
            if(included MATCHES "${forbidden}")
                file(RELATIVE_PATH shown "${SOURCE_DIR}" "${path}")
                string(APPEND broken "\n  ${shown}: #include ${included} (${why})")
            endif()
        endforeach()
    endforeach()
endforeach()

if(broken)
    message(FATAL_ERROR "Layering broken:${broken}")
endif()
message(STATUS "Layering holds in ${SOURCE_DIR}")
