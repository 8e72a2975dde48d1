#ifndef BITEXT_C_SHIMS_H
#define BITEXT_C_SHIMS_H

#include <stdint.h>

#pragma clang assume_nonnull begin

/// Opaque sentence-break iterator over UTF-8 text. Stable, unversioned names.
typedef struct bitext_sentence_breaker bitext_sentence_breaker;

/// Opens a sentence breaker for `locale` over `utf8[0..<length]`.
/// The text is borrowed and must outlive the breaker. Returns NULL on failure and stores
/// the ICU `UErrorCode` in `*status`.
bitext_sentence_breaker *_Nullable bitext_sentence_breaker_open(
    const char *locale, const char *utf8, int64_t length, int32_t *status);

/// Points an open breaker at new text `utf8[0..<length]` (borrowed, as for open), reusing
/// the iterator: building ICU's filtered sentence iterator is far costlier than a reset.
/// Returns 0, or the ICU `UErrorCode` on failure.
int32_t bitext_sentence_breaker_reset(
    bitext_sentence_breaker *breaker, const char *utf8, int64_t length);

/// Next boundary as a UTF-8 byte offset (UText native index), or -1 when done.
int64_t bitext_sentence_breaker_next(bitext_sentence_breaker *breaker);

/// Closes the breaker and its UText. Accepts NULL.
void bitext_sentence_breaker_close(bitext_sentence_breaker *_Nullable breaker);

/// Opaque ICU transliterator (for example "Hant-Hans" or "Han-Latin").
typedef struct bitext_transliterator bitext_transliterator;

/// Opens the transliterator named `identifier` (forward direction). NULL on failure.
bitext_transliterator *_Nullable bitext_transliterator_open(
    const char *identifier, int32_t *status);

/// Transliterates `text[0..<*length]` (UTF-16) in place; `capacity` is the buffer size in
/// code units. On return `*length` holds the new length. If the buffer is too small the
/// status is U_BUFFER_OVERFLOW_ERROR (15) and `*length` holds the needed length.
void bitext_transliterate(
    bitext_transliterator *transliterator, uint16_t *text, int32_t *length,
    int32_t capacity, int32_t *status);

/// Closes a transliterator. Accepts NULL.
void bitext_transliterator_close(bitext_transliterator *_Nullable transliterator);

/// Detects the charset of `bytes[0..<length]` with ICU's charset detector. Writes the
/// NUL-terminated charset name into `name` (at most `name_capacity` bytes) and the
/// detector's confidence (0...100) into `*confidence`. Returns 0 on success.
int32_t bitext_detect_charset(
    const char *bytes, int32_t length, char *name, int32_t name_capacity,
    int32_t *confidence, int32_t *status);

/// Converts `bytes[0..<length]` from `charset` to UTF-16 into `out` (capacity
/// `out_capacity` code units) and returns the UTF-16 length. When the buffer is too small
/// the status is U_BUFFER_OVERFLOW_ERROR (15) and the return value is the length needed.
/// Invalid input sequences stop the conversion with an error status: a wrong charset is
/// never silently accepted.
int32_t bitext_convert_to_utf16(
    const char *charset, const char *bytes, int32_t length, uint16_t *_Nullable out,
    int32_t out_capacity, int32_t *status);

/// East Asian Width property of `codepoint` (ICU `UEastAsianWidth`: 0 neutral,
/// 1 ambiguous, 2 halfwidth, 3 fullwidth, 4 narrow, 5 wide).
int32_t bitext_east_asian_width(int32_t codepoint);

/// The symbolic name of an ICU error code, such as "U_ILLEGAL_ARGUMENT_ERROR".
const char *bitext_icu_error_name(int32_t status);

#pragma clang assume_nonnull end

#endif
