// Search suggestions: an ARIA 1.2 combobox over the search boxes (progressive enhancement;
// without this file the forms submit as they are). Arrow keys move through the titles, Enter or
// a click puts the chosen title in the box, Escape closes the list.
(function () {
    "use strict";
    var DELAY = 150;

    function setup(form, index) {
        var input = form.querySelector("input[type=search]");
        var endpoint = form.getAttribute("data-autocomplete");
        if (!input || !endpoint || !window.fetch) return;
        var listId = "autocomplete-" + index;
        var list = document.createElement("ul");
        list.id = listId;
        list.className = "autocomplete";
        list.setAttribute("role", "listbox");
        list.setAttribute("aria-label", form.querySelector("label").textContent.trim());
        list.hidden = true;
        var status = document.createElement("p");
        status.className = "visually-hidden";
        status.setAttribute("role", "status");
        form.appendChild(list);
        form.appendChild(status);
        input.setAttribute("role", "combobox");
        input.setAttribute("aria-autocomplete", "list");
        input.setAttribute("aria-expanded", "false");
        input.setAttribute("aria-controls", listId);
        var timer = null, active = -1, options = [], latest = 0;

        function close() {
            list.hidden = true;
            list.innerHTML = "";
            options = [];
            active = -1;
            input.setAttribute("aria-expanded", "false");
            input.removeAttribute("aria-activedescendant");
        }

        function choose(option) {
            input.value = option.getAttribute("data-title");
            close();
            input.focus();
        }

        function highlight(next) {
            if (!options.length) return;
            active = (next + options.length) % options.length;
            options.forEach(function (option, i) {
                option.setAttribute("aria-selected", String(i === active));
            });
            input.setAttribute("aria-activedescendant", options[active].id);
        }

        function show(results) {
            close();
            results.forEach(function (result, i) {
                var option = document.createElement("li");
                option.id = listId + "-" + i;
                option.className = "autocomplete__option";
                option.setAttribute("role", "option");
                option.setAttribute("aria-selected", "false");
                option.setAttribute("data-title", result.title);
                option.textContent = result.title;
                var kind = document.createElement("small");
                kind.textContent = result.kind;
                option.appendChild(kind);
                option.addEventListener("mousedown", function (event) { event.preventDefault(); });
                option.addEventListener("click", function () { choose(option); });
                list.appendChild(option);
                options.push(option);
            });
            status.textContent = form.getAttribute("data-count-" + (results.length === 1 ? "one" : "many")).replace("{n}", results.length);
            if (options.length) {
                list.hidden = false;
                input.setAttribute("aria-expanded", "true");
            }
        }

        function fetchSuggestions() {
            var text = input.value.trim();
            if (text.length < 2) { close(); return; }
            var ticket = ++latest;
            fetch(endpoint + "?q=" + encodeURIComponent(text), { headers: { Accept: "application/json" } })
                .then(function (response) { return response.ok ? response.json() : { results: [] }; })
                .then(function (data) { if (ticket === latest) show(data.results || []); })
                .catch(close);
        }

        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(fetchSuggestions, DELAY);
        });
        input.addEventListener("keydown", function (event) {
            if (event.key === "ArrowDown" && options.length) { event.preventDefault(); highlight(active + 1); }
            else if (event.key === "ArrowUp" && options.length) { event.preventDefault(); highlight(active - 1); }
            else if (event.key === "Enter" && active >= 0) { event.preventDefault(); choose(options[active]); }
            else if (event.key === "Escape" && !list.hidden) { event.preventDefault(); close(); }
        });
        input.addEventListener("blur", function () { setTimeout(close, 100); });
    }

    document.querySelectorAll("form[data-autocomplete]").forEach(setup);
})();
