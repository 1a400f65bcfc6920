package dev.plimsoll.inventory;

/**
 * The source package a binary package was built from: dpkg's {@code Source:} field, apk's origin
 * ({@code o:}), rpm's source rpm. Debian and Alpine advisories name source packages.
 *
 * @param name the source package's name
 * @param version its version: the one given with it ({@code Source: glibc (2.36-9)}), else the
 *     binary package's own, as {@code dpkg-query -f '${source:Version}'} answers
 */
public record SourcePackage(String name, String version) {}
