import type { MetadataRoute } from "next";
import { translatorFor } from "@/lib/i18n/server";

// Installable on a phone's home screen (issue 17): opens on the official's desk, in Indonesian.
export default function manifest(): MetadataRoute.Manifest {
  const t = translatorFor("id");
  return {
    name: "Mekar",
    short_name: "Mekar",
    description: t("offline.manifest.description"),
    lang: "id",
    start_url: "/dashboard",
    scope: "/",
    display: "standalone",
    background_color: "#ffffff",
    theme_color: "#047857",
    icons: [
      { src: "/icons/mekar-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icons/mekar-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      { src: "/icons/mekar-maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
    ],
  };
}
