# syntax=docker/dockerfile:1.7
# Plimsoll's own image: built with Maven in one stage, run on a JRE as a non-root user in another.
#   docker build -t plimsoll .
#   docker run --rm -v "$PWD:/work" plimsoll lint Dockerfile

FROM maven:3.9.11-eclipse-temurin-17 AS build
WORKDIR /src
# Dependency manifests first: a source change does not re-download the dependencies.
COPY --link .mvn/ .mvn/
COPY --link mvnw pom.xml ./
COPY --link core/pom.xml core/
COPY --link cli/pom.xml cli/
COPY --link bench/pom.xml bench/
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -B -ntp -q dependency:go-offline -Dspotless.check.skip=true
COPY --link core/src core/src
COPY --link cli/src cli/src
COPY --link bench/src bench/src
RUN --mount=type=cache,target=/root/.m2,sharing=locked \
    ./mvnw -B -ntp -q package -Dmaven.test.skip=true -Dspotless.check.skip=true -Dplimsoll.cds.skip=true \
      -pl cli -am

FROM eclipse-temurin:17.0.16_8-jre-noble AS runtime
# A fixed, unprivileged user: files in mounted folders stay readable, nothing runs as root.
RUN groupadd --system --gid 10001 plimsoll \
 && useradd --system --uid 10001 --gid plimsoll --no-create-home --shell /usr/sbin/nologin plimsoll
COPY --link --from=build --chmod=0444 /src/cli/target/plimsoll.jar /opt/plimsoll/plimsoll.jar
# Class-data sharing, made by this image's own JVM: faster start for every run.
RUN java -XX:ArchiveClassesAtExit=/opt/plimsoll/plimsoll.jsa -XX:+UseSerialGC \
      -XX:TieredStopAtLevel=1 -jar /opt/plimsoll/plimsoll.jar rules > /dev/null \
 && chmod 0444 /opt/plimsoll/plimsoll.jsa
USER 10001:10001
WORKDIR /work
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/opt/plimsoll/plimsoll.jsa", "-Xshare:auto", \
            "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-jar", "/opt/plimsoll/plimsoll.jar"]
CMD ["--help"]
