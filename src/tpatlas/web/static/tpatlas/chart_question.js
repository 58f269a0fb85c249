/* Chart questions: clicking (or Enter/Space on) a zone of the body chart ticks or clears that
   zone's checkbox in the same question. The checkboxes are the answer that is submitted, so the
   question works the same without this script. */
(function () {
  "use strict";
  function kindOf(zone) { return zone.replace(/^(right|left)-/, ""); }
  document.querySelectorAll("fieldset.question").forEach(function (question) {
    function box(kind) {
      return Array.prototype.find.call(
        question.querySelectorAll('input[type="checkbox"]'),
        function (input) { return input.value === kind; }
      );
    }
    function paint(kind) {
      var input = box(kind);
      question.querySelectorAll(".zone.choosable").forEach(function (el) {
        if (kindOf(el.getAttribute("data-zone")) !== kind) { return; }
        el.classList.toggle("picked", !!(input && input.checked));
        el.setAttribute("aria-pressed", input && input.checked ? "true" : "false");
      });
    }
    question.querySelectorAll(".zone.choosable").forEach(function (el) {
      var kind = kindOf(el.getAttribute("data-zone"));
      var input = box(kind);
      if (!input) { return; }
      el.setAttribute("tabindex", "0");
      el.setAttribute("role", "button");
      el.setAttribute("aria-pressed", input.checked ? "true" : "false");
      function toggle() { input.checked = !input.checked; paint(kind); }
      el.addEventListener("click", toggle);
      el.addEventListener("keydown", function (ev) {
        if (ev.key === "Enter" || ev.key === " ") { ev.preventDefault(); toggle(); }
      });
      input.addEventListener("change", function () { paint(kind); });
    });
  });
})();
