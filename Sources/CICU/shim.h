#include <unicode/utypes.h>
#include <unicode/ubrk.h>
#include <unicode/utext.h>
#include <unicode/utrans.h>
#include <unicode/ucsdet.h>
#include <unicode/ucnv.h>
#include <unicode/uchar.h>
