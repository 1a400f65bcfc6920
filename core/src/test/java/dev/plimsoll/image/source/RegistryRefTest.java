package dev.plimsoll.image.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.plimsoll.BadInputException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RegistryRefTest {
  @Test
  void normalizesAsDockerDoes() throws Exception {
    assertThat(RegistryRef.parse("alpine"))
        .isEqualTo(new RegistryRef("docker.io", "library/alpine", "latest", Optional.empty()));
    assertThat(RegistryRef.parse("bitnami/redis:7.2").toString())
        .isEqualTo("docker.io/bitnami/redis:7.2");
    assertThat(RegistryRef.parse("127.0.0.1:5000/team/app:1.2"))
        .isEqualTo(new RegistryRef("127.0.0.1:5000", "team/app", "1.2", Optional.empty()));
    assertThat(RegistryRef.parse("localhost/app").host()).isEqualTo("localhost");
    String d = "sha256:" + "a".repeat(64);
    RegistryRef pinned = RegistryRef.parse("ghcr.io/org/app:1@" + d);
    assertThat(pinned.reference()).isEqualTo(d);
    assertThat(pinned.tag()).isEqualTo("1");
    assertThat(RegistryRef.parse("alpine").apiHost()).isEqualTo("registry-1.docker.io");
  }

  @Test
  void plainHttpOnlyForThisMachine() throws Exception {
    assertThat(RegistryRef.parse("127.0.0.1:5000/a").isLoopback()).isTrue();
    assertThat(RegistryRef.parse("localhost:5000/a").isLoopback()).isTrue();
    assertThat(RegistryRef.parse("registry.example.com/a").isLoopback()).isFalse();
    assertThat(RegistryRef.parse("10.0.0.1:5000/a").isLoopback()).isFalse();
  }

  @Test
  void refusesMalformedReferencesInOneLine() {
    assertThatThrownBy(() -> RegistryRef.parse("Alpine"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not valid");
    assertThatThrownBy(() -> RegistryRef.parse("alpine@sha256:abc"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("64 hex digits");
    assertThatThrownBy(() -> RegistryRef.parse("alpine:-bad"))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("not a valid tag");
  }
}
