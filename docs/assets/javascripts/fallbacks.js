/*
 * "If this did not work" (hooks/guide/templates/flow/fallbacks.md.jinja): one <details> group per situation or
 * question that leads to this page, each named by it (open when it is the only one). When the reader came from one
 * of them (the same-origin document.referrer), that group opens and comes first, and the others fold under one more
 * <details> named by data-others. Nothing is stored: no cookies, no localStorage or sessionStorage. Printing opens
 * every group.
 *
 * No dependencies. Runs on Material's document$ observable when present, otherwise on DOMContentLoaded.
 */
(function () {
  "use strict";

  var SECTION = "[data-guide-fallbacks]";

  function pathOf(url) {
    return url.pathname.replace(/index\.html$/, "");
  }

  /* The path of the page the reader came from, when it is a page of this site. */
  function cameFrom() {
    if (!document.referrer) return null;
    var url;
    try {
      url = new URL(document.referrer);
    } catch (error) {
      return null;
    }
    return url.origin === location.origin ? pathOf(url) : null;
  }

  function groupFrom(groups, path) {
    return groups.find(function (group) {
      var link = group.querySelector("a.guide-fallback__source");
      return link && pathOf(new URL(link.href)) === path;
    });
  }

  function arrange(section, path) {
    if (section.hasAttribute("data-guide-arranged")) return;
    var groups = Array.prototype.slice.call(section.querySelectorAll(":scope > details.guide-fallback"));
    var first = groupFrom(groups, path);
    if (!first) return;
    section.setAttribute("data-guide-arranged", "");
    first.open = true;
    section.insertBefore(first, groups[0]);
    section.querySelectorAll(":scope > .guide-fallbacks__choose").forEach(function (choose) {
      choose.hidden = true;
    });
    var others = groups.filter(function (group) {
      return group !== first;
    });
    if (!others.length) return;
    var details = document.createElement("details");
    details.className = "guide-fallbacks__others";
    var summary = document.createElement("summary");
    summary.textContent = section.getAttribute("data-others");
    details.appendChild(summary);
    others.forEach(function (group) {
      details.appendChild(group);
    });
    first.after(details);
  }

  function setUp() {
    var path = cameFrom();
    if (!path || path === pathOf(location)) return;
    document.querySelectorAll(SECTION).forEach(function (section) {
      arrange(section, path);
    });
  }

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll(".guide-fallback, .guide-fallbacks__others").forEach(function (details) {
      details.open = true;
    });
  });

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
