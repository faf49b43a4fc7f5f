/*
 * The post-conference Cycle Record wizard (seed 003): validates the page before the create dialog submits it, with the
 * messages the server would give, each in its field's div.error. Maven fills in the plugin key when it copies this file.
 */
(function ($) {
    'use strict';

    var PAGE_ID = 'cycleRecordPage';
    // Limits and choices as in FormField and CycleRecordForm (the domain form checks them again on the server).
    var FIELDS = [
        {name: 'teacher', required: true, maxLength: 255, label: AJS.I18n.getText('coaching.form.field.teacher')},
        {name: 'observer', required: true, maxLength: 255, label: AJS.I18n.getText('coaching.form.field.observer')},
        {name: 'observationDate', required: true, maxLength: 10, format: 'date',
            label: AJS.I18n.getText('coaching.form.field.observation-date')},
        {name: 'observationType', required: true, maxLength: 100, choices: ['full', 'focused', 'short'],
            label: AJS.I18n.getText('coaching.form.field.observation-type')},
        {name: 'conferenceDate', required: true, maxLength: 10, format: 'date',
            label: AJS.I18n.getText('coaching.form.field.conference-date')}
    ];

    function labelOf(name) {
        return FIELDS.filter(function (field) { return field.name === name; })[0].label;
    }

    function message(problem) {
        var label = labelOf(problem.name);
        var validation = CoachingBlueprints.wizardValidation;
        switch (problem.problem) {
            case 'required':
                return AJS.I18n.getText('coaching.form.error.required', label);
            case 'too-long':
                return AJS.I18n.getText('coaching.form.error.too-long', label, String(problem.length),
                    String(problem.maxLength));
            case 'date-format':
                return AJS.I18n.getText('coaching.form.error.date-format', label, problem.value);
            case 'date-invalid':
                return AJS.I18n.getText('coaching.form.error.date-invalid', label, problem.value);
            case 'date-out-of-range':
                return AJS.I18n.getText('coaching.form.error.date-out-of-range', label, problem.value,
                    String(validation.MIN_YEAR), String(validation.MAX_YEAR));
            case 'choice':
                return AJS.I18n.getText('coaching.form.error.choice', label, problem.value, 'full, focused, short');
            case 'same-as-teacher':
                return AJS.I18n.getText('coaching.form.error.same-as-teacher', label);
            case 'date-before-observation':
                return AJS.I18n.getText('coaching.form.error.date-before-observation', label, problem.observationDate);
            default:
                throw new Error('No message for the wizard problem ' + problem.problem);
        }
    }

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

    Confluence.Blueprint.setWizard('${atlassian.plugin.key}:coaching-cycle-record-create-item', function (wizard) {
        wizard.on('pre-render.' + PAGE_ID, function (e, state) {
            var before = state.wizardData && state.wizardData.pages && state.wizardData.pages[PAGE_ID];
            if (before) {
                $.extend(state.soyRenderContext, before);
            }
        });

        wizard.on('post-render.' + PAGE_ID, function (e, state) {
            // Turns the teacher and observer fields into Confluence's user picker where the host offers it.
            if (Confluence.Binder && typeof Confluence.Binder.autocompleteUser === 'function') {
                Confluence.Binder.autocompleteUser(state.$container);
            }
        });

        wizard.on('submit.' + PAGE_ID, function (e, state) {
            var problems = CoachingBlueprints.wizardValidation.check(state.pageData, FIELDS);
            problems = problems.concat(crossFieldProblems(state.pageData || {}, problems));
            state.$container.find('.error').text('');
            if (problems.length === 0) {
                return true;
            }
            problems.forEach(function (problem) {
                var $field = state.$container.find('[name="' + problem.name + '"]');
                // text(), not html(): a message may repeat what the user typed.
                $field.closest('.field-group').find('.error').first().text(message(problem));
            });
            state.$container.find('[name="' + problems[0].name + '"]').focus();
            return false;
        });
    });
}(AJS.$));
