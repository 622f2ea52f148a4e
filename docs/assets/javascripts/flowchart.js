/*
 * The flowchart on a narrow screen keeps its natural size in a container that scrolls sideways (flow.css): bring
 * the start node to the middle of it, so the chart opens where the flow starts. Without JavaScript the chart opens
 * at its left edge, and the text alternative below it lists the whole flow.
 *
 * No dependencies. Runs on Material's document$ observable when present, otherwise on DOMContentLoaded.
 */
(function () {
  "use strict";

  function showStart(container) {
    var start = container.querySelector(".guide-flow__node--start");
    if (!start || container.scrollWidth <= container.clientWidth) return;
    var node = start.getBoundingClientRect();
    var frame = container.getBoundingClientRect();
    container.scrollLeft += node.left + node.width / 2 - (frame.left + frame.width / 2);
  }

  function setUp() {
    document.querySelectorAll("[data-guide-flowchart]").forEach(showStart);
  }

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(setUp);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setUp);
  } else {
    setUp();
  }
})();
