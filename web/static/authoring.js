// The scorecard editor: a form view and a YAML view of the same draft.
// The YAML textarea is what the page submits. The server converts and
// validates in both directions (POST /scorecards/validate), so the form and
// the YAML never disagree and errors read exactly like the CLI's.
(function () {
  "use strict";
  var textarea = document.getElementById("yaml-text");
  if (!textarea) return;
  var url = textarea.getAttribute("data-validate-url");
  var csrf = (document.querySelector('meta[name="csrf-token"]') || {}).content || "";
  var detectors = JSON.parse(document.getElementById("detectors-data").textContent);
  var byName = {};
  detectors.forEach(function (d) { byName[d.name] = d; });
  var status = document.getElementById("validation");
  var formView = document.getElementById("form-view");
  var yamlView = document.getElementById("yaml-view");
  var tabForm = document.getElementById("tab-form");
  var tabYaml = document.getElementById("tab-yaml");
  var draft = null;       // the draft as data, from the last successful YAML parse or the form
  var timer = null;
  var seq = 0;

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") node.textContent = attrs[k];
      else if (k === "className") node.className = attrs[k];
      else if (attrs[k] !== null && attrs[k] !== undefined && attrs[k] !== false) node.setAttribute(k, attrs[k] === true ? "" : attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) node.appendChild(typeof c === "string" ? document.createTextNode(c) : c); });
    return node;
  }

  var uid = 0;
  // label: text, or a list of text and nodes; a group (not a form control) is named by aria-labelledby
  function field(label, input, help) {
    uid += 1;
    input.id = input.id || "ed-" + uid;
    var labelParts = Array.isArray(label) ? label : [label];
    var labelNode;
    if (/^(INPUT|SELECT|TEXTAREA)$/.test(input.tagName)) {
      labelNode = el("label", { "for": input.id }, labelParts);
    } else {
      labelNode = el("span", { className: "label", id: input.id + "-label" }, labelParts);
      input.setAttribute("aria-labelledby", labelNode.id);
      input.removeAttribute("aria-label");
    }
    var parts = [labelNode, input];
    if (help) {
      var h = el("span", { className: "help", id: input.id + "-help", text: help });
      input.setAttribute("aria-describedby", h.id);
      parts.push(h);
    }
    return el("div", { className: "field" }, parts);
  }

  function showStatus(result) {
    status.classList.remove("ok", "bad");
    document.querySelectorAll(".criterion-box.has-error").forEach(function (n) { n.classList.remove("has-error"); });
    document.querySelectorAll(".criterion-error").forEach(function (n) { n.remove(); });
    if (result.ok) {
      status.classList.add("ok");
      status.textContent = "Valid: " + result.id + " v" + result.version + ", " + result.criteria + " criteria (" + result.hash.slice(0, 12) + ")";
    } else {
      status.classList.add("bad");
      status.textContent = result.error || "Not valid";
      if (result.criterion) {
        var box = formView.querySelector('[data-criterion-id="' + CSS.escape(result.criterion) + '"]');
        if (box) {
          box.classList.add("has-error");
          box.open = true;
          // the message next to the fields it is about, too (the status line may be scrolled away)
          var note = el("p", { className: "criterion-error", text: result.error });
          box.insertBefore(note, box.querySelector("summary").nextSibling);
        }
      }
    }
  }

  function send(body, after) {
    var mine = ++seq;
    fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRFToken": csrf, "Accept": "application/json" },
      body: JSON.stringify(body),
      credentials: "same-origin"
    }).then(function (r) { return r.json(); }).then(function (result) {
      if (mine !== seq) return;  // a newer edit is on its way
      showStatus(result);
      if (after) after(result);
    }).catch(function () {
      status.classList.add("bad");
      status.textContent = "Could not reach the server to check the draft.";
    });
  }

  // --- YAML -> data -------------------------------------------------------------------------
  function fromYaml(render) {
    send({ yaml: textarea.value }, function (result) {
      if (result.draft && typeof result.draft === "object") {
        draft = result.draft;
        if (render) renderForm();
      }
    });
  }

  textarea.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () { fromYaml(false); }, 400);
  });

  // --- form -> data -> YAML ---------------------------------------------------------------------
  function fromForm() {
    draft = collect();
    clearTimeout(timer);
    timer = setTimeout(function () {
      send({ draft: draft }, function (result) { if (typeof result.yaml === "string") textarea.value = result.yaml; });
    }, 250);
  }

  function lower(s) { return String(s).trim().toLowerCase(); }
  function holds(list, s) { return list.some(function (x) { return lower(x) === lower(s); }); }
  function without(list, s) { return list.filter(function (x) { return lower(x) !== lower(s); }); }

  // A phrase list with a default list: either the defaults with the author's additions and removals
  // (saved as {add: [...], remove: [...]}, so the defaults stay) or the author's own list instead.
  function phraseList(p, value) {
    var defaults = (p["default"] || []).slice();
    var mode = Array.isArray(value) ? "replace" : "extend";
    var own = Array.isArray(value) ? value.slice() : [];
    var added = value && !Array.isArray(value) && typeof value === "object" ? (value.add || []).slice() : [];
    var removed = value && !Array.isArray(value) && typeof value === "object" ? (value.remove || []).slice() : [];
    var root = el("div", { className: "phrase-list", role: "group" });
    uid += 1;
    var group = "phrases-" + uid;
    var extendRadio = el("input", { type: "radio", name: group, value: "extend", id: group + "-extend", "data-mode": "1" });
    var replaceRadio = el("input", { type: "radio", name: group, value: "replace", id: group + "-replace", "data-mode": "1" });
    extendRadio.checked = mode === "extend";
    replaceRadio.checked = mode === "replace";
    root.appendChild(el("div", { className: "phrase-modes" }, [
      el("label", { className: "check", "for": extendRadio.id }, [extendRadio,
        " The " + defaults.length + " default phrases, with my additions and removals"]),
      el("label", { className: "check", "for": replaceRadio.id }, [replaceRadio, " Only my own list (the defaults are not used)"]),
    ]));
    var summary = el("p", { className: "phrase-summary muted tiny", "aria-live": "polite" });
    root.appendChild(summary);

    // onAdd(phrase) returns a note when the phrase changes nothing (it is already in the list)
    function entry(what, onAdd) {
      uid += 1;
      var input = el("input", { type: "text", id: "ed-" + uid, className: "phrase-entry", placeholder: "Type a phrase, then Enter",
        "aria-label": what });
      var button = el("button", { type: "button", text: "Add", className: "phrase-add-button" });
      var note = el("span", { className: "phrase-note muted tiny", role: "status" });
      function add() {
        var parts = input.value.split(/\n|;/).map(function (x) { return x.trim(); }).filter(Boolean);
        if (!parts.length) return;
        note.textContent = parts.map(onAdd).filter(Boolean).join(" ");
        input.value = "";
        render();
        fromForm();
        input.focus();
      }
      // typing a phrase changes nothing until it is added
      input.addEventListener("input", function (ev) { ev.stopPropagation(); });
      input.addEventListener("keydown", function (ev) { if (ev.key === "Enter") { ev.preventDefault(); add(); } });
      button.addEventListener("click", add);
      return el("div", {}, [el("div", { className: "phrase-entry-row" }, [input, button]), note]);
    }
    function chip(text, title, onClick, extra) {
      var b = el("button", { type: "button", className: "phrase-chip" + (extra ? " " + extra : ""), title: title,
        "aria-label": title }, [text, el("span", { className: "phrase-x", "aria-hidden": "true", text: extra === "removed" ? "↺" : "×" })]);
      b.addEventListener("click", function () { onClick(); render(); fromForm(); });
      return b;
    }

    var extendPanel = el("div", { className: "phrase-panel" });
    var addedChips = el("div", { className: "phrase-chips", "data-list": "added" });
    var defaultChips = el("div", { className: "phrase-chips phrase-defaults", "data-list": "defaults" });
    var defaultsSummary = el("summary");
    extendPanel.appendChild(el("p", { className: "phrase-heading", text: "My additions" }));
    extendPanel.appendChild(addedChips);
    extendPanel.appendChild(entry("Add a phrase to " + p.label, function (x) {
      if (holds(removed, x)) { removed = without(removed, x); return "“" + x + "” is a default phrase: it is used again."; }
      if (holds(defaults, x)) return "“" + x + "” is already a default phrase.";
      if (holds(added, x)) return "“" + x + "” is already added.";
      added.push(x);
      return "";
    }));
    extendPanel.appendChild(el("details", { className: "phrase-default-box" }, [defaultsSummary, defaultChips]));

    var replacePanel = el("div", { className: "phrase-panel" });
    var ownChips = el("div", { className: "phrase-chips", "data-list": "own" });
    replacePanel.appendChild(el("p", { className: "phrase-heading", text: "My phrases" }));
    replacePanel.appendChild(ownChips);
    replacePanel.appendChild(entry("Add a phrase to my own " + p.label, function (x) {
      if (holds(own, x)) return "“" + x + "” is already in the list.";
      own.push(x);
      return "";
    }));
    root.appendChild(extendPanel);
    root.appendChild(replacePanel);

    function effective() {
      if (mode === "replace") return own.slice();
      return defaults.filter(function (x) { return !holds(removed, x); }).concat(added);
    }
    function render() {
      extendPanel.hidden = mode !== "extend";
      replacePanel.hidden = mode !== "replace";
      addedChips.innerHTML = "";
      added.forEach(function (x) {
        addedChips.appendChild(chip(x, "Remove my phrase “" + x + "”", function () { added = without(added, x); }, "added"));
      });
      if (!added.length) addedChips.appendChild(el("span", { className: "muted tiny", text: "none yet" }));
      defaultChips.innerHTML = "";
      defaults.forEach(function (x) {
        var gone = holds(removed, x);
        defaultChips.appendChild(chip(x, (gone ? "Use the default phrase “" : "Do not use the default phrase “") + x + "”",
          function () { removed = gone ? without(removed, x) : removed.concat([x]); }, gone ? "removed" : ""));
      });
      defaultsSummary.textContent = "Default phrases: " + defaults.length + (removed.length ? ", " + removed.length + " removed" : "") +
        " (click one to stop using it)";
      ownChips.innerHTML = "";
      own.forEach(function (x) { ownChips.appendChild(chip(x, "Remove “" + x + "”", function () { own = without(own, x); }, "added")); });
      if (!own.length) ownChips.appendChild(el("span", { className: "muted tiny", text: "empty: nothing will match" }));
      var n = effective().length;
      summary.textContent = mode === "replace"
        ? n + " phrase(s) of my own, instead of the " + defaults.length + " defaults."
        : n + " phrase(s) in use: the " + defaults.length + " defaults" + (added.length ? ", " + added.length + " added" : "") +
          (removed.length ? ", " + removed.length + " removed" : "") + ".";
    }
    function switchTo(next) {
      if (next === mode) return;
      if (next === "replace") { own = effective(); } else {
        added = own.filter(function (x) { return !holds(defaults, x); });
        removed = defaults.filter(function (x) { return !holds(own, x); });
      }
      mode = next;
      render();
      fromForm();
    }
    extendRadio.addEventListener("change", function (ev) { ev.stopPropagation(); if (extendRadio.checked) switchTo("extend"); });
    replaceRadio.addEventListener("change", function (ev) { ev.stopPropagation(); if (replaceRadio.checked) switchTo("replace"); });
    root._read = function () {
      if (mode === "replace") return own.slice();
      if (!added.length && !removed.length) return undefined;  // the defaults as they are: left out of the YAML
      var edit = {};
      if (added.length) edit.add = added.slice();
      if (removed.length) edit.remove = removed.slice();
      return edit;
    };
    render();
    return root;
  }

  // A list of records with text fields (extra flagged phrases, each with its suggestion): one row each.
  function recordRows(p, value) {
    var root = el("div", { className: "record-rows", role: "group" });
    var rows = el("div", { className: "record-list" });
    root.appendChild(rows);
    function addRow(record) {
      var inputs = p.item_fields.map(function (f) {
        return el("input", { type: "text", "data-field": f.name, "aria-label": f.label, placeholder: f.label,
          value: record && record[f.name] !== undefined ? String(record[f.name]) : "" });
      });
      var remove = el("button", { type: "button", className: "link-button danger", text: "Remove" });
      var row = el("div", { className: "record-row" }, inputs.concat([remove]));
      remove.addEventListener("click", function () { row.remove(); fromForm(); });
      rows.appendChild(row);
      return row;
    }
    (Array.isArray(value) ? value : []).forEach(addRow);
    var add = el("button", { type: "button", text: "+ Add " + p.item_fields.map(function (f) { return f.label.toLowerCase(); }).join(" and ") });
    add.addEventListener("click", function () { var row = addRow({}); row.querySelector("input").focus(); });
    root.appendChild(add);
    var had = value !== undefined;
    root._read = function () {
      var out = Array.prototype.map.call(rows.querySelectorAll(".record-row"), function (row) {
        var r = {};
        row.querySelectorAll("[data-field]").forEach(function (i) { r[i.getAttribute("data-field")] = i.value; });
        return r;
      }).filter(function (r) { return Object.keys(r).some(function (k) { return r[k].trim(); }); });
      return out.length || had ? out : undefined;
    };
    return root;
  }

  function paramInput(p, value) {
    var has = value !== undefined;
    var input;
    var def = p["default"];
    if (p.phrase_list) {
      input = phraseList(p, value);
    } else if (p.type === "array" && p.item_fields) {
      input = recordRows(p, value);
    } else if (p.type === "integer" || p.type === "number") {
      input = el("input", { type: "number", step: p.type === "integer" ? "1" : "any", min: p.minimum, max: p.maximum,
        placeholder: def !== undefined && def !== null ? "default " + def : "", value: has ? value : null });
    } else if (p.type === "boolean") {
      input = el("select", {}, [
        el("option", { value: "", text: "default (" + (def ? "yes" : "no") + ")" }),
        el("option", { value: "true", text: "yes" }), el("option", { value: "false", text: "no" })]);
      input.value = has ? String(value) : "";
    } else if (p.type === "array" && p.choices) {
      var chosen = has ? value : (def || []);
      var boxes = p.choices.map(function (choice) {
        uid += 1;
        var box = el("input", { type: "checkbox", value: choice, id: "ed-" + uid, "data-choice": "1" });
        box.checked = chosen.indexOf(choice) >= 0;
        return el("label", { className: "check", "for": box.id }, [box, " " + choice]);
      });
      input = el("div", { className: "choices", role: "group", "aria-label": p.name, "data-present": has ? "1" : "0" }, boxes);
      // left at its default, the parameter stays out of the scorecard (as in the YAML)
      input.addEventListener("change", function () { input.setAttribute("data-present", "1"); });
    } else if (p.type === "array" && p.item_type === "string") {
      input = el("textarea", { rows: "3", placeholder: "one per line; empty: " + (def || []).slice(0, 6).join(", ") + ((def || []).length > 6 ? ", …" : "") });
      input.value = has && Array.isArray(value) ? value.join("\n") : (has ? JSON.stringify(value) : "");
    } else if (p.type === "string") {
      input = el("input", { type: "text", placeholder: def ? "default: " + def : "", value: has ? value : null });
    } else {
      input = el("textarea", { rows: "3", className: "mono", placeholder: "JSON; empty: the default" });
      input.value = has ? JSON.stringify(value, null, 1) : "";
    }
    input.setAttribute("data-param", p.name);
    input.setAttribute("data-kind", input._read ? "widget" : p.choices ? "choices" : p.type + (p.item_type ? ":" + p.item_type : ""));
    return input;
  }

  function readParam(input) {
    var kind = input.getAttribute("data-kind");
    if (kind === "widget") return input._read();
    if (kind === "choices") {
      if (input.getAttribute("data-present") !== "1") return undefined;
      return Array.prototype.map.call(input.querySelectorAll("input[data-choice]:checked"), function (b) { return b.value; });
    }
    var raw = input.value;
    if (raw === "" || raw === undefined) return undefined;
    if (kind === "integer" || kind === "number") { var n = Number(raw); return isNaN(n) ? raw : n; }
    if (kind === "boolean") return raw === "true";
    if (kind === "array:string") return raw.split("\n").map(function (s) { return s.trim(); }).filter(Boolean);
    if (kind === "string") return raw;
    try { return JSON.parse(raw); } catch (e) { return raw; }  // the server names the bad parameter
  }

  function summaryText(c) {
    var spec = byName[c.detector];
    return (c.label || c.id || "New criterion") + " — " + (spec ? spec.label : (c.detector || "?")) +
      " · weight " + (c.weight === undefined || c.weight === "" ? 1 : c.weight) + (c.auto_fail ? " · auto-fail" : "");
  }

  function criterionBox(c, open) {
    var box = el("details", { className: "criterion-box", "data-criterion-id": c.id || "", open: !!open });
    box.appendChild(el("summary", { text: summaryText(c) }));
    var det = el("select", { "data-f": "detector" }, detectors.map(function (d) {
      return el("option", { value: d.name, text: d.label + " (" + d.name + ")" });
    }));
    if (c.detector && !byName[c.detector]) {
      // an unversioned or unknown name: keep it so the server can say what is wrong
      det.appendChild(el("option", { value: c.detector, text: c.detector }));
    }
    det.value = c.detector || detectors[0].name;
    var grid = el("div", { className: "grid-2" }, [
      field("Id", el("input", { type: "text", "data-f": "id", value: c.id || "", pattern: "[a-z0-9][a-z0-9_-]*" })),
      field("Label", el("input", { type: "text", "data-f": "label", value: c.label || "" })),
      field("Detector", det, (byName[det.value] || {}).description),
      field("Weight", el("input", { type: "number", step: "any", min: "0", "data-f": "weight", value: c.weight !== undefined ? c.weight : 1 })),
    ]);
    box.appendChild(grid);
    var af = el("input", { type: "checkbox", "data-f": "auto_fail" });
    af.checked = !!c.auto_fail;
    uid += 1; af.id = "ed-" + uid;
    box.appendChild(el("label", { className: "check", "for": af.id }, [af, " Auto-fail: failing this criterion fails the whole call"]));
    box.appendChild(field("Description", el("input", { type: "text", "data-f": "description", value: c.description || "" })));
    var coaching = el("textarea", { rows: "2", "data-f": "coaching" });
    coaching.value = c.coaching || "";
    box.appendChild(field("Coaching tip (shown when it fails)", coaching));
    var params = el("div", { className: "params" });
    box.appendChild(params);
    function renderParams(values) {
      params.innerHTML = "";
      var spec = byName[det.value];
      if (!spec) return;
      params.appendChild(el("h4", { text: "Parameters of " + spec.label }));
      var known = {};
      spec.params.forEach(function (p) {
        known[p.name] = true;
        var label = [(p.label || p.name) + (p.required ? " (required)" : ""), " ", el("code", { className: "param-key", text: p.name })];
        params.appendChild(field(label, paramInput(p, values[p.name]), p.description));
      });
      var extra = {};
      Object.keys(values).forEach(function (k) { if (!known[k]) extra[k] = values[k]; });
      if (Object.keys(extra).length) {
        var ta = el("textarea", { rows: "2", className: "mono", "data-extra": "1" });
        ta.value = JSON.stringify(extra);
        params.appendChild(field("Other parameters (not known to this detector)", ta));
      }
    }
    renderParams(c.params || {});
    det.addEventListener("change", function () {
      renderParams({});
      var help = det.parentNode.querySelector(".help");
      if (help) help.textContent = (byName[det.value] || {}).description || "";
    });
    var remove = el("button", { type: "button", className: "link-button danger", text: "Remove criterion" });
    remove.addEventListener("click", function () { box.remove(); fromForm(); });
    box.appendChild(remove);
    return box;
  }

  function sectionBox(s, open) {
    var box = el("fieldset", { className: "section-box" });
    box.appendChild(el("legend", { text: "Section: " + (s.label || s.id || "new") }));
    box.appendChild(el("div", { className: "grid-2" }, [
      field("Section id", el("input", { type: "text", "data-s": "id", value: s.id || "" })),
      field("Section label", el("input", { type: "text", "data-s": "label", value: s.label || "" })),
    ]));
    var list = el("div", { className: "criteria-list" });
    (s.criteria || []).forEach(function (c) { list.appendChild(criterionBox(c, open)); });
    box.appendChild(list);
    var add = el("button", { type: "button", text: "+ Add criterion" });
    add.addEventListener("click", function () {
      var d = detectors[0];
      list.appendChild(criterionBox({ id: "", label: "", detector: d.name, weight: 1, params: {} }, true));
      fromForm();
    });
    var remove = el("button", { type: "button", className: "link-button danger", text: "Remove section" });
    remove.addEventListener("click", function () { box.remove(); fromForm(); });
    box.appendChild(el("div", { className: "row" }, [add, remove]));
    return box;
  }

  function renderForm() {
    formView.innerHTML = "";
    var d = draft && typeof draft === "object" ? draft : {};
    var desc = el("textarea", { rows: "2", "data-top": "description" });
    desc.value = d.description || "";
    formView.appendChild(el("div", { className: "grid-4" }, [
      field("Scorecard id", el("input", { type: "text", "data-top": "id", value: d.id || "" })),
      field("Name", el("input", { type: "text", "data-top": "name", value: d.name || "" })),
      field("Version", el("input", { type: "number", min: "1", step: "1", "data-top": "version", value: d.version })),
      field("Pass mark (0-100)", el("input", { type: "number", min: "0", max: "100", step: "any", "data-top": "pass_mark", value: d.pass_mark })),
    ]));
    formView.appendChild(field("Description", desc));
    var sections = el("div", { className: "sections-list" });
    (d.sections || []).forEach(function (s) { sections.appendChild(sectionBox(s)); });
    formView.appendChild(sections);
    var add = el("button", { type: "button", text: "+ Add section" });
    add.addEventListener("click", function () {
      sections.appendChild(sectionBox({ id: "", label: "", criteria: [{ id: "", label: "", detector: detectors[0].name, weight: 1, params: {} }] }, true));
      fromForm();
    });
    formView.appendChild(add);
  }

  function num(v) { if (v === "") return undefined; var n = Number(v); return isNaN(n) ? v : n; }

  function collect() {
    var out = {};
    formView.querySelectorAll("[data-top]").forEach(function (input) {
      var k = input.getAttribute("data-top");
      out[k] = (k === "version" || k === "pass_mark") ? num(input.value) : input.value;
    });
    if (!out.description) delete out.description;
    out.sections = Array.prototype.map.call(formView.querySelectorAll(".section-box"), function (sb) {
      var s = { id: sb.querySelector('[data-s="id"]').value, label: sb.querySelector('[data-s="label"]').value };
      s.criteria = Array.prototype.map.call(sb.querySelectorAll(".criterion-box"), function (cb) {
        var c = {};
        cb.querySelectorAll("[data-f]").forEach(function (input) {
          var k = input.getAttribute("data-f");
          if (k === "auto_fail") c[k] = input.checked;
          else if (k === "weight") c[k] = num(input.value);
          else c[k] = input.value;
        });
        cb.setAttribute("data-criterion-id", c.id);
        cb.querySelector("summary").textContent = summaryText(c);
        var params = {};
        var extra = cb.querySelector("[data-extra]");
        if (extra && extra.value.trim()) { try { Object.assign(params, JSON.parse(extra.value)); } catch (e) { /* the server will say */ } }
        cb.querySelectorAll("[data-param]").forEach(function (input) {
          var v = readParam(input);
          if (v !== undefined) params[input.getAttribute("data-param")] = v;
        });
        c.params = params;
        if (!c.description) delete c.description;
        if (!c.coaching) delete c.coaching;
        return c;
      });
      return s;
    });
    return out;
  }

  formView.addEventListener("input", function (ev) { if (ev.target.matches("input, textarea, select")) fromForm(); });
  formView.addEventListener("change", function (ev) { if (ev.target.matches("input[type=checkbox], select")) fromForm(); });

  // --- tabs ---------------------------------------------------------------------------------------
  function show(which) {
    var formOn = which === "form";
    formView.hidden = !formOn;
    yamlView.hidden = formOn;
    tabForm.setAttribute("aria-selected", String(formOn));
    tabYaml.setAttribute("aria-selected", String(!formOn));
    if (formOn) fromYaml(true);
  }
  tabForm.hidden = false;
  tabForm.addEventListener("click", function () { show("form"); });
  tabYaml.addEventListener("click", function () { show("yaml"); });

  // start on the form unless the server reported an error in the YAML
  if (document.getElementById("server-error")) { fromYaml(false); } else { show("form"); }
})();
