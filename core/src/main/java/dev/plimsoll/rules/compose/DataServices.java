package dev.plimsoll.rules.compose;

import dev.plimsoll.compose.model.Service;
import java.util.Locale;
import java.util.Set;

/**
 * Which services hold data or administer it, by their image's name or a port: the databases, caches
 * and brokers that an app must wait for, and that must not be reachable from the network.
 */
final class DataServices {
  private DataServices() {}

  /** The last part of the images' names, without registry or tag. */
  private static final Set<String> DATABASES =
      Set.of(
          "postgres",
          "postgresql",
          "postgis",
          "mysql",
          "mysql-server",
          "mariadb",
          "mongo",
          "mongodb",
          "mongodb-community-server",
          "redis",
          "redis-stack-server",
          "valkey",
          "keydb",
          "memcached",
          "elasticsearch",
          "opensearch",
          "cassandra",
          "couchdb",
          "influxdb",
          "neo4j",
          "rabbitmq",
          "zookeeper",
          "kafka",
          "cp-kafka",
          "clickhouse-server",
          "cockroach",
          "timescaledb",
          "azure-sql-edge");

  private static final Set<String> ADMIN_TOOLS =
      Set.of(
          "adminer",
          "phpmyadmin",
          "pgadmin4",
          "mongo-express",
          "redis-commander",
          "redisinsight",
          "portainer",
          "portainer-ce",
          "kibana");

  /**
   * Ports that only a database, broker or admin API listens on: MySQL, PostgreSQL, MongoDB, Redis,
   * Memcached, Elasticsearch, Cassandra, CouchDB, InfluxDB, SQL Server, Oracle, CockroachDB, Neo4j,
   * AMQP and RabbitMQ's console, ZooKeeper, Kafka, and the Docker API.
   */
  private static final Set<Integer> PORTS =
      Set.of(
          3306, 33060, 5432, 27017, 6379, 11211, 9200, 9300, 9042, 5984, 8086, 1433, 1521, 26257,
          7687, 5672, 15672, 2181, 9092, 2375, 2376);

  static boolean isDatabase(Service s) {
    return s.image()
        .map(DataServices::name)
        .filter(
            n -> DATABASES.contains(n) || (n.equals("server") && s.image().get().contains("mssql")))
        .isPresent();
  }

  static boolean isAdminTool(Service s) {
    return s.image().map(DataServices::name).filter(ADMIN_TOOLS::contains).isPresent();
  }

  static boolean isDataPort(int port) {
    return PORTS.contains(port);
  }

  /** {@code docker.io/library/postgres:16} → {@code postgres}. */
  static String name(String image) {
    String s = image;
    int at = s.indexOf('@');
    if (at >= 0) {
      s = s.substring(0, at);
    }
    int slash = s.lastIndexOf('/');
    int colon = s.lastIndexOf(':');
    if (colon > slash) {
      s = s.substring(0, colon);
    }
    return s.substring(s.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
  }
}
