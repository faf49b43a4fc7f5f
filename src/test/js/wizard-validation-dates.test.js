// Run: node --test src/test/js   (Maven runs it in the verify phase)
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const {check} = require('../../main/resources/blueprint/common/wizard-validation.js');

// As the Cycle Record wizard declares them (FormField limits, CycleRecordForm choices).
const FIELDS = [
    {name: 'observationDate', required: true, maxLength: 10, format: 'date'},
    {name: 'observationType', required: true, maxLength: 100, choices: ['full', 'focused', 'short']},
    {name: 'conferenceDate', required: false, maxLength: 10, format: 'date'}
];

test('accepts real days written yyyy-MM-dd and a known choice in any case', () => {
    assert.deepStrictEqual(check({observationDate: '2028-02-29', observationType: ' Focused ',
        conferenceDate: '2026-12-31'}, FIELDS), []);
});

test('refuses a date in another shape, with the value for the message', () => {
    assert.deepStrictEqual(check({observationDate: '03/05/2026', observationType: 'full'}, FIELDS), [
        {name: 'observationDate', problem: 'date-format', value: '03/05/2026'}
    ]);
});

test('refuses a day that does not exist, as the server does', () => {
    for (const day of ['2026-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '2026-01-00']) {
        assert.deepStrictEqual(check({observationDate: day, observationType: 'full'}, FIELDS), [
            {name: 'observationDate', problem: 'date-invalid', value: day}
        ], day);
    }
});

test('refuses years outside 1900-2100, which are typing slips', () => {
    assert.deepStrictEqual(check({observationDate: '0026-03-02', observationType: 'full',
        conferenceDate: '2101-01-01'}, FIELDS), [
        {name: 'observationDate', problem: 'date-out-of-range', value: '0026-03-02'},
        {name: 'conferenceDate', problem: 'date-out-of-range', value: '2101-01-01'}
    ]);
    assert.deepStrictEqual(check({observationDate: '1900-01-01', observationType: 'full',
        conferenceDate: '2100-12-31'}, FIELDS), []);
});

test('refuses a value that is not one of the choices', () => {
    assert.deepStrictEqual(check({observationDate: '2026-03-02', observationType: 'long'}, FIELDS), [
        {name: 'observationType', problem: 'choice', value: 'long'}
    ]);
});

test('reports a missing required date as required, and leaves an empty optional one alone', () => {
    assert.deepStrictEqual(check({observationType: 'short', conferenceDate: ''}, FIELDS), [
        {name: 'observationDate', problem: 'required'}
    ]);
});
