export { ApiClient, csrfToken } from './client';
export type { Answer, Fetch, RequestOptions } from './client';
export { endpoints } from './endpoints';
export type { Endpoints } from './endpoints';
export { ApiError, NetworkError, isConflict } from './errors';
export * from './types';
