// Upload page: drop or choose files, post them to /api/uploads, poll the job.
// Everything shown comes from the server's JSON and is set with textContent;
// links are built from numbers only. No innerHTML anywhere.
(function () {
  "use strict";
  var form = document.getElementById("upload-form");
  if (!form) return;
  var input = document.getElementById("files");
  var drop = document.getElementById("drop");
  var chosen = document.getElementById("chosen");
  var button = document.getElementById("upload-button");
  var out = document.getElementById("resultat");

  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = String(text);
    return e;
  }

  function showChosen() {
    var names = Array.prototype.map.call(input.files, function (f) { return f.name; });
    chosen.textContent = names.length ? names.join(", ") : "";
  }

  var status = document.getElementById("upload-status");
  var results = document.getElementById("upload-results");
  var shownFiles = null;

  // The status line is a polite live region: a screen reader speaks each change, so
  // it is changed only when its words change (the page polls every second).
  function setStatus(text, state) {
    status.className = "status-line " + state;
    if (status.textContent !== text) status.textContent = text;
  }

  function fileRow(f) {
    var tr = el("tr", "result-" + f.result);
    tr.setAttribute("data-file", f.name);
    var name = el("td", null, f.name);
    if (f.stored_as && f.stored_as !== f.name) name.appendChild(el("span", "muted", " (som " + f.stored_as + ")"));
    tr.appendChild(name);
    var res = el("td");
    res.appendChild(el("span", "result result-" + f.result, f.label));
    tr.appendChild(res);
    var caseCell = el("td");
    var id = Number(f.case_id);
    if (f.case_id !== null && Number.isInteger(id) && id > 0) {
      var a = el("a", null, f.dnr_key || "#" + id);
      a.href = "/arende/" + id;
      caseCell.appendChild(a);
    } else {
      caseCell.textContent = f.dnr_key || "–";
    }
    tr.appendChild(caseCell);
    var why = el("td", null, f.message || "");
    if (f.reason) why.dataset.reason = f.reason;  // the code for tests and tools, never shown: the message says it
    tr.appendChild(why);
    return tr;
  }

  function render(job) {
    var text = job.state === "done" ? "Klart" : job.state === "failed" ? "Inläsningen misslyckades" : "Läser in …";
    if (job.message) text += " – " + job.message;
    setStatus(text, job.finished ? "done" : "running");
    // The table is rebuilt only when a file's result changed (keeps focus and scroll).
    var key = JSON.stringify(job.files);
    if (key === shownFiles) return;
    shownFiles = key;
    var region = el("div", "table-scroll");
    region.setAttribute("role", "region");
    region.setAttribute("aria-label", "Filerna i uppladdningen");
    region.tabIndex = 0;
    var table = region.appendChild(el("table", "grid results"));
    var head = el("tr");
    ["Fil", "Resultat", "Ärende", "Anledning"].forEach(function (h) {
      var th = head.appendChild(el("th", null, h));
      th.scope = "col";
    });
    table.appendChild(el("thead")).appendChild(head);
    var body = table.appendChild(el("tbody"));
    job.files.forEach(function (f) { body.appendChild(fileRow(f)); });
    results.replaceChildren(region);
  }

  function fail(message) {
    setStatus(message, "error");
    results.replaceChildren();
    shownFiles = null;
    button.disabled = false;
  }

  function poll(id) {
    fetch("/api/uploads/" + encodeURIComponent(id), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) return fail(res.body.detail || "Statusen kunde inte hämtas.");
        render(res.body);
        if (res.body.finished) { button.disabled = false; form.reset(); showChosen(); }
        else setTimeout(function () { poll(id); }, 1000);
      })
      .catch(function () { setTimeout(function () { poll(id); }, 2000); });
  }

  function upload() {
    if (!input.files.length) { fail("Välj minst en fil."); return; }
    button.disabled = true;
    results.replaceChildren();
    shownFiles = null;
    setStatus("Laddar upp …", "running");
    fetch("/api/uploads", { method: "POST", body: new FormData(form) })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) {
          var d = res.body.detail;
          return fail(typeof d === "string" ? d : "Uppladdningen avvisades.");
        }
        render(res.body);
        if (res.body.finished) { button.disabled = false; } else { poll(res.body.id); }
      })
      .catch(function () { fail("Uppladdningen misslyckades (ingen kontakt med servern)."); });
  }

  // The job page (/ladda-upp/<id>, after a form post) polls too, instead of reloading.
  if (out.getAttribute("data-finished") === "0") poll(out.getAttribute("data-job"));

  form.addEventListener("submit", function (ev) { ev.preventDefault(); upload(); });
  input.addEventListener("change", showChosen);
  ["dragenter", "dragover"].forEach(function (t) {
    drop.addEventListener(t, function (ev) { ev.preventDefault(); drop.classList.add("over"); });
  });
  ["dragleave", "drop"].forEach(function (t) {
    drop.addEventListener(t, function () { drop.classList.remove("over"); });
  });
  // A file dropped anywhere on the page is an upload (the browser would otherwise
  // leave the page to show the file).
  document.addEventListener("dragover", function (ev) { ev.preventDefault(); });
  document.addEventListener("drop", function (ev) {
    ev.preventDefault();
    drop.classList.remove("over");
    if (!ev.dataTransfer || !ev.dataTransfer.files.length || button.disabled) return;
    input.files = ev.dataTransfer.files;
    showChosen();
    upload();
  });
})();
