// Images in the write form: choose a file, drop one on the text or paste one, and it is uploaded to /media and
// its Markdown inserted at the cursor, with the alt text the writer gives. Progressive enhancement: without this
// script the block stays hidden and the Media page's own form uploads.
(function () {
  "use strict";

  var MAX_BYTES = 20 * 1024 * 1024;
  var TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"];
  var block = document.querySelector("[data-media-upload]");
  var text = document.getElementById("content");
  var form = text && text.form;
  if (!block || !form || !window.FormData || !window.XMLHttpRequest) {
    return;
  }
  var address = block.getAttribute("data-media-upload");
  var chooser = block.querySelector("input[type=file]");
  var status = block.querySelector("[role=status]");
  block.hidden = false;

  function say(message, isError) {
    status.textContent = message;
    status.classList.toggle("field-error", !!isError);
  }

  // Markdown's image text ends at "]": escape it (and backslashes) so any description is kept whole.
  function markdownFor(alt, url) {
    return "![" + alt.replace(/[\\\[\]]/g, "\\$&").replace(/\s+/g, " ").trim() + "](" + url + ")";
  }

  function insert(markdown, start, end) {
    text.focus();
    text.setRangeText(markdown, start, end, "end");
    // Other scripts (unsaved-changes warning, autosave, preview) listen for input.
    text.dispatchEvent(new Event("input", { bubbles: true }));
  }

  // Refusals made before the upload reaches the media pages (its size, too many at once) come as error pages.
  function refusal(name, status) {
    if (status === 413) {
      return name + " is larger than 20 MiB, the most Inkwell takes. Save it smaller and try again.";
    }
    if (status === 503) {
      return "Inkwell is receiving two other uploads right now. Try " + name + " again in a moment.";
    }
    return name + " was not uploaded (the server answered " + status + "). Try again.";
  }

  function upload(file) {
    var name = file.name || "the pasted image";
    if (TYPES.indexOf(file.type) < 0 && file.type !== "") {
      say(name + " is not a PNG, JPEG, GIF or WebP image, so it was not uploaded.", true);
      return;
    }
    if (file.size > MAX_BYTES) {
      say(name + " is larger than 20 MiB, the most Inkwell takes. Save it smaller and try again.", true);
      return;
    }
    var alt = window.prompt("Describe " + name + " for readers who cannot see it (alt text):", "");
    if (alt === null) {
      say("Upload of " + name + " cancelled.");
      return;
    }
    var start = text.selectionStart;
    var end = text.selectionEnd;
    var data = new FormData();
    data.append("_csrf", form.elements._csrf.value);
    data.append("file", file, file.name || "pasted-image");
    var request = new XMLHttpRequest();
    request.open("POST", address);
    request.setRequestHeader("Accept", "application/json");
    request.upload.addEventListener("progress", function (event) {
      if (event.lengthComputable) {
        say("Uploading " + name + ": " + Math.round(100 * event.loaded / event.total) + "%");
      }
    });
    request.addEventListener("load", function () {
      var answer = null;
      try {
        answer = JSON.parse(request.responseText);
      } catch (notJson) {
        answer = null;
      }
      if (request.status === 201 && answer && answer.url) {
        insert(markdownFor(alt, answer.url), start, end);
        say(name + " uploaded (" + answer.width + " × " + answer.height + " px) and inserted.");
      } else {
        say(answer && answer.error ? answer.error : refusal(name, request.status), true);
      }
    });
    request.addEventListener("error", function () {
      say(name + " was not uploaded: Inkwell could not be reached, or refused the file. Check that it is at "
          + "most 20 MiB and try again.", true);
    });
    say("Uploading " + name + "…");
    request.send(data);
  }

  function firstImage(list) {
    for (var i = 0; list && i < list.length; i++) {
      if (list[i].type.indexOf("image/") === 0) {
        return list[i];
      }
    }
    return null;
  }

  chooser.addEventListener("change", function () {
    if (chooser.files.length > 0) {
      upload(chooser.files[0]);
      chooser.value = "";
    }
  });
  text.addEventListener("dragover", function (event) {
    if (event.dataTransfer && Array.prototype.indexOf.call(event.dataTransfer.types, "Files") >= 0) {
      event.preventDefault();
    }
  });
  text.addEventListener("drop", function (event) {
    var file = event.dataTransfer && firstImage(event.dataTransfer.files);
    if (file) {
      event.preventDefault();
      upload(file);
    }
  });
  text.addEventListener("paste", function (event) {
    var file = event.clipboardData && firstImage(event.clipboardData.files);
    if (file) {
      event.preventDefault();
      upload(file);
    }
  });
}());
