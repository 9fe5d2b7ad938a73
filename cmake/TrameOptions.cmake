# One INTERFACE target carries the language level, warnings and sanitizers for every Trame target.
add_library(trame_options INTERFACE)
target_compile_features(trame_options INTERFACE cxx_std_20)
set(CMAKE_CXX_EXTENSIONS OFF)
target_compile_options(trame_options INTERFACE
    -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
    -Wconversion -Wold-style-cast -Woverloaded-virtual -Wformat=2)
# Hardening of what ships: stack canaries everywhere, checked libc calls where the optimiser can
# see buffer sizes (it needs -O, hence release builds only).
target_compile_options(trame_options INTERFACE -fstack-protector-strong
    "$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
# Relocations read-only and bound at start (lintian's hardening-no-bindnow).
target_link_options(trame_options INTERFACE -Wl,-z,relro,-z,now)
if(TRAME_WERROR)
    target_compile_options(trame_options INTERFACE -Werror)
endif()
if(TRAME_SANITIZE)
    target_compile_options(trame_options INTERFACE
        -fsanitize=address,undefined -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
    target_link_options(trame_options INTERFACE -fsanitize=address,undefined)
endif()
target_compile_definitions(trame_options INTERFACE
    TRAME_VERSION="${PROJECT_VERSION}" TRAME_APP_ID="${TRAME_APP_ID}")
