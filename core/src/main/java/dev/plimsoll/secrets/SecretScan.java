package dev.plimsoll.secrets;

import java.util.List;

/**
 * The secrets of an image or a folder.
 *
 * @param findings file by file in the order read (layer by layer for an image, then the config),
 *     each file's in line order
 * @param truncated the files of which only the first 10 MiB were read, as {@code path} or {@code
 *     path (layer N)}
 * @param filesRead how many files were read as text
 */
public record SecretScan(List<SecretFinding> findings, List<String> truncated, int filesRead) {
  public SecretScan {
    findings = List.copyOf(findings);
    truncated = List.copyOf(truncated);
  }
}
