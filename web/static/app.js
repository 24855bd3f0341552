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
  // confirmations float over the review page: let them go after a while (errors stay)
  document.querySelectorAll(".review-page .flashes .flash-success, .review-page .flashes .flash-info")
    .forEach((flash) => setTimeout(() => flash.remove(), 8000));
});
