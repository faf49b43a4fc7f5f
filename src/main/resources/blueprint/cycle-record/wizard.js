/*
 * The post-conference Cycle Record wizard (seed 003): its page, fields and the rules across fields;
 * blueprint/common/wizard-registration.js checks the page before the create dialog submits it. Maven fills in the
 * plugin key when it copies this file.
 */
(function () {
    'use strict';

    /** The rules across fields that CycleRecordForm applies once each field is valid on its own. */
    function crossFieldProblems(values, fieldProblems) {
        var invalid = fieldProblems.map(function (problem) { return problem.name; });
        var problems = [];
        var teacher = String(values.teacher || '').trim();
        var observer = String(values.observer || '').trim();
        if (invalid.indexOf('observer') < 0 && invalid.indexOf('teacher') < 0
                && teacher.toLowerCase() === observer.toLowerCase()) {
            problems.push({name: 'observer', problem: 'same-as-teacher'});
        }
        var observationDate = String(values.observationDate || '').trim();
        var conferenceDate = String(values.conferenceDate || '').trim();
        // Valid yyyy-MM-dd dates compare as text in date order.
        if (invalid.indexOf('observationDate') < 0 && invalid.indexOf('conferenceDate') < 0
                && conferenceDate < observationDate) {
            problems.push({name: 'conferenceDate', problem: 'date-before-observation', observationDate: observationDate});
        }
        return problems;
    }

    CoachingBlueprints.wizardRegistration.registerWizard({
        webItemKey: '${atlassian.plugin.key}:coaching-cycle-record-create-item',
        pageId: 'cycleRecordPage',
        // Limits and choices as in FormField and CycleRecordForm (the domain form checks them again on the server).
        fields: [
            {name: 'teacher', required: true, maxLength: 255, user: true, label: AJS.I18n.getText('coaching.form.field.teacher')},
            {name: 'observer', required: true, maxLength: 255, user: true, label: AJS.I18n.getText('coaching.form.field.observer')},
            {name: 'observationDate', required: true, maxLength: 10, format: 'date',
                label: AJS.I18n.getText('coaching.form.field.observation-date')},
            {name: 'observationType', required: true, maxLength: 100, choices: ['full', 'focused', 'short'],
                label: AJS.I18n.getText('coaching.form.field.observation-type')},
            {name: 'conferenceDate', required: true, maxLength: 10, format: 'date',
                label: AJS.I18n.getText('coaching.form.field.conference-date')}
        ],
        extraChecks: crossFieldProblems,
        messages: {
            'same-as-teacher': function (label) {
                return AJS.I18n.getText('coaching.form.error.same-as-teacher', label);
            },
            'date-before-observation': function (label, problem) {
                return AJS.I18n.getText('coaching.form.error.date-before-observation', label, problem.observationDate);
            }
        }
    });
}());
