// Filled by the strategic-humas capability: the published pieces of a regency on its public
// page (/r/<slug>). Public fields only; no client JavaScript.
export async function PublicRegencyUpdates(_props: { regencyId: string; regencySlug: string; page?: number }) {
  return null;
}
