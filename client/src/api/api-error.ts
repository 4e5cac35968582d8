// The client's one error type: it carries the server's `{error:{code,message}}` code so panels branch on it.

export class ApiError extends Error {
  constructor(
    /** The server's code (`not_found`, `invalid_argument`, `store_unavailable`…), `network` or `bad_response`. */
    readonly code: string,
    message: string,
    /** HTTP status; 0 when the server could not be reached. */
    readonly status: number,
  ) {
    super(message);
    this.name = "ApiError";
  }
}

/** Turns anything thrown into a code and a message a person can read. */
export function toProblem(error: unknown): { code: string; message: string } {
  if (error instanceof ApiError) return { code: error.code, message: error.message };
  if (error instanceof Error) return { code: "client_error", message: error.message };
  return { code: "client_error", message: String(error) };
}
