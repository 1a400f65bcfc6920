#!/bin/sh
# Regenerates rpm's older package databases used by RpmBerkeleyDbTest, RpmNdbTest and the
# folder fixtures centos and sles, from real rpm headers, with real tools (Debian 12):
#   apt-get install rpm db5.3-util gcc, and rpm 4.18's source (apt-get source rpm) for ndb.
# Headers: the two of folders/fedora's rpmdb.sqlite (written by rpm) and plimsoll-docs, built
# here with rpmbuild and installed by rpm --justdb (its file list makes it larger than a page).
# Berkeley DB: db5.3_load (type=hash) writes the hash database rpm's bdb backend wrote, keyed by
# the package number as a 4-byte integer in the database's byte order, with rpm's record 0
# (the next package number). Debian's rpm has no ndb backend compiled in, so Packages.db is
# written by rpm's own lib/backend/ndb/rpmpkg.c, compiled with ndb-put.c here.
# rpm 4.18 (bdb_ro) lists the three packages from each Berkeley DB file:
#   rpm --dbpath DIR --define "_db_backend bdb_ro" -qa
# Usage: make-fixtures.sh RPM_SOURCE_DIR   (e.g. rpm-4.18.0, unpacked from apt-get source rpm)
set -eu
src=$(cd "$1" && pwd)
here=$(cd "$(dirname "$0")" && pwd)
folders=$here/../folders
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# plimsoll-docs: 60 documented files
mkdir -p "$tmp/top/SPECS" "$tmp/db"
cat > "$tmp/top/SPECS/docs.spec" <<'SPEC'
Name: plimsoll-docs
Version: 3.1
Release: 4.el7
Summary: Pages of documentation, many files
License: GPL-2.0-or-later
BuildArch: noarch
%description
Many small files, so that the header spans several database pages.
%install
mkdir -p %{buildroot}/usr/share/doc/plimsoll-docs
for i in $(seq 1 60); do echo "page $i" > %{buildroot}/usr/share/doc/plimsoll-docs/page-$i.html; done
%files
/usr/share/doc/plimsoll-docs
SPEC
rpmbuild -bb --quiet --define "_topdir $tmp/top" "$tmp/top/SPECS/docs.spec"
rpm --dbpath "$tmp/db" --initdb
rpm --dbpath "$tmp/db" -i --justdb --nodeps --ignoreos --ignorearch --noscripts \
  "$tmp"/top/RPMS/noarch/plimsoll-docs-3.1-4.el7.noarch.rpm

python3 - "$folders/fedora/var/lib/rpm/rpmdb.sqlite" "$tmp/db/rpmdb.sqlite" "$tmp" <<'PY'
import sqlite3, sys
blobs = []
for db in sys.argv[1:3]:
    c = sqlite3.connect("file:" + db + "?mode=ro", uri=True)
    blobs += [b for (b,) in c.execute("SELECT blob FROM Packages ORDER BY hnum")]
for i, b in enumerate(blobs, 1):
    open("%s/blob-%d" % (sys.argv[3], i), "wb").write(b)
# db_dump's bytevalue format, once per byte order
for order, name in (("little", "1234"), ("big", "4321")):
    with open("%s/dump-%s" % (sys.argv[3], name), "w") as out:
        out.write("VERSION=3\nformat=bytevalue\ntype=hash\ndb_lorder=%s\nHEADER=END\n" % name)
        records = [(0, (len(blobs) + 1).to_bytes(4, order))]
        records += [(i, b) for i, b in enumerate(blobs, 1)]
        for key, value in records:
            out.write(" %s\n %s\n" % (key.to_bytes(4, order).hex(), value.hex()))
        out.write("DATA=END\n")
PY

bdb() { # dump page-size output
  rm -f "$3"
  db5.3_load -f "$tmp/dump-$1" -c db_pagesize="$2" "$3"
}
mkdir -p "$folders/centos/var/lib/rpm" "$folders/sles/usr/lib/sysimage/rpm"
bdb 1234 4096 "$folders/centos/var/lib/rpm/Packages"   # overflow pages, one or several each
bdb 4321 512 "$here/Packages-big-endian"               # long overflow chains, big-endian
bdb 1234 8192 "$here/Packages-8192"                    # small headers stored on the hash page

gcc -O1 -I"$here/shim" -I"$src/lib/backend/ndb" -o "$tmp/ndb-put" "$here/ndb-put.c" \
  "$src/lib/backend/ndb/rpmpkg.c"
rm -f "$folders/sles/usr/lib/sysimage/rpm/Packages.db"
"$tmp/ndb-put" "$folders/sles/usr/lib/sysimage/rpm/Packages.db" "$tmp"/blob-*
