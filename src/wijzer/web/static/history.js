// Wijzer: follow a history audit. Polls the job's JSON status and reloads the page when it is
// finished; without JavaScript the page has a refresh link. Texts stay server-rendered.
(function () {
  "use strict";
  var job = document.getElementById("job");
  if (!job || !job.dataset.statusUrl) { return; }
  var bar = document.getElementById("job-progress");
  var count = document.getElementById("job-count");

  function poll() {
    fetch(job.dataset.statusUrl, { credentials: "same-origin", headers: { "Accept": "application/json" } })
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (data) {
        if (!data) { return; }
        if (data.status !== "queued" && data.status !== "running") {
          window.location.reload();
          return;
        }
        if (bar && data.total) { bar.max = data.total; bar.value = data.done; }
        if (count) { count.textContent = data.done + (data.total ? " / " + data.total : ""); }
        window.setTimeout(poll, 1500);
      })
      .catch(function () { window.setTimeout(poll, 5000); });
  }
  window.setTimeout(poll, 1000);
})();
