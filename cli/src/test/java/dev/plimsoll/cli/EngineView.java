package dev.plimsoll.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One service seen twice, in the engine's terms: as {@code docker inspect} shows its container, and
 * as {@code plimsoll compose --print-config} loaded it, with compose's units turned into the
 * engine's (bytes, nanoseconds, nano-CPUs).
 */
final class EngineView {

  /** The production rules whose subject the engine shows for a running container. */
  static final Set<String> GAP_RULES =
      new TreeSet<>(
          List.of(
              "compose-capabilities-not-dropped",
              "compose-healthcheck-missing",
              "compose-host-namespace",
              "compose-logging-unbounded",
              "compose-no-new-privileges-missing",
              "compose-read-only-missing",
              "compose-resource-limits-missing",
              "compose-restart-policy-missing",
              "compose-runs-as-root"));

  private static final Pattern BYTES =
      Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kmgt]?)b?", Pattern.CASE_INSENSITIVE);
  private static final Pattern DURATION_PART =
      Pattern.compile("(\\d+(?:\\.\\d+)?)(ns|us|ms|s|m|h)");

  private EngineView() {}

  /**
   * What the engine runs for a container.
   *
   * @param byService every container of the project, to name a {@code container:ID} network mode by
   *     its service
   */
  static Map<String, Object> ofContainer(JsonNode c, Map<String, JsonNode> byService) {
    JsonNode config = c.path("Config");
    JsonNode host = c.path("HostConfig");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("healthcheck", stored(config.path("Healthcheck")));
    v.put("memory", host.path("Memory").asLong());
    v.put("nanoCpus", host.path("NanoCpus").asLong());
    v.put("user", config.path("User").asText());
    String mode = host.path("NetworkMode").asText();
    for (Map.Entry<String, JsonNode> e : byService.entrySet()) {
      if (mode.equals("container:" + e.getValue().path("Id").asText())) {
        mode = "service:" + e.getKey();
      }
    }
    v.put("network_mode", mode);
    v.put("read_only", host.path("ReadonlyRootfs").asBoolean());
    v.put("restart", host.path("RestartPolicy").path("Name").asText());
    v.put("pid", host.path("PidMode").asText());
    v.put("cap_drop", strings(host.path("CapDrop")));
    List<String> securityOpt = strings(host.path("SecurityOpt"));
    if (host.path("PidMode").asText().equals("host")
        || host.path("IpcMode").asText().equals("host")
        || host.path("Privileged").asBoolean()) {
      // The engine's own addition for these modes (moby daemon/create.go, generateSecurityOpt).
      securityOpt.remove("label=disable");
    }
    v.put("security_opt", securityOpt);
    JsonNode log = host.path("LogConfig");
    v.put("logging", logging(log.path("Type").asText(), log.path("Config")));
    v.put("command", strings(config.path("Cmd")));
    Map<String, String> env = new LinkedHashMap<>();
    config
        .path("Env")
        .forEach(
            e -> {
              String[] kv = e.asText().split("=", 2);
              env.put(kv[0], kv.length > 1 ? kv[1] : null);
            });
    v.put("environment", env);
    return v;
  }

  /**
   * The same for what Plimsoll loaded: {@code service} from {@code --print-config}, over {@code
   * image}, the engine's record of the service's image, for what the service leaves to it.
   * Environment keys the service does not set (the image's PATH) are taken from {@code engine}'s
   * view, so that only the service's own variables are compared.
   */
  static Map<String, Object> ofService(
      JsonNode service, JsonNode image, Map<String, Object> engine) {
    JsonNode imageConfig = image.path("Config");
    Map<String, Object> v = new LinkedHashMap<>();
    JsonNode h = service.path("healthcheck");
    v.put(
        "healthcheck",
        h.isMissingNode()
            ? stored(imageConfig.path("Healthcheck"))
            : healthcheck(h, imageConfig.path("Healthcheck")));
    JsonNode limits = service.path("deploy").path("resources").path("limits");
    v.put("memory", bytes(text(limits.path("memory"), text(service.path("mem_limit"), "0"))));
    v.put("nanoCpus", nanoCpus(text(limits.path("cpus"), text(service.path("cpus"), "0"))));
    v.put("user", text(service.path("user"), imageConfig.path("User").asText()));
    v.put("network_mode", text(service.path("network_mode"), "default"));
    v.put("read_only", service.path("read_only").asBoolean(false));
    v.put("restart", text(service.path("restart"), ""));
    v.put("pid", text(service.path("pid"), ""));
    v.put("cap_drop", strings(service.path("cap_drop")));
    v.put("security_opt", strings(service.path("security_opt")));
    // The engine's default driver (daemon.json log-driver), json-file on the test stack.
    JsonNode logging = service.path("logging");
    v.put("logging", logging(text(logging.path("driver"), "json-file"), logging.path("options")));
    JsonNode command = service.path("command");
    v.put(
        "command",
        command.isMissingNode()
            ? strings(imageConfig.path("Cmd"))
            // 1.29 splits a string command as a POSIX shell would; these have no quotes.
            : command.isTextual() ? List.of(command.asText().split(" +")) : strings(command));
    @SuppressWarnings("unchecked")
    Map<String, String> env = new LinkedHashMap<>((Map<String, String>) engine.get("environment"));
    // --print-config writes a literal $ as $$, so that its output loads again.
    service
        .path("environment")
        .properties()
        .forEach(e -> env.put(e.getKey(), e.getValue().asText().replace("$$", "$")));
    v.put("environment", env);
    return v;
  }

  /** The production rules a container's configuration gives reason for. */
  static Set<String> productionGaps(JsonNode c) {
    JsonNode config = c.path("Config");
    JsonNode host = c.path("HostConfig");
    Set<String> gaps = new TreeSet<>();
    JsonNode test = config.path("Healthcheck").path("Test");
    if (test.isMissingNode() || test.path(0).asText().equals("NONE")) {
      gaps.add("compose-healthcheck-missing");
    }
    if (!host.path("ReadonlyRootfs").asBoolean()) {
      gaps.add("compose-read-only-missing");
    }
    if (host.path("Memory").asLong() == 0 && host.path("NanoCpus").asLong() == 0) {
      gaps.add("compose-resource-limits-missing");
    }
    if (Set.of("", "no").contains(host.path("RestartPolicy").path("Name").asText())) {
      gaps.add("compose-restart-policy-missing");
    }
    if (!host.path("Privileged").asBoolean() && !strings(host.path("CapDrop")).contains("ALL")) {
      gaps.add("compose-capabilities-not-dropped");
    }
    for (String mode : List.of("NetworkMode", "PidMode", "IpcMode", "UTSMode")) {
      if (host.path(mode).asText().equals("host")) {
        gaps.add("compose-host-namespace");
      }
    }
    JsonNode log = host.path("LogConfig");
    if (log.path("Type").asText().equals("json-file") && !log.path("Config").has("max-size")) {
      gaps.add("compose-logging-unbounded");
    }
    if (!strings(host.path("SecurityOpt")).contains("no-new-privileges:true")) {
      gaps.add("compose-no-new-privileges-missing");
    }
    String user = config.path("User").asText().split(":", 2)[0];
    if (Set.of("", "0", "root").contains(user)) {
      gaps.add("compose-runs-as-root");
    }
    return gaps;
  }

  /**
   * A compose healthcheck in the engine's terms ({@link #stored}). What it leaves out (zero) the
   * engine takes from the image's HEALTHCHECK, field by field, when it creates the container (moby
   * daemon/commit.go, merge); {@code disable: true} is the test {@code [NONE]}.
   */
  private static Map<String, Object> healthcheck(JsonNode h, JsonNode image) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("Test", h.path("disable").asBoolean(false) ? List.of("NONE") : strings(h.path("test")));
    out.put("Interval", nanos(text(h.path("interval"), "0s")));
    out.put("Timeout", nanos(text(h.path("timeout"), "0s")));
    out.put("StartPeriod", nanos(text(h.path("start_period"), "0s")));
    out.put("Retries", h.path("retries").asLong(0));
    Map<String, Object> fromImage = stored(image);
    fromImage.forEach(
        (k, v) -> {
          if (out.get(k).equals(0L) || out.get(k).equals(List.of())) {
            out.put(k, v);
          }
        });
    return out;
  }

  /**
   * A healthcheck as the engine stores it (Engine API v1.41, HealthConfig), with the zero values it
   * leaves out written in; none at all is an empty map.
   */
  private static Map<String, Object> stored(JsonNode h) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (h.isObject()) {
      out.put("Test", strings(h.path("Test")));
      for (String key : List.of("Interval", "Timeout", "StartPeriod", "Retries")) {
        out.put(key, h.path(key).asLong(0));
      }
    }
    return out;
  }

  /** docker's RAMInBytes (go-units), which 1.29's parse_bytes follows: k, m, g, t are 1024s. */
  static long bytes(String text) {
    Matcher m = BYTES.matcher(text.strip());
    if (!m.matches()) {
      throw new AssertionError("not a size: " + text);
    }
    int power = "bkmgt".indexOf(m.group(2).isEmpty() ? "b" : m.group(2).toLowerCase(Locale.ROOT));
    return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(1024).pow(power)).longValue();
  }

  /** A Go duration (time.ParseDuration), as compose writes healthcheck times, in nanoseconds. */
  static long nanos(String text) {
    Matcher m = DURATION_PART.matcher(text);
    BigDecimal total = BigDecimal.ZERO;
    int end = 0;
    while (m.find() && m.start() == end) {
      long unit =
          switch (m.group(2)) {
            case "ns" -> 1L;
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
          };
      total = total.add(new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(unit)));
      end = m.end();
    }
    if (end != text.length() || text.isEmpty()) {
      throw new AssertionError("not a duration: " + text);
    }
    return total.longValueExact();
  }

  private static long nanoCpus(String cpus) {
    return new BigDecimal(cpus).movePointRight(9).longValueExact();
  }

  private static String logging(String driver, JsonNode options) {
    Map<String, String> sorted = new TreeMap<>();
    options.properties().forEach(e -> sorted.put(e.getKey(), e.getValue().asText()));
    return driver + " " + sorted;
  }

  private static String text(JsonNode node, String otherwise) {
    return node.isMissingNode() || node.isNull() ? otherwise : node.asText();
  }

  private static List<String> strings(JsonNode list) {
    List<String> out = new ArrayList<>();
    list.forEach(n -> out.add(n.asText()));
    return out;
  }
}
