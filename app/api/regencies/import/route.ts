import { postRegencyImport } from "@/lib/regencies/import-route";

// The regency CSV import sent with upload progress (components/regencies/import-form.tsx).
export async function POST(request: Request) {
  return postRegencyImport(request);
}
