import { type ApiError, type StandardSchemaV1, useHankoMetadata, useSynodicUser } from 'react-user-metadata';
import { HANKO_USER, OWNER } from './config';

/** The app's own shape for Hanko public metadata, checked by a hand-written Standard Schema. */
export const teamMetadataSchema: StandardSchemaV1<unknown, { role: string }> = {
  '~standard': {
    version: 1,
    vendor: 'consumer-app',
    validate: (value) =>
      typeof value === 'object' && value !== null && typeof (value as { role?: unknown }).role === 'string'
        ? { value: value as { role: string } }
        : { issues: [{ message: 'role must be a string', path: ['role'] }] },
  },
};

/** How the app words an error: narrowing by kind gives each kind's own fields. */
export function describeError(error: ApiError): string {
  if (error.is('http')) return `HTTP ${error.status}${error.serverMessage ? `: ${error.serverMessage}` : ''}`;
  if (error.is('validation')) return `invalid data at ${error.issues.map((issue) => issue.path).join(', ')}`;
  if (error.is('parse')) return `not JSON (${error.contentType ?? 'no content type'})`;
  return error.message;
}

/** Hooks used directly, with `select` narrowing the data. */
export function HooksPanel() {
  const repositories = useSynodicUser(OWNER, { query: { select: (user) => user.repositories.length } });
  const role = useHankoMetadata(HANKO_USER, {
    schemas: { public_metadata: teamMetadataSchema },
    query: { select: (metadata) => metadata?.public_metadata?.role ?? 'none' },
  });
  return (
    <dl data-testid="hooks-panel">
      <dt>Repositories of {OWNER}</dt>
      <dd data-testid="repository-count">
        {repositories.error ? describeError(repositories.error) : (repositories.data ?? '…')}
      </dd>
      <dt>Role</dt>
      <dd data-testid="hanko-role">{role.error ? describeError(role.error) : (role.data ?? '…')}</dd>
    </dl>
  );
}
