/*
 * The guide's offline copy, from the page's side (the service worker is /offline-worker.js, written by
 * hooks/offline_hook.py; see its comment).
 *
 * - Once the page has loaded, registers the worker (scoped to the site root, the folder two levels above this
 *   script) and asks it to keep the pages of this page's language. When they are all kept, the quiet line above the
 *   footer (overrides/partials/guide/offline-status.html) says so, plainly naming where: this browser's storage on
 *   this device; offline, it says the saved pages are shown.
 * - Online, every page asks the browser to look for a new worker at once (one small request): a new build is then
 *   picked up during the reader's next visit, not whenever the browser would get round to it.
 * - The line's [data-guide-offline-remove] button removes the copy: every cache named guide-offline-* and the
 *   worker. The tab then remembers, in sessionStorage, not to save it again until it is closed or the reader
 *   chooses [data-guide-offline-keep]; nothing else is ever written. The [data-guide-forget] button of "before you
 *   give the device back" removes everything the guide can keep: the copy, and the dates a reader chose to keep in
 *   a timeline (localStorage guide-timeline, see timeline.js, which also clears its fields on that button).
 *
 * No dependencies. Does nothing where the browser has no service workers (and nothing runs without JavaScript).
 */
(function () {
  "use strict";

  var PREFIX = "guide-offline-";
  var REMOVED = "guide-offline-removed"; /* sessionStorage: the reader removed the copy in this tab */
  var TIMELINE = "guide-timeline"; /* localStorage: a timeline's dates, kept only when the reader chose to */
  var script = document.currentScript;
  var supported = "serviceWorker" in navigator && "caches" in window && script && window.isSecureContext;
  var root = script ? new URL("../../", script.src) : null;
  var lang = document.documentElement.lang;
  var kept = false;

  function line() {
    return document.querySelector("[data-guide-offline]");
  }

  /* Shows the line in one of its states: "saved", "offline", "removed" (texts from its data-* attributes). */
  function show(state) {
    var element = line();
    if (!element) return;
    element.querySelector("[data-guide-offline-text]").textContent = element.getAttribute("data-" + state);
    element.querySelectorAll("[data-guide-offline-remove]").forEach(function (button) {
      button.hidden = state === "removed";
    });
    element.querySelectorAll("[data-guide-offline-keep]").forEach(function (button) {
      button.hidden = state !== "removed";
    });
    element.setAttribute("data-state", state);
    element.hidden = false;
  }

  function showKept() {
    if (kept) show(navigator.onLine ? "saved" : "offline");
  }

  function removedHere() {
    try {
      return sessionStorage.getItem(REMOVED) === "1";
    } catch (error) {
      return false;
    }
  }

  function ask(worker, message) {
    return new Promise(function (resolve) {
      var channel = new MessageChannel();
      channel.port1.onmessage = function (event) {
        resolve(event.data);
      };
      worker.postMessage(message, [channel.port2]);
    });
  }

  function keep() {
    navigator.serviceWorker
      .register(new URL("offline-worker.js", root).href, { scope: root.href })
      .then(function (registration) {
        if (navigator.onLine && registration.active) registration.update().catch(function () {});
        return navigator.serviceWorker.ready;
      })
      .then(function (registration) {
        return ask(registration.active, { type: "keep", lang: lang });
      })
      .then(function (answer) {
        kept = answer.type === "kept";
        showKept();
      })
      .catch(function () {
        /* No copy this time (private mode, no space): the page works as before. */
      });
  }

  function remove() {
    var inScope = function (registration) {
      return registration.scope === root.href;
    };
    var unregistered = navigator.serviceWorker.getRegistrations().then(function (registrations) {
      return Promise.all(
        registrations.filter(inScope).map(function (registration) {
          return registration.unregister();
        })
      );
    });
    var deleted = caches.keys().then(function (names) {
      return Promise.all(
        names
          .filter(function (name) {
            return name.indexOf(PREFIX) === 0;
          })
          .map(function (name) {
            return caches.delete(name);
          })
      );
    });
    try {
      sessionStorage.setItem(REMOVED, "1");
    } catch (error) {
      /* The copy is removed all the same. */
    }
    kept = false;
    return Promise.all([unregistered, deleted]).then(function () {
      show("removed");
    });
  }

  function forgetEverything() {
    try {
      localStorage.removeItem(TIMELINE);
    } catch (error) {
      /* Nothing was kept. */
    }
    remove().then(function () {
      document.querySelectorAll("[data-guide-forget-note]").forEach(function (note) {
        note.querySelector("[data-guide-forget-status]").textContent = note.getAttribute("data-done");
      });
    });
  }

  function keepAgain() {
    try {
      sessionStorage.removeItem(REMOVED);
    } catch (error) {
      /* Nothing was kept. */
    }
    keep();
  }

  if (!supported) return;

  document.addEventListener("click", function (event) {
    if (!(event.target instanceof Element)) return;
    if (event.target.closest("[data-guide-forget]")) forgetEverything();
    else if (event.target.closest("[data-guide-offline-remove]")) remove();
    else if (event.target.closest("[data-guide-offline-keep]")) keepAgain();
  });
  document.querySelectorAll("[data-guide-forget-note]").forEach(function (note) {
    note.hidden = false;
  });
  window.addEventListener("online", showKept);
  window.addEventListener("offline", showKept);

  if (removedHere()) show("removed");
  else if (document.readyState === "complete") keep();
  else window.addEventListener("load", keep);
})();
