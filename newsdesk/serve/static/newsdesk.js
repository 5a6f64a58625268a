// newsdesk reader: the one script, loaded from /static (the CSP allows no inline script).
// Everything works without it; it only adds the "Listen" button on article pages.
"use strict";

function setUpListen() {
  var button = document.getElementById("listen");
  if (!button || !("speechSynthesis" in window) || typeof SpeechSynthesisUtterance === "undefined") {
    return;
  }
  var target = document.getElementById(button.getAttribute("data-target"));
  var title = document.getElementById("article-title");
  if (!target) {
    return;
  }
  var speaking = false;
  button.hidden = false;
  button.addEventListener("click", function () {
    if (speaking) {
      window.speechSynthesis.cancel();
      return;
    }
    // textContent, never innerHTML: the article is captured text and stays text.
    var text = (title ? title.textContent + ". " : "") + target.textContent;
    var utterance = new SpeechSynthesisUtterance(text.replace(/\s+/g, " ").trim());
    var lang = document.querySelector("article[lang]");
    if (lang) {
      utterance.lang = lang.getAttribute("lang");
    }
    utterance.onend = utterance.onerror = function () {
      speaking = false;
      button.textContent = "Listen";
      button.setAttribute("aria-pressed", "false");
    };
    speaking = true;
    button.textContent = "Stop";
    button.setAttribute("aria-pressed", "true");
    window.speechSynthesis.speak(utterance);
  });
}

document.addEventListener("DOMContentLoaded", setUpListen);
