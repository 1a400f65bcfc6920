/* Stand-in for rpm's rpmlog.h: rpmpkg.c's messages go to stderr. */
#include <stdio.h>
#define RPMLOG_ERR 3
#define RPMLOG_WARNING 4
#define rpmlog(level, ...) fprintf(stderr, __VA_ARGS__)
