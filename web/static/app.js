/* QA Service: helpers every page may use (vanilla JS, no libraries).
 *
 * qaFetch(url, options): fetch() that sends the page's CSRF token in the
 * X-CSRFToken header and asks for JSON; use it for every state-changing
 * request made from JavaScript.
 */
"use strict";

function csrfToken() {
  const meta = document.querySelector('meta[name="csrf-token"]');
  return meta ? meta.content : "";
}

function qaFetch(url, options) {
  const opts = Object.assign({ method: "GET", credentials: "same-origin" }, options || {});
  const headers = new Headers(opts.headers || {});
  headers.set("Accept", "application/json");
  if (!/^(GET|HEAD|OPTIONS)$/i.test(opts.method)) headers.set("X-CSRFToken", csrfToken());
  opts.headers = headers;
  return fetch(url, opts);
}

window.qaFetch = qaFetch;

document.addEventListener("DOMContentLoaded", () => {
  // selects marked data-autosubmit submit their form on change (a <noscript> button covers no-JS)
  document.querySelectorAll("select[data-autosubmit]").forEach((select) => {
    select.addEventListener("change", () => select.form.submit());
  });
  // messages sit in the page above what they are about (they never cover it) and stay until
  // closed: taking them away by themselves would move the page under the reader's pointer
  document.querySelectorAll(".flashes .flash").forEach(addCloseButton);
});

function addCloseButton(flash) {
  if (flash.querySelector(".flash-close")) return;
  const close = document.createElement("button");
  close.type = "button";
  close.className = "flash-close";
  close.setAttribute("aria-label", "Dismiss this message");
  close.textContent = "×";
  close.addEventListener("click", () => {
    const box = flash.parentElement;
    flash.remove();
    if (box && box.classList.contains("flashes") && !box.children.length) box.remove();
  });
  flash.prepend(close);
}

window.qaAddCloseButton = addCloseButton;
