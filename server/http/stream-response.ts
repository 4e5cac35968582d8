// Writes an async sequence of text chunks as a 200 response: back-pressure, early stop on disconnect, no fake ends.
import type { Response } from "express";
import type { Logger } from "../logger.js";

export interface StreamOptions {
  contentType: string;
  /** For the log line when the stream fails after the headers went out, e.g. "GET /api/export". */
  operation: string;
  logger: Logger;
}

/**
 * Sends `chunks` as the body. The first chunk is awaited before any header is sent, so a failure that
 * happens at once (store unavailable, bad input) still becomes a proper error response via the error
 * middleware. After that the status is on the wire: a later failure is logged and the connection is
 * destroyed without the final chunk, so the client sees an aborted transfer, never a short body that
 * looks complete. When the client goes away, the sequence is stopped (`return()`), which stops the store.
 */
export async function streamResponse(
  res: Response,
  chunks: AsyncIterable<string>,
  options: StreamOptions,
): Promise<void> {
  const iterator = chunks[Symbol.asyncIterator]();
  let next = await iterator.next(); // errors here reach the error middleware: nothing is sent yet
  let closed = false;
  const onClose = () => {
    closed = true;
  };
  res.on("close", onClose);
  try {
    res.status(200).type(options.contentType);
    while (!next.done) {
      if (closed) break;
      if (!res.write(next.value)) await drainOrClose(res);
      if (closed) break;
      next = await iterator.next();
    }
    if (closed) {
      await iterator.return?.(undefined);
      return;
    }
    res.end();
  } catch (err) {
    options.logger.error(`${options.operation}: failed after the response began; the connection is cut`, {
      error: err instanceof Error ? err.message : String(err),
    });
    res.destroy(err instanceof Error ? err : new Error(String(err)));
    await iterator.return?.(undefined)?.catch(() => undefined);
  } finally {
    res.off("close", onClose);
  }
}

/** The socket's buffer is full: wait until it empties or the client goes away. */
function drainOrClose(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}
