// "Invite a guardian" (edits the plans) or "Invite a viewer" (only looks: a grandparent, an
// evaluator): the server makes a single-use link (7 days) with that role; the parent copies
// it and sends it however the family talks.
import type { Invitation, Role } from '../api';
import { useState } from 'preact/hooks';

import { errorText, useServices } from './services';

export function InviteButton(props: { household: string }) {
  const { api } = useServices();
  const [invitation, setInvitation] = useState<Invitation>();
  const [copied, setCopied] = useState(false);
  const [error, setError] = useState<string>();

  const invite = async (role: Role) => {
    setError(undefined);
    try {
      setInvitation(await api.households.invite(props.household, role));
    } catch (e) {
      setError(errorText(e));
    }
  };
  const copy = async () => {
    if (!invitation) return;
    try {
      await navigator.clipboard.writeText(invitation.url);
      setCopied(true);
    } catch {
      setError('Copying was not allowed here; select the link and copy it by hand.');
    }
  };

  if (!invitation) {
    return (
      <>
        <button type="button" onClick={() => invite('guardian')}>Invite a guardian</button>
        <button type="button" onClick={() => invite('viewer')}>Invite a viewer</button>
        {error && <span role="alert" class="error">{error}</span>}
      </>
    );
  }
  return (
    <div class="invitation">
      <label>
        {invitation.role === 'viewer' ? 'Invitation link for a viewer' : 'Invitation link for a guardian'} (single use, 7 days)
        <input readOnly value={invitation.url} data-testid="invitation-link" onFocus={(e) => e.currentTarget.select()} />
      </label>
      <button type="button" onClick={copy}>{copied ? 'Copied' : 'Copy link'}</button>
      {error && <span role="alert" class="error">{error}</span>}
    </div>
  );
}
