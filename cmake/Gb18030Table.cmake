# yufang_gb18030_table(<var>): sets <var> to gb18030_table.cpp in the build tree, written at
# build time by tools/gb18030_table from the build host's QtCore (Debian's, whose GB18030 is
# ICU's): the tables of core/io/gb18030_codec, for a QtCore without ICU (the Windows build). A
# native build adds the generator as an ordinary target; a cross build compiles it for the
# build host as a separate project (ExternalProject) against the host Qt (QT_HOST_PATH).
function(yufang_gb18030_table out_var)
  set(generated ${CMAKE_BINARY_DIR}/generated/gb18030_table.cpp)
  set(source_dir ${PROJECT_SOURCE_DIR}/tools/gb18030_table)
  if(CMAKE_CROSSCOMPILING)
    include(ExternalProject)
    set(host_dir ${CMAKE_BINARY_DIR}/host-tools/gb18030_table)
    set(prefix_path "")
    if(QT_HOST_PATH)
      set(prefix_path "-DCMAKE_PREFIX_PATH=${QT_HOST_PATH}")
    endif()
    ExternalProject_Add(yufang_gb18030_table_host
      SOURCE_DIR ${source_dir}
      BINARY_DIR ${host_dir}
      CMAKE_ARGS -DCMAKE_BUILD_TYPE=Release ${prefix_path}
      INSTALL_COMMAND ""
      # The generator is part of this repository: rebuild it when it changed (a no-op else).
      BUILD_ALWAYS ON
      BUILD_BYPRODUCTS ${host_dir}/yufang-gb18030-table)
    set(tool ${host_dir}/yufang-gb18030-table)
    set(tool_target yufang_gb18030_table_host)
  else()
    if(NOT TARGET yufang-gb18030-table)
      add_subdirectory(${source_dir} ${CMAKE_BINARY_DIR}/tools/gb18030_table EXCLUDE_FROM_ALL)
    endif()
    set(tool $<TARGET_FILE:yufang-gb18030-table>)
    set(tool_target yufang-gb18030-table)
  endif()
  add_custom_command(OUTPUT ${generated}
    COMMAND ${tool} ${generated}
    DEPENDS ${tool_target} ${source_dir}/gb18030_table.cpp
            ${PROJECT_SOURCE_DIR}/core/io/gb18030_table.h
    COMMENT "GB18030 tables from the build host's ICU (tools/gb18030_table)"
    VERBATIM)
  set(${out_var} ${generated} PARENT_SCOPE)
endfunction()
