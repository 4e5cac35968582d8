// Talks to a launched server over Bolt with the app's own driver: readiness probe and version query.
let neo4jModule;

async function driverFor(s, password = s.password) {
  try {
    neo4jModule ??= (await import("neo4j-driver")).default;
  } catch {
    throw new Error("neo4j-driver is not installed: run `npm install` in the repository first");
  }
  return neo4jModule.driver(s.uri, neo4jModule.auth.basic(s.user, password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
    logging: { level: "error", logger: () => undefined },
  });
}

/**
 * Runs `RETURN 1` on the default database, then `CALL dbms.components()`;
 * returns `{ ok: true, version, edition }`, or `{ ok: false, reason, code }`
 * when the server does not answer or refuses the credentials.
 */
export async function queryServer(s, password) {
  const driver = await driverFor(s, password);
  try {
    // The default database answering (not just `system`) is what the app and tests need.
    await driver.executeQuery("RETURN 1");
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
      {},
      { database: "system" },
    );
    return { ok: true, version: records[0]?.get("version"), edition: records[0]?.get("edition") };
  } catch (err) {
    return { ok: false, reason: err?.message ?? String(err), code: err?.code };
  } finally {
    await driver.close();
  }
}
