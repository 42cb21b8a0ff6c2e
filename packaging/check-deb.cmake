# CTest packaging/deb: cpack -G DEB into a scratch folder, then check what the package holds,
# what it depends on, that its AppStream metainfo and .desktop file validate, and that the
# packaged program starts (--version) from the unpacked tree. Installs nothing system-wide.
foreach(var CPACK_COMMAND CPACK_CONFIG WORK_DIR APP_ID)
  if(NOT ${var})
    message(FATAL_ERROR "${var} is not set")
  endif()
endforeach()

file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

execute_process(COMMAND ${CPACK_COMMAND} -G DEB --config ${CPACK_CONFIG} -B ${WORK_DIR}
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "cpack failed (${rc}):\n${out}\n${err}")
endif()
file(GLOB debs ${WORK_DIR}/*.deb)
list(LENGTH debs count)
if(NOT count EQUAL 1)
  message(FATAL_ERROR "expected one .deb in ${WORK_DIR}, found: ${debs}")
endif()
message(STATUS "Package: ${debs}")

execute_process(COMMAND dpkg-deb -c ${debs} OUTPUT_VARIABLE contents RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -c failed")
endif()
set(missing)
foreach(path
    ./usr/bin/cartera
    ./usr/share/applications/${APP_ID}.desktop
    ./usr/share/metainfo/${APP_ID}.metainfo.xml
    ./usr/share/icons/hicolor/scalable/apps/${APP_ID}.svg
    ./usr/share/icons/hicolor/48x48/apps/${APP_ID}.png
    ./usr/share/icons/hicolor/256x256/apps/${APP_ID}.png
    ./usr/share/man/man1/cartera.1.gz)
  string(FIND "${contents}" " ${path}\n" found)
  if(found EQUAL -1)
    list(APPEND missing ${path})
  endif()
endforeach()
if(missing)
  message(FATAL_ERROR "the package lacks: ${missing}\ncontents:\n${contents}")
endif()

execute_process(COMMAND dpkg-deb -f ${debs} Depends OUTPUT_VARIABLE depends)
foreach(dependency libqt6core6 libqt6widgets6 libqt6sql6 libqt6sql6-sqlite qt6-qpa-plugins
                   qt6-translations-l10n libphonenumber)
  string(FIND "${depends}" "${dependency}" found)
  if(found EQUAL -1)
    message(FATAL_ERROR "Depends lacks ${dependency}: ${depends}")
  endif()
endforeach()
message(STATUS "Depends: ${depends}")

set(root ${WORK_DIR}/root)
execute_process(COMMAND dpkg-deb -x ${debs} ${root} RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "dpkg-deb -x failed")
endif()

execute_process(COMMAND appstreamcli validate --no-net
                        ${root}/usr/share/metainfo/${APP_ID}.metainfo.xml
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "appstreamcli validate failed:\n${out}\n${err}")
endif()

find_program(DESKTOP_FILE_VALIDATE desktop-file-validate)
if(DESKTOP_FILE_VALIDATE)
  execute_process(COMMAND ${DESKTOP_FILE_VALIDATE}
                          ${root}/usr/share/applications/${APP_ID}.desktop
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "desktop-file-validate failed:\n${out}\n${err}")
  endif()
endif()

execute_process(COMMAND ${root}/usr/bin/cartera --version
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 60)
if(NOT rc EQUAL 0 OR NOT out MATCHES "Cartera")
  message(FATAL_ERROR "the packaged program did not start (${rc}): ${out}${err}")
endif()
message(STATUS "Packaged program: ${out}")
