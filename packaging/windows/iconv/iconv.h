/* A minimal iconv for the Windows build of FreeXL (scripts/package-windows.sh).
 *
 * FreeXL converts the strings of an .xls workbook from the workbook's code page to UTF-8 through
 * iconv, which Windows lacks and Debian packages for no mingw-w64 target. The conversions it asks
 * for are all "UTF-8" from a Windows code page ("CP936", "CP1252", ...), "ASCII", "UTF-16LE" or
 * "MacRoman"; Windows itself converts those (MultiByteToWideChar), so this shim maps the names to
 * code page numbers and does nothing else. Any other conversion fails with EINVAL. */
#ifndef YUFANG_ICONV_SHIM_H
#define YUFANG_ICONV_SHIM_H

#include <stddef.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef void *iconv_t;

iconv_t iconv_open(const char *tocode, const char *fromcode);
size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft);
int iconv_close(iconv_t cd);

#ifdef __cplusplus
}
#endif

#endif
