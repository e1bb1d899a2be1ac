#include <libxml/xmlversion.h>
/* Foundation ships its own ICU; keep libxml2's ICU headers out to avoid clashing definitions. */
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/* xmlFree is a global function pointer; a function is safe to call from Swift's strict concurrency. */
static inline void vigil_xml_free(void *pointer) { xmlFree(pointer); }
