/**
 * Where images come from: a {@code docker save} archive (both of Docker's layouts), an OCI layout
 * folder or archive, a registry, the Docker Engine, opened by name through {@link
 * dev.plimsoll.image.source.ImageSources}. Blobs are read in place and streamed, never extracted
 * (the Docker Engine's save stream alone is spooled to a temporary file, see {@code DockerEngine}),
 * and each is checked against its digest; a malformed or hostile archive is refused with one line.
 * Knows nothing of rules or reports.
 */
package dev.plimsoll.image.source;
