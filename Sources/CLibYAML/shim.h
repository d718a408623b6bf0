#ifndef CLEAVE_CLIBYAML_SHIM_H
#define CLEAVE_CLIBYAML_SHIM_H
#include <yaml.h>
#endif
