#ifndef ESOGUARD_CYAML_H
#define ESOGUARD_CYAML_H
#include <yaml.h>
#endif
