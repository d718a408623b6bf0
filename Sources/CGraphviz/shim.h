#ifndef CLEAVE_CGRAPHVIZ_SHIM_H
#define CLEAVE_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>
#endif
