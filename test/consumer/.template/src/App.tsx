import {
  ErrorState,
  HankoMetadataInspector,
  JsonTree,
  MetadataInspector,
  ProfileCard,
  SynodicProfileCard,
  SynodicUsagePanel,
  UsagePanel,
} from 'react-user-metadata';
import { CACHED_USER, HANKO_RETRY_USER, HANKO_USER, OWNER, RETRY_USER } from './config';
import { pureError, pureMetadata, pureUser } from './fixtures';
import { HooksPanel } from './HooksPanel';

const repositoryHref = (repository: string) =>
  `https://example.com/${repository.split('/').map(encodeURIComponent).join('/')}`;

/** The page: every component of the library, fed by the server's cache, the mocks, or fixtures. */
export function App() {
  return (
    <main>
      <h1>react-user-metadata consumer</h1>
      <HooksPanel />

      <h2>Connected, from the server's cache</h2>
      <SynodicProfileCard
        data-testid="synodic-owner"
        username={OWNER}
        repositoryHref={repositoryHref}
        headingLevel={3}
      />
      <SynodicUsagePanel
        data-testid="synodic-usage"
        username={OWNER}
        limits={{ autotrain_units: 200, inference_frames: 50_000 }}
      />
      <SynodicProfileCard data-testid="synodic-cached" username={CACHED_USER} maxRepositories={2} />
      <HankoMetadataInspector data-testid="hanko-inspector" userId={HANKO_USER} defaultExpandDepth={0} height={240} />

      <h2>Connected, fetched in the browser (first request fails)</h2>
      <SynodicProfileCard data-testid="synodic-retry" username={RETRY_USER} query={{ retry: false }} />
      <HankoMetadataInspector data-testid="hanko-retry" userId={HANKO_RETRY_USER} query={{ retry: false }} />

      <h2>Pure, from props</h2>
      <ProfileCard data-testid="pure-profile" user={pureUser} username="fixture-user" locale="en-US" />
      <UsagePanel data-testid="pure-usage" user={pureUser} limits={{ models_trained: 1_000 }} locale="en-US" />
      <ErrorState data-testid="pure-error" error={pureError} onRetry={() => undefined} />
      <JsonTree data-testid="pure-json" value={pureMetadata.unsafe_metadata ?? {}} label="Unsafe metadata" />
      <MetadataInspector data-testid="pure-inspector" metadata={pureMetadata} />
    </main>
  );
}
