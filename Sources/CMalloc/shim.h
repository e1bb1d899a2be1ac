// glibc's malloc_trim, which hands freed heap back to the system (VigilWatch calls it between rounds).
#if __has_include(<malloc.h>)
#include <malloc.h>
#endif
