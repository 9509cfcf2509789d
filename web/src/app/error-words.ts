// What went wrong with an account or a household's people, in a parent's words: the
// server's messages name fields and codes for API users ("current_password is wrong");
// here they say what the parent typed or can do about it.
import { ApiError, type HouseholdSummary } from '../api';

import { errorText } from './services';

/**
 * `households`: the parent's households, to name the ones a deletion waits on (409
 * `sole_owner` lists their ids).
 */
export function parentErrorText(error: unknown, households: HouseholdSummary[] = []): string {
  if (!(error instanceof ApiError)) return errorText(error);
  switch (error.code) {
    case 'invalid_credentials':
      return error.status === 403 && (error.details as { field?: string } | undefined)?.field === 'current_password'
        ? 'The current password is not right.'
        : 'That password is not right.';
    case 'last_owner':
      return 'A household needs an owner: make someone else an owner first.';
    case 'weak_password':
      return 'A password needs 10 or more characters.';
    case 'sole_owner': {
      const ids = (error.details as { households?: unknown } | undefined)?.households;
      const names = Array.isArray(ids)
        ? ids.map((id) => households.find((h) => h.id === id)?.name).filter((n): n is string => !!n)
        : [];
      const which = names.length > 0 ? names.join(', ') : 'a household';
      return `You are the only owner of ${which}, which other people belong to. Make one of them an owner, or delete the household, first.`;
    }
    default:
      return errorText(error);
  }
}
