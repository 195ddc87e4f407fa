# One INTERFACE target carries the language level, warnings and Qt strictness, so every
# target states the same rules by linking it instead of repeating flags.
add_library(yufang_settings INTERFACE)
target_compile_features(yufang_settings INTERFACE cxx_std_20)
target_compile_options(yufang_settings INTERFACE
  $<$<CXX_COMPILER_ID:GNU,Clang>:-Wall -Wextra -pedantic>)
target_compile_definitions(yufang_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CONTEXTLESS_CONNECT
  QT_USE_QSTRINGBUILDER
  QT_NO_KEYWORDS)
