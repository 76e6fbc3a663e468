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
