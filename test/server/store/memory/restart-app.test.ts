// The real server with DATA_DIR: an edit made over HTTP survives SIGKILL and a restart, with its audit entry.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../../server/config.js";

function startMain(dataDir: string): { child: ChildProcess; url: Promise<string> } {
  const child = spawn(process.execPath, ["--import", "tsx", "server/main.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      PORT: "0",
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const url = new Promise<string>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"msg":"listening","url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(output);
      if (match) resolve(match[1]!);
    };
    child.stdout!.on("data", onData);
    child.stderr!.on("data", onData);
    child.once("exit", () => reject(new Error(`main exited early:\n${output}`)));
  });
  return { child, url };
}

describe("server/main.ts with DATA_DIR", () => {
  const children: ChildProcess[] = [];
  let dir = "";
  afterEach(async () => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps an acknowledged edit across SIGKILL and restart, and does not reseed", async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "chipgraph-app-"));
    const first = startMain(dir);
    children.push(first.child);
    const url = await first.url;
    const patch = await fetch(`${url}/api/nodes/tsmc`, {
      method: "PATCH",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ name: "TSMC (renamed)" }),
    });
    expect(patch.status).toBe(200);
    const del = await fetch(`${url}/api/nodes/tsmc-usd-100bn-us-pledge`, { method: "DELETE" });
    expect(del.status).toBe(200);
    const counts = (await (await fetch(`${url}/api/health`)).json()).counts;
    first.child.kill("SIGKILL");

    const second = startMain(dir);
    children.push(second.child);
    const url2 = await second.url;
    const node = await (await fetch(`${url2}/api/nodes/tsmc`)).json();
    expect(node.node.name).toBe("TSMC (renamed)");
    expect((await fetch(`${url2}/api/nodes/tsmc-usd-100bn-us-pledge`)).status).toBe(404);
    expect((await (await fetch(`${url2}/api/health`)).json()).counts).toEqual(counts);
    const audit = await (await fetch(`${url2}/api/audit?entity=tsmc`)).json();
    expect(audit.entries[0]).toMatchObject({ action: "update_node", after: { name: "TSMC (renamed)" } });
  });
});
