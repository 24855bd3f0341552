/* The review page: the transcript and the timeline's playhead follow the audio,
 * and anything carrying data-seek (transcript lines, timeline bars, evidence,
 * notes) plays the call from that moment. Notes are pinned to the current
 * playback time (shown and typed as m:ss, the page's one time format) and
 * saved with fetch() (CSRF header) so playback is not interrupted; a new note
 * appears in the list and as a dot on the timeline at once. */
"use strict";

(() => {
  const player = document.getElementById("player");
  const transcript = document.getElementById("transcript");
  const follow = document.getElementById("follow");
  const lines = transcript ? Array.from(transcript.querySelectorAll(".utt")) : [];
  const noteTime = document.getElementById("note-time");
  const noteLabel = document.getElementById("note-time-label");
  const timeline = document.querySelector("svg.timeline");
  const playhead = timeline ? timeline.querySelector(".playhead") : null;
  const SVG_NS = "http://www.w3.org/2000/svg";
  let current = null;
  let lastPicked = 0;

  // m:ss, h:mm:ss from an hour (the same as the server's clock filter)
  function clock(t) {
    const s = Math.max(0, Math.round(t));
    const h = Math.floor(s / 3600);
    const m = Math.floor((s % 3600) / 60);
    const ss = String(s % 60).padStart(2, "0");
    return h ? h + ":" + String(m).padStart(2, "0") + ":" + ss : m + ":" + ss;
  }

  // "1:05", "1:05.5", "1:02:03" or plain seconds ("65") -> seconds; NaN when it is none of these
  function parseClock(text) {
    const value = text.trim();
    if (/^\d+(\.\d+)?$/.test(value)) return parseFloat(value);
    const m = value.match(/^(?:(\d+):)?(\d+):([0-5]\d(?:\.\d+)?)$/);
    if (!m) return NaN;
    return (parseInt(m[1] || "0", 10) * 3600) + parseInt(m[2], 10) * 60 + parseFloat(m[3]);
  }

  // the note's time field shows m:ss; the precise seconds travel in data-seconds and are sent
  if (noteTime) {
    noteTime.type = "text";
    noteTime.inputMode = "decimal";
    noteTime.autocomplete = "off";
    noteTime.dataset.seconds = noteTime.value || "0";
    noteTime.value = clock(parseFloat(noteTime.dataset.seconds));
    const timeLabel = document.querySelector('label[for="note-time"]');
    if (timeLabel) timeLabel.textContent = "Time in the call (m:ss)";
    noteTime.addEventListener("input", () => {
      const t = parseClock(noteTime.value);
      noteTime.setCustomValidity(Number.isNaN(t) ? "Use m:ss, e.g. 1:05" : "");
      if (!Number.isNaN(t)) {
        noteTime.dataset.seconds = String(t);
        if (noteLabel) noteLabel.textContent = clock(t);
      }
    });
  }

  function setNoteTime(t) {
    if (!noteTime) return;
    noteTime.dataset.seconds = t.toFixed(2);
    noteTime.value = clock(t);
    noteTime.setCustomValidity("");
    if (noteLabel) noteLabel.textContent = clock(t);
  }

  // where second t is on the timeline, in the drawing's coordinates
  function timelineX(t) {
    const x0 = parseFloat(timeline.dataset.x0);
    const x1 = parseFloat(timeline.dataset.x1);
    const duration = parseFloat(timeline.dataset.duration) || 1;
    return x0 + (x1 - x0) * Math.min(Math.max(t, 0), duration) / duration;
  }

  function movePlayhead(t) {
    if (!playhead) return;
    const x = timelineX(t).toFixed(1);
    playhead.setAttribute("x1", x);
    playhead.setAttribute("x2", x);
    playhead.dataset.time = t.toFixed(2);
  }

  function addTimelineNote(t, text) {
    if (!timeline) return;
    const g = document.createElementNS(SVG_NS, "g");
    g.setAttribute("class", "note-mark");
    g.dataset.seek = t.toFixed(2);
    const dot = document.createElementNS(SVG_NS, "circle");
    dot.setAttribute("cx", timelineX(t).toFixed(1));
    dot.setAttribute("cy", "8");
    dot.setAttribute("r", "5");
    const title = document.createElementNS(SVG_NS, "title");
    title.textContent = "Note at " + clock(t) + ": " + text.slice(0, 120);
    g.append(dot, title);
    timeline.insertBefore(g, playhead || null);
  }

  function lineAt(t) {
    // the latest line that started at or before t (lines are in time order)
    let found = null;
    for (const li of lines) {
      if (parseFloat(li.dataset.start) > t) break;
      found = li;
    }
    return found;
  }

  function highlight(li, scroll) {
    if (li === current) return;
    if (current) {
      current.classList.remove("current");
      current.removeAttribute("aria-current");
    }
    current = li;
    if (!li) return;
    li.classList.add("current");
    li.setAttribute("aria-current", "true");
    if (scroll && (!follow || follow.checked)) {
      const box = li.closest(".transcript-card");
      if (box) {
        const top = li.offsetTop - box.offsetTop;
        if (top < box.scrollTop + 20 || top > box.scrollTop + box.clientHeight - 60) {
          box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3), behavior: "smooth" });
        }
      }
    }
  }

  function seek(t, play) {
    lastPicked = t;
    setNoteTime(t);
    movePlayhead(t);
    if (player) {
      player.currentTime = t;
      if (play) {
        const p = player.play();
        if (p && p.catch) p.catch(() => {});
      }
    }
    highlight(lineAt(t + 0.01), true);
  }

  function clearEvidence() {
    document.querySelectorAll("mark.active").forEach((m) => m.classList.remove("active"));
    document.querySelectorAll(".utt.evidence-active").forEach((li) => li.classList.remove("evidence-active"));
    document.querySelectorAll(".criterion.selected").forEach((c) => c.classList.remove("selected"));
  }

  function showEvidence(criterion) {
    clearEvidence();
    document.querySelectorAll("mark[data-criteria]").forEach((m) => {
      if (m.dataset.criteria.split(" ").includes(criterion)) m.classList.add("active");
    });
    document.querySelectorAll(".utt[data-line-criteria]").forEach((li) => {
      if (li.dataset.lineCriteria.split(" ").includes(criterion)) li.classList.add("evidence-active");
    });
    const card = document.getElementById("criterion-" + criterion);
    if (card) card.classList.add("selected");
  }

  document.addEventListener("click", (event) => {
    const target = event.target.closest("[data-seek]");
    if (target) {
      event.preventDefault();
      const criterion = target.dataset.criterion;
      if (criterion) showEvidence(criterion);
      const utt = target.dataset.utterance;
      if (utt !== undefined && utt !== "") {
        const li = document.getElementById("u-" + utt);
        if (li) {
          li.classList.add("flash-evidence");
          setTimeout(() => li.classList.remove("flash-evidence"), 1500);
        }
      }
      seek(parseFloat(target.dataset.seek), true);
      return;
    }
    // a click anywhere on a transcript line (not on a link or form control) plays it
    const li = event.target.closest(".utt");
    if (li && !event.target.closest("a, button, input, textarea, select")) {
      seek(parseFloat(li.dataset.start), true);
    }
  });

  if (player) {
    player.addEventListener("timeupdate", () => {
      highlight(lineAt(player.currentTime), !player.paused);
      movePlayhead(player.currentTime);
      if (!player.paused) setNoteTime(player.currentTime);
    });
    player.addEventListener("seeked", () => movePlayhead(player.currentTime));
    player.addEventListener("pause", () => setNoteTime(player.currentTime));
  }

  // keyboard: Alt+K toggles play/pause anywhere on the page (outside text fields)
  document.addEventListener("keydown", (event) => {
    if (!player || !event.altKey || event.key.toLowerCase() !== "k") return;
    if (event.target.closest("input, textarea, select")) return;
    event.preventDefault();
    if (player.paused) player.play(); else player.pause();
  });

  const noteForm = document.getElementById("note-form");
  if (noteForm && window.fetch && window.qaFetch) {
    noteForm.addEventListener("submit", async (event) => {
      event.preventDefault();
      if (player && !player.paused) setNoteTime(player.currentTime);
      const button = noteForm.querySelector("button[type=submit]");
      if (noteTime && !noteTime.checkValidity()) {
        announce("The note's time is not m:ss (e.g. 1:05); fix it and add the note again.", true);
        return;
      }
      button.disabled = true;
      try {
        const form = new FormData(noteForm);
        if (noteTime) form.set("time", noteTime.dataset.seconds || "0");
        const response = await window.qaFetch(noteForm.action, { method: "POST", body: form });
        const body = await response.json();
        if (!response.ok) throw new Error(body.error || "The note was not saved.");
        const list = document.getElementById("note-list");
        const empty = list.querySelector(".empty-notes");
        if (empty) empty.remove();
        const li = document.createElement("li");
        const time = document.createElement("button");
        time.type = "button";
        time.className = "utt-time";
        time.dataset.seek = String(body.time);
        time.textContent = clock(body.time);
        const text = document.createElement("span");
        text.className = "note-text";
        text.textContent = body.text;
        const who = document.createElement("span");
        who.className = "muted tiny";
        who.textContent = "— " + body.author + (body.criterion ? " · " + (body.criterion_label || body.criterion) : "");
        li.append(time, " ", text, " ", who);
        const after = Array.from(list.children).find((x) => {
          const b = x.querySelector("[data-seek]");
          return b && parseFloat(b.dataset.seek) > body.time;
        });
        list.insertBefore(li, after || null);
        addTimelineNote(body.time, body.text);
        noteForm.querySelector("textarea").value = "";
        // the next note is about no criterion until one is picked again
        const criterion = noteForm.querySelector("select[name=criterion]");
        if (criterion) criterion.value = "";
        const count = document.querySelector('.jump a[href="#notes"]');
        if (count) count.textContent = "Notes (" + list.querySelectorAll(".note-text").length + ")";
        announce("Note added at " + clock(body.time) + ".");
      } catch (err) {
        announce(err.message, true);
      } finally {
        button.disabled = false;
      }
    });
  }

  function announce(message, isError) {
    let box = document.getElementById("live-status");
    if (!box) {
      box = document.createElement("p");
      box.id = "live-status";
      noteForm.append(box);
    }
    box.setAttribute("role", isError ? "alert" : "status");
    box.className = "flash " + (isError ? "flash-error" : "flash-success");
    box.textContent = message;
  }

  if (location.hash.startsWith("#criterion-")) showEvidence(location.hash.slice("#criterion-".length));
})();
