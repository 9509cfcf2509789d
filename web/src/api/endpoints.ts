// Typed functions for each /api/v1 route the app uses, grouped as the screens use them.
import type { Plan } from '@brightpath/core';

import type { ApiClient } from './client';
import type {
  Account,
  Draft,
  Household,
  HouseholdSummary,
  Invitation,
  Job,
  MayMove,
  PlanDocument,
  PlanSummary,
  Role,
  SavedVersion,
  SessionAnswer,
  VersionEntry,
} from './types';

const h = (household: string) => `/households/${encodeURIComponent(household)}`;
const p = (household: string, plan: string) => `${h(household)}/plans/${encodeURIComponent(plan)}`;
const j = (household: string, job: string) => `${h(household)}/jobs/${encodeURIComponent(job)}`;

export function endpoints(api: ApiClient) {
  const get = async <T>(path: string) => (await api.request<T>('GET', path)).body;
  const post = async <T>(path: string, body?: unknown, ifMatch?: number, signal?: AbortSignal) =>
    (await api.request<T>('POST', path, { body, ifMatch, signal })).body;
  const patch = async <T>(path: string, body: unknown) => (await api.request<T>('PATCH', path, { body })).body;
  const remove = async (path: string) => {
    await api.request<null>('DELETE', path);
  };
  const member = (household: string, account: string) => `${h(household)}/members/${encodeURIComponent(account)}`;

  return {
    auth: {
      signUp: (email: string, password: string) => post<SessionAnswer>('/auth/signup', { email, password }),
      signIn: (email: string, password: string) => post<SessionAnswer>('/auth/signin', { email, password }),
      signOut: () => post<null>('/auth/signout'),
      /** The signed-in account, or an ApiError 401 when nobody is. */
      me: () => get<Account>('/account'),
    },
    account: {
      /** Ends every other session of the account; this one stays signed in. */
      changePassword: (current: string, next: string) =>
        post<null>('/account/password', { current_password: current, new_password: next }),
      /** Deletes the account and the households only it belongs to (409 sole_owner while others depend on it). */
      remove: async (password: string) => {
        await api.request<null>('DELETE', '/account', { body: { password } });
      },
    },
    households: {
      list: async () => (await get<{ households: HouseholdSummary[] }>('/households')).households,
      create: (name: string) => post<HouseholdSummary>('/households', { name }),
      get: (household: string) => get<Household>(h(household)),
      invite: (household: string, role: Role = 'guardian') => post<Invitation>(`${h(household)}/invitations`, { role }),
      acceptInvitation: (token: string) => post<HouseholdSummary>(`/invitations/${encodeURIComponent(token)}/accept`),
      /** Everything the household holds, as one JSON file (owner): a link to it downloads the file. */
      exportUrl: (household: string) => api.url(`${h(household)}/export`),
      /** Deletes the household with every plan, version and solve, for every member (owner). */
      remove: (household: string) => remove(h(household)),
      rename: (household: string, name: string) => patch<Household>(h(household), { name }),
      /** Owners; 409 last_owner when the household would be left without one. */
      changeRole: (household: string, account: string, role: Role) => patch<Household>(member(household, account), { role }),
      /** Owners remove others; anyone may remove themselves (leave). 409 last_owner as above. */
      removeMember: (household: string, account: string) => remove(member(household, account)),
    },
    plans: {
      list: async (household: string) => (await get<{ plans: PlanSummary[] }>(`${h(household)}/plans`)).plans,
      create: (household: string, name: string, plan: Plan) => post<SavedVersion>(`${h(household)}/plans`, { name, plan }),
      get: (household: string, plan: string) => get<PlanDocument>(p(household, plan)),
      /** Saves the whole document as the version after `baseVersion` (409 version_conflict if it moved on). */
      save: (household: string, plan: string, document: Plan, baseVersion: number, signal?: AbortSignal) =>
        post<SavedVersion>(`${p(household, plan)}/versions`, document, baseVersion, signal),
      versions: async (household: string, plan: string) =>
        (await get<{ versions: VersionEntry[] }>(`${p(household, plan)}/versions`)).versions,
      version: (household: string, plan: string, version: number) =>
        get<PlanDocument>(`${p(household, plan)}/versions/${version}`),
      restore: (household: string, plan: string, version: number, baseVersion: number) =>
        post<SavedVersion>(`${p(household, plan)}/versions/${version}/restore`, undefined, baseVersion),
    },
    jobs: {
      /** `longer`: a budget (the server caps it at its longest) and a seed, for a search that goes on further. */
      solve: (household: string, plan: string, mayMove: MayMove, longer?: { timeBudgetMs: number; seed: number }) =>
        post<Job>(`${p(household, plan)}/solve`, {
          may_move: mayMove,
          ...(longer ? { time_budget_ms: longer.timeBudgetMs, seed: longer.seed } : {}),
        }),
      get: (household: string, job: string) => get<Job>(j(household, job)),
      /** The URL of the job's server-sent events (progress, then done). */
      eventsUrl: (household: string, job: string) => api.url(`${j(household, job)}/events`),
      cancel: (household: string, job: string) => post<Job>(`${j(household, job)}/cancel`),
      draft: (household: string, job: string) => get<Draft>(`${j(household, job)}/draft`),
      accept: (household: string, job: string, baseVersion: number) =>
        post<SavedVersion>(`${j(household, job)}/accept`, undefined, baseVersion),
      discard: (household: string, job: string) => post<Job>(`${j(household, job)}/discard`),
    },
  };
}

export type Endpoints = ReturnType<typeof endpoints>;
