// Time on a lesson: while the page is open and visible, tell the server every N seconds. The
// server counts at most the real time since the last beat, so this cannot add time that was
// not spent; a hidden tab sends nothing.
(function () {
  var lesson = document.querySelector(".lesson[data-beat-url]");
  if (!lesson) { return; }
  var url = lesson.getAttribute("data-beat-url");
  var every = parseInt(lesson.getAttribute("data-beat-seconds"), 10) * 1000;
  var token = document.querySelector(".lesson-done input[name=csrfmiddlewaretoken]");
  function beat() {
    if (document.visibilityState !== "visible") { return; }
    fetch(url, {
      method: "POST",
      headers: {"X-CSRFToken": token ? token.value : "", "X-Requested-With": "fetch"},
      credentials: "same-origin"
    }).catch(function () {});
  }
  setInterval(beat, every);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "visible") { beat(); }
  });
})();
