/*
 * Changes action steps in place, in the lists the action-steps macro renders (div.coaching-action-steps with
 * data-editable="true"): mark done, drop, reopen, edit text, owner, role and due date, add and remove steps, through
 * the app's REST API (<base URL>/rest/coaching/1.0). After every write the row is rebuilt from the step the server
 * answers with, in the structure the macro's template renders. Every piece of text is set with textContent or
 * setAttribute, never as markup. Plain DOM and fetch only.
 *
 * The helpers at the top use no browser API, so node's test runner loads this file (src/test/js).
 */
(function (root) {
    'use strict';

    var REST_PATH = '/rest/coaching/1.0';
    var EDITABLE_FIELDS = ['text', 'owner', 'role', 'dueOn'];
    var DUE_STATES = ['overdue', 'due-soon'];
    var STATUSES = ['open', 'done', 'dropped'];
    var ROLES = ['teacher', 'coach', 'observer'];

    /** The method, address and JSON body of one change; throws for a kind of change there is not. */
    function requestFor(kind, baseUrl, change) {
        var base = String(baseUrl || '').replace(/\/+$/, '') + REST_PATH;
        switch (kind) {
            case 'add':
                return {method: 'POST', url: base + '/pages/' + encodeURIComponent(change.pageId) + '/action-steps',
                    body: details(change.values)};
            case 'update':
                return {method: 'PUT', url: base + '/action-steps/' + encodeURIComponent(change.stepId),
                    body: withVersion(change.version, details(change.values))};
            case 'status':
                return {method: 'PUT', url: base + '/action-steps/' + encodeURIComponent(change.stepId) + '/status',
                    body: {version: change.version, status: change.status}};
            case 'remove':
                return {method: 'DELETE', url: base + '/action-steps/' + encodeURIComponent(change.stepId)
                    + '?version=' + encodeURIComponent(change.version), body: null};
            default:
                throw new Error('No such change: ' + kind);
        }
    }

    function details(values) {
        return {
            text: String(values.text == null ? '' : values.text),
            owner: String(values.owner == null ? '' : values.owner).trim(),
            role: String(values.role == null ? '' : values.role),
            dueOn: String(values.dueOn == null ? '' : values.dueOn)
        };
    }

    function withVersion(version, body) {
        return {version: version, text: body.text, owner: body.owner, role: body.role, dueOn: body.dueOn};
    }

    /**
     * What an answer of the server means for the control that asked:
     * {kind: 'step', step} (200, 201), {kind: 'removed'} (204), {kind: 'invalid', field, message} (400; field is one
     * of the editor's fields or null), {kind: 'conflict', message, current} (409), {kind: 'failed', message}.
     * A message always comes from the server when it sent one; otherwise it is the label for the status.
     */
    function outcomeOf(status, body, labels) {
        var message = body && typeof body.message === 'string' && body.message ? body.message
            : fill(labels['error-status'] || '', String(status));
        if ((status === 200 || status === 201) && body && typeof body === 'object' && body.id != null) {
            return {kind: 'step', step: body};
        }
        if (status === 204) {
            return {kind: 'removed'};
        }
        if (status === 400) {
            var field = body && EDITABLE_FIELDS.indexOf(body.field) >= 0 ? body.field : null;
            return {kind: 'invalid', field: field, message: message};
        }
        if (status === 409) {
            var current = body && body.current && typeof body.current === 'object' && body.current.id != null
                ? body.current : null;
            return {kind: 'conflict', message: message, current: current};
        }
        return {kind: 'failed', message: message};
    }

    /** The label with its {0} replaced by the value. */
    function fill(template, value) {
        return String(template).split('{0}').join(value);
    }

    /** An address a link may point to: one below this site, or an absolute http(s) one; null for anything else. */
    function safeHref(address) {
        if (typeof address !== 'string' || !address) {
            return null;
        }
        if (/^\/(?![\/\\])/.test(address) || /^https?:\/\//i.test(address)) {
            return address;
        }
        return null;
    }

    /** The status changes a step offers: an open step is marked done or dropped; a closed one is reopened. */
    function statusChangesFor(status) {
        return status === 'open' ? ['done', 'dropped'] : ['open'];
    }

    /** What a step's cells show, as text: owner (with a profile address or not), due date and lozenge, status. */
    function cellsOf(step, labels) {
        var owner = step.owner && typeof step.owner === 'object' ? step.owner : null;
        var dueState = DUE_STATES.indexOf(step.dueState) >= 0 ? step.dueState : null;
        return {
            text: String(step.text == null ? '' : step.text),
            ownerName: owner ? String(owner.displayName || owner.username || '') : String(step.roleLabel || ''),
            ownerHref: owner ? safeHref(owner.profileUrl) : null,
            dueText: step.dueOn ? String(step.dueOnLabel || step.dueOn) : (labels['no-due'] || ''),
            lozenge: dueState ? {state: dueState, text: String(step.dueStateLabel || '')} : null,
            statusText: String(step.statusLabel || step.status || ''),
            status: STATUSES.indexOf(step.status) >= 0 ? step.status : 'open'
        };
    }

    var helpers = {
        requestFor: requestFor,
        outcomeOf: outcomeOf,
        fill: fill,
        safeHref: safeHref,
        statusChangesFor: statusChangesFor,
        cellsOf: cellsOf
    };

    if (typeof module !== 'undefined' && module.exports) {
        module.exports = helpers;
        return;
    }

    // ---------------------------------------------------------------- the controls, in the browser

    var LABEL_NAMES = ['edit', 'done', 'drop', 'reopen', 'remove', 'remove-question', 'remove-confirm', 'keep',
        'save', 'cancel', 'add', 'saving', 'text', 'owner', 'owner-hint', 'role', 'due', 'removed', 'saved', 'added',
        'error-network', 'error-status', 'editor-edit', 'editor-add', 'actions', 'no-due', 'role-teacher',
        'role-coach', 'role-observer', 'empty'];
    var STATUS_LABEL = {done: 'done', dropped: 'drop', open: 'reopen'};
    var nextId = 0;

    function element(name, className, text) {
        var node = document.createElement(name);
        if (className) {
            node.className = className;
        }
        if (text != null) {
            node.textContent = text;
        }
        return node;
    }

    function button(className, text) {
        var node = element('button', 'aui-button ' + className, text);
        node.type = 'button';
        return node;
    }

    function Controls(container) {
        this.container = container;
        this.baseUrl = container.getAttribute('data-base-url') || '';
        this.pageId = container.getAttribute('data-page-id') || '';
        this.defaultRole = container.getAttribute('data-default-role') || 'teacher';
        this.labels = {};
        for (var i = 0; i < LABEL_NAMES.length; i++) {
            this.labels[LABEL_NAMES[i]] = container.getAttribute('data-label-' + LABEL_NAMES[i]) || '';
        }
        this.table = container.querySelector('table.coaching-action-steps-table');
        this.tbody = this.table ? this.table.querySelector('tbody') : null;
        this.empty = container.querySelector('.coaching-action-steps-empty');
        this.announcer = container.querySelector('.coaching-action-steps-status-message');
        this.addButton = container.querySelector('.coaching-action-step-add');
        container.addEventListener('click', this.onClick.bind(this));
        var rows = container.querySelectorAll('tbody > tr.coaching-action-step');
        for (var i = 0; i < rows.length; i++) {
            describe(rows[i]);
        }
    }

    /** Every button of a row names the step it acts on, for whoever hears "Edit" or "Remove" read out. */
    function describe(row) {
        var text = row.querySelector('.coaching-action-step-text');
        if (!text) {
            return;
        }
        if (!text.id) {
            text.id = 'coaching-action-step-text-' + (++nextId);
        }
        var buttons = row.querySelectorAll('button');
        for (var i = 0; i < buttons.length; i++) {
            buttons[i].setAttribute('aria-describedby', text.id);
        }
    }

    Controls.prototype.onClick = function (event) {
        var target = event.target.closest ? event.target.closest('button') : null;
        if (!target || !this.container.contains(target) || target.disabled) {
            return;
        }
        var row = target.closest('tr.coaching-action-step');
        if (target.classList.contains('coaching-action-step-add')) {
            this.openEditor(null);
        } else if (row && target.classList.contains('coaching-action-step-edit')) {
            this.openEditor(row);
        } else if (row && target.classList.contains('coaching-action-step-status-change')) {
            this.changeStatus(row, target.getAttribute('data-target-status'));
        } else if (row && target.classList.contains('coaching-action-step-remove')) {
            this.askRemove(row);
        }
    };

    Controls.prototype.columnCount = function () {
        return this.table ? this.table.querySelectorAll('thead th').length : 1;
    };

    Controls.prototype.announce = function (text) {
        if (this.announcer) {
            this.announcer.textContent = text;
        }
    };

    /** Sends one change; calls back with its outcome (see outcomeOf), or 'failed' when the server is not reached. */
    Controls.prototype.send = function (kind, change, done) {
        var request = requestFor(kind, this.baseUrl, change);
        var labels = this.labels;
        var headers = {'Accept': 'application/json', 'X-Atlassian-Token': 'no-check'};
        var options = {method: request.method, credentials: 'same-origin', headers: headers};
        if (request.body !== null) {
            headers['Content-Type'] = 'application/json';
            options.body = JSON.stringify(request.body);
        }
        fetch(request.url, options).then(function (response) {
            if (response.status === 204) {
                return done(outcomeOf(204, null, labels));
            }
            return response.json().then(function (body) {
                done(outcomeOf(response.status, body, labels));
            }, function () {
                done(outcomeOf(response.status, null, labels));
            });
        }, function () {
            done({kind: 'failed', message: labels['error-network']});
        });
    };

    // ------------------------------------------------------------ rows

    /** A row for the step, in the structure of the macro's template; the source cell is kept from the row before. */
    Controls.prototype.buildRow = function (step, previousRow) {
        var cells = cellsOf(step, this.labels);
        var row = element('tr', 'coaching-action-step');
        row.setAttribute('data-step-id', String(step.id));
        row.setAttribute('data-status', cells.status);
        if (step.canChange) {
            row.setAttribute('data-version', String(step.version));
            row.setAttribute('data-text', cells.text);
            row.setAttribute('data-owner', step.owner && step.owner.username ? String(step.owner.username) : '');
            row.setAttribute('data-role', ROLES.indexOf(step.role) >= 0 ? step.role : this.defaultRole);
            row.setAttribute('data-due-on', step.dueOn ? String(step.dueOn) : '');
        }
        row.appendChild(element('td', 'coaching-action-step-text', cells.text));
        var owner = element('td', 'coaching-action-step-owner');
        if (cells.ownerHref) {
            var link = element('a', 'confluence-userlink user-mention', cells.ownerName);
            link.setAttribute('href', cells.ownerHref);
            owner.appendChild(link);
        } else {
            owner.textContent = cells.ownerName;
        }
        row.appendChild(owner);
        var due = element('td', 'coaching-action-step-due');
        due.appendChild(element('span', 'coaching-action-step-due-date', cells.dueText));
        if (cells.lozenge) {
            due.appendChild(document.createTextNode(' '));
            due.appendChild(element('span', 'aui-lozenge coaching-deadline coaching-deadline-' + cells.lozenge.state,
                cells.lozenge.text));
        }
        row.appendChild(due);
        row.appendChild(element('td', 'coaching-action-step-status', cells.statusText));
        var source = previousRow ? previousRow.querySelector('.coaching-action-step-source') : null;
        if (source) {
            row.appendChild(source.cloneNode(true));
        } else if (this.container.getAttribute('data-source-column') === 'true') {
            row.appendChild(element('td', 'coaching-action-step-source'));
        }
        var actions = element('td', 'coaching-action-step-actions');
        if (step.canChange) {
            actions.appendChild(button('coaching-action-step-edit', this.labels.edit));
            var changes = statusChangesFor(cells.status);
            for (var i = 0; i < changes.length; i++) {
                var change = button('coaching-action-step-status-change', this.labels[STATUS_LABEL[changes[i]]]);
                change.setAttribute('data-target-status', changes[i]);
                actions.appendChild(change);
            }
            actions.appendChild(button('coaching-action-step-remove', this.labels.remove));
        }
        var message = element('div', 'coaching-action-step-message');
        message.setAttribute('role', 'alert');
        actions.appendChild(message);
        row.appendChild(actions);
        describe(row);
        return row;
    };

    /** Puts the server's step where the row was; shows the message in the new row; moves focus into it. */
    Controls.prototype.replaceRow = function (row, step, message, focusClass) {
        var fresh = this.buildRow(step, row);
        row.parentNode.replaceChild(fresh, row);
        if (message) {
            fresh.querySelector('.coaching-action-step-message').textContent = message;
        }
        var focus = (focusClass && fresh.querySelector('.' + focusClass)) || fresh.querySelector('button');
        if (focus) {
            focus.focus();
        }
        return fresh;
    };

    Controls.prototype.rowMessage = function (row, text) {
        var message = row.querySelector('.coaching-action-step-message');
        if (message) {
            message.textContent = text;
        }
    };

    Controls.prototype.setRowBusy = function (row, busy) {
        var buttons = row.querySelectorAll('button');
        for (var i = 0; i < buttons.length; i++) {
            buttons[i].disabled = busy;
        }
    };

    /** The table while it has rows; the list's "no steps" sentence once it has none. */
    Controls.prototype.showTable = function () {
        var rows = this.tbody ? this.tbody.querySelectorAll('tr').length : 0;
        if (this.table) {
            this.table.hidden = rows === 0;
        }
        if (!this.empty && rows === 0) {
            this.empty = element('p', 'coaching-action-steps-empty', this.labels.empty);
            this.container.insertBefore(this.empty, this.table || this.container.firstChild);
        }
        if (this.empty) {
            this.empty.hidden = rows > 0;
        }
    };

    // ------------------------------------------------------------ status

    Controls.prototype.changeStatus = function (row, status) {
        var self = this;
        this.rowMessage(row, '');
        this.setRowBusy(row, true);
        this.announce(this.labels.saving);
        this.send('status', {stepId: row.getAttribute('data-step-id'), version: Number(row.getAttribute('data-version')),
            status: status}, function (outcome) {
            if (outcome.kind === 'step') {
                self.replaceRow(row, outcome.step, null, 'coaching-action-step-status-change');
                self.announce(self.labels.saved + ' ' + String(outcome.step.statusLabel || ''));
            } else {
                self.failedOnRow(row, outcome);
            }
        });
    };

    /** A refused change of a row: the current step and the server's message, or the message on the row as it was. */
    Controls.prototype.failedOnRow = function (row, outcome) {
        this.announce('');
        if (outcome.kind === 'conflict' && outcome.current) {
            this.replaceRow(row, outcome.current, outcome.message);
            return;
        }
        this.setRowBusy(row, false);
        this.rowMessage(row, outcome.message);
    };

    // ------------------------------------------------------------ remove

    Controls.prototype.askRemove = function (row) {
        var self = this;
        var actions = row.querySelector('.coaching-action-step-actions');
        var kept = Array.prototype.filter.call(actions.children, function (child) {
            return child.tagName === 'BUTTON';
        });
        kept.forEach(function (child) {
            child.hidden = true;
        });
        var question = element('div', 'coaching-action-step-confirm');
        question.appendChild(element('span', 'coaching-action-step-confirm-question', this.labels['remove-question']));
        question.appendChild(document.createTextNode(' '));
        var confirm = button('coaching-action-step-remove-confirm', this.labels['remove-confirm']);
        var keep = button('coaching-action-step-keep', this.labels.keep);
        question.appendChild(confirm);
        question.appendChild(keep);
        actions.insertBefore(question, actions.firstChild);
        describe(row);
        function restore(focusRemove) {
            question.parentNode.removeChild(question);
            kept.forEach(function (child) {
                child.hidden = false;
            });
            if (focusRemove) {
                row.querySelector('.coaching-action-step-remove').focus();
            }
        }
        keep.addEventListener('click', function (event) {
            event.stopPropagation();
            restore(true);
        });
        question.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                restore(true);
            }
        });
        confirm.addEventListener('click', function (event) {
            event.stopPropagation();
            self.remove(row, question, restore);
        });
        confirm.focus();
    };

    Controls.prototype.remove = function (row, question, restore) {
        var self = this;
        this.setRowBusy(row, true);
        this.rowMessage(row, '');
        this.send('remove', {stepId: row.getAttribute('data-step-id'), version: Number(row.getAttribute('data-version'))},
            function (outcome) {
                if (outcome.kind === 'removed') {
                    var neighbour = row.nextElementSibling || row.previousElementSibling;
                    row.parentNode.removeChild(row);
                    self.showTable();
                    self.announce(self.labels.removed);
                    var focus = (neighbour && neighbour.querySelector('button')) || self.addButton;
                    if (focus) {
                        focus.focus();
                    }
                    return;
                }
                self.setRowBusy(row, false);
                restore(false);
                self.failedOnRow(row, outcome);
            });
    };

    // ------------------------------------------------------------ editor

    Controls.prototype.openEditor = function (row) {
        var existing = this.container.querySelector('.coaching-action-step-editor-row');
        if (existing) {
            existing.querySelector('textarea').focus();
            return;
        }
        var self = this;
        var id = 'coaching-action-step-editor-' + (++nextId);
        var editorRow = element('tr', 'coaching-action-step-editor-row');
        var cell = element('td');
        cell.colSpan = this.columnCount();
        var form = element('form', 'aui coaching-action-step-editor');
        form.noValidate = true;
        form.setAttribute('aria-label', row ? this.labels['editor-edit'] : this.labels['editor-add']);
        var values = row ? {
            text: row.getAttribute('data-text') || '',
            owner: row.getAttribute('data-owner') || '',
            role: row.getAttribute('data-role') || this.defaultRole,
            dueOn: row.getAttribute('data-due-on') || ''
        } : {text: '', owner: '', role: this.defaultRole, dueOn: ''};

        var text = element('textarea', 'textarea coaching-action-step-field');
        text.rows = 2;
        text.value = values.text;
        form.appendChild(this.fieldGroup(id, 'text', this.labels.text, text, null));
        var owner = element('input', 'text coaching-action-step-field');
        owner.type = 'text';
        owner.autocomplete = 'off';
        owner.value = values.owner;
        form.appendChild(this.fieldGroup(id, 'owner', this.labels.owner, owner, this.labels['owner-hint']));
        var role = element('select', 'select coaching-action-step-field');
        ROLES.forEach(function (each) {
            var option = element('option', null, self.labels['role-' + each]);
            option.value = each;
            role.appendChild(option);
        });
        role.value = ROLES.indexOf(values.role) >= 0 ? values.role : 'teacher';
        form.appendChild(this.fieldGroup(id, 'role', this.labels.role, role, null));
        var due = element('input', 'text coaching-action-step-field');
        due.type = 'date';
        due.value = values.dueOn;
        form.appendChild(this.fieldGroup(id, 'dueOn', this.labels.due, due, null));

        var buttons = element('div', 'buttons-container coaching-action-step-editor-buttons');
        var save = element('button', 'aui-button aui-button-primary coaching-action-step-save', this.labels.save);
        save.type = 'submit';
        var cancel = button('coaching-action-step-cancel', this.labels.cancel);
        buttons.appendChild(save);
        buttons.appendChild(cancel);
        form.appendChild(buttons);
        var message = element('div', 'coaching-action-step-message');
        message.setAttribute('role', 'alert');
        form.appendChild(message);
        cell.appendChild(form);
        editorRow.appendChild(cell);

        if (row) {
            row.hidden = true;
            row.parentNode.insertBefore(editorRow, row.nextSibling);
        } else {
            this.tbody.appendChild(editorRow);
            this.table.hidden = false;
            if (this.addButton) {
                this.addButton.disabled = true;
            }
        }

        function close(focus) {
            editorRow.parentNode.removeChild(editorRow);
            if (self.addButton) {
                self.addButton.disabled = false;
            }
            if (row && row.parentNode) {
                row.hidden = false;
            }
            self.showTable();
            if (focus) {
                focus.focus();
            }
        }
        cancel.addEventListener('click', function (event) {
            event.stopPropagation();
            close(row ? row.querySelector('.coaching-action-step-edit') : self.addButton);
        });
        form.addEventListener('keydown', function (event) {
            if (event.key === 'Escape') {
                event.preventDefault();
                close(row ? row.querySelector('.coaching-action-step-edit') : self.addButton);
            }
        });
        form.addEventListener('submit', function (event) {
            event.preventDefault();
            self.clearErrors(form);
            save.disabled = true;
            self.announce(self.labels.saving);
            var entered = {text: text.value, owner: owner.value, role: role.value, dueOn: due.value};
            var kind = row ? 'update' : 'add';
            var change = row ? {stepId: row.getAttribute('data-step-id'),
                version: Number(row.getAttribute('data-version')), values: entered}
                : {pageId: self.pageId, values: entered};
            self.send(kind, change, function (outcome) {
                save.disabled = false;
                if (outcome.kind === 'step') {
                    var placed;
                    if (row) {
                        close(null);
                        placed = self.replaceRow(row, outcome.step, null, 'coaching-action-step-edit');
                        self.announce(self.labels.saved);
                    } else {
                        close(null);
                        placed = self.buildRow(outcome.step, null);
                        self.tbody.appendChild(placed);
                        self.showTable();
                        placed.querySelector('button').focus();
                        self.announce(self.labels.added);
                    }
                    return;
                }
                self.announce('');
                if (outcome.kind === 'conflict' && outcome.current && row) {
                    close(null);
                    self.replaceRow(row, outcome.current, outcome.message, 'coaching-action-step-edit');
                    return;
                }
                if (outcome.kind === 'invalid' && outcome.field) {
                    self.fieldError(form, outcome.field, outcome.message);
                    return;
                }
                message.textContent = outcome.message;
            });
        });
        text.focus();
    };

    Controls.prototype.fieldGroup = function (id, name, labelText, control, hint) {
        var group = element('div', 'field-group coaching-action-step-field-group');
        group.setAttribute('data-field', name);
        control.id = id + '-' + name;
        control.name = name;
        var label = element('label', null, labelText);
        label.setAttribute('for', control.id);
        group.appendChild(label);
        group.appendChild(control);
        var described = [];
        if (hint) {
            var description = element('div', 'description', hint);
            description.id = control.id + '-hint';
            group.appendChild(description);
            described.push(description.id);
        }
        var error = element('div', 'error coaching-action-step-field-error');
        error.id = control.id + '-error';
        error.setAttribute('role', 'alert');
        group.appendChild(error);
        described.push(error.id);
        control.setAttribute('aria-describedby', described.join(' '));
        return group;
    };

    Controls.prototype.clearErrors = function (form) {
        var errors = form.querySelectorAll('.coaching-action-step-field-error, .coaching-action-step-message');
        for (var i = 0; i < errors.length; i++) {
            errors[i].textContent = '';
        }
        var invalid = form.querySelectorAll('[aria-invalid]');
        for (var j = 0; j < invalid.length; j++) {
            invalid[j].removeAttribute('aria-invalid');
        }
    };

    Controls.prototype.fieldError = function (form, field, text) {
        var group = form.querySelector('.coaching-action-step-field-group[data-field="' + field + '"]');
        var control = group.querySelector('[name]');
        group.querySelector('.coaching-action-step-field-error').textContent = text;
        control.setAttribute('aria-invalid', 'true');
        control.focus();
    };

    function startAll() {
        var containers = document.querySelectorAll('.coaching-action-steps[data-editable="true"]');
        for (var i = 0; i < containers.length; i++) {
            if (!containers[i].hasAttribute('data-controls-started')) {
                containers[i].setAttribute('data-controls-started', 'true');
                new Controls(containers[i]);
            }
        }
    }

    root.CoachingActionSteps = {helpers: helpers, start: startAll};
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', startAll);
    } else {
        startAll();
    }
}(this));
