/*
 * Writes rpm header blobs into an ndb Packages.db with rpm's own ndb code: compile with rpm
 * 4.18's lib/backend/ndb/rpmpkg.c (make-fixtures.sh does). Usage: ndb-put Packages.db BLOB...
 * Each blob gets the next package index, as rpm's ndb_pkgdbPut gives it.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include "rpmpkg.h"

int main(int argc, char **argv) {
    rpmpkgdb db;
    if (argc < 3 || rpmpkgOpen(&db, argv[1], O_RDWR | O_CREAT, 0644)) {
        fprintf(stderr, "usage: ndb-put Packages.db BLOB...\n");
        return 1;
    }
    for (int i = 2; i < argc; i++) {
        FILE *f = fopen(argv[i], "rb");
        static unsigned char blob[1 << 24];
        size_t n = f ? fread(blob, 1, sizeof(blob), f) : 0;
        unsigned int idx;
        if (!f || n == 0 || rpmpkgNextPkgIdx(db, &idx) || rpmpkgPut(db, idx, blob, n)) {
            fprintf(stderr, "%s: cannot store\n", argv[i]);
            return 1;
        }
        fclose(f);
    }
    rpmpkgClose(db);
    return 0;
}
