// npm test's lane plan: the parallel project, then the Neo4j and solo lanes side by side; arguments mean one plain run.
import { describe, expect, it } from "vitest";
import { lanePlan } from "../../../tools/test/lanes.js";
import config from "../../../vitest.config.js";

const projectNames = (config.test?.projects ?? []).map((p) =>
  typeof p === "object" && "test" in p ? p.test?.name : undefined,
);

describe("lanePlan", () => {
  it("runs the parallel project alone, then the Neo4j and solo lanes together, each labelled", () => {
    const plan = lanePlan([]);
    expect(plan.map((stage) => stage.map((lane) => lane.name))).toEqual([["parallel"], ["neo4j", "solo"]]);
    expect(plan[1]!.every((lane) => lane.label)).toBe(true);
  });

  it("names only projects that vitest.config.ts defines, and every one of them", () => {
    const named = lanePlan([]).flatMap((stage) =>
      stage.map((lane) => lane.args[lane.args.indexOf("--project") + 1]),
    );
    expect(named.sort()).toEqual([...projectNames].sort());
  });

  it("passes arguments through to one plain vitest run", () => {
    expect(lanePlan(["test/e2e", "-t", "draws"])).toEqual([
      [{ name: "vitest", args: ["test/e2e", "-t", "draws"] }],
    ]);
  });
});
