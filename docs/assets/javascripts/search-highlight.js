/*
 * Search results on Japanese pages: the page a result opens marks the words of the query.
 *
 * Material adds ?h=<terms> to every result link, and the page it opens marks each term wherever it occurs. On
 * Japanese pages those terms are pieces from the segmenter, not words: 機種変更 became 機種変 (so 「機種変更」 was
 * never marked whole), and 確認コード became 確 and コード, so the 確 of 確かめます was marked. This script
 * rewrites the h of each result link, as Material writes the result list, to the words of the query as typed
 * (window.guideSearch.highlightTerms in search-scope.js). English pages keep Material's terms, which are the
 * query's own words.
 */
(() => {
  "use strict";

  const list = document.querySelector(".md-search-result__list");
  const input = document.querySelector("input.md-search__input");
  if (!list || !input || document.documentElement.lang !== "ja" || !window.guideSearch) return;

  function rewrite(item) {
    const words = window.guideSearch.highlightTerms(input.value).join(" ");
    for (const link of item.querySelectorAll("a.md-search-result__link")) {
      const url = new URL(link.href);
      if (!url.searchParams.has("h")) continue;
      if (words) url.searchParams.set("h", words);
      else url.searchParams.delete("h");
      link.href = url.href;
    }
  }

  new MutationObserver(records => {
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof HTMLElement && node.matches("li.md-search-result__item")) rewrite(node);
  }).observe(list, { childList: true });
})();
