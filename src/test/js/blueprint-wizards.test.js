// Run: node --test src/test/js   (Maven runs it in the verify phase)
// Each blueprint's wizard as the browser gets it: the scripts of its web-resource in the descriptor's order register
// one wizard under the create-dialog web-item's key, and its submit hook shows the messages its rules call for.
'use strict';

const test = require('node:test');
const assert = require('node:assert');
const fs = require('node:fs');
const path = require('node:path');
const {fakePage, loadWizardResources} = require('./wizard-host-stand-in.js');

const PLUGIN_KEY = '${atlassian.plugin.key}';

function submit(type, pageId, fieldNames, values) {
    const {host} = loadWizardResources(type);
    const hooks = host.dialogWizard(PLUGIN_KEY + ':coaching-' + type + '-create-item');
    const page = fakePage(fieldNames);
    const submitted = hooks['submit.' + pageId]({}, {pageData: values, $container: page.$container});
    return {submitted, errors: page.errors(), focused: page.focused};
}

test('every wizard loads the shared scripts before its own and registers under its create-dialog item', () => {
    const descriptor = fs.readFileSync(path.join(__dirname, '../../../atlassian-plugin.xml'), 'utf8');
    for (const type of ['coaching-conversation', 'sps-reflection', 'cycle-record', 'video-coaching-cycle']) {
        const {scripts, wizard} = loadWizardResources(type);
        const itemKey = 'coaching-' + type + '-create-item';
        assert.strictEqual(wizard.webItemKey, PLUGIN_KEY + ':' + itemKey, type);
        assert.ok(descriptor.includes('<web-item key="' + itemKey + '"'), 'no web-item ' + itemKey);
        assert.ok(descriptor.includes('<dialog-page id="' + wizard.pageId + '"'), 'no dialog-page ' + wizard.pageId);
        assert.deepStrictEqual(scripts.slice(0, 2),
            ['blueprint/common/wizard-validation.js', 'blueprint/common/wizard-registration.js'], type);
        assert.strictEqual(scripts[scripts.length - 1], 'blueprint/' + type + '/wizard.js', type);
    }
});

test('the coaching-conversation wizard asks for its required fields', () => {
    const fields = ['teacher', 'coach', 'conversationDate', 'entryPoint', 'focus', 'nextConversationDate'];

    const result = submit('coaching-conversation', 'coachingConversationPage', fields, {focus: 'x'.repeat(1001)});

    assert.deepStrictEqual(result, {submitted: false, focused: 'teacher', errors: {
        teacher: 'coaching.form.error.required(coaching.form.field.teacher)',
        coach: 'coaching.form.error.required(coaching.form.field.coach)',
        conversationDate: 'coaching.form.error.required(coaching.form.field.conversation-date)',
        entryPoint: 'coaching.form.error.required(coaching.form.field.entry-point)',
        focus: 'coaching.form.error.too-long(coaching.form.field.focus, 1001, 1000)'
    }});
    assert.strictEqual(submit('coaching-conversation', 'coachingConversationPage', fields, {teacher: 'tm', coach: 'jk',
        conversationDate: '2026-10-06', entryPoint: 'goal-setting'}).submitted, true);
});

test('the SPS reflection wizard asks for its required fields', () => {
    const fields = ['teacher', 'surveyPeriod', 'school', 'district'];

    const result = submit('sps-reflection', 'spsReflectionPage', fields, {teacher: 'tm', school: 'x'.repeat(201)});

    assert.deepStrictEqual(result, {submitted: false, focused: 'surveyPeriod', errors: {
        surveyPeriod: 'coaching.form.error.required(coaching.form.field.survey-period)',
        school: 'coaching.form.error.too-long(coaching.form.field.school, 201, 200)',
        district: 'coaching.form.error.required(coaching.form.field.district)'
    }});
});

test('the Cycle Record wizard checks dates and choices, then the rules across fields', () => {
    const fields = ['teacher', 'observer', 'observationDate', 'observationType', 'conferenceDate'];

    const eachField = submit('cycle-record', 'cycleRecordPage', fields,
        {teacher: 'tm', observationDate: '2026-02-30', observationType: 'long', conferenceDate: '1850-01-01'});
    const acrossFields = submit('cycle-record', 'cycleRecordPage', fields,
        {teacher: 'tm', observer: 'TM', observationDate: '2026-10-06', observationType: 'full', conferenceDate: '2026-10-01'});

    assert.deepStrictEqual(eachField, {submitted: false, focused: 'observer', errors: {
        observer: 'coaching.form.error.required(coaching.form.field.observer)',
        observationDate: 'coaching.form.error.date-invalid(coaching.form.field.observation-date, 2026-02-30)',
        observationType: 'coaching.form.error.choice(coaching.form.field.observation-type, long, full, focused, short)',
        conferenceDate: 'coaching.form.error.date-out-of-range(coaching.form.field.conference-date, 1850-01-01, 1900, 2100)'
    }});
    assert.deepStrictEqual(acrossFields, {submitted: false, focused: 'observer', errors: {
        observer: 'coaching.form.error.same-as-teacher(coaching.form.field.observer)',
        conferenceDate: 'coaching.form.error.date-before-observation(coaching.form.field.conference-date, 2026-10-06)'
    }});
});

test('the video coaching cycle wizard shows the problems of its own rules', () => {
    const fields = ['teacher', 'coach', 'meetingDate', 'meetingTime', 'focus', 'rubricCodes', 'clip1', 'clip1Reason',
        'clip2', 'clip2Reason', 'stockClip', 'nextConversationDate'];

    const result = submit('video-coaching-cycle', 'videoCoachingCyclePage', fields, {teacher: 'tm', coach: 'jk',
        meetingDate: '2026-10-06', meetingTime: '25:00', focus: 'Explanations', clip1: '08:40-03:15', clip1Reason: 'r'});

    assert.deepStrictEqual(result, {submitted: false, focused: 'meetingTime', errors: {
        meetingTime: 'coaching.form.error.time-format(coaching.form.field.meeting-time, 25:00)',
        clip1: 'coaching.form.error.clip-reversed(coaching.form.field.clip-1, 08:40, 03:15)'
    }});
});
