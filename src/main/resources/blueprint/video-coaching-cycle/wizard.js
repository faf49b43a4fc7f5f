/*
 * The video coaching cycle wizard (seed 004): validates the page before the create dialog submits it, with the
 * messages the server would give, each in its field's div.error. The rules are in validation.js (the same as the
 * domain's VideoCoachingCycleForm). Maven fills in the plugin key when it copies this file.
 */
(function ($) {
    'use strict';

    var PAGE_ID = 'videoCoachingCyclePage';
    var LABELS = {
        teacher: AJS.I18n.getText('coaching.form.field.teacher'),
        coach: AJS.I18n.getText('coaching.form.field.coach'),
        meetingDate: AJS.I18n.getText('coaching.form.field.meeting-date'),
        meetingTime: AJS.I18n.getText('coaching.form.field.meeting-time'),
        focus: AJS.I18n.getText('coaching.form.field.focus'),
        rubricCodes: AJS.I18n.getText('coaching.form.field.rubric-codes'),
        clip1: AJS.I18n.getText('coaching.form.field.clip-1'),
        clip1Reason: AJS.I18n.getText('coaching.form.field.clip-1-reason'),
        clip2: AJS.I18n.getText('coaching.form.field.clip-2'),
        clip2Reason: AJS.I18n.getText('coaching.form.field.clip-2-reason'),
        stockClip: AJS.I18n.getText('coaching.form.field.stock-clip'),
        nextConversationDate: AJS.I18n.getText('coaching.form.field.next-conversation-date')
    };

    // One literal key per message: the jsI18n transformer resolves only literal keys.
    function message(problem) {
        var label = LABELS[problem.name];
        var a = problem.args;
        switch (problem.problem) {
            case 'required': return AJS.I18n.getText('coaching.form.error.required', label);
            case 'too-long': return AJS.I18n.getText('coaching.form.error.too-long', label, a[0], a[1]);
            case 'line-break': return AJS.I18n.getText('coaching.form.error.line-break', label, a[0]);
            case 'control-character': return AJS.I18n.getText('coaching.form.error.control-character', label, a[0], a[1]);
            case 'date-format': return AJS.I18n.getText('coaching.form.error.date-format', label, a[0]);
            case 'date-invalid': return AJS.I18n.getText('coaching.form.error.date-invalid', label, a[0]);
            case 'date-out-of-range': return AJS.I18n.getText('coaching.form.error.date-out-of-range', label, a[0], a[1], a[2]);
            case 'time-format': return AJS.I18n.getText('coaching.form.error.time-format', label, a[0]);
            case 'user': return AJS.I18n.getText('coaching.form.error.user', label, a[0]);
            case 'same-as-teacher': return AJS.I18n.getText('coaching.form.error.same-as-teacher', label);
            case 'date-not-after-meeting': return AJS.I18n.getText('coaching.form.error.date-not-after-meeting', label, a[0]);
            case 'clip-format': return AJS.I18n.getText('coaching.form.error.clip-format', label, a[0]);
            case 'clip-timestamp': return AJS.I18n.getText('coaching.form.error.clip-timestamp', label, a[0]);
            case 'clip-seconds': return AJS.I18n.getText('coaching.form.error.clip-seconds', label, a[0], a[1]);
            case 'clip-empty': return AJS.I18n.getText('coaching.form.error.clip-empty', label, a[0]);
            case 'clip-reversed': return AJS.I18n.getText('coaching.form.error.clip-reversed', label, a[0], a[1]);
            case 'clip-reason-required': return AJS.I18n.getText('coaching.form.error.clip-reason-required', label);
            case 'clip-missing': return AJS.I18n.getText('coaching.form.error.clip-missing', label);
            case 'rubric-code': return AJS.I18n.getText('coaching.form.error.rubric-code', label, a[0], a[1]);
            case 'rubric-codes-too-many': return AJS.I18n.getText('coaching.form.error.rubric-codes-too-many', label, a[0], a[1]);
            default: throw new Error('No message for ' + problem.problem);
        }
    }

    Confluence.Blueprint.setWizard('${atlassian.plugin.key}:coaching-video-coaching-cycle-create-item', function (wizard) {
        wizard.on('pre-render.' + PAGE_ID, function (e, state) {
            var before = state.wizardData && state.wizardData.pages && state.wizardData.pages[PAGE_ID];
            if (before) {
                $.extend(state.soyRenderContext, before);
            }
        });

        wizard.on('post-render.' + PAGE_ID, function (e, state) {
            // Turns the teacher and coach fields into Confluence's user picker where the host offers it.
            if (Confluence.Binder && typeof Confluence.Binder.autocompleteUser === 'function') {
                Confluence.Binder.autocompleteUser(state.$container);
            }
        });

        wizard.on('submit.' + PAGE_ID, function (e, state) {
            var problems = CoachingBlueprints.videoCoachingCycleValidation.check(state.pageData);
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
