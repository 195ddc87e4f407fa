/* FreeXL's configure asks for locale_charset() on Windows (libcharset's), though FreeXL calls
 * nothing from it; see iconv.h. */
#ifndef YUFANG_LOCALCHARSET_SHIM_H
#define YUFANG_LOCALCHARSET_SHIM_H

#ifdef __cplusplus
extern "C" {
#endif

const char *locale_charset(void);

#ifdef __cplusplus
}
#endif

#endif
