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
    d.failures.forEach(function (f) {
      var item = document.createElement("li");
      var name = document.createElement("strong");
      name.textContent = f.file;
      item.appendChild(name);
      item.appendChild(document.createTextNode(": " + f.reason));
      list.appendChild(item);
    });
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
