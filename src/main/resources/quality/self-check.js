/*
 * The conversation-quality self-check control: sends the ticks and notes of the form the macro rendered to
 * PUT <base>/rest/coaching/1.0/pages/<id>/self-check with the version it shows, and shows the answer in place.
 * Every text from the server goes in through textContent or setAttribute, never as markup.
 */
(function () {
    "use strict";

    var REST_PATH = "/rest/coaching/1.0/pages/";

    function text(element, value) {
        if (element) {
            element.textContent = value === undefined || value === null ? "" : String(value);
        }
    }

    function show(element, visible) {
        if (element) {
            if (visible) {
                element.removeAttribute("hidden");
            } else {
                element.setAttribute("hidden", "hidden");
            }
        }
    }

    function collect(form) {
        var present = [];
        var notes = {};
        Array.prototype.forEach.call(form.querySelectorAll("input.coaching-self-check-present"), function (box) {
            if (box.checked) {
                present.push(box.value);
            }
        });
        Array.prototype.forEach.call(form.querySelectorAll("textarea.coaching-self-check-note"), function (area) {
            if (area.value.trim() !== "") {
                notes[area.getAttribute("data-quality")] = area.value;
            }
        });
        return {present: present, notes: notes};
    }

    /** Who saved, and when: a link to the profile when there is one, plain text otherwise. */
    function showLastSaved(control, lastSaved) {
        var line = control.querySelector(".coaching-self-check-saved");
        if (!line || !lastSaved) {
            return;
        }
        var old = line.querySelector(".coaching-self-check-saved-by");
        var person = lastSaved.by || {};
        var name = person.displayName || person.username || "";
        var replacement;
        if (person.profileUrl) {
            replacement = document.createElement("a");
            replacement.setAttribute("href", person.profileUrl);
            replacement.className = "confluence-userlink coaching-self-check-saved-by";
        } else {
            replacement = document.createElement("span");
            replacement.className = "coaching-self-check-saved-by";
        }
        text(replacement, name);
        if (old) {
            line.replaceChild(replacement, old);
        }
        var time = line.querySelector(".coaching-self-check-saved-at");
        if (time) {
            time.setAttribute("datetime", lastSaved.at || "");
            text(time, lastSaved.atLabel || lastSaved.at);
        }
        show(line, true);
        show(control.querySelector(".coaching-self-check-not-saved"), false);
    }

    function showError(control, message) {
        var box = control.querySelector(".coaching-self-check-error");
        text(box, message);
        show(box, !!message);
    }

    function save(control, form) {
        var status = control.querySelector(".coaching-self-check-status");
        var button = form.querySelector(".coaching-self-check-save");
        var body = collect(form);
        var version = control.getAttribute("data-version");
        if (version !== null && version !== "") {
            body.version = Number(version);
        }
        var url = (control.getAttribute("data-base-url") || "") + REST_PATH
            + encodeURIComponent(control.getAttribute("data-page-id")) + "/self-check";
        showError(control, "");
        text(status, control.getAttribute("data-msg-saving"));
        if (button) {
            button.disabled = true;
        }
        return fetch(url, {
            method: "PUT",
            credentials: "same-origin",
            headers: {
                "Accept": "application/json",
                "Content-Type": "application/json",
                "X-Atlassian-Token": "no-check"
            },
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (answer) {
                if (response.ok) {
                    control.setAttribute("data-version", String(answer.version));
                    showLastSaved(control, answer.lastSaved);
                    text(status, control.getAttribute("data-msg-saved"));
                } else {
                    text(status, "");
                    showError(control, answer.message || control.getAttribute("data-msg-failed"));
                }
            });
        }, function () {
            text(status, "");
            showError(control, control.getAttribute("data-msg-failed"));
        }).then(function () {
            if (button) {
                button.disabled = false;
            }
        });
    }

    function bind(control) {
        var form = control.querySelector("form.coaching-self-check-form");
        if (!form || control.getAttribute("data-bound") === "true") {
            return;
        }
        control.setAttribute("data-bound", "true");
        form.addEventListener("submit", function (event) {
            event.preventDefault();
            save(control, form);
        });
    }

    function bindAll() {
        Array.prototype.forEach.call(document.querySelectorAll(".coaching-self-check"), bind);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", bindAll);
    } else {
        bindAll();
    }
}());
