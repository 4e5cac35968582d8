// Domain errors: a stable code each, never an HTTP status (only the error middleware knows those).

export type ErrorCode =
  | "invalid_argument"
  | "not_found"
  | "conflict"
  | "store_unavailable"
  | "read_only"
  | "forbidden_procedure"
  | "timeout"
  | "query_too_expensive"
  | "unauthorized"
  | "forbidden"
  | "too_many_requests"
  | "cypher_unavailable"
  | "cypher_syntax"
  | "not_implemented"
  | "payload_too_large"
  | "unsupported_media_type";

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Optional structured detail (e.g. a parameter name, a line and column). Safe to send. */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class InvalidArgumentError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("invalid_argument", message, details);
  }
}

export class NotFoundError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("not_found", message, details);
  }
}

export class ConflictError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("conflict", message, details);
  }
}

export class StoreUnavailableError extends DomainError {
  constructor(message: string, details?: Record<string, unknown>) {
    super("store_unavailable", message, details);
  }
}
