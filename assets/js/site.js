// Progressive enhancement only: every action also works without JavaScript.
(function () {
  "use strict";

  // Delete asks for confirmation in a dialog; without <dialog> support the link opens the confirm page.
  document.querySelectorAll("[data-dialog]").forEach(function (link) {
    var dialog = document.getElementById(link.getAttribute("data-dialog"));
    if (!dialog || typeof dialog.showModal !== "function") {
      return;
    }
    link.addEventListener("click", function (event) {
      event.preventDefault();
      dialog.showModal();
    });
    dialog.querySelectorAll("[data-close-dialog]").forEach(function (button) {
      button.addEventListener("click", function () {
        dialog.close();
        link.focus();
      });
    });
  });

  // A <datalist> completes a field's whole value; the tags field holds several, so its suggestions are rewritten
  // as what was typed up to the last comma followed by each tag not chosen yet: they complete the last tag.
  document.querySelectorAll("input[data-tags]").forEach(function (field) {
    var list = field.list;
    if (!list) {
      return;
    }
    var names = Array.prototype.map.call(list.options, function (option) {
      return option.value;
    });
    function suggest() {
      var cut = field.value.lastIndexOf(",");
      var before = field.value.slice(0, cut + 1);
      var prefix = cut < 0 ? "" : before.replace(/\s*$/, " ");
      var chosen = before.split(",").map(function (name) {
        return name.trim().toLowerCase();
      });
      list.replaceChildren.apply(list, names.filter(function (name) {
        return chosen.indexOf(name.toLowerCase()) < 0;
      }).map(function (name) {
        var option = document.createElement("option");
        option.value = prefix + name;
        return option;
      }));
    }
    field.addEventListener("input", suggest);
    suggest();
  });

  // The Markdown editor's keys (Tab, Escape, Ctrl+S …) and its live preview are in editor.js.
  var editor = document.getElementById("content");
  if (editor) {
    // Warn before leaving a form with unsaved changes. Where autosave runs (editor-autosave.js), only text the
    // server does not have yet counts: autosaved text is offered again when the editor is reopened.
    var form = editor.form;
    var initial = new FormData(form);
    var dirty = function () {
      var now = new FormData(form);
      return ["title", "name", "content"].some(function (field) {
        return now.get(field) !== initial.get(field);
      });
    };
    var submitting = false;
    form.addEventListener("submit", function () { submitting = true; });
    window.addEventListener("beforeunload", function (event) {
      var unsaved = window.inkwellAutosave ? !window.inkwellAutosave.isSaved() : dirty();
      if (!submitting && unsaved) {
        event.preventDefault();
        event.returnValue = "";
      }
    });
  }

  // The Publish page's progress: while a publish runs, fetch the progress part again (the server renders it, so
  // it is escaped there) until it ends; then enable the Publish button again. Without script, a Refresh link.
  var progress = document.getElementById("publish-progress");
  if (progress && window.fetch) {
    var poll = function () {
      if (progress.getAttribute("data-running") !== "true") {
        var button = document.getElementById("publish-now");
        if (button && button.getAttribute("data-can-publish") === "true") {
          button.disabled = false;
        }
        return;
      }
      window.setTimeout(function () {
        window.fetch(progress.getAttribute("data-status"), { credentials: "same-origin", cache: "no-store" })
          .then(function (response) { return response.ok ? response.text() : Promise.reject(response.status); })
          .then(function (html) {
            var holder = document.createElement("div");
            holder.innerHTML = html;
            var fresh = holder.querySelector("#publish-progress");
            if (fresh) {
              progress.replaceWith(fresh);
              progress = fresh;
            }
            poll();
          }, function () { window.setTimeout(poll, 2000); });
      }, 700);
    };
    poll();
  }

  // Highlight fenced code by its language class (highlight.js is bundled, never fetched from a CDN).
  if (window.hljs) {
    document.querySelectorAll(".post-body pre code").forEach(function (block) {
      window.hljs.highlightElement(block);
    });
  }
})();
