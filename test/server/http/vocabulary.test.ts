// API tests for GET /api/vocabulary: the types the edit forms offer, including configured extras.
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { configureVocabulary } from "../../../server/domain/vocabulary-config.js";
import { NODE_TYPES, REL_TYPES } from "../../../server/domain/vocabulary.js";
import { startTestServer, type TestServer } from "../../helpers/http.js";

describe("GET /api/vocabulary", () => {
  let server: TestServer;
  beforeAll(async () => (server = await startTestServer()));
  afterAll(async () => server.close());
  afterEach(() => configureVocabulary({}));

  it("GET /api/vocabulary → 200 with the built-in entity and relationship types", async () => {
    const response = await server.request("/api/vocabulary");
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ nodeTypes: [...NODE_TYPES], relTypes: [...REL_TYPES] });
  });

  it("GET /api/vocabulary → includes the types added by EXTRA_NODE_TYPES and EXTRA_REL_TYPES", async () => {
    configureVocabulary({ EXTRA_NODE_TYPES: "Vessel,Port", EXTRA_REL_TYPES: "DOCKS_AT" });
    const response = await server.request("/api/vocabulary");
    expect(response.body.nodeTypes).toEqual([...NODE_TYPES, "Vessel", "Port"]);
    expect(response.body.relTypes).toEqual([...REL_TYPES, "DOCKS_AT"]);
  });
});
