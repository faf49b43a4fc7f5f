// Run: node --test src/test/js   (Maven runs it in the verify phase)
// The part every blueprint wizard shares: registration under the web-item's key, earlier input shown again, and the
// submit hook that writes each problem's message into its field's div.error. User pickers are the create dialog's own
// business (it binds Confluence.Binder.autocompleteMultiUser before post-render), so no post-render hook.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const {fakeHost, fakePage} = require('./wizard-host-stand-in.js');

const host = fakeHost();
Object.assign(global, host.globals);
const {registerWizard, messagesFor} = require('../../main/resources/blueprint/common/wizard-registration.js');

const KEY = 'org.example.plugin:example-create-item';
const FIELDS = [
    {name: 'teacher', required: true, maxLength: 5, label: 'Teacher'},
    {name: 'visitDate', required: false, format: 'date', label: 'Visit date'},
    {name: 'kind', required: false, choices: ['full', 'short'], label: 'Kind'},
    {name: 'observer', required: false, user: true, label: 'Observer'}
];

registerWizard({webItemKey: KEY, pageId: 'examplePage', fields: FIELDS});
const hooks = host.dialogWizard(KEY);

test('registers its hooks on the dialog page named by its page id, and leaves post-render to the dialog', () => {
    assert.deepStrictEqual(Object.keys(hooks).sort(), ['pre-render.examplePage', 'submit.examplePage']);
});

test('asks for one person when the user picker chose several', () => {
    assert.deepStrictEqual(messagesFor({fields: FIELDS}, {teacher: 't', observer: 'ana.ruiz,david.kim'}), [
        {name: 'observer', message: 'coaching.form.error.one-user(Observer, 2)'}
    ]);
    assert.deepStrictEqual(messagesFor({fields: FIELDS}, {teacher: 't', observer: 'ana.ruiz'}), []);
});

test('lets the page be submitted when nothing is wrong, and clears earlier messages', () => {
    const page = fakePage(['teacher', 'visitDate', 'kind']);

    const submitted = hooks['submit.examplePage']({}, {pageData: {teacher: 'tm', kind: 'FULL'}, $container: page.$container});

    assert.strictEqual(submitted, true);
    assert.deepStrictEqual(page.errors(), {});
    assert.deepStrictEqual(page.invalid(), []);
    assert.strictEqual(page.focused, null);
});

test('marks exactly the fields with a problem aria-invalid, so assistive technology says so', () => {
    const page = fakePage(['teacher', 'visitDate', 'kind']);

    hooks['submit.examplePage']({}, {pageData: {teacher: 'tm', visitDate: '2026-02-30', kind: 'full'},
        $container: page.$container});

    assert.deepStrictEqual(page.invalid(), ['visitDate']);
});

test('stops the page, writes each message into its own field and focuses the first field with a problem', () => {
    const page = fakePage(['teacher', 'visitDate', 'kind']);

    const submitted = hooks['submit.examplePage']({}, {pageData: {visitDate: '2026-02-30', kind: 'long'},
        $container: page.$container});

    assert.strictEqual(submitted, false);
    assert.deepStrictEqual(page.errors(), {
        teacher: 'coaching.form.error.required(Teacher)',
        visitDate: 'coaching.form.error.date-invalid(Visit date, 2026-02-30)',
        kind: 'coaching.form.error.choice(Kind, long, full, short)'
    });
    assert.strictEqual(page.focused, 'teacher');
});

test('words the shared problems with the server\'s arguments', () => {
    assert.deepStrictEqual(messagesFor({fields: FIELDS}, {teacher: 'abcdef', visitDate: '06/10/2026'}), [
        {name: 'teacher', message: 'coaching.form.error.too-long(Teacher, 6, 5)'},
        {name: 'visitDate', message: 'coaching.form.error.date-format(Visit date, 06/10/2026)'}
    ]);
    assert.deepStrictEqual(messagesFor({fields: FIELDS}, {teacher: 't', visitDate: '1899-12-31'}), [
        {name: 'visitDate', message: 'coaching.form.error.date-out-of-range(Visit date, 1899-12-31, 1900, 2100)'}
    ]);
});

test('adds the wizard\'s own checks after the shared ones, with its own messages', () => {
    const wizard = {
        fields: FIELDS,
        extraChecks: (values, fieldProblems) => (fieldProblems.length === 0 && values.kind === 'short'
            ? [{name: 'kind', problem: 'too-short-for-a-visit', days: 3}] : []),
        messages: {'too-short-for-a-visit': (label, problem) => label + ' needs ' + problem.days + ' days'}
    };

    assert.deepStrictEqual(messagesFor(wizard, {teacher: 't', kind: 'short'}), [{name: 'kind', message: 'Kind needs 3 days'}]);
    assert.deepStrictEqual(messagesFor(wizard, {kind: 'short'}), [
        {name: 'teacher', message: 'coaching.form.error.required(Teacher)'}
    ]);
    assert.deepStrictEqual(messagesFor(wizard, undefined), [
        {name: 'teacher', message: 'coaching.form.error.required(Teacher)'}
    ]);
});

test('uses the wizard\'s own check instead of the shared ones when it has one', () => {
    const wizard = {fields: FIELDS, check: () => [{name: 'kind', problem: 'required'}]};

    assert.deepStrictEqual(messagesFor(wizard, {}), [{name: 'kind', message: 'coaching.form.error.required(Kind)'}]);
});

test('fails loudly on a problem it has no message for, rather than showing an empty message', () => {
    const wizard = {fields: FIELDS, check: () => [{name: 'kind', problem: 'unheard-of'}]};

    assert.throws(() => messagesFor(wizard, {}), /No message for the wizard problem unheard-of/);
});

test('shows the input from an earlier visit of its own page again, and nothing of other pages', () => {
    const state = {soyRenderContext: {title: 'kept'},
        wizardData: {pages: {examplePage: {teacher: 'tm'}, otherPage: {coach: 'jk'}}}};

    hooks['pre-render.examplePage']({}, state);
    hooks['pre-render.examplePage']({}, {soyRenderContext: {}, wizardData: {}});

    assert.deepStrictEqual(state.soyRenderContext, {title: 'kept', teacher: 'tm'});
});
