// Wijzer: live findings while typing (debounced). Without JavaScript the "Controleer" button
// does the same on the server. All user text is inserted with textContent, never as HTML.
(function () {
  "use strict";
  var form = document.getElementById("draft-form");
  if (!form) { return; }
  var text = document.getElementById("text");
  var platform = document.getElementById("platform");
  var replyTo = document.getElementById("reply_to");
  var target = document.getElementById("live-result");
  var timer = null;
  var sequence = 0;
  // Texts come from the page (the server's catalogue), in the user's language.
  var labels = {
    green: form.dataset.labelGreen, orange: form.dataset.labelOrange, red: form.dataset.labelRed,
    none: form.dataset.labelNone, tip: form.dataset.labelTip, guideline: form.dataset.labelGuideline
  };

  function el(tag, className, content) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (content !== undefined && content !== null) { node.textContent = content; }
    return node;
  }

  function highlighted(value, findings) {
    var spans = findings.filter(function (f) { return f.field === "text" && f.end > f.start; })
      .map(function (f) { return [f.start, f.end]; })
      .sort(function (a, b) { return a[0] - b[0]; });
    var p = el("p", "highlighted");
    p.id = "highlighted";
    var pos = 0;
    spans.forEach(function (span) {
      var start = Math.max(span[0], pos), end = Math.min(span[1], value.length);
      if (start > pos) { p.appendChild(document.createTextNode(value.slice(pos, start))); }
      if (end > start) { p.appendChild(el("mark", null, value.slice(start, end))); }
      pos = Math.max(pos, end);
    });
    if (pos < value.length) { p.appendChild(document.createTextNode(value.slice(pos))); }
    return p;
  }

  function show(report, value) {
    var section = el("section", "result verdict-" + report.verdict);
    section.id = "result";
    section.setAttribute("aria-live", "polite");
    var h = el("h2");
    h.appendChild(el("span", "light"));
    h.appendChild(document.createTextNode(" " + labels[report.verdict]));
    section.appendChild(h);
    section.appendChild(el("p", "advice", report.advice));
    section.appendChild(highlighted(value, report.findings));
    if (report.findings.length) {
      var list = el("ol", "findings");
      list.id = "findings";
      report.findings.forEach(function (f) {
        var item = el("li", "finding severity-" + f.severity);
        var head = el("p");
        head.appendChild(el("strong", null, (report.categories || {})[f.category] || f.category));
        if (f.matched) { head.appendChild(document.createTextNode(": \u201c" + f.matched + "\u201d")); }
        item.appendChild(head);
        item.appendChild(el("p", null, f.message));
        if (f.suggestion) { item.appendChild(el("p", "suggestion", labels.tip + " " + f.suggestion)); }
        f.guidelines.forEach(function (gid) {
          var g = report.guidelines[gid];
          if (!g) { return; }
          var details = el("details");
          details.appendChild(el("summary", null, labels.guideline + " " + g.title));
          details.appendChild(el("p", null, g.explanation));
          item.appendChild(details);
        });
        list.appendChild(item);
      });
      section.appendChild(list);
    } else {
      var none = el("p", null, labels.none);
      none.id = "no-findings";
      section.appendChild(none);
    }
    (report.notices || []).forEach(function (n) { section.appendChild(el("p", "notice", n.message)); });
    target.replaceChildren(section);
  }

  function showError(message) {
    var box = el("div", "alert", message);
    box.setAttribute("role", "alert");
    target.replaceChildren(box);
  }

  function check() {
    var value = text.value;
    if (!value.trim()) { target.replaceChildren(); return; }
    var mine = ++sequence;
    fetch(form.dataset.checkUrl, {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": form.dataset.csrf },
      body: JSON.stringify({ text: value, platform: platform.value,
                             reply_to: replyTo.value || null, lang: form.dataset.lang })
    }).then(function (response) {
      return response.json().then(function (body) { return { ok: response.ok, body: body }; });
    }).then(function (result) {
      if (mine !== sequence) { return; }
      if (result.ok) { show(result.body, value); } else if (result.body.message) { showError(result.body.message); }
    }).catch(function () { /* offline: the Controleer button still works */ });
  }

  function schedule() {
    window.clearTimeout(timer);
    timer = window.setTimeout(check, 400);
  }
  text.addEventListener("input", schedule);
  replyTo.addEventListener("input", schedule);
  platform.addEventListener("change", schedule);

  // A double click on submit sends the form once (the server also deduplicates).
  form.addEventListener("submit", function (event) {
    if (form.dataset.sent === "1") { event.preventDefault(); return; }
    if (event.submitter && event.submitter.value === "submit") { form.dataset.sent = "1"; }
  });
})();
