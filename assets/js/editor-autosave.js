// Autosave for the write form, as progressive enhancement: without script the form saves as it always did.
// While the writer types, the form's text goes to the server a couple of seconds after the last key (at least every
// 10 s while typing goes on) and when a field loses focus, as a revision of the post: never published, never what
// readers see. A new post's first autosave makes its draft, and the page moves to that draft's edit address. Until
// the server confirms, a copy stays in this browser (localStorage), offered again when the page is reopened: text
// typed offline, or in a tab closed before its last save, is not lost. The status line says where things stand.
// window.inkwellAutosave.flush() sends what is pending (a keyboard shortcut saves it before submitting).
(function () {
  "use strict";

  var form = document.querySelector("form[data-autosave]");
  if (!form || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var FIELDS = ["title", "name", "content", "tags", "publish_at"];
  var QUIET_MS = 2000;
  var MAX_WAIT_MS = 10000;
  var RETRY_MS = 10000;

  var status = document.getElementById("autosave-status");
  var url = form.getAttribute("data-autosave");
  var storeKey = "inkwell-autosave:" + form.getAttribute("data-autosave-store");
  var newestSave = Number(form.getAttribute("data-newest-save")) || 0;
  var lastSent = values(); // what the server holds: the page's text as served, then each confirmed autosave
  var savedAt = 0;
  var failure = null;
  var timer = null;
  var firstPending = 0;
  var inflight = null;
  var submitting = false;

  function values() {
    var found = {};
    FIELDS.forEach(function (name) {
      var field = form.elements[name];
      found[name] = field ? field.value : "";
    });
    return found;
  }

  function same(a, b) {
    return FIELDS.every(function (name) { return (a[name] || "") === (b[name] || ""); });
  }

  function pending() {
    return !same(values(), lastSent);
  }

  // The browser's copy: private browsing or a full quota may refuse it, which only costs the offline safety net.
  function storage() {
    try {
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  function keep() {
    var store = storage();
    try {
      if (store) {
        store.setItem(storeKey, JSON.stringify({ fields: values(), at: Date.now() }));
      }
    } catch (e) { /* see storage() */ }
  }

  function kept() {
    var store = storage();
    try {
      return store ? JSON.parse(store.getItem(storeKey)) : null;
    } catch (e) {
      return null;
    }
  }

  function forget(key) {
    var store = storage();
    try {
      if (store) {
        store.removeItem(key || storeKey);
      }
    } catch (e) { /* see storage() */ }
  }

  function body() {
    var params = new URLSearchParams();
    params.append("_csrf", form.elements._csrf.value);
    params.append("autosave_key", form.elements.autosave_key ? form.elements.autosave_key.value : "");
    var now = values();
    FIELDS.forEach(function (name) { params.append(name, now[name]); });
    return params;
  }

  // The state is announced (the region is aria-live); the age beside it ticks silently.
  var stateText = document.createElement("span");
  var ageText = document.createElement("span");
  ageText.setAttribute("aria-hidden", "true");
  if (status) {
    status.replaceChildren(stateText, ageText);
    status.hidden = false;
  }

  function ago(time) {
    var seconds = Math.max(0, Math.round((Date.now() - time) / 1000));
    if (seconds < 60) {
      return seconds + " s ago";
    }
    return seconds < 3600 ? Math.floor(seconds / 60) + " min ago" : "at " + new Date(time).toLocaleTimeString();
  }

  function show() {
    if (!status) {
      return;
    }
    var state;
    var age = "";
    if (inflight) {
      state = "Saving…";
    } else if (failure) {
      state = failure;
    } else if (pending()) {
      state = "Unsaved changes";
    } else if (savedAt) {
      state = "Saved";
      age = " " + ago(savedAt);
    } else {
      // Nothing typed yet: a new post has nothing to be saved, an existing one is as it was saved.
      state = form.getAttribute("data-autosave-store") === "new" ? "Autosave on: your text is kept as you type"
        : "All changes saved";
    }
    if (stateText.textContent !== state) {
      stateText.textContent = state;
    }
    if (ageText.textContent !== age) {
      ageText.textContent = age;
    }
    status.setAttribute("data-state", inflight ? "saving" : failure ? "failed" : pending() ? "pending" : "saved");
  }

  function describe(error) {
    switch (error && error.status) {
      case undefined:
      case 0:
        return "Offline — not saved";
      case 403:
        return "Not saved — reload the page (its security token expired); your text is kept in this browser";
      case 404:
        return "Not saved — this post was deleted; copy your text";
      case 413:
        return "Not saved — the text is longer than a post can hold";
      default:
        return "Not saved — Inkwell could not save (" + error.status + "); trying again";
    }
  }

  function schedule(delay) {
    var now = Date.now();
    if (!firstPending) {
      firstPending = now;
    }
    window.clearTimeout(timer);
    var wait = delay !== undefined ? delay : Math.max(0, Math.min(QUIET_MS, firstPending + MAX_WAIT_MS - now));
    timer = window.setTimeout(flush, wait);
  }

  // A new post's first autosave made its draft: from now on this page edits that draft.
  function moveTo(saved) {
    var before = storeKey;
    url = saved.autosave;
    form.setAttribute("data-autosave", url);
    form.setAttribute("action", saved.edit);
    storeKey = "inkwell-autosave:post:" + saved.post;
    forget(before);
    if (window.history && window.history.replaceState) {
      window.history.replaceState(null, "", saved.edit);
    }
  }

  // Sends what is pending; resolves true once the server has the text as it stands, false when it could not.
  function flush() {
    window.clearTimeout(timer);
    timer = null;
    if (inflight) {
      return inflight.then(flush);
    }
    if (!pending()) {
      firstPending = 0;
      show();
      return Promise.resolve(true);
    }
    var sending = values();
    inflight = window.fetch(url, {
      method: "POST", body: body(), credentials: "same-origin", headers: { Accept: "application/json" }
    }).then(function (response) {
      if (!response.ok) {
        throw response;
      }
      return response.json();
    }).then(function (saved) {
      lastSent = sending;
      savedAt = Date.now();
      failure = null;
      firstPending = 0;
      if (saved.created) {
        moveTo(saved);
      }
      return true;
    }, function (error) {
      failure = error && error.status === 429 ? null : describe(error);
      var code = error && error.status;
      // Offline, busy or refused for now: try again; a refusal only the writer can mend waits for the next key.
      if (!code || code === 429 || code >= 500) {
        schedule(RETRY_MS);
      }
      return false;
    }).then(function (ok) {
      inflight = null;
      if (pending()) {
        keep();
        if (ok) {
          schedule();
        }
      } else {
        forget();
      }
      show();
      return ok && !pending();
    });
    show();
    return inflight;
  }

  function edited() {
    keep();
    if (failure && failure.indexOf("Offline") !== 0) {
      failure = null;
    }
    show();
    schedule();
  }

  form.addEventListener("input", edited);
  form.addEventListener("focusout", function (event) {
    if (FIELDS.indexOf(event.target.name) >= 0 && pending()) {
      flush();
    }
  });
  form.addEventListener("submit", function () {
    submitting = true;
    forget(); // the form carries the text now; a failed save shows it again, with the text
  });
  window.addEventListener("online", function () {
    if (pending()) {
      flush();
    }
  });

  // The tab closing or going to the background: a last send that outlives the page. The copy in this browser
  // covers the case where even that does not arrive.
  function lastChance() {
    if (submitting || !pending()) {
      return;
    }
    keep();
    if (navigator.sendBeacon) {
      navigator.sendBeacon(url, body());
    }
  }
  window.addEventListener("pagehide", lastChance);
  document.addEventListener("visibilitychange", function () {
    if (document.visibilityState === "hidden") {
      lastChance();
    }
  });

  // Text this browser kept that the server never confirmed, newer than the server's newest save: offer it.
  var offer = document.getElementById("autosave-local");
  var local = kept();
  if (offer && local && local.fields && local.at > newestSave && !same(local.fields, values())) {
    var age = offer.querySelector("[data-local-age]");
    if (age) {
      age.textContent = ago(local.at);
    }
    offer.hidden = false;
    offer.querySelector("[data-local-restore]").addEventListener("click", function () {
      FIELDS.forEach(function (name) {
        if (form.elements[name] && local.fields[name] !== undefined) {
          form.elements[name].value = local.fields[name];
        }
      });
      offer.hidden = true;
      form.elements.content.focus();
      edited();
    });
    offer.querySelector("[data-local-discard]").addEventListener("click", function () {
      forget();
      offer.hidden = true;
      form.elements.content.focus();
    });
  } else if (local && !pending()) {
    forget(); // older than what the server has, or the same text: nothing to offer
  }

  window.setInterval(show, 1000);
  show();

  window.inkwellAutosave = {
    flush: flush,
    isSaved: function () { return !inflight && !pending(); }
  };
})();
