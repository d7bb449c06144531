# Lets a build include test/fuzz without editing the top-level CMakeLists.txt:
#   cmake -S . -B build/fuzz -DCMAKE_PROJECT_INCLUDE=$PWD/test/fuzz/with-fuzz.cmake -DLOOM_FUZZ=ON ...
# CMAKE_PROJECT_INCLUDE runs right after project(), before loom_core exists, so the fuzz list file is deferred
# to the end of the top-level file (CMake does not allow a deferred add_subdirectory, hence include()). A
# deferred call expands its arguments when it runs, so the path is kept in a variable now. Do not use this
# once the top-level CMakeLists.txt has its own add_subdirectory(test/fuzz).
set(LOOM_FUZZ_LIST_FILE ${CMAKE_CURRENT_LIST_DIR}/CMakeLists.txt)
cmake_language(DEFER DIRECTORY ${CMAKE_SOURCE_DIR} CALL include ${LOOM_FUZZ_LIST_FILE})
