/*
 * The acknowledgement control of a Cycle Record: submits the teacher's answer and the observer's finalization to
 * <base>/rest/coaching/1.0/pages/{pageId}/acknowledgement in place, then shows the record as the server answered it.
 * Every text from the server is set with textContent or setAttribute; the server decides who may do what.
 */
(function () {
    "use strict";

    function find(root, selector) {
        return root.querySelector(selector);
    }

    function setHidden(element, hidden) {
        if (!element) {
            return;
        }
        if (hidden) {
            element.setAttribute("hidden", "");
        } else {
            element.removeAttribute("hidden");
        }
    }

    function showError(root, message) {
        var alert = find(root, ".coaching-acknowledgement-error");
        alert.textContent = message || "";
        setHidden(alert, !message);
    }

    function isSafeUrl(url) {
        return typeof url === "string" && (/^https?:\/\//i.test(url) || /^\/(?!\/)/.test(url));
    }

    function showBy(root, person) {
        var cell = find(root, ".coaching-acknowledgement-by");
        while (cell.firstChild) {
            cell.removeChild(cell.firstChild);
        }
        var name = person ? person.displayName : "";
        if (person && isSafeUrl(person.profileUrl)) {
            var link = document.createElement("a");
            link.setAttribute("href", person.profileUrl);
            link.className = "confluence-userlink user-mention";
            link.textContent = name;
            cell.appendChild(link);
        } else {
            cell.textContent = name;
        }
    }

    /** Shows the record as the server sees it now (a GET, PUT or 409 body). */
    function render(root, status) {
        root.setAttribute("data-stage", status.stage);
        root.setAttribute("data-record-version", String(status.recordVersion));
        root.setAttribute("data-answer-version", status.answer ? String(status.answer.version) : "");
        find(root, ".coaching-acknowledgement-stage").textContent = status.stageMessage;

        var answer = status.answer;
        var list = find(root, ".coaching-acknowledgement-answer");
        setHidden(list, !answer);
        if (answer) {
            var kind = find(root, ".coaching-acknowledgement-kind");
            kind.textContent = answer.kindLabel;
            kind.setAttribute("data-kind", answer.kind);
            showBy(root, answer.by);
            var time = find(root, ".coaching-acknowledgement-at time");
            time.setAttribute("datetime", answer.at);
            time.textContent = answer.atLabel;
            var hasText = typeof answer.text === "string";
            find(root, ".coaching-acknowledgement-text").textContent = hasText ? answer.text : "";
            setHidden(find(root, ".coaching-acknowledgement-text"), !hasText);
            setHidden(find(root, ".coaching-acknowledgement-text-label"), !hasText);
        }

        var form = find(root, ".coaching-acknowledgement-form");
        if (form) {
            setHidden(form, !status.canAnswer);
            setHidden(find(form, ".coaching-acknowledgement-objected-note"), status.stage !== "objected");
            var input = find(form, "textarea");
            input.value = status.stage === "objected" && answer && answer.text ? answer.text : "";
        }
        setHidden(find(root, ".coaching-acknowledgement-finalize"), !status.canFinalize);
    }

    function setBusy(root, busy) {
        Array.prototype.forEach.call(root.querySelectorAll("button, textarea"), function (element) {
            element.disabled = busy;
        });
        if (busy) {
            showError(root, "");
        }
    }

    function send(root, path, body) {
        var url = root.getAttribute("data-base-url") + "/rest/coaching/1.0/pages/"
            + encodeURIComponent(root.getAttribute("data-page-id")) + "/acknowledgement" + path;
        setBusy(root, true);
        return fetch(url, {
            method: "PUT",
            credentials: "same-origin",
            headers: {
                "Content-Type": "application/json",
                "Accept": "application/json",
                "X-Atlassian-Token": "no-check"
            },
            body: JSON.stringify(body)
        }).then(function (response) {
            return response.json().catch(function () {
                return {};
            }).then(function (json) {
                setBusy(root, false);
                if (response.ok) {
                    render(root, json);
                    return;
                }
                if (response.status === 409 && json.current) {
                    render(root, json.current);
                }
                showError(root, json.message || root.getAttribute("data-unreachable"));
            });
        }).catch(function () {
            setBusy(root, false);
            showError(root, root.getAttribute("data-unreachable"));
        });
    }

    function answerVersion(root) {
        var version = root.getAttribute("data-answer-version");
        return version === "" || version === null ? null : Number(version);
    }

    function bind(root) {
        if (root.getAttribute("data-bound") === "true") {
            return;
        }
        root.setAttribute("data-bound", "true");
        var form = find(root, ".coaching-acknowledgement-form");
        if (form) {
            var chosen = "received";
            Array.prototype.forEach.call(form.querySelectorAll("button[name=kind]"), function (button) {
                button.addEventListener("click", function () {
                    chosen = button.value;
                });
            });
            form.addEventListener("submit", function (event) {
                event.preventDefault();
                var kind = event.submitter && event.submitter.value ? event.submitter.value : chosen;
                var text = find(form, "textarea").value;
                if (kind === "objection" && text.trim() === "") {
                    showError(root, root.getAttribute("data-text-required"));
                    find(form, "textarea").focus();
                    return;
                }
                send(root, "", {kind: kind, text: text, version: answerVersion(root)});
            });
        }
        var finalize = find(root, ".coaching-acknowledgement-finalize");
        if (finalize) {
            finalize.addEventListener("submit", function (event) {
                event.preventDefault();
                send(root, "/finalization", {version: Number(root.getAttribute("data-record-version"))});
            });
        }
    }

    function bindAll() {
        Array.prototype.forEach.call(document.querySelectorAll(".coaching-acknowledgement[data-page-id]"), bind);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", bindAll);
    } else {
        bindAll();
    }
})();
