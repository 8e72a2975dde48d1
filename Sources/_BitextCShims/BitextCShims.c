#include "BitextCShims.h"
#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
#include <unicode/ustring.h>
#include <stdlib.h>
#include <string.h>

struct bitext_sentence_breaker {
  UText *text;
  UBreakIterator *iterator;
};

bitext_sentence_breaker *bitext_sentence_breaker_open(
    const char *locale, const char *utf8, int64_t length, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UText *text = utext_openUTF8(NULL, utf8, length, &err);
  if (U_FAILURE(err)) { *status = err; return NULL; }
  UBreakIterator *iterator = ubrk_open(UBRK_SENTENCE, locale, NULL, 0, &err);
  if (U_FAILURE(err)) { utext_close(text); *status = err; return NULL; }
  ubrk_setUText(iterator, text, &err);
  if (U_FAILURE(err)) { ubrk_close(iterator); utext_close(text); *status = err; return NULL; }
  bitext_sentence_breaker *breaker = malloc(sizeof *breaker);
  if (breaker == NULL) {
    ubrk_close(iterator); utext_close(text); *status = U_MEMORY_ALLOCATION_ERROR; return NULL;
  }
  breaker->text = text;
  breaker->iterator = iterator;
  *status = err;
  return breaker;
}

int32_t bitext_sentence_breaker_reset(
    bitext_sentence_breaker *breaker, const char *utf8, int64_t length) {
  UErrorCode err = U_ZERO_ERROR;
  UText *text = utext_openUTF8(breaker->text, utf8, length, &err);
  if (U_FAILURE(err)) return err;
  breaker->text = text;
  ubrk_setUText(breaker->iterator, text, &err);
  return U_FAILURE(err) ? err : 0;
}

int64_t bitext_sentence_breaker_next(bitext_sentence_breaker *breaker) {
  int32_t next = ubrk_next(breaker->iterator);
  if (next == UBRK_DONE) return -1;
  return (int64_t)next;
}

void bitext_sentence_breaker_close(bitext_sentence_breaker *breaker) {
  if (breaker == NULL) return;
  ubrk_close(breaker->iterator);
  utext_close(breaker->text);
  free(breaker);
}

struct bitext_transliterator {
  UTransliterator *handle;
};

bitext_transliterator *bitext_transliterator_open(const char *identifier, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UChar id[128];
  u_uastrncpy(id, identifier, 127);
  id[127] = 0;
  UTransliterator *handle = utrans_openU(id, -1, UTRANS_FORWARD, NULL, 0, NULL, &err);
  *status = err;
  if (U_FAILURE(err) || handle == NULL) return NULL;
  bitext_transliterator *t = malloc(sizeof *t);
  if (t == NULL) { utrans_close(handle); *status = U_MEMORY_ALLOCATION_ERROR; return NULL; }
  t->handle = handle;
  return t;
}

void bitext_transliterate(
    bitext_transliterator *transliterator, uint16_t *text, int32_t *length,
    int32_t capacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  int32_t limit = *length;
  utrans_transUChars(transliterator->handle, (UChar *)text, length, capacity, 0, &limit, &err);
  *status = err;
}

void bitext_transliterator_close(bitext_transliterator *transliterator) {
  if (transliterator == NULL) return;
  utrans_close(transliterator->handle);
  free(transliterator);
}

int32_t bitext_detect_charset(
    const char *bytes, int32_t length, char *name, int32_t name_capacity,
    int32_t *confidence, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UCharsetDetector *detector = ucsdet_open(&err);
  if (U_FAILURE(err)) { *status = err; return -1; }
  ucsdet_setText(detector, bytes, length, &err);
  const UCharsetMatch *match = U_SUCCESS(err) ? ucsdet_detect(detector, &err) : NULL;
  if (U_FAILURE(err) || match == NULL) {
    ucsdet_close(detector);
    *status = U_FAILURE(err) ? err : U_INVALID_CHAR_FOUND;
    return -1;
  }
  const char *found = ucsdet_getName(match, &err);
  *confidence = ucsdet_getConfidence(match, &err);
  if (U_SUCCESS(err) && found != NULL) {
    strncpy(name, found, (size_t)name_capacity - 1);
    name[name_capacity - 1] = 0;
  }
  ucsdet_close(detector);
  *status = err;
  return U_SUCCESS(err) ? 0 : -1;
}

int32_t bitext_convert_to_utf16(
    const char *charset, const char *bytes, int32_t length, uint16_t *out,
    int32_t out_capacity, int32_t *status) {
  UErrorCode err = U_ZERO_ERROR;
  UConverter *source = ucnv_open(charset, &err);
  if (U_FAILURE(err)) { *status = err; return -1; }
  ucnv_setToUCallBack(source, UCNV_TO_U_CALLBACK_STOP, NULL, NULL, NULL, &err);
  int32_t needed = ucnv_toUChars(source, (UChar *)out, out_capacity, bytes, length, &err);
  ucnv_close(source);
  if (err == U_STRING_NOT_TERMINATED_WARNING) err = U_ZERO_ERROR;
  *status = err;
  return needed;
}

int32_t bitext_east_asian_width(int32_t codepoint) {
  return u_getIntPropertyValue(codepoint, UCHAR_EAST_ASIAN_WIDTH);
}

const char *bitext_icu_error_name(int32_t status) {
  return u_errorName((UErrorCode)status);
}
