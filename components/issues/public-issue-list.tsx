// Filled by the issue capability: the regency's public issues with their public timeline
// links, for the public regency page (/r/<slug>). Public fields only; no client JavaScript.
export async function PublicIssueList(_props: { regencyId: string; regencySlug: string }) {
  return null;
}
