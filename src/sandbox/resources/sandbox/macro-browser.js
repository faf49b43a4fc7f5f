/*
 * The sandbox editor's macro browser (never part of the app): choose one of the app's macros, fill in its
 * parameters, and the macro is written as storage format at the cursor of the body textarea. Plain DOM; every value
 * is escaped for XML before it goes into the body.
 */
(function () {
    "use strict";

    function escapeXml(value) {
        return String(value).replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")
            .replace(/"/g, "&quot;").replace(/'/g, "&apos;");
    }

    /** The storage format of one macro with the parameters that have a value, in the form's order. */
    function storageFormat(macroName, parameters) {
        var xml = "<ac:structured-macro ac:name=\"" + escapeXml(macroName) + "\" ac:schema-version=\"1\">";
        parameters.forEach(function (parameter) {
            xml += "<ac:parameter ac:name=\"" + escapeXml(parameter.name) + "\">" + escapeXml(parameter.value)
                + "</ac:parameter>";
        });
        return xml + "</ac:structured-macro>";
    }

    function valuesOf(form) {
        var parameters = [];
        var missing = [];
        form.querySelectorAll("[data-parameter]").forEach(function (field) {
            var value = field.type === "checkbox" ? (field.checked ? "true" : "false") : field.value.trim();
            if (value === "") {
                if (field.getAttribute("data-required") === "true") {
                    missing.push(field.getAttribute("data-label"));
                }
                return;
            }
            parameters.push({name: field.getAttribute("data-parameter"), value: value});
        });
        return {parameters: parameters, missing: missing};
    }

    function insertAtCursor(textarea, text) {
        var start = textarea.selectionStart;
        var end = textarea.selectionEnd;
        textarea.value = textarea.value.slice(0, start) + text + textarea.value.slice(end);
        textarea.focus();
        textarea.setSelectionRange(start + text.length, start + text.length);
        textarea.dispatchEvent(new Event("input", {bubbles: true}));
    }

    function init(browser) {
        var textarea = document.getElementById("content-body");
        var open = browser.querySelector(".sandbox-macro-browser-open");
        var panel = browser.querySelector(".sandbox-macro-browser-panel");
        var list = browser.querySelector(".sandbox-macro-list");
        var forms = browser.querySelectorAll(".sandbox-macro-form");
        if (!textarea || !open || !panel) {
            return;
        }

        function showList() {
            forms.forEach(function (form) { form.hidden = true; });
            list.hidden = false;
        }

        function close() {
            panel.hidden = true;
            open.setAttribute("aria-expanded", "false");
            showList();
            textarea.focus();
        }

        open.addEventListener("click", function () {
            panel.hidden = false;
            open.setAttribute("aria-expanded", "true");
            showList();
            var first = list.querySelector("button");
            if (first) {
                first.focus();
            }
        });
        browser.querySelector(".sandbox-macro-browser-close").addEventListener("click", close);
        panel.addEventListener("keydown", function (event) {
            if (event.key === "Escape") {
                close();
            }
        });
        list.querySelectorAll(".sandbox-macro-choice").forEach(function (choice) {
            choice.addEventListener("click", function () {
                var name = choice.getAttribute("data-macro");
                list.hidden = true;
                forms.forEach(function (form) {
                    form.hidden = form.getAttribute("data-macro") !== name;
                    if (!form.hidden) {
                        var field = form.querySelector("[data-parameter]") || form.querySelector(".sandbox-macro-insert");
                        field.focus();
                    }
                });
            });
        });
        forms.forEach(function (form) {
            var error = form.querySelector(".sandbox-macro-error");
            // Enter in a parameter field would post the page's own form; here it inserts the macro.
            form.addEventListener("keydown", function (event) {
                if (event.key === "Enter" && event.target.tagName === "INPUT") {
                    event.preventDefault();
                    form.querySelector(".sandbox-macro-insert").click();
                }
            });
            form.querySelector(".sandbox-macro-back").addEventListener("click", showList);
            form.querySelector(".sandbox-macro-insert").addEventListener("click", function () {
                var values = valuesOf(form);
                if (values.missing.length > 0) {
                    error.textContent = "Fill in: " + values.missing.join(", ") + ".";
                    error.hidden = false;
                    return;
                }
                error.hidden = true;
                insertAtCursor(textarea, storageFormat(form.getAttribute("data-macro"), values.parameters));
                close();
            });
        });
    }

    document.querySelectorAll(".sandbox-macro-browser").forEach(init);
}());
