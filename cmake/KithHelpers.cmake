# kith_add_test(NAME name SOURCES ... LIBS ... [GUI])
# Creates a Qt Test executable, registers it with CTest and gives it an environment:
# GUI tests run on the real X server (xcb, started by ./dev under Xvfb with a tray host),
# core tests run headless.
function(kith_add_test)
    cmake_parse_arguments(arg "GUI" "NAME" "SOURCES;LIBS" ${ARGN})
    add_executable(${arg_NAME} ${arg_SOURCES})
    target_link_libraries(${arg_NAME} PRIVATE Qt6::Test ${arg_LIBS})
    target_compile_definitions(${arg_NAME} PRIVATE
        KITH_TEST_DATA_DIR="${CMAKE_SOURCE_DIR}/tests/data"
        KITH_SHARED_DIR="${CMAKE_SOURCE_DIR}/../shared")
    add_test(NAME ${arg_NAME} COMMAND ${arg_NAME})
    set(env "KITH_DB=" "LC_ALL=C.UTF-8")
    if(arg_GUI)
        set_tests_properties(${arg_NAME} PROPERTIES LABELS "gui" RUN_SERIAL TRUE)
    else()
        list(APPEND env "QT_QPA_PLATFORM=offscreen")
        set_tests_properties(${arg_NAME} PROPERTIES LABELS "core")
    endif()
    set_tests_properties(${arg_NAME} PROPERTIES ENVIRONMENT "${env}" TIMEOUT 300)
endfunction()
