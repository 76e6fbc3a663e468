// Progressive enhancement only: without this file every link and form still works.
(function () {
    "use strict";
    document.documentElement.classList.add("js");

    var toggle = document.querySelector(".nav-toggle");
    var nav = document.getElementById("main-nav");
    if (!toggle || !nav) return;

    toggle.hidden = false;
    nav.setAttribute("data-collapsed", "true");
    toggle.addEventListener("click", function () {
        var open = toggle.getAttribute("aria-expanded") === "true";
        toggle.setAttribute("aria-expanded", String(!open));
        nav.setAttribute("data-collapsed", String(open));
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && toggle.getAttribute("aria-expanded") === "true") {
            toggle.setAttribute("aria-expanded", "false");
            nav.setAttribute("data-collapsed", "true");
            toggle.focus();
        }
    });
})();

// Copy-to-clipboard buttons (share link, citation): hidden until this script shows them.
(function () {
    "use strict";
    if (!navigator.clipboard) return;
    document.querySelectorAll("[data-copy], [data-copy-from]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var source = button.getAttribute("data-copy-from");
            var text = source ? document.getElementById(source).textContent.trim() : button.getAttribute("data-copy");
            navigator.clipboard.writeText(text).then(function () {
                var status = button.closest("section").querySelector("[role=status]");
                var message = button.getAttribute("data-copied");
                if (status) { status.textContent = message; }
                button.setAttribute("data-done", "true");
                button.title = message;
            });
        });
    });
})();

// Pages come from the page cache without their CSRF token: fill it in from the CSRF cookie,
// asking /csrf/ for the cookie first when there is none (see core/csrf.py).
(function () {
    "use strict";
    var empty = document.querySelectorAll("input[name=csrfmiddlewaretoken][value='']");
    if (!empty.length) return;
    function cookie() {
        var found = document.cookie.match(/(?:^|;\s*)csrftoken=([^;]+)/);
        return found ? decodeURIComponent(found[1]) : "";
    }
    function fill() {
        var token = cookie();
        empty.forEach(function (input) { input.value = token; });
    }
    if (cookie()) { fill(); return; }
    fetch("/csrf/", {credentials: "same-origin", cache: "no-store"}).then(fill);
})();

// Listing filters: folded on phones (results come first), unfolded beside the results from 56em.
(function () {
    "use strict";
    var wide = window.matchMedia("(min-width: 56em)");
    var panels = document.querySelectorAll("details[data-filters]");
    function apply() { panels.forEach(function (panel) { panel.open = wide.matches; }); }
    apply();
    document.querySelectorAll("[data-open-filters]").forEach(function (link) {
        link.addEventListener("click", function () {
            var panel = document.getElementById("filters");
            if (panel) { panel.open = true; }
        });
    });
    if (wide.addEventListener) { wide.addEventListener("change", apply); }
})();

// The phone's own share sheet, where the browser offers one (Web Share API).
(function () {
    "use strict";
    if (!navigator.share || !window.matchMedia("(pointer: coarse)").matches) return;
    document.querySelectorAll("[data-share-url]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var data = {url: button.getAttribute("data-share-url")};
            var title = button.getAttribute("data-share-title");
            if (title) { data.title = title; }
            navigator.share(data).catch(function () {});
        });
    });
})();

// Click-to-load video: the provider's player (inert in a <template>) replaces our poster only when
// the visitor presses play, so no frame, script or cookie of the provider's arrives before.
(function () {
    "use strict";
    document.querySelectorAll("[data-embed-play]").forEach(function (button) {
        button.hidden = false;
        button.addEventListener("click", function () {
            var frame = button.parentNode;
            var player = frame.querySelector("template[data-embed-player]");
            frame.replaceChildren(player.content.cloneNode(true));
            var iframe = frame.querySelector("iframe");
            if (iframe) { iframe.focus(); }
        });
    });
})();
