# CTest "bench/smoke": the generator and every benchmark at 10k debts, as a correctness check
# (no timing assertions): each figure line must be there and numeric, and the daily scan must
# queue messages. Run with -DGENERATE=... -DBENCH=... -DBENCH_UI=... -DCARTERA=... -DWORK=<scratch
# folder>.
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
set(db "${WORK}/portfolio-10k.sqlite")

# Generates the 10k portfolio into `file`, with any further options; its summary in `out`.
function(generate file)
  execute_process(COMMAND "${GENERATE}" --debts 10k --today 2026-11-26 --replace "${file}" ${ARGN}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cartera-generate ${ARGN} failed (${rc}): ${out}${err}")
  endif()
  set(out "${out}" PARENT_SCOPE)
endfunction()

# After check_figures: the daily scan it ran must have queued messages.
function(expect_messages_queued where)
  if(output MATCHES "daily_scan_messages\t0\\.")
    message(FATAL_ERROR "the daily scan queued no message ${where}")
  endif()
endfunction()

generate("${db}")
if(NOT out MATCHES "clients 1000, debts [0-9]+ \\(open overdue [1-9][0-9]*, reminder due today [1-9][0-9]*\\)")
  message(FATAL_ERROR "cartera-generate printed an unexpected summary: ${out}")
endif()

function(check_figures program names)
  execute_process(COMMAND ${program} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${program} failed (${rc}): ${out}${err}")
  endif()
  foreach(name IN LISTS names)
    if(NOT out MATCHES "(^|\n)${name}\t[0-9]+\\.[0-9]+\n")
      message(FATAL_ERROR "no numeric '${name}' line in:\n${out}${err}")
    endif()
  endforeach()
  set(output "${out}" PARENT_SCOPE)
endfunction()

check_figures("${BENCH};--reps;1;--today;2026-11-26;${db}"
              "search_prefix;search_substring;totals;debts_first_page;aging_today;aging_past;integrity_check;daily_scan;daily_scan_messages")
expect_messages_queued("on a portfolio with reminders due today")

# The same portfolio with rules that end at the last step (bench/run's second daily-scan row),
# and the generator refusing rules the program would refuse.
set(quiet "${WORK}/portfolio-10k-no-repeat.sqlite")
generate("${quiet}" --repeat-every 0)
check_figures("${BENCH};--only;daily_scan;--reps;1;--today;2026-11-26;${quiet}"
              "daily_scan;daily_scan_messages")
expect_messages_queued("under rules without repetition")
execute_process(COMMAND "${GENERATE}" --debts 10k --repeat-every 400 --replace "${WORK}/refused.sqlite"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 1 OR NOT err MATCHES "--repeat-every")
  message(FATAL_ERROR "cartera-generate accepted --repeat-every 400 (${rc}): ${err}")
endif()
set(ENV{QT_QPA_PLATFORM} offscreen)
check_figures("${BENCH_UI};--reps;1;--today;2026-11-26;${db}"
              "worker_max_stall;search_keystroke_prefix;search_keystroke_miss;pdf_pages;pdf_pages_per_s")
if(output MATCHES "pdf_pages\t0\\.")
  message(FATAL_ERROR "the PDF export wrote no page")
endif()

# The same portfolio on PostgreSQL: copied with cartera --migrate-to into a new database of
# the test cluster, then every core figure again on the server.
if(DEFINED ENV{CARTERA_TEST_POSTGRES} AND NOT "$ENV{CARTERA_TEST_POSTGRES}" STREQUAL "")
  find_program(PSQL psql REQUIRED)
  string(RANDOM LENGTH 12 ALPHABET "abcdefghijklmnopqrstuvwxyz" suffix)
  set(name "smoke_${suffix}")
  string(REGEX REPLACE "/[^/]*$" "/${name}" address "$ENV{CARTERA_TEST_POSTGRES}")
  execute_process(COMMAND "${PSQL}" -X -q "$ENV{CARTERA_TEST_POSTGRES}" -c "CREATE DATABASE ${name}"
                  RESULT_VARIABLE rc ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cannot create ${name}: ${err}")
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -E env --unset=DBUS_SESSION_BUS_ADDRESS
                          "HOME=${WORK}" "XDG_CONFIG_HOME=${WORK}/config" "XDG_DATA_HOME=${WORK}/data"
                          "${CARTERA}" --database "${db}" --migrate-to "${address}"
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "cartera --migrate-to failed (${rc}): ${out}${err}")
  endif()
  check_figures("${BENCH};--reps;1;--today;2026-11-26;${address}"
                "search_prefix;search_substring;totals;debts_first_page;aging_today;aging_past;daily_scan;daily_scan_messages")
  expect_messages_queued("on PostgreSQL")
  execute_process(COMMAND "${PSQL}" -X -q "$ENV{CARTERA_TEST_POSTGRES}" -c "DROP DATABASE ${name}")
endif()
# The start-up flag prints the moment of the first paint, which bench/run times.
set(ENV{HOME} "${WORK}")
set(ENV{XDG_CONFIG_HOME} "${WORK}/config")
set(ENV{XDG_DATA_HOME} "${WORK}/data")
execute_process(COMMAND "${CARTERA}" --database "${db}" --quit-after-first-paint
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err TIMEOUT 120)
if(NOT rc EQUAL 0 OR NOT out MATCHES "first paint at [0-9]+\n")
  message(FATAL_ERROR "cartera --quit-after-first-paint (${rc}) printed no first-paint moment: ${out}${err}")
endif()

file(REMOVE_RECURSE "${WORK}")
