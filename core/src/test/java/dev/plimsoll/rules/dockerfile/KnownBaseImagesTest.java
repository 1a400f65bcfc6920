package dev.plimsoll.rules.dockerfile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.plimsoll.rules.dockerfile.KnownBaseImages.Tools;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KnownBaseImagesTest {
  private static KnownBaseImages.Image image(String ref) {
    return KnownBaseImages.parse(ref).orElseThrow();
  }

  @Test
  void dockerHubNamesAreNormalised() {
    assertThat(image("docker.io/library/node:20").repo()).isEqualTo("node");
    assertThat(image("index.docker.io/bitnami/nginx:1.25").repo()).isEqualTo("bitnami/nginx");
    assertThat(image("library/debian").tag()).isEqualTo("latest");
    assertThat(image("localhost:5000/app").repo()).isEqualTo("localhost:5000/app");
    assertThat(KnownBaseImages.parse("scratch")).isEmpty();
    assertThat(KnownBaseImages.parse("%%BASE%%")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "node:20, node:20-slim",
    "node:20-bookworm, node:20-slim",
    "docker.io/library/python:3.12, docker.io/library/python:3.12-slim",
    "python, python:slim",
    "golang:1.22, golang:1.22-alpine",
    "php:8.3, php:8.3-cli-alpine",
    "php:8.3-fpm-bookworm, php:8.3-fpm-alpine",
    "debian:12.5, debian:12.5-slim",
    "debian, debian:stable-slim",
    "buildpack-deps:bookworm, debian:bookworm-slim",
    "ruby:3.3@sha256:abc, ruby:3.3-slim",
  })
  void fullImagesHaveASmallerVariant(String ref, String variant) {
    assertThat(KnownBaseImages.smallerVariant(image(ref))).contains(variant);
  }

  @ParameterizedTest
  @CsvSource({
    "node:20-slim",
    "node:20-alpine",
    "python:3.12-slim-bookworm",
    "php:8.3-apache",
    "ubuntu:24.04",
    "buildpack-deps:bookworm-curl",
    "nginx:1.25",
    "debian:bookworm-slim"
  })
  void smallOrUnknownImagesHaveNone(String ref) {
    assertThat(KnownBaseImages.smallerVariant(image(ref))).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "eclipse-temurin:17, eclipse-temurin:17-jre",
    "eclipse-temurin:17-jdk-alpine, eclipse-temurin:17-jre-alpine",
    "eclipse-temurin:17.0.9_9-jdk-jammy, eclipse-temurin:17.0.9_9-jre-jammy",
    "eclipse-temurin:21-alpine, eclipse-temurin:21-jre-alpine",
    "adoptopenjdk:8-jdk-hotspot, adoptopenjdk:8-jre-hotspot",
    "openjdk:17, eclipse-temurin:17-jre",
    "openjdk:8u212-jdk-slim, eclipse-temurin:8-jre",
    "amazoncorretto:21-al2023, eclipse-temurin:21-jre",
    "maven:3.9-eclipse-temurin-17, eclipse-temurin:17-jre",
    "gradle:8.5-jdk21, eclipse-temurin:21-jre",
  })
  void jdksHaveAJre(String ref, String jre) {
    assertThat(KnownBaseImages.jreFor(image(ref))).contains(jre);
  }

  @ParameterizedTest
  @CsvSource({"eclipse-temurin:17-jre", "amazoncorretto:8-alpine-jre", "node:20", "openjdk:8-jre"})
  void jresAndOtherImagesHaveNone(String ref) {
    assertThat(KnownBaseImages.jreFor(image(ref))).isEmpty();
  }

  @Test
  void jdkWithoutAKnownVersionStillGetsAdvice() {
    assertThat(KnownBaseImages.jreFor(image("maven")))
        .isEqualTo(Optional.of("eclipse-temurin:<version>-jre"));
  }

  @ParameterizedTest
  @CsvSource({
    "gcr.io/distroless/static-debian12:nonroot, true",
    "gcr.io/distroless/base-debian12:debug-nonroot, true",
    "gcr.io/distroless/static-debian12, false",
    "cgr.dev/chainguard/python:latest, true",
    "cgr.dev/chainguard/python:latest-dev, false",
    "bitnami/postgresql:16, true",
    "bitnami/minideb:bookworm, false",
    "nginxinc/nginx-unprivileged:1.25, true",
    "mcr.microsoft.com/dotnet/aspnet:8.0-jammy-chiseled, true",
    "mcr.microsoft.com/dotnet/aspnet:8.0, false",
    "quay.io/prometheus/node-exporter:v1.8.0, true",
    "nginx:1.25, false",
    "alpine:3.19, false",
  })
  void nonRootBases(String ref, boolean nonRoot) {
    assertThat(KnownBaseImages.setsNonRootUser(image(ref))).isEqualTo(nonRoot);
  }

  @ParameterizedTest
  @CsvSource({
    "alpine:3.19, BUSYBOX",
    "node:20-alpine, BUSYBOX",
    "gcr.io/distroless/static-debian12:debug, BUSYBOX",
    "debian:12.5, NO_DOWNLOADER",
    "python:3.12-slim, NO_DOWNLOADER",
    "gcr.io/distroless/static-debian12:nonroot, NOTHING",
    "cgr.dev/chainguard/static:latest, NOTHING",
    "cgr.dev/chainguard/python:latest-dev, BUSYBOX",
    "node:20, UNKNOWN",
    "nginx:1.25, UNKNOWN",
  })
  void toolsOfBases(String ref, Tools tools) {
    assertThat(KnownBaseImages.tools(image(ref))).isEqualTo(tools);
  }

  @Test
  void promptDefaultsAndPrivilegeDrops() {
    assertThat(KnownBaseImages.defaultsToPrompt(image("python:3.12"))).isTrue();
    assertThat(KnownBaseImages.defaultsToPrompt(image("php:8.3-cli"))).isTrue();
    assertThat(KnownBaseImages.defaultsToPrompt(image("php:8.3-fpm"))).isFalse();
    assertThat(KnownBaseImages.defaultsToPrompt(image("nginx:1.25"))).isFalse();
    assertThat(KnownBaseImages.dropsPrivileges(image("docker.io/library/postgres:16"))).isTrue();
    assertThat(KnownBaseImages.dropsPrivileges(image("nginx:1.25"))).isFalse();
    assertThat(KnownBaseImages.windows(image("mcr.microsoft.com/windows/servercore:ltsc2022")))
        .isTrue();
  }
}
