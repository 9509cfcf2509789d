// Every saved version, newest first: who, when, how it was made, what the checks found; any
// one can be restored (stored again as the newest version).
import type { VersionEntry, VersionSource } from '../api';
import { useEffect, useState } from 'preact/hooks';

import { errorText, useServices } from './services';
import { checkWords } from './words';

const how: Record<VersionSource, string> = {
  create: 'created',
  save: 'saved',
  edits: 'edited',
  restore: 'restored',
  solve: 'auto-scheduled',
};


export function HistoryPanel(props: { household: string; plan: string; version: number; onRestore(version: number): Promise<void>; onClose(): void }) {
  const { api } = useServices();
  const [versions, setVersions] = useState<VersionEntry[]>();
  const [error, setError] = useState<string>();

  useEffect(() => {
    api.plans.versions(props.household, props.plan).then(setVersions, (e: unknown) => setError(errorText(e)));
  }, [api, props.household, props.plan, props.version]);

  return (
    <section class="panel history" aria-labelledby="history-title" data-testid="history">
      <h2 id="history-title">History</h2>
      {error && <p role="alert" class="error">{error}</p>}
      <ol>
        {versions?.map((v) => (
          <li key={v.version} data-version={v.version}>
            <span>Version {v.version}, {how[v.source]}{v.restored_from ? ` from version ${v.restored_from}` : ''}</span>
            <span> by {v.author?.email ?? 'someone no longer here'}</span>
            <time dateTime={v.created_at}> {new Date(v.created_at).toLocaleString()}</time>
            <span> · {checkWords(v.summary)}</span>
            {v.version !== props.version && (
              <button type="button" onClick={() => props.onRestore(v.version).catch((e: unknown) => setError(errorText(e)))}>
                Restore
              </button>
            )}
          </li>
        ))}
      </ol>
      <button type="button" onClick={props.onClose}>Close</button>
    </section>
  );
}
