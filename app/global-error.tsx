"use client";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  return (
    <html lang="id">
      <body style={{ fontFamily: "system-ui", textAlign: "center", padding: "6rem 1rem" }}>
        <h1>Terjadi kesalahan</h1>
        <p>Something went wrong. Silakan coba lagi.</p>
        <button onClick={reset}>Coba lagi / Try again</button>
      </body>
    </html>
  );
}
