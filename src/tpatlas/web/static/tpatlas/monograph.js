/* Monograph charts: selecting a zone of a pattern (click, tap, or Enter on the focused zone)
   opens a small popover naming the other muscles that refer pain there, copied from the list
   under the trigger points. Without this script the zone is a link to that list. Escape, the
   close button or a click elsewhere closes it and focus goes back to the zone. */
(function () {
  "use strict";
  var pop = null;
  var from = null;
  function close() {
    if (!pop) { return; }
    pop.remove();
    pop = null;
    if (from) { from.focus(); }
    from = null;
  }
  function open(link) {
    var kind = (link.getAttribute("href") || "").replace(/^#refers-/, "");
    var root = link.closest("article.monograph") || document;
    var list = root.querySelector('[data-refers-list="' + kind + '"]');
    if (!list) { return false; }
    close();
    from = link;
    pop = document.createElement("div");
    pop.className = "zone-popover";
    pop.setAttribute("role", "dialog");
    pop.setAttribute("aria-label", list.getAttribute("data-zone-name"));
    var title = document.createElement("h4");
    title.textContent = list.getAttribute("data-zone-name");
    var body = document.createElement("p");
    body.innerHTML = list.innerHTML;
    var shut = document.createElement("button");
    shut.type = "button";
    shut.className = "close";
    shut.setAttribute("aria-label", "Close");
    shut.textContent = "×";
    shut.addEventListener("click", close);
    pop.appendChild(shut);
    pop.appendChild(title);
    pop.appendChild(body);
    document.body.appendChild(pop);
    var box = link.getBoundingClientRect();
    var left = Math.min(window.scrollX + box.left + box.width / 2, window.scrollX + document.documentElement.clientWidth - pop.offsetWidth - 8);
    pop.style.left = Math.max(window.scrollX + 8, left) + "px";
    pop.style.top = (window.scrollY + box.top + Math.min(box.height, 40) + 6) + "px";
    var first = pop.querySelector("a") || shut;
    first.focus();
    return true;
  }
  document.addEventListener("click", function (ev) {
    var link = ev.target.closest ? ev.target.closest("a.zone-link") : null;
    if (link) {
      if (open(link)) { ev.preventDefault(); }
      return;
    }
    if (pop && !pop.contains(ev.target)) { close(); }
  });
  document.addEventListener("keydown", function (ev) {
    if (ev.key === "Escape") { close(); }
  });
})();
