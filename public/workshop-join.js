// Mekar participant page: follows the live session over SSE, sends answers with a local
// outbox that survives going offline. Vanilla JS, no inline code; never uses innerHTML with
// text a person typed (server fragments are escaped HTML from our own origin).
(function () {
  "use strict";
  var body = document.body;
  var code = body.getAttribute("data-code");
  if (!code || !window.fetch) return;
  var S = {};
  try { S = JSON.parse(body.getAttribute("data-i18n") || "{}"); } catch (e) { /* keep defaults */ }
  var conn = document.getElementById("conn");
  var outboxEl = document.getElementById("outbox");
  var KEY = "mekar-outbox-" + code;
  var base = "/api/workshops/join/" + code;

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16); crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }
  function say(el, text, cls) { if (!el) return; el.textContent = text || ""; el.className = text ? "msg " + (cls || "") : ""; }
  function load() { try { return JSON.parse(localStorage.getItem(KEY) || "[]"); } catch (e) { return []; } }
  function save(q) { try { localStorage.setItem(KEY, JSON.stringify(q)); } catch (e) { /* private mode: memory only */ } }
  function currentId() { var s = document.getElementById("act"); return s ? s.getAttribute("data-activity") : ""; }

  // ---- fragment refresh (the server renders, escaped) ----
  var refreshing = null;
  function refresh(onlyQuestions) {
    if (refreshing) return refreshing;
    refreshing = fetch("/join/" + code + "?part=activity", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { return r.ok ? r.text() : Promise.reject(r.status); })
      .then(function (htmlText) {
        var tpl = document.createElement("template");
        tpl.innerHTML = htmlText;
        var next = tpl.content.getElementById("act");
        var cur = document.getElementById("act");
        if (!next || !cur) return;
        var typing = cur.querySelector("textarea, input[name=text]");
        // a culture form being filled in (public/culture-form.js marks it) is busy as well
        var busy = cur.querySelector(".cv[data-touched]") !== null || (typing && (typing.value || document.activeElement === typing));
        if (onlyQuestions && busy && next.getAttribute("data-activity") === cur.getAttribute("data-activity")) {
          var q = next.querySelector("#questions"), oldQ = cur.querySelector("#questions");
          if (q && oldQ) oldQ.replaceWith(q);
        } else if (!(busy && next.getAttribute("data-activity") === cur.getAttribute("data-activity"))) {
          var sent = cur.querySelector("#sent");
          cur.replaceWith(next);
          if (sent && sent.textContent) say(document.getElementById("sent"), sent.textContent, "ok");
        }
      })
      .catch(function () {})
      .then(function () { refreshing = null; });
    return refreshing;
  }
  var qTimer = null;
  function refreshQuestionsSoon() {
    if (qTimer) return;
    qTimer = setTimeout(function () { qTimer = null; refresh(true); }, 500 + Math.random() * 1000);
  }

  // ---- results shown live ----
  function showResults(p) {
    if (!p || p.activityId !== currentId() || !p.results) return;
    var sec = document.getElementById("results");
    if (!sec) return refresh(false);
    var r = p.results;
    var total = sec.querySelector("[data-total]");
    if (total) total.textContent = String(r.total);
    if (r.counts) r.counts.forEach(function (n, i) {
      var bar = sec.querySelector('progress[data-i="' + i + '"]'), c = sec.querySelector('[data-c="' + i + '"]');
      if (bar) { bar.max = Math.max(1, r.total); bar.value = n; }
      if (c) c.textContent = String(n);
    });
    if (r.ranking) {
      // reorder the options' rows (each keeps its escaped label) by the new Borda points
      var ol = sec.querySelector(".rank");
      if (ol) r.ranking.forEach(function (row) {
        var li = ol.querySelector('[data-o="' + row.option + '"]');
        if (!li) return;
        var p = li.querySelector("[data-p]");
        if (p) p.textContent = String(row.points);
        ol.appendChild(li);
      });
    }
    if (r.words) {
      var ul = sec.querySelector(".cloud");
      if (!ul) return;
      var top = r.words.length ? r.words[0][1] : 1;
      while (ul.firstChild) ul.removeChild(ul.firstChild);
      r.words.forEach(function (w) { var li = document.createElement("li"); li.textContent = w[0]; li.className = "s" + Math.ceil((w[1] / top) * 4); ul.appendChild(li); });
    }
  }

  // ---- outbox: a submission waits in localStorage until the server confirms it ----
  var flushing = false;
  function showOutbox() {
    var n = load().length;
    say(outboxEl, n ? S.queued : "", "warn");
  }
  function flush() {
    if (flushing) return;
    var q = load();
    if (!q.length) return showOutbox();
    flushing = true;
    var item = q[0];
    fetch(item.url, { method: "POST", credentials: "same-origin", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(item.body) })
      .then(function (r) {
        if (r.status === 503) {
          // the server is busy (a whole room answering at once): keep it queued, try again shortly
          flushing = false;
          showOutbox();
          setTimeout(flush, 1000 + Math.random() * 3000);
          return;
        }
        return r.json().catch(function () { return {}; }).then(function (data) {
          var rest = load().filter(function (x) { return x.id !== item.id; });
          save(rest);
          var msgEl = document.getElementById("sent");
          if (r.ok) say(msgEl, S.sent, "ok"); else say(msgEl, data.error || S.failed, "err");
          flushing = false;
          if (r.ok) refresh(false);
          flush();
        });
      }, function () {
        flushing = false;
        showOutbox();
      });
  }

  document.addEventListener("submit", function (ev) {
    var form = ev.target;
    if (!form || !form.classList || !(form.classList.contains("entry") || form.classList.contains("upvote"))) return;
    ev.preventDefault();
    var fd = new FormData(form);
    var b = {};
    fd.forEach(function (v, k) {
      if (k === "choices" || k === "ranks" || k === "now" || k === "preferred") { (b[k] = b[k] || []).push(Number(v)); }
      else if (k === "scale") b.scale = Number(v);
      else b[k] = v;
    });
    if (form.classList.contains("entry")) b.clientId = uuid();
    var cv = form.querySelector(".cv");
    if (cv) cv.removeAttribute("data-touched"); // sent: the page may show the answer as recorded
    var q = load();
    q.push({ id: uuid(), url: form.getAttribute("action"), body: b });
    save(q);
    var t = form.querySelector("textarea, input[name=text]");
    if (t) t.value = "";
    var btn = form.querySelector("button");
    if (btn && form.classList.contains("upvote")) btn.disabled = true;
    say(document.getElementById("sent"), navigator.onLine === false ? S.queued : S.sending, "");
    flush();
  });
  window.addEventListener("online", flush);

  // ---- the facilitator's countdown: ticks here; at zero the page is asked again (that request closes it) ----
  var askedAt = 0;
  function tick() {
    var el = document.getElementById("timer");
    if (!el) return;
    var ends = Date.parse(el.getAttribute("data-ends") || "");
    var serverNow = Date.parse(el.getAttribute("data-now") || "");
    if (isNaN(ends)) return;
    if (!el.hasAttribute("data-skew")) el.setAttribute("data-skew", String(isNaN(serverNow) ? 0 : serverNow - Date.now()));
    var left = Math.max(0, Math.ceil((ends - (Date.now() + Number(el.getAttribute("data-skew")))) / 1000));
    var out = el.querySelector("[data-left]");
    var m = Math.floor(left / 60), sec = left % 60;
    if (out) out.textContent = left > 0 ? (S.timeLeft || "") + " " + m + ":" + (sec < 10 ? "0" : "") + sec : (S.timeUp || "0:00");
    // at zero, ask again (every few seconds while the server still counts it open)
    if (left === 0 && Date.now() - askedAt > 3000) {
      askedAt = Date.now();
      setTimeout(function () { refresh(false); }, 300);
    }
  }
  setInterval(tick, 1000);
  tick();

  // ---- live stream ----
  if (window.EventSource) {
    // EventSource reconnects by itself after a dropped connection, but gives up for good when an
    // answer is not a stream (a busy server's 503): then open it again after a pause, from the
    // last event seen (?lastEventId=), so nothing shown in between is missed.
    var lastId = "", pause = 2000;
    var follow = function (e) { if (e.lastEventId) lastId = e.lastEventId; };
    var open = function () {
      var es = new EventSource(base + "/stream" + (lastId ? "?lastEventId=" + encodeURIComponent(lastId) : ""));
      es.onopen = function () { pause = 2000; say(conn, S.online, "ok"); flush(); };
      es.onerror = function () {
        say(conn, S.offline, "warn");
        if (es.readyState === 2) {
          es.close();
          setTimeout(open, pause);
          pause = Math.min(pause * 2, 30000);
        }
      };
      es.addEventListener("state", function (e) {
        var s = JSON.parse(e.data);
        var cur = document.getElementById("act");
        var isOpen = cur && cur.querySelector("form.entry") !== null;
        if ((s.activityId || "") !== currentId() || (!!s.open !== isOpen && !s.locked)) refresh(false);
      });
      ["activity", "session"].forEach(function (type) { es.addEventListener(type, function (e) { follow(e); refresh(false); }); });
      es.addEventListener("results", function (e) { follow(e); showResults(JSON.parse(e.data)); });
      es.addEventListener("qna", function (e) { follow(e); var p = JSON.parse(e.data); if (p.activityId === currentId()) refreshQuestionsSoon(); });
    };
    open();
  } else {
    say(conn, "", "");
  }
  flush();
})();
