/**
 * The file systems that layers stack up to, from metadata only: one pass over each layer's tar
 * makes a {@link dev.plimsoll.image.files.LayerListing}, and {@link
 * dev.plimsoll.image.files.FileTree} stacks the listings with the OCI image spec's whiteouts and
 * opaque folders (layer.md). File contents are never kept. Knows nothing of Docker, rules or
 * reports.
 */
package dev.plimsoll.image.files;
