import { readFileSync } from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

// public/sw.js runs in the phone's browser, where Playwright cannot hold a worker's own requests
// (only behind an experimental flag). Here it runs in a sandbox with a stand-in `self`, cache
// storage and network, so the decisions it takes on a slow link are checked one by one.

const ORIGIN = "https://mekar.example";
const ISSUE = `${ORIGIN}/issues/0b7c6a1e-2f4d-4c8e-9a1b-3c5d7e9f1a2b`;
const SOURCE = readFileSync(path.join(process.cwd(), "public/sw.js"), "utf8");

type FetchEvent = { request: Request; respondWith(r: Promise<Response>): void; waitUntil(p: Promise<unknown>): void };

/** The worker in a sandbox: its fetch handler, and a network the test answers by hand. */
function loadWorker() {
  const handlers = new Map<string, (e: unknown) => void>();
  const network: { request: Request; answer: (r: Response) => void; fail: (e: Error) => void }[] = [];
  const store = new Map<string, Map<string, Response>>();
  const caches = {
    open: async (name: string) => {
      if (!store.has(name)) store.set(name, new Map());
      const c = store.get(name)!;
      return {
        match: async (key: string | Request) => c.get(typeof key === "string" ? key : key.url)?.clone(),
        put: async (key: string | Request, r: Response) => void c.set(typeof key === "string" ? key : key.url, r),
        keys: async () => [...c.keys()].map((u) => new Request(u)),
        delete: async (key: string | Request) => c.delete(typeof key === "string" ? key : key.url),
      };
    },
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
  };
  const self = {
    location: { origin: ORIGIN },
    addEventListener: (type: string, fn: (e: unknown) => void) => handlers.set(type, fn),
    skipWaiting: () => {},
    clients: { claim: async () => {}, matchAll: async () => [] },
  };
  const fetch = (input: Request) =>
    new Promise<Response>((answer, fail) => network.push({ request: input, answer, fail }));
  vm.runInNewContext(SOURCE, {
    self,
    caches,
    fetch,
    indexedDB: undefined,
    Request,
    Response,
    Headers,
    URL,
    Map,
    Set,
    Promise,
    setTimeout,
    clearTimeout,
    console,
  });
  /** Dispatches a fetch event; resolves with what the worker answered (undefined: left to the network). */
  const dispatch = (request: Request) => {
    let answered: Promise<Response> | undefined;
    const event: FetchEvent = {
      request,
      respondWith: (r) => void (answered = r),
      waitUntil: () => {},
    };
    handlers.get("fetch")!(event);
    return answered;
  };
  return { dispatch, network, store };
}

/** A plain form post from a page whose script has not run (a navigation). */
function plainPost(url: string, fields: Record<string, string>) {
  const body = new FormData();
  for (const [k, v] of Object.entries(fields)) body.set(k, v);
  const request = new Request(url, { method: "POST", body });
  // Request objects made here have mode "cors"; the browser's form post is a navigation
  Object.defineProperty(request, "mode", { value: "navigate" });
  Object.defineProperty(request, "clone", {
    value: () => {
      const copy = new Request(url, { method: "POST", body });
      Object.defineProperty(copy, "mode", { value: "navigate" });
      return copy;
    },
  });
  return request;
}

describe("the service worker on a slow link", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it("still awaits a slow answer to a form on the issue page that is not a progress note", async () => {
    const sw = loadWorker();
    const answered = sw.dispatch(plainPost(ISSUE, { status: "closed", version: "3" }))!;
    expect(answered).toBeDefined();
    expect(sw.network).toHaveLength(1);
    let result: Response | undefined;
    void answered.then((r) => (result = r));
    // past the note's 15 s: a note would be kept on the phone; this form's post keeps waiting
    await vi.advanceTimersByTimeAsync(20_000);
    expect(result).toBeUndefined();
    sw.network[0].answer(new Response(null, { status: 303, headers: { Location: ISSUE } }));
    await vi.advanceTimersByTimeAsync(0);
    expect(result?.status).toBe(303);
    expect(result?.headers.get("Location")).toBe(ISSUE);
  });

  it("lets a failed post that is not a note fail as it would have", async () => {
    const sw = loadWorker();
    const answered = sw.dispatch(plainPost(ISSUE, { status: "closed" }))!;
    const outcome = answered.then(
      () => "answered",
      () => "failed",
    );
    sw.network[0].fail(new TypeError("Failed to fetch"));
    await vi.advanceTimersByTimeAsync(0);
    expect(await outcome).toBe("failed");
  });

  it("leaves a post elsewhere, and every GET outside the portal, to the network", () => {
    const sw = loadWorker();
    expect(sw.dispatch(plainPost(`${ORIGIN}/iso/audits/0b7c6a1e-2f4d-4c8e-9a1b-3c5d7e9f1a2b`, { a: "1" }))).toBe(
      undefined,
    );
    expect(sw.dispatch(new Request(`${ORIGIN}/r/pangandaran`))).toBe(undefined);
    expect(sw.dispatch(new Request(`${ORIGIN}/api/health`))).toBe(undefined);
    expect(sw.network).toHaveLength(0);
  });
});
