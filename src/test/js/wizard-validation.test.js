// Run: node --test src/test/js   (Maven runs it in the verify phase)
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const {check} = require('../../main/resources/blueprint/common/wizard-validation.js');

const FIELDS = [
    {name: 'teacher', required: true, maxLength: 255},
    {name: 'surveyPeriod', required: true, maxLength: 100},
    {name: 'note', required: false, maxLength: 5}
];

test('takes a user field as Confluence\'s user picker submits it: the chosen user names joined by commas', () => {
    const fields = [{name: 'teacher', required: true, maxLength: 255, user: true}];

    assert.deepStrictEqual(check({teacher: 'ana.ruiz'}, fields), []);
    assert.deepStrictEqual(check({teacher: 'ana.ruiz,david.kim'}, fields), [
        {name: 'teacher', problem: 'one-user', count: 2}
    ]);
    assert.deepStrictEqual(check({teacher: ' , '}, fields), [{name: 'teacher', problem: 'required'}]);
});

test('accepts a complete form', () => {
    assert.deepStrictEqual(check({teacher: 'tmorales', surveyPeriod: 'Spring 2026'}, FIELDS), []);
});

test('reports every blank or missing required field, in field order', () => {
    assert.deepStrictEqual(check({surveyPeriod: ' \t '}, FIELDS), [
        {name: 'teacher', problem: 'required'},
        {name: 'surveyPeriod', problem: 'required'}
    ]);
});

test('leaves an optional field alone when it is empty', () => {
    assert.deepStrictEqual(check({teacher: 't', surveyPeriod: 'p', note: ''}, FIELDS), []);
});

test('counts characters like the server: an emoji is one character', () => {
    assert.deepStrictEqual(check({teacher: 't', surveyPeriod: 'p', note: '\u{1F600}'.repeat(5)}, FIELDS), []);
    assert.deepStrictEqual(check({teacher: 't', surveyPeriod: 'p', note: 'abcdef'}, FIELDS), [
        {name: 'note', problem: 'too-long', length: 6, maxLength: 5}
    ]);
});

test('measures the trimmed value, as the server strips it', () => {
    assert.deepStrictEqual(check({teacher: 't', surveyPeriod: 'p', note: '  abcde  '}, FIELDS), []);
});
