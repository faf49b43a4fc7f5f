/*
 * The space settings page: adds and removes holiday rows, suggests groups for the leaders group, and saves the whole
 * form with PUT <settings-url> (the settings REST resource). A 400 lists every problem; each is shown beside its field
 * (role="alert", aria-invalid) and nothing is saved. Every text from the server is set with textContent.
 */
(function () {
    "use strict";

    var WINDOWS = ["postConferenceWindow", "sharingWindow", "finalizationWindow", "acknowledgementWindow"];

    function all(root, selector) {
        return Array.prototype.slice.call(root.querySelectorAll(selector));
    }

    function value(form, name) {
        var field = form.elements.namedItem(name);
        return field ? field.value : "";
    }

    function setHidden(element, hidden) {
        if (hidden) {
            element.setAttribute("hidden", "");
        } else {
            element.removeAttribute("hidden");
        }
    }

    function collect(form) {
        var holidays = all(form, ".coaching-settings-holiday-rows .coaching-settings-holiday").map(function (row) {
            return {
                name: row.querySelector("[name=holidayName]").value,
                first: row.querySelector("[name=holidayFirst]").value,
                last: row.querySelector("[name=holidayLast]").value
            };
        });
        var body = {
            timeZone: value(form, "timeZone"),
            weekendDays: all(form, "input[name=weekendDays]").filter(function (box) {
                return box.checked;
            }).map(function (box) {
                return box.value;
            }),
            holidays: holidays,
            dueSoonDays: value(form, "dueSoonDays"),
            coverageWeeks: value(form, "coverageWeeks"),
            spsMinimumResponses: value(form, "spsMinimumResponses"),
            leadersGroup: value(form, "leadersGroup"),
            restrictCycleRecords: form.elements.namedItem("restrictCycleRecords").checked,
            rubricName: value(form, "rubricName"),
            rubricElements: value(form, "rubricElements").split(/\r?\n/).map(function (line) {
                return line.trim();
            }).filter(function (line) {
                return line.length > 0;
            }),
            digestEnabled: form.elements.namedItem("digestEnabled").checked
        };
        WINDOWS.forEach(function (name) {
            body[name] = {fewest: value(form, name + "Fewest"), most: value(form, name + "Most")};
        });
        return body;
    }

    function clearProblems(form) {
        all(form, ".coaching-settings-error").forEach(function (error) {
            error.textContent = "";
        });
        all(form, "[aria-invalid]").forEach(function (field) {
            field.removeAttribute("aria-invalid");
        });
        setHidden(form.querySelector(".coaching-settings-summary"), true);
        setHidden(form.querySelector(".coaching-settings-saved"), true);
    }

    function showSummary(form, message) {
        var summary = form.querySelector(".coaching-settings-summary");
        summary.textContent = message;
        setHidden(summary, false);
        summary.focus();
    }

    function showProblems(form, problems) {
        problems.forEach(function (problem) {
            var group = form.querySelector("[data-field='" + problem.field + "']");
            if (!group) {
                return;
            }
            var error = group.querySelector(".coaching-settings-error");
            var line = document.createElement("p");
            line.textContent = problem.message;
            error.appendChild(line);
            all(group, "input, select, textarea").forEach(function (field) {
                field.setAttribute("aria-invalid", "true");
            });
        });
        var message = form.getAttribute("data-invalid");
        showSummary(form, message);
        var first = problems.length ? form.querySelector("[data-field='" + problems[0].field + "']") : null;
        var firstField = first ? first.querySelector("input, select, textarea") : null;
        if (firstField) {
            firstField.focus();
        }
    }

    function save(form) {
        clearProblems(form);
        var button = form.querySelector(".coaching-settings-save");
        button.disabled = true;
        fetch(form.getAttribute("data-settings-url"), {
            method: "PUT",
            credentials: "same-origin",
            headers: {"Content-Type": "application/json", "X-Atlassian-Token": "no-check"},
            body: JSON.stringify(collect(form))
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (json) {
                if (response.ok) {
                    var saved = form.querySelector(".coaching-settings-saved");
                    saved.textContent = form.getAttribute("data-saved")
                        .replace("{0}", String(json.recomputedCycleRecords));
                    setHidden(saved, false);
                } else if (response.status === 400 && Array.isArray(json.problems)) {
                    showProblems(form, json.problems);
                } else if (response.status === 404) {
                    showSummary(form, form.getAttribute("data-gone"));
                } else {
                    showSummary(form, json.message || form.getAttribute("data-failed"));
                }
            });
        }).catch(function () {
            showSummary(form, form.getAttribute("data-failed"));
        }).then(function () {
            button.disabled = false;
        });
    }

    function bindHolidays(form) {
        var rows = form.querySelector(".coaching-settings-holiday-rows");
        var template = form.querySelector(".coaching-settings-holiday-template");
        form.querySelector(".coaching-settings-holiday-add").addEventListener("click", function () {
            var row = template.content.firstElementChild.cloneNode(true);
            rows.appendChild(row);
            row.querySelector("input").focus();
        });
        rows.addEventListener("click", function (event) {
            var remove = event.target.closest(".coaching-settings-holiday-remove");
            if (remove) {
                remove.closest("tr").remove();
            }
        });
    }

    function bindGroupPicker(form) {
        var input = form.querySelector("#coaching-settings-leadersGroup");
        var list = form.querySelector("#coaching-settings-groups");
        var timer = null;
        input.addEventListener("input", function () {
            clearTimeout(timer);
            timer = setTimeout(function () {
                var url = form.getAttribute("data-groups-url") + "?query=" + encodeURIComponent(input.value.trim());
                fetch(url, {credentials: "same-origin"}).then(function (response) {
                    return response.ok ? response.json() : {groups: []};
                }).then(function (json) {
                    while (list.firstChild) {
                        list.removeChild(list.firstChild);
                    }
                    (json.groups || []).forEach(function (name) {
                        var option = document.createElement("option");
                        option.value = name;
                        list.appendChild(option);
                    });
                }).catch(function () {
                    // No suggestions; the group can still be typed, and the server checks it exists.
                });
            }, 200);
        });
    }

    function init() {
        all(document, "form.coaching-settings-form").forEach(function (form) {
            bindHolidays(form);
            bindGroupPicker(form);
            form.addEventListener("submit", function (event) {
                event.preventDefault();
                save(form);
            });
        });
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", init);
    } else {
        init();
    }
}());
