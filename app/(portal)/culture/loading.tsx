import { PageSkeleton } from "@/components/ui/skeleton";
import { getT } from "@/lib/i18n/server";

// Shown at once while this section's page runs its queries (a slow link, a busy database).
export default async function Loading() {
  const t = await getT();
  return <PageSkeleton label={t("common.loading")} />;
}
