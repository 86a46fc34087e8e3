// Mekar culture form (lib/culture/form-html.ts): with JavaScript, − and + steppers beside each
// number keep every dimension's split at 100 points (the others give or take the difference), and
// the running sum is shown as it changes. Without JavaScript the same form posts as typed and the
// server says by how much a dimension is off. Vanilla JS, no inline code, no innerHTML.
(function () {
  "use strict";
  var STEP = 5, TOTAL = 100;

  function group(input) {
    var fs = input.closest("fieldset.cv-dim");
    return fs ? Array.prototype.slice.call(fs.querySelectorAll('input[data-set="' + input.getAttribute("data-set") + '"]')) : [];
  }
  function val(i) { var n = parseInt(i.value, 10); return isNaN(n) ? 0 : Math.max(0, Math.min(TOTAL, n)); }
  function showSums(fs) {
    ["now", "preferred"].forEach(function (set) {
      var out = fs.querySelector('output[data-sum="' + set + '"]');
      if (!out) return;
      var s = 0;
      fs.querySelectorAll('input[data-set="' + set + '"]').forEach(function (i) { s += val(i); });
      out.textContent = String(s);
      out.className = s === TOTAL ? "ok" : "off";
    });
  }
  // the others share what is left after `input`, keeping their proportions (whole points)
  function balance(input) {
    var all = group(input), others = all.filter(function (i) { return i !== input; });
    var mine = val(input), rest = TOTAL - mine, sum = 0;
    input.value = String(mine);
    others.forEach(function (i) { sum += val(i); });
    var next = others.map(function (i) { return sum ? Math.floor((val(i) * rest) / sum) : Math.floor(rest / others.length); });
    var left = rest - next.reduce(function (a, b) { return a + b; }, 0);
    for (var k = 0; left > 0; k = (k + 1) % next.length, left--) next[k]++;
    others.forEach(function (i, k) { i.value = String(next[k]); });
  }
  function touched(el) { var cv = el.closest(".cv"); if (cv) cv.setAttribute("data-touched", ""); }

  function init(root) {
    (root || document).querySelectorAll(".cv:not([data-ready]):not([data-disabled])").forEach(function (cv) {
      cv.setAttribute("data-ready", "");
      cv.querySelectorAll("fieldset.cv-dim").forEach(function (fs) {
        ["now", "preferred"].forEach(function (set) {
          var inputs = fs.querySelectorAll('input[data-set="' + set + '"]'), s = 0;
          inputs.forEach(function (i) { s += val(i); });
          // an empty split starts even, so every step keeps it at 100
          if (s === 0) inputs.forEach(function (i) { i.value = String(TOTAL / inputs.length); });
        });
        fs.querySelectorAll("input[data-set]").forEach(function (input) {
          [["−", -STEP, "minus"], ["+", STEP, "plus"]].forEach(function (b) {
            var btn = document.createElement("button");
            btn.type = "button";
            btn.className = "step";
            btn.textContent = b[0];
            btn.setAttribute("data-step", String(b[1]));
            btn.setAttribute("aria-label", b[0] + STEP + " · " + (input.labels && input.labels[0] ? input.labels[0].textContent : ""));
            if (b[2] === "minus") input.parentNode.insertBefore(btn, input); else input.parentNode.insertBefore(btn, input.nextSibling);
          });
        });
        showSums(fs);
      });
    });
  }

  document.addEventListener("click", function (ev) {
    var btn = ev.target.closest && ev.target.closest("button.step");
    if (!btn) return;
    var input = btn.getAttribute("data-step") < 0 ? btn.nextElementSibling : btn.previousElementSibling;
    if (!input || input.disabled) return;
    input.value = String(Math.max(0, Math.min(TOTAL, val(input) + Number(btn.getAttribute("data-step")))));
    balance(input);
    touched(input);
    showSums(input.closest("fieldset.cv-dim"));
  });
  document.addEventListener("change", function (ev) {
    var input = ev.target;
    if (!input.matches || !input.matches(".cv input[data-set]")) return;
    balance(input);
    touched(input);
    showSums(input.closest("fieldset.cv-dim"));
  });
  document.addEventListener("input", function (ev) {
    var input = ev.target;
    if (!input.matches || !input.matches(".cv input[data-set]")) return;
    touched(input);
    showSums(input.closest("fieldset.cv-dim"));
  });
  // the participant page swaps the activity in as the facilitator moves on
  if (window.MutationObserver) new MutationObserver(function () { init(); }).observe(document.body, { childList: true, subtree: true });
  init();
})();
