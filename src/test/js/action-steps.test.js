// Run: node --test src/test/js   (Maven runs it in the verify phase)
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const {requestFor, outcomeOf, fill, safeHref, statusChangesFor, cellsOf} =
    require('../../main/resources/actionstep/action-steps.js');

const LABELS = {'error-status': 'Not saved (the server answered {0}).', 'no-due': 'No due date'};

test('writes every change to the address and in the shape of the REST API, with the version the user saw', () => {
    const values = {text: 'Use exit tickets', owner: ' ana.ruiz ', role: 'teacher', dueOn: '2025-09-30'};

    assert.deepStrictEqual(requestFor('add', '/confluence/', {pageId: 12, values}), {
        method: 'POST', url: '/confluence/rest/coaching/1.0/pages/12/action-steps',
        body: {text: 'Use exit tickets', owner: 'ana.ruiz', role: 'teacher', dueOn: '2025-09-30'}
    });
    assert.deepStrictEqual(requestFor('update', '/confluence', {stepId: 5, version: 3, values}), {
        method: 'PUT', url: '/confluence/rest/coaching/1.0/action-steps/5',
        body: {version: 3, text: 'Use exit tickets', owner: 'ana.ruiz', role: 'teacher', dueOn: '2025-09-30'}
    });
    assert.deepStrictEqual(requestFor('status', '', {stepId: '5', version: 0, status: 'done'}), {
        method: 'PUT', url: '/rest/coaching/1.0/action-steps/5/status', body: {version: 0, status: 'done'}
    });
    assert.deepStrictEqual(requestFor('remove', '/confluence', {stepId: 5, version: 4}), {
        method: 'DELETE', url: '/confluence/rest/coaching/1.0/action-steps/5?version=4', body: null
    });
});

test('keeps an id from the page out of the path structure', () => {
    assert.strictEqual(requestFor('update', '', {stepId: '5/../../x?y', version: 1, values: {}}).url,
        '/rest/coaching/1.0/action-steps/5%2F..%2F..%2Fx%3Fy');
});

test('sends empty fields as empty strings, never as "undefined"', () => {
    assert.deepStrictEqual(requestFor('add', '', {pageId: 1, values: {}}).body,
        {text: '', owner: '', role: '', dueOn: ''});
});

test('refuses a kind of change there is not', () => {
    assert.throws(() => requestFor('purge', '', {}), /No such change: purge/);
});

test('reads a written step, a removal, and each refusal with the server\'s message', () => {
    const step = {id: 5, version: 4, status: 'done'};

    assert.deepStrictEqual(outcomeOf(200, step, LABELS), {kind: 'step', step});
    assert.deepStrictEqual(outcomeOf(201, step, LABELS), {kind: 'step', step});
    assert.deepStrictEqual(outcomeOf(204, null, LABELS), {kind: 'removed'});
    assert.deepStrictEqual(outcomeOf(400, {status: 400, message: 'Enter a date.', field: 'dueOn'}, LABELS),
        {kind: 'invalid', field: 'dueOn', message: 'Enter a date.'});
    assert.deepStrictEqual(outcomeOf(409, {status: 409, message: 'Maria Lopez marked it done.', current: step}, LABELS),
        {kind: 'conflict', message: 'Maria Lopez marked it done.', current: step});
    assert.deepStrictEqual(outcomeOf(403, {status: 403, message: 'Only page editors and the owner.'}, LABELS),
        {kind: 'failed', message: 'Only page editors and the owner.'});
});

test('names no field for a 400 about something the editor has no field for', () => {
    assert.deepStrictEqual(outcomeOf(400, {message: 'Unknown status.', field: 'status'}, LABELS),
        {kind: 'invalid', field: null, message: 'Unknown status.'});
});

test('says what happened when the server sent no message', () => {
    assert.deepStrictEqual(outcomeOf(500, null, LABELS), {kind: 'failed', message: 'Not saved (the server answered 500).'});
    assert.deepStrictEqual(outcomeOf(409, {}, LABELS),
        {kind: 'conflict', message: 'Not saved (the server answered 409).', current: null});
    assert.deepStrictEqual(outcomeOf(200, 'not a step', LABELS),
        {kind: 'failed', message: 'Not saved (the server answered 200).'});
});

test('fills every {0} of a label', () => {
    assert.strictEqual(fill('{0} and {0}', '409'), '409 and 409');
});

test('links only to this site or to http(s) addresses', () => {
    assert.strictEqual(safeHref('/confluence/display/~ana.ruiz'), '/confluence/display/~ana.ruiz');
    assert.strictEqual(safeHref('https://example.org/u'), 'https://example.org/u');
    for (const hostile of ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', '//evil.example/x', '/\\evil.example',
        'data:text/html,<b>', '', null, undefined, 42]) {
        assert.strictEqual(safeHref(hostile), null, String(hostile));
    }
});

test('offers done and drop for an open step, reopen for a closed one', () => {
    assert.deepStrictEqual(statusChangesFor('open'), ['done', 'dropped']);
    assert.deepStrictEqual(statusChangesFor('done'), ['open']);
    assert.deepStrictEqual(statusChangesFor('dropped'), ['open']);
});

test('shows the owner by name with a profile link, or the role when no one is named', () => {
    const owned = cellsOf({id: 1, text: 'T', status: 'open', statusLabel: 'Open', dueOn: '2025-09-12',
        dueOnLabel: '2025-09-12', dueState: 'overdue', dueStateLabel: 'Overdue', roleLabel: 'Teacher',
        owner: {username: 'ana.ruiz', displayName: 'Ana Ruiz', profileUrl: '/confluence/display/~ana.ruiz'}}, LABELS);
    const unowned = cellsOf({id: 2, text: 'U', status: 'done', statusLabel: 'Done', dueOn: null,
        dueState: null, roleLabel: 'Coach', owner: null}, LABELS);

    assert.deepStrictEqual(owned, {text: 'T', ownerName: 'Ana Ruiz', ownerHref: '/confluence/display/~ana.ruiz',
        dueText: '2025-09-12', lozenge: {state: 'overdue', text: 'Overdue'}, statusText: 'Open', status: 'open'});
    assert.deepStrictEqual(unowned, {text: 'U', ownerName: 'Coach', ownerHref: null, dueText: 'No due date',
        lozenge: null, statusText: 'Done', status: 'done'});
});

test('never builds a class name or link from an unexpected state or address', () => {
    const cells = cellsOf({id: 1, text: '<b>x</b>', status: 'open" onclick="x', dueOn: '2025-01-01',
        dueState: 'overdue x', owner: {username: 'a', displayName: 'A', profileUrl: 'javascript:alert(1)'}}, LABELS);

    assert.strictEqual(cells.lozenge, null);
    assert.strictEqual(cells.ownerHref, null);
    assert.strictEqual(cells.status, 'open');
    assert.strictEqual(cells.text, '<b>x</b>');
});
