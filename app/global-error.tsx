"use client";

// Shown only when the root layout itself fails, so there is no locale and no translation file to
// read here: the message in Indonesian, then in English, each a whole sentence.
export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="id">
      <body style={{ fontFamily: "system-ui", textAlign: "center", padding: "6rem 1rem" }}>
        <h1>Terjadi kesalahan</h1>
        <p>Halaman ini tidak dapat ditampilkan. Silakan coba lagi.</p>
        <p lang="en">Something went wrong: this page could not be shown. Please try again.</p>
        <button onClick={reset}>
          Coba lagi · <span lang="en">Try again</span>
        </button>
      </body>
    </html>
  );
}
