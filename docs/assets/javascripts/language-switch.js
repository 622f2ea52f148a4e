/*
 * The language switch keeps the reader's place: its links to the twin page get the current #... address (a step
 * of a procedure is #step-<id> in both languages). Updated on load and on hashchange; and when a link is chosen,
 * since steps.js changes the address of a step without a hashchange event.
 *
 * No dependencies. Runs on Material's document$ observable when present, otherwise on DOMContentLoaded.
 */
(function () {
  "use strict";

  var LINKS = "a.md-select__link[hreflang]";

  /* The link as the page was built (relative, without a hash), then the current hash. */
  function withHash(link) {
    if (!link.hasAttribute("data-guide-href")) link.setAttribute("data-guide-href", link.getAttribute("href"));
    link.setAttribute("href", link.getAttribute("data-guide-href").split("#")[0] + location.hash);
  }

  function update() {
    document.querySelectorAll(LINKS).forEach(withHash);
  }

  window.addEventListener("hashchange", update);
  document.addEventListener(
    "click",
    function (event) {
      var link = event.target instanceof Element ? event.target.closest(LINKS) : null;
      if (link) withHash(link);
    },
    true
  );

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(update);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", update);
  } else {
    update();
  }
})();
