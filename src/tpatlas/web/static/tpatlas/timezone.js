// Tells the server the browser's time zone (an IANA name such as "America/New_York") in a
// `tz` cookie, so webinar times can be shown in the reader's own zone. The server checks the
// name against the tz database. If the page was rendered for another zone (no cookie yet, and
// no zone chosen in the profile), it is reloaded once.
(function () {
  var zone;
  try { zone = Intl.DateTimeFormat().resolvedOptions().timeZone; } catch (e) { return; }
  if (!zone || !/^[A-Za-z0-9_+\-\/]+$/.test(zone)) { return; }
  var found = document.cookie.match(/(?:^|; )tz=([^;]*)/);
  if (found && found[1] === zone) { return; }
  var secure = location.protocol === "https:" ? "; Secure" : "";
  document.cookie = "tz=" + zone + "; path=/; max-age=31536000; SameSite=Lax" + secure;
  function reloadIfShownElsewhere() {
    var shown = document.querySelector("[data-reader-zone]");
    if (!shown || shown.getAttribute("data-zone-source") === "profile") { return; }
    if (shown.getAttribute("data-reader-zone") === zone) { return; }
    try {
      if (sessionStorage.getItem("tz-reloaded") === zone) { return; }
      sessionStorage.setItem("tz-reloaded", zone);
    } catch (e) { return; }
    location.reload();
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", reloadIfShownElsewhere);
  } else {
    reloadIfShownElsewhere();
  }
})();
