// What every screen needs from outside: the API and the browser's storage, given once by
// main.tsx (tests of a screen can give fakes).
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';

import type { ApiClient, Endpoints } from '../api';
import type { KeyValueStorage } from '../offline';

export interface Services {
  client: ApiClient;
  api: Endpoints;
  storage: KeyValueStorage;
}

export const ServicesContext = createContext<Services | null>(null);

export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <ServicesContext.Provider>');
  return services;
}

/** An error in words for a parent: the server's message, or what to do when there was no answer. */
export function errorText(error: unknown): string {
  if (error instanceof Error && error.name === 'NetworkError') return 'The server cannot be reached. Check the connection and try again.';
  return error instanceof Error ? error.message : String(error);
}
