/*
 * Procedure step tabs (hooks/procedure_pages.py renders them as Material content tabs in .guide-steps).
 *
 * - A #step-... address (on load, on hashchange, or a previous/next link) opens the tab that holds the step.
 * - Choosing a tab (click, or arrow keys on the tab's radio input) puts that step's #step-... in the address.
 * - Without an address, every step set starts at its first step (Material's content.tabs.link would otherwise
 *   reopen a tab whose label matched one chosen on another page).
 * - The "Print step sheet" button is shown and prints the page (print.css turns it into the sheet).
 *
 * No dependencies. Uses Material's document$ observable when present, otherwise DOMContentLoaded.
 */
(function () {
  "use strict";

  var STEPS = ".guide-steps";
  var BLOCK = ".tabbed-block";
  var settingUp = false; /* true while this script itself checks tabs: those changes leave the address alone */

  /* The radio input that shows a given .tabbed-block (pymdownx.tabbed: inputs and blocks in the same order). */
  function inputOf(block) {
    var set = block.closest(".tabbed-set");
    if (!set) return null;
    var blocks = Array.prototype.filter.call(block.parentElement.children, function (el) {
      return el.matches(BLOCK);
    });
    var inputs = set.querySelectorAll(":scope > input");
    return inputs[blocks.indexOf(block)] || null;
  }

  /* The step anchor (#step-...) shown by a radio input. */
  function anchorOf(input) {
    var set = input.closest(".tabbed-set");
    var inputs = Array.prototype.slice.call(set.querySelectorAll(":scope > input"));
    var blocks = set.querySelectorAll(":scope > .tabbed-content > " + BLOCK);
    var block = blocks[inputs.indexOf(input)];
    var title = block && block.querySelector("[id^='step-']");
    return title ? title.id : null;
  }

  /* Check a tab without Material linking it to same-named tabs elsewhere (its data-md-switching convention). */
  function check(input) {
    if (input.checked) return;
    var label = document.querySelector("label[for='" + input.id + "']");
    if (label) label.setAttribute("data-md-switching", "");
    input.checked = true;
    input.dispatchEvent(new Event("change", { bubbles: true }));
  }

  /* The element an address points at, if it sits inside a step panel. */
  function stepTarget(hash) {
    if (!hash || hash.length < 2) return null;
    var id;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch (error) {
      return null;
    }
    var target = document.getElementById(id);
    if (!target || !target.closest(STEPS)) return null;
    return target.closest(BLOCK) ? target : null;
  }

  /* Open the panel holding `target`, bring its tab set into view, and move focus to the step. */
  function open(target, options) {
    var block = target.closest(BLOCK);
    var input = block && inputOf(block);
    if (!input) return false;
    check(input);
    var set = block.closest(".tabbed-set");
    set.scrollIntoView({ block: "start" });
    if (options && options.focus) {
      var title = block.querySelector("[id^='step-']") || target;
      title.focus({ preventScroll: true });
    }
    return true;
  }

  function openFromAddress(focus) {
    var target = stepTarget(location.hash);
    if (target) open(target, { focus: focus });
  }

  function startAtFirstStep() {
    document.querySelectorAll(STEPS + " .tabbed-set").forEach(function (set) {
      var first = set.querySelector(":scope > input");
      if (first) check(first);
    });
  }

  function showPrintButtons() {
    document.querySelectorAll("[data-guide-print]").forEach(function (button) {
      button.hidden = false;
      if (button.dataset.guideBound) return;
      button.dataset.guideBound = "1";
      button.addEventListener("click", function () {
        window.print();
      });
    });
  }

  /* Once per document (also after Material's instant navigation swaps the content). */
  function setUp() {
    showPrintButtons();
    if (!document.querySelector(STEPS)) return;
    settingUp = true;
    try {
      startAtFirstStep();
      openFromAddress(false);
    } finally {
      settingUp = false;
    }
  }

  /* Once per window. */
  function listen() {
    window.addEventListener("hashchange", function () {
      settingUp = true;
      try {
        openFromAddress(true);
      } finally {
        settingUp = false;
      }
    });

    /* Previous/next links and any link to a step: open the tab first, then follow the link. */
    document.addEventListener("click", function (event) {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      var link = event.target.closest && event.target.closest("a[href^='#']");
      if (!link) return;
      var target = stepTarget(link.getAttribute("href"));
      if (!target) return;
      event.preventDefault();
      if (location.hash !== link.getAttribute("href")) history.pushState(null, "", link.getAttribute("href"));
      settingUp = true;
      try {
        open(target, { focus: true });
      } finally {
        settingUp = false;
      }
    });

    /* A tab chosen by click or keyboard: its step's address, without adding a history entry per tab. */
    document.addEventListener("change", function (event) {
      var input = event.target;
      if (settingUp) return;
      if (!input.matches || !input.matches(STEPS + " .tabbed-set > input") || !input.checked) return;
      var anchor = anchorOf(input);
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
