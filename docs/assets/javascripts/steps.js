/*
 * Procedure step tabs (hooks/procedures_hook.py renders them as Material content tabs inside .guide-steps).
 *
 * - A #step-... address (on load, on hashchange, or a link such as "next step") opens the tab holding the step,
 *   brings its tab set into view and, for links, moves keyboard focus to the step's title. The title's scroll
 *   margin is kept as tall as the rows of tabs above it.
 * - Choosing a tab (click, or arrow keys on its radio input) puts that step's #step-... in the address bar.
 * - Without a step address every step set starts at its first step: Material's content.tabs.link would otherwise
 *   reopen a tab whose label matched one chosen on another page.
 * - The "Print step sheet" button is shown, and prints (print.css turns the page into the sheet).
 *
 * No dependencies. Runs on Material's document$ observable when present, otherwise on DOMContentLoaded.
 */
(function () {
  "use strict";

  var STEPS = ".guide-steps";
  var BLOCK = ".tabbed-block";
  var quiet = false; /* true while this script checks tabs itself: those changes leave the address alone */

  function quietly(action) {
    quiet = true;
    try {
      action();
    } finally {
      quiet = false;
    }
  }

  function inputsOf(set) {
    return Array.prototype.slice.call(set.querySelectorAll(":scope > input"));
  }

  function blocksOf(set) {
    return Array.prototype.slice.call(set.querySelectorAll(":scope > .tabbed-content > " + BLOCK));
  }

  /* pymdownx.tabbed writes a set's radio inputs and its panels in the same order. */
  function inputOf(block) {
    var set = block.closest(".tabbed-set");
    return set ? inputsOf(set)[blocksOf(set).indexOf(block)] || null : null;
  }

  function stepAnchorOf(input) {
    var set = input.closest(".tabbed-set");
    var block = blocksOf(set)[inputsOf(set).indexOf(input)];
    var title = block && block.querySelector("[id^='step-']");
    return title ? title.id : null;
  }

  /* Check a tab, telling Material (its data-md-switching convention) not to link it to same-named tabs. */
  function check(input) {
    if (input.checked) return;
    var label = document.querySelector("label[for='" + input.id + "']");
    if (label) label.setAttribute("data-md-switching", "");
    input.checked = true;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  /* The element a "#..." address points at, when it sits in a step panel. */
  function stepTarget(hash) {
    if (!hash || hash.charAt(0) !== "#" || hash.length < 2) return null;
    var id;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch (error) {
      return null;
    }
    var target = document.getElementById(id);
    return target && target.closest(STEPS) && target.closest(BLOCK) ? target : null;
  }

  function open(target, moveFocus) {
    var block = target.closest(BLOCK);
    var input = inputOf(block);
    if (!input) return;
    quietly(function () {
      check(input);
    });
    block.closest(".tabbed-set").scrollIntoView({ block: "start" });
    if (moveFocus) (block.querySelector("[id^='step-']") || target).focus({ preventScroll: true });
  }

  function openFromAddress(moveFocus) {
    var target = stepTarget(location.hash);
    if (target) open(target, moveFocus);
  }

  function startAtFirstSteps() {
    quietly(function () {
      document.querySelectorAll(STEPS + " .tabbed-set").forEach(function (set) {
        var first = inputsOf(set)[0];
        if (first) check(first);
      });
    });
  }

  function showPrintButtons() {
    document.querySelectorAll("[data-guide-print]").forEach(function (button) {
      button.hidden = false;
    });
  }

  /* A #step-... address scrolls to the step's title: its scroll margin leaves room for the rows of tabs above it,
     as many as the width of the screen makes (steps.css). */
  function measureTabRows() {
    document.querySelectorAll(STEPS + " .tabbed-set").forEach(function (set) {
      var labels = set.querySelector(":scope > .tabbed-labels");
      if (labels) set.style.setProperty("--guide-tabs-height", labels.offsetHeight + "px");
    });
  }

  /* Once per document (Material's instant navigation would bring new ones). */
  function setUp() {
    showPrintButtons();
    if (!document.querySelector(STEPS)) return;
    measureTabRows();
    startAtFirstSteps();
    openFromAddress(false);
  }

  /* Once per window. */
  function listen() {
    window.addEventListener("resize", measureTabRows);
    window.addEventListener("hashchange", function () {
      openFromAddress(true);
    });

    document.addEventListener("click", function (event) {
      if (!(event.target instanceof Element)) return;
      if (event.target.closest("[data-guide-print]")) {
        window.print();
        return;
      }
      /* Previous/next and any other link to a step: open its tab first, then follow the link. */
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      var link = event.target.closest("a[href^='#']");
      var target = link && stepTarget(link.getAttribute("href"));
      if (!target) return;
      event.preventDefault();
      if (location.hash !== link.getAttribute("href")) history.pushState(null, "", link.getAttribute("href"));
      open(target, true);
    });

    /* A tab chosen by click or keyboard: its step's address, replacing (not adding) the history entry. */
    document.addEventListener("change", function (event) {
      var input = event.target;
      if (quiet || !(input instanceof HTMLInputElement) || !input.checked) return;
      if (!input.matches(STEPS + " .tabbed-set > input")) return;
      var anchor = stepAnchorOf(input);
      if (anchor && location.hash !== "#" + anchor) history.replaceState(history.state, "", "#" + anchor);
    });
  }

  listen();
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
