// Reads an import upload, multipart (busboy) or a raw body, into files and form fields, under a byte cap.
import type { Request } from "express";
import busboy from "busboy";
import { DomainError, InvalidArgumentError } from "../../domain/errors.js";
import type { ImportFile } from "../../domain/import/read-input.js";

/** Raw (non-multipart) body types an import accepts, and the format each implies. */
export const RAW_IMPORT_TYPES: Record<string, "json" | "gexf" | "graphml" | undefined> = {
  "application/json": "json",
  "application/gexf+xml": "gexf",
  "application/graphml+xml": "graphml",
  "application/xml": undefined,
  "text/xml": undefined,
};

/** The upload: files by form field (`file`, `nodes`, `relationships`) and text fields. */
export interface Upload {
  files: Partial<Record<"file" | "nodes" | "relationships", ImportFile>>;
  fields: Record<string, string>;
  /** The format the body's Content-Type implies (raw bodies only). */
  impliedFormat?: "json" | "gexf" | "graphml";
}

const FILE_FIELDS = new Set(["file", "nodes", "relationships"]);

function tooLarge(maxBytes: number): DomainError {
  return new DomainError(
    "payload_too_large",
    `import: the upload is larger than IMPORT_MAX_BYTES (${maxBytes} bytes)`,
    {
      limit: maxBytes,
    },
  );
}

/** Read the whole upload; 413 as soon as it passes `maxBytes`, 400 on a malformed multipart body. */
export async function readUpload(req: Request, maxBytes: number): Promise<Upload> {
  const declared = Number(req.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) {
    req.resume(); // drain, so the 413 reaches a client that is still sending
    throw tooLarge(maxBytes);
  }
  const type = (req.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  if (type === "multipart/form-data") return readMultipart(req, maxBytes);
  const data = await readBody(req, maxBytes);
  const name = typeof req.query.filename === "string" && req.query.filename ? req.query.filename : "upload";
  return { files: { file: { name, data } }, fields: {}, impliedFormat: RAW_IMPORT_TYPES[type] };
}

async function readBody(req: Request, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      req.resume();
      throw tooLarge(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function readMultipart(req: Request, maxBytes: number): Promise<Upload> {
  return new Promise((resolve, reject) => {
    const upload: Upload = { files: {}, fields: {} };
    let size = 0;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume();
      reject(error);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fields: 20, fieldSize: 10_000, files: 3 } });
    } catch (error) {
      reject(new InvalidArgumentError(`import: ${(error as Error).message}`, { parameter: "Content-Type" }));
      return;
    }
    parser.on("file", (field, stream, info) => {
      // busboy destroys a file stream with the form's error (a body cut off inside a file): without a
      // listener that error is uncaught and takes the process down.
      stream.on("error", (error: Error) =>
        fail(new InvalidArgumentError(`import: malformed multipart body: ${error.message}`)),
      );
      if (!FILE_FIELDS.has(field)) {
        stream.resume();
        return fail(
          new InvalidArgumentError(
            `import: unexpected file field "${field}"; expected file, nodes or relationships`,
            { parameter: field },
          ),
        );
      }
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => {
        size += chunk.length;
        if (size > maxBytes) return fail(tooLarge(maxBytes));
        chunks.push(chunk);
      });
      stream.on("end", () => {
        upload.files[field as keyof Upload["files"]] = {
          name: info.filename || field,
          data: Buffer.concat(chunks),
        };
      });
    });
    parser.on("field", (name, value) => (upload.fields[name] = value));
    parser.on("error", (error: Error) =>
      fail(new InvalidArgumentError(`import: malformed multipart body: ${error.message}`)),
    );
    parser.on("close", () => failed || resolve(upload));
    req.pipe(parser);
  });
}
