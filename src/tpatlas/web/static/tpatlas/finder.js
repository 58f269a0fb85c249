/* Pain finder.
   - Clicking (or Enter/Space on) a chart zone marks it with the chosen intensity, or clears it.
     The zone's checkbox in the list is the source of truth, so the form works the same with or
     without this script; intensities travel in one hidden field. A zone appears on the
     whole-body chart and in a zoomed view: every copy is painted alike.
   - Keyboard: each chart is ONE tab stop (roving tabindex); the arrow keys move to the nearest
     zone in that direction, computed from where the zones lie in the picture.
   - A change to any field but the description fires "finder-change", which htmx listens for
     (hx-trigger) to refresh the results: a trigger filter such as change[...] would need eval,
     which the Content-Security-Policy forbids. The answer carries the marks the server settled
     on (#finder-state: a description's zones), which are copied back onto the chart.
   - A live count of marked zones with a link to the results, and a character count for the
     description (a description over the limit is not sent: it stays in the box).
   Listeners sit on the document, so they still work after htmx restores a page from history. */
(function () {
  "use strict";
  var levels = {};
  var edits = 0;
  var sentAt = -1;

  function form() { return document.getElementById("finder-form"); }
  function checkbox(zone) {
    var f = form();
    return f ? f.querySelector('input[name="zone"][value="' + zone + '"]') : null;
  }
  function chosenLevel() {
    var radio = form().querySelector('input[name="new_intensity"]:checked');
    return radio ? radio.value : "moderate";
  }
  function isZone(el) {
    return el && el.classList && el.classList.contains("zone") && el.hasAttribute("data-zone") &&
      el.closest && el.closest("#finder-form .bodychart");
  }
  function readLevels() {
    levels = {};
    var hidden = document.getElementById("intensities");
    (hidden ? hidden.value : "").split(",").forEach(function (pair) {
      var parts = pair.split(":");
      if (parts.length === 2) { levels[parts[0]] = parts[1]; }
    });
  }
  function paint(zone) {
    var box = checkbox(zone);
    var on = !!(box && box.checked);
    form().querySelectorAll('.bodychart [data-zone="' + zone + '"]').forEach(function (el) {
      el.classList.remove("picked", "picked-mild", "picked-moderate", "picked-severe");
      if (on) { el.classList.add("picked", "picked-" + (levels[zone] || "moderate")); }
      el.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  function count() {
    var status = document.getElementById("mark-count");
    if (!status) { return; }
    var n = form().querySelectorAll('input[name="zone"]:checked').length;
    var text = n === 0 ? status.getAttribute("data-none") :
      (n === 1 ? status.getAttribute("data-one") : status.getAttribute("data-many"));
    status.textContent = text.replace("%(count)s", String(n));
  }
  function sync() {
    var hidden = document.getElementById("intensities");
    hidden.value = Object.keys(levels).filter(function (z) {
      var box = checkbox(z);
      return box && box.checked;
    }).map(function (z) { return z + ":" + levels[z]; }).join(",");
    count();
  }
  function toggle(zone) {
    var box = checkbox(zone);
    if (!box) { return; }
    var level = chosenLevel();
    if (box.checked && levels[zone] === level) {
      box.checked = false;
      delete levels[zone];
    } else {
      box.checked = true;
      levels[zone] = level;
    }
    paint(zone);
    sync();
    box.dispatchEvent(new Event("change", { bubbles: true }));
  }

  /* Roving tabindex and arrow keys. */
  function zonesOf(svg) { return Array.prototype.slice.call(svg.querySelectorAll(".zone[data-zone]")); }
  function centre(el) {
    var b = el.getBBox();
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  }
  function neighbour(el, key) {
    var svg = el.ownerSVGElement;
    var c = centre(el);
    var best = null;
    var bestCost = Infinity;
    zonesOf(svg).forEach(function (other) {
      if (other === el) { return; }
      var p = centre(other);
      var dx = p.x - c.x;
      var dy = p.y - c.y;
      var along = key === "ArrowRight" ? dx : key === "ArrowLeft" ? -dx : key === "ArrowDown" ? dy : -dy;
      var across = (key === "ArrowRight" || key === "ArrowLeft") ? dy : dx;
      if (along <= 0.5) { return; }
      var cost = along + 2 * Math.abs(across);
      if (cost < bestCost) { bestCost = cost; best = other; }
    });
    return best;
  }
  function moveTo(from, to) {
    from.setAttribute("tabindex", "-1");
    to.setAttribute("tabindex", "0");
    to.focus();
  }
  function setupChart(svg) {
    var zones = zonesOf(svg);
    if (!zones.length) { return; }
    svg.classList.add("pickable");
    var start = zones.filter(function (z) { var b = checkbox(z.getAttribute("data-zone")); return b && b.checked; })[0];
    if (!start) {
      // The top-left zone: where reading starts.
      start = zones.slice().sort(function (a, b) {
        var ca = centre(a);
        var cb = centre(b);
        return (ca.y - cb.y) || (ca.x - cb.x);
      })[0];
    }
    zones.forEach(function (el) {
      var box = checkbox(el.getAttribute("data-zone"));
      el.setAttribute("tabindex", el === start ? "0" : "-1");
      el.setAttribute("role", "button");
      el.setAttribute("aria-pressed", box && box.checked ? "true" : "false");
      var title = el.querySelector("title");
      if (title) { el.setAttribute("aria-label", title.textContent); }
    });
  }
  function ring(el) {
    var old = el.ownerSVGElement.querySelector(".focus-ring");
    if (old) { old.remove(); }
    var copy = el.cloneNode(false);
    copy.removeAttribute("id");
    copy.removeAttribute("tabindex");
    copy.removeAttribute("role");
    copy.removeAttribute("aria-pressed");
    copy.removeAttribute("aria-label");
    copy.removeAttribute("data-zone");
    copy.setAttribute("class", "focus-ring");
    copy.setAttribute("aria-hidden", "true");
    copy.removeAttribute("fill");
    el.ownerSVGElement.appendChild(copy);
  }

  /* The description: a character count, and a description over the limit is not sent. */
  function textCount() {
    var text = document.getElementById("finder-text");
    var out = document.getElementById("finder-text-count");
    if (!text || !out) { return; }
    var limit = parseInt(form().getAttribute("data-max-text"), 10);
    var lang = document.documentElement.lang || undefined;
    var n = text.value.length;
    var over = n > limit;
    out.textContent = (over ? out.getAttribute("data-over") : out.getAttribute("data-template"))
      .replace("%(count)s", n.toLocaleString(lang)).replace("%(limit)s", limit.toLocaleString(lang));
    out.classList.toggle("error", over);
    text.setAttribute("aria-invalid", over ? "true" : "false");
    return over;
  }

  function init() {
    var f = form();
    if (!f) { return; }
    readLevels();
    f.querySelectorAll(".bodychart").forEach(setupChart);
    count();
    textCount();
  }

  document.addEventListener("click", function (ev) {
    var el = ev.target;
    if (isZone(el)) { toggle(el.getAttribute("data-zone")); }
  });
  document.addEventListener("keydown", function (ev) {
    var el = ev.target;
    if (!isZone(el)) { return; }
    if (ev.key === "Enter" || ev.key === " ") {
      ev.preventDefault();
      toggle(el.getAttribute("data-zone"));
    } else if (/^Arrow(Up|Down|Left|Right)$/.test(ev.key)) {
      ev.preventDefault();
      var next = neighbour(el, ev.key);
      if (next) { moveTo(el, next); }
    }
  });
  document.addEventListener("focusin", function (ev) {
    // A ring for the keyboard (a click shows the mark itself).
    if (isZone(ev.target) && ev.target.matches(":focus-visible")) { ring(ev.target); }
  });
  document.addEventListener("focusout", function (ev) {
    if (isZone(ev.target)) {
      var old = ev.target.ownerSVGElement.querySelector(".focus-ring");
      if (old) { old.remove(); }
    }
  });
  document.addEventListener("change", function (ev) {
    var field = ev.target;
    if (!field || !field.form || field.form.id !== "finder-form") { return; }
    if (field.name === "zone") {
      if (field.checked && !levels[field.value]) { levels[field.value] = chosenLevel(); }
      paint(field.value);
      sync();
    }
    if (field.name !== "text" && field.name !== "new_intensity") {
      edits += 1;
      field.form.dispatchEvent(new CustomEvent("finder-change"));
    }
  });
  document.addEventListener("input", function (ev) {
    if (ev.target && ev.target.id === "finder-text") { textCount(); }
  });
  document.addEventListener("submit", function (ev) {
    if (ev.target === form() && textCount()) {
      ev.preventDefault();
      var text = document.getElementById("finder-text");
      text.focus();
    }
  });
  // Live updates: a request that would send an over-long description is not sent.
  document.addEventListener("htmx:confirm", function (ev) {
    if (ev.target === form() && textCount()) { ev.preventDefault(); }
  });
  document.addEventListener("htmx:beforeRequest", function () { sentAt = edits; });
  // The answer says which zones the server settled on (a description's places): copy them
  // onto the chart, unless the person changed something since the question was sent.
  document.addEventListener("htmx:afterSwap", function () {
    var state = document.getElementById("finder-state");
    if (!state || sentAt !== edits) { return; }
    var marked = {};
    state.getAttribute("data-marked").split(",").forEach(function (pair) {
      var parts = pair.split(":");
      if (parts.length === 2) { marked[parts[0]] = parts[1]; }
    });
    levels = marked;
    form().querySelectorAll('input[name="zone"]').forEach(function (box) {
      var was = box.checked;
      box.checked = Object.prototype.hasOwnProperty.call(marked, box.value);
      if (was !== box.checked || box.checked) { paint(box.value); }
    });
    form().querySelector('input[name="heard"]').value = state.getAttribute("data-heard");
    form().querySelector('input[name="from_text"]').value = state.getAttribute("data-from-text");
    sync();
  });
  document.addEventListener("htmx:historyRestore", init);
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
