#ifndef CLEAVE_CGRAPHVIZ_SHIM_H
#define CLEAVE_CGRAPHVIZ_SHIM_H
#include <graphviz/gvc.h>

/// Graphviz's default memory and input disciplines (a copy of the global, which Swift 6
/// cannot read directly: it is shared mutable state).
static inline Agdisc_t cleave_default_discipline(void) { return AgDefaultDisc; }
#endif
