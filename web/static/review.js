/* The review page: the transcript follows the audio, and anything carrying
 * data-seek (transcript lines, timeline bars, evidence, notes) plays the call
 * from that moment. Notes are pinned to the current playback time and saved
 * with fetch() (CSRF header) so playback is not interrupted. */
"use strict";

(() => {
  const player = document.getElementById("player");
  const transcript = document.getElementById("transcript");
  const follow = document.getElementById("follow");
  const lines = transcript ? Array.from(transcript.querySelectorAll(".utt")) : [];
  const noteTime = document.getElementById("note-time");
  const noteLabel = document.getElementById("note-time-label");
  let current = null;
  let lastPicked = 0;

  function clock(t) {
    const s = Math.max(0, Math.round(t));
    const m = Math.floor(s / 60);
    return m + ":" + String(s % 60).padStart(2, "0");
  }

  function setNoteTime(t) {
    if (!noteTime) return;
    noteTime.value = t.toFixed(1);
    if (noteLabel) noteLabel.textContent = clock(t);
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
      if (!player.paused) setNoteTime(player.currentTime);
    });
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
      button.disabled = true;
      try {
        const response = await window.qaFetch(noteForm.action, { method: "POST", body: new FormData(noteForm) });
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
        who.textContent = "— " + body.author + (body.criterion ? " · " + body.criterion : "");
        li.append(time, " ", text, " ", who);
        const after = Array.from(list.children).find((x) => {
          const b = x.querySelector("[data-seek]");
          return b && parseFloat(b.dataset.seek) > body.time;
        });
        list.insertBefore(li, after || null);
        noteForm.querySelector("textarea").value = "";
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
      box.setAttribute("role", isError ? "alert" : "status");
      noteForm.append(box);
    }
    box.className = "flash " + (isError ? "flash-error" : "flash-success");
    box.textContent = message;
  }

  if (location.hash.startsWith("#criterion-")) showEvidence(location.hash.slice("#criterion-".length));
})();
