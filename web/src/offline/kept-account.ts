// The signed-in account as last confirmed by the server, kept so the app can start without a
// network (the header shows who is signed in; the plan screen opens the kept plan). The
// server still decides: the first request once the connection returns checks the session.
import type { Account } from '../api';
import type { KeyValueStorage } from './kept-document';

const key = 'brightpath:account';

export function keepAccount(storage: KeyValueStorage, account: Account): void {
  try {
    storage.setItem(key, JSON.stringify({ id: account.id, email: account.email }));
  } catch {
    /* without it the app only cannot start offline */
  }
}

export function keptAccount(storage: KeyValueStorage): Account | undefined {
  try {
    const account = JSON.parse(storage.getItem(key) ?? 'null') as Account | null;
    return typeof account?.id === 'string' && typeof account.email === 'string' ? account : undefined;
  } catch {
    return undefined;
  }
}

export function forgetAccount(storage: KeyValueStorage): void {
  try {
    storage.removeItem(key);
  } catch {
    /* nothing kept */
  }
}
