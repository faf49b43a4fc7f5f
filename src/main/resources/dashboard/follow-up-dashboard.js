/*
 * The follow-up dashboard: reads each space's lists from /rest/coaching/1.0/spaces/{key}/follow-ups and builds them
 * with DOM nodes and text only (never innerHTML with data), pages and sorts one list at a time, applies the filter,
 * keeps the CSV link on the same filter and draws the weekly chart as inline SVG with a text alternative.
 */
(function () {
    "use strict";

    var SVG = "http://www.w3.org/2000/svg";
    var ROWS = 10;

    function label(root, name) {
        return root.getAttribute("data-label-" + name) || "";
    }

    function format(text, values) {
        return text.replace(/\{(\d+)\}/g, function (match, index) {
            return values[Number(index)] === undefined ? match : String(values[Number(index)]);
        });
    }

    function element(tag, className, text) {
        var node = document.createElement(tag);
        if (className) {
            node.className = className;
        }
        if (text !== undefined && text !== null) {
            node.textContent = text;
        }
        return node;
    }

    function isoDaysAgo(days) {
        var date = new Date();
        date.setDate(date.getDate() - days);
        return date.toISOString().slice(0, 10);
    }

    /** The filter as query parameters: the form on the space page, the macro's fixed parameters otherwise. */
    function filterParameters(root) {
        var parameters = new URLSearchParams();
        var form = root.querySelector(".coaching-dashboard-filters");
        var names = ["teacher", "coach", "type", "from", "to"];
        if (form) {
            names.forEach(function (name) {
                var field = form.elements[name];
                if (field && field.value) {
                    parameters.set(name, field.value.trim());
                }
            });
        } else {
            ["teacher", "coach"].forEach(function (name) {
                var value = root.getAttribute("data-" + name);
                if (value) {
                    parameters.set(name, value);
                }
            });
            var horizon = root.getAttribute("data-horizon");
            if (horizon) {
                parameters.set("from", isoDaysAgo(Number(horizon)));
            }
        }
        return parameters;
    }

    function shownSections(root) {
        var wanted = (root.getAttribute("data-sections") || "").split(",").map(function (id) {
            return id.trim();
        }).filter(function (id) {
            return id.length > 0;
        });
        return function (id) {
            return wanted.length === 0 || wanted.indexOf(id) >= 0;
        };
    }

    function apiUrl(root, spaceKey, path, parameters) {
        var query = parameters.toString();
        return root.getAttribute("data-base-url") + "/rest/coaching/1.0/spaces/" + encodeURIComponent(spaceKey)
            + "/follow-ups" + path + (query ? "?" + query : "");
    }

    function fetchJson(url) {
        return fetch(url, {credentials: "same-origin", headers: {"Accept": "application/json"}})
            .then(function (response) {
                return response.json().catch(function () {
                    return {message: response.statusText};
                }).then(function (body) {
                    if (!response.ok) {
                        throw new Error(body && body.message ? body.message : String(response.status));
                    }
                    return body;
                });
            });
    }

    function showError(root, space, message) {
        var box = space.querySelector(".coaching-dashboard-error");
        box.textContent = format(label(root, "failed"), [message]);
        box.hidden = false;
        space.querySelector(".coaching-dashboard-status").textContent = "";
    }

    function cell(data) {
        var td = element("td");
        if (data.url) {
            var link = element("a", null, data.text);
            link.setAttribute("href", data.url);
            td.appendChild(link);
        } else {
            td.textContent = data.text;
        }
        return td;
    }

    /** One list: title with its total, description, table or empty state, order and pager. */
    function renderSection(root, space, section) {
        var block = element("section", "coaching-dashboard-list");
        block.setAttribute("data-section", section.id);
        var heading = element("h3", null, section.title + " ");
        heading.appendChild(element("span", "coaching-dashboard-total", section.totalText));
        block.appendChild(heading);
        block.appendChild(element("p", "coaching-dashboard-description", section.description));
        fillSection(root, space, block, section);
        return block;
    }

    function fillSection(root, space, block, section) {
        Array.prototype.slice.call(block.querySelectorAll(".coaching-dashboard-empty, table, .coaching-dashboard-pager"))
            .forEach(function (node) {
                node.parentNode.removeChild(node);
            });
        block.querySelector(".coaching-dashboard-total").textContent = section.totalText;
        block.setAttribute("data-total", String(section.total));
        if (section.total === 0) {
            block.appendChild(element("p", "coaching-dashboard-empty", section.emptyText));
            return;
        }
        var table = element("table", "aui coaching-dashboard-table");
        var head = element("thead");
        var headRow = element("tr");
        section.columns.forEach(function (column) {
            var th = element("th", null, column);
            th.setAttribute("scope", "col");
            headRow.appendChild(th);
        });
        head.appendChild(headRow);
        table.appendChild(head);
        var body = element("tbody");
        section.rows.forEach(function (row) {
            var tr = element("tr", "coaching-dashboard-row");
            row.cells.forEach(function (data) {
                tr.appendChild(cell(data));
            });
            body.appendChild(tr);
        });
        table.appendChild(body);
        block.appendChild(table);

        var pager = element("div", "coaching-dashboard-pager");
        var order = element("select", "select coaching-dashboard-order");
        order.setAttribute("aria-label", label(root, "sort-label"));
        [["oldest", "sort-oldest"], ["newest", "sort-newest"]].forEach(function (choice) {
            var option = element("option", null, label(root, choice[1]));
            option.value = choice[0];
            option.selected = section.order === choice[0];
            order.appendChild(option);
        });
        order.addEventListener("change", function () {
            loadSection(root, space, block, section.id, 0, section.limit, order.value);
        });
        pager.appendChild(order);
        var first = section.rows.length === 0 ? 0 : section.offset + 1;
        pager.appendChild(element("span", "coaching-dashboard-range",
            format(label(root, "page-of"), [first, section.offset + section.rows.length, section.total])));
        var previous = element("button", "aui-button coaching-dashboard-previous", label(root, "previous"));
        previous.type = "button";
        previous.disabled = section.offset === 0;
        previous.addEventListener("click", function () {
            loadSection(root, space, block, section.id, Math.max(0, section.offset - section.limit), section.limit,
                section.order);
        });
        var next = element("button", "aui-button coaching-dashboard-next", label(root, "next"));
        next.type = "button";
        next.disabled = !section.hasMore;
        next.addEventListener("click", function () {
            loadSection(root, space, block, section.id, section.offset + section.limit, section.limit, section.order);
        });
        pager.appendChild(previous);
        pager.appendChild(next);
        block.appendChild(pager);
    }

    function loadSection(root, space, block, sectionId, offset, limit, order) {
        var parameters = filterParameters(root);
        parameters.set("offset", String(offset));
        parameters.set("limit", String(limit));
        parameters.set("order", order);
        fetchJson(apiUrl(root, space.getAttribute("data-space-key"), "/sections/" + encodeURIComponent(sectionId),
            parameters)).then(function (section) {
            fillSection(root, space, block, section);
        }, function (error) {
            showError(root, space, error.message || label(root, "no-answer"));
        });
    }

    /** Bars of steps still overdue (by the week they fell due) and steps done, per week, drawn by this script; the text says the same. */
    function renderChart(root, chart) {
        var figure = element("figure", "coaching-dashboard-chart");
        var caption = element("figcaption", null, chart.title);
        figure.appendChild(caption);
        var weeks = chart.weeks;
        var max = 1;
        weeks.forEach(function (week) {
            max = Math.max(max, week.slipped, week.done);
        });
        var width = 720, height = 180, left = 32, bottom = 20, slot = (width - left) / Math.max(1, weeks.length);
        var svg = document.createElementNS(SVG, "svg");
        svg.setAttribute("viewBox", "0 0 " + width + " " + height);
        svg.setAttribute("width", String(width));
        svg.setAttribute("height", String(height));
        svg.setAttribute("role", "img");
        var title = document.createElementNS(SVG, "title");
        title.textContent = chart.title;
        svg.appendChild(title);
        var desc = document.createElementNS(SVG, "desc");
        desc.textContent = chart.description;
        svg.appendChild(desc);
        var axis = document.createElementNS(SVG, "line");
        axis.setAttribute("x1", String(left));
        axis.setAttribute("x2", String(width));
        axis.setAttribute("y1", String(height - bottom));
        axis.setAttribute("y2", String(height - bottom));
        axis.setAttribute("stroke", "#8590a2");
        svg.appendChild(axis);
        var maxLabel = document.createElementNS(SVG, "text");
        maxLabel.setAttribute("x", "0");
        maxLabel.setAttribute("y", "12");
        maxLabel.setAttribute("font-size", "11");
        maxLabel.textContent = String(max);
        svg.appendChild(maxLabel);
        weeks.forEach(function (week, index) {
            [["slipped", week.slipped, 0], ["done", week.done, 1]].forEach(function (bar) {
                var barHeight = Math.round((height - bottom - 16) * bar[1] / max);
                var rect = document.createElementNS(SVG, "rect");
                rect.setAttribute("class", bar[0]);
                rect.setAttribute("x", String(left + index * slot + bar[2] * slot / 2.5 + 1));
                rect.setAttribute("y", String(height - bottom - barHeight));
                rect.setAttribute("width", String(Math.max(1, slot / 2.5 - 1)));
                rect.setAttribute("height", String(barHeight));
                rect.setAttribute("data-week", week.weekOf);
                rect.setAttribute("data-count", String(bar[1]));
                var tip = document.createElementNS(SVG, "title");
                tip.textContent = (week.weekLabel || week.weekOf) + ": " + bar[1] + " " + (bar[0] === "done" ? chart.doneLabel
                    : chart.slippedLabel);
                rect.appendChild(tip);
                svg.appendChild(rect);
            });
            if (index % 8 === 0) {
                var tick = document.createElementNS(SVG, "text");
                tick.setAttribute("x", String(left + index * slot));
                tick.setAttribute("y", String(height - 4));
                tick.setAttribute("font-size", "10");
                tick.textContent = week.weekLabel || week.weekOf;
                svg.appendChild(tick);
            }
        });
        figure.appendChild(svg);
        var legend = element("p", "coaching-dashboard-legend");
        legend.appendChild(element("span", "slipped", chart.slippedLabel));
        legend.appendChild(element("span", "done", chart.doneLabel));
        figure.appendChild(legend);
        figure.appendChild(element("p", "coaching-dashboard-chart-description", chart.description));
        return figure;
    }

    /** The self-checks' share per quality, as a small table; a sentence when there is none. */
    function renderSelfChecks(root, selfChecks) {
        var block = element("section", "coaching-dashboard-selfchecks");
        block.appendChild(element("h3", null, label(root, "selfcheck-title")));
        block.appendChild(element("p", "coaching-dashboard-selfchecks-text", selfChecks.text));
        if (selfChecks.conversations === 0) {
            return block;
        }
        var table = element("table", "aui coaching-dashboard-selfchecks-table");
        var head = element("tr");
        [label(root, "column-quality"), label(root, "column-share")].forEach(function (text) {
            var th = element("th", null, text);
            th.setAttribute("scope", "col");
            head.appendChild(th);
        });
        var thead = element("thead");
        thead.appendChild(head);
        table.appendChild(thead);
        var body = element("tbody");
        selfChecks.qualities.forEach(function (quality) {
            var row = element("tr");
            row.setAttribute("data-quality", quality.quality);
            row.appendChild(element("td", null, quality.term));
            row.appendChild(element("td", null, quality.percent === null ? "" : quality.percent + "% ("
                + quality.present + "/" + selfChecks.conversations + ")"));
            body.appendChild(row);
        });
        table.appendChild(body);
        block.appendChild(table);
        return block;
    }

    function loadSpace(root, space) {
        var content = space.querySelector(".coaching-dashboard-content");
        var status = space.querySelector(".coaching-dashboard-status");
        var error = space.querySelector(".coaching-dashboard-error");
        error.hidden = true;
        status.textContent = label(root, "loading");
        var parameters = filterParameters(root);
        var exportLink = space.querySelector(".coaching-dashboard-export");
        exportLink.setAttribute("href", apiUrl(root, space.getAttribute("data-space-key"), "/export.csv", parameters));
        parameters.set("rows", String(ROWS));
        fetchJson(apiUrl(root, space.getAttribute("data-space-key"), "", parameters)).then(function (dashboard) {
            while (content.firstChild) {
                content.removeChild(content.firstChild);
            }
            var shown = shownSections(root);
            var share = element("section", "coaching-dashboard-share");
            share.appendChild(element("h3", null, label(root, "share-title")));
            share.appendChild(element("p", "coaching-dashboard-share-text", dashboard.leadToAction.text));
            content.appendChild(share);
            content.appendChild(renderSelfChecks(root, dashboard.selfChecks));
            var chartPlace = element("div", "coaching-dashboard-chart-place");
            content.appendChild(chartPlace);
            dashboard.sections.forEach(function (section) {
                if (shown(section.id)) {
                    content.appendChild(renderSection(root, space, section));
                }
            });
            status.textContent = "";
            var chartParameters = filterParameters(root);
            return fetchJson(apiUrl(root, space.getAttribute("data-space-key"), "/chart", chartParameters))
                .then(function (chart) {
                    chartPlace.appendChild(renderChart(root, chart));
                    space.setAttribute("data-loaded", "true");
                });
        }).then(null, function (failure) {
            showError(root, space, failure.message || label(root, "no-answer"));
        });
    }

    function start(root) {
        if (root.getAttribute("data-started")) {
            return;
        }
        root.setAttribute("data-started", "true");
        var spaces = Array.prototype.slice.call(root.querySelectorAll(".coaching-dashboard-space"));
        var form = root.querySelector(".coaching-dashboard-filters");
        if (form) {
            form.addEventListener("submit", function (event) {
                event.preventDefault();
                spaces.forEach(function (space) {
                    loadSpace(root, space);
                });
            });
            form.addEventListener("reset", function () {
                setTimeout(function () {
                    spaces.forEach(function (space) {
                        loadSpace(root, space);
                    });
                }, 0);
            });
        }
        spaces.forEach(function (space) {
            loadSpace(root, space);
        });
    }

    function startAll() {
        Array.prototype.slice.call(document.querySelectorAll(".coaching-dashboard")).forEach(start);
    }

    if (document.readyState === "loading") {
        document.addEventListener("DOMContentLoaded", startAll);
    } else {
        startAll();
    }
}());
