/*
 * Search: typing through an input method (IME), as almost every Japanese reader does.
 *
 * Material runs a query when a key is released in the search box (keyup). A word picked from the input method's
 * candidates (かいやく → 解約) is committed without a key: a tap on an iPhone's candidate bar, a click in a
 * desktop IME's list. So the box held 解約 and the results still said "type to start searching". Dictation,
 * autocorrect and a paste from the menu change the box without a key too. This script tells Material the box
 * changed the way Material listens for it: a keyup on the box, whenever its text has changed and is not being
 * composed (an input event outside a composition, and the end of a composition). Material ignores a keyup that
 * leaves the query as it was, so the real keyup after a typed letter costs nothing.
 *
 * While a word is being composed, Enter and the arrow keys belong to the input method: they pick and confirm a
 * candidate, and must not open or move through the results. Material already ignores keys between
 * compositionstart and compositionend, but WebKit (Safari) sends the Enter that confirms a candidate after
 * compositionend, marked only by keyCode 229. Such a key is stopped here, in the capture phase on window, before
 * it reaches Material's listener; its default action (the input method's) is left alone.
 */
(() => {
  "use strict";

  const input = document.querySelector("input.md-search__input");
  if (!input) return;

  const IME_KEY_CODE = 229; // "the input method is processing this key"
  const composingKey = event => event.isComposing || event.keyCode === IME_KEY_CODE;

  const queryChanged = () => input.dispatchEvent(new KeyboardEvent("keyup"));

  input.addEventListener("input", event => {
    if (!event.isComposing) queryChanged();
  });
  input.addEventListener("compositionend", queryChanged);

  window.addEventListener(
    "keydown",
    event => {
      if (event.target === input && composingKey(event)) event.stopPropagation();
    },
    true
  );
})();
