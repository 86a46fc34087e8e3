"use client";
import { useEffect } from "react";

// Client boundary: no server translations here, so both languages are shown.
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  useEffect(() => console.error(error), [error]);
  return (
    <main id="main" className="mx-auto max-w-lg px-4 py-24 text-center">
      <p className="text-sm font-semibold text-red-700">500</p>
      <h1 className="mt-2 text-2xl font-semibold text-slate-900">Terjadi kesalahan</h1>
      <p className="mt-1 text-slate-600">Something went wrong. Data Anda tidak berubah; silakan coba lagi.</p>
      {error.digest && <p className="mt-2 text-xs text-slate-600">Kode: {error.digest}</p>}
      <button
        onClick={reset}
        className="mt-6 rounded-md bg-emerald-700 px-4 py-2 text-sm font-medium text-white hover:bg-emerald-800"
      >
        Coba lagi / Try again
      </button>
    </main>
  );
}
