/*
 * The SPS reflection wizard (seed 000): validates the page before the create dialog submits it, with the messages
 * the server would give, each in its field's div.error. Maven fills in the plugin key when it copies this file.
 */
(function ($) {
    'use strict';

    var PAGE_ID = 'spsReflectionPage';
    // Limits as in FormField (the domain form checks them again on the server).
    var FIELDS = [
        {name: 'teacher', required: true, maxLength: 255, label: AJS.I18n.getText('coaching.form.field.teacher')},
        {name: 'surveyPeriod', required: true, maxLength: 100, label: AJS.I18n.getText('coaching.form.field.survey-period')},
        {name: 'school', required: true, maxLength: 200, label: AJS.I18n.getText('coaching.form.field.school')},
        {name: 'district', required: true, maxLength: 200, label: AJS.I18n.getText('coaching.form.field.district')}
    ];

    function labelOf(name) {
        return FIELDS.filter(function (field) { return field.name === name; })[0].label;
    }

    function message(problem) {
        var label = labelOf(problem.name);
        if (problem.problem === 'required') {
            return AJS.I18n.getText('coaching.form.error.required', label);
        }
        return AJS.I18n.getText('coaching.form.error.too-long', label, String(problem.length), String(problem.maxLength));
    }

    Confluence.Blueprint.setWizard('${atlassian.plugin.key}:coaching-sps-reflection-create-item', function (wizard) {
        wizard.on('pre-render.' + PAGE_ID, function (e, state) {
            var before = state.wizardData && state.wizardData.pages && state.wizardData.pages[PAGE_ID];
            if (before) {
                $.extend(state.soyRenderContext, before);
            }
        });

        wizard.on('post-render.' + PAGE_ID, function (e, state) {
            // Turns the teacher field into Confluence's user picker where the host offers it.
            if (Confluence.Binder && typeof Confluence.Binder.autocompleteUser === 'function') {
                Confluence.Binder.autocompleteUser(state.$container);
            }
        });

        wizard.on('submit.' + PAGE_ID, function (e, state) {
            var problems = CoachingBlueprints.wizardValidation.check(state.pageData, FIELDS);
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
