// The two ways a call to the API fails. Offline handling (src/offline) must tell them apart:
// a NetworkError means "keep the change and try again later"; an ApiError is the server's
// answer and is shown or handled (409 version_conflict opens the conflict dialog).

/** The server answered with an error body {"error": {code, message, details}}. */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

/** No answer at all: offline, DNS, the server down, a dropped connection. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
  constructor(readonly cause?: unknown) {
    super('The server cannot be reached right now.');
  }
}

export const isConflict = (e: unknown): e is ApiError => e instanceof ApiError && e.code === 'version_conflict';
