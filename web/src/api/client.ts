// The one place that talks HTTP to /api/v1. Browsers are signed in by the server's HttpOnly
// cookies; every request that changes something repeats the readable bp_csrf cookie in
// X-CSRF-Token (docs/server.md, "Sessions"). An expired access token (401) is renewed once
// through /auth/refresh and the request repeated.
import { ApiError, NetworkError } from './errors';

export interface RequestOptions {
  body?: unknown;
  /** The plan version a save is based on; sent as If-Match: "<n>". */
  ifMatch?: number;
  signal?: AbortSignal;
}

export interface Answer<T> {
  status: number;
  body: T;
  /** The version in ETag, for reads of a plan. */
  etag?: number;
}

export type Fetch = typeof fetch;

export function csrfToken(cookies: string): string | undefined {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === 'bp_csrf') return value.join('=');
  }
  return undefined;
}

const unsafe = (method: string) => method !== 'GET' && method !== 'HEAD';

export class ApiClient {
  constructor(
    readonly base: string,
    private readonly fetchImpl: Fetch = (...args) => fetch(...args),
    private readonly cookies: () => string = () => (typeof document === 'undefined' ? '' : document.cookie),
  ) {}

  /** Called when the session has ended (a 401 that a refresh could not cure), e.g. to show sign-in. */
  onSessionEnded: (() => void) | undefined;

  async request<T>(method: string, path: string, options: RequestOptions = {}): Promise<Answer<T>> {
    let res = await this.send(method, path, options);
    if (res.status === 401 && !path.startsWith('/auth/')) {
      if (await this.refresh()) res = await this.send(method, path, options);
      if (res.status === 401) this.onSessionEnded?.();
    }
    return this.read<T>(res);
  }

  private refreshing: Promise<boolean> | undefined;

  /**
   * Renews the access token from the refresh cookie; false when the session has ended.
   * Requests that fail together share one refresh: each refresh token works once, and the
   * server ends the session when a used one comes again.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.send('POST', '/auth/refresh', {})
      .then((res) => res.ok, () => false)
      .finally(() => { this.refreshing = undefined; });
    return this.refreshing;
  }

  /** Whether the server answers at all (used by the offline retry). */
  async reachable(signal?: AbortSignal): Promise<boolean> {
    try {
      await this.fetchImpl(this.url('/openapi.json'), { method: 'HEAD', cache: 'no-store', signal });
      return true;
    } catch {
      return false;
    }
  }

  url(path: string): string {
    return this.base.replace(/\/$/, '') + path;
  }

  private async send(method: string, path: string, options: RequestOptions): Promise<Response> {
    const headers: Record<string, string> = {};
    if (unsafe(method)) {
      const token = csrfToken(this.cookies());
      if (token) headers['X-CSRF-Token'] = token;
    }
    let body: string | undefined;
    if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['Content-Type'] = 'application/json';
    } else if (unsafe(method)) {
      body = '';  // the server wants a Content-Length on every POST, even 0
    }
    if (options.ifMatch !== undefined) headers['If-Match'] = `"${options.ifMatch}"`;
    try {
      return await this.fetchImpl(this.url(path), {
        method,
        headers,
        body,
        credentials: 'include',
        cache: 'no-store',
        signal: options.signal,
      });
    } catch (e) {
      if (options.signal?.aborted) throw e;
      throw new NetworkError(e);
    }
  }

  private async read<T>(res: Response): Promise<Answer<T>> {
    let text: string;
    try {
      text = await res.text();
    } catch (e) {
      throw new NetworkError(e);
    }
    let json: unknown = null;
    if (text) {
      try {
        json = JSON.parse(text);
      } catch {
        json = null;
      }
    }
    if (!res.ok) {
      const error = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
      throw new ApiError(res.status, error?.code ?? 'http_' + res.status, error?.message ?? `The server answered ${res.status}.`, error?.details);
    }
    const tag = res.headers.get('ETag')?.match(/^(?:W\/)?"(\d+)"$/);
    return { status: res.status, body: json as T, etag: tag ? Number(tag[1]) : undefined };
  }
}
