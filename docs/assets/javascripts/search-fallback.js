/*
 * Search: when a query finds nothing, offer the flow's first question and its answers instead of an empty list.
 *
 * Material writes the result count into .md-search-result__meta on every query ("no matching documents" when
 * there is none). The offer is a <template> on every page (overrides/partials/guide/search-fallback.html, made
 * from the flow by hooks/search_hook.py); this script shows a copy of it under the count while the count says
 * "none", and removes it otherwise. It stores nothing.
 */
(() => {
  "use strict";

  const template = document.getElementById("guide-search-fallback");
  const result = document.querySelector(".md-search-result");
  const meta = result && result.querySelector(".md-search-result__meta");
  if (!template || !meta) return;
  const none = template.dataset.none.trim();

  function update() {
    const shown = result.querySelector(".guide-search-fallback");
    const empty = meta.textContent.trim() === none;
    if (empty && !shown) meta.after(template.content.cloneNode(true));
    if (!empty && shown) shown.remove();
  }

  new MutationObserver(update).observe(meta, { childList: true, characterData: true, subtree: true });
})();
