import type { AppContext } from '../platform/context.ts';
import { listTerms } from '../terms/index.ts';
import { storedScope, type Viewer } from './access.ts';
import type { TermsListingView, TermsVersionView } from './api-schemas.ts';
import { type LoadedTerms, type LoadedVersion, loadTerms, pickVersion } from './load-terms.ts';
import * as store from './store.ts';

/** Reading terms: the listing a viewer may see, and one version as the API shows it. */

export async function listTermsFor(ctx: AppContext, viewer: Viewer): Promise<TermsListingView[]> {
  const builtIns: TermsListingView[] = listTerms().map((listing) => ({
    provider: listing.provider,
    name: listing.name,
    builtIn: true,
    ownerProviderId: null,
    versions: listing.versions.map((v) => ({ ...v, basedOn: null, createdAt: null })),
  }));
  // Keys are unique per provider: the platform admin may see two providers' terms of one name.
  const byKey = new Map<string, TermsListingView>();
  for (const row of await store.listVersions(ctx.db, storedScope(viewer))) {
    const listingKey = `${row.providerId} ${row.key}`;
    let listing = byKey.get(listingKey);
    if (!listing) {
      listing = {
        provider: row.key,
        name: row.key,
        builtIn: false,
        ownerProviderId: row.providerId,
        versions: [],
      };
      byKey.set(listingKey, listing);
    }
    // The name customers know is the latest version's (rows come oldest first).
    const name = (row.document as { name?: unknown } | null)?.name;
    if (typeof name === 'string') listing.name = name;
    listing.versions.push({
      version: row.version,
      effectiveFrom: row.effectiveFrom,
      basedOn: row.basedOn,
      createdAt: row.createdAt.toISOString(),
    });
  }
  return [...builtIns, ...[...byKey.values()].sort((a, b) => a.provider.localeCompare(b.provider))];
}

export function view(loaded: LoadedTerms, version: LoadedVersion): TermsVersionView {
  return {
    provider: loaded.key,
    version: version.terms.version,
    effectiveFrom: version.terms.effectiveFrom,
    builtIn: loaded.builtIn,
    ownerProviderId: loaded.ownerProviderId,
    basedOn: version.basedOn,
    createdAt: version.createdAt ? version.createdAt.toISOString() : null,
    document: version.terms,
  };
}

export async function getTermsVersionView(
  ctx: AppContext,
  viewer: Viewer,
  key: string,
  version: string,
): Promise<TermsVersionView> {
  const loaded = await loadTerms(ctx, viewer, key);
  return view(loaded, pickVersion(loaded, version, ''));
}
