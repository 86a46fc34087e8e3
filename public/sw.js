// Mekar's service worker (issue 17): portal pages an official opened stay readable offline, and
// build assets load from the phone. Registered by components/offline/offline-support.tsx from the
// portal layout only. Plain JS, no build step. What it never does: answer anything but GET (one
// exception: a progress note posted by a page not yet running its script, see postNote), keep a
// public page, an /api/ response, a redirect or an error page, or keep a copy past a logout or a
// sign-in by someone else (then everything here is dropped, and the queued notes with it).
"use strict";

var PAGES = "mekar-pages-v1"; // copies of portal pages: private, dropped on logout
var STATIC = "mekar-static-v1"; // /_next/static: content-hashed names, never change
var META = "mekar-meta-v1"; // whose copies these are
var QUEUE_DB = "mekar-offline"; // the notes queued on this phone (components/offline/note-queue.ts)
var MAX_PAGES = 20; // the last pages visited, besides the pinned ones
var SAVED_AT = "x-mekar-saved-at";
// an issue page: its progress-note form posts here when the page's script has not run yet
var ISSUE_PAGE = /^\/issues\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;
// a note posted without an answer in this time is kept on the phone (the resend is harmless)
var NOTE_TIMEOUT_MS = 15000;

// Portal sections whose pages are kept; a page for writing (new, edit), an export or a print
// view is not, nor the account, admin and audit pages.
var PORTAL = /^\/(dashboard|issues|overview|notifications|regencies|iso|publications|workshops|aspirations|culture)(\/|$)/;
var NOT_KEPT = /\/(new|edit|export|print|import|report)(\/|$)|\.(csv|xlsx|pdf|png|jpg|json|xml)$/;
// the desk and the issue list are kept whatever else is visited
var PINNED = ["/dashboard", "/issues"];

/** Copies served from the phone, by the window they were served to: the page asks (see "copy?"). */
var copies = new Map();
/** Issue pages a note was just kept on the phone for: their next opening is the kept copy. */
var queuedFor = new Set();

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(
    caches
      .keys()
      .then(function (keys) {
        return Promise.all(
          keys
            .filter(function (k) {
              return k.indexOf("mekar-") === 0 && [PAGES, STATIC, META].indexOf(k) < 0;
            })
            .map(function (k) {
              return caches.delete(k);
            }),
        );
      })
      .then(function () {
        return self.clients.claim();
      }),
  );
});

function keptPage(url) {
  return url.origin === self.location.origin && PORTAL.test(url.pathname) && !NOT_KEPT.test(url.pathname);
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === "POST" && request.mode === "navigate" && ISSUE_PAGE.test(url.pathname)) {
    event.respondWith(postNote(event, url));
    return;
  }
  if (request.method !== "GET") return;
  if (url.pathname.indexOf("/_next/static/") === 0) {
    event.respondWith(fromPhoneFirst(request));
    return;
  }
  if (request.mode === "navigate" && url.pathname === "/login") {
    // signed out (or the session ended): the copies go once the login page answers. Notes still
    // queued stay for the same user to send after signing in again (another user drops them).
    event.respondWith(
      fetch(request).then(function (response) {
        if (response.ok) event.waitUntil(caches.delete(PAGES));
        return response;
      }),
    );
    return;
  }
  if (request.mode === "navigate" && keptPage(url)) event.respondWith(networkFirst(event, url));
  // anything else (public pages, /api/, the framework's own page requests) goes to the network as it would
});

function fromPhoneFirst(request) {
  return caches.open(STATIC).then(function (cache) {
    return cache.match(request).then(function (hit) {
      if (hit) return hit;
      return fetch(request).then(function (response) {
        if (response.ok && response.type === "basic") cache.put(request, response.clone());
        return response;
      });
    });
  });
}

/**
 * A progress note posted the plain way (the page's script had not run yet: a slow link, or a
 * page opened offline) that gets no answer: instead of the browser's "no connection" page and a
 * lost text, the note goes into the phone's queue (the same IndexedDB store and shape as
 * components/offline/note-queue.ts, the form's own one-time key, the issue version the kept copy
 * shows) and the issue page opens again from the phone, where the note waits under "Catatan di
 * ponsel ini" and is sent when the link returns. Any other form, or a note with no signed-in
 * user known here, fails as it would have.
 */
function postNote(event, url) {
  var copy = event.request.clone();
  var issueId = ISSUE_PAGE.exec(url.pathname)[1];
  var sent = fetch(event.request);
  return within(sent, NOTE_TIMEOUT_MS).catch(function (error) {
    return copy
      .formData()
      .then(function (form) {
        var body = String(form.get("body") || "").trim();
        var key = String(form.get("idempotencyKey") || "");
        if (!body || form.get("issueId") !== issueId || !key) throw error;
        return Promise.all([signedInUser(), keptVersion(url)]).then(function (found) {
          if (!found[0]) throw error;
          return putNote({
            key: key,
            userId: found[0],
            issueId: issueId,
            version: found[1],
            body: body,
            percentDone: String(form.get("percentDone") || ""),
            isPublic: form.get("isPublic") === "on",
            writtenAt: new Date().toISOString(),
            state: "pending",
          });
        });
      })
      .then(
        function () {
          queuedFor.add(url.pathname);
          return Response.redirect(url.href, 303);
        },
        function () {
          // not a note (an evidence upload without script, say): a slow answer is still awaited,
          // only a failed one fails
          return sent;
        },
      );
  });
}

function within(promise, ms) {
  return new Promise(function (resolve, reject) {
    var timer = setTimeout(function () {
      reject(new Error("no answer in time"));
    }, ms);
    promise.then(
      function (r) {
        clearTimeout(timer);
        resolve(r);
      },
      function (e) {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

function signedInUser() {
  return caches.open(META).then(function (meta) {
    return meta.match(self.location.origin + "/__mekar/user").then(function (hit) {
      return hit ? hit.text() : null;
    });
  });
}

/** The issue version the kept copy of its page shows (components/offline/queued-notes.tsx); none: no check. */
function keptVersion(url) {
  return caches
    .open(PAGES)
    .then(function (cache) {
      return cache.match(pageKey(url), { ignoreVary: true });
    })
    .then(function (hit) {
      return hit ? hit.text() : "";
    })
    .then(function (html) {
      var m = /data-version="(\d+)"/.exec(html);
      return m ? Number(m[1]) : undefined;
    });
}

function putNote(note) {
  return new Promise(function (resolve, reject) {
    var open = indexedDB.open(QUEUE_DB, 1);
    open.onupgradeneeded = function () {
      open.result.createObjectStore("notes", { keyPath: "key" });
    };
    open.onerror = function () {
      reject(open.error);
    };
    open.onsuccess = function () {
      var db = open.result;
      var tx = db.transaction("notes", "readwrite");
      tx.objectStore("notes").put(note);
      tx.oncomplete = function () {
        db.close();
        resolve();
      };
      tx.onerror = tx.onabort = function () {
        db.close();
        reject(tx.error);
      };
    };
  });
}

function pageKey(url) {
  return url.origin + url.pathname + url.search;
}

function networkFirst(event, url) {
  var key = pageKey(url);
  var afterNote = queuedFor.delete(url.pathname);
  // just after a note was kept on the phone (no link, or none in time), the copy at once
  var network = afterNote ? Promise.reject(new Error("a note was just queued")) : fetch(event.request);
  return network.then(
    function (response) {
      if (
        response.status === 200 &&
        response.type === "basic" &&
        !response.redirected &&
        /text\/html/.test(response.headers.get("content-type") || "")
      ) {
        event.waitUntil(keep(key, response.clone()));
      }
      return response;
    },
    function (error) {
      return caches.open(PAGES).then(function (cache) {
        return cache.match(key, { ignoreVary: true }).then(function (hit) {
          if (!hit) throw error;
          if (event.resultingClientId) {
            copies.set(event.resultingClientId, {
              savedAt: hit.headers.get(SAVED_AT),
              // the page says "kept on the phone" for the note it was opened after
              queued: afterNote ? ISSUE_PAGE.exec(url.pathname)[1] : null,
            });
            if (copies.size > 50) copies.delete(copies.keys().next().value);
          }
          return hit;
        });
      });
    },
  );
}

function keep(key, response) {
  return response.blob().then(function (body) {
    var headers = new Headers(response.headers);
    headers.set(SAVED_AT, new Date().toISOString());
    var copy = new Response(body, { status: 200, statusText: response.statusText, headers: headers });
    return caches.open(PAGES).then(function (cache) {
      // the newest last: delete first so a revisit moves to the end of the keys
      return cache
        .delete(key, { ignoreVary: true })
        .then(function () {
          return cache.put(key, copy);
        })
        .then(function () {
          return trim(cache);
        });
    });
  });
}

function trim(cache) {
  return cache.keys().then(function (requests) {
    var ordinary = requests.filter(function (r) {
      var u = new URL(r.url);
      return !(PINNED.indexOf(u.pathname) >= 0 && !u.search);
    });
    var excess = ordinary.slice(0, Math.max(0, ordinary.length - MAX_PAGES));
    return Promise.all(
      excess.map(function (r) {
        return cache.delete(r);
      }),
    );
  });
}

function dropEverything() {
  copies.clear();
  return Promise.all([
    caches.delete(PAGES),
    caches.delete(META),
    new Promise(function (resolve) {
      var req = indexedDB.deleteDatabase(QUEUE_DB);
      req.onsuccess = req.onerror = req.onblocked = function () {
        resolve();
      };
    }),
  ]);
}

/** The page says who is signed in: copies and queued notes of anyone else are dropped first. */
function signedIn(userId) {
  var key = self.location.origin + "/__mekar/user";
  return caches.open(META).then(function (meta) {
    return meta.match(key).then(function (hit) {
      return (hit ? hit.text() : Promise.resolve(null)).then(function (previous) {
        if (previous === userId) return false;
        return (previous === null ? Promise.resolve() : dropEverything())
          .then(function () {
            return caches.open(META);
          })
          .then(function (fresh) {
            return fresh.put(key, new Response(userId));
          })
          .then(function () {
            return previous !== null;
          });
      });
    });
  });
}

self.addEventListener("message", function (event) {
  var data = event.data || {};
  var source = event.source;
  if (data.type === "copy?" && source) {
    var served = copies.get(source.id);
    source.postMessage({
      type: "copy",
      savedAt: served ? served.savedAt : null,
      queued: served ? served.queued : null,
    });
  } else if (data.type === "user" && typeof data.id === "string") {
    event.waitUntil(
      signedIn(data.id).then(function (switched) {
        if (source) source.postMessage({ type: "user", switched: switched });
      }),
    );
  } else if (data.type === "warm" && Array.isArray(data.urls)) {
    // the build assets the page loaded before this worker took control: kept for offline use
    event.waitUntil(
      caches.open(STATIC).then(function (cache) {
        return Promise.all(
          data.urls
            .filter(function (u) {
              return typeof u === "string" && new URL(u, self.location.origin).pathname.indexOf("/_next/static/") === 0;
            })
            .map(function (u) {
              return cache.match(u).then(function (hit) {
                return hit || cache.add(u).catch(function () {});
              });
            }),
        );
      }),
    );
  } else if (data.type === "logout") {
    event.waitUntil(dropEverything());
  }
});
