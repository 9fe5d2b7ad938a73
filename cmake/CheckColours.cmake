# Colours come from the palette (src/app/common/Tones.cpp), so that text keeps its contrast and a
# dark theme stays readable: no colour written in the app's sources or forms but there.
#   cmake -DSOURCE_DIR=<tree holding src/app and ui/> -P cmake/CheckColours.cmake
# Exits with an error listing every offending line. The suite runs it on the tree, and on a
# checked-in broken tree that must fail (tests/fixtures/colours-broken).
if(NOT SOURCE_DIR)
    message(FATAL_ERROR "CheckColours: SOURCE_DIR is not set")
endif()
get_filename_component(SOURCE_DIR "${SOURCE_DIR}" ABSOLUTE)
file(GLOB_RECURSE files RELATIVE ${SOURCE_DIR}
     ${SOURCE_DIR}/src/app/*.cpp ${SOURCE_DIR}/src/app/*.h ${SOURCE_DIR}/ui/*.ui)
list(REMOVE_ITEM files src/app/common/Tones.cpp)
# "#b00020", QColor(0xb0, …) or QColor(176, …), Qt::red, palette(mid) and its faint siblings
set(colour "(#[0-9a-fA-F][0-9a-fA-F][0-9a-fA-F]([0-9a-fA-F][0-9a-fA-F][0-9a-fA-F])?[^0-9a-zA-Z_]|QColor\\([0-9]|Qt::(red|darkRed|green|darkGreen|blue|gray|darkGray|lightGray|yellow)[^a-zA-Z]|palette\\((mid|midlight|dark|light|shadow)\\))")
set(found "")
foreach(file IN LISTS files)
    file(STRINGS ${SOURCE_DIR}/${file} lines REGEX "${colour}")
    foreach(line IN LISTS lines)
        string(STRIP "${line}" line)
        string(APPEND found "\n  ${file}: ${line}")
    endforeach()
endforeach()
if(found)
    message(FATAL_ERROR "Colours written outside src/app/common/Tones.cpp (take them from Tones or the palette):${found}")
endif()
message(STATUS "Colours: all from the palette")
