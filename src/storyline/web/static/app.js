// storyline web UI: follow an anchor to its fact (scroll and highlight), and show a clicked fact's record.
// No inline scripts (the page's Content-Security-Policy forbids them); text is only ever set with textContent.
"use strict";
(function () {
  function facts(id) {
    return document.querySelectorAll('[data-fact="' + CSS.escape(id) + '"]');
  }

  function flash(id) {
    if (!id) return;
    var target = document.getElementById(id);
    if (!target) return;
    document.querySelectorAll(".target").forEach(function (el) { el.classList.remove("target"); });
    var pieces = facts(id);
    if (pieces.length) {
      pieces.forEach(function (el) { el.classList.add("target"); });
    } else {
      target.classList.add("target");
    }
    target.scrollIntoView({ block: "center" });
  }

  function fromHash() {
    var id = "";
    try { id = decodeURIComponent(location.hash.slice(1)); } catch (e) { id = ""; }
    flash(id);
  }

  function showFact(span) {
    var panel = document.getElementById("fact-box");
    if (!panel) return;
    var fact = span.getAttribute("data-fact");
    document.getElementById("fact-title").textContent = fact + " · " + (span.getAttribute("title") || "");
    var record = document.getElementById("fact-record");
    record.setAttribute("href", "#f-" + fact);
    record.hidden = !document.getElementById("f-" + fact);
    var actor = document.getElementById("fact-actor");
    var href = span.getAttribute("data-href") || "";
    actor.hidden = !(href.indexOf("/actors/") === 0);
    if (!actor.hidden) actor.setAttribute("href", href);
    panel.hidden = false;
  }

  document.addEventListener("DOMContentLoaded", function () {
    fromHash();
    var text = document.getElementById("text");
    if (text) {
      text.addEventListener("click", function (event) {
        var span = event.target.closest("[data-fact]");
        if (!span || span.classList.contains("sent")) return;
        var fact = span.getAttribute("data-fact");
        history.replaceState(null, "", "#" + fact);
        flash(fact);
        showFact(span);
      });
    }
  });
  window.addEventListener("hashchange", fromHash);
})();
