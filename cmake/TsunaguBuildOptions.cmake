# SPDX-FileCopyrightText: 2026 Tsunagu contributors
# SPDX-License-Identifier: GPL-3.0-or-later

# One INTERFACE target carries the language standard, warnings and Qt hygiene
# defines. Every Tsunagu target links it; nothing sets these globally.
add_library(tsunagu_build_options INTERFACE)
add_library(Tsunagu::BuildOptions ALIAS tsunagu_build_options)

target_compile_features(tsunagu_build_options INTERFACE cxx_std_20)

target_compile_definitions(tsunagu_build_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_CONTEXTLESS_CONNECT
    QT_NO_KEYWORDS
    QT_USE_QSTRINGBUILDER
    QT_DISABLE_DEPRECATED_UP_TO=0x060400
    TSUNAGU_VERSION="${PROJECT_VERSION}")

if(MSVC)
    target_compile_options(tsunagu_build_options INTERFACE /W4 /permissive- /utf-8)
    if(TSUNAGU_WARNINGS_AS_ERRORS)
        target_compile_options(tsunagu_build_options INTERFACE /WX)
    endif()
else()
    target_compile_options(tsunagu_build_options INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough)
    if(TSUNAGU_WARNINGS_AS_ERRORS)
        target_compile_options(tsunagu_build_options INTERFACE -Werror)
    endif()
    if(TSUNAGU_SANITIZERS)
        target_compile_options(tsunagu_build_options INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(tsunagu_build_options INTERFACE -fsanitize=address,undefined)
    endif()
    # Fuzzing: every Tsunagu target gets libFuzzer's coverage instrumentation
    # and ASan + UBSan; the fuzz targets themselves link libFuzzer's main.
    if(TSUNAGU_BUILD_FUZZERS)
        if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            message(FATAL_ERROR "TSUNAGU_BUILD_FUZZERS needs Clang (libFuzzer), not ${CMAKE_CXX_COMPILER_ID}")
        endif()
        target_compile_options(tsunagu_build_options INTERFACE
            -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(tsunagu_build_options INTERFACE -fsanitize=address,undefined)
    endif()
endif()
