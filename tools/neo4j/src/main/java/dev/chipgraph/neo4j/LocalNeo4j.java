// Runs a Neo4j 5.26 Community DBMS in this JVM with Bolt on 127.0.0.1, for `npm run neo4j` (no Docker needed).
package dev.chipgraph.neo4j;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Environment: NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (explorer-local-dev), NEO4J_HOME (.neo4j/&lt;port&gt;),
 * NEO4J_PAGECACHE (512m). The heap is the launcher's business (-Xmx).
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) throws InterruptedException {
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    String password = env("NEO4J_PASSWORD", "explorer-local-dev");
    if (password.length() < 8) {
      fail("NEO4J_PASSWORD must be at least 8 characters (a Neo4j rule)");
    }
    Path home = Path.of(env("NEO4J_HOME", ".neo4j/" + port)).toAbsolutePath();

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            // Loopback only: this is a developer database with a well-known default password.
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
            .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(env("NEO4J_PAGECACHE", "512m")))
            .setConfig(GraphDatabaseSettings.logs_directory, home.resolve("logs"))
            // Netty otherwise idles 5 s per connector on shutdown, doubling `npm run neo4j stop` for nothing.
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            // db.transaction.timeout stays unset: the app sets its own per-transaction timeouts.
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  System.out.println("Neo4j on port " + port + " shutting down");
                  dbms.shutdown();
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    GraphDatabaseService system = dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
    setPassword(system, password);
    String version =
        system.executeTransactionally(
            "CALL dbms.components() YIELD versions RETURN versions[0] AS v",
            Map.of(),
            result -> String.valueOf(result.next().get("v")));
    System.out.println("Neo4j " + version + " ready on bolt://127.0.0.1:" + port + " (home " + home + ")");
    stopped.await();
  }

  /** Applies NEO4J_PASSWORD on every start, so changing the variable and restarting is enough. */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $pw CHANGE NOT REQUIRED", Map.of("pw", password));
    } catch (RuntimeException e) {
      // Neo4j refuses to "change" a password to itself; that simply means it is already right.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
        throw e;
      }
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static void fail(String message) {
    System.err.println("LocalNeo4j: " + message);
    System.exit(2);
  }
}
