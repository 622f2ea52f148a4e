/*
 * Search results: show the procedure step a query was found in.
 *
 * The index has one entry per procedure step (page/#step-<id>, from hooks/search_hook.py). Material lists a
 * page's matching sections under the page and folds those that score below its best entry into
 * "N more on this page". A page's own entry carries its title and keywords, so it usually outscores the step
 * that holds the words typed, and the step ends up folded away. For each result, this script moves the
 * best-scoring matching step out of the fold to the first place under the page, so one click (and the step
 * tabs' #step- handling in steps.js) opens that step. Ranking is left to Material.
 */
(() => {
  "use strict";

  const list = document.querySelector(".md-search-result__list");
  const config = document.getElementById("__config");
  if (!list || !config) return;
  const translations = JSON.parse(config.textContent).translations || {};

  const LINK = ":scope > a.md-search-result__link";
  const isStep = link => new URL(link.href).hash.startsWith("#step-");
  const score = link => parseFloat(link.firstElementChild?.getAttribute("data-md-score") || "0");

  function moreLabel(count) {
    const one = translations["search.result.more.one"];
    const other = translations["search.result.more.other"];
    return count === 1 && one ? one : (other || "# more").replace("#", String(count));
  }

  /** Move the result's best folded step link to the first place under the page, unless a step shows already. */
  function showStep(item) {
    const details = item.querySelector(":scope > details.md-search-result__more");
    if (!details) return;
    const shown = Array.from(item.querySelectorAll(LINK));
    if (shown.slice(1).some(isStep)) return;
    const folded = Array.from(details.querySelectorAll(LINK));
    const steps = folded.filter(isStep);
    if (!steps.length) return;
    const best = steps.reduce((a, b) => (score(b) > score(a) ? b : a));
    item.insertBefore(best, shown[1] || details);
    const left = folded.length - 1;
    const summary = details.querySelector("summary > div");
    if (left === 0) details.remove();
    else if (summary) summary.textContent = moreLabel(left);
  }

  new MutationObserver(records => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof HTMLElement && node.matches("li.md-search-result__item")) showStep(node);
  }).observe(list, { childList: true });
})();
