/*
 * The 404 page (overrides/404.html) holds every language; GitHub Pages shows it for any missing address. This
 * puts the section of the requested path's language first (the language whose start page the path is under, the
 * longest such root winning: "/en/..." is English, anything else the default language), with the title's part
 * and <html lang>, so the header's search (search-scope.js) looks in that language too.
 */
(() => {
  "use strict";

  const sections = document.querySelector("[data-guide-not-found-sections]");
  if (!sections) return;
  const languages = [...sections.querySelectorAll(":scope > section[data-lang][data-root]")];
  const path = location.pathname;
  const requested = languages
    .filter((section) => path.startsWith(section.dataset.root))
    .sort((a, b) => b.dataset.root.length - a.dataset.root.length)[0];
  if (!requested || requested === languages[0]) return;

  const lang = requested.dataset.lang;
  sections.prepend(requested);
  const title = document.querySelector("[data-guide-not-found-title]");
  const part = title && title.querySelector(`:scope > [data-lang="${lang}"]`);
  if (part) {
    const separator = part.previousElementSibling;
    title.prepend(part);
    if (separator) part.after(separator);
  }
  document.documentElement.lang = lang;
  const parts = document.title.split(" - ");
  const names = parts[0].split(" / ");
  const index = languages.indexOf(requested);
  if (names.length === languages.length && index > 0) {
    names.unshift(...names.splice(index, 1));
    document.title = [names.join(" / "), ...parts.slice(1)].join(" - ");
  }
})();
