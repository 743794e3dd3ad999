// The write form's editor: a live preview, counts of words and characters, and keys for writing. Progressive
// enhancement only: without script the Preview button renders the preview on the server, and the form saves.
(function () {
  "use strict";
  var form = document.getElementById("post-form");
  var editor = document.getElementById("content");
  if (!form || !editor) {
    return;
  }

  // ---- keys -------------------------------------------------------------------------------------------------
  // Tab indents (a code block needs it); Escape leaves the text box for the next field, so the keyboard is never
  // trapped; Ctrl/Cmd+S saves as the post is (a draft stays a draft); Ctrl/Cmd+Enter publishes.
  function nextField() {
    var fields = Array.prototype.filter.call(form.elements, function (field) {
      return !field.disabled && field.type !== "hidden" && field.tabIndex >= 0;
    });
    return fields[fields.indexOf(editor) + 1];
  }
  editor.addEventListener("keydown", function (event) {
    if (event.key === "Tab" && !event.shiftKey && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      editor.setRangeText("    ", editor.selectionStart, editor.selectionEnd, "end");
      editor.dispatchEvent(new Event("input", { bubbles: true }));
    } else if (event.key === "Escape") {
      var next = nextField();
      if (next) {
        event.preventDefault();
        next.focus();
      }
    }
  });
  function submitWith(status) {
    var button = form.querySelector('button[name="status"][value="' + status + '"]');
    if (!button) {
      return;
    }
    if (typeof form.requestSubmit === "function") {
      form.requestSubmit(button);
    } else {
      button.click();
    }
  }
  form.addEventListener("keydown", function (event) {
    var command = event.ctrlKey || event.metaKey;
    if (!command || event.altKey) {
      return;
    }
    if (event.key === "s" || event.key === "S") {
      event.preventDefault();
      submitWith(form.getAttribute("data-save-status"));
    } else if (event.key === "Enter") {
      event.preventDefault();
      submitWith("published");
    }
  });

  // ---- counts -----------------------------------------------------------------------------------------------
  var counts = document.getElementById("content-count");
  var numbers = new Intl.NumberFormat("en");
  function count() {
    if (!counts) {
      return;
    }
    var text = editor.value;
    var words = text.trim() === "" ? 0 : text.trim().split(/\s+/).length;
    var max = Number(counts.getAttribute("data-max"));
    var left = max - Array.from(text.trim()).length; // characters as the server counts them (code points)
    counts.textContent = numbers.format(words) + (words === 1 ? " word · " : " words · ")
      + (left >= 0 ? numbers.format(left) + " characters left" : numbers.format(-left) + " characters too many");
    counts.classList.toggle("over", left < 0);
    counts.hidden = false;
  }
  editor.addEventListener("input", count);
  count();

  // ---- live preview -----------------------------------------------------------------------------------------
  var pane = document.getElementById("preview");
  if (!pane || !window.fetch) {
    return;
  }
  var PREFIX = "preview-";
  var DELAY_MS = 300;
  var timer = null;
  var asked = 0;
  var shownText = editor.value;
  var empty = pane.querySelector(".preview-empty");
  empty = empty ? empty.cloneNode(true) : null;

  // The server sends the very bytes a post page shows; here, inside the editor page, its anchors are prefixed so
  // that a heading called "Title" cannot take the id of the title field (the server does the same without script).
  function prefixAnchors(root) {
    root.querySelectorAll("[id]").forEach(function (element) {
      element.id = PREFIX + element.id;
    });
    root.querySelectorAll('a[href^="#"]').forEach(function (link) {
      link.setAttribute("href", "#" + PREFIX + link.getAttribute("href").slice(1));
    });
  }
  function highlight(root) {
    if (window.hljs) {
      root.querySelectorAll(".post-body pre code").forEach(function (block) {
        window.hljs.highlightElement(block);
      });
    }
  }
  function show(html) {
    // Keep both the pane's scroll and the page's: a new preview replaces the old one in place.
    var paneTop = pane.scrollTop;
    var pageTop = window.scrollY;
    if (html === null) {
      pane.replaceChildren(empty ? empty.cloneNode(true) : document.createTextNode(""));
    } else {
      pane.innerHTML = html; // rendered and sanitized by the server, as a saved post is
      prefixAnchors(pane);
      highlight(pane);
    }
    pane.scrollTop = paneTop;
    window.scrollTo(window.scrollX, pageTop);
  }
  function refresh() {
    window.clearTimeout(timer);
    timer = null;
    var text = editor.value;
    if (text.trim() === "") {
      shownText = text;
      show(null);
      return Promise.resolve();
    }
    var ticket = ++asked;
    var body = new URLSearchParams();
    body.append("_csrf", form.elements._csrf.value);
    body.append("content", text);
    body.append("_fragment", "1");
    return window.fetch(form.getAttribute("data-preview"), {
      method: "POST", body: body, credentials: "same-origin", cache: "no-store"
    }).then(function (response) {
      return response.text();
    }).then(function (html) {
      if (ticket === asked) { // an answer to an older text is dropped: a newer one is on its way
        shownText = text;
        pane.removeAttribute("aria-busy");
        show(html);
      }
    }, function () {
      if (ticket === asked) {
        pane.removeAttribute("aria-busy");
      }
    });
  }
  editor.addEventListener("input", function () {
    if (editor.value === shownText) {
      return;
    }
    pane.setAttribute("aria-busy", "true");
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, DELAY_MS);
  });
  if (pane.querySelector(".post-body")) {
    highlight(pane); // the server's preview of the form (the Preview button without script): anchors prefixed there
  } else if (editor.value.trim() !== "") {
    refresh();
  }

  // The Preview button renders at once here rather than reloading the page, then takes the reader to it.
  var button = document.getElementById("preview-button");
  var toggle = document.getElementById("preview-toggle");
  var paneBox = document.getElementById("preview-pane");
  if (button) {
    button.addEventListener("click", function (event) {
      event.preventDefault();
      if (toggle && pane.hidden) {
        setShown(true);
      }
      refresh().then(function () {
        pane.focus();
      });
    });
  }

  // On a narrow screen the preview sits below the form: a button hides it to leave room for writing.
  function setShown(shown) {
    pane.hidden = !shown;
    toggle.setAttribute("aria-expanded", String(shown));
    toggle.textContent = shown ? "Hide preview" : "Show preview";
  }
  if (toggle && paneBox && window.matchMedia) {
    var narrow = window.matchMedia("(max-width: 760px)");
    var place = function () {
      toggle.hidden = !narrow.matches;
      if (!narrow.matches) {
        setShown(true);
      }
    };
    toggle.addEventListener("click", function () {
      setShown(pane.hidden);
    });
    narrow.addEventListener("change", place);
    place();
  }
})();
