// One HTTP request on its own connection for the SIGTERM fault script: answered, refused before accepted, or cut.
import { request } from "node:http";

export type Answer =
  | { kind: "answered"; status: number; body: string; type: string; at: number }
  | { kind: "refused"; code: string; at: number }
  | { kind: "cut"; message: string; body: string; at: number };

/**
 * No keep-alive pool (whose reuse of a closing socket would blur what the server did). A connection the
 * server never accepted is refused; a response that stops before its end is cut (`body` holds what came).
 */
export function oneRequest(
  url: string,
  method: string,
  headers: Record<string, string> = {},
  body?: string,
  onData?: (text: string) => void,
): Promise<Answer> {
  return new Promise((resolve) => {
    const req = request(url, { method, agent: false, headers });
    let text = "";
    let responded = false;
    req.on("response", (res) => {
      responded = true;
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => {
        text += chunk;
        onData?.(text);
      });
      res.on("end", () =>
        resolve({
          kind: "answered",
          status: res.statusCode ?? 0,
          body: text,
          type: String(res.headers["content-type"]),
          at: Date.now(),
        }),
      );
      res.on("aborted", () =>
        resolve({ kind: "cut", message: "response cut mid-body", body: text, at: Date.now() }),
      );
      res.on("error", (error) =>
        resolve({ kind: "cut", message: error.message, body: text, at: Date.now() }),
      );
    });
    req.on("error", (error: NodeJS.ErrnoException) => {
      const code = error.code ?? "";
      // Reset before any answer: the kernel dropped a connection the app never read (a backlog at close).
      if (!responded && (code === "ECONNREFUSED" || code === "ECONNRESET"))
        resolve({ kind: "refused", code, at: Date.now() });
      else resolve({ kind: "cut", message: error.message, body: text, at: Date.now() });
    });
    req.end(body);
  });
}
