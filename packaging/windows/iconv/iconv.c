/* See iconv.h: code page to UTF-8 through the Windows API, whole strings at a time (FreeXL hands
 * over each cell's complete text and an output buffer four times as large). */
#include "iconv.h"
#include "localcharset.h"

#include <errno.h>
#include <stdio.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <windows.h>

static UINT code_page_for(const char *name) {
    if (_stricmp(name, "UTF-8") == 0)
        return CP_UTF8;
    if (_stricmp(name, "ASCII") == 0)
        return 20127; /* US-ASCII */
    if (_stricmp(name, "UTF-16LE") == 0)
        return 1200; /* handled without the API, see iconv() */
    if (_stricmp(name, "MacRoman") == 0)
        return 10000;
    if ((name[0] == 'C' || name[0] == 'c') && (name[1] == 'P' || name[1] == 'p') && name[2]) {
        char *end = NULL;
        const unsigned long cp = strtoul(name + 2, &end, 10);
        if (end && *end == '\0' && cp > 0 && cp < 65536 && (cp == 1200 || IsValidCodePage(cp)))
            return (UINT)cp;
    }
    return 0;
}

iconv_t iconv_open(const char *tocode, const char *fromcode) {
    if (code_page_for(tocode) != CP_UTF8) {
        errno = EINVAL;
        return (iconv_t)-1;
    }
    const UINT from = code_page_for(fromcode);
    if (from == 0) {
        errno = EINVAL;
        return (iconv_t)-1;
    }
    return (iconv_t)(uintptr_t)from;
}

int iconv_close(iconv_t cd) {
    (void)cd;
    return 0;
}

size_t iconv(iconv_t cd, char **inbuf, size_t *inbytesleft, char **outbuf, size_t *outbytesleft) {
    if (!inbuf || !*inbuf || *inbytesleft == 0)
        return 0; /* a reset or an empty string: nothing pending in a stateless conversion */
    const UINT from = (UINT)(uintptr_t)cd;
    if (*inbytesleft > INT_MAX || *outbytesleft > INT_MAX) {
        errno = E2BIG;
        return (size_t)-1;
    }
    const int inLength = (int)*inbytesleft;
    int wideLength;
    WCHAR *wide;
    if (from == 1200) {
        if (inLength % 2) {
            errno = EINVAL;
            return (size_t)-1;
        }
        wideLength = inLength / 2;
        wide = (WCHAR *)malloc(sizeof(WCHAR) * (size_t)(wideLength ? wideLength : 1));
        if (!wide) {
            errno = ENOMEM;
            return (size_t)-1;
        }
        memcpy(wide, *inbuf, (size_t)inLength);
    } else {
        wideLength = MultiByteToWideChar(from, MB_ERR_INVALID_CHARS, *inbuf, inLength, NULL, 0);
        if (wideLength <= 0) {
            errno = EILSEQ;
            return (size_t)-1;
        }
        wide = (WCHAR *)malloc(sizeof(WCHAR) * (size_t)wideLength);
        if (!wide) {
            errno = ENOMEM;
            return (size_t)-1;
        }
        MultiByteToWideChar(from, MB_ERR_INVALID_CHARS, *inbuf, inLength, wide, wideLength);
    }
    const int outLength =
        WideCharToMultiByte(CP_UTF8, 0, wide, wideLength, NULL, 0, NULL, NULL);
    if (outLength <= 0 && wideLength > 0) {
        free(wide);
        errno = EILSEQ;
        return (size_t)-1;
    }
    if ((size_t)outLength > *outbytesleft) {
        free(wide);
        errno = E2BIG;
        return (size_t)-1;
    }
    WideCharToMultiByte(CP_UTF8, 0, wide, wideLength, *outbuf, outLength, NULL, NULL);
    free(wide);
    *inbuf += *inbytesleft;
    *inbytesleft = 0;
    *outbuf += outLength;
    *outbytesleft -= (size_t)outLength;
    return 0;
}

/* The ANSI code page's name as iconv spells it ("CP936"); see localcharset.h. */
const char *locale_charset(void) {
    static char name[16];
    snprintf(name, sizeof name, "CP%u", GetACP());
    return name;
}
