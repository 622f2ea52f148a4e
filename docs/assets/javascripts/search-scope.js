/*
 * Search: what Material's search worker gets to see.
 *
 * Material's page script posts two kinds of messages to its search worker (a Web Worker running lunr):
 *   {type: 0, data: {config, docs, options}}  SETUP: the whole index, once
 *   {type: 2, data: "query"}                  QUERY: on every keyup in the search box
 * This script wraps Worker.prototype.postMessage (the worker already exists when this script runs) so that
 *   - the worker indexes only the documents of the reader's language (<html lang>, `lang` on every entry,
 *     set by hooks/search_hook.py): results, counts and ranking are those of one language;
 *   - every query is normalised the way the index was: NFKC (ＳＭＳ → SMS, ｺｰﾄﾞ → コード), lower case, split
 *     wherever the script changes, like the index's separator in mkdocs.yml (確認|コード, iphone|を|なくした);
 *     particles, verb endings and English stop words dropped; English words and hiragana words cut to a stem
 *     that Material's trailing wildcard expands (devices → device*, cancelled / canceled → cancel*,
 *     recovering → recover*, なくした → なく*);
 *   - highlightTerms() gives the words a Japanese page opened from a result marks (search-highlight.js).
 * The index is held back until this script has run (overrides/partials/guide/search-on-demand.html loads it when
 * the reader starts to search), so the SETUP always passes through it.
 */
(() => {
  "use strict";

  const SETUP = 0;
  const QUERY = 2;

  // Hiragana-only words that carry no meaning on their own: particles, auxiliaries, formal nouns.
  const JAPANESE_STOP = new Set(
    ("は が の に を で と も へ や か な ね よ ば て た だ し " +
      "から まで より など です ます した して する します しました され される" +
      " ない たい いる ある こと もの とき ため よう どう どうして なぜ ください できる できない できます できません").split(" ")
  );
  const ENGLISH_STOP = new Set(
    ("a an the and or but of to in on at by for from with without into onto about as is are was were be been " +
      "am do does did done i me my mine you your it its this that these those there here what which who how " +
      "why when where can cannot cant could would should will shall may might must not no dont doesnt didnt " +
      "won wont isnt arent wasnt didn doesn don isn aren wasn weren couldn wouldn shouldn haven hasn " +
      "have has had get gets got gotten s t d ll ve re m so if then than too very just").split(" ")
  );
  // Irregular English forms: the query also looks for the base word.
  const ENGLISH_BASE = {
    lost: "lose", broke: "break", broken: "break", stolen: "steal", stole: "steal", sold: "sell",
    bought: "buy", forgot: "forget", forgotten: "forget", sent: "send"
  };

  /** The stem Material's trailing wildcard expands back to the word's forms: device* finds devices. */
  function englishStem(word) {
    if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
    let stem = word;
    if (/ies$/.test(stem) && stem.length > 4) stem = stem.slice(0, -3);
    else if (/sses$/.test(stem)) stem = stem.slice(0, -2);
    else if (/(ss|us|is)$/.test(stem)) return word;
    else if (/ations?$/.test(stem) && stem.length > 8) stem = stem.replace(/ations?$/, "");
    else if (/ing$/.test(stem) && stem.length >= 6) stem = stem.slice(0, -3);
    else if (/ed$/.test(stem) && stem.length >= 5) stem = stem.slice(0, -2);
    else if (/s$/.test(stem)) stem = stem.slice(0, -1);
    // cancell → cancel, stopp → stop: the wildcard then finds both spellings
    if (stem !== word && stem.length >= 4 && /([b-df-hj-np-tv-z])\1$/.test(stem)) stem = stem.slice(0, -1);
    return stem;
  }

  // One run of one script: Latin letters and digits, hiragana, katakana, kanji; anything else separates words.
  const RUN = /([0-9a-z]+)|([ぁ-ゟ]+)|([ァ-ヺー-ヿ]+)|([一-鿿㐀-䶿々〆]+)|[^0-9a-zぁ-ゟァ-ヺー-ヿ一-鿿㐀-䶿々〆]+/g;
  const PARTICLE = /^[をがにはのもとへや]/;

  /**
   * The terms of a query, normalised like the index (NFKC, lower case, split where the script changes).
   * Hiragana right after kanji is an ending (届|かない, 解約|した): the kanji carry the meaning, the ending is
   * dropped. Other hiragana words lose a leading particle and are cut to their first two characters, which
   * Material's trailing wildcard expands (をなくした → なく*), as the index splits them with TinySegmenter.
   */
  function queryTerms(query) {
    const terms = [];
    let previous = null;
    let started = false; // a word came before
    for (const [run, latin, hiragana, katakana, kanji] of query.normalize("NFKC").toLowerCase().matchAll(RUN)) {
      if (latin) {
        if (!ENGLISH_STOP.has(latin)) {
          terms.push(englishStem(latin));
          if (latin in ENGLISH_BASE) terms.push(englishStem(ENGLISH_BASE[latin]));
        }
      } else if (hiragana) {
        // A particle follows a word: a query that starts in hiragana starts with a word (にんしょう, not に|んしょう).
        const word = started ? hiragana.replace(PARTICLE, "") : hiragana;
        const ending = previous === "kanji" && word === hiragana; // no particle in between: an ending
        if (!ending && word.length > 1 && !JAPANESE_STOP.has(word)) terms.push(word.slice(0, 2));
      } else if (katakana || kanji) {
        terms.push(run);
      }
      previous = latin ? "latin" : hiragana ? "hiragana" : katakana ? "katakana" : kanji ? "kanji" : null;
      started ||= previous !== null;
    }
    return [...new Set(terms)];
  }

  const isKanji = match => Boolean(match && match[4]);
  const isEnding = match => Boolean(match && match[2] && !PARTICLE.test(match[2]));

  /**
   * The words a page opened from a result marks (Material's ?h=): the query's words as typed, not the search
   * terms. A kanji word of two or more characters loses its ending (解約した → 解約); a single kanji keeps its kana
   * and the kanji after them (届かない, 読み上げ), so 届 alone never marks 届け出 and 確 never marks 確かめます.
   * Hiragana words lose a leading particle but are not cut (なくした); Latin words are stemmed as for search
   * (Material marks a word's beginning: device marks devices).
   */
  function highlightTerms(query) {
    const runs = [...query.normalize("NFKC").toLowerCase().matchAll(RUN)];
    const words = [];
    for (let i = 0; i < runs.length; i++) {
      const [run, latin, hiragana, katakana, kanji] = runs[i];
      if (kanji && run.length === 1) {
        let word = run;
        while (isEnding(runs[i + 1]) || isKanji(runs[i + 1])) word += runs[++i][0];
        words.push(word);
      } else if (kanji || katakana) {
        words.push(run);
      } else if (hiragana) {
        const started = runs.slice(0, i).some(([, ...scripts]) => scripts.some(Boolean));
        const word = started ? hiragana.replace(PARTICLE, "") : hiragana;
        const ending = isKanji(runs[i - 1]) && word === hiragana;
        if (!ending && word.length > 1 && !JAPANESE_STOP.has(word)) words.push(word);
      } else if (latin && !ENGLISH_STOP.has(latin)) {
        words.push(englishStem(latin));
      }
    }
    return [...new Set(words)];
  }

  /** The query the worker gets; the query as typed if nothing is left of it. */
  function normaliseQuery(query) {
    const terms = queryTerms(query);
    return terms.length ? terms.join(" ") : query.normalize("NFKC");
  }

  const lang = document.documentElement.lang;

  /** The SETUP data with only the documents of the reader's language (all, if none has that language). */
  function scoped(data) {
    const docs = data.docs.filter(doc => doc.lang === lang);
    return { ...data, docs: docs.length ? docs : data.docs };
  }

  const isSetup = message => message && message.type === SETUP && message.data && Array.isArray(message.data.docs);
  const isQuery = message => message && message.type === QUERY && typeof message.data === "string";

  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (message, ...rest) {
    if (isSetup(message)) return post.call(this, { ...message, data: scoped(message.data) }, ...rest);
    if (isQuery(message)) return post.call(this, { ...message, data: normaliseQuery(message.data) }, ...rest);
    return post.call(this, message, ...rest);
  };

  // For the browser tests and the benchmark.
  window.guideSearch = { normaliseQuery, queryTerms, highlightTerms, englishStem };
})();
