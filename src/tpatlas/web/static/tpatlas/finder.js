/* Pain finder: clicking (or pressing Enter/Space on) a chart zone marks it with the chosen
   intensity, or clears it. The zone's checkbox in the list is the source of truth, so the form
   works the same with or without this script; intensities travel in one hidden field.
   A change to any field but the description fires "finder-change", which htmx listens for
   (hx-trigger) to refresh the results: a trigger filter such as change[...] would need eval,
   which the Content-Security-Policy forbids. */
(function () {
  "use strict";
  // On the document, so it still works after htmx restores the page from its history cache.
  document.addEventListener("change", function (ev) {
    var field = ev.target;
    if (field && field.form && field.form.id === "finder-form" && field.name !== "text") {
      field.form.dispatchEvent(new CustomEvent("finder-change"));
    }
  });
  var form = document.getElementById("finder-form");
  if (!form) { return; }
  var levels = {};
  var hidden = document.getElementById("intensities");
  hidden.value.split(",").forEach(function (pair) {
    var parts = pair.split(":");
    if (parts.length === 2) { levels[parts[0]] = parts[1]; }
  });

  function checkbox(zone) {
    return form.querySelector('input[name="zone"][value="' + zone + '"]');
  }
  function chosenLevel() {
    var radio = form.querySelector('input[name="new_intensity"]:checked');
    return radio ? radio.value : "moderate";
  }
  function paint(zone) {
    var box = checkbox(zone);
    var on = box && box.checked;
    form.querySelectorAll('[data-zone="' + zone + '"]').forEach(function (el) {
      el.classList.remove("picked", "picked-mild", "picked-moderate", "picked-severe");
      if (on) { el.classList.add("picked", "picked-" + (levels[zone] || "moderate")); }
      el.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  function sync() {
    hidden.value = Object.keys(levels).filter(function (z) {
      var box = checkbox(z);
      return box && box.checked;
    }).map(function (z) { return z + ":" + levels[z]; }).join(",");
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

  form.querySelectorAll(".bodychart .zone").forEach(function (el) {
    el.setAttribute("tabindex", "0");
    el.setAttribute("role", "button");
    var zone = el.getAttribute("data-zone");
    el.setAttribute("aria-pressed", checkbox(zone) && checkbox(zone).checked ? "true" : "false");
    el.addEventListener("click", function () { toggle(zone); });
    el.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggle(zone); }
    });
  });
  form.querySelectorAll('input[name="zone"]').forEach(function (box) {
    box.addEventListener("change", function () {
      if (box.checked && !levels[box.value]) { levels[box.value] = chosenLevel(); }
      paint(box.value);
      sync();
    });
  });
  form.querySelectorAll(".bodychart").forEach(function (svg) { svg.classList.add("pickable"); });
})();
