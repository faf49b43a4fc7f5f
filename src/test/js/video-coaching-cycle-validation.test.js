// Run: node --test src/test/js   (Maven runs it in the verify phase)
// The browser's half of the wizard's promise: validation.js reports exactly the problems the shared case list
// expects, the same list VideoCoachingCycleWizardRulesTest runs through the domain form on the server.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const {check, fields} = require('../../main/resources/blueprint/video-coaching-cycle/validation.js');
const {loadWizardResources} = require('./wizard-host-stand-in.js');

const VALID = {
    teacher: 'tmorales',
    coach: 'jkeller',
    meetingDate: '2026-10-06',
    meetingTime: '17:00',
    focus: 'Student explanations of their reasoning',
    rubricCodes: 'MQI-2a, MQI-3b',
    clip1: '03:15-08:40',
    clip1Reason: 'Students compare two strategies',
    clip2: '21:05-26:00',
    clip2Reason: 'Teacher revoices a student explanation',
    stockClip: 'Ms. Rivera: Fractions on a number line',
    nextConversationDate: '2026-10-20'
};

function unescape(text) {
    return text.replace(/\\(u[0-9A-Fa-f]{4}|.)/g, (match, escape) => {
        if (escape[0] === 'u') {
            return String.fromCharCode(parseInt(escape.substring(1), 16));
        }
        return {n: '\n', t: '\t'}[escape] || escape;
    });
}

function readCases() {
    const lines = fs.readFileSync(path.join(__dirname, '../resources/wizard/video-coaching-cycle-cases.txt'), 'utf8')
        .split(/\r?\n/);
    const cases = [];
    let current = null;
    for (const line of lines) {
        if (line.trim() === '' || line.startsWith('#')) {
            continue;
        }
        const space = line.indexOf(' ');
        const command = space < 0 ? line : line.substring(0, space);
        const rest = space < 0 ? '' : unescape(line.substring(space + 1));
        if (command === 'case') {
            current = {description: rest, values: Object.assign({}, VALID), expected: []};
            cases.push(current);
        } else if (command === 'set') {
            current.values[rest.substring(0, rest.indexOf('='))] = rest.substring(rest.indexOf('=') + 1);
        } else if (command === 'unset') {
            delete current.values[rest];
        } else if (command === 'expect') {
            current.expected.push(rest);
        } else {
            throw new Error('Not a case line: ' + line);
        }
    }
    return cases;
}

const cases = readCases();

test('the case list is there', () => {
    assert.ok(cases.length > 20);
});

for (const wizardCase of cases) {
    test(wizardCase.description, () => {
        const found = check(wizardCase.values).map((problem) =>
            problem.name + ' ' + problem.problem + (problem.args.length ? ' ' + problem.args.join('|') : ''));
        assert.deepStrictEqual(found, wizardCase.expected);
    });
}

test('a value of any type counts by its text; a missing map counts as empty', () => {
    assert.deepStrictEqual(check(null).map((problem) => problem.name),
        ['teacher', 'coach', 'meetingDate', 'meetingTime', 'focus']);
    assert.deepStrictEqual(check(Object.assign({}, VALID, {focus: 'x'.repeat(1001)})),
        [{name: 'focus', problem: 'too-long', args: ['1001', '1000']}]);
});

test('names the fields in the order of the form', () => {
    assert.deepStrictEqual(fields, Object.keys(VALID));
});

test('the wizard has a message for every problem the rules report, under the matching key', () => {
    const dir = path.join(__dirname, '../../main/resources/blueprint/video-coaching-cycle');
    const rules = fs.readFileSync(path.join(dir, 'validation.js'), 'utf8');
    const {wizard, messagesFor} = loadWizardResources('video-coaching-cycle');
    const problems = new Set(['required', 'too-long']);
    // Its own problems, and those of the shared checks it passes on (named in sharedArguments).
    for (const match of rules.matchAll(/(?:problem: |case )'([a-z-]+)'/g)) {
        problems.add(match[1]);
    }
    assert.ok(problems.size >= 20, [...problems].join());
    for (const problem of problems) {
        const reported = Object.assign({}, wizard, {check: () => [{name: 'focus', problem: problem, args: ['a1', 'a2', 'a3']}]});
        const [shown] = messagesFor(reported, {});
        assert.ok(shown.message.startsWith('coaching.form.error.' + problem + '(coaching.form.field.focus'),
            'no message for ' + problem + ': ' + shown.message);
    }
});
