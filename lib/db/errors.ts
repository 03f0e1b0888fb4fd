// Typed failures of the data layer. Routes map them to 404 / 403 / 409 / 422.

export class NotFoundError extends Error {
  readonly status = 404;
  constructor(what = "Not found") {
    super(what);
    this.name = "NotFoundError";
  }
}

export class ForbiddenError extends Error {
  readonly status = 403;
  constructor(message = "You do not have permission to do that") {
    super(message);
    this.name = "ForbiddenError";
  }
}

export class ConflictError extends Error {
  readonly status = 409;
  constructor(message: string, readonly current?: unknown) {
    super(message);
    this.name = "ConflictError";
  }
}

export type FieldErrors = Record<string, string>;

export class ValidationError extends Error {
  readonly status = 422;
  constructor(readonly fieldErrors: FieldErrors, message = "Check the values you entered") {
    super(message);
    this.name = "ValidationError";
  }
}

export class UnauthenticatedError extends Error {
  readonly status = 401;
  constructor() {
    super("Sign in to continue");
    this.name = "UnauthenticatedError";
  }
}

export type DataError = NotFoundError | ForbiddenError | ConflictError | ValidationError | UnauthenticatedError;

export function isDataError(e: unknown): e is DataError {
  return (
    e instanceof NotFoundError ||
    e instanceof ForbiddenError ||
    e instanceof ConflictError ||
    e instanceof ValidationError ||
    e instanceof UnauthenticatedError
  );
}
