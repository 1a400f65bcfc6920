#!/usr/bin/env python3
"""Writes the seeds of ImageArchiveFuzzTest: small, valid image archives of each layout it reads.

Run from this folder; needs the zstd command. The archives are deterministic (mtime 0, sorted)."""
import gzip, hashlib, io, json, subprocess, tarfile

OUT = "ImageArchiveFuzzTestInputs/opensOrRefuses/"


def tar(entries):
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w", format=tarfile.USTAR_FORMAT) as t:
        for name, data in entries:
            info = tarfile.TarInfo(name)
            if data is None:
                info.type = tarfile.DIRTYPE
                t.addfile(info)
            else:
                info.size = len(data)
                t.addfile(info, io.BytesIO(data))
    return buf.getvalue()


def sha(b):
    return "sha256:" + hashlib.sha256(b).hexdigest()


def layer(*names):
    return tar([(n, None if n.endswith("/") else n.encode()) for n in names])


def config(layers):
    return json.dumps({"architecture": "amd64", "os": "linux", "config": {"Cmd": ["sh"]},
                       "rootfs": {"type": "layers", "diff_ids": [sha(l) for l in layers]},
                       "history": [{"created_by": "RUN %d" % i} for i in range(len(layers))]},
                      separators=(",", ":")).encode()


def desc(media, b, **extra):
    return dict(mediaType=media, digest=sha(b), size=len(b), **extra)


def zstd(b):
    return subprocess.run(["zstd", "-q", "-c"], input=b, capture_output=True, check=True).stdout


base, app = layer("etc/", "etc/os-release"), layer("app/", "app/run.sh")
cfg = config([base, app])

# OCI archive: one gzip layer and one zstd layer.
stored = [gzip.compress(base, mtime=0), zstd(app)]
manifest = json.dumps({"schemaVersion": 2, "config": desc("application/vnd.oci.image.config.v1+json", cfg),
                       "layers": [desc("application/vnd.oci.image.layer.v1.tar+gzip", stored[0]),
                                  desc("application/vnd.oci.image.layer.v1.tar+zstd", stored[1])]}).encode()
index = json.dumps({"schemaVersion": 2, "manifests": [desc(
    "application/vnd.oci.image.manifest.v1+json", manifest,
    annotations={"org.opencontainers.image.ref.name": "v1"})]}).encode()
blobs = [(f"blobs/sha256/{sha(b)[7:]}", b) for b in [cfg, manifest] + stored]
oci = [("oci-layout", b'{"imageLayoutVersion":"1.0.0"}'), ("index.json", index)] + blobs
open(OUT + "oci-gzip-zstd.tar", "wb").write(tar(oci))

# Docker 25: the same layout with plain layers, plus manifest.json naming the blobs.
manifest = json.dumps({"schemaVersion": 2, "config": desc("application/vnd.oci.image.config.v1+json", cfg),
                       "layers": [desc("application/vnd.oci.image.layer.v1.tar", l) for l in (base, app)]}).encode()
index = json.dumps({"schemaVersion": 2, "manifests": [desc(
    "application/vnd.oci.image.manifest.v1+json", manifest)]}).encode()
docker = json.dumps([{"Config": f"blobs/sha256/{sha(cfg)[7:]}", "RepoTags": ["app:1"],
                      "Layers": [f"blobs/sha256/{sha(l)[7:]}" for l in (base, app)]}]).encode()
blobs = [(f"blobs/sha256/{sha(b)[7:]}", b) for b in (cfg, manifest, base, app)]
open(OUT + "docker25.tar", "wb").write(tar(
    [("oci-layout", b'{"imageLayoutVersion":"1.0.0"}'), ("index.json", index), ("manifest.json", docker)] + blobs))

# Classic docker save: <id>/layer.tar and <image id>.json.
docker = json.dumps([{"Config": f"{sha(cfg)[7:]}.json", "RepoTags": ["app:1"],
                      "Layers": ["aaa/layer.tar", "bbb/layer.tar"]}]).encode()
open(OUT + "docker-classic.tar", "wb").write(tar(
    [("aaa/", None), ("aaa/layer.tar", base), ("bbb/", None), ("bbb/layer.tar", app),
     (f"{sha(cfg)[7:]}.json", cfg), ("manifest.json", docker)]))

# kaniko and crane: gzip layers named <digest>.tar.gz, the config sha256:<hex>.
gz = [gzip.compress(l, mtime=0) for l in (base, app)]
docker = json.dumps([{"Config": sha(cfg), "RepoTags": ["app:1"],
                      "Layers": [f"{sha(g)[7:]}.tar.gz" for g in gz]}]).encode()
open(OUT + "kaniko.tar", "wb").write(tar(
    [(sha(cfg), cfg), ("manifest.json", docker)] + [(f"{sha(g)[7:]}.tar.gz", g) for g in gz]))
