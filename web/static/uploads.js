// The batch progress page: poll the progress JSON until the batch is done.
(function () {
  "use strict";
  var box = document.getElementById("batch-progress");
  if (!box) return;
  var url = box.getAttribute("data-progress-url");
  var delay = 1000;

  function set(id, value) { var n = document.getElementById(id); if (n) n.textContent = String(value); }

  function render(d) {
    ["total", "scored", "failed", "skipped", "waiting"].forEach(function (k) { set("count-" + k, d[k]); });
    var bar = document.getElementById("progress-bar");
    bar.max = d.total || 1;
    bar.value = d.total - d.waiting;
    set("progress-title", d.done ? "Done" : "Scoring… " + (d.total - d.waiting) + " of " + d.total);
    var list = document.getElementById("failures");
    list.innerHTML = "";
    if (!d.failures.length) {
      var li = document.createElement("li");
      li.className = "muted none";
      li.textContent = "None so far.";
      list.appendChild(li);
    }
    renderItems(d.items);
    d.failures.forEach(function (f) {
      var item = document.createElement("li");
      var name = document.createElement("strong");
      name.textContent = f.file;
      item.appendChild(name);
      item.appendChild(document.createTextNode(": " + f.reason));
      list.appendChild(item);
    });
  }

  var BADGES = { scored: "badge-pass", failed: "badge-fail", skipped: "badge-na" };

  function cell(row, content, cls) {
    var td = document.createElement("td");
    if (cls) td.className = cls;
    if (content instanceof Node) td.appendChild(content); else td.textContent = content == null ? "" : String(content);
    row.appendChild(td);
    return td;
  }

  // the calls table: one row per file, with its call (a link to the review), status, score and a retry button
  function renderItems(items) {
    var table = document.getElementById("batch-items");
    if (!table || !items) return;
    var body = table.tBodies[0];
    var callUrl = table.getAttribute("data-call-url").replace(/0$/, "");
    var retryUrl = table.getAttribute("data-retry-url");
    var token = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
    body.innerHTML = "";
    items.forEach(function (i) {
      var row = document.createElement("tr");
      row.setAttribute("data-item", i.id);
      cell(row, i.file);
      var call;
      if (i.call) {
        call = document.createElement("a");
        call.href = callUrl + i.call + (i.evaluation ? "?evaluation=" + i.evaluation : "");
        call.textContent = i.call_id;
      } else {
        call = document.createElement("span");
        call.className = "muted";
        call.textContent = "not stored";
      }
      cell(row, call);
      var badge = document.createElement("span");
      badge.className = "badge " + (BADGES[i.status] || "state-in_review");
      badge.textContent = i.status;
      cell(row, badge);
      cell(row, i.score == null ? "" : i.score.toFixed(1), "num");
      var result = "";
      if (i.passed != null) {
        result = document.createElement("span");
        result.className = "badge " + (i.passed ? "badge-pass" : "badge-fail");
        result.textContent = i.passed ? "Pass" : "Fail";
      }
      cell(row, result);
      cell(row, i.reason);
      var action = "";
      if (i.retry) {
        action = document.createElement("form");
        action.method = "post";
        action.action = retryUrl;
        [["csrf_token", token], ["item", i.id]].forEach(function (kv) {
          var input = document.createElement("input");
          input.type = "hidden"; input.name = kv[0]; input.value = kv[1];
          action.appendChild(input);
        });
        var button = document.createElement("button");
        button.type = "submit"; button.textContent = "Try again";
        button.setAttribute("aria-label", "Try " + i.file + " again");
        action.appendChild(button);
      }
      cell(row, action);
      body.appendChild(row);
    });
    var all = document.getElementById("retry-all");
    if (all) all.hidden = !items.some(function (i) { return i.retry; });
  }

  function poll() {
    fetch(url, { headers: { "Accept": "application/json" }, credentials: "same-origin" })
      .then(function (r) { if (!r.ok) throw new Error(r.status); return r.json(); })
      .then(function (d) {
        render(d);
        if (!d.done) { delay = Math.min(delay * 1.3, 5000); setTimeout(poll, delay); }
      })
      .catch(function () { setTimeout(poll, 5000); });
  }
  poll();
})();
