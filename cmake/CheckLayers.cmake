# The layering the architecture promises (docs/architecture.md), checked on the sources' #include
# lines: UI -> services -> domain/storage, never back up, no Qt below the app, no SQL above storage.
#   cmake -DSOURCE_DIR=<tree holding src/> -P cmake/CheckLayers.cmake
# Exits with an error listing every offending line. The suite runs it on the tree, and on a
# checked-in broken tree that must fail (tests/fixtures/layers-broken).
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckLayers: SOURCE_DIR is not set")
endif()

# folder ! what its files must not include (a regular expression on the included path) ! why
#        [! which files, when not all its sources]
set(rules
    "src/domain ! ^(Q|sqlite3|libpq|storage/|services/|app/|cli/) ! the domain sees no Qt, no SQL and no other layer"
    "src/storage ! ^(Q|services/|app/|cli/) ! storage sees no Qt and no upper layer"
    "src/services ! ^(Q|sqlite3|libpq|app/|cli/) ! services see no Qt, no SQL library and no UI"
    "src/app ! ^(sqlite3|libpq|storage/|cli/) ! the app goes through services, never storage or SQL"
    "src/cli ! ^(Q|sqlite3|libpq|storage/|app/) ! the CLI goes through services and documents, and has no Qt of its own"
    "src/documents ! ^(QWidget|QtWidgets|QApplication|QDialog|QMainWindow|QPrint|sqlite3|libpq|storage/|services/|app/|cli/) ! documents draw with Qt Gui only: no widgets, no storage, no services"
    "src/services ! ^storage/ ! a service's header shows domain values, never storage ! *.h"
    # The app's features, each above what it may use: common knows no feature, the shell all.
    "src/app/common ! ^(agenda|signin|review|interviews|periods|appointments|casefile|beneficiaries|references|administration|shell)/ ! common pieces know no feature"
    "src/app/signin ! ^(agenda|review|interviews|periods|appointments|casefile|beneficiaries|references|administration|shell)/ ! sign-in sees only common"
    "src/app/review ! ^(agenda|signin|interviews|periods|appointments|casefile|beneficiaries|references|administration|shell)/ ! review sees only common"
    "src/app/interviews ! ^(agenda|signin|review|periods|appointments|casefile|beneficiaries|references|administration|shell)/ ! an interview form sees only common"
    "src/app/periods ! ^(agenda|signin|review|interviews|appointments|casefile|beneficiaries|references|administration|shell)/ ! the period dialogs see only common"
    "src/app/appointments ! ^(agenda|signin|review|interviews|periods|casefile|beneficiaries|references|administration|shell)/ ! the appointment dialogs see only common"
    "src/app/casefile ! ^(agenda|signin|beneficiaries|references|administration|shell)/ ! the case file sees common, interviews, periods, appointments and review"
    "src/app/beneficiaries ! ^(agenda|signin|references|administration|shell)/ ! the list opens case files but not the shell"
    "src/app/references ! ^(agenda|signin|review|periods|appointments|beneficiaries|administration|shell)/ ! the library shows a case as the case file does"
    "src/app/agenda ! ^(signin|review|interviews|periods|casefile|beneficiaries|references|administration|shell)/ ! the agenda sees common and the appointment dialog, and opens case files through the shell"
    "src/app/administration ! ^(agenda|review|interviews|appointments|casefile|beneficiaries|references|shell)/ ! administration sees common and sign-in's password dialog")

set(broken "")
foreach(rule IN LISTS rules)
    string(REPLACE " ! " ";" parts "${rule}")
    list(GET parts 0 folder)
    list(GET parts 1 forbidden)
    list(GET parts 2 why)
    set(patterns "*.h" "*.cpp" "*.inl")
    list(LENGTH parts count)
    if(count GREATER 3)
        list(GET parts 3 patterns)
    endif()
    list(TRANSFORM patterns PREPEND "${SOURCE_DIR}/${folder}/")
    file(GLOB_RECURSE files ${patterns})
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

# Time is read through the injected Clock only (services/Clock.h, and app/common/AppClock.cpp
# for widgets built by uic), so that tests control it and every layer agrees on "now".
set(wall_clock "(QDateTime::currentDateTime|QDateTime::currentDateTimeUtc|QDate::currentDate|QTime::currentTime|QDateTime::currentSecsSinceEpoch|QDateTime::currentMSecsSinceEpoch|system_clock::now|std::time[ \t]*\\()")
file(GLOB_RECURSE sources "${SOURCE_DIR}/src/*.h" "${SOURCE_DIR}/src/*.cpp")
foreach(path IN LISTS sources)
    file(RELATIVE_PATH shown "${SOURCE_DIR}" "${path}")
    if(shown MATCHES "^src/(services/Clock\\.h|bench/)")
        continue() # the system clock itself; the benchmark times itself
    endif()
    file(STRINGS "${path}" reads REGEX "${wall_clock}")
    foreach(line IN LISTS reads)
        string(STRIP "${line}" line)
        string(APPEND broken "\n  ${shown}: ${line} (time is read through the Clock)")
    endforeach()
endforeach()

# Questions, file names and picks from a list go through the seams tests answer.
set(direct_dialog "(QMessageBox::(critical|warning|information|question|about)[ \t]*\\(|QFileDialog::get|QInputDialog::get)")
file(GLOB_RECURSE app_sources "${SOURCE_DIR}/src/app/*.h" "${SOURCE_DIR}/src/app/*.cpp")
foreach(path IN LISTS app_sources)
    file(RELATIVE_PATH shown "${SOURCE_DIR}" "${path}")
    if(shown MATCHES "^src/app/common/(MessageBox|InputDialogs)\\.cpp$")
        continue()
    endif()
    file(STRINGS "${path}" asks REGEX "${direct_dialog}")
    foreach(line IN LISTS asks)
        string(STRIP "${line}" line)
        string(APPEND broken "\n  ${shown}: ${line} (dialogs go through MessageBox or InputDialogs)")
    endforeach()
endforeach()

if(broken)
    message(FATAL_ERROR "Layering broken:${broken}")
endif()
message(STATUS "Layering holds in ${SOURCE_DIR}")
