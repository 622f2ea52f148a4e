/*
 * The reader's timeline of a waiting period (hooks/guide/templates/procedures/timeline.html.jinja): only on the
 * pages that show one (hooks/timeline_hook.py).
 *
 * - Shows the live parts instead of the blanks: a date field for the day of the request and one for the date in
 *   Apple's notice, and the two dates that follow: the last day the notice can come (the request's day plus the
 *   section's data-notice-days) and the day to check again (the date in the notice), each in the reader's date
 *   format and how far it is from today ("in 3 days").
 * - A date outside the years a request or its notice can have (the reader's year, the one before and the one after)
 *   is refused: the field is marked invalid and the dates from it show the message (data-out-of-range), not a date.
 * - Dates are calendar days: a field's YYYY-MM-DD is read as that day in UTC and shown in UTC, so neither the time
 *   zone nor a change to summer time moves a date; "today" is the reader's own local date.
 * - Nothing is kept unless the reader chooses "keep": then the two dates go to localStorage under one key
 *   (guide-timeline), shared by every timeline of the site, until "forget" (or the [data-guide-forget] button of
 *   "before you give the device back", which offline.js also answers) removes them.
 *
 * No dependencies. Without JavaScript the table keeps its blanks, to write in or print.
 */
(function () {
  "use strict";

  var KEY = "guide-timeline";
  var DAY = 24 * 60 * 60 * 1000;
  var lang = document.documentElement.lang || "en";

  /* The reader's own locale in the page's language: en-GB writes 30 March, en-US March 30. */
  function locale() {
    var wanted = (navigator.languages || [navigator.language]).filter(function (tag) {
      return tag && tag.toLowerCase().split("-")[0] === lang;
    });
    return wanted[0] || lang;
  }

  /* "2027-03-30" -> that calendar day as a UTC time value; null when empty or not a date. (setUTCFullYear: Date.UTC
     would read the years 0 to 99 as 1900 to 1999.) */
  function dayOf(value) {
    var parts = /^(\d{4,})-(\d{2})-(\d{2})$/.exec(value || "");
    if (!parts) return null;
    var day = new Date(0).setUTCFullYear(+parts[1], +parts[2] - 1, +parts[3]);
    return new Date(day).getUTCDate() === +parts[3] ? day : null;
  }

  /* The years a request or its notice can plausibly have. */
  function years() {
    var year = new Date().getFullYear();
    return { first: year - 1, last: year + 1 };
  }

  function plausible(day) {
    var year = new Date(day).getUTCFullYear();
    return year >= years().first && year <= years().last;
  }

  function today() {
    var now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate());
  }

  function dateText(day) {
    var format = { weekday: "short", year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
    return new Intl.DateTimeFormat(locale(), format).format(new Date(day));
  }

  function fromToday(day) {
    var days = Math.round((day - today()) / DAY);
    return new Intl.RelativeTimeFormat(locale(), { numeric: "auto" }).format(days, "day");
  }

  function read() {
    try {
      var kept = JSON.parse(localStorage.getItem(KEY));
      return kept && typeof kept === "object" ? kept : null;
    } catch (error) {
      return null;
    }
  }

  function setUp(section) {
    var fields = {};
    var values = {};
    var store = section.querySelector(".guide-timeline__keep");
    var keepButton = section.querySelector("[data-guide-timeline-keep]");
    var forgetButton = section.querySelector("[data-guide-timeline-forget]");
    var status = section.querySelector("[data-guide-timeline-status]");
    var noticeDays = parseInt(section.getAttribute("data-notice-days"), 10) || 0;
    var keeping = false;

    section.querySelectorAll("[data-guide-timeline-date]").forEach(function (field) {
      fields[field.getAttribute("data-guide-timeline-date")] = field;
    });
    section.querySelectorAll("[data-guide-timeline-value]").forEach(function (output) {
      values[output.getAttribute("data-guide-timeline-value")] = output;
    });

    function outOfRange() {
      var range = years();
      return store.getAttribute("data-out-of-range").replace("{first}", range.first).replace("{last}", range.last);
    }

    /* The field's day; false when it is a date outside the plausible years (the field then says so). */
    function checked(field) {
      var day = dayOf(field.value);
      var refused = day !== null && !plausible(day);
      field.setCustomValidity(refused ? outOfRange() : "");
      if (refused) field.setAttribute("aria-invalid", "true");
      else field.removeAttribute("aria-invalid");
      return refused ? false : day;
    }

    function put(output, day) {
      output.textContent = "";
      output.closest("td").toggleAttribute("data-empty", day === null || day === false);
      if (day === null || day === false) {
        output.textContent = day === false ? outOfRange() : store.getAttribute("data-pending");
        return;
      }
      var date = document.createElement("span");
      date.className = "guide-timeline__date";
      date.textContent = dateText(day);
      var when = document.createElement("span");
      when.className = "guide-timeline__when";
      when.textContent = fromToday(day);
      output.append(date, " ", when);
    }

    function update() {
      var requested = checked(fields.requested);
      var promised = checked(fields.promised);
      Object.keys(fields).forEach(function (name) {
        fields[name].closest("td").toggleAttribute("data-empty", !fields[name].value);
      });
      put(values.notice, requested === null || requested === false ? requested : requested + noticeDays * DAY);
      put(values.check, promised);
    }

    function showKept(kept, message) {
      keeping = kept;
      keepButton.hidden = kept;
      forgetButton.hidden = !kept;
      status.textContent = message ? store.getAttribute("data-" + message) : "";
    }

    function save() {
      var dates = { requested: fields.requested.value, promised: fields.promised.value };
      try {
        localStorage.setItem(KEY, JSON.stringify(dates));
      } catch (error) {
        return; /* No storage here (private mode, full): the dates stay on the page only. */
      }
      showKept(true, "kept");
    }

    function forget() {
      try {
        localStorage.removeItem(KEY);
      } catch (error) {
        /* Nothing was kept. */
      }
      fields.requested.value = "";
      fields.promised.value = "";
      update();
      showKept(false, "forgotten");
    }

    section.querySelectorAll("[data-guide-timeline-paper]").forEach(function (element) {
      element.hidden = true;
    });
    section.querySelectorAll("[data-guide-timeline-live]").forEach(function (element) {
      element.hidden = false;
    });
    var kept = read();
    if (kept) {
      fields.requested.value = dayOf(kept.requested) === null ? "" : kept.requested;
      fields.promised.value = dayOf(kept.promised) === null ? "" : kept.promised;
      showKept(true);
    }
    update();

    Object.keys(fields).forEach(function (name) {
      ["input", "change"].forEach(function (type) {
        fields[name].addEventListener(type, function () {
          update();
          if (keeping) save();
        });
      });
    });
    keepButton.addEventListener("click", save);
    forgetButton.addEventListener("click", forget);
    document.addEventListener("click", function (event) {
      if (event.target instanceof Element && event.target.closest("[data-guide-forget]")) forget();
    });
  }

  function setUpAll() {
    document.querySelectorAll("[data-guide-timeline]").forEach(function (section) {
      if (!section.hasAttribute("data-guide-timeline-ready")) {
        section.setAttribute("data-guide-timeline-ready", "");
        setUp(section);
      }
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", setUpAll);
  else setUpAll();
})();
