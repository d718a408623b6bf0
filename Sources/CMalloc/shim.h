#ifndef CLEAVE_CMALLOC_SHIM_H
#define CLEAVE_CMALLOC_SHIM_H
#include <malloc.h>
#endif
