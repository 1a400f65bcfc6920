package dev.plimsoll.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpdxLicenseListTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "MIT | MIT",
        "mit | MIT",
        "apache-2.0 and bsd-3-clause | Apache-2.0 AND BSD-3-Clause",
        "(MIT OR Apache-2.0) AND GPL-2.0-or-later | (MIT OR Apache-2.0) AND GPL-2.0-or-later",
        "GPL-2.0-only WITH Classpath-exception-2.0 | GPL-2.0-only WITH Classpath-exception-2.0",
        "GPL-2.0+ | GPL-2.0+",
        "LicenseRef-Custom OR MIT | LicenseRef-Custom OR MIT",
        "Apache License 2.0 | -",
        "GPL | -",
        "MIT OR | -",
        "(MIT | -",
        "MIT) | -",
        "MIT MIT | -",
        "AND MIT | -",
      })
  void expressionsWithListedIdentifiersAreCanonical(String text, String expected) {
    assertThat(SpdxLicenseList.expression(text)).isEqualTo(Optional.ofNullable(expected));
  }
}
